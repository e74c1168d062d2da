"""The rules a case (one detainee's record) and a transfer must keep, as plain functions.

The window checks them before it saves and the service checks them again inside the
transaction that writes; both get the same messages, each naming its field.

Case numbers are stored in upper case, with ASCII digits and no blanks around them
(``syn-٠٠١`` is saved as ``SYN-001``). That makes them unique regardless of case and lets a
typed prefix be searched on the unique case_no index by upper-casing it: ``syn-0001``
finds ``SYN-000123``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from desktop.domain.enums import CaseStatus, Sex, values
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.limits import SENTENCE_MONTHS_MAX, YEAR_MAX, YEAR_MIN
from desktop.domain.messages import Msg, reason
from desktop.domain.numbers import ascii_digits, parse_count, shown

CASE_NO_MAX = 40
NAME_MAX = 200
EARLIEST_YEAR = YEAR_MIN
CASE_NO_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9./_-]*")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Characters that hide or reorder what a name shows: control characters (a NUL cuts a name
# short wherever it is read as a C string) and the directional overrides, embeddings and
# isolates (U+202E makes "Ahmad" look like "damhA"). The marks LRM, RLM and ALM and the
# zero-width (non-)joiners, which Arabic and Kurdish writing uses, are not among them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class CaseFields:
    """What a user edits on a case. ``facility_id`` is set when a case is created; later
    moves go through a transfer, which keeps the history of where the person was."""

    case_no: str
    name_latin: str
    name_arabic: str | None = None
    sex: str = Sex.UNKNOWN.value
    birth_year: int | None = None
    nationality: str | None = None
    category_id: int | None = None
    facility_id: int | None = None
    held_since: date | None = None
    charge_summary: str | None = None
    violent_crime: bool | None = None
    sentence_months: int | None = None
    sentence_start: date | None = None
    sentence_end: date | None = None
    status: str = CaseStatus.HELD.value
    notes: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


HIDDEN_CHARACTERS = Msg(
    "Remove the invisible control or direction characters: they hide or reorder what the name shows"
)
HIDDEN_IN_TITLE = Msg(
    "Remove the invisible control or direction characters: they hide or reorder what the title shows"
)


def clean(text: str | None) -> str | None:
    """Trimmed text with inner runs of blanks made one space, or None when nothing is left."""
    if text is None:
        return None
    stripped = " ".join(text.split())
    return stripped or None


_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\ufe63", "-"))


def is_latin_name(name: str) -> bool:
    """Whether ``name`` is written in Latin letters: at least one and no Arabic script."""
    return bool(_LATIN.search(name)) and not _ARABIC.search(name)


def is_arabic_name(name: str) -> bool:
    """Whether ``name`` is written in Arabic script: some and no Latin letter."""
    return bool(_ARABIC.search(name)) and not _LATIN.search(name)


def hides_text(name: str) -> bool:
    """Whether ``name`` holds a character that hides or reorders what it shows (a control
    character or a directional override; see ``_CONTROL``)."""
    return bool(_CONTROL.search(name))


def without_hidden(text: str) -> str:
    """``text`` without the characters :func:`hides_text` finds."""
    return _CONTROL.sub("", text)


def name_fault(name: str, *, arabic: bool) -> str | None:
    """What is wrong with a name for its field, checked in this order by the form and by
    import: ``"hidden"`` (see :func:`hides_text`), ``"script"`` (not written in the
    field's script), or None."""
    if hides_text(name):
        return "hidden"
    if not (is_arabic_name(name) if arabic else is_latin_name(name)):
        return "script"
    return None


def normalize_case_no(text: str) -> str:
    """A case number as stored: trimmed, ASCII digits, upper case. The one normalisation of
    the form, import, search and ``decide``: ``syn-٠٠٠٠٠١``, ``ＳＹＮ－000001`` and
    ``SYN‐000001`` (a typographic hyphen) are all ``SYN-000001``."""
    stripped = text.strip()
    if stripped.isascii():
        return stripped.upper()
    folded = unicodedata.normalize("NFKC", stripped).translate(_DASHES)
    return ascii_digits(folded).upper()


def case_no_prefix(text: str) -> str:
    """What a typed case-number prefix is searched as (the same normalisation)."""
    return normalize_case_no(text)


def cleaned(fields: CaseFields) -> CaseFields:
    """``fields`` as they are stored: trimmed texts, case number and nationality in upper
    case, empty texts as None."""
    return replace(
        fields,
        case_no=normalize_case_no(fields.case_no),
        name_latin=clean(fields.name_latin) or "",
        name_arabic=clean(fields.name_arabic),
        nationality=(clean(fields.nationality) or "").upper() or None,
        charge_summary=(fields.charge_summary or "").strip() or None,
        notes=(fields.notes or "").strip() or None,
    )


def parse_year(text: str, field: str = "birth_year") -> int | None:
    """A year as typed (Arabic-Indic digits too); None when empty. Raises ValidationError."""
    try:
        year = parse_count(text)
    except ValueError as exc:
        raise ValidationError(
            [FieldProblem(field, Msg("Not a year: {exc}", exc=reason(exc)), shown(text.strip()))],
            record=Msg("case"),
        ) from None
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        message = Msg("Not a year: a year is between {low} and {high}", low=YEAR_MIN, high=YEAR_MAX)
        raise ValidationError([FieldProblem(field, message, year)], record=Msg("case"))
    return year


def parse_months(text: str, field: str = "sentence_months") -> int | None:
    """A number of months as typed; None when empty. Raises ValidationError."""
    try:
        months = parse_count(text)
    except ValueError as exc:
        raise ValidationError(
            [FieldProblem(field, Msg("Months: {exc}", exc=reason(exc)), shown(text.strip()))],
            record=Msg("case"),
        ) from None
    if months is not None and months > SENTENCE_MONTHS_MAX:
        message = Msg(
            "Months: at most {months} ({years} years)",
            months=SENTENCE_MONTHS_MAX,
            years=SENTENCE_MONTHS_MAX // 12,
        )
        raise ValidationError([FieldProblem(field, message, months)], record=Msg("case"))
    return months


def case_problems(fields: CaseFields, *, today: date | None = None) -> list[FieldProblem]:
    """Every rule the (cleaned) ``fields`` break."""
    today = today or date.today()
    f = cleaned(fields)
    problems: list[FieldProblem] = []

    def problem(name: str, message: str, value: object = None) -> None:
        problems.append(FieldProblem(name, message, value))

    if not f.case_no:
        problem("case_no", Msg("A case number is required"))
    elif len(f.case_no) > CASE_NO_MAX:
        problem("case_no", Msg("At most {case_no_max} characters", case_no_max=CASE_NO_MAX))
    elif not CASE_NO_PATTERN.fullmatch(f.case_no):
        problem(
            "case_no",
            Msg("Use letters, digits and - . / _ only, starting with a letter or digit"),
            f.case_no,
        )
    if not f.name_latin:
        problem("name_latin", Msg("A name in Latin letters is required"))
    elif len(f.name_latin) > NAME_MAX:
        problem("name_latin", Msg("At most {name_max} characters", name_max=NAME_MAX))
    elif fault := name_fault(f.name_latin, arabic=False):
        problem(
            "name_latin",
            HIDDEN_CHARACTERS
            if fault == "hidden"
            else Msg("Write this name in Latin letters; the Arabic field is below"),
        )
    if f.name_arabic is not None:
        if len(f.name_arabic) > NAME_MAX:
            problem("name_arabic", Msg("At most {name_max} characters", name_max=NAME_MAX))
        elif fault := name_fault(f.name_arabic, arabic=True):
            problem(
                "name_arabic",
                HIDDEN_CHARACTERS
                if fault == "hidden"
                else Msg("Write this name in Arabic script, or leave it empty"),
            )
    if f.sex not in values(Sex):
        problem("sex", Msg("Choose male, female or unknown"), f.sex)
    if f.status not in values(CaseStatus):
        problem("status", Msg("Choose a status"), f.status)
    if f.birth_year is not None and not EARLIEST_YEAR <= f.birth_year <= today.year:
        problem(
            "birth_year",
            Msg(
                "A year between {earliest_year} and {year}",
                earliest_year=EARLIEST_YEAR,
                year=today.year,
            ),
            f.birth_year,
        )
    if f.nationality is not None and not re.fullmatch(r"[A-Z]{2}", f.nationality):
        problem("nationality", Msg("Two letters (ISO 3166 code, e.g. SY, IQ, FR)"), f.nationality)
    if f.held_since is not None:
        if f.held_since > today:
            problem("held_since", Msg("Must not be in the future"), f.held_since.isoformat())
        elif f.birth_year is not None and f.held_since.year < f.birth_year:
            problem("held_since", Msg("Before the year of birth"), f.held_since.isoformat())
    if f.sentence_months is not None and f.sentence_months < 0:
        problem("sentence_months", Msg("Must not be negative"), f.sentence_months)
    elif f.sentence_months is not None and f.sentence_months > SENTENCE_MONTHS_MAX:
        problem(
            "sentence_months",
            Msg(
                "At most {sentence_months_max} months ({count} years): check the number",
                sentence_months_max=SENTENCE_MONTHS_MAX,
                count=SENTENCE_MONTHS_MAX // 12,
            ),
            f.sentence_months,
        )
    for name in ("held_since", "sentence_start", "sentence_end"):
        day = getattr(f, name)
        if day is not None and not YEAR_MIN <= day.year <= YEAR_MAX:
            problem(
                name,
                Msg(
                    "A date between {year_min} and {year_max}", year_min=YEAR_MIN, year_max=YEAR_MAX
                ),
                day.isoformat(),
            )
    if (
        f.sentence_start is not None
        and f.sentence_end is not None
        and f.sentence_end < f.sentence_start
    ):
        problem("sentence_end", Msg("Ends before it starts"), f.sentence_end.isoformat())
    if f.status == CaseStatus.HELD.value and f.facility_id is None:
        problem("facility_id", Msg("A person held is held somewhere: choose a facility"))
    return problems


def check_case(fields: CaseFields, *, today: date | None = None) -> CaseFields:
    """The cleaned fields, or ValidationError naming every broken rule."""
    problems = case_problems(fields, today=today)
    if problems:
        number = normalize_case_no(fields.case_no) or "(new)"
        raise ValidationError(problems, record=Msg("case {number}", number=number))
    return cleaned(fields)


def transfer_problems(
    *,
    status: str,
    from_facility_id: int | None,
    to_facility_id: int | None,
    on: date | None,
    held_since: date | None,
    last_transfer: date | None = None,
    today: date | None = None,
) -> list[FieldProblem]:
    """Why a person cannot be moved to ``to_facility_id`` on ``on``, if they cannot."""
    today = today or date.today()
    problems: list[FieldProblem] = []
    if status != CaseStatus.HELD.value:
        problems.append(
            FieldProblem("status", Msg("Only a person who is held can be transferred"), status)
        )
    if to_facility_id is None:
        problems.append(FieldProblem("to_facility_id", Msg("Choose the facility to move to")))
    elif to_facility_id == from_facility_id:
        problems.append(
            FieldProblem("to_facility_id", Msg("The person is already held there"), to_facility_id)
        )
    if on is None:
        problems.append(FieldProblem("transferred_on", Msg("A date is required")))
    elif on > today:
        problems.append(
            FieldProblem("transferred_on", Msg("Must not be in the future"), on.isoformat())
        )
    elif held_since is not None and on < held_since:
        problems.append(
            FieldProblem(
                "transferred_on",
                Msg("Before the person was held (since {date})", date=held_since),
                on.isoformat(),
            )
        )
    elif last_transfer is not None and on < last_transfer:
        problems.append(
            FieldProblem(
                "transferred_on",
                Msg("Before the last recorded transfer ({date})", date=last_transfer),
                on.isoformat(),
            )
        )
    return problems
