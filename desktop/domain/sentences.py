"""Sentence arithmetic: ends of terms, and reductions by a fraction."""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum
from fractions import Fraction

from desktop.domain.messages import Msg


class FractionProblem(StrEnum):
    """What is wrong with a typed reduction."""

    NOT_A_FRACTION = "not_a_fraction"
    OUT_OF_RANGE = "out_of_range"  # not more than 0 and at most 1


class FractionError(ValueError):
    """A typed reduction that is not a fraction in (0, 1]: ``problem`` says which, for the
    window to word; the message is the command line's English."""

    def __init__(self, problem: FractionProblem, text: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.text = text


def add_months(start: date, months: int) -> date:
    """``start`` plus whole months, clamped to the end of a shorter month."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def reduced_months(months: int, fraction: Fraction) -> int:
    """The term left after cutting ``fraction`` of it. The cut is rounded down to whole
    months, so a half of 25 months leaves 13."""
    if not 0 < fraction <= 1:
        raise ValueError(Msg("a reduction is a fraction greater than 0 and at most 1"))
    cut = int(months * fraction)  # whole months cut, rounded down
    return months - cut


def parse_fraction(text: str) -> Fraction:
    """``"1/2"`` → Fraction(1, 2); refuses what is not a fraction in (0, 1]."""
    try:
        value = Fraction(text.strip())
    except (ValueError, ZeroDivisionError) as exc:
        raise FractionError(
            FractionProblem.NOT_A_FRACTION, text, Msg("not a fraction: {text!r}", text=text)
        ) from exc
    if not 0 < value <= 1:
        raise FractionError(
            FractionProblem.OUT_OF_RANGE,
            text,
            Msg("a reduction must be more than 0 and at most 1, not {text}", text=text),
        )
    return value
