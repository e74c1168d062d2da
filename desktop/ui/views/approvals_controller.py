"""Behaviour of the Waiting for approval page: loading the proposals off the GUI thread,
showing the chosen one, and approving or rejecting it (a batch as a whole) through the
services, which apply the effects in the same transaction and refuse what the rules
forbid (your own proposal, no reviewer role, a proposal already decided)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.roles import Permission
from desktop.reports import labels
from desktop.services import approvals
from desktop.services.approvals import BatchOutcome, BatchReview, PendingRow
from desktop.services.decision_records import DecisionRecord
from desktop.ui import script
from desktop.ui.changes import Kind
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.review import ReviewDialog
from desktop.ui.host import WindowHost
from desktop.ui.models import amnesty_text as text
from desktop.ui.models.proposal_table import Proposal, outcome_counts
from desktop.ui.permissions import role_name
from desktop.ui.problem_text import error_text
from desktop.ui.refusals import proposal_change_text, refusal_text
from desktop.ui.script import isolate
from desktop.ui.tasks import Cancelled, TaskContext
from desktop.ui.views.protocols import ApprovalsListView

SHOWN_PEOPLE = 50
SHOWN_WARNINGS = 20
# What an approval or a rejection may change on the other pages.
TOUCHES = Kind.DECISIONS | Kind.CASES | Kind.FACILITIES


def tr(source: str) -> str:
    return QCoreApplication.translate("ApprovalsController", source)


@dataclass(frozen=True)
class Loaded:
    proposals: list[Proposal]


def load_proposals(database: Any) -> Loaded:
    """Every proposal waiting, batches first (oldest first), then single proposals."""
    batches = approvals.pending_batches(database)
    singles = [p for p in approvals.pending(database) if p.batch_id is None]
    rows = [Proposal(batch=b) for b in batches] + [Proposal(single=p) for p in singles]
    return Loaded(rows)


class ApprovalsController(QObject):
    """Talks to its page through ``ApprovalsListView`` and to the window through
    ``WindowHost``; ``parent`` is the page as the widget its dialogs open over."""

    ready = Signal()  # the proposals are shown

    def __init__(self, view: ApprovalsListView, host: WindowHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.parent_widget = parent
        self.window = host
        self.database = host.database
        self._ready = False
        self._loading = False
        self._again = False
        self._chosen: str | None = None
        view.list.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show()
        )
        view.approve_button.clicked.connect(lambda: self.review(reject=False))
        view.reject_button.clicked.connect(lambda: self.review(reject=True))
        view.open_case_button.clicked.connect(self._open_case)
        self.load()

    # -- loading ---------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return self._ready and not self._loading

    def load(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        database = self.database
        self.window.tasks.run(
            lambda _ctx: load_proposals(database), success=self._loaded, failure=self._failed
        )

    def _loaded(self, loaded: Loaded) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.load()
            return
        view = self.view
        keep = self._chosen
        view.model.set_rows(loaded.proposals)
        waiting = view.model.waiting()
        identity = self.database.identity
        if waiting:
            heading = tr("%1 decisions wait for approval.").replace("%1", text.number(waiting))
        else:
            heading = tr("No decision waits for approval.")
        heading += " " + tr("You are %1, with the %2 role.").replace("%1", identity.login).replace(
            "%2", role_name(identity.role)
        )
        if not identity.may(Permission.APPROVE):
            heading += " " + tr("Only a reviewer or an administrator may approve or reject.")
        view.heading.setText(heading)
        row = view.model.row_for(keep)
        if row is None and view.model.rowCount() > 0:
            row = 0
        if row is not None:
            view.list.selectionModel().setCurrentIndex(
                view.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show()
        self.window.show_waiting_count(waiting)
        self._ready = True
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self._ready = True
        messages.tell_error(self.parent_widget, tr("Waiting for approval"), error_text(exc))

    # -- the chosen proposal ---------------------------------------------------------------
    def current(self) -> Proposal | None:
        index = self.view.list.currentIndex()
        return self.view.model.record(index.row()) if index.isValid() else None

    def _show(self) -> None:
        proposal = self.current()
        view = self.view
        self._chosen = proposal.key if proposal is not None else None
        if proposal is None:
            view.detail.setText(tr("Choose a proposal to see what approving it would do."))
        elif proposal.batch is not None:
            view.detail.setText(batch_html(proposal.batch))
        else:
            assert proposal.single is not None
            view.detail.setText(single_html(proposal.single))
        mine = proposal is not None and proposal.mine
        for button in (view.approve_button, view.reject_button):
            button.setEnabled(proposal is not None and not mine)
            if not button.property("roleLocked"):
                button.setToolTip(
                    tr("Decisions you proposed must be approved by another reviewer.")
                    if mine
                    else ""
                )
        view.open_case_button.setEnabled(proposal is not None and proposal.single is not None)

    def _open_case(self) -> None:
        proposal = self.current()
        if proposal is not None and proposal.single is not None:
            self.window.open_case(proposal.single.detainee_id)

    # -- approving and rejecting ------------------------------------------------------------
    def review(self, *, reject: bool) -> None:
        proposal = self.current()
        if proposal is None:
            return
        summary = summary_text(proposal)
        answer = ReviewDialog.ask(self.parent_widget, summary=summary, reject=reject)
        if answer is None:
            return
        database = self.database
        if proposal.batch is not None:
            batch_id = proposal.batch.batch_id

            def batch_op(_ctx: TaskContext) -> BatchOutcome:
                if reject:
                    return approvals.reject_batch(database, batch_id, answer)
                return approvals.approve_batch(database, batch_id, answer or None)

            title = (
                tr("Rejecting %1 proposals…") if reject else tr("Approving %1 proposals…")
            ).replace("%1", text.number(proposal.size))
            self.window.tasks.run_with_progress(
                self.parent_widget, title, batch_op, success=self._batch_done, failure=self._refused
            )
            return
        assert proposal.single is not None
        decision_id = proposal.single.id

        def op(_ctx: TaskContext) -> DecisionRecord:
            if reject:
                return approvals.reject(database, decision_id, answer)
            return approvals.approve(database, decision_id, answer or None)

        self.window.tasks.run(op, success=self._single_done, failure=self._refused)

    def _single_done(self, record: DecisionRecord) -> None:
        if record.state == "approved":
            message = tr("Approved decision %1 (case %2): it is in force.")
        else:
            message = tr("Rejected decision %1 (case %2): nothing changed on the person.")
        self.window.statusBar().showMessage(
            message.replace("%1", script.record_number(record.id)).replace("%2", record.case_no),
            10_000,
        )
        self.window.announce(TOUCHES)

    def _batch_done(self, outcome: BatchOutcome) -> None:
        if outcome.state == "approved":
            message = tr("Approved %1 decisions: %2 released, %3 sentences reduced.")
        else:
            message = tr("Rejected %1 proposed decisions: nothing changed on the people.")
        self.window.statusBar().showMessage(
            message.replace("%1", text.number(outcome.decisions))
            .replace("%2", text.number(outcome.released))
            .replace("%3", text.number(outcome.reduced)),
            10_000,
        )
        self.window.announce(TOUCHES)

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            messages.tell_error(
                self.parent_widget, tr("Not approved or rejected"), refusal_text(exc)
            )
        self.load()


def _when(p: PendingRow | BatchReview) -> str:
    at = p.proposed_at
    return script.digits(at.strftime("%Y-%m-%d %H:%M")) + " UTC" if at else "—"


def summary_text(proposal: Proposal) -> str:
    """One paragraph naming what is to be approved or rejected."""
    if proposal.batch is not None:
        b = proposal.batch
        return (
            tr("“Apply amnesty” under “%1”, proposed by %2: %3 people (%4).")
            .replace("%1", b.amnesty_title)
            .replace("%2", b.proposed_by or "—")
            .replace("%3", text.number(b.total))
            .replace("%4", outcome_counts(b.counts))
        )
    assert proposal.single is not None
    p = proposal.single
    return (
        tr("Decision %1 under “%2” for case %3 (%4), proposed by %5: %6.")
        .replace("%1", script.record_number(p.id))
        .replace("%2", p.amnesty_title)
        .replace("%3", p.case_no)
        .replace("%4", isolate(script.person_name(p.name_latin, p.name_arabic)))
        .replace("%5", p.proposed_by or "—")
        .replace("%6", text.outcome_text(p.outcome, p.fraction))
    )


def warning_text(p: PendingRow) -> str | None:
    """Why approving would be refused now (the person changed since the proposal), in the
    interface's words; None when nothing stands in the way."""
    change = p.change
    if change is None:
        return None
    return proposal_change_text(change, status=p.status, sentence_end=text.day(p.sentence_end_now))


