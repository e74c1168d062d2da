"""What the Facilities page does: load the list and the selected facility's detail in the
background, follow the selection, check the record as it is edited, save, revert, create and
delete, and ask about unsaved changes before they could be lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import (
    CaseTrackerError,
    NotFoundError,
)
from desktop.services.facilities import (
    FacilityDetail,
    FacilityRecord,
    facility_history,
    get_facility,
    list_categories,
    list_facilities,
    list_sources,
)
from desktop.ui import script
from desktop.ui.changes import Kind
from desktop.ui.dialogs import messages, unsaved
from desktop.ui.host import WindowHost
from desktop.ui.i18n import current_language
from desktop.ui.models import facility_text
from desktop.ui.problem_text import error_text
from desktop.ui.views.facility_editing import FacilityEditor
from desktop.ui.views.headcount_controller import HeadcountController
from desktop.ui.views.protocols import FacilitiesView

RECORD_TAB = 0


def _tr(text: str) -> str:
    return QCoreApplication.translate("FacilityController", text)


class FacilityController(QObject):
    """Talks to its page through ``FacilitiesView`` and to the window through
    ``WindowHost``; ``parent`` is the page as the widget its dialogs open over. Checking,
    saving and deleting the record is the work of its ``FacilityEditor``."""

    ready = Signal()  # loaded and idle: nothing under way
    list_loaded = Signal()
    detail_shown = Signal(int)  # the facility's id; 0 for a new, unsaved one
    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, page: FacilitiesView, host: WindowHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.parent_widget = parent
        self.window = host
        self.database = host.database
        self.tasks = host.tasks
        self.model = page.model
        self.view = page.detail
        self.form = page.detail.form
        self.current_id: int | None = None
        self.detail: FacilityDetail | None = None
        self.creating = False
        self.categories: list[Any] = []
        self.sources: list[Any] = []
        self._generation = 0
        self._list_loaded = False
        self._loading = 0
        self._restoring = False
        self._keep_scroll: int | None = None
        self.editor = FacilityEditor(
            form=self.form,
            model=self.model,
            tree=page.tree,
            parent=parent,
            database=self.database,
            tasks=self.tasks,
            creating=lambda: self.creating,
            label=self.label,
            busy_changed=self._update_actions,
            failed=self._failed,
        )
        self.headcounts = HeadcountController(
            view=self.view,
            parent=parent,
            host=host,
            on_show=self,
            failed=self._failed,
        )

        page.tree.selectionModel().currentChanged.connect(self._current_changed)
        page.search.textChanged.connect(self.model.set_filter)
        self.model.modelReset.connect(self._reselect)
        self.model.counts_changed.connect(self._show_count)
        self.form.edited.connect(self._check)
        self.form.dirty_changed.connect(self._dirty_changed)
        page.new_action.triggered.connect(self.new_facility)
        page.save_action.triggered.connect(lambda: self.save())
        page.revert_action.triggered.connect(self.revert)
        page.delete_action.triggered.connect(self.delete)
        self._update_actions()
        self.reload()

    # -- state -----------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return self._list_loaded and not self._loading and not self.editor.saving

    def label(self) -> str:
        name = str(self.form.values().get("name") or "").strip()
        if self.creating:
            return name or _tr("New facility")
        if self.detail is None:
            return name
        record = self.detail.record  # named as the page's heading names it
        return script.shown_name(record.name, record.name_ar)

    def _emit_ready(self) -> None:
        if self.is_ready():
            self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CaseTrackerError):
            messages.tell_error(self.parent_widget, _tr("Facilities"), error_text(exc))
            return
        raise exc

    # -- the list --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list and the detail again where they are: the same facility (unsaved
        edits stay), the same scroll position."""
        self._keep_scroll = self.page.tree.verticalScrollBar().value()
        self.reload()

    def reload(self) -> None:
        """Load the list (and the categories and sources the headcount editor offers), then
        the detail of the facility on show."""
        database = self.database
        self._loading += 1

        def op(_ctx: object) -> tuple[list[Any], list[Any], list[Any]]:
            return list_facilities(database), list_categories(database), list_sources(database)

        def done(result: tuple[list[Any], list[Any], list[Any]]) -> None:
            self._loading -= 1
            self._list_arrived(*result)

        def failed(exc: BaseException) -> None:
            self._loading -= 1
            self._failed(exc)

        self.tasks.run(op, success=done, failure=failed)

    def _list_arrived(self, rows: list[Any], categories: list[Any], sources: list[Any]) -> None:
        self.categories, self.sources = categories, sources
        self.model.set_rows(rows)
        first_time = not self._list_loaded
        self._list_loaded = True
        if self.current_id is not None and self.model.row_for(self.current_id) is None:
            self.current_id = None  # deleted meanwhile
        if self.current_id is None and not self.creating:
            first = self.model.index(0, 0)
            self.current_id = self.model.facility_id(first)
        self._reselect()
        if self._keep_scroll is not None:
            self.page.tree.verticalScrollBar().setValue(self._keep_scroll)
            self._keep_scroll = None
        if self.current_id is not None and not self.creating:
            self._load_detail(self.current_id)
        elif not self.creating:
            self._show_none()
        if first_time:
            for column in range(self.model.columnCount()):
                self.page.tree.resizeColumnToContents(column)
            if self.parent_widget.isVisible():
                self.page.tree.setFocus()
        self.list_loaded.emit()
        self._emit_ready()

    def _show_count(self, shown: int, total: int) -> None:
        if self.model.filter_text().strip():
            text = (
                _tr("%1 of %2")
                .replace("%1", facility_text.number(shown))
                .replace("%2", facility_text.number(total))
            )
        else:
            text = _tr("%1 facilities").replace("%1", facility_text.number(total))
        self.page.count.setText(text)

    def _reselect(self) -> None:
        """Show the facility on show as the list's current row, without asking anything."""
        self._restoring = True
        try:
            tree = self.page.tree
            index = QModelIndex() if self.creating else self.model.index_of(self.current_id)
            if index.isValid():
                tree.setCurrentIndex(index)
                tree.scrollTo(index)
            else:
                tree.selectionModel().clearSelection()
                tree.selectionModel().setCurrentIndex(
                    QModelIndex(), tree.selectionModel().SelectionFlag.Clear
                )
            tree.expandAll()
        finally:
            self._restoring = False

    def _current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        if self._restoring:
            return
        facility_id = self.model.facility_id(current)
        if facility_id is None or (facility_id == self.current_id and not self.creating):
            return
        if self.editor.saving:
            self._reselect()
            return
        self.leave(lambda: self.show_facility(facility_id), self._reselect)

    # -- switching records -----------------------------------------------------------------
    def leave(self, proceed: Callable[[], None], stay: Callable[[], None]) -> None:
        """Go on to something else once the edits on show are saved or discarded; ``stay``
        when the user cancels or the save fails."""
        if not self.form.is_dirty():
            proceed()
            return
        choice = unsaved.ask_unsaved(self.parent_widget, self.label())
        if choice == unsaved.CANCEL:
            stay()
        elif choice == unsaved.DISCARD:
            self._discard()
            proceed()
        else:
            self.save(then=proceed, otherwise=stay)

    def _discard(self) -> None:
        self.form.revert()
        if self.creating:
            self.creating = False
            self.current_id = None
            self.editor.record = None

    def show_facility(self, facility_id: int) -> None:
        was_new = self.creating
        self.creating = False
        self.current_id = facility_id
        if was_new:
            self._reselect()
        self._load_detail(facility_id)

    def open_facility(self, facility_id: int) -> None:
        """Select and show a facility (from another page), asking first about edits."""

        def proceed() -> None:
            if self.model.filter_text() and not self.model.index_of(facility_id).isValid():
                self.page.search.clear()
            self.show_facility(facility_id)
            self._reselect()

        self.leave(proceed, lambda: None)

    def _load_detail(self, facility_id: int) -> None:
        self._generation += 1
        generation = self._generation
        database = self.database
        self._loading += 1
        self._update_actions()

        def done(detail: FacilityDetail) -> None:
            self._loading -= 1
            if generation == self._generation:
                self._detail_arrived(detail)
            self._emit_ready()

        def failed(exc: BaseException) -> None:
            self._loading -= 1
            if isinstance(exc, NotFoundError) and generation == self._generation:
                self.current_id = None
                self.reload()
                return
            self._failed(exc)

        lang = current_language()  # categories named as the window names them
        self.tasks.run(
            lambda _ctx: get_facility(database, facility_id=facility_id, lang=lang),
            success=done,
            failure=failed,
        )

    def _detail_arrived(self, detail: FacilityDetail) -> None:
        if self.creating or detail.record.id != self.current_id:
            return
        self.detail = detail
        view = self.view
        self.form.set_enabled(True)
        view.show_header(detail)
        view.show_population(detail)
        view.people.show_detail(detail)
        for tab in (1, 2, 3):
            view.tabs.setTabEnabled(tab, True)
        database, facility_id = self.database, detail.record.id
        view.history.load_record(
            self.tasks, lambda: facility_history(database, facility_id=facility_id)
        )
        keep = self.editor.record_id() == detail.record.id and self.form.is_dirty()
        if not keep:  # edits in progress stay; a save then checks their version
            view.set_parent_choices(self.model.all_rows(), exclude=detail.record.id)
            self.editor.load(detail.record)
            view.show_text_starts()
        self._check()
        self.detail_shown.emit(detail.record.id)

    def _show_none(self) -> None:
        """No facility to show: an empty form that takes no typing, and a heading that says
        how to add one (the form took typing and offered a Save that did nothing)."""
        self._generation += 1  # a detail still loading is not wanted now
        self.detail = None
        self.editor.load(None)
        self.form.set_enabled(False)
        view = self.view
        view.show_none()
        self._no_record_tabs()
        self._update_actions()

    def _no_record_tabs(self) -> None:
        """The record tab alone, with nothing in the others (no facility, or a new one)."""
        view = self.view
        view.show_population(None)
        view.people.show_detail(None)
        view.history.clear()
        view.tabs.setCurrentIndex(RECORD_TAB)
        for tab in (1, 2, 3):
            view.tabs.setTabEnabled(tab, False)

    # -- editing ---------------------------------------------------------------------------
    def facility_on_show(self) -> tuple[int, str] | None:
        """The stored facility on show (id, name); None while a new one is written."""
        if self.creating or self.current_id is None or self.detail is None:
            return None
        return self.current_id, self.detail.record.name

    def headcount_choices(self) -> tuple[list[Any], list[Any]]:
        """The categories and sources a headcount may name."""
        return self.categories, self.sources

    def _check(self) -> None:
        self._update_actions(valid=self.editor.check())

    def save(
        self,
        then: Callable[[], None] | None = None,
        otherwise: Callable[[], None] | None = None,
    ) -> None:
        """Save the record on show in the background; ``then`` runs after it is saved,
        ``otherwise`` when it cannot be (problems are shown beside their fields)."""

        def after() -> None:
            if then:
                then()
            self.window.announce(Kind.FACILITIES)

        self.editor.save(self._saved, after, otherwise)

    def _saved(self, record: FacilityRecord) -> None:
        self.creating = False
        self.current_id = record.id
        self.editor.load(record)
        self.saved.emit(record.id)

    def delete(self) -> None:
        if self.creating:
            self.revert()
            return
        self.editor.delete(self.current_id, self._deleted)

    def _deleted(self, facility_id: int, above: int | None) -> None:
        self.current_id = above
        self.detail = None
        self.deleted.emit(facility_id)
        self.window.announce(Kind.FACILITIES)

    def _dirty_changed(self, dirty: bool) -> None:
        self.window.set_modified(self, dirty)
        self._update_actions()

    def _update_actions(self, valid: bool | None = None) -> None:
        if valid is None:
            valid = self.editor.validate()[1] is None
        dirty = self.form.is_dirty()
        page = self.page
        page.save_action.setEnabled(dirty and valid and not self.editor.saving)
        page.revert_action.setEnabled(dirty or self.creating)
        page.delete_action.setEnabled(self.current_id is not None and not self.creating)
        headcounts_ok = self.current_id is not None and not self.creating
        self.headcounts.update_actions(headcounts_ok)

    def revert(self) -> None:
        if self.creating:
            previous = self.detail.record.id if self.detail else None
            self.creating = False
            self.form.revert()
            self.current_id = None
            if previous is not None and self.model.row_for(previous) is not None:
                self.show_facility(previous)
                self._reselect()
            else:
                self.reload()
            return
        self.form.revert()
        self._check()

    def new_facility(self) -> None:
        self.leave(self._begin_new, lambda: None)

    def _begin_new(self) -> None:
        self.creating = True
        self.editor.record = None
        self._generation += 1  # a detail still loading is not wanted now
        self._reselect()
        view = self.view
        view.set_parent_choices(self.model.all_rows(), exclude=None)
        self.editor.load(None)
        self.form.set_enabled(True)
        view.show_header(None, new_record=True)
        self._no_record_tabs()
        view.name.setFocus()
        self._update_actions()
        self.detail_shown.emit(0)

    # -- closing ---------------------------------------------------------------------------
    def _close_window(self) -> None:
        self.window.close()

    def can_close(self) -> bool:
        """True when nothing would be lost. On Save the window closes once it is saved."""
        if not self.form.is_dirty():
            return True
        choice = unsaved.ask_unsaved(self.parent_widget, self.label())
        if choice == unsaved.CANCEL:
            return False
        if choice == unsaved.DISCARD:
            self._discard()
            return True
        self.save(then=self._close_window)
        return False
