"""The rows of a file being imported, as the check found them: the row number, the problems
of the row (in red, so they are seen first), then the cells in the list's columns. Serves the preview
rows the check returned; "only rows with problems" filters that cache, not the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.importing import ImportCheck, PreviewRow
from desktop.ui.models.table import Column, RecordTable
from desktop.ui.problem_text import message_text

PROBLEM_BRUSH = QBrush(QColor("#B3261E"))
PROBLEM_ROW_BRUSH = QBrush(QColor("#FBE9E7"))
ROW_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def _cell(number: int) -> Callable[[PreviewRow], str]:
    """The row's cell in the file's column ``number`` ("" where the row is short)."""
    return lambda r: r.cells[number] if number < len(r.cells) else ""


class ImportPreviewModel(RecordTable[PreviewRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        roles: dict[int, Callable[[PreviewRow], Any]] = {
            Qt.ItemDataRole.BackgroundRole: lambda r: PROBLEM_ROW_BRUSH if r.problems else None,
            ROW_NUMBER_ROLE: lambda r: r.row,
        }
        super().__init__((), parent, roles=roles, row_numbers=False)
        self._all: list[PreviewRow] = []
        self._only_problems = False

    def set_check(self, check: ImportCheck | None) -> None:
        """The rows of a check, under the row number, the problems and the file's columns
        (no columns at all without a check)."""
        columns: list[Column[PreviewRow]] = []
        if check is not None:
            columns = [
                Column(self.tr("Row"), lambda r: r.row, tooltip=lambda r: r.row),
                Column(
                    self.tr("Problems"),
                    lambda r: "; ".join(message_text(p) for p in r.problems),
                    tooltip=lambda r: "\n".join(message_text(p) for p in r.problems),
                    foreground=lambda r: PROBLEM_BRUSH if r.problems else None,
                ),
                *(
                    Column(name, _cell(number), tooltip=_cell(number))
                    for number, name in enumerate(check.columns)
                ),
            ]
        with self._resetting():
            self._all = list(check.preview) if check else []
            self._replace(self._shown(), columns)

    def set_only_problems(self, only: bool) -> None:
        with self._resetting():
            self._only_problems = only
            self._replace(self._shown())

    def _shown(self) -> list[PreviewRow]:
        return [r for r in self._all if r.problems] if self._only_problems else self._all
