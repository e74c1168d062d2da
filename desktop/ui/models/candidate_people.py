"""The people the decision form's completer offers for what was typed (case number or name),
as found by a search run in the background."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.reports import labels
from desktop.services.decisions import PersonChoice
from desktop.ui.models import amnesty_text as text

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PersonChoicesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonChoice] = []

    def set_rows(self, rows: Sequence[PersonChoice]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def choice(self, row: int) -> PersonChoice | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[PersonChoice]:
        return list(self._rows)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        p = self.choice(index.row())
        if p is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            status = labels.case_status(p.status)
            return f"{text.person_label(p.case_no, p.name_latin, p.name_arabic)} ({status})"
        if role == ID_ROLE:
            return p.id
        return None
