"""How amnesty figures and decisions read in the window: translated labels for stored values,
dates only as precise as they are known, reported figures as reported."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.criteria import Criteria
from desktop.domain.enums import DatePrecision
from desktop.domain.figures import format_as_of, format_value
from desktop.reports import labels
from desktop.ui import script
from desktop.ui.script import isolate


def tr(text: str) -> str:
    return QCoreApplication.translate("Amnesties", text)


def agreement_labels() -> dict[str, str]:
    return {
        "match": tr("matches"),
        "consistent": tr("consistent"),
        "differs": tr("differs"),
        "not reported": tr("not reported"),
    }


def label(labels: dict[str, str], value: str | None) -> str:
    return labels.get(value or "", value or "—")


def outcome_text(outcome: str, fraction: str | None) -> str:
    """The outcome's words, a reduction's fraction in the locale's digits."""
    return labels.outcome(outcome, script.digits(fraction) if fraction else None)


def person_label(case_no: str, name_latin: str, name_arabic: str | None) -> str:
    """ "SYN-000001 — the name in the window's script · the other one", as the case page
    names a person (the Arabic-script name first in Arabic and Sorani)."""
    first, other = script.person_names(name_latin, name_arabic)
    beside = f" · {isolate(other)}" if other else ""
    return f"{case_no} — {isolate(first)}{beside}"


def person_short(case_no: str, name_latin: str, name_arabic: str | None) -> str:
    """ "SYN-000001 — the name in the window's script", for a list's narrow column."""
    return f"{case_no} — {isolate(script.person_name(name_latin, name_arabic))}"


def number(value: int) -> str:
    return QLocale().toString(value)


def signed(value: int) -> str:
    if value > 0:
        return "+" + number(value)
    if value < 0:
        return "−" + number(-value)
    return number(0)


def figure(value: int, precision: str) -> str:
    return format_value(
        value,
        precision,
        number=number,
        more_than=tr("more than %1"),
        fewer_than=tr("fewer than %1"),
    )


def as_of(day: date | None, precision: str | None) -> str:
    months = tuple(
        QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)
    )
    return script.digits(format_as_of(day, precision or DatePrecision.DAY.value, months=months))


def day(value: date | None) -> str:
    return script.day(value)


def months(value: int | None) -> str:
    return "—" if value is None else tr("%1 months").replace("%1", number(value))


def describe_criteria(criteria: Criteria) -> str:
    """What the rules select, in translated words."""
    parts: list[str] = []
    if criteria.exclude_violent_crime:
        parts.append(tr("recorded as not accused of a violent crime"))
    if criteria.nationality_include:
        parts.append(tr("of nationality %1").replace("%1", ", ".join(criteria.nationality_include)))
    if criteria.nationality_exclude:
        parts.append(
            tr("not of nationality %1").replace("%1", ", ".join(criteria.nationality_exclude))
        )
    if criteria.category_include:
        parts.append(tr("in category %1").replace("%1", ", ".join(criteria.category_include)))
    if criteria.category_exclude:
        parts.append(tr("not in category %1").replace("%1", ", ".join(criteria.category_exclude)))
    if criteria.held_since_before:
        parts.append(
            tr("held since before %1").replace("%1", script.day(criteria.held_since_before))
        )
    low, high = criteria.sentence_min_months, criteria.sentence_max_months
    if low is not None:
        parts.append(tr("sentenced to at least %1 months").replace("%1", number(low)))
    if high is not None:
        parts.append(tr("sentenced to at most %1 months").replace("%1", number(high)))
    if not parts:
        return tr("The rules select everyone held.")
    return tr("The rules select people held who are %1.").replace("%1", "; ".join(parts))
