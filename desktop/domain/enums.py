"""Enumerations shared by every layer. Values are what the database stores."""

from __future__ import annotations

from enum import StrEnum


class FacilityKind(StrEnum):
    CAMP = "camp"
    PRISON = "prison"
    DETENTION_CENTRE = "detention_centre"
    SECTION = "section"


class FacilityStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"


class Precision(StrEnum):
    """How a reported figure was reported."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    LOWER_BOUND = "lower_bound"
    UPPER_BOUND = "upper_bound"


class DatePrecision(StrEnum):
    """How much of a reported date is known: 2020 (year), Oct 2020 (month) or a day."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNKNOWN = "U"


class CaseStatus(StrEnum):
    HELD = "held"
    RELEASED = "released"
    TRANSFERRED = "transferred"
    REPATRIATED = "repatriated"
    ESCAPED = "escaped"
    DECEASED = "deceased"


class Outcome(StrEnum):
    RELEASED = "released"
    REDUCED = "reduced"
    DENIED = "denied"
    PENDING = "pending"


class Metric(StrEnum):
    """What a reported total counts."""

    RELEASED = "released"
    REDUCED = "reduced"
    DENIED = "denied"
    DETAINED = "detained"
    FACILITIES = "facilities"


class ChangeAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The stored values of an enumeration, for CHECK constraints and validation."""
    return tuple(member.value for member in enum)
