"""Plain records of amnesty decisions, shared by the decision, revocation and bulk services."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.domain.errors import DatabaseError, NotFoundError
from desktop.domain.messages import OUTCOME, Msg, Term
from desktop.services.database import Database
from desktop.store.models import AmnestyDecision, Detainee


@dataclass(frozen=True)
class DecisionRecord:
    """One decision as the window and the command line show it."""

    id: int
    amnesty_id: int
    amnesty_title: str
    outcome: str
    fraction: str | None  # "1/2", or None when the outcome is not a reduction
    decision_date: date
    decided_by: str | None
    guarantor: str | None
    conditions: str | None
    notes: str | None
    override_reason: str | None
    sentence_end_before: date | None
    sentence_end_after: date | None
    revoked_at: datetime | None  # UTC
    revoked_by: str | None
    revoked_reason: str | None
    detainee_id: int = 0
    case_no: str = ""
    status_before: str | None = None
    synthetic: bool = False
    state: str = "approved"  # proposed, approved or rejected (see domain.roles.DecisionState)
    proposed_by: str | None = None  # the login that recorded it
    proposed_at: datetime | None = None  # UTC
    approved_by: str | None = None
    approved_at: datetime | None = None
    approval_note: str | None = None
    rejected_by: str | None = None
    rejected_at: datetime | None = None
    rejection_reason: str | None = None
    revised_by: str | None = None
    revised_at: datetime | None = None
    batch_id: str | None = None
    before_approval: bool = False  # recorded before approval was required

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def proposed(self) -> bool:
        """Waiting for approval: it has changed nothing yet."""
        return self.state == "proposed" and not self.revoked

    @property
    def in_force(self) -> bool:
        """Approved (or needing no approval) and not revoked."""
        return self.state == "approved" and not self.revoked


def locked_decision(s: Session, decision_id: int) -> tuple[AmnestyDecision, Detainee, str]:
    """A decision and its person, locked until the transaction ends (approving, rejecting
    or revoking), with the words that name the decision in a refusal."""
    decision = s.get(AmnestyDecision, decision_id, with_for_update=True)
    if decision is None:
        raise NotFoundError("decision", decision_id)
    person = s.get_one(Detainee, decision.detainee_id, with_for_update=True)
    label = Msg(
        "decision {id} ({outcome}, case {case_no})",
        id=decision.id,
        outcome=Term(OUTCOME, decision.outcome),
        case_no=person.case_no,
    )
    return decision, person, label


def clean(text: str | None) -> str | None:
    """Typed text with surrounding blanks removed; None when nothing is left."""
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None


def decision_record(d: AmnestyDecision, amnesty_title: str, case_no: str = "") -> DecisionRecord:
    fraction = f"{d.fraction_num}/{d.fraction_den}" if d.fraction_num and d.fraction_den else None
    return DecisionRecord(
        id=d.id,
        amnesty_id=d.amnesty_id,
        amnesty_title=amnesty_title,
        outcome=d.outcome,
        fraction=fraction,
        decision_date=d.decision_date,
        decided_by=d.decided_by,
        guarantor=d.guarantor,
        conditions=d.conditions,
        notes=d.notes,
        override_reason=d.override_reason,
        sentence_end_before=d.sentence_end_before,
        sentence_end_after=d.sentence_end_after,
        revoked_at=d.revoked_at,
        revoked_by=d.revoked_by,
        revoked_reason=d.revoked_reason,
        detainee_id=d.detainee_id,
        case_no=case_no,
        status_before=d.status_before,
        synthetic=bool(d.synthetic),
        state=d.state,
        proposed_by=d.proposed_by,
        proposed_at=d.proposed_at,
        approved_by=d.approved_by,
        approved_at=d.approved_at,
        approval_note=d.approval_note,
        rejected_by=d.rejected_by,
        rejected_at=d.rejected_at,
        rejection_reason=d.rejection_reason,
        revised_by=d.revised_by,
        revised_at=d.revised_at,
        batch_id=d.batch_id,
        before_approval=bool(d.before_approval),
    )


@contextmanager
def writing(database: Database, what: str) -> Iterator[Session]:
    """``database.session()`` for a decision: when the database refuses the write (locked by
    another writer, someone wrote since this transaction read, disk full), say so as a
    DatabaseError; the transaction is rolled back, nothing is written."""
    try:
        with database.session(what) as session:
            yield session
    except OperationalError as exc:
        reason = str(exc.orig) if exc.orig is not None else type(exc).__name__
        raise DatabaseError(
            Msg(
                "{what} was not recorded: the database refused the write ({reason}); nothing was written. Try again; if it repeats, someone else may be writing to it.",
                what=what,
                reason=reason,
            )
        ) from None
