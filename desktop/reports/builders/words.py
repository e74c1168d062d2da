"""The words reports are built from, translated in the context "Report".

Builders are called by services, and services know no Qt (an import-linter contract), so
this module does not import Qt either: ``translate("Report", "...")`` goes through a
translator that the composition installs (``desktop.ui.i18n.install_language``, used by the
window and the ``report`` command, calls ``install_translator(QCoreApplication.translate)``).
Until one is installed the words stay English. ``lupdate`` finds the literal ``translate("Report", ...)`` calls here and in the
builders.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from desktop.domain.figures import format_as_of, format_value

Translator = Callable[[str, str], str]

RIGHT_TO_LEFT = frozenset({"ar", "ckb"})
LANGUAGES = ("en", "ar", "ku", "ckb")

_translator: Translator | None = None


def install_translator(translator: Translator | None) -> None:
    """Route the builders' words through ``translator`` (``QCoreApplication.translate``);
    ``None`` leaves them English."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    result = _translator(context, text)
    return result if result else text


def is_right_to_left(lang: str) -> bool:
    return lang in RIGHT_TO_LEFT


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


def generated_at(now: datetime | None) -> datetime:
    """The moment a report says it was generated: ``now`` as given, else the local time
    with its zone."""
    return now if now is not None else datetime.now().astimezone()


# --- fixed vocabularies ------------------------------------------------------------------


def months() -> tuple[str, ...]:
    return (
        translate("Report", "Jan"),
        translate("Report", "Feb"),
        translate("Report", "Mar"),
        translate("Report", "Apr"),
        translate("Report", "May"),
        translate("Report", "Jun"),
        translate("Report", "Jul"),
        translate("Report", "Aug"),
        translate("Report", "Sep"),
        translate("Report", "Oct"),
        translate("Report", "Nov"),
        translate("Report", "Dec"),
    )


def yes_no(value: bool | None) -> str:
    if value is None:
        return translate("Report", "Not known")
    return translate("Report", "Yes") if value else translate("Report", "No")


# --- figures -------------------------------------------------------------------------------


def figure(value: int, precision: str) -> str:
    """A reported value as reported: "631", "≈ 65,000", "more than 24"."""
    return format_value(
        value,
        precision,
        more_than=translate("Report", "more than %1"),
        fewer_than=translate("Report", "fewer than %1"),
    )


def figure_cell(value: int, precision: str) -> int | str:
    """A reported value for a table cell: a number when exact (spreadsheets can add it),
    else the words that say how it was reported."""
    return value if precision == "exact" else figure(value, precision)


def as_of(day: date | None, precision: str) -> str:
    """A reported date only as precisely as it was reported: "2020", "Oct 2020"."""
    return format_as_of(day, precision, months=months())


def day_text(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def combined_precision(precisions: list[str]) -> str:
    """The precision of a sum of reported figures: exact only when every part is."""
    kinds = set(precisions)
    if not kinds or kinds == {"exact"}:
        return "exact"
    if "approximate" in kinds or {"lower_bound", "upper_bound"} <= kinds:
        return "approximate"
    return "lower_bound" if "lower_bound" in kinds else "upper_bound"