def _effect(p: PendingRow) -> str:
    if p.outcome == "released":
        return tr("Approving releases the person: their status becomes released.")
    if p.outcome == "reduced":
        return (
            tr("Approving moves the sentence end from %1 to %2.")
            .replace("%1", text.day(p.sentence_end_before))
            .replace("%2", text.day(p.sentence_end_after))
        )
    return tr("Approving changes nothing on the person.")


def single_html(p: PendingRow) -> str:
    rows = [
        (tr("Case"), text.person_label(p.case_no, p.name_latin, p.name_arabic)),
        (tr("Amnesty"), p.amnesty_title),
        (tr("Outcome"), text.outcome_text(p.outcome, p.fraction)),
        (tr("Decision date"), text.day(p.decision_date)),
        (tr("Status now"), labels.case_status(p.status)),
        (tr("Proposed by"), p.proposed_by or "—"),
        (tr("Proposed at"), _when(p)),
    ]
    html = "<table cellspacing='4'>" + "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows
    )
    html += "</table>"
    html += f"<p>{escape(_effect(p))}</p>"
    warning = warning_text(p)
    if warning:
        html += "<p style='color:#b00020'>" + escape(warning) + "</p>"
    if p.mine:
        html += (
            "<p><i>"
            + escape(tr("You proposed this; another reviewer must approve it."))
            + "</i></p>"
        )
    return html


