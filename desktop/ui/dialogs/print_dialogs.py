"""The dialogs around reports: where to save, which printer, and the print preview.

Each is a small function that tests replace (``monkeypatch.setattr(print_dialogs,
"ask_save_path", ...)``) instead of answering a modal dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

FILTERS = {
    ".pdf": ("PDF document", "*.pdf"),
    ".csv": ("CSV table (UTF-8)", "*.csv"),
    ".xlsx": ("Excel workbook", "*.xlsx"),
}

_last_folder: Path | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintDialogs", text)


def safe_file_name(text: str) -> str:
    """A file name made from a report's title: letters (any script), digits, - and _."""
    name = re.sub(r"[^\w\-]+", "-", text, flags=re.UNICODE).strip("-_")
    return name[:80] or "report"


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def ask_save_path(
    parent: QWidget | None,
    *,
    title: str,
    suffix: str,
    name: str,
    choices: Sequence[str] = (),
) -> Path | None:
    """Ask where to save a ``suffix`` file (".pdf", ".csv", ".xlsx"), suggesting ``name``.
    With ``choices`` the dialog offers those formats too (``suffix`` first). The chosen
    filter's extension is added when the name has none of them. None when cancelled."""
    global _last_folder
    offered = [suffix, *(c for c in choices if c != suffix)]
    filters = [f"{_tr(FILTERS[s][0])} ({FILTERS[s][1]})" for s in offered]
    chosen, selected = QFileDialog.getSaveFileName(
        parent,
        title,
        str(default_folder() / f"{safe_file_name(name)}{suffix}"),
        ";;".join(filters),
        filters[0],
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in offered:
        wanted = offered[filters.index(selected)] if selected in filters else suffix
        path = path.with_name(path.name + wanted)
    _last_folder = path.parent
    return path


def ask_print(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system's print dialog on ``printer`` (printer, copies, page range); true to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setAccessibleName(_tr("Print"))
    dialog.setWindowTitle(_tr("Print report"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def open_preview(
    parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None]
) -> QPrintPreviewDialog:
    """A print preview painted by ``paint`` (on this, the GUI thread), opened beside the
    window without blocking it, so that it can stay open while records change (the page
    then repaints it). The caller keeps ``printer`` referenced until the dialog is
    destroyed (it is deleted soon after it closes)."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setAccessibleName(_tr("Print preview"))
    dialog.setWindowTitle(_tr("Print preview"))
    dialog.paintRequested.connect(paint)
    dialog.finished.connect(dialog.deleteLater)
    dialog.resize(900, 1000)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    return dialog
