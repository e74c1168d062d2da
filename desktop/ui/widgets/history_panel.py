"""The History tab of a record's detail: who changed what, when, from which value to which.

Every detail (case, facility, amnesty) embeds one ``HistoryPanel``. Its controller either
hands it rows it loaded with the rest of the record (``load(rows)``) or lets the panel read
them itself in the background (``load_record(tasks, read)``, ``read`` being the service's
history of that record, e.g. ``facility_history``). A detail makes its panel with
``HistoryPanel.of_form(form, ...)``: field names are shown by the form's captions
(``{"capacity": "Capacity"}``, plus captions for stored fields the form has no row for), and
stored choices in the form's words. Times are stored in UTC and shown in the user's local
time and locale.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.services.history import HistoryEntry
from desktop.ui.models.table import Column, RecordTable
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.naming import record_table

EMPTY_VALUE = "—"
ValueText = Callable[[str | None, str | None], str | None]  # (field, stored) -> shown
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


def _when(entry: HistoryEntry, form: QLocale.FormatType) -> str:
    return QLocale().toString(local_time(entry.at), form)


class CaptionedForm(Protocol):
    """What the panel asks of a detail's form (``ui.editing.RecordForm``)."""

    def field_labels(self) -> dict[str, str]: ...

    def value_text(self, name: str | None, stored: str | None) -> str | None: ...


class HistoryModel(RecordTable[HistoryEntry]):
    """The rows of one record's history, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._labels: dict[str, str] = {}
        self._value_text: ValueText = lambda _field, stored: stored
        super().__init__(
            [
                Column(
                    _tr("When"),
                    lambda h: h.at,
                    text=lambda h: _when(h, QLocale.FormatType.ShortFormat),
                    tooltip=lambda h: _when(h, QLocale.FormatType.LongFormat),
                ),
                Column(_tr("Who"), lambda h: h.who),
                Column(_tr("Change"), lambda h: h.action, text=lambda h: action_label(h.action)),
                Column(_tr("Field"), lambda h: h.field, text=lambda h: self.field_label(h.field)),
                Column(
                    _tr("Before"),
                    lambda h: h.before,
                    text=lambda h: shown_value(self.value_text(h.field, h.before)),
                    tooltip=lambda h: self.value_text(h.field, h.before),
                ),
                Column(
                    _tr("After"),
                    lambda h: h.after,
                    text=lambda h: shown_value(self.value_text(h.field, h.after)),
                    tooltip=lambda h: self.value_text(h.field, h.after),
                ),
            ],
            parent,
            row_numbers=False,
        )

    def set_field_labels(self, labels: Mapping[str, str]) -> None:
        with self._resetting():
            self._labels = dict(labels)

    def set_value_text(self, value_text: ValueText) -> None:
        """How a stored value is shown (e.g. a form's ``RecordForm.value_text``: a
        category by its name, a status by its label)."""
        with self._resetting():
            self._value_text = value_text

    def value_text(self, field: str | None, stored: str | None) -> str | None:
        return self._value_text(field, stored)

    def field_label(self, field: str | None) -> str:
        if not field:
            return _tr("(whole record)")
        return self._labels.get(field, field)


class HistoryPanel(QWidget):
    """A record's change history: a read-only table, newest change first."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        field_labels: Mapping[str, str] | None = None,
        object_name: str = "historyTable",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{object_name}Panel")
        self.setAccessibleName(self.tr("History"))
        self.model = HistoryModel(self)
        if field_labels:
            self.model.set_field_labels(field_labels)

        self.status = QLabel(self.tr("No record is selected."))
        self.status.setObjectName(f"{object_name}Status")
        self.status.setAccessibleName(self.tr("History status"))
        self.status.setWordWrap(True)

        self.table = record_table(object_name, self.tr("History of changes"), self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.table.setVisible(False)
        self._request = 0

    @classmethod
    def of_form(
        cls,
        form: CaptionedForm,
        *,
        object_name: str,
        more_labels: Mapping[str, str] | None = None,
    ) -> HistoryPanel:
        """The History tab of a detail edited through ``form``: each field named by the
        form's caption (``more_labels`` for stored fields the form has no row for), each
        stored choice (a category, a status) in the words the form shows for it."""
        panel = cls(
            field_labels=form.field_labels() | dict(more_labels or {}), object_name=object_name
        )
        panel.set_value_text(form.value_text)
        return panel

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
        """Nothing to show: no record, or a new one not saved yet."""
        self._request += 1
        self.model.set_rows([])
        self.status.setText(self.tr("No record is selected."))
        self.table.setVisible(False)

    def set_field_labels(self, labels: Mapping[str, str]) -> None:
        self.model.set_field_labels(labels)

    def set_value_text(self, value_text: ValueText) -> None:
        self.model.set_value_text(value_text)

    def load_record(self, tasks: TaskRunner, read: Callable[[], list[HistoryEntry]]) -> None:
        """Read a record's history in the background with ``read`` (a service call such as
        ``facility_history``) and show it; an answer for a record that is no longer the one
        asked for is dropped."""
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
                    self.tr("The history could not be read: %1").replace("%1", error_text(exc))
                )

        tasks.run(
            lambda _ctx: read(),
            success=done,
            failure=failed,
        )
