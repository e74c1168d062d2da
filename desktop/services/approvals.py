"""Four-eyes approval: the proposals waiting, and approving or rejecting them.

A proposal changes nothing on the person. A reviewer other than the proposer approves it,
and its effects are applied in the same transaction, computed as when it was proposed (a
release sets the person released, so the facility's live count drops; a reduction sets the
sentence end it computed), provided the person still is as the proposal found them;
otherwise the approval is refused and the proposal should be rejected. Or the reviewer
rejects it with a reason.

Refused (nothing written): approval by the proposer, by someone without the reviewer role,
and of a decision already approved, rejected or revoked. Two reviewers approving the same
proposal at once: the decision row is locked, so exactly one succeeds and the other is told
it is already approved. On PostgreSQL the server's triggers enforce the same rules for any
client (``store.pg_security``).

A proposed "Apply amnesty" batch is approved or rejected as a whole, in one transaction,
from its review (``batch_review``: counts by outcome, the people, the warnings).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    and_,
    func,
    literal,
    select,
    update,
)
from sqlalchemy.orm import Session

from desktop.domain import decision_rules as rules
from desktop.domain.enums import CaseStatus, ChangeAction, Outcome
from desktop.domain.errors import (
    FieldProblem,
    NotFoundError,
    ProposalChanged,
    RuleError,
    ValidationError,
)
from desktop.domain.messages import CASE_STATUS, DECISION_STATE, Msg, Term
from desktop.domain.roles import (
    DecisionState,
    Permission,
    ProposalChange,
    approval_refusal,
    change_since_proposal,
)
from desktop.services.database import Database
from desktop.services.decision_records import (
    DecisionRecord,
    clean,
    decision_record,
    locked_decision,
    writing,
)
from desktop.services.identity import Identity, authorize
from desktop.store.history import history_columns, insert_history, utc_now
from desktop.store.models import Amnesty, AmnestyDecision, Detainee

DECISIONS = cast(Table, AmnestyDecision.__table__)
DETAINEES = cast(Table, Detainee.__table__)
MAX_LISTED = 20

__all__ = [
    "BatchOutcome",
    "BatchReview",
    "PendingRow",
    "ProposalChange",
    "ProposalChanged",
    "approve",
    "approve_batch",
    "batch_review",
    "pending",
    "pending_batches",
    "pending_count",
    "reject",
    "reject_batch",
]


@dataclass(frozen=True)
class PendingRow:
    """One proposal waiting for approval, as the list and ``case-tracker pending`` show it."""

    id: int
    amnesty_id: int
    amnesty_title: str
    detainee_id: int
    case_no: str
    name_latin: str
    outcome: str
    fraction: str | None
    decision_date: date
    proposed_by: str | None
    proposed_at: datetime | None
    batch_id: str | None
    status: str  # the person's status now
    sentence_end_before: date | None
    sentence_end_after: date | None
    mine: bool  # proposed by the current user, who may not approve it

    @property
    def change(self) -> ProposalChange | None:
        """Why approving it now would be refused: how the person changed since the proposal
        (the window words it from this, with ``status`` and ``sentence_end_now``)."""
        return change_since_proposal(
            self.outcome, self.status, self.sentence_end_before, self.sentence_end_now
        )

    @property
    def warning(self) -> str | None:
        """``change`` in the command line's English."""
        change = self.change
        return None if change is None else warning_text(change, self.status, self.sentence_end_now)

    sentence_end_now: date | None = None  # the person's sentence end now
    name_arabic: str | None = None  # the person's name in Arabic script, where recorded


@dataclass(frozen=True)
class BatchReview:
    """A proposed batch ("Apply amnesty"), reviewed as a whole before approval."""

    batch_id: str
    amnesty_id: int
    amnesty_title: str
    proposed_by: str | None
    proposed_at: datetime | None
    counts: dict[str, int]  # by outcome
    people: tuple[PendingRow, ...]
    warnings: tuple[str, ...]  # one per person who changed since the proposal

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class BatchOutcome:
    batch_id: str
    state: str  # approved or rejected
    decisions: int
    released: int
    reduced: int
    seconds: float


