"""The History panel of a record's detail: who changed what, when, from which value to which.

A page embeds ``HistoryPanel`` and fills it with ``load(rows)`` from
``desktop.services.history.history_for`` (run through the window's TaskRunner), or lets it
do that itself with ``load_record(tasks, database, table=..., record_id=...)``. Field names
are shown through ``field_labels`` (e.g. ``{"capacity": "Design capacity"}``) when given.
Times are stored in UTC and shown in the user's local time and locale.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.services.database import Database
from desktop.services.history import HistoryEntry, history_for
from desktop.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
EMPTY_VALUE = "—"
SHOWN_LENGTH = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryPanel", text)


def local_time(at: Any) -> QDateTime:
    """A stored (naive UTC) time as the user's local date and time."""
    moment = QDateTime(at.date(), at.time(), QTimeZone.utc())
    return moment.toLocalTime()


def action_label(action: str) -> str:
    return {
        "insert": _tr("Created"),
        "update": _tr("Changed"),
        "delete": _tr("Deleted"),
    }.get(action, action)


def shown_value(value: str | None) -> str:
    """A value as one short line; the whole of it is the tooltip."""
    if value is None:
        return EMPTY_VALUE
    line = value.splitlines()[0] if value else ""
    if len(line) > SHOWN_LENGTH or line != value:
        return line[:SHOWN_LENGTH].rstrip() + "…"
    return line


class HistoryModel(QAbstractTableModel):
    """The rows of one record's history, newest first, served from a list."""

    COL_WHEN, COL_WHO, COL_ACTION, COL_FIELD, COL_BEFORE, COL_AFTER = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryEntry] = []
        self._labels: dict[str, str] = {}
        self._headers = [
            _tr("When"),
            _tr("Who"),
            _tr("Change"),
            _tr("Field"),
            _tr("Before"),
            _tr("After"),
        ]

    def set_rows(self, rows: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_field_labels(self, labels: Mapping[str, str]) -> None:
        self._labels = dict(labels)
        if self._rows:
            top = self.index(0, self.COL_FIELD)
            bottom = self.index(len(self._rows) - 1, self.COL_FIELD)
            self.dataChanged.emit(top, bottom)

    def entry(self, row: int) -> HistoryEntry:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def field_label(self, field: str | None) -> str:
        if not field:
            return _tr("(whole record)")
        return self._labels.get(field, field)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_WHEN:
                return QLocale().toString(local_time(entry.at), QLocale.FormatType.ShortFormat)
            if column == self.COL_WHO:
                return entry.who
            if column == self.COL_ACTION:
                return action_label(entry.action)
            if column == self.COL_FIELD:
                return self.field_label(entry.field)
            if column == self.COL_BEFORE:
                return shown_value(entry.before)
            if column == self.COL_AFTER:
                return shown_value(entry.after)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_BEFORE:
                return entry.before
            if column == self.COL_AFTER:
                return entry.after
            if column == self.COL_WHEN:
                return QLocale().toString(local_time(entry.at), QLocale.FormatType.LongFormat)
        return None


class HistoryPanel(QWidget):
    """A record's change history: a read-only table, newest change first."""

    def __init__(
        self, parent: QWidget | None = None, *, field_labels: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setAccessibleName(self.tr("History"))
        self.model = HistoryModel(self)
        if field_labels:
            self.model.set_field_labels(field_labels)

        self.status = QLabel(self.tr("No record is selected."))
        self.status.setObjectName("historyStatus")
        self.status.setAccessibleName(self.tr("History status"))
        self.status.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("History of changes"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._request = 0

    # -- filling ---------------------------------------------------------------------------
    def load(self, rows: list[HistoryEntry]) -> None:
        """Show ``rows`` (newest first, as ``history_for`` gives them)."""
        self._request += 1  # a result still on its way for an earlier record is stale now
        self.model.set_rows(rows)
        if rows:
            self.status.setText(
                self.tr("Changes recorded: %1, newest first.").replace(
                    "%1", self.locale().toString(len(rows))
                )
            )
            self.table.resizeColumnsToContents()
        else:
            self.status.setText(self.tr("No changes recorded yet."))
        self.table.setVisible(bool(rows))

    def clear(self) -> None:
        self._request += 1
        self.model.set_rows([])
        self.status.setText(self.tr("No record is selected."))
        self.table.setVisible(False)

    def set_field_labels(self, labels: Mapping[str, str]) -> None:
        self.model.set_field_labels(labels)

    def load_record(
        self,
        tasks: TaskRunner,
        database: Database,
        *,
        table: str,
        record_id: int,
        limit: int = 500,
    ) -> None:
        """Read the history of one record in the background and show it; an answer for a
        record that is no longer the one asked for is dropped."""
        self._request += 1
        request = self._request
        self.status.setText(self.tr("Loading the history…"))

        def done(rows: list[HistoryEntry]) -> None:
            if request == self._request:
                self.load(rows)

        def failed(exc: BaseException) -> None:
            if request == self._request:
                self.model.set_rows([])
                self.table.setVisible(False)
                self.status.setText(
                    self.tr("The history could not be read: %1").replace("%1", str(exc))
                )

        tasks.run(
            lambda _ctx: history_for(database, table=table, record_id=record_id, limit=limit),
            success=done,
            failure=failed,
        )
