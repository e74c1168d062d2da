"""Amnesty decrees: list, detail, create, edit, and the reconciliation of outcomes counted
from decisions with the totals reported for them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.case_rules import HIDDEN_IN_TITLE, hides_text
from desktop.domain.criteria import Criteria, parse_rules
from desktop.domain.enums import DatePrecision, Outcome, Precision, values
from desktop.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop.domain.messages import Msg
from desktop.domain.roles import Permission
from desktop.services.common import apply_changes, get_or_fail
from desktop.services.database import Database
from desktop.services.decision_records import clean
from desktop.services.history import HistoryEntry, history_for
from desktop.services.identity import authorize
from desktop.store.amnesty_queries import amnesty_by_ref, outcome_counts, reported_totals
from desktop.store.criteria_sql import CategoryTree, check_codes
from desktop.store.models import Amnesty, AmnestyDecision, Category, Detainee, Source

APPROXIMATE_TOLERANCE = 0.10  # an approximate figure agrees within 10 %
OUTCOME_ORDER = {o: i for i, o in enumerate(values(Outcome))}


@dataclass(frozen=True)
class AmnestyRow:
    id: int
    title: str
    issued_on: date
    issued_on_precision: str
    issued_by: str | None
    decisions: int  # standing decisions


@dataclass(frozen=True)
class AmnestyDetail:
    id: int
    title: str
    issued_by: str | None
    requested_by: str | None
    issued_on: date
    issued_on_precision: str
    criteria_text: str | None
    criteria: Criteria
    source: str | None
    version: int

    @property
    def rules(self) -> dict[str, Any]:
        return self.criteria.to_dict()


@dataclass(frozen=True)
class CategoryChoice:
    code: str
    name: str
    parent_code: str | None
    depth: int
    name_ar: str | None = None  # the Arabic name, where one is recorded
    name_ku: str | None = None  # the Kurmanji name, where one is recorded


@dataclass(frozen=True)
class ReconciliationRow:
    """One outcome: counted from standing decisions beside the figure reported for it."""

    outcome: str
    fraction: str | None
    counted: int
    counted_synthetic: int
    reported: int | None
    precision: str | None
    as_of: date | None
    as_of_precision: str | None
    label: str | None
    source: str | None
    source_publisher: str | None
    difference: int | None  # counted minus reported
    agreement: str  # "match" | "consistent" | "differs" | "not reported"

    @property
    def differs(self) -> bool:
        return self.agreement == "differs"


def list_amnesties(database: Database) -> list[AmnestyRow]:
    with database.read() as s:
        standing = (
            select(AmnestyDecision.amnesty_id, func.count().label("n"))
            .where(AmnestyDecision.revoked_at.is_(None), AmnestyDecision.state == "approved")
            .group_by(AmnestyDecision.amnesty_id)
            .subquery()
        )
        rows = s.execute(
            select(Amnesty, func.coalesce(standing.c.n, 0))
            .outerjoin(standing, standing.c.amnesty_id == Amnesty.id)
            .order_by(Amnesty.issued_on.desc(), Amnesty.id)
        ).all()
        return [
            AmnestyRow(a.id, a.title, a.issued_on, a.issued_on_precision, a.issued_by, int(n))
            for a, n in rows
        ]


def _detail(s: Session, a: Amnesty) -> AmnestyDetail:
    source = s.get(Source, a.source_id).title if a.source_id else None  # type: ignore[union-attr]
    return AmnestyDetail(
        id=a.id,
        title=a.title,
        issued_by=a.issued_by,
        requested_by=a.requested_by,
        issued_on=a.issued_on,
        issued_on_precision=a.issued_on_precision,
        criteria_text=a.criteria_text,
        criteria=parse_rules(a.rules_json),
        source=source,
        version=a.version,
    )


def get_amnesty(database: Database, *, amnesty_id: int) -> AmnestyDetail:
    with database.read() as s:
        amnesty = get_or_fail(s, Amnesty, amnesty_id, "amnesty")
        return _detail(s, amnesty)


def find_amnesty(database: Database, *, ref: str) -> AmnestyDetail:
    """An amnesty by id or exact title (the command line's REF)."""
    with database.read() as s:
        amnesty = amnesty_by_ref(s, ref)
        if amnesty is None:
            raise NotFoundError("amnesty", ref)
        return _detail(s, amnesty)


def category_choices(database: Database) -> list[CategoryChoice]:
    """Every category, each followed by the ones nested within it."""
    with database.read() as s:
        rows = s.execute(
            select(
                Category.id,
                Category.parent_id,
                Category.code,
                Category.name,
                Category.name_ar,
                Category.name_ku,
            )
        )
        cats = {r.id: r for r in rows}
    children: dict[int | None, list[int]] = {}
    for r in cats.values():
        children.setdefault(r.parent_id, []).append(r.id)
    out: list[CategoryChoice] = []

    def walk(parent: int | None, depth: int) -> None:
        for cid in sorted(children.get(parent, []), key=lambda c: cats[c].name.casefold()):
            r = cats[cid]
            parent_code = cats[r.parent_id].code if r.parent_id in cats else None
            out.append(CategoryChoice(r.code, r.name, parent_code, depth, r.name_ar, r.name_ku))
            walk(cid, depth + 1)

    walk(None, 0)
    return out


def nationality_choices(database: Database) -> list[str]:
    """The nationalities recorded on cases, for the rules editor's suggestions."""
    with database.read() as s:
        found = s.scalars(
            select(Detainee.nationality)
            .distinct()
            .where(Detainee.nationality.is_not(None))
            .order_by(Detainee.nationality)
        )
        return [n for n in found if n]


def _normalised_day(day: date, precision: str) -> date:
    if precision == DatePrecision.MONTH:
        return date(day.year, day.month, 1)
    if precision == DatePrecision.YEAR:
        return date(day.year, 1, 1)
    return day


def _validated(
    s: Session,
    *,
    amnesty_id: int | None,
    title: str | None,
    issued_on: date | None,
    issued_on_precision: str,
    rules: dict[str, Any] | str | None,
) -> tuple[str, date, Criteria]:
    problems: list[FieldProblem] = []
    name = clean(title)
    if not name:
        problems.append(FieldProblem("title", Msg("a title is required")))
    elif hides_text(name):  # a report or a list would show another title
        problems.append(FieldProblem("title", HIDDEN_IN_TITLE, name))
    else:
        clash = s.scalar(
            select(Amnesty.id).where(
                func.lower(Amnesty.title) == name.lower(),
                Amnesty.id != (amnesty_id or 0),
            )
        )
        if clash is not None:
            problems.append(FieldProblem("title", Msg("another amnesty has this title"), name))
    if issued_on_precision not in values(DatePrecision):
        problems.append(
            FieldProblem(
                "issued_on_precision",
                Msg("must be one of {names}", names=", ".join(values(DatePrecision))),
                issued_on_precision,
            )
        )
    if issued_on is None:
        problems.append(FieldProblem("issued_on", Msg("the date of issue is required")))
    elif issued_on > date.today():
        problems.append(
            FieldProblem("issued_on", Msg("must not be in the future"), issued_on.isoformat())
        )
    criteria = Criteria()
    try:
        criteria = parse_rules(rules)
        check_codes(CategoryTree.load(s), criteria)
    except ValidationError as exc:
        problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems, record=f"amnesty {name!r}" if name else "amnesty")
    assert name is not None and issued_on is not None
    return name, _normalised_day(issued_on, issued_on_precision), criteria