def warning_text(change: ProposalChange, status: str, end_now: date | None) -> Msg:
    """A change since the proposal, after "the person" or "case N:"."""
    if change == ProposalChange.NO_LONGER_HELD:
        return Msg(
            "is now {status}, no longer held as when the release was proposed",
            status=Term(CASE_STATUS, status),
        )
    if end_now is None:
        return Msg("the sentence end is now not recorded, not as when the reduction was proposed")
    return Msg(
        "the sentence end is now {date}, not as when the reduction was proposed", date=end_now
    )


def _pending_query(amnesty_id: int | None = None, batch_id: str | None = None) -> Any:
    d = AmnestyDecision
    query = (
        select(
            d.id,
            d.amnesty_id,
            Amnesty.title,
            d.detainee_id,
            Detainee.case_no,
            Detainee.name_latin,
            Detainee.name_arabic,
            d.outcome,
            d.fraction_num,
            d.fraction_den,
            d.decision_date,
            d.proposed_by,
            d.proposed_at,
            d.batch_id,
            Detainee.status,
            d.sentence_end_before,
            d.sentence_end_after,
            Detainee.sentence_end,
        )
        .join(Amnesty, Amnesty.id == d.amnesty_id)
        .join(Detainee, Detainee.id == d.detainee_id)
        .where(d.state == DecisionState.PROPOSED.value, d.revoked_at.is_(None))
        .order_by(d.id)
    )
    if amnesty_id is not None:
        query = query.where(d.amnesty_id == amnesty_id)
    if batch_id is not None:
        query = query.where(d.batch_id == batch_id)
    return query


def _row(r: Any, login: str) -> PendingRow:
    return PendingRow(
        id=r.id,
        amnesty_id=r.amnesty_id,
        amnesty_title=r.title,
        detainee_id=r.detainee_id,
        case_no=r.case_no,
        name_latin=r.name_latin,
        outcome=r.outcome,
        fraction=f"{r.fraction_num}/{r.fraction_den}" if r.fraction_num else None,
        decision_date=r.decision_date,
        proposed_by=r.proposed_by,
        proposed_at=r.proposed_at,
        batch_id=r.batch_id,
        status=r.status,
        sentence_end_before=r.sentence_end_before,
        sentence_end_after=r.sentence_end_after,
        mine=r.proposed_by == login,
        sentence_end_now=r.sentence_end,
        name_arabic=r.name_arabic,
    )


def pending(database: Database, amnesty_id: int | None = None) -> list[PendingRow]:
    """Every proposal waiting for approval (under one amnesty, if given), oldest first.
    The proposer's own proposals are listed too (``mine``): they cannot approve them."""
    login = database.identity.login
    with database.read() as s:
        return [_row(r, login) for r in s.execute(_pending_query(amnesty_id))]


def pending_count(database: Database) -> int:
    """How many proposals wait for approval (for the navigation's badge)."""
    d = AmnestyDecision
    with database.read() as s:
        return int(
            s.scalar(
                select(func.count()).where(
                    d.state == DecisionState.PROPOSED.value, d.revoked_at.is_(None)
                )
            )
            or 0
        )


def _check_may_review(
    s: Session, database: Database, decision_id: int
) -> tuple[Identity, AmnestyDecision, Detainee, str]:
    identity = authorize(
        s,
        database,
        Permission.APPROVE,
        record=Msg("decision {decision_id}", decision_id=decision_id),
    )
    decision, person, label = locked_decision(s, decision_id)
    refusal = approval_refusal(
        role=identity.role,
        login=identity.login,
        proposer=decision.proposed_by,
        state=decision.state,
        revoked=decision.revoked_at is not None,
        record=label,
    )
    if refusal is not None:
        raise refusal
    return identity, decision, person, label


def _fraction(num: int | None, den: int | None) -> Fraction | None:
    return Fraction(num, den) if num and den else None


