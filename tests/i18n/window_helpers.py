"""Helpers of the tests that drive the Arabic window: typing as an Arabic keyboard does,
and finding a facility by either of its names."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.messages import CONTEXT
from desktop.tools import i18n as tools
from desktop.ui.models.facility_tree import COL_OTHER_NAME


def commit_text(widget: QWidget, text: str) -> None:
    """Type through the input method, as an Arabic keyboard does (keyClicks cannot)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def find_row(model, name: str) -> QModelIndex:
    """The facility called ``name`` in the facilities tree: the Arabic window names
    facilities in Arabic, the Latin name beside."""
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if name in (index.data(), index.siblingAtColumn(COL_OTHER_NAME).data()):
                return index
            pending.append(index)
    raise AssertionError(f"{name} is not in the list")


def install_arabic_messages(folder: Path, entries: dict[str, str]) -> QTranslator:
    """A catalog of Arabic message templates (context "Messages") installed over the
    shipped one (the newest translator is asked first); remove it when done."""
    messages = "".join(
        f"    <message>\n        <source>{escape(source)}</source>\n"
        f"        <translation>{escape(arabic)}</translation>\n    </message>\n"
        for source, arabic in entries.items()
    )
    ts = folder / "extra_ar.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ar">\n<context>\n'
        f"    <name>{CONTEXT}</name>\n{messages}</context>\n</TS>\n",
        "utf-8",
    )
    qm = folder / "extra_ar.qm"
    tools.lrelease(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    return translator