def create_amnesty(
    database: Database,
    *,
    title: str,
    issued_on: date | None,
    issued_on_precision: str = DatePrecision.DAY.value,
    issued_by: str | None = None,
    requested_by: str | None = None,
    criteria_text: str | None = None,
    rules: dict[str, Any] | str | None = None,
) -> AmnestyDetail:
    with database.session() as s:
        authorize(s, database, Permission.EDIT_AMNESTIES)
        name, day, criteria = _validated(
            s,
            amnesty_id=None,
            title=title,
            issued_on=issued_on,
            issued_on_precision=issued_on_precision,
            rules=rules,
        )
        amnesty = Amnesty(
            title=name,
            issued_on=day,
            issued_on_precision=issued_on_precision,
            issued_by=clean(issued_by),
            requested_by=clean(requested_by),
            criteria_text=clean(criteria_text),
            rules_json=criteria.to_json(),
        )
        s.add(amnesty)
        s.flush()
        return _detail(s, amnesty)


def update_amnesty(
    database: Database,
    *,
    amnesty_id: int,
    expected_version: int,
    title: str,
    issued_on: date | None,
    issued_on_precision: str,
    issued_by: str | None,
    requested_by: str | None,
    criteria_text: str | None,
    rules: dict[str, Any] | str | None,
) -> AmnestyDetail:
    """Save an edited amnesty; ConflictError when someone saved it since it was loaded."""
    with database.session() as s:
        authorize(s, database, Permission.EDIT_AMNESTIES)
        amnesty = get_or_fail(s, Amnesty, amnesty_id, "amnesty")
        name, day, criteria = _validated(
            s,
            amnesty_id=amnesty_id,
            title=title,
            issued_on=issued_on,
            issued_on_precision=issued_on_precision,
            rules=rules,
        )
        changes = {
            "title": name,
            "issued_on": day,
            "issued_on_precision": issued_on_precision,
            "issued_by": clean(issued_by),
            "requested_by": clean(requested_by),
            "criteria_text": clean(criteria_text),
            "rules_json": criteria.to_json(),
        }
        changed = {k: v for k, v in changes.items() if getattr(amnesty, k) != v}
        if changed or amnesty.version != expected_version:
            apply_changes(
                s,
                amnesty,
                expected_version=expected_version,
                changes=changed,
                label=Msg("amnesty {name!r}", name=name),
            )
        return _detail(s, amnesty)