def _unfounded(decision: Any, person: Any) -> str | None:
    """Why the effect the proposal would apply is not the rules' for the person now:
    ``decision`` has the decision's columns, ``person`` the person's (a batch's joined row
    is both)."""
    return rules.unfounded_effect(
        decision.outcome,
        _fraction(decision.fraction_num, decision.fraction_den),
        status_before=decision.status_before,
        sentence_end_after=decision.sentence_end_after,
        status=person.status,
        sentence=rules.Sentence(person.sentence_months, person.sentence_start, person.sentence_end),
    )


def approve(database: Database, decision_id: int, note: str | None = None) -> DecisionRecord:
    """Approve one proposal and apply its effects in the same transaction. Refused
    (PermissionDenied or RuleError naming the rule; nothing written) for the proposer,
    without the reviewer role, for a decision that is not a proposal, and when the person
    changed since the proposal in a way that makes its effect wrong."""
    with writing(database, "the approval") as s:
        identity, decision, person, label = _check_may_review(s, database, decision_id)
        change = change_since_proposal(
            decision.outcome, person.status, decision.sentence_end_before, person.sentence_end
        )
        if change is not None:
            problem = warning_text(change, person.status, person.sentence_end)
            raise ProposalChanged(
                Msg("the person {problem}; reject the proposal instead", problem=problem),
                change=change,
                status=person.status,
                sentence_end=person.sentence_end,
                record=label,
            )
        fault = _unfounded(decision, person)
        if fault is not None:
            raise RuleError(Msg("{fault}; reject the proposal instead", fault=fault), record=label)
        if decision.outcome == Outcome.RELEASED:
            person.status = CaseStatus.RELEASED.value
        elif decision.outcome == Outcome.REDUCED:
            person.sentence_end = decision.sentence_end_after
        decision.state = DecisionState.APPROVED.value
        decision.approved_by = identity.login
        decision.approved_at = utc_now().replace(microsecond=0)
        decision.approval_note = clean(note)
        s.flush()
        title = s.get_one(Amnesty, decision.amnesty_id).title
        return decision_record(decision, title, person.case_no)


def reject(database: Database, decision_id: int, reason: str) -> DecisionRecord:
    """Reject one proposal with a reason; it changes nothing on the person and no longer
    stands in the way of another decision. Refused as ``approve`` is."""
    if not clean(reason):
        raise ValidationError(
            [FieldProblem("reason", Msg("a rejection needs a reason"))],
            record=Msg("decision {decision_id}", decision_id=decision_id),
        )
    with writing(database, "the rejection") as s:
        identity, decision, person, _ = _check_may_review(s, database, decision_id)
        decision.state = DecisionState.REJECTED.value
        decision.rejected_by = identity.login
        decision.rejected_at = utc_now().replace(microsecond=0)
        decision.rejection_reason = clean(reason)
        s.flush()
        title = s.get_one(Amnesty, decision.amnesty_id).title
        return decision_record(decision, title, person.case_no)


# --- batches ------------------------------------------------------------------------------


def pending_batches(database: Database, amnesty_id: int | None = None) -> list[BatchReview]:
    """The proposed batches waiting for approval, each with its review."""
    d = AmnestyDecision
    with database.read() as s:
        query = (
            select(d.batch_id)
            .where(
                d.state == DecisionState.PROPOSED.value,
                d.revoked_at.is_(None),
                d.batch_id.is_not(None),
            )
            .group_by(d.batch_id)
            .order_by(func.min(d.id))
        )
        if amnesty_id is not None:
            query = query.where(d.amnesty_id == amnesty_id)
        ids = [str(b) for b in s.scalars(query)]
    return [batch_review(database, b) for b in ids]


def batch_review(database: Database, batch_id: str) -> BatchReview:
    """What approving the batch would do: counts by outcome, the people, the warnings."""
    login = database.identity.login
    with database.read() as s:
        rows = [_row(r, login) for r in s.execute(_pending_query(batch_id=batch_id))]
    if not rows:
        raise NotFoundError("proposed batch", batch_id)
    warnings = tuple(
        Msg("case {case_no}: {warning}", case_no=r.case_no, warning=r.warning)
        for r in rows
        if r.warning
    )
    first = rows[0]
    return BatchReview(
        batch_id=batch_id,
        amnesty_id=first.amnesty_id,
        amnesty_title=first.amnesty_title,
        proposed_by=first.proposed_by,
        proposed_at=first.proposed_at,
        counts=dict(Counter(r.outcome for r in rows)),
        people=tuple(rows),
        warnings=warnings,
    )