def batch_html(b: BatchReview) -> str:
    html = "<p><b>" + escape(summary_text(Proposal(batch=b))) + "</b></p>"
    html += "<p>" + escape(tr("Proposed at %1.").replace("%1", _when(b))) + "</p>"
    changed = [(p, w) for p in b.people if (w := warning_text(p))]
    if changed:
        html += (
            "<p style='color:#b00020'>"
            + escape(
                tr(
                    "%1 people changed since the proposal; approval is refused until the batch "
                    "is rejected and proposed again:"
                ).replace("%1", text.number(len(changed)))
            )
            + "</p><ul>"
            + "".join(
                f"<li>{escape(p.case_no)}: {escape(w)}</li>" for p, w in changed[:SHOWN_WARNINGS]
            )
            + "</ul>"
        )
    html += "<p>" + escape(tr("The people:")) + "</p><ul>"
    for p in b.people[:SHOWN_PEOPLE]:
        line = f"{text.person_label(p.case_no, p.name_latin, p.name_arabic)} — {text.outcome_text(p.outcome, p.fraction)}"
        html += f"<li>{escape(line)}</li>"
    html += "</ul>"
    if len(b.people) > SHOWN_PEOPLE:
        html += (
            "<p>"
            + escape(tr("and %1 more").replace("%1", text.number(len(b.people) - SHOWN_PEOPLE)))
            + "</p>"
        )
    if any(p.mine for p in b.people[:1]):
        html += (
            "<p><i>"
            + escape(tr("You proposed this batch; another reviewer must approve it."))
            + "</i></p>"
        )
    return html
