"""Queries about amnesties shared by the amnesty page, the services and the reports:
outcomes counted from individual decisions, the reported totals beside them, and outcomes
broken down by category and facility.

Counting rules: a revoked decision counts for nothing; a reduction is counted per fraction
(a half and a third are different outcomes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Exists, and_, exists, func, select
from sqlalchemy.orm import Session

from desktop.domain.numbers import record_id
from desktop.store.models import (
    Amnesty,
    AmnestyDecision,
    Category,
    Detainee,
    Facility,
    ReportedTotal,
    Source,
)


@dataclass(frozen=True)
class OutcomeCount:
    outcome: str
    fraction_num: int | None
    fraction_den: int | None
    count: int
    synthetic: int  # how many of them are synthetic (demo) records


@dataclass(frozen=True)
class DecisionCount:
    """Standing decisions under one amnesty, for one group."""

    outcome: str
    fraction: tuple[int, int] | None
    category_id: int | None
    facility_id: int | None
    synthetic: bool
    count: int


@dataclass(frozen=True)
class ReportedFigure:
    id: int
    code: str
    label: str
    metric: str
    value: int
    precision: str
    as_of: date
    as_of_precision: str
    fraction_num: int | None
    fraction_den: int | None
    source: str
    source_publisher: str | None
    note: str | None


@dataclass(frozen=True)
class BreakdownRow:
    """Outcomes of one amnesty for one category and facility (names may be unknown)."""

    category: str | None
    facility: str | None
    outcome: str
    fraction_num: int | None
    fraction_den: int | None
    count: int


def decision_counts(
    session: Session, amnesty_id: int, facility_ids: list[int] | None = None
) -> list[DecisionCount]:
    """Decisions in force (approved, not revoked) under the amnesty counted by outcome (and fraction), the person's
    category and facility, and whether the record is synthetic (the decision or the
    person); optionally only for people in ``facility_ids``. The one counting query: the
    reconciliation and the reports both add these up."""
    d = AmnestyDecision
    synthetic = d.synthetic | Detainee.synthetic
    query = (
        select(
            d.outcome,
            d.fraction_num,
            d.fraction_den,
            Detainee.category_id,
            Detainee.facility_id,
            synthetic,
            func.count(),
        )
        .join(Detainee, Detainee.id == d.detainee_id)
        .where(d.amnesty_id == amnesty_id, d.revoked_at.is_(None), d.state == "approved")
        .group_by(
            d.outcome,
            d.fraction_num,
            d.fraction_den,
            Detainee.category_id,
            Detainee.facility_id,
            synthetic,
        )
    )
    if facility_ids is not None:
        query = query.where(Detainee.facility_id.in_(facility_ids))
    return [
        DecisionCount(
            outcome,
            (num, den) if num is not None and den is not None else None,
            category_id,
            facility_id,
            bool(is_synthetic),
            int(n),
        )
        for outcome, num, den, category_id, facility_id, is_synthetic, n in session.execute(query)
    ]


def outcome_counts(session: Session, amnesty_id: int) -> list[OutcomeCount]:
    """Standing decisions under the amnesty by outcome and fraction."""
    totals: dict[tuple[str, int | None, int | None], list[int]] = {}
    for c in decision_counts(session, amnesty_id):
        num, den = c.fraction if c.fraction else (None, None)
        entry = totals.setdefault((c.outcome, num, den), [0, 0])
        entry[0] += c.count
        entry[1] += c.count if c.synthetic else 0
    return [
        OutcomeCount(outcome, num, den, n, syn)
        for (outcome, num, den), (n, syn) in sorted(
            totals.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0, kv[0][2] or 0)
        )
    ]


def reported_totals(session: Session, amnesty_id: int) -> list[ReportedFigure]:
    """The figures reported for the amnesty's outcomes, with their sources."""
    r = ReportedTotal
    query = (
        select(r, Source.title, Source.publisher)
        .join(Source, Source.id == r.source_id)
        .where(r.amnesty_id == amnesty_id)
        .order_by(r.metric, r.id)
    )
    return [
        ReportedFigure(
            id=t.id,
            code=t.code,
            label=t.label,
            metric=t.metric,
            value=t.value,
            precision=t.precision,
            as_of=t.as_of,
            as_of_precision=t.as_of_precision,
            fraction_num=t.fraction_num,
            fraction_den=t.fraction_den,
            source=title,
            source_publisher=publisher,
            note=t.note,
        )
        for t, title, publisher in session.execute(query)
    ]


def outcome_breakdown(session: Session, amnesty_id: int) -> list[BreakdownRow]:
    """Standing decisions under the amnesty by the person's category and facility."""
    d = AmnestyDecision
    query = (
        select(
            Category.name,
            Facility.name,
            d.outcome,
            d.fraction_num,
            d.fraction_den,
            func.count(),
        )
        .join(Detainee, Detainee.id == d.detainee_id)
        .outerjoin(Category, Category.id == Detainee.category_id)
        .outerjoin(Facility, Facility.id == Detainee.facility_id)
        .where(d.amnesty_id == amnesty_id, d.revoked_at.is_(None), d.state == "approved")
        .group_by(Category.name, Facility.name, d.outcome, d.fraction_num, d.fraction_den)
        .order_by(Category.name, Facility.name, d.outcome)
    )
    return [
        BreakdownRow(c, f, o, num, den, int(n)) for c, f, o, num, den, n in session.execute(query)
    ]


def has_final_decision(amnesty_id: int) -> Exists:
    """EXISTS: the detainee (correlated) has a standing final decision under the amnesty."""
    d = AmnestyDecision
    return exists().where(
        and_(
            d.detainee_id == Detainee.id,
            d.amnesty_id == amnesty_id,
            d.revoked_at.is_(None),
            d.outcome != "pending",
            d.state != "rejected",
        )
    )


def amnesty_by_ref(session: Session, ref: str) -> Amnesty | None:
    """An amnesty by id (digits) or exact title."""
    text = ref.strip()
    number = record_id(text)
    if number is not None:
        found = session.get(Amnesty, number)
        if found is not None:
            return found
    return session.scalars(select(Amnesty).where(Amnesty.title == text)).first()


def proposal_counts(session: Session, amnesty_id: int) -> dict[str, int]:
    """Proposals waiting for approval under the amnesty, by outcome: reports show them
    apart from the decisions in force."""
    d = AmnestyDecision
    rows = session.execute(
        select(d.outcome, func.count())
        .where(d.amnesty_id == amnesty_id, d.revoked_at.is_(None), d.state == "proposed")
        .group_by(d.outcome)
    )
    return {str(o): int(n) for o, n in rows}
