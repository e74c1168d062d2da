"""The rules of an amnesty decision and its effects, in plain Python.

Shared by the single decision (form and command line) and the bulk one, so that both refuse
the same things with the same words:

* a decision is dated on or after the amnesty (as precisely as the amnesty's date is known:
  an amnesty of "Oct 2020" allows any day from 2020-10-01) and not in the future;
* a release or a reduction is only for a person who is held;
* a reduction needs a sentence (its length and start) and a fraction in (0, 1]; it cuts
  the fraction from the term as it stands (start to current end), rounded down to whole
  months, so a second amnesty halves what the first one left;
* only a reduction takes a fraction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from desktop.domain.enums import CaseStatus, DatePrecision, Outcome, values
from desktop.domain.errors import FieldProblem
from desktop.domain.limits import FRACTION_DENOMINATOR_MAX
from desktop.domain.messages import CASE_STATUS, Msg, Term
from desktop.domain.sentences import add_months, reduced_months

DEFAULT_FRACTION = Fraction(1, 2)
CHANGING_OUTCOMES = (Outcome.RELEASED.value, Outcome.REDUCED.value)


class RevocationBlock(StrEnum):
    """Why a decision's effect can no longer be reversed safely (revocation refused)."""

    STATUS_CHANGED = "status_changed"  # the person is no longer released
    TRANSFERRED = "transferred"  # the person was moved after the release
    SENTENCE_END_CHANGED = "sentence_end_changed"  # not the end the reduction set
    LATER_DECISION = "later_decision"  # a later decision built on this one


def earliest_decision_date(issued_on: date, precision: str) -> date:
    """The first day a decision under an amnesty may carry."""
    if precision == DatePrecision.YEAR:
        return date(issued_on.year, 1, 1)
    if precision == DatePrecision.MONTH:
        return date(issued_on.year, issued_on.month, 1)
    return issued_on


def whole_months_between(start: date, end: date) -> int:
    """The largest number of whole months ``k`` with ``add_months(start, k) <= end``."""
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return months


def format_fraction(fraction: Fraction | None) -> str | None:
    return None if fraction is None else f"{fraction.numerator}/{fraction.denominator}"


@dataclass(frozen=True)
class Sentence:
    months: int | None
    start: date | None
    end: date | None

    @property
    def term_months(self) -> int | None:
        """The term as it stands: start to current end, else the sentence as given."""
        if self.start is not None and self.end is not None:
            return whole_months_between(self.start, self.end)
        return self.months


@dataclass(frozen=True)
class Effects:
    """What a decision changes on the person."""

    status_before: str
    status_after: str
    sentence_end_before: date | None
    sentence_end_after: date | None
    term_before: int | None = None  # months, for a reduction
    term_after: int | None = None


def date_problems(decision_date: date, *, earliest: date, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if decision_date < earliest:
        problems.append(
            FieldProblem(
                "decision_date",
                Msg("must not be before the amnesty (earliest {date})", date=earliest),
                decision_date.isoformat(),
            )
        )
    if decision_date > today:
        problems.append(
            FieldProblem(
                "decision_date", Msg("must not be in the future"), decision_date.isoformat()
            )
        )
    return problems


def outcome_problems(outcome: str, fraction: Fraction | None) -> list[FieldProblem]:
    if outcome not in values(Outcome):
        return [
            FieldProblem(
                "outcome", Msg("must be one of {names}", names=", ".join(values(Outcome))), outcome
            )
        ]
    if fraction is not None:
        if outcome != Outcome.REDUCED:
            return [
                FieldProblem("fraction", Msg("only a reduction takes a fraction"), str(fraction))
            ]
        if not 0 < fraction <= 1:
            return [
                FieldProblem(
                    "fraction", Msg("a reduction must be more than 0 and at most 1"), str(fraction)
                )
            ]
        if fraction.denominator > FRACTION_DENOMINATOR_MAX:
            return [
                FieldProblem(
                    "fraction",
                    Msg(
                        "the denominator must be at most {fraction_denominator_max:,}",
                        fraction_denominator_max=FRACTION_DENOMINATOR_MAX,
                    ),
                    str(fraction),
                )
            ]
    return []


def effect_problems(outcome: str, status: str, sentence: Sentence) -> list[FieldProblem]:
    """Why ``outcome`` cannot apply to a person with ``status`` and ``sentence``."""
    problems: list[FieldProblem] = []
    if outcome in CHANGING_OUTCOMES and status != CaseStatus.HELD:
        status_word = Term(CASE_STATUS, status)
        problems.append(
            FieldProblem(
                "detainee",
                Msg("is not held (status {status}) and cannot be released", status=status_word)
                if outcome == Outcome.RELEASED
                else Msg(
                    "is not held (status {status}) and cannot have the sentence reduced",
                    status=status_word,
                ),
            )
        )
    if outcome == Outcome.REDUCED and (sentence.months is None or sentence.start is None):
        problems.append(
            FieldProblem(
                "outcome",
                Msg(
                    "a reduction needs a sentence, and this person's sentence length is not recorded"
                )
                if sentence.months is None
                else Msg(
                    "a reduction needs a sentence, and this person's sentence start date is not "
                    "recorded"
                ),
                outcome,
            )
        )
    return problems


def effects(outcome: str, fraction: Fraction | None, status: str, sentence: Sentence) -> Effects:
    """What ``outcome`` does to the person (call after ``effect_problems`` found none)."""
    if outcome == Outcome.RELEASED:
        return Effects(status, CaseStatus.RELEASED.value, sentence.end, sentence.end)
    if outcome == Outcome.REDUCED:
        assert sentence.start is not None
        term = sentence.term_months
        assert term is not None
        left = reduced_months(term, fraction or DEFAULT_FRACTION)
        return Effects(
            status,
            status,
            sentence.end,
            add_months(sentence.start, left),
            term_before=term,
            term_after=left,
        )
    return Effects(status, status, sentence.end, sentence.end)


def unfounded_effect(
    outcome: str,
    fraction: Fraction | None,
    *,
    status_before: str | None,
    sentence_end_after: date | None,
    status: str,
    sentence: Sentence,
) -> str | None:
    """Why the effect a proposal of ``outcome`` would apply on approval is not the one the
    rules give for the person as they stand now (``status``, ``sentence``), or None when it
    is. A proposal made by ``decide`` or "Apply amnesty" always is; one imported from a file
    need not be, and approving it would set whatever the file said: a "reduction by 1/2"
    that lengthens the sentence, or a status before it that a revocation would restore."""
    if outcome not in CHANGING_OUTCOMES:
        return None
    if status_before is not None and status_before != status:
        return Msg(
            "the proposal gives the person's status before it as {before}, but it is {status}",
            before=Term(CASE_STATUS, status_before),
            status=Term(CASE_STATUS, status),
        )
    if outcome != Outcome.REDUCED:
        return None
    problems = effect_problems(outcome, status, sentence)
    if problems:
        first = problems[0]
        return (
            Msg("the person {problem}", problem=first.message)
            if first.field == "detainee"
            else first.message
        )
    expected = effects(outcome, fraction, status, sentence).sentence_end_after
    if sentence_end_after != expected:
        return Msg(
            "a reduction by {fraction} ends this person's sentence on {expected}, "
            "not on {after} as the proposal says",
            fraction=format_fraction(fraction or DEFAULT_FRACTION),
            expected=expected,
            after=sentence_end_after or "-",
        )
    return None
