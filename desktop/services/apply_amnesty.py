"""Apply amnesty: everyone an amnesty's rules select, reviewed, then decided at once.

``select_candidates`` reads, in one query, the held people whom the rules select (the
criteria as an SQL filter) and who have no standing final decision under the amnesty; a
person whose decision is pending is offered too, and applying replaces the pending decision
(as a single decision does). ``apply_bulk`` writes everything in one transaction with
set-based SQL in batches (``bulk_decision_writer``), re-checking each chosen person inside
the transaction; cancelled or failed, nothing is written. When the outcome needs approval
the batch is proposed, and ``approvals.approve_batch`` puts it in force.

History: the rows go in through Core, so the automatic per-field history of ORM flushes does
not see them. Instead each affected person gets, in the same transaction, ``change_log``
rows that are as queryable as the automatic ones: the decision (table ``amnesty_decision``,
action insert, or update when a pending decision became final, field ``outcome``) and the
change to the person (table ``detainee``, action update, field ``status`` held → released or
field ``sentence_end`` before → after), with who and when.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.domain import decision_rules as rules
from desktop.domain.criteria import Criteria
from desktop.domain.enums import CaseStatus, Outcome
from desktop.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop.domain.messages import Msg
from desktop.domain.roles import DecisionState, Permission
from desktop.services.approval_settings import decision_needs_approval
from desktop.services.bulk_decision_writer import BatchWriter
from desktop.services.database import Database
from desktop.services.decision_records import writing
from desktop.services.decisions import criteria_of
from desktop.services.identity import authorize
from desktop.store.amnesty_queries import has_final_decision
from desktop.store.criteria_sql import CategoryTree, criteria_filter
from desktop.store.models import Amnesty, AmnestyDecision, Category, Detainee, Facility

BATCH = 2000
MAX_LISTED = 20


class BulkCancelled(Exception):
    """The user cancelled a bulk apply; the transaction was rolled back."""


@dataclass(frozen=True)
class CandidateRow:
    detainee_id: int
    case_no: str
    name_latin: str
    name_arabic: str | None
    category: str | None
    facility: str | None
    nationality: str | None
    held_since: date | None
    sentence_months: int | None
    sentence_start: date | None
    sentence_end: date | None
    pending: bool  # has a pending decision under the amnesty, which applying replaces
    category_ar: str | None = None  # the Arabic names, where they are recorded
    facility_ar: str | None = None
    category_ku: str | None = None  # the Kurmanji name of the category, where recorded

    @property
    def sentenced(self) -> bool:
        return self.sentence_months is not None and self.sentence_start is not None


@dataclass(frozen=True)
class CandidateSet:
    amnesty_id: int
    amnesty_title: str
    earliest_date: date
    criteria: Criteria
    rows: tuple[CandidateRow, ...]
    held_left_out: int  # held, no final decision, but the rules exclude them
    already_decided: int  # have a standing final decision under the amnesty

    def by_category(self) -> list[tuple[str, int]]:
        return Counter(r.category or "—" for r in self.rows).most_common()

    def by_facility(self) -> list[tuple[str, int]]:
        return Counter(r.facility or "—" for r in self.rows).most_common()


@dataclass(frozen=True)
class BulkResult:
    amnesty_id: int
    outcome: str
    fraction: str | None
    decided: int
    released: int
    reduced: int
    replaced_pending: int
    seconds: float
    proposed: int = 0  # decisions saved as proposals of ``batch_id``, waiting for approval
    batch_id: str | None = None


def _amnesty(s: Session, amnesty_id: int) -> Amnesty:
    amnesty = s.get(Amnesty, amnesty_id)
    if amnesty is None:
        raise NotFoundError("amnesty", amnesty_id)
    return amnesty


def select_candidates(database: Database, *, amnesty_id: int) -> CandidateSet:
    """Everyone held whom the amnesty's rules select and who has no final decision under it.

    Those left out are counted as the held people without a final decision under the
    amnesty, less the ones selected (a count of the rules' negation would read every held
    person); a person whom a rule cannot judge (say, no nationality recorded under a rule
    naming nationalities) is not selected, so is counted as left out."""
    with database.read() as s:
        amnesty = _amnesty(s, amnesty_id)
        criteria = criteria_of(amnesty)
        where = criteria_filter(criteria, CategoryTree.load(s))
        d = Detainee
        a = AmnestyDecision
        held = d.status == CaseStatus.HELD.value
        undecided = ~has_final_decision(amnesty_id)
        # The index on (status, held_since) serves a rule on held_since (migration 0006).
        query = (
            select(
                d.id.label("detainee_id"),
                d.case_no,
                d.name_latin,
                d.name_arabic,
                Category.name.label("category"),
                Facility.name.label("facility"),
                Category.name_ar.label("category_ar"),
                Facility.name_ar.label("facility_ar"),
                Category.name_ku.label("category_ku"),
                d.nationality,
                d.held_since,
                d.sentence_months,
                d.sentence_start,
                d.sentence_end,
            )
            .outerjoin(Category, Category.id == d.category_id)
            .outerjoin(Facility, Facility.id == d.facility_id)
            .where(held, where, undecided)
            .order_by(d.case_no)
        )
        standing = and_(a.amnesty_id == amnesty_id, a.revoked_at.is_(None))
        pending = set(
            s.scalars(select(a.detainee_id).where(standing, a.outcome == Outcome.PENDING.value))
        )
        rows = tuple(
            CandidateRow(
                detainee_id=r.detainee_id,
                case_no=r.case_no,
                name_latin=r.name_latin,
                name_arabic=r.name_arabic,
                category=r.category,
                facility=r.facility,
                category_ar=r.category_ar,
                facility_ar=r.facility_ar,
                category_ku=r.category_ku,
                nationality=r.nationality,
                held_since=r.held_since,
                sentence_months=r.sentence_months,
                sentence_start=r.sentence_start,
                sentence_end=r.sentence_end,
                pending=r.detainee_id in pending,
            )
            for r in s.connection().execute(query).all()  # Core rows, fetched at once
        )
        final = and_(
            standing, a.outcome != Outcome.PENDING.value, a.state != DecisionState.REJECTED.value
        )
        decided = s.scalar(select(func.count()).where(final)) or 0
        held_decided = (
            s.scalar(
                select(func.count())
                .select_from(a)
                .join(d, d.id == a.detainee_id)
                .where(final, held)
            )
            or 0
        )
        held_count = s.scalar(select(func.count()).where(held)) or 0
        return CandidateSet(
            amnesty_id=amnesty.id,
            amnesty_title=amnesty.title,
            earliest_date=rules.earliest_decision_date(
                amnesty.issued_on, amnesty.issued_on_precision
            ),
            criteria=criteria,
            rows=rows,
            held_left_out=int(held_count) - int(held_decided) - len(rows),
            already_decided=int(decided),
        )


def _refuse(problems: list[FieldProblem], label: str) -> ValidationError:
    shown = problems[:MAX_LISTED]
    if len(problems) > MAX_LISTED:
        shown.append(
            FieldProblem(
                "detainee_ids", Msg("and {count} more people", count=len(problems) - MAX_LISTED)
            )
        )
    return ValidationError(shown, record=label)


def apply_bulk(
    database: Database,
    *,
    amnesty_id: int,
    detainee_ids: Sequence[int],
    outcome: str,
    fraction: Fraction | None,
    decision_date: date | None,
    decided_by: str | None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    reviewed: Sequence[CandidateRow] | None = None,
) -> BulkResult:
    """Decide ``outcome`` for every one of ``detainee_ids`` under the amnesty, in one
    transaction. Each person must still be held, selected by the rules and without a final
    decision under it; otherwise nothing is written and every refused person is named.

    With ``reviewed`` (the rows of the list the user reviewed) a person whose sentence or
    pending decision changed since is refused too: the decision would be computed on, or
    replace, what the list did not show.

    When the outcome needs approval the decisions are *proposed* as one batch
    (``result.batch_id``) that a second person approves or rejects as a whole
    (``approvals.approve_batch``); nothing changes on the people until then."""
    started = time.perf_counter()
    day = decision_date or date.today()
    if outcome == Outcome.REDUCED and fraction is None:
        fraction = rules.DEFAULT_FRACTION
    problems = rules.outcome_problems(outcome, fraction)
    ids = sorted(set(detainee_ids))
    if not ids:
        problems.append(FieldProblem("detainee_ids", Msg("nobody is chosen")))
    with writing(database, "the decisions") as s:
        identity = authorize(s, database, Permission.PROPOSE)
        amnesty = _amnesty(s, amnesty_id)
        label = Msg("amnesty {title!r}", title=amnesty.title)
        earliest = rules.earliest_decision_date(amnesty.issued_on, amnesty.issued_on_precision)
        problems += rules.date_problems(day, earliest=earliest, today=date.today())
        if problems:
            raise ValidationError(problems, record=label)
        selected = criteria_filter(criteria_of(amnesty), CategoryTree.load(s))
        conn = s.connection()
        batch_id = uuid.uuid4().hex if decision_needs_approval(s, amnesty, outcome) else None
        writer = BatchWriter(
            conn,
            identity.who,
            amnesty_id,
            outcome,
            fraction,
            day,
            decided_by,
            login=identity.login,
            batch_id=batch_id,
        )
        refused: list[FieldProblem] = []
        shown = (
            None
            if reviewed is None
            else {
                r.detainee_id: (r.sentence_months, r.sentence_start, r.sentence_end, r.pending)
                for r in reviewed
            }
        )
        for start in range(0, len(ids), BATCH):
            if cancelled is not None and cancelled():
                raise BulkCancelled()
            batch = ids[start : start + BATCH]
            refused += writer.write(batch, selected, shown)
            if refused:  # keep checking the rest only to name every refused person
                continue
            if progress is not None:
                progress(min(start + BATCH, len(ids)), len(ids))
        if refused:
            raise _refuse(refused, label)
        if cancelled is not None and cancelled():
            raise BulkCancelled()
        writer.close()
    return BulkResult(
        amnesty_id=amnesty_id,
        outcome=outcome,
        fraction=rules.format_fraction(fraction) if outcome == Outcome.REDUCED else None,
        decided=len(ids),
        released=writer.released,
        reduced=writer.reduced,
        replaced_pending=writer.replaced,
        seconds=time.perf_counter() - started,
        proposed=writer.proposed,
        batch_id=batch_id,
    )
