"""One amnesty decision for one person, from a case or from an amnesty.

The form shows, before anything is saved, what the decision would change (status, sentence
end) and whether the amnesty's criteria exclude the person (then an override reason is
asked for). Saving runs ``decide`` — the same rules as ``case-tracker decide`` — and problems
are shown beside the fields they concern. ``DecisionDialog.ask(...)`` returns the new
decision's id, or None when cancelled."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Outcome
from desktop.domain.errors import CaseTrackerError, FieldProblem, ValidationError
from desktop.domain.limits import FRACTION_DENOMINATOR_MAX
from desktop.domain.numbers import ascii_digits
from desktop.domain.sentences import FractionError, parse_fraction
from desktop.services.amnesties import AmnestyRow, list_amnesties
from desktop.services.database import Database
from desktop.services.decisions import (
    DecisionPreview,
    DecisionRecord,
    PersonChoice,
    decide,
    person_choice,
    preview_decision,
)
from desktop.ui import script
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.common import (
    Standard,
    accept_or_cancel,
    answer,
    fraction_problem,
    keep_typing,
    outcome_choice,
)
from desktop.ui.dialogs.decision_person import PersonPicker
from desktop.ui.dialogs.decision_view import preview_html
from desktop.ui.editing import RecordForm, make_room
from desktop.ui.models import amnesty_text as text
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.date_field import DateField

PREVIEW_DELAY_MS = 120


def tasks_for(parent: QWidget | None, owner: QWidget) -> TaskRunner:
    window = parent.window() if parent is not None else None
    tasks = getattr(window, "tasks", None)
    return tasks if isinstance(tasks, TaskRunner) else TaskRunner(owner)


def _multiline(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


class DecisionDialog(QDialog):
    previewed = Signal()  # a preview (or the reason there is none) is on show
    decided = Signal(int)  # the new decision's id
    refused = Signal()  # Save was refused; the problems are on show

    def __init__(
        self,
        parent: QWidget | None,
        database: Database,
        *,
        detainee_id: int | None = None,
        amnesty_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        keep_typing(self)
        self.setAccessibleName(self.tr("Amnesty decision"))
        self.setWindowTitle(self.tr("Amnesty decision"))
        self.setMinimumWidth(620)
        self.database = database
        self.tasks = tasks_for(parent, self)
        self.decision_id: int | None = None
        self.proposed = False  # the saved decision waits for approval
        self.preview: DecisionPreview | None = None
        self._busy = 0
        self._generation = 0
        # The checked values (see ``_check_key``) when their check found no problem.
        self._passed: tuple[object, ...] | None = None

        self.form = RecordForm(self)
        self.amnesty = QComboBox()
        self.person = PersonPicker(database, self.tasks)
        self.outcome = outcome_choice(self.tr("— choose an outcome —"))
        self.fraction = QLineEdit("1/2")
        self.fraction.setPlaceholderText(self.tr("e.g. 1/2 or 1/3"))
        self.decision_date = DateField()
        self.decided_by = QLineEdit()
        self.guarantor = QLineEdit()
        self.conditions = _multiline()
        self.notes = _multiline()
        self.override_reason = _multiline(70)

        layout = QFormLayout()
        f = self.form
        f.add_row(
            layout, self.tr("&Amnesty"), self.amnesty, "amnesty", object_name="decisionAmnesty"
        )
        f.add_row(layout, self.tr("&Person"), self.person, "detainee", object_name="decisionPerson")
        f.add_row(
            layout, self.tr("&Outcome"), self.outcome, "outcome", object_name="decisionOutcome"
        )
        f.add_row(
            layout,
            self.tr("Reduced &by"),
            self.fraction,
            "fraction",
            object_name="decisionFraction",
        )
        f.add_row(
            layout,
            self.tr("Decision &date"),
            self.decision_date,
            "decision_date",
            object_name="decisionDate",
        )
        f.add_row(
            layout, self.tr("Decided b&y"), self.decided_by, "decided_by", object_name="decisionBy"
        )
        f.add_row(
            layout,
            self.tr("&Guarantor or tribal sponsor"),
            self.guarantor,
            "guarantor",
            object_name="decisionGuarantor",
        )
        f.add_row(
            layout,
            self.tr("&Conditions"),
            self.conditions,
            "conditions",
            object_name="decisionConditions",
        )
        f.add_row(layout, self.tr("&Notes"), self.notes, "notes", object_name="decisionNotes")
        self.override_row = f.add_row(
            layout,
            self.tr("Override &reason"),
            self.override_reason,
            "override_reason",
            object_name="decisionOverrideReason",
        )
        self.override_caption = layout.labelForField(self.override_row)

        self.effects = QLabel()
        self.effects.setObjectName("decisionPreview")
        self.effects.setAccessibleName(self.tr("What this decision does"))
        self.effects.setWordWrap(True)
        self.effects.setTextFormat(Qt.TextFormat.RichText)
        self.effects.setMinimumHeight(60)
        box = QGroupBox(self.tr("What this decision does"))
        box.setObjectName("decisionPreviewBox")
        inner = QVBoxLayout(box)
        inner.addWidget(self.effects)

        self.buttons, self.save_button = accept_or_cancel(
            self,
            "decision",
            accept=Standard.Save,
            accessible=self.tr("Save decision"),
            cancel=self.tr("Cancel"),
            on_accept=self.save,
        )

        column = QVBoxLayout(self)
        column.addLayout(layout)
        column.addWidget(box)
        column.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._run_preview)
        self.form.load(
            {
                "decision_date": date.today(),
                "decided_by": database.actor,
                "fraction": "1/2",
                "outcome": None,
            }
        )
        self.form.edited.connect(self._changed)
        self.person.picked.connect(lambda _p: self._changed())
        self._set_override_visible(False)
        self._changed()
        self._load(detainee_id, amnesty_id)

    # -- loading ---------------------------------------------------------------------------
    def _load(self, detainee_id: int | None, amnesty_id: int | None) -> None:
        database = self.database
        self._busy += 1

        def op(_ctx: object) -> tuple[list[AmnestyRow], PersonChoice | None]:
            person = (
                person_choice(database, detainee_id=detainee_id)
                if detainee_id is not None
                else None
            )
            return list_amnesties(database), person

        def done(result: tuple[list[AmnestyRow], PersonChoice | None]) -> None:
            self._busy -= 1
            amnesties, person = result
            for a in amnesties:
                self.amnesty.addItem(
                    f"{a.title} ({text.as_of(a.issued_on, a.issued_on_precision)})", a.id
                )
            if amnesty_id is not None:
                self.amnesty.setCurrentIndex(max(0, self.amnesty.findData(amnesty_id)))
                self.amnesty.setEnabled(False)
            self.form.load({**self.form.values(), "amnesty": self.amnesty.currentData()})
            if person is not None:
                self.person.set_person(person, locked=True)
                self.outcome.setFocus()
            else:
                self.person.setFocus()
            self._changed()

        def failed(exc: BaseException) -> None:
            self._busy -= 1
            self._failed(exc)

        self.tasks.run(op, success=done, failure=failed)

    # -- preview ---------------------------------------------------------------------------
    def _changed(self) -> None:
        outcome = self.outcome.currentData()
        self.fraction.setEnabled(outcome == Outcome.REDUCED)
        self._update_save()
        self._timer.start()

    def can_save(self) -> bool:
        """Everything chosen, and the check of the values on show found no problem."""
        return (
            self.amnesty.currentData() is not None
            and self.person.person is not None
            and self.outcome.currentData() is not None
            and self._busy == 0
            and self._passed is not None
            and self._passed == self._check_key()
        )

    def _check_key(self) -> tuple[object, ...]:
        """What the check depends on; the guarantor, conditions and notes do not count."""
        v = self.values()
        keys = ("amnesty_id", "detainee_id", "outcome", "decision_date", "override_reason")
        return (*(v[k] for k in keys), self.fraction.text() if v["outcome"] else None)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.can_save())

    def _fraction(self) -> tuple[Fraction | None, FieldProblem | None]:
        if self.outcome.currentData() != Outcome.REDUCED:
            return None, None
        try:
            value = parse_fraction(ascii_digits(self.fraction.text()).strip() or "1/2")
        except FractionError as exc:
            return None, FieldProblem("fraction", fraction_problem(exc), self.fraction.text())
        if value.denominator > FRACTION_DENOMINATOR_MAX:
            message = self.tr("The parts of a reduction are at most %1.").replace(
                "%1", text.number(FRACTION_DENOMINATOR_MAX)
            )
            return None, FieldProblem("fraction", message, self.fraction.text())
        return value, None

    def values(self) -> dict[str, Any]:
        v = self.form.values()
        fraction, _problem = self._fraction()
        return {
            "amnesty_id": self.amnesty.currentData(),
            "detainee_id": self.person.person.id if self.person.person else None,
            "outcome": self.outcome.currentData(),
            "fraction": fraction,
            "decision_date": v["decision_date"],
            "decided_by": v["decided_by"],
            "guarantor": v["guarantor"],
            "conditions": v["conditions"],
            "notes": v["notes"],
            "override_reason": v["override_reason"]
            if self.override_reason.isVisibleTo(self)
            else None,
        }

    def _run_preview(self) -> None:
        values = self.values()
        _fraction, problem = self._fraction()
        self._generation += 1
        generation = self._generation
        key = self._check_key()
        if values["amnesty_id"] is None or values["detainee_id"] is None:
            self._show_preview(None, [problem] if problem else [])
            return
        if problem is not None:
            self._show_preview(None, [problem])
            return
        database = self.database
        args = {
            k: values[k]
            for k in ("amnesty_id", "detainee_id", "fraction", "decision_date", "override_reason")
        }
        outcome = values["outcome"] or Outcome.PENDING.value

        def done(preview: DecisionPreview) -> None:
            if generation == self._generation:
                self._show_preview(preview, list(preview.problems), key)

        self.tasks.run(
            lambda _ctx: preview_decision(database, outcome=outcome, **args),
            success=done,
            failure=self._failed,
        )

    def _show_preview(
        self,
        preview: DecisionPreview | None,
        problems: list[FieldProblem],
        key: tuple[object, ...] | None = None,
    ) -> None:
        chosen = self.outcome.currentData() is not None
        self.preview = preview if chosen else None
        shown = [p for p in problems if chosen or p.field not in ("override_reason",)]
        self.form.show_problems(ValidationError(shown) if shown else None)
        self._passed = key if preview is not None and chosen and not shown else None
        self._update_save()
        self._set_override_visible(bool(preview and chosen and preview.needs_override))
        self.effects.setText(preview_html(preview if chosen else None, self.person.person, chosen))
        make_room(self)  # the preview may run to more lines than there is room for
        self.previewed.emit()

    def _set_override_visible(self, visible: bool) -> None:
        self.override_row.setVisible(visible)
        if self.override_caption is not None:
            self.override_caption.setVisible(visible)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if not self.can_save():
            return  # Save is disabled: the marked fields say why
        values = self.values()
        _fraction, problem = self._fraction()
        if problem is not None:
            self.form.show_problems(ValidationError([problem]))
            self.refused.emit()
            return
        if values["detainee_id"] is None or values["outcome"] is None:
            return
        database = self.database
        shown = self.preview  # what is saved must be what the preview showed
        self._busy += 1
        self._update_save()

        def done(record: DecisionRecord) -> None:
            self._busy -= 1
            self.decision_id = record.id
            self.proposed = record.proposed
            self._tell_saved(record)
            self.decided.emit(record.id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._busy -= 1
            self._update_save()
            if isinstance(exc, ValidationError):
                self.form.show_problems(exc)
                if any(p.field == "override_reason" for p in exc.problems):
                    self._set_override_visible(True)
                self.refused.emit()
                return
            self._failed(exc)
            self._run_preview()  # the effects as they are now (another save came first)
            self.refused.emit()

        self.tasks.run(
            lambda _ctx: decide(database, **values, expected=shown), success=done, failure=failed
        )

    def _tell_saved(self, record: DecisionRecord) -> None:
        """The window's status bar says whether the decision is in force or waits."""
        owner = self.parentWidget()
        window = owner.window() if owner is not None else None
        status_bar = getattr(window, "statusBar", None)
        if not callable(status_bar):
            return
        if record.proposed:
            message = self.tr(
                "Proposed decision %1 for case %2: it changes nothing until a reviewer "
                "approves it (Waiting for approval)."
            )
        else:
            message = self.tr("Decision %1 for case %2 is in force.")
        status_bar().showMessage(
            message.replace("%1", script.record_number(record.id)).replace(
                "%2", script.embed(record.case_no)
            ),
            10_000,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CaseTrackerError):
            messages.tell_error(self, self.tr("Amnesty decision"), error_text(exc))
            return
        raise exc

    def done(self, result: int) -> None:
        self._timer.stop()
        self._generation += 1  # ignore previews still on their way
        super().done(result)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        database: Database,
        *,
        detainee_id: int | None = None,
        amnesty_id: int | None = None,
    ) -> int | None:
        """The id of the decision the user saved, or None when cancelled."""
        dialog = cls(parent, database, detainee_id=detainee_id, amnesty_id=amnesty_id)
        return answer(dialog, lambda d: d.decision_id)
