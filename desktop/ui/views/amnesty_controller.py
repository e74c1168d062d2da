"""What the Amnesties page does: load the list and the selected amnesty (decree, rules,
reconciliation, decisions) in the background, check edits as they are typed, save, revert,
create, and open the decision dialogs; ask about unsaved changes before they could be lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from desktop.domain.criteria import parse_rules
from desktop.domain.enums import DatePrecision
from desktop.domain.errors import CaseTrackerError, ValidationError
from desktop.services.amnesties import (
    AmnestyDetail,
    ReconciliationRow,
    amnesty_history,
    category_choices,
    get_amnesty,
    list_amnesties,
    reconcile,
)
from desktop.services.amnesty_decisions import AmnestyDecisionPage, decisions_for_amnesty
from desktop.ui import script
from desktop.ui.changes import Kind
from desktop.ui.dialogs import messages, unsaved
from desktop.ui.host import WindowHost
from desktop.ui.models import amnesty_text as text
from desktop.ui.problem_text import error_text
from desktop.ui.views.amnesty_actions import AmnestyActions
from desktop.ui.views.amnesty_saving import save_operation, show_save_problem
from desktop.ui.views.protocols import AmnestiesView

Loaded = tuple[AmnestyDetail, list[ReconciliationRow], AmnestyDecisionPage]


def _tr(source: str) -> str:
    return QCoreApplication.translate("AmnestyController", source)


def _normal(rules: dict[str, Any]) -> dict[str, Any]:
    return {k: sorted(v) if isinstance(v, list) else v for k, v in rules.items()}


class _RulesEdit(QUndoCommand):
    def __init__(self, controller: AmnestyController, old: dict[str, Any], new: dict[str, Any]):
        super().__init__(_tr("Edit rules"))
        self.controller = controller
        self.old, self.new = old, new
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.controller.put_rules(self.new)
        self.controller.edited()

    def undo(self) -> None:
        self.controller.put_rules(self.old)
        self.controller.edited()


class AmnestyController(QObject):
    """Talks to its page through ``AmnestiesView`` and to the window through
    ``WindowHost``; ``parent`` is the page as the widget its dialogs open over."""

    ready = Signal()  # loaded and idle: nothing under way
    list_loaded = Signal()
    detail_shown = Signal(int)  # the amnesty's id; 0 for a new, unsaved one
    saved = Signal(int)

    def __init__(self, page: AmnestiesView, host: WindowHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.parent_widget = parent
        self.window = host
        self.database = host.database
        self.tasks = host.tasks
        self.view = page.detail
        self.form = page.detail.form
        self.rules = page.detail.rules
        self.current_id: int | None = None
        self.detail: AmnestyDetail | None = None
        self.creating = False
        self._loaded_rules: dict[str, Any] = {}
        self._rules_last: dict[str, Any] = {}
        self._list_loaded = False
        self._loading = 0
        self.saving = False
        self._restoring = False
        self.actions = AmnestyActions(
            decide_action=page.decide_action,
            apply_action=page.apply_action,
            detail=page.detail,
            parent=parent,
            host=host,
            on_show=self,
        )

        page.list.selectionModel().currentChanged.connect(self._current_changed)
        self.form.edited.connect(self.edited)
        self.rules.changed.connect(self._rules_changed)
        page.new_action.triggered.connect(self.new_amnesty)
        page.save_action.triggered.connect(lambda: self.save())
        page.revert_action.triggered.connect(self.revert)
        self.update_actions()
        self.reload()

    # -- state -----------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return self._list_loaded and not self._loading and not self.saving

    def is_dirty(self) -> bool:
        if self.detail is None and not self.creating:
            return False
        return self.form.is_dirty() or _normal(self.rules.rules()) != _normal(self._loaded_rules)

    def label(self) -> str:
        title = str(self.form.values().get("title") or "").strip()
        return title or (self.detail.title if self.detail else _tr("New amnesty"))

    def emit_ready(self) -> None:
        if self.is_ready():
            self.ready.emit()

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, CaseTrackerError):
            messages.tell_error(self.parent_widget, _tr("Amnesties"), error_text(exc))
            return
        raise exc

    def update_actions(self) -> None:
        dirty = self.is_dirty()
        shown = self.detail is not None and not self.creating
        self.page.save_action.setEnabled(dirty and not self.saving)
        self.page.revert_action.setEnabled(dirty and not self.saving)
        self.page.decide_action.setEnabled(shown)
        self.page.apply_action.setEnabled(shown)
        self.actions.update()
        self.window.set_modified(self, dirty)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        database = self.database
        self._loading += 1

        def op(_ctx: object) -> tuple[Any, Any]:
            return list_amnesties(database), category_choices(database)

        def done(result: tuple[Any, Any]) -> None:
            self._loading -= 1
            rows, categories = result
            self.rules.set_categories(categories)
            self.page.model.set_rows(rows)
            self._list_loaded = True
            if self.current_id is None and rows and not self.creating:
                self.current_id = rows[0].id
            self._reselect()
            if self.current_id is not None and not self.creating:
                self.load_detail(self.current_id)
            elif not self.creating:
                self.view.show_none()  # none yet: typing would go nowhere
            self.list_loaded.emit()
            self.emit_ready()

        def failed(exc: BaseException) -> None:
            self._loading -= 1
            self.failed(exc)

        self.tasks.run(op, success=done, failure=failed)

    def load_detail(self, amnesty_id: int, *, keep_form: bool = False) -> None:
        database = self.database
        self._loading += 1

        def op(_ctx: object) -> Loaded:
            return (
                get_amnesty(database, amnesty_id=amnesty_id),
                reconcile(database, amnesty_id=amnesty_id),
                decisions_for_amnesty(database, amnesty_id=amnesty_id),
            )

        def done(result: Loaded) -> None:
            self._loading -= 1
            if amnesty_id == self.current_id and not self.creating:
                self._show(*result, keep_form=keep_form)
            self.emit_ready()

        def failed(exc: BaseException) -> None:
            self._loading -= 1
            self.failed(exc)

        self.tasks.run(op, success=done, failure=failed)

    def _show(
        self,
        detail: AmnestyDetail,
        reconciliation: list[ReconciliationRow],
        decisions: AmnestyDecisionPage,
        *,
        keep_form: bool = False,
    ) -> None:
        # Unsaved edits stay, and so does the version they were made on, so that a save
        # over someone else's newer save is still refused.
        if not (keep_form and self.is_dirty()):
            self.detail = detail
            self._load_form(detail)
        self.view.set_editable(True)
        self.view.source.setText(script.line((self.detail or detail).source or _tr("not recorded")))
        self.view.show_heading(None if self.creating else self.detail)
        self.view.reconciliation.set_rows(reconciliation)
        self.view.show_reconciliation_note(reconciliation)
        self.view.decisions.set_rows(decisions.rows)
        shown = len(decisions.rows)
        count = _tr("%1 decisions").replace("%1", text.number(decisions.total))
        if shown < decisions.total:
            count += " " + _tr("(the newest %1 shown)").replace("%1", text.number(shown))
        self.view.decisions_count.setText(count)
        self.actions.update()
        self.update_actions()
        database, amnesty_id = self.database, detail.id
        self.view.history.load_record(
            self.tasks, lambda: amnesty_history(database, amnesty_id=amnesty_id)
        )
        self.detail_shown.emit(detail.id)

    # -- selection -------------------------------------------------------------------------
    def _reselect(self) -> None:
        self._restoring = True
        try:
            row = self.page.model.row_for(self.current_id)
            if row is not None and not self.creating:
                # not selectRow(): right to left it can find no column and select nothing
                self.page.list.selectionModel().setCurrentIndex(
                    self.page.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                self.page.list.clearSelection()
        finally:
            self._restoring = False

    def _current_changed(self, current: QModelIndex | QPersistentModelIndex, _prev: object) -> None:
        if self._restoring:
            return
        amnesty_id = self.page.model.amnesty_id(current)
        if amnesty_id is None or (amnesty_id == self.current_id and not self.creating):
            return
        self.leave(lambda: self.open_amnesty(amnesty_id), self._reselect)

    def amnesty_on_show(self) -> int | None:
        """The stored amnesty on show (None while a new one is written)."""
        return None if self.creating else self.current_id

    def open_amnesty(self, amnesty_id: int) -> None:
        self.creating = False
        self.current_id = amnesty_id
        self._reselect()
        self.load_detail(amnesty_id)

    def leave(self, go_on: Callable[[], None], stay: Callable[[], None] | None = None) -> None:
        """Run ``go_on`` once unsaved changes are saved or discarded; else ``stay``."""
        if not self.is_dirty():
            go_on()
            return
        choice = unsaved.ask_unsaved(self.parent_widget, self.label())
        if choice == unsaved.SAVE:
            self.save(then=go_on)
        elif choice == unsaved.DISCARD:
            self.revert()
            go_on()
        elif stay is not None:
            stay()

    def can_close(self) -> bool:
        if not self.is_dirty():
            return True
        choice = unsaved.ask_unsaved(self.parent_widget, self.label())
        if choice == unsaved.DISCARD:
            self.revert()
            return True
        if choice == unsaved.SAVE:
            self.save()
        return False

    # -- editing ---------------------------------------------------------------------------
    def put_rules(self, rules: dict[str, Any]) -> None:
        self.rules.set_rules(rules)
        self._rules_last = self.rules.rules()

    def _rules_changed(self) -> None:
        new = self.rules.rules()
        if new != self._rules_last:
            old, self._rules_last = self._rules_last, new
            self.form.undo_stack.push(_RulesEdit(self, old, new))

    def edited(self) -> None:
        try:
            criteria = parse_rules(self.rules.rules())
        except ValidationError as exc:
            self.rules.show_problems(exc)
            self.view.rules_summary.setText("")
        else:
            self.rules.show_problems(None)
            self.view.rules_summary.setText(text.describe_criteria(criteria))
        self.update_actions()

    def revert(self) -> None:
        self.form.revert()
        self.put_rules(self._loaded_rules)
        self.form.undo_stack.clear()
        self.form.clear_problems()
        self.edited()

    def new_amnesty(self) -> None:
        def start() -> None:
            self.creating = True
            self.detail = None
            self.form.load({"issued_on_precision": DatePrecision.DAY.value})
            self._loaded_rules = {}
            self.put_rules({})
            self.view.reconciliation.set_rows([])
            self.view.decisions.set_rows([])
            self.view.decisions_count.setText("")
            self.view.history.clear()
            self.view.show_reconciliation_note(None)
            self.view.show_heading(None if self.creating else self.detail)
            self.view.set_editable(True)
            self._reselect()
            self.view.top_tabs.setCurrentIndex(0)
            self.view.title.setFocus()
            self.edited()
            self.detail_shown.emit(0)

        self.leave(start)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Create or update the amnesty in the background; ``then`` runs once it is saved."""
        stored = None if self.creating else self.detail

        def done(saved: AmnestyDetail) -> None:
            self.mark_saved(saved)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.update_actions()
            shown = show_save_problem(
                exc,
                form=self.form,
                rules=self.rules,
                tabs=self.view.top_tabs,
                parent=self.parent_widget,
                label=self.label(),
            )
            self.emit_ready()
            if not shown:
                self.failed(exc)

        op = save_operation(self.database, self.form.values(), self.rules.rules(), stored)
        self.saving = True
        self.update_actions()
        self.tasks.run(op, success=done, failure=failed)

    def mark_saved(self, saved: AmnestyDetail) -> None:
        """Show the amnesty as saved (as the service stored it) and reload the list."""
        self.saving = False
        self.creating = False
        self.current_id = saved.id
        self.detail = saved
        self._load_form(saved)
        self.saved.emit(saved.id)
        self.reload()
        self.window.announce(Kind.AMNESTIES, shown=self.parent_widget)

    def _load_form(self, detail: AmnestyDetail) -> None:
        self.form.load(
            {
                "title": detail.title,
                "issued_by": detail.issued_by,
                "requested_by": detail.requested_by,
                "issued_on": detail.issued_on,
                "issued_on_precision": detail.issued_on_precision,
                "criteria_text": detail.criteria_text,
            }
        )
        self._loaded_rules = detail.rules
        self.put_rules(detail.rules)
        self.form.undo_stack.clear()
        self.rules.show_problems(None)
        self.edited()

    # -- changes made elsewhere ------------------------------------------------------------
    def refresh(self, kinds: Kind) -> None:
        """Show what the database holds now; unsaved edits (and a new amnesty being
        written) stay."""
        if not self._list_loaded:
            return  # the first load is under way and reads everything
        if kinds & Kind.CATEGORIES and not self.is_dirty() and not self.creating:
            self.reload()  # the categories the rules offer too
            return
        if self.current_id is not None and not self.creating:
            self.load_detail(self.current_id, keep_form=True)
        self.reload_list_only()

    def reload_list_only(self) -> None:
        database = self.database
        self._loading += 1

        def done(rows: Any) -> None:
            self._loading -= 1
            self.page.model.set_rows(rows)
            self._reselect()
            self.emit_ready()

        def failed(exc: BaseException) -> None:
            self._loading -= 1
            self.failed(exc)

        self.tasks.run(lambda _ctx: list_amnesties(database), success=done, failure=failed)
