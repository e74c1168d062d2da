"""Apply an amnesty to everyone its rules select: review the people (counts by category and
facility, the list, untick anyone), choose the outcome, and commit all of it in one
transaction from the background worker, with a progress dialog whose Cancel writes nothing.
``ApplyAmnestyDialog.ask(...)`` returns the ``BulkResult``, or None."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.decision_rules import format_fraction
from desktop.domain.enums import Outcome
from desktop.domain.errors import CaseTrackerError, ValidationError
from desktop.domain.limits import FRACTION_DENOMINATOR_MAX
from desktop.domain.numbers import ascii_digits
from desktop.domain.sentences import FractionError, parse_fraction
from desktop.reports import labels
from desktop.services.apply_amnesty import (
    BulkCancelled,
    BulkResult,
    CandidateSet,
    apply_bulk,
    select_candidates,
)
from desktop.services.database import Database
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.common import answer, fraction_problem, keep_typing, outcome_choice
from desktop.ui.dialogs.decision import tasks_for
from desktop.ui.editing import RecordForm, make_room
from desktop.ui.models import amnesty_text as text
from desktop.ui.models.candidate_table import (
    CandidateCountsModel,
    CandidateModel,
    category_name,
    facility_name,
)
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import Cancelled, TaskContext
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.naming import named, record_table


def _counts_view(model: CandidateCountsModel, object_name: str, accessible: str) -> QTableView:
    view = record_table(object_name, accessible, model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.setMaximumHeight(150)
    header = view.horizontalHeader()
    header.setObjectName(f"{object_name}Header")
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return view


class ApplyAmnestyDialog(QDialog):
    loaded = Signal()
    applied = Signal(object)  # BulkResult
    stopped = Signal(str)  # cancelled or refused, nothing written: the message shown

    def __init__(self, parent: QWidget | None, database: Database, *, amnesty_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("applyAmnestyDialog")
        keep_typing(self)
        self.setAccessibleName(self.tr("Apply amnesty"))
        self.setWindowTitle(self.tr("Apply amnesty"))
        self.resize(980, 720)
        self.database = database
        self.amnesty_id = amnesty_id
        self.tasks = tasks_for(parent, self)
        self.candidates: CandidateSet | None = None
        self.result_: BulkResult | None = None
        self.progress: QProgressDialog | None = None

        self.heading = named(
            QLabel(self.tr("Finding the people the rules select…")),
            "applyHeading",
            self.tr("Amnesty"),
        )
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.summary = named(QLabel(), "applySummary", self.tr("Who is selected"))
        self.summary.setWordWrap(True)

        self.by_category = CandidateCountsModel(self.tr("Category"), self)
        self.by_facility = CandidateCountsModel(self.tr("Facility"), self)
        counts = QHBoxLayout()
        counts.addWidget(
            _counts_view(self.by_category, "applyByCategory", self.tr("Ticked people by category"))
        )
        counts.addWidget(
            _counts_view(self.by_facility, "applyByFacility", self.tr("Ticked people by facility"))
        )

        self.model = CandidateModel(self)
        self.table = record_table("candidateTable", self.tr("People selected"), self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setObjectName("candidateTableHeader")
        header.setStretchLastSection(True)
        for column, width in enumerate((125, 230, 165, 205, 90, 95)):
            self.table.setColumnWidth(column, width)

        self.tick_all = named(QPushButton(self.tr("Tick &all")), "tickAll", self.tr("Tick all"))
        self.untick_all = named(
            QPushButton(self.tr("&Untick all")), "untickAll", self.tr("Untick all")
        )
        self.ticked_label = named(QLabel(), "tickedCount", self.tr("People ticked"))
        ticks = QHBoxLayout()
        ticks.addWidget(self.ticked_label, 1)
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.untick_all)

        self.form = RecordForm(self)
        self.outcome = outcome_choice(self.tr("— choose an outcome —"))
        self.fraction = QLineEdit("1/2")
        self.decision_date = DateField()
        self.decided_by = QLineEdit()
        options = QHBoxLayout()
        for label, widget, name, object_name in (
            (self.tr("&Outcome"), self.outcome, "outcome", "applyOutcome"),
            (self.tr("Reduced &by"), self.fraction, "fraction", "applyFraction"),
            (self.tr("Decision &date"), self.decision_date, "decision_date", "applyDate"),
            (self.tr("Decided b&y"), self.decided_by, "decided_by", "applyBy"),
        ):
            cell = QFormLayout()
            self.form.add_row(cell, label, widget, name, object_name=object_name)
            options.addLayout(cell)
        self.warning = named(QLabel(), "applyWarning", self.tr("Warning"))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a1c14;")
        self.untick_unsentenced = named(
            QPushButton(self.tr("Untick people without a sentence")),
            "untickUnsentenced",
            self.tr("Untick people without a sentence"),
        )
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.warning, 1)
        warn_row.addWidget(self.untick_unsentenced)
        self.status = named(QLabel(), "applyStatus", self.tr("Outcome of the last attempt"))
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("applyButtons")
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        named(self.apply_button, "applyCommit", self.tr("Apply to the ticked people"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "applyClose", self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(counts)
        layout.addLayout(ticks)
        layout.addWidget(self.table, 1)
        layout.addLayout(options)
        layout.addLayout(warn_row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.form.load(
            {"decision_date": date.today(), "decided_by": database.actor, "fraction": "1/2"}
        )
        self.model.ticks_changed.connect(self._ticks_changed)
        self.form.edited.connect(self._check)
        self.tick_all.clicked.connect(lambda: self.model.set_all(True))
        self.untick_all.clicked.connect(lambda: self.model.set_all(False))
        self.untick_unsentenced.clicked.connect(self._untick_unsentenced)
        self._check()
        self._load()

    # -- loading ---------------------------------------------------------------------------
    def _load(self) -> None:
        database, amnesty_id = self.database, self.amnesty_id

        def done(found: CandidateSet) -> None:
            self.candidates = found
            self.heading.setText(
                "<h3>"
                + _escape(found.amnesty_title)
                + "</h3><p>"
                + _escape(text.describe_criteria(found.criteria))
                + "</p>"
            )
            pending = sum(1 for r in found.rows if r.pending)
            summary = self.tr(
                "%1 people held are selected and have no decision under this amnesty yet."
            ).replace("%1", text.number(len(found.rows)))
            if pending:
                summary += " " + self.tr(
                    "%1 of them have a pending decision, which applying replaces."
                ).replace("%1", text.number(pending))
            summary += " " + (
                self.tr(
                    "%1 people held are left out by the rules: decide for them one at a time, "
                    "with an override. %2 people already have a decision."
                )
                .replace("%1", text.number(found.held_left_out))
                .replace("%2", text.number(found.already_decided))
            )
            self.summary.setText(summary)
            self.model.set_rows(found.rows)
            # The introduction now runs to more lines (more still in Kurdish): the dialog
            # is laid out for them before it says the people are shown, and grows for them
            # where it is short of room.
            make_room(self.summary)
            self.loaded.emit()

        self.tasks.run(
            lambda _ctx: select_candidates(database, amnesty_id=amnesty_id),
            success=done,
            failure=self._failed,
        )

    # -- reviewing -------------------------------------------------------------------------
    def _ticks_changed(self) -> None:
        ticked = self.model.ticked()
        self.by_category.set_counts(category_name(r) for r in ticked)
        self.by_facility.set_counts(facility_name(r) for r in ticked)
        self.ticked_label.setText(
            self.tr("%1 of %2 people ticked")
            .replace("%1", text.number(len(ticked)))
            .replace("%2", text.number(self.model.rowCount()))
        )
        self._check()

    def _unsentenced(self) -> list[int]:
        return [r.detainee_id for r in self.model.ticked() if not r.sentenced]

    def _untick_unsentenced(self) -> None:
        self.model.untick(self._unsentenced())

    def _options(self) -> tuple[dict[str, Any], str | None]:
        v = self.form.values()
        outcome = self.outcome.currentData()
        fraction: Fraction | None = None
        problem = None
        if outcome == Outcome.REDUCED:
            try:
                fraction = parse_fraction(ascii_digits(self.fraction.text()).strip() or "1/2")
            except FractionError as exc:
                problem = fraction_problem(exc)
            else:
                if fraction.denominator > FRACTION_DENOMINATOR_MAX:
                    problem = self.tr("The parts of a reduction are at most %1.").replace(
                        "%1", text.number(FRACTION_DENOMINATOR_MAX)
                    )
                    fraction = None
        return (
            {
                "outcome": outcome,
                "fraction": fraction,
                "decision_date": v["decision_date"],
                "decided_by": v["decided_by"],
            },
            problem,
        )

    def _check(self) -> None:
        options, problem = self._options()
        outcome = options["outcome"]
        self.fraction.setEnabled(outcome == Outcome.REDUCED)
        count = len(self.model.ticked_ids())
        missing = self._unsentenced() if outcome == Outcome.REDUCED else []
        warnings = []
        if problem:
            warnings.append(problem)
        if missing:
            warnings.append(
                self.tr(
                    "%1 ticked people have no sentence recorded and cannot have it reduced."
                ).replace("%1", text.number(len(missing)))
            )
        self.warning.setText(" ".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.untick_unsentenced.setVisible(bool(missing))
        label = labels.outcome(outcome) if outcome else ""
        self.apply_button.setText(
            self.tr("Apply: %1 for %2 people")
            .replace("%1", label)
            .replace("%2", text.number(count))
            if outcome
            else self.tr("Apply")
        )
        self.apply_button.setEnabled(
            bool(outcome) and count > 0 and not missing and not problem and self.progress is None
        )

    # -- committing ------------------------------------------------------------------------
    def apply(self) -> None:
        options, problem = self._options()
        ids = self.model.ticked_ids()
        if problem or not options["outcome"] or not ids:
            return
        label = text.outcome_text(options["outcome"], format_fraction(options["fraction"]))
        title = self.candidates.amnesty_title if self.candidates else ""
        if not messages.confirm(
            self,
            self.tr("Apply amnesty"),
            self.tr(
                "Record “%1” for %2 people under “%3”? It is written in one step; a "
                "decision entered by mistake can be revoked later, one at a time."
            )
            .replace("%1", label)
            .replace("%2", text.number(len(ids)))
            .replace("%3", title),
        ):
            return
        database, amnesty_id = self.database, self.amnesty_id
        chosen = set(ids)
        # what the list showed of each person: refused when it changed since
        reviewed = (
            [r for r in self.candidates.rows if r.detainee_id in chosen]
            if self.candidates
            else None
        )

        def op(ctx: TaskContext) -> BulkResult:
            return apply_bulk(
                database,
                amnesty_id=amnesty_id,
                detainee_ids=ids,
                progress=ctx.progress,
                cancelled=ctx.cancelled,
                reviewed=reviewed,
                **options,
            )

        self.status.setText("")
        self.progress = self.tasks.run_with_progress(
            self,
            self.tr("Recording %1 decisions…").replace("%1", text.number(len(ids))),
            op,
            success=self._applied,
            failure=self._stopped,
        )
        self.progress.setObjectName("applyProgress")
        self._check()

    def _applied(self, result: BulkResult) -> None:
        self.progress = None
        self.result_ = result
        self.applied.emit(result)
        owner = self.parentWidget()
        window = owner.window() if owner is not None else None
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar):
            if result.batch_id is not None:
                message = self.tr(
                    "Proposed %1 decisions under “%2”: they change nothing until a reviewer "
                    "approves them (Waiting for approval)."
                )
            else:
                message = self.tr("Recorded %1 decisions under “%2”.")
            status_bar().showMessage(
                message.replace("%1", text.number(result.decided)).replace(
                    "%2", self.candidates.amnesty_title if self.candidates else ""
                ),
                10_000,
            )
        self.accept()

    def _stopped(self, exc: BaseException) -> None:
        self.progress = None
        self._check()
        if isinstance(exc, Cancelled | BulkCancelled):
            message = self.tr("Cancelled: nothing was written.")
        elif isinstance(exc, ValidationError):
            message = self.tr("Refused, nothing was written: %1").replace("%1", error_text(exc))
            messages.tell_error(self, self.tr("Apply amnesty"), message)
        elif isinstance(exc, CaseTrackerError):
            message = error_text(exc)
            messages.tell_error(self, self.tr("Apply amnesty"), message)
        else:
            raise exc
        self.status.setText(message)
        self.stopped.emit(message)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CaseTrackerError):
            messages.tell_error(self, self.tr("Apply amnesty"), error_text(exc))
            return
        raise exc

    @classmethod
    def ask(
        cls, parent: QWidget | None, database: Database, *, amnesty_id: int
    ) -> BulkResult | None:
        return answer(cls(parent, database, amnesty_id=amnesty_id), lambda d: d.result_)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
