"""Reported figures as they were reported: a value with its precision and as-of date.

``format_figure(65000, "approximate")`` → "≈ 65,000"; a lower bound of 24 → "more than 24".
The words are passed in by the caller (translated in the window and in reports)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop.domain.enums import DatePrecision, Precision

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Figure:
    value: int
    precision: str
    as_of: date | None = None
    as_of_precision: str = DatePrecision.DAY.value
    source: str | None = None


def group_thousands(value: int) -> str:
    return f"{value:,}"


def format_value(
    value: int,
    precision: str,
    *,
    number: Callable[[int], str] = group_thousands,
    more_than: str = "more than %1",
    fewer_than: str = "fewer than %1",
) -> str:
    """How a reported value reads: exact "631", approximate "≈ 65,000", a lower bound
    "more than 24", an upper bound "fewer than 100"."""
    shown = number(value)
    if precision == Precision.APPROXIMATE:
        return f"≈ {shown}"
    if precision == Precision.LOWER_BOUND:
        return more_than.replace("%1", shown)
    if precision == Precision.UPPER_BOUND:
        return fewer_than.replace("%1", shown)
    return shown


def format_as_of(day: date | None, precision: str, *, months: tuple[str, ...] = MONTHS) -> str:
    """A date only as precisely as it was reported: "2020", "Oct 2020" or "2020-10-15"."""
    if day is None:
        return ""
    if precision == DatePrecision.YEAR:
        return str(day.year)
    if precision == DatePrecision.MONTH:
        return f"{months[day.month - 1]} {day.year}"
    return day.isoformat()


def occupancy_percent(population: int | None, capacity: int | None) -> float | None:
    """Population against design capacity, in percent; None when either is unknown."""
    if population is None or not capacity:
        return None
    return 100.0 * population / capacity