def _batch_rows(s: Session, batch_id: str) -> list[Any]:
    d = DECISIONS.c
    p = DETAINEES.c
    query = (
        select(
            d.id,
            d.detainee_id,
            d.outcome,
            d.proposed_by,
            d.sentence_end_before,
            d.sentence_end_after,
            d.fraction_num,
            d.fraction_den,
            d.status_before,
            p.case_no,
            p.status,
            p.sentence_months,
            p.sentence_start,
            p.sentence_end,
        )
        .join(DETAINEES, p.id == d.detainee_id)
        .where(d.batch_id == batch_id, d.state == DecisionState.PROPOSED.value)
        .where(d.revoked_at.is_(None))
        .order_by(d.id)
        .with_for_update()
    )
    return list(s.connection().execute(query).all())  # Core rows, fetched at once


def _check_batch(s: Session, database: Database, batch_id: str) -> tuple[Identity, list[Any]]:
    label = Msg("proposed batch {batch_id}", batch_id=batch_id)
    identity = authorize(s, database, Permission.APPROVE, record=label)
    rows = _batch_rows(s, batch_id)
    if not rows:
        d = AmnestyDecision
        state = s.scalar(select(d.state).where(d.batch_id == batch_id).limit(1))
        if state is None:
            raise NotFoundError("proposed batch", batch_id)
        raise RuleError(
            Msg(
                "the batch is already {state}; only proposals can be approved or rejected",
                state=Term(DECISION_STATE, state),
            ),
            record=label,
        )
    for proposer in sorted({r.proposed_by for r in rows if r.proposed_by is not None}):
        refusal = approval_refusal(
            role=identity.role,
            login=identity.login,
            proposer=proposer,
            state=DecisionState.PROPOSED.value,
            revoked=False,
            record=label,
        )
        if refusal is not None:
            raise refusal
    return identity, rows


def _iso_text(conn: Connection) -> Callable[[Any], Any]:
    """A date column as the history writes dates (ISO, as ``date.isoformat``)."""
    if conn.dialect.name == "postgresql":
        return lambda column: func.to_char(column, "YYYY-MM-DD")
    return lambda column: column  # SQLite keeps dates as ISO text


def _log_state_change(
    conn: Connection, now: datetime, who: str, in_batch: Any, state: DecisionState
) -> None:
    """One history row per proposal of the batch: its state from proposed to ``state``."""
    d = DECISIONS.c
    insert_history(
        conn,
        select(
            *history_columns(
                now,
                who,
                "amnesty_decision",
                d.id,
                ChangeAction.UPDATE,
                "state",
                literal(DecisionState.PROPOSED.value),
                literal(state.value),
            )
        )
        .where(in_batch)
        .order_by(d.id),
    )


