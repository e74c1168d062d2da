"""One amnesty decision for one person: preview, record (with its effects) and list.

A decision and its effects are one transaction: a release sets the person released (the
facility's live count of people held drops with it); a reduction recomputes the sentence
end; a denial or a pending decision changes nothing on the person. The rules live in
``desktop.domain.decision_rules`` and ``desktop.domain.criteria``; the window's form and
``case-tracker decide`` both come here.

Four-eyes approval: a decision whose outcome needs approval (by default released and
reduced; see ``approval_settings``) is saved as *proposed*: it changes nothing on the person
until a reviewer other than the proposer approves it (``approvals.approve``), which applies
its effects then. Recording needs the clerk role (``Permission.PROPOSE``); the proposer is
the identity the database established.

Pending, then final: a person has at most one standing decision per amnesty. Deciding again
while that decision is pending *updates the pending decision in place* (outcome, date, who,
effects); the change history keeps what it was. A standing final decision must be revoked
(``revocation.revoke_decision``) before another can be recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain import decision_rules as rules
from desktop.domain.case_rules import normalize_case_no
from desktop.domain.criteria import Criteria, parse_rules
from desktop.domain.enums import Outcome, values
from desktop.domain.errors import (
    FieldProblem,
    NotFoundError,
    RuleError,
    ValidationError,
)
from desktop.domain.messages import OUTCOME, Msg, Term, joined, reason
from desktop.domain.roles import DecisionState, Permission
from desktop.services.approval_settings import decision_needs_approval
from desktop.services.cases import search_cases
from desktop.services.common import get_or_fail
from desktop.services.database import Database
from desktop.services.decision_records import DecisionRecord, clean, decision_record, writing
from desktop.services.identity import authorize
from desktop.services.revocation import revoke_decision
from desktop.store.criteria_sql import facts_of
from desktop.store.history import utc_now
from desktop.store.models import Amnesty, AmnestyDecision, Detainee

__all__ = [
    "DecisionPreview",
    "DecisionRecord",
    "PersonChoice",
    "decide",
    "decisions_for_case",
    "find_people",
    "get_decision",
    "preview_decision",
    "revoke_decision",
]


@dataclass(frozen=True)
class DecisionPreview:
    """What a decision would change, and what stands in its way (``problems``)."""

    amnesty_id: int
    amnesty_title: str
    detainee_id: int
    case_no: str
    name: str
    outcome: str
    fraction: str | None
    decision_date: date
    earliest_date: date
    status_before: str
    status_after: str
    sentence_end_before: date | None
    sentence_end_after: date | None
    term_before: int | None
    term_after: int | None
    exclusions: tuple[str, ...]
    needs_override: bool
    replaces_pending_id: int | None
    problems: tuple[FieldProblem, ...]
    needs_approval: bool = False  # saved as a proposal; the effects wait for approval

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class PersonChoice:
    """A person offered by the completer of the decision form."""

    id: int
    case_no: str
    name_latin: str
    name_arabic: str | None
    status: str

    @property
    def label(self) -> str:
        arabic = f" · {self.name_arabic}" if self.name_arabic else ""
        return f"{self.case_no} — {self.name_latin}{arabic}"


def _standing(session: Session, amnesty_id: int, detainee_id: int) -> list[AmnestyDecision]:
    return list(
        session.scalars(
            select(AmnestyDecision).where(
                AmnestyDecision.amnesty_id == amnesty_id,
                AmnestyDecision.detainee_id == detainee_id,
                AmnestyDecision.revoked_at.is_(None),
                AmnestyDecision.state != DecisionState.REJECTED.value,
            )
        )
    )


def criteria_of(amnesty: Amnesty) -> Criteria:
    try:
        return parse_rules(amnesty.rules_json)
    except ValidationError as exc:
        raise RuleError(
            Msg(
                "the amnesty's stored rules are not valid ({exc}); correct them first",
                exc=reason(exc),
            ),
            record=Msg("amnesty {title!r}", title=amnesty.title),
        ) from None


def _evaluate(
    session: Session,
    *,
    amnesty_id: int,
    detainee_id: int,
    outcome: str,
    fraction: Fraction | None,
    decision_date: date | None,
    override_reason: str | None,
    lock: bool = False,
) -> tuple[DecisionPreview, AmnestyDecision | None]:
    amnesty = get_or_fail(session, Amnesty, amnesty_id, "amnesty")
    person = session.get(Detainee, detainee_id, with_for_update=lock)
    if person is None:
        raise NotFoundError("case", detainee_id)
    day = decision_date or date.today()
    earliest = rules.earliest_decision_date(amnesty.issued_on, amnesty.issued_on_precision)
    problems = rules.outcome_problems(outcome, fraction)
    if outcome == Outcome.REDUCED and fraction is None:
        fraction = rules.DEFAULT_FRACTION
    problems += rules.date_problems(day, earliest=earliest, today=date.today())
    pending: AmnestyDecision | None = None
    for standing in _standing(session, amnesty_id, detainee_id):
        if standing.outcome == Outcome.PENDING:
            pending = standing
        elif standing.state == DecisionState.PROPOSED:
            problems.append(
                FieldProblem(
                    "detainee",
                    Msg(
                        "already has a proposed decision under this amnesty ({outcome}, decision {id}, proposed by {proposed_by}), waiting for approval; it must be approved or rejected first",
                        outcome=Term(OUTCOME, standing.outcome),
                        id=standing.id,
                        proposed_by=standing.proposed_by,
                    ),
                )
            )
        else:
            problems.append(
                FieldProblem(
                    "detainee",
                    Msg(
                        "already has a decision under this amnesty ({outcome} on {date}, decision {id}); revoke it first to decide again",
                        outcome=Term(OUTCOME, standing.outcome),
                        date=standing.decision_date,
                        id=standing.id,
                    ),
                )
            )
    sentence = rules.Sentence(person.sentence_months, person.sentence_start, person.sentence_end)
    outcome_ok = outcome in values(Outcome)
    effect_problems = rules.effect_problems(outcome, person.status, sentence) if outcome_ok else []
    problems += effect_problems
    criteria = criteria_of(amnesty)
    exclusions = tuple(criteria.check(facts_of(session, [detainee_id])[detainee_id]))
    needs_override = bool(exclusions) and outcome in rules.CHANGING_OUTCOMES
    if needs_override and not clean(override_reason):
        problems.append(
            FieldProblem(
                "override_reason",
                Msg(
                    "the amnesty's criteria exclude this person ({exclusions}): to decide "
                    "anyway, give the reason for the override",
                    exclusions=joined("; ", exclusions),
                ),
            )
        )
    valid = outcome_ok and not effect_problems and not any(p.field == "fraction" for p in problems)
    eff = rules.effects(outcome, fraction, person.status, sentence) if valid else None
    preview = DecisionPreview(
        amnesty_id=amnesty.id,
        amnesty_title=amnesty.title,
        detainee_id=person.id,
        case_no=person.case_no,
        name=person.name_latin,
        outcome=outcome,
        fraction=rules.format_fraction(fraction) if outcome == Outcome.REDUCED else None,
        decision_date=day,
        earliest_date=earliest,
        status_before=person.status,
        status_after=eff.status_after if eff else person.status,
        sentence_end_before=person.sentence_end,
        sentence_end_after=eff.sentence_end_after if eff else person.sentence_end,
        term_before=eff.term_before if eff else None,
        term_after=eff.term_after if eff else None,
        exclusions=exclusions,
        needs_override=needs_override,
        replaces_pending_id=pending.id if pending is not None else None,
        problems=tuple(problems),
        needs_approval=decision_needs_approval(session, amnesty, outcome) if outcome_ok else False,
    )
    return preview, pending


def preview_decision(
    database: Database,
    *,
    amnesty_id: int,
    detainee_id: int,
    outcome: str,
    fraction: Fraction | None = None,
    decision_date: date | None = None,
    decided_by: str | None = None,
    guarantor: str | None = None,
    conditions: str | None = None,
    notes: str | None = None,
    override_reason: str | None = None,
) -> DecisionPreview:
    """What ``decide`` with the same arguments would change, and every rule it would break
    (``problems``); nothing is written. The free-text fields change nothing to preview."""
    del decided_by, guarantor, conditions, notes
    with database.read() as s:
        preview, _pending = _evaluate(
            s,
            amnesty_id=amnesty_id,
            detainee_id=detainee_id,
            outcome=outcome,
            fraction=fraction,
            decision_date=decision_date,
            override_reason=override_reason,
        )
    return preview


def decide(
    database: Database,
    *,
    amnesty_id: int,
    detainee_id: int,
    outcome: str,
    fraction: Fraction | None = None,
    decision_date: date | None = None,
    decided_by: str | None = None,
    guarantor: str | None = None,
    conditions: str | None = None,
    notes: str | None = None,
    override_reason: str | None = None,
    expected: DecisionPreview | None = None,
) -> DecisionRecord:
    """Record one decision in one transaction: with its effects when it needs no approval,
    else as a proposal that changes nothing until approved (``record.proposed``). Refuses
    (ValidationError, nothing written) when a rule is broken; PermissionDenied when the
    user's role may not propose decisions. With ``expected`` (the preview the form showed)
    it is refused (RuleError, nothing written) when the person or their standing decision
    changed since, so that what is saved is what was shown."""
    with writing(database, "the decision") as s:
        identity = authorize(s, database, Permission.PROPOSE)
        preview, pending = _evaluate(
            s,
            amnesty_id=amnesty_id,
            detainee_id=detainee_id,
            outcome=outcome,
            fraction=fraction,
            decision_date=decision_date,
            override_reason=override_reason,
            lock=True,
        )
        if preview.problems:
            raise ValidationError(
                list(preview.problems),
                record=Msg(
                    "case {case_no} under amnesty {amnesty_title!r}",
                    case_no=preview.case_no,
                    amnesty_title=preview.amnesty_title,
                ),
            )
        if expected is not None and _shown(expected) != _shown(preview):
            raise RuleError(
                Msg(
                    "the person or their decisions under this amnesty changed since the "
                    "preview was shown; nothing was written. Check the new preview and save "
                    "again"
                ),
                record=Msg("case {case_no}", case_no=preview.case_no),
            )
        person = s.get_one(Detainee, detainee_id)
        fraction_value = Fraction(preview.fraction) if preview.fraction else None
        values = {
            "outcome": outcome,
            "fraction_num": fraction_value.numerator if fraction_value else None,
            "fraction_den": fraction_value.denominator if fraction_value else None,
            "decision_date": preview.decision_date,
            "decided_by": clean(decided_by),
            "guarantor": clean(guarantor),
            "conditions": clean(conditions),
            "notes": clean(notes),
            "override_reason": clean(override_reason),
            "status_before": preview.status_before,
            "sentence_end_before": preview.sentence_end_before,
            "sentence_end_after": preview.sentence_end_after,
        }
        now = utc_now().replace(microsecond=0)
        proposal = preview.needs_approval
        values["state"] = (DecisionState.PROPOSED if proposal else DecisionState.APPROVED).value
        if pending is not None:
            decision = pending
            for key, value in values.items():
                setattr(decision, key, value)
            decision.revised_by, decision.revised_at = identity.login, now
            if outcome != Outcome.PENDING:
                decision.proposed_by, decision.proposed_at = identity.login, now
        else:
            values["proposed_by"], values["proposed_at"] = identity.login, now
            decision = AmnestyDecision(
                amnesty_id=amnesty_id, detainee_id=detainee_id, synthetic=False, **values
            )
            s.add(decision)
        if not proposal and preview.status_after != person.status:
            person.status = preview.status_after
        if not proposal and preview.sentence_end_after != person.sentence_end:
            person.sentence_end = preview.sentence_end_after
        try:
            s.flush()
        except IntegrityError:
            raise RuleError(
                Msg(
                    "someone else recorded a decision for this person under this amnesty meanwhile; nothing was written"
                ),
                record=Msg("case {case_no}", case_no=preview.case_no),
            ) from None
        return decision_record(decision, preview.amnesty_title, preview.case_no)


def _shown(preview: DecisionPreview) -> tuple[object, ...]:
    """What the form shows of a decision before it is saved: its effects, whether it waits
    for approval, the pending decision it replaces and what excludes the person."""
    return (
        preview.status_before,
        preview.status_after,
        preview.sentence_end_before,
        preview.sentence_end_after,
        preview.term_before,
        preview.term_after,
        preview.replaces_pending_id,
        preview.needs_approval,
        preview.exclusions,
    )


def decisions_for_case(database: Database, *, detainee_id: int) -> list[DecisionRecord]:
    """Every decision about one person, revoked ones included, oldest first."""
    with database.read() as s:
        rows = s.execute(
            select(AmnestyDecision, Amnesty.title, Detainee.case_no)
            .join(Amnesty, Amnesty.id == AmnestyDecision.amnesty_id)
            .join(Detainee, Detainee.id == AmnestyDecision.detainee_id)
            .where(AmnestyDecision.detainee_id == detainee_id)
            .order_by(AmnestyDecision.decision_date, AmnestyDecision.id)
        ).all()
        return [decision_record(d, title, case_no) for d, title, case_no in rows]


def get_decision(database: Database, *, decision_id: int) -> DecisionRecord:
    with database.read() as s:
        row = s.execute(
            select(AmnestyDecision, Amnesty.title, Detainee.case_no)
            .join(Amnesty, Amnesty.id == AmnestyDecision.amnesty_id)
            .join(Detainee, Detainee.id == AmnestyDecision.detainee_id)
            .where(AmnestyDecision.id == decision_id)
        ).first()
        if row is None:
            raise NotFoundError("decision", decision_id)
        return decision_record(row.AmnestyDecision, row.title, row.case_no)


def find_people(database: Database, *, text: str, limit: int = 20) -> list[PersonChoice]:
    """People whose case number starts with ``text`` or whose names match it, with the
    matching of the window's search box (``cases.search_cases``)."""
    return [
        PersonChoice(r.id, r.case_no, r.name_latin, r.name_arabic, r.status)
        for r in search_cases(database, text=text, limit=limit)
    ]


def case_id_by_number(database: Database, *, case_no: str) -> int:
    with database.read() as s:
        found = s.scalar(select(Detainee.id).where(Detainee.case_no == normalize_case_no(case_no)))
    if found is None:
        raise NotFoundError("case", case_no)
    return int(found)


def person_choice(database: Database, *, detainee_id: int) -> PersonChoice:
    with database.read() as s:
        person = get_or_fail(s, Detainee, detainee_id, "case")
        return PersonChoice(
            person.id, person.case_no, person.name_latin, person.name_arabic, person.status
        )