def _agreement(counted: int, reported: int, precision: str) -> str:
    if precision == Precision.EXACT:
        return "match" if counted == reported else "differs"
    if precision == Precision.APPROXIMATE:
        slack = max(1.0, reported * APPROXIMATE_TOLERANCE)
        return "consistent" if abs(counted - reported) <= slack else "differs"
    if precision == Precision.LOWER_BOUND:
        return "consistent" if counted >= reported else "differs"
    return "consistent" if counted <= reported else "differs"


def reconcile(database: Database, *, amnesty_id: int) -> list[ReconciliationRow]:
    """Each outcome counted from the decisions in force (approved, not revoked) beside
    every total reported for it; proposals waiting for approval are not counted."""
    with database.read() as s:
        if s.get(Amnesty, amnesty_id) is None:
            raise NotFoundError("amnesty", amnesty_id)
        counts = outcome_counts(s, amnesty_id)
        figures = [f for f in reported_totals(s, amnesty_id) if f.metric in values(Outcome)]
    rows: list[ReconciliationRow] = []
    matched: set[tuple[str, str | None]] = set()
    for f in figures:
        fraction = f"{f.fraction_num}/{f.fraction_den}" if f.fraction_num else None
        relevant = [
            c
            for c in counts
            if c.outcome == f.metric
            and (
                fraction is None
                or (c.fraction_num, c.fraction_den) == (f.fraction_num, f.fraction_den)
            )
        ]
        counted = sum(c.count for c in relevant)
        matched.update((c.outcome, _fraction(c.fraction_num, c.fraction_den)) for c in relevant)
        rows.append(
            ReconciliationRow(
                outcome=f.metric,
                fraction=fraction,
                counted=counted,
                counted_synthetic=sum(c.synthetic for c in relevant),
                reported=f.value,
                precision=f.precision,
                as_of=f.as_of,
                as_of_precision=f.as_of_precision,
                label=f.label,
                source=f.source,
                source_publisher=f.source_publisher,
                difference=counted - f.value,
                agreement=_agreement(counted, f.value, f.precision),
            )
        )
    for c in counts:
        key = (c.outcome, _fraction(c.fraction_num, c.fraction_den))
        if key in matched:
            continue
        rows.append(
            ReconciliationRow(
                outcome=c.outcome,
                fraction=key[1],
                counted=c.count,
                counted_synthetic=c.synthetic,
                reported=None,
                precision=None,
                as_of=None,
                as_of_precision=None,
                label=None,
                source=None,
                source_publisher=None,
                difference=None,
                agreement="not reported",
            )
        )
    rows.sort(
        key=lambda r: (OUTCOME_ORDER.get(r.outcome, 99), r.fraction or "", r.reported is None)
    )
    return rows


def _fraction(num: int | None, den: int | None) -> str | None:
    return f"{num}/{den}" if num and den else None


def amnesty_history(database: Database, *, amnesty_id: int) -> list[HistoryEntry]:
    """Who changed which field of the amnesty (its decree and rules), when, from what to
    what; newest first. Its decisions have histories of their own."""
    return history_for(database, table=Amnesty.__tablename__, record_id=amnesty_id)