def approve_batch(database: Database, batch_id: str, note: str | None = None) -> BatchOutcome:
    """Approve every proposal of the batch and apply their effects, in one transaction with
    set-wise statements. Refused as a whole (nothing written, every changed person named)
    when any person changed since the proposal, and as ``approve`` is otherwise."""
    started = time.perf_counter()
    with writing(database, "the approval") as s:
        identity, rows = _check_batch(s, database, batch_id)
        problems = [
            FieldProblem("detainee", warning_text(change, r.status, r.sentence_end), r.case_no)
            for r in rows
            if (
                change := change_since_proposal(
                    r.outcome, r.status, r.sentence_end_before, r.sentence_end
                )
            )
        ] or [
            FieldProblem("detainee", fault, r.case_no) for r in rows if (fault := _unfounded(r, r))
        ]
        if problems:
            shown = problems[:MAX_LISTED]
            if len(problems) > MAX_LISTED:
                shown.append(
                    FieldProblem(
                        "detainee", Msg("and {count} more", count=len(problems) - MAX_LISTED)
                    )
                )
            raise ValidationError(shown, record=Msg("proposed batch {batch_id}", batch_id=batch_id))
        now = utc_now().replace(microsecond=0)
        conn = s.connection()
        d, p = DECISIONS.c, DETAINEES.c
        in_batch = and_(
            d.batch_id == batch_id,
            d.state == DecisionState.PROPOSED.value,
            d.revoked_at.is_(None),
        )
        released = sum(1 for r in rows if r.outcome == Outcome.RELEASED)
        reduced = sum(1 for r in rows if r.outcome == Outcome.REDUCED)
        # Set-wise, each a statement: the history first (it reads the decisions while they
        # are proposals), then the people, then the decisions. The check above found every
        # person as the proposal did (held; the sentence end it recorded), and the rows are
        # locked, so the history's "before" is the proposal's.
        _log_state_change(conn, now, identity.who, in_batch, DecisionState.APPROVED)
        releasing = and_(in_batch, d.outcome == Outcome.RELEASED.value)
        reducing = and_(in_batch, d.outcome == Outcome.REDUCED.value)
        if released:
            insert_history(
                conn,
                select(
                    *history_columns(
                        now,
                        identity.who,
                        "detainee",
                        d.detainee_id,
                        ChangeAction.UPDATE,
                        "status",
                        literal(CaseStatus.HELD.value),
                        literal(CaseStatus.RELEASED.value),
                    )
                )
                .where(releasing)
                .order_by(d.id),
            )
            conn.execute(
                update(DETAINEES)
                .where(
                    p.id.in_(select(d.detainee_id).where(releasing)),
                    p.status == CaseStatus.HELD.value,
                )
                .values(status=CaseStatus.RELEASED.value, version=p.version + 1)
            )
        if reduced:
            iso = _iso_text(conn)
            insert_history(
                conn,
                select(
                    *history_columns(
                        now,
                        identity.who,
                        "detainee",
                        d.detainee_id,
                        ChangeAction.UPDATE,
                        "sentence_end",
                        iso(d.sentence_end_before),
                        iso(d.sentence_end_after),
                    )
                )
                .where(reducing)
                .order_by(d.id),
            )
            conn.execute(
                update(DETAINEES)
                .where(p.id == d.detainee_id, reducing)
                .values(sentence_end=d.sentence_end_after, version=p.version + 1)
            )
        conn.execute(
            update(DECISIONS)
            .where(in_batch)
            .values(
                state=DecisionState.APPROVED.value,
                approved_by=identity.login,
                approved_at=now,
                approval_note=clean(note),
                version=d.version + 1,
            )
        )
    return BatchOutcome(
        batch_id=batch_id,
        state=DecisionState.APPROVED.value,
        decisions=len(rows),
        released=released,
        reduced=reduced,
        seconds=time.perf_counter() - started,
    )


def reject_batch(database: Database, batch_id: str, reason: str) -> BatchOutcome:
    """Reject every proposal of the batch with one reason, in one transaction."""
    started = time.perf_counter()
    if not clean(reason):
        raise ValidationError(
            [FieldProblem("reason", Msg("a rejection needs a reason"))],
            record=Msg("proposed batch {batch_id}", batch_id=batch_id),
        )
    with writing(database, "the rejection") as s:
        identity, rows = _check_batch(s, database, batch_id)
        now = utc_now().replace(microsecond=0)
        d = DECISIONS.c
        conn = s.connection()
        in_batch = and_(
            d.batch_id == batch_id,
            d.state == DecisionState.PROPOSED.value,
            d.revoked_at.is_(None),
        )
        _log_state_change(conn, now, identity.who, in_batch, DecisionState.REJECTED)
        conn.execute(
            update(DECISIONS)
            .where(in_batch)
            .values(
                state=DecisionState.REJECTED.value,
                rejected_by=identity.login,
                rejected_at=now,
                rejection_reason=clean(reason),
                version=d.version + 1,
            )
        )
    return BatchOutcome(
        batch_id=batch_id,
        state=DecisionState.REJECTED.value,
        decisions=len(rows),
        released=0,
        reduced=0,
        seconds=time.perf_counter() - started,
    )
