"""Behaviour of the Population and People tabs: adding, changing and deleting headcounts
(each its own saved change, apart from the facility's unsaved edits), loading more of the
people held, and opening a person's case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.facilities import PeoplePage, people_held
from desktop.services.headcounts import (
    HeadcountRecord,
    delete_headcount,
    save_headcount,
)
from desktop.ui.changes import Kind
from desktop.ui.dialogs import messages
from desktop.ui.host import WindowHost
from desktop.ui.i18n import current_language
from desktop.ui.models import facility_text as text
from desktop.ui.problem_text import error_text
from desktop.ui.views.facility_detail import FacilityDetailView
from desktop.ui.views.headcount_dialog import HeadcountDialog, HeadcountEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("HeadcountController", text)


class FacilityOnShow(Protocol):
    """What the headcount and people tabs need to know of the facility on show."""

    def facility_on_show(self) -> tuple[int, str] | None:
        """(id, name) of the stored facility on show; None while a new one is written."""
        ...

    def headcount_choices(self) -> tuple[list[Any], list[Any]]:
        """The categories and sources a headcount may name."""
        ...


class HeadcountController(QObject):
    headcounts_changed = Signal()
    people_appended = Signal(int)

    def __init__(
        self,
        *,
        view: FacilityDetailView,
        parent: QWidget,
        host: WindowHost,
        on_show: FacilityOnShow,
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.host = host
        self.on_show = on_show
        self._report_failure = failed
        self._enabled = False
        self.view = view
        view.add_headcount.clicked.connect(self.add)
        view.edit_headcount.clicked.connect(self.edit)
        view.delete_headcount.clicked.connect(self.delete)
        view.headcounts.doubleClicked.connect(lambda _i: self.edit())
        view.headcounts.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_actions(self._enabled)
        )
        people = view.people
        people.more.clicked.connect(self.more_people)
        people.open_case.clicked.connect(self.open_selected_case)
        people.people.activated.connect(self.open_case_at)

    # -- headcounts ------------------------------------------------------------------------
    def update_actions(self, enabled: bool) -> None:
        self._enabled = enabled
        selected = self.selected() is not None
        self.view.add_headcount.setEnabled(enabled)
        self.view.edit_headcount.setEnabled(enabled and selected)
        self.view.delete_headcount.setEnabled(enabled and selected)

    def selected(self) -> HeadcountRecord | None:
        index = self.view.headcounts.currentIndex()
        if not index.isValid() or not self.view.headcounts.selectionModel().isSelected(index):
            return None
        return self.view.headcounts_model.record(index.row())

    def add(self) -> None:
        self._edit(None)

    def edit(self) -> None:
        record = self.selected()
        if record is not None:
            self._edit(record)

    def _edit(self, record: HeadcountRecord | None) -> None:
        facility = self.on_show.facility_on_show()
        if facility is None:
            return
        facility_id, name = facility
        categories, sources = self.on_show.headcount_choices()
        answer = HeadcountDialog.ask(
            self.parent_widget,
            categories=categories,
            sources=sources,
            record=record,
            facility_name=name,
        )
        if answer is not None:
            self._save(facility_id, record, answer)

    def _save(
        self, facility_id: int, record: HeadcountRecord | None, answer: HeadcountEdit
    ) -> None:
        database = self.host.database

        def op(_ctx: object) -> HeadcountRecord:
            return save_headcount(
                database,
                facility_id=facility_id,
                values=answer.values,
                new_source=answer.new_source,
                headcount_id=record.id if record else None,
                expected_version=record.version if record else None,
            )

        self.host.tasks.run(op, success=self._changed, failure=self._failed)

    def delete(self) -> None:
        record = self.selected()
        if record is None or self.on_show.facility_on_show() is None:
            return
        if not messages.confirm(
            self.parent_widget,
            _tr("Delete headcount"),
            _tr("Delete the headcount of %1 (%2)?")
            .replace("%1", text.as_of(record.as_of, record.as_of_precision))
            .replace("%2", text.figure(record.total, record.precision)),
        ):
            return
        database = self.host.database
        self.host.tasks.run(
            lambda _ctx: delete_headcount(
                database, headcount_id=record.id, expected_version=record.version
            ),
            success=self._changed,
            failure=self._failed,
        )

    def _changed(self, _result: object) -> None:
        self.headcounts_changed.emit()
        # population, occupancy and the sources offered change too
        self.host.announce(Kind.HEADCOUNTS)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError | ConflictError):
            messages.tell_error(self.parent_widget, _tr("Headcount not saved"), error_text(exc))
        else:
            self._report_failure(exc)

    # -- people ----------------------------------------------------------------------------
    def more_people(self) -> None:
        facility = self.on_show.facility_on_show()
        model = self.view.people.people_model
        if facility is None or model.rowCount() == 0:
            return
        last = model.record(model.rowCount() - 1)
        facility_id = facility[0]
        database = self.host.database
        after = last.case_no if last else None
        lang = current_language()

        def done(page: PeoplePage) -> None:
            still = self.on_show.facility_on_show()
            if still is not None and still[0] == facility_id:
                self.view.people.show_people(page, replace=False)
                self.people_appended.emit(len(page.people))

        self.host.tasks.run(
            lambda _ctx: people_held(
                database, facility_id=facility_id, after_case_no=after, lang=lang
            ),
            success=done,
            failure=self._report_failure,
        )

    def open_case_at(self, index: QModelIndex | QPersistentModelIndex) -> None:
        person = self.view.people.people_model.record(index.row())
        if person is not None:
            self.host.open_case(person.id)

    def open_selected_case(self) -> None:
        index = self.view.people.people.currentIndex()
        if not index.isValid():
            index = self.view.people.people_model.index(0, 0)
        if index.isValid():
            self.open_case_at(index)
