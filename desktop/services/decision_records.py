"""Plain records of amnesty decisions, shared by the decision, revocation and bulk services."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.domain.errors import DatabaseError
from desktop.services.database import Database
from desktop.store.models import AmnestyDecision


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

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


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
    )


@contextmanager
def writing(database: Database, what: str) -> Iterator[Session]:
    """``database.session()`` for a decision: when the database refuses the write (locked by
    another writer, someone wrote since this transaction read, disk full), say so as a
    DatabaseError; the transaction is rolled back, nothing is written."""
    try:
        with database.session() as session:
            yield session
    except OperationalError as exc:
        reason = str(exc.orig) if exc.orig is not None else type(exc).__name__
        raise DatabaseError(
            f"{what} was not recorded: the database refused the write ({reason}); nothing "
            "was written. Try again; if it repeats, someone else may be writing to it."
        ) from None
