"""Possible duplicates: before a new or renamed case is saved, the people whose folded
name and year of birth match it. ``DuplicatesDialog.ask(parent, candidates)`` is True for
"Save anyway", False for Cancel; tests replace ``ask``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.case_records import CaseRow
from desktop.ui.models.case_text import columns, shown_text
from desktop.ui.models.table import RecordTable
from desktop.ui.views.case_detail_tables import text_column
from desktop.ui.widgets.naming import record_table

SHOWN = ("case_no", "name_latin", "name_arabic", "birth_year", "facility", "status")


def _cell(key: str) -> Callable[[CaseRow], str]:
    return lambda row: shown_text(row, key)


class DuplicatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, candidates: Sequence[CaseRow]) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setAccessibleName(self.tr("Possible duplicates"))
        self.setWindowTitle(self.tr("Possible duplicates"))
        text = QLabel(
            self.tr(
                "%n case(s) already recorded share every word of this name (in any "
                "spelling) and the year of birth. Is this one of them?",
                "",
                len(candidates),
            )
        )
        text.setWordWrap(True)
        titles = {c.key: c.title for c in columns()}
        self.model: RecordTable[CaseRow] = RecordTable(
            [text_column(titles[key], _cell(key)) for key in SHOWN], self, row_numbers=False
        )
        self.model.set_rows(list(candidates))
        view = record_table(
            "duplicatesTable", self.tr("Cases that may be the same person"), self.model
        )
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setObjectName("duplicatesTableHeader")
        view.horizontalHeader().setAccessibleName(self.tr("Columns"))
        buttons = QDialogButtonBox()
        buttons.setObjectName("duplicatesButtons")
        save = buttons.addButton(self.tr("Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("duplicatesSaveAnyway")
        save.setAccessibleName(self.tr("Save anyway"))
        save.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("duplicatesCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.resize(760, 320)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    @classmethod
    def ask(cls, parent: QWidget | None, candidates: Sequence[CaseRow]) -> bool:
        dialog = cls(parent, candidates)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
