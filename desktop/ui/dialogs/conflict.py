"""Someone else saved the record you are editing: choose, field by field, what to keep.

``ConflictDialog.ask(parent, record_label=..., fields=[(name, label), ...], base=...,
theirs=..., yours=...)`` shows every field where their saved value and yours differ, with
the value you started from, and a choice between theirs and yours for each. A field only
they changed starts on theirs, a field only you changed on yours, a field you both changed
on theirs (nothing of theirs is overwritten unless you choose it). It returns the merged
values of every field in ``fields`` (theirs where no choice was needed), or None when the
user cancels. The caller saves them with ``expected_version=conflict.version`` (their
version), so that a third save in the meantime is caught again.

Tests answer through ``ConflictDialog.ask`` (monkeypatch) or drive a ``ConflictDialog``
directly and read ``merged()``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import script
from desktop.ui.dialogs.common import answer

THEIRS = "theirs"
YOURS = "yours"
SHOWN_LENGTH = 34


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


def show_value(value: object) -> str:
    """A stored value as the dialog shows it."""
    if value is None or value == "":
        return _tr("(empty)")
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, datetime):
        return script.digits(value.isoformat())
    if isinstance(value, date):
        return script.day(value)
    if isinstance(value, int):
        return script.digits(str(value))
    return str(value)


def _short(text: str) -> str:
    line = text.splitlines()[0] if text else text
    return line if len(line) <= SHOWN_LENGTH and line == text else line[:SHOWN_LENGTH] + "…"


class _FieldChoice:
    """The two radio buttons of one differing field."""

    def __init__(self, name: str, theirs: QRadioButton, yours: QRadioButton) -> None:
        self.name = name
        self.theirs = theirs
        self.yours = yours

    def choice(self) -> str:
        return YOURS if self.yours.isChecked() else THEIRS


class ConflictDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        record_label: str,
        fields: Sequence[tuple[str, str]],
        base: Mapping[str, Any],
        theirs: Mapping[str, Any],
        yours: Mapping[str, Any],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setAccessibleName(self.tr("Saved by someone else"))
        self.setWindowTitle(self.tr("Saved by someone else"))
        self._fields = list(fields)
        self._theirs = dict(theirs)
        # A field you did not send is one you did not change: it stays theirs.
        self._yours = {n: yours.get(n, base.get(n, theirs.get(n))) for n, _label in fields}
        self._base = {n: base.get(n, theirs.get(n)) for n, _label in fields}
        self.choices: dict[str, _FieldChoice] = {}

        intro = QLabel(
            self.tr(
                "“%1” was saved by someone else after you opened it. Nothing has been "
                "overwritten. For each field below, choose the value to keep, then save."
            ).replace("%1", record_label)
        )
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)

        grid_host = QWidget()
        grid_host.setObjectName("conflictFields")
        grid = QGridLayout(grid_host)
        for column, title in enumerate(
            (
                self.tr("Field"),
                self.tr("When you opened it"),
                self.tr("Their saved value"),
                self.tr("Your value"),
            )
        ):
            heading = QLabel(f"<b>{title}</b>")
            heading.setObjectName(f"conflictHeading{column}")
            grid.addWidget(heading, 0, column)
        row = 1
        for name, label in self._fields:
            if self._same(self._theirs.get(name), self._yours[name]):
                continue
            self._add_row(grid, row, name, label)
            row += 1
        for column in (1, 2, 3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(row, 1)  # rows stay together at the top

        scroll = QScrollArea()
        scroll.setObjectName("conflictScroll")
        scroll.setAccessibleName(self.tr("Fields that differ"))
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)

        self.summary = QLabel()
        self.summary.setObjectName("conflictSummary")
        self.summary.setWordWrap(True)

        self.keep_theirs = QPushButton(self.tr("Keep all &theirs"))
        self.keep_theirs.setObjectName("keepTheirsButton")
        self.keep_theirs.setAccessibleName(self.tr("Keep all their values"))
        self.keep_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        self.take_mine = QPushButton(self.tr("Take all &mine"))
        self.take_mine.setObjectName("takeMineButton")
        self.take_mine.setAccessibleName(self.tr("Take all my values"))
        self.take_mine.clicked.connect(lambda: self.choose_all(YOURS))

        buttons = QDialogButtonBox()
        buttons.setObjectName("conflictButtons")
        self.save_button = buttons.addButton(
            self.tr("&Save merged"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveMergedButton")
        self.save_button.setAccessibleName(self.tr("Save the chosen values"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelMergeButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel, keep editing"))
        buttons.addButton(self.keep_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take_mine, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(860, min(190 + 34 * row, 620))
        self._update_summary()

    # -- building --------------------------------------------------------------------------
    @staticmethod
    def _same(a: object, b: object) -> bool:
        return show_value(a) == show_value(b)

    def _add_row(self, grid: QGridLayout, row: int, name: str, label: str) -> None:
        base, theirs, yours = self._base[name], self._theirs.get(name), self._yours[name]
        they_changed = not self._same(base, theirs)
        you_changed = not self._same(base, yours)
        both = they_changed and you_changed
        title = QLabel(f"<b>{label}</b>" if both else label)
        title.setObjectName(f"conflictField_{name}")
        if both:
            title.setToolTip(self.tr("You both changed this field."))
        grid.addWidget(title, row, 0)
        base_label = QLabel(_short(show_value(base)))
        base_label.setObjectName(f"conflictBase_{name}")
        base_label.setToolTip(show_value(base))
        base_label.setEnabled(False)
        grid.addWidget(base_label, row, 1)

        theirs_button = QRadioButton(_short(show_value(theirs)))
        theirs_button.setObjectName(f"theirs_{name}")
        theirs_button.setAccessibleName(self.tr("Their value for %1").replace("%1", label))
        theirs_button.setToolTip(show_value(theirs))
        yours_button = QRadioButton(_short(show_value(yours)))
        yours_button.setObjectName(f"yours_{name}")
        yours_button.setAccessibleName(self.tr("Your value for %1").replace("%1", label))
        yours_button.setToolTip(show_value(yours))
        group = QButtonGroup(self)
        group.setObjectName(f"choice_{name}")
        group.addButton(theirs_button)
        group.addButton(yours_button)
        (yours_button if you_changed and not they_changed else theirs_button).setChecked(True)
        group.buttonToggled.connect(lambda *_: self._update_summary())
        grid.addWidget(theirs_button, row, 2)
        grid.addWidget(yours_button, row, 3)
        self.choices[name] = _FieldChoice(name, theirs_button, yours_button)

    # -- behaviour -------------------------------------------------------------------------
    def choose(self, name: str, which: str) -> None:
        choice = self.choices[name]
        (choice.yours if which == YOURS else choice.theirs).setChecked(True)

    def choose_all(self, which: str) -> None:
        for name in self.choices:
            self.choose(name, which)

    def merged(self) -> dict[str, Any]:
        """The value chosen for every field: theirs where no choice was offered."""
        result: dict[str, Any] = {}
        for name, _label in self._fields:
            choice = self.choices.get(name)
            if choice is not None and choice.choice() == YOURS:
                result[name] = self._yours[name]
            else:
                result[name] = self._theirs.get(name, self._yours[name])
        return result

    def _update_summary(self) -> None:
        mine = sum(1 for c in self.choices.values() if c.choice() == YOURS)
        if not self.choices:
            text = self.tr("Their saved values and yours are the same.")
        elif mine == 0:
            text = self.tr("Saving keeps all their values.")
        else:
            text = self.tr("Fields that take your value: %1. The others keep theirs.").replace(
                "%1", self.locale().toString(mine)
            )
        self.summary.setText(text)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        record_label: str,
        fields: list[tuple[str, str]],
        base: dict[str, Any],
        theirs: dict[str, Any],
        yours: dict[str, Any],
    ) -> dict[str, Any] | None:
        """The merged values to save on top of theirs, or None to cancel."""
        dialog = cls(
            parent, record_label=record_label, fields=fields, base=base, theirs=theirs, yours=yours
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return answer(dialog, cls.merged)
