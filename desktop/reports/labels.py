"""The words for stored values, one table per enumeration, used by the window's lists and
forms and by the reports alike.

Reports know no Qt and the window may import reports, so the tables live here and are
translated through ``words.translate`` (``QCoreApplication.translate`` once a language is
installed, English before). Each table is translated under the context its words were
first translated in, so that the catalogs' existing translations apply to every place that
shows them: "Report" for most, "Facilities" and "Amnesties" for the words only those pages
had. ``desktop.tools.i18n_scan`` finds each table's words through the ``_tr(TABLE[key])``
calls below.

Where the old copies differed, the words chosen: a person's sex "U" is "Not known" (it was
"Unknown" in the case list); case statuses are capitalised ("Held") everywhere, in
sentences too; a headcount's precision is "Approximate" in lists and forms and
"approximate" inside a sentence (``precision_word``); a date's precision is "Day known",
"Month only", "Year only" (the headcount form said "Day", "Month", "Year").
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from desktop.domain.enums import (
    CaseStatus,
    DatePrecision,
    FacilityKind,
    FacilityStatus,
    Outcome,
    Precision,
    Sex,
)
from desktop.reports.builders.words import translate

SEX = {Sex.MALE: "Male", Sex.FEMALE: "Female", Sex.UNKNOWN: "Not known"}
SEX_LETTER = {Sex.MALE: "M", Sex.FEMALE: "F"}  # narrow columns; "?" when not known
CASE_STATUS = {
    CaseStatus.HELD: "Held",
    CaseStatus.RELEASED: "Released",
    CaseStatus.TRANSFERRED: "Transferred",
    CaseStatus.REPATRIATED: "Repatriated",
    CaseStatus.ESCAPED: "Escaped",
    CaseStatus.DECEASED: "Deceased",
}
FACILITY_KIND = {
    FacilityKind.CAMP: "Camp",
    FacilityKind.PRISON: "Prison",
    FacilityKind.DETENTION_CENTRE: "Detention centre",
    FacilityKind.SECTION: "Section",
}
FACILITY_STATUS = {
    FacilityStatus.OPEN: "Open",
    FacilityStatus.CLOSED: "Closed",
    FacilityStatus.UNKNOWN: "Unknown",
}
PRECISION = {
    Precision.EXACT: "Exact",
    Precision.APPROXIMATE: "Approximate",
    Precision.LOWER_BOUND: "Lower bound (more than)",
    Precision.UPPER_BOUND: "Upper bound (fewer than)",
}
PRECISION_WORD = {
    Precision.EXACT: "exact",
    Precision.APPROXIMATE: "approximate",
    Precision.LOWER_BOUND: "lower bound",
    Precision.UPPER_BOUND: "upper bound",
}
DATE_PRECISION = {
    DatePrecision.DAY: "Day known",
    DatePrecision.MONTH: "Month only",
    DatePrecision.YEAR: "Year only",
}
OUTCOME = {
    Outcome.RELEASED: "Released",
    Outcome.REDUCED: "Sentence reduced",
    Outcome.DENIED: "Denied",
    Outcome.PENDING: "Pending",
}


def _report(text: str) -> str:
    return translate("Report", text)


def _facilities(text: str) -> str:
    return translate("Facilities", text)


def _amnesties(text: str) -> str:
    return translate("Amnesties", text)


def _member[E: StrEnum](enum: type[E], value: str | None) -> E | None:
    if value is None:
        return None
    try:
        return enum(value)
    except ValueError:
        return None


def sex(value: str | None) -> str:
    key = _member(Sex, value)
    return _report(SEX[key]) if key is not None else value or "—"


def sex_letter(value: str | None) -> str:
    key = _member(Sex, value)
    if key is None or key not in SEX_LETTER:
        return "?" if key is Sex.UNKNOWN else value or "?"
    return _report(SEX_LETTER[key])


def case_status(value: str | None) -> str:
    key = _member(CaseStatus, value)
    return _report(CASE_STATUS[key]) if key is not None else value or "—"


def facility_kind(value: str | None) -> str:
    key = _member(FacilityKind, value)
    return _report(FACILITY_KIND[key]) if key is not None else value or "—"


def facility_status(value: str | None) -> str:
    key = _member(FacilityStatus, value)
    return _facilities(FACILITY_STATUS[key]) if key is not None else value or "—"


def precision(value: str | None) -> str:
    """A figure's precision as a list or a form offers it: "Approximate"."""
    key = _member(Precision, value)
    return _facilities(PRECISION[key]) if key is not None else value or "—"


def precision_word(value: str | None) -> str:
    """A figure's precision inside a sentence: "approximate"."""
    key = _member(Precision, value)
    return _report(PRECISION_WORD[key]) if key is not None else value or "—"


def date_precision(value: str | None) -> str:
    key = _member(DatePrecision, value)
    return _amnesties(DATE_PRECISION[key]) if key is not None else value or "—"


def outcome(value: str | None, fraction: str | tuple[int, int] | None = None) -> str:
    """A decision's outcome; a reduction with its fraction ("1/2", or (1, 2))."""
    key = _member(Outcome, value)
    if key is Outcome.REDUCED and fraction:
        shown = fraction if isinstance(fraction, str) else f"{fraction[0]}/{fraction[1]}"
        return _report("Sentence reduced by %1").replace("%1", shown)
    return _report(OUTCOME[key]) if key is not None else value or "—"


def choices[E: StrEnum](enum: type[E], label: Callable[[str], str]) -> dict[str, str]:
    """{stored value: words} for each member, in the enumeration's order: what a form's
    combo box offers. ``label`` is one of this module's functions."""
    return {member.value: label(member.value) for member in enum}
