"""The decisions taken under one amnesty, newest first, for the amnesty page's list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.services.database import Database
from desktop.store.models import AmnestyDecision, Detainee

DEFAULT_LIMIT = 5000


@dataclass(frozen=True)
class AmnestyDecisionRow:
    id: int
    detainee_id: int
    case_no: str
    name: str
    outcome: str
    fraction: str | None
    decision_date: date
    decided_by: str | None
    override_reason: str | None
    revoked: bool
    revoked_by: str | None
    synthetic: bool
    name_arabic: str | None = None  # the person's name in Arabic script, where recorded
    imported_revoked_by: str | None = None  # who revoked it, as an imported list says


@dataclass(frozen=True)
class AmnestyDecisionPage:
    total: int  # every decision under the amnesty, revoked ones included
    rows: tuple[AmnestyDecisionRow, ...]  # the newest ``limit`` of them


def decisions_for_amnesty(
    database: Database, *, amnesty_id: int, limit: int = DEFAULT_LIMIT
) -> AmnestyDecisionPage:
    d = AmnestyDecision
    with database.read() as s:
        total = s.scalar(select(func.count()).where(d.amnesty_id == amnesty_id)) or 0
        query = (
            select(
                d.id,
                d.detainee_id,
                Detainee.case_no,
                Detainee.name_latin,
                Detainee.name_arabic,
                d.outcome,
                d.fraction_num,
                d.fraction_den,
                d.decision_date,
                d.decided_by,
                d.override_reason,
                d.revoked_at,
                d.revoked_by,
                d.synthetic,
                d.imported_revoked_by,
            )
            .join(Detainee, Detainee.id == d.detainee_id)
            .where(d.amnesty_id == amnesty_id)
            .order_by(d.id.desc())
            .limit(limit)
        )
        rows = tuple(
            AmnestyDecisionRow(
                id=r.id,
                detainee_id=r.detainee_id,
                case_no=r.case_no,
                name=r.name_latin,
                outcome=r.outcome,
                fraction=f"{r.fraction_num}/{r.fraction_den}" if r.fraction_num else None,
                decision_date=r.decision_date,
                decided_by=r.decided_by,
                override_reason=r.override_reason,
                revoked=r.revoked_at is not None,
                revoked_by=r.revoked_by,
                synthetic=bool(r.synthetic),
                name_arabic=r.name_arabic,
                imported_revoked_by=r.imported_revoked_by,
            )
            for r in s.execute(query)
        )
    return AmnestyDecisionPage(int(total), rows)
