"""What the case detail does: load a case with its decisions, transfers and history, save
edits (after the duplicate check), ask before leaving unsaved changes, transfer a person
and record a decision. Database work runs through ``window.tasks``."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.case_rules import CaseFields, case_problems, parse_months, parse_year
from desktop.domain.enums import CaseStatus
from desktop.domain.errors import (
    CaseTrackerError,
    ConflictError,
    FieldProblem,
    ValidationError,
)
from desktop.domain.limits import SENTENCE_MONTHS_MAX, YEAR_MAX, YEAR_MIN
from desktop.domain.messages import Msg
from desktop.domain.numbers import ascii_digits
from desktop.services import cases
from desktop.services.case_records import CaseOptions, CaseRecord
from desktop.services.database import Database
from desktop.ui import script
from desktop.ui.changes import Kind
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.conflict import ConflictDialog
from desktop.ui.host import WindowHost
from desktop.ui.i18n import current_language
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import TaskContext
from desktop.ui.views import case_loading
from desktop.ui.views.case_filters import shown
from desktop.ui.views.case_loading import (
    FIELD_NAMES,
    CaseDetail,
    case_label,
    load_detail,
    new_case_values,
)
from desktop.ui.widgets.number_limits import limit_problem

if TYPE_CHECKING:
    from desktop.ui.views.protocols import CaseDetailPane


def ask_unsaved(parent: QWidget | None, record_label: str) -> str:
    """Choose "save", "discard" or "cancel" (tests replace this)."""
    return case_loading.ask_unsaved(parent, record_label)


class CaseController(QObject):
    """Behaviour of one case detail: talks to it through ``CaseDetailPane`` and to the
    window through ``WindowHost``; ``parent`` is the detail as a widget."""

    saved = Signal(int)  # a case was created or changed (its id): the list re-reads
    shown = Signal(int)  # the detail shows this case now

    def __init__(self, window: WindowHost, view: CaseDetailPane, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.view = view
        self.parent_widget = parent
        self.form = view.form
        self.record: CaseRecord | None = None
        self.creating = False
        self.busy = False
        self._load_seq = 0
        self._options: CaseOptions | None = None
        view.save_button.clicked.connect(lambda: self.save())
        view.discard_button.clicked.connect(self.discard)
        view.new_button.clicked.connect(self.new_case)
        view.transfer_button.clicked.connect(self.transfer)
        view.new_decision_button.clicked.connect(self.new_decision)
        view.revoke_button.clicked.connect(self.revoke_decision)
        view.decisions_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_revoke()
        )
        view.decisions.modelReset.connect(self._update_revoke)
        self.form.dirty_changed.connect(self._dirty_changed)
        self.form.edited.connect(self._check_as_typed)
        self._valid = True  # the edits on show break no rule (checked as typed)
        self._update_buttons()

    @property
    def database(self) -> Database:
        return self.window.database

    def dialog_parent(self) -> QWidget:
        """The window the detail is shown in, over which the case's dialogs open."""
        return self.parent_widget.window()

    def case_on_show(self) -> CaseRecord | None:
        """The stored case the detail shows (None: no case, or a new one being written)."""
        return None if self.creating else self.record

    def is_new(self) -> bool:
        """A new case is being written."""
        return self.creating

    def is_busy(self) -> bool:
        """A save of the case is under way."""
        return self.busy

    def label(self) -> str:
        if self.record is None or self.creating:
            return self.tr("the new case")
        return case_label(self.record)

    def set_options(self, options: CaseOptions) -> None:
        self._options = options
        self.view.set_options(options)

    # -- leaving ---------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def leave(self, then: Callable[[], None]) -> bool:
        """Run ``then`` once unsaved changes are saved or discarded; False if the user
        chose to stay (``then`` is not run)."""
        if not self.form.is_dirty():
            then()
            return True
        answer = ask_unsaved(self.dialog_parent(), self.label())
        if answer == "save":
            self.save(then=then)
            return True
        if answer == "discard":
            self.form.revert()
            then()
            return True
        return False

    # -- loading ---------------------------------------------------------------------------
    def open(self, detainee_id: int) -> bool:
        """Show a case (asking about unsaved changes first); False if the user stayed."""
        if self.record is not None and self.record.id == detainee_id and not self.creating:
            return True
        return self.leave(lambda: self.load(detainee_id))

    def load(self, detainee_id: int) -> None:
        self._load_seq += 1
        seq = self._load_seq
        database, lang = self.database, current_language()

        def op(_ctx: TaskContext) -> CaseDetail:
            return load_detail(database, detainee_id, lang)

        self.window.tasks.run(op, success=lambda d: self._loaded(seq, d), failure=self._failed)

    def reload(self) -> None:
        if self.record is not None and not self.creating:
            self.load(self.record.id)

    def _loaded(self, seq: int, detail: CaseDetail) -> None:
        if seq != self._load_seq:
            return
        self.show_record(detail.record)
        self.view.decisions.set_rows(detail.decisions)
        self.view.transfers.set_rows(detail.transfers)
        self.view.history_panel.load(detail.history)
        self.shown.emit(detail.record.id)

    def show_record(self, record: CaseRecord) -> None:
        self.record = record
        self.creating = False
        values = record.fields().as_dict()
        values["birth_year"] = "" if record.birth_year is None else str(record.birth_year)
        values["sentence_months"] = (
            "" if record.sentence_months is None else str(record.sentence_months)
        )
        self.form.load(values)
        for edit in (self.view.case_no, self.view.name_latin, self.view.name_arabic):
            edit.setCursorPosition(0)  # show the start of a long name
        first, other = script.person_names(record.name_latin, record.name_arabic)
        self.view.heading.setText(
            script.rich(f"<h3>{html.escape(record.case_no)} — {html.escape(first)}</h3>")
        )
        self.view.other_heading.setText(script.line(other))
        self.view.other_heading.setVisible(bool(other))
        self.view.synthetic.setVisible(record.synthetic)
        self._update_buttons()

    def new_case(self) -> None:
        def start() -> None:
            self._load_seq += 1
            facility = self.record.facility_id if self.record is not None else None
            self.record = None
            self.creating = True
            self.form.load(new_case_values(facility))
            self.view.heading.setText(self.tr("<h3>New case</h3>"))
            self.view.other_heading.hide()
            self.view.synthetic.hide()
            for model in (self.view.decisions, self.view.transfers):
                model.set_rows([])
            self.view.history_panel.clear()
            self.view.tabs.setCurrentIndex(0)
            self.view.case_no.setFocus()
            self._update_buttons()

        self.leave(start)

    def show_nothing(self, message: str) -> None:
        """No case on show (a search that found none): the form empty and disabled, and
        ``message`` where the case's heading would be."""
        self._load_seq += 1  # a case still on its way is not shown
        self.record = None
        self.creating = False
        self.form.load({})
        self.view.heading.setText(f"<h3>{html.escape(message)}</h3>")
        self.view.other_heading.hide()
        self.view.synthetic.hide()
        for model in (self.view.decisions, self.view.transfers):
            model.set_rows([])
        self.view.history_panel.clear()
        self._update_buttons()

    def discard(self) -> None:
        self.form.revert()
        self._update_buttons()

    # -- saving ----------------------------------------------------------------------------
    def parsed(self) -> CaseFields:
        """The form as CaseFields; ValidationError for numbers that are not numbers."""
        values = self.form.values()
        problems: list[FieldProblem] = []
        numbers: dict[str, int | None] = {}
        limits = {
            "birth_year": (YEAR_MIN, YEAR_MAX),
            "sentence_months": (0, SENTENCE_MONTHS_MAX),
        }
        for name, parse in (("birth_year", parse_year), ("sentence_months", parse_months)):
            typed = str(values.get(name) or "")
            low, high = limits[name]
            # the bound in the window's own (translated) words first, then the domain's rule
            beyond = limit_problem(name, typed, minimum=low, maximum=high)
            if beyond is not None:
                problems.append(beyond)
                numbers[name] = None
                continue
            try:
                numbers[name] = parse(typed)
            except ValidationError as exc:
                problems.extend(exc.problems)
                numbers[name] = None
        if problems:
            raise ValidationError(problems, record=Msg("case"))
        values.update(numbers)
        found: dict[str, Any] = {k: values.get(k) for k in FIELD_NAMES}
        return CaseFields(**found)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Check, look for duplicates, then save; ``then`` runs after a successful save."""
        if self.busy:
            return
        try:
            f = self.parsed()
            problems = case_problems(f)
            if problems:
                raise ValidationError(problems, record=Msg("case"))
        except ValidationError as exc:
            self.form.show_problems(exc)
            self.form.reveal_problem()
            return
        self.form.clear_problems()
        loaded = self.form.loaded()
        # the year as loaded is text in the window's digits ("١٩٧٢"); the year parsed a number
        shown_year = ascii_digits(str(loaded.get("birth_year") or ""))
        names_changed = (
            self.creating
            or any(
                str(loaded.get(k) or "") != str(getattr(f, k) or "")
                for k in ("name_latin", "name_arabic")
            )
            or shown_year != str(f.birth_year or "")
        )
        if not names_changed:
            self._write(f, then)
            return
        database, lang = self.database, current_language()
        exclude = None if self.creating or self.record is None else self.record.id

        def op(_ctx: TaskContext) -> list[Any]:
            from desktop.services.case_detail import duplicate_candidates

            return duplicate_candidates(
                database,
                name_latin=f.name_latin,
                name_arabic=f.name_arabic,
                birth_year=f.birth_year,
                exclude_id=exclude,
                lang=lang,
            )

        def checked(candidates: list[Any]) -> None:
            self.busy = False
            if candidates:
                from desktop.ui.dialogs.duplicates import DuplicatesDialog

                if not DuplicatesDialog.ask(self.dialog_parent(), candidates):
                    return
            self._write(f, then)

        self.busy = True
        self.window.tasks.run(op, success=checked, failure=self._failed)

    def _write(
        self, f: CaseFields, then: Callable[[], None] | None, version: int | None = None
    ) -> None:
        database = self.database
        detainee_id = None if self.creating or self.record is None else self.record.id
        expected = (
            version
            if version is not None
            else (self.record.version if self.record is not None and not self.creating else None)
        )

        def op(_ctx: TaskContext) -> CaseRecord:
            return cases.save_case(
                database, fields=f, detainee_id=detainee_id, expected_version=expected
            )

        def done(record: CaseRecord) -> None:
            self.busy = False
            self.show_record(record)
            self.window.statusBar().showMessage(
                self.tr("Saved %1").replace("%1", case_label(record)), 5000
            )
            self.saved.emit(record.id)
            self.window.announce(Kind.CASES)  # this case, the list, the other pages
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self.busy = False
            if isinstance(exc, ConflictError):
                self._conflict(exc, f, then)
            else:
                self._failed(exc)

        self.busy = True
        self.window.tasks.run(op, success=done, failure=failed)

    def _conflict(self, exc: ConflictError, f: CaseFields, then: Callable[[], None] | None) -> None:
        """Someone saved this case meanwhile: merge field by field, or (when the error does
        not carry their version) offer to reload it."""
        if exc.version is None:
            if messages.confirm(
                self.dialog_parent(),
                self.tr("Changed by someone else"),
                self.tr("%1\nReload the saved version? Your changes will be lost.").replace(
                    "%1", error_text(exc)
                ),
            ):
                self.form.load(self.form.loaded())
                self.reload()
            return
        labels = [(name, self.view.field_label(name)) for name in FIELD_NAMES]
        theirs = {k: v for k, v in exc.theirs.items() if k in FIELD_NAMES}
        merged = ConflictDialog.ask(
            self.dialog_parent(),
            record_label=self.label(),
            fields=labels,
            base=self.record.fields().as_dict() if self.record is not None else {},
            theirs=theirs,
            yours=f.as_dict(),
        )
        if merged is not None:
            chosen: dict[str, Any] = {k: merged.get(k) for k in FIELD_NAMES}
            self._write(CaseFields(**chosen), then, exc.version)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, ValidationError):
            self.form.show_problems(exc)
            if not self.form.reveal_problem():  # a rule no field of the form shows
                self.view.tabs.setCurrentIndex(0)
            return
        if isinstance(exc, CaseTrackerError):
            messages.tell_error(self.dialog_parent(), self.tr("Case not saved"), error_text(exc))
            return
        raise exc

    # -- transfer and decisions --------------------------------------------------------------
    def transfer(self) -> None:
        if self.record is None or self.creating:
            return
        self.leave(self._ask_transfer)

    def _ask_transfer(self) -> None:
        from desktop.ui.dialogs.transfer import TransferDialog

        record = self.record
        if record is None:
            return
        request = TransferDialog.ask(self.dialog_parent(), record=record, options=self.options())
        if request is None:
            return
        database = self.database

        def op(_ctx: TaskContext) -> CaseRecord:
            from desktop.services.case_detail import transfer_case

            return transfer_case(
                database,
                detainee_id=record.id,
                to_facility_id=request.to_facility_id,
                transferred_on=request.transferred_on,
                reason=request.reason,
                expected_version=record.version,
            )

        options = self.options()
        target = next(
            (c for c in (options.facilities if options else ()) if c.id == request.to_facility_id),
            None,
        )

        def done(moved: CaseRecord) -> None:
            # the person and the facility as the case page names them
            person = case_label(moved)
            where = shown(target) if target is not None else moved.facility
            self.window.statusBar().showMessage(
                self.tr("%1 transferred to %2").replace("%1", person).replace("%2", where or ""),
                5000,
            )
            self.saved.emit(moved.id)
            self.window.announce(Kind.CASES | Kind.FACILITIES)

        self.window.tasks.run(op, success=done, failure=self._failed)

    def options(self) -> CaseOptions | None:
        return self._options

    def new_decision(self) -> None:
        if self.record is None or self.creating:
            return
        record = self.record

        def ask() -> None:
            from desktop.ui.dialogs.decision import DecisionDialog  # when first used

            if (
                DecisionDialog.ask(self.dialog_parent(), self.database, detainee_id=record.id)
                is not None
            ):
                self.saved.emit(record.id)
                self.window.announce(Kind.DECISIONS | Kind.CASES)

        self.leave(ask)

    def chosen_decision(self) -> Any | None:
        index = self.view.decisions_view.currentIndex()
        if not index.isValid():
            return None
        return self.view.decisions.record(index.row())

    def _update_revoke(self) -> None:
        chosen = self.chosen_decision()
        self.view.revoke_button.setEnabled(
            chosen is not None and getattr(chosen, "revoked_at", None) is None
        )

    def revoke_decision(self) -> None:
        """Revoke the chosen decision (never deleted): asks why, then reverses its effects
        in one transaction; a refusal is shown in the interface's words."""
        chosen = self.chosen_decision()
        if self.record is None or chosen is None or getattr(chosen, "revoked_at", None):
            return
        from desktop.services.revocation import revoke_decision
        from desktop.ui.dialogs.revoke import RevokeDialog

        record = self.record
        answer = RevokeDialog.ask(
            self.dialog_parent(), record=chosen, default_by=self.database.identity.who
        )
        if answer is None:
            return
        reason, by = answer
        database = self.database

        def op(_ctx: TaskContext) -> object:
            return revoke_decision(database, decision_id=chosen.id, reason=reason, by=by)

        def done(_result: object) -> None:
            self.saved.emit(record.id)
            self.window.announce(Kind.DECISIONS | Kind.CASES)

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, CaseTrackerError):
                raise exc
            from desktop.ui.refusals import refusal_text  # with the services it words

            messages.tell_error(
                self.dialog_parent(), self.tr("Revocation refused"), refusal_text(exc)
            )

        self.window.tasks.run(op, success=done, failure=refused)

    # -- state -------------------------------------------------------------------------------
    def _dirty_changed(self, dirty: bool) -> None:
        self.window.set_modified(self, dirty)
        self._update_buttons()

    def _check_as_typed(self) -> None:
        """Every rule, the limits of numbers too, beside its field as the user types; Save
        waits until none is broken."""
        problems: list[FieldProblem] = []
        if self.form.is_dirty():
            try:
                problems = case_problems(self.parsed())
            except ValidationError as exc:
                problems = list(exc.problems)
        self.form.show_problems(ValidationError(problems, record=Msg("case")) if problems else None)
        self._valid = not problems
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.form.is_dirty()
        record = None if self.creating else self.record
        valid = self._valid or not dirty  # a record just loaded has not been checked
        self.view.save_button.setEnabled((dirty or self.creating) and valid)
        self.view.discard_button.setEnabled(dirty)
        self.view.transfer_button.setEnabled(
            record is not None and record.status == CaseStatus.HELD.value
        )
        self.view.new_decision_button.setEnabled(record is not None)
        self.form.set_enabled(record is not None or self.creating)
        # A person's facility changes by a transfer, which keeps where they were.
        self.view.facility.setEnabled(
            self.creating or (record is not None and record.facility_id is None)
        )
