"""The columns of every exported and imported list, and the rules each row must keep.

One table per kind (facilities, cases, decisions, headcounts, categories, amnesties): what
``export`` writes is exactly what ``import`` reads. Records refer to each other by keys a
person can read: a facility by its name and its parent's name, a category by code, an
amnesty by title, a case by case number, a source by code.

Values of columns marked ``personal`` (names and free text about a person) are never shown
in a problem report: it names the row, the column and the rule, and says the value is
withheld. The tables here are also the source of ``docs/import-export.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from desktop.domain.case_rules import (
    CASE_NO_MAX,
    CASE_NO_PATTERN,
    hides_text,
    name_fault,
    normalize_case_no,
)
from desktop.domain.cells import (
    Parser,
    blank,
    category_counts,
    choice,
    country,
    day,
    format_fraction,
    fraction,
    moment,
    text,
    whole,
    yes_no,
)
from desktop.domain.enums import (
    CaseStatus,
    DatePrecision,
    FacilityKind,
    FacilityStatus,
    Outcome,
    Precision,
    Sex,
    values,
)
from desktop.domain.errors import FieldProblem
from desktop.domain.limits import (
    CAPACITY_MAX,
    HEADCOUNT_MAX,
    SENTENCE_MONTHS_MAX,
    YEAR_MAX,
    YEAR_MIN,
)
from desktop.domain.messages import Msg, reason
from desktop.domain.numbers import shown

# At most this many characters of a value (or a column name) are echoed in a problem.
VALUE_SHOWN = 200


class Withheld:
    """Stands for a personal value in a problem report: ``value withheld: personal data``."""

    def __repr__(self) -> str:
        # a Msg (a str): the window shows these words in its language, as {value!r} too
        return Msg("withheld: personal data")

    __str__ = __repr__


WITHHELD = Withheld()


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str
    format: str
    example: str
    parse: Parser
    required: bool = False
    personal: bool = False


@dataclass(frozen=True)
class Kind:
    name: str
    title: str
    columns: tuple[Column, ...]
    importable: bool = True

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.names)}

    def position(self, name: str) -> int:
        return self._positions[name]

    def column(self, name: str) -> Column:
        return self.columns[self.position(name)]


def _required(c: Column) -> Column:
    return Column(c.name, c.meaning, c.format, c.example, c.parse, True, c.personal)


def _personal(c: Column) -> Column:
    return Column(c.name, c.meaning, c.format, c.example, c.parse, c.required, True)


def case_number() -> Parser:
    """A case number, normalised as the form stores it (``syn-٠٠١`` is ``SYN-001``), so
    that a normalised match is the same person."""
    cell = text(CASE_NO_MAX, required=True)
    rule = Msg("must be letters, digits and - . / _ only, starting with a letter or digit")

    def parse(value: object) -> object:
        number = normalize_case_no(str(cell(value)))
        if len(number) > CASE_NO_MAX:
            raise ValueError(
                Msg("must be at most {case_no_max} characters", case_no_max=CASE_NO_MAX)
            )
        if not CASE_NO_PATTERN.fullmatch(number):
            raise ValueError(rule)
        return number

    return parse


C = Column
DATE = "date YYYY-MM-DD"
SYN = C("synthetic", "a synthetic (demo) record", "yes or no (empty: no)", "no", yes_no(False))

# fmt: off
FACILITIES = Kind("facilities", "Facilities", (
    _required(C("name", "name (unique within its parent)", "text, at most 200 characters", "Annex", text(200, required=True))),
    C("parent", "name of the facility it is a section of; empty for a top-level one", "text", "al-Hol camp", text(200)),
    C("name_ar", "name in Arabic script", "text", "الملحق", text(200)),
    _required(C("kind", "kind of facility", "camp, prison, detention_centre or section", "section", choice(values(FacilityKind)))),
    C("governorate", "governorate", "text", "al-Hasakeh", text(100)),
    C("operator", "who runs it", "text", "Autonomous Administration", text(200)),
    C("capacity", "design capacity; empty when not known", f"whole number from 0 to {CAPACITY_MAX}", "", whole(0, CAPACITY_MAX)),
    C("status", "whether it is in use (empty: open)", "open, closed or unknown", "open", choice(values(FacilityStatus), FacilityStatus.OPEN.value)),
    SYN,
    C("notes", "notes", "text", "", text()),
))

CASES = Kind("cases", "Cases", (
    _required(C("case_no", "case number (unique)", "text, at most 40 characters", "NES-2020-00017", case_number())),
    _required(_personal(C("name_latin", "name in Latin letters", "text, at most 200 characters", "Ahmad Synthetic", text(200, required=True)))),
    _personal(C("name_arabic", "name in Arabic script", "text, at most 200 characters", "أحمد", text(200))),
    C("sex", "sex (empty: U, unknown)", "M, F or U", "M", choice(values(Sex), Sex.UNKNOWN.value)),
    C("birth_year", "year of birth", f"whole number {YEAR_MIN}-{YEAR_MAX}", "1990", whole(YEAR_MIN, YEAR_MAX, what=Msg("a year"))),
    C("nationality", "nationality", "ISO 3166-1 two-letter code", "SY", country()),
    C("category", "detainee category, by code", "a code of the categories list", "syrian", text(40)),
    C("facility", "where the person is held: the facility's name", "text", "Annex", text(200)),
    C("facility_parent", "the name of that facility's parent; empty for a top-level one", "text", "al-Hol camp", text(200)),
    C("held_since", "held since", DATE, "2019-03-23", day()),
    _personal(C("charge_summary", "charge summary", "text", "", text())),
    C("violent_crime", "accused of a violent crime (empty: not known)", "yes, no or empty", "no", yes_no(None)),
    C("sentence_months", "length of the sentence in months", f"whole number from 0 to {SENTENCE_MONTHS_MAX}", "36", whole(0, SENTENCE_MONTHS_MAX)),
    C("sentence_start", "start of the sentence", DATE, "2019-06-01", day()),
    C("sentence_end", "end of the sentence, after any reduction", DATE, "2020-12-01", day()),
    C("status", "status (empty: held)", "held, released, transferred, repatriated, escaped or deceased", "held", choice(values(CaseStatus), CaseStatus.HELD.value)),
    SYN,
    _personal(C("notes", "notes", "text", "", text())),
))

DECISIONS = Kind("decisions", "Amnesty decisions", (
    _required(C("amnesty", "the amnesty, by title", "text", "General amnesty, October 2020", text(300, required=True))),
    _required(C("case_no", "the person, by case number", "text", "NES-2020-00017", case_number())),
    _required(C("outcome", "outcome", "released, reduced, denied or pending", "reduced", choice(values(Outcome)))),
    C("fraction", "the part of the sentence cut (reduced only)", "fraction, e.g. 1/2", "1/2", fraction()),
    _required(C("decision_date", "date of the decision", DATE, "2020-10-15", day(required=True))),
    _personal(C("decided_by", "who decided", "text", "Review committee", text(200))),
    _personal(C("guarantor", "guarantor or tribal sponsor", "text", "", text(300))),
    _personal(C("conditions", "conditions of the release", "text", "", text())),
    _personal(C("notes", "notes", "text", "", text())),
    _personal(C("override_reason", "why the criteria were overridden, if they were", "text", "", text())),
    C("status_before", "the person's status before the decision", "a case status, or empty", "held", choice(values(CaseStatus), optional=True)),
    C("sentence_end_before", "end of the sentence before the decision", DATE, "2022-06-01", day()),
    C("sentence_end_after", "end of the sentence after the decision", DATE, "2020-12-01", day()),
    C("revoked_at", "when the decision was revoked; empty while in force", "YYYY-MM-DD HH:MM:SS", "", moment()),
    _personal(C("revoked_by", "who revoked it", "text", "", text(200))),
    _personal(C("revoked_reason", "why it was revoked", "text", "", text())),
    SYN,
))

HEADCOUNTS = Kind("headcounts", "Headcounts", (
    _required(C("facility", "the facility counted, by name", "text", "al-Hol camp", text(200, required=True))),
    C("facility_parent", "the name of that facility's parent; empty for a top-level one", "text", "", text(200)),
    _required(C("as_of", "the date of the count", DATE, "2020-10-01", day(required=True))),
    C("as_of_precision", "how much of the date is known (empty: day)", "day, month or year", "month", choice(values(DatePrecision), DatePrecision.DAY.value)),
    _required(C("total", "how many people", f"whole number from 0 to {HEADCOUNT_MAX}", "65000", whole(0, HEADCOUNT_MAX, required=True))),
    _required(C("precision", "how the figure was reported", "exact, approximate, lower_bound or upper_bound", "approximate", choice(values(Precision)))),
    _required(C("source", "the source, by code", "text", "article-2020", text(40, required=True))),
    C("source_title", "the source's title; needed when its code is new to the database", "text", "News report, October 2020", text(400)),
    C("by_category", "how many of each category", "code=count pairs separated by ';'", "women=20000; children=40000", category_counts()),
    C("note", "note", "text", "", text()),
))

CATEGORIES = Kind("categories", "Detainee categories", (
    _required(C("code", "category code (unique)", "text", "european", text(40, required=True))),
    C("parent", "code of the category it belongs to", "text", "foreign", text(40)),
    _required(C("name", "name", "text", "European national", text(200, required=True))),
    C("name_ar", "name in Arabic", "text", "", text(200)),
    C("name_ku", "name in Kurdish", "text", "", text(200)),
), importable=False)

AMNESTIES = Kind("amnesties", "Amnesties", (
    _required(C("title", "title (unique)", "text", "General amnesty, October 2020", text(300, required=True))),
    C("issued_by", "who issued it", "text", "", text(300)),
    C("requested_by", "who asked for it", "text", "", text(300)),
    _required(C("issued_on", "date issued", DATE, "2020-10-15", day(required=True))),
    C("issued_on_precision", "how much of the date is known", "day, month or year", "day", choice(values(DatePrecision), DatePrecision.DAY.value)),
    C("criteria_text", "eligibility criteria in words", "text", "", text()),
    C("rules_json", "the criteria as rules the application checks", "JSON", "{}", text()),
    C("source", "the source, by code", "text", "article-2020", text(40)),
), importable=False)
# fmt: on

KINDS: dict[str, Kind] = {
    k.name: k for k in (FACILITIES, CASES, DECISIONS, HEADCOUNTS, CATEGORIES, AMNESTIES)
}
IMPORTABLE: tuple[str, ...] = tuple(k for k, v in KINDS.items() if v.importable)
EXPORTABLE: tuple[str, ...] = tuple(KINDS)


# --- rows ---------------------------------------------------------------------------------


def problem(kind: Kind, row: int | None, column: str, message: str, value: object) -> FieldProblem:
    """A problem naming row, column, value and rule; personal values are withheld."""
    personal = column in kind.names and kind.column(column).personal
    echo: object = value
    if blank(value):
        echo = None
    elif personal:
        echo = WITHHELD
    elif isinstance(value, str):
        echo = shown(value, VALUE_SHOWN)
    elif isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        echo = str(int(value))  # a spreadsheet's number: 1990, not 1990.0
    elif value is not None:
        echo = shown(value.isoformat() if isinstance(value, date) else str(value), VALUE_SHOWN)
    return FieldProblem(field=shown(column, VALUE_SHOWN), message=message, value=echo, row=row)


def read_header(
    kind: Kind, header: Sequence[object]
) -> tuple[list[int | None], list[FieldProblem]]:
    """Where each of the kind's columns is in the file (None: absent), and what is wrong
    with the header row: an unknown or repeated column, or a required one missing."""
    problems: list[FieldProblem] = []
    found: dict[str, int] = {}
    expected = ", ".join(kind.names)
    for index, cell in enumerate(header):
        name = "" if cell is None else str(cell).strip().lstrip("\ufeff")
        if not name:
            continue
        if name not in kind.names:
            message = Msg(
                "is not a column of the {kind} list; its columns are: {columns}",
                kind=kind.name,
                columns=expected,
            )
            problems.append(FieldProblem(name, message, None, 1))
        elif name in found:
            problems.append(FieldProblem(name, Msg("appears twice in the header"), None, 1))
        else:
            found[name] = index
    for column in kind.columns:
        if column.required and column.name not in found:
            problems.append(FieldProblem(column.name, Msg("required column is missing"), None, 1))
    return [found.get(name) for name in kind.names], problems


ParsedRow = tuple[int, tuple[object, ...] | None, list[FieldProblem]]


def row_length_problem(
    kind: Kind,
    row: int,
    cells: Sequence[object],
    header: Sequence[object],
    *,
    short_rows: bool = False,
) -> FieldProblem | None:
    """Why a row does not fit its header, or None: fewer cells than the header (a short
    or cut row of a CSV file; a spreadsheet leaves out the empty cells at the end of a row,
    so ``short_rows`` takes them), or a cell beyond it (under no column name)."""
    width, count = len(header), len(cells)
    if count < width and not short_rows:
        missing = next(
            (str(h).strip() for h in header[count:] if h is not None and str(h).strip()), ""
        )
        return problem(
            kind,
            row,
            missing or Msg("column {number}", number=count + 1),
            Msg(
                "the row has {count} cells but the header has {width} (a short or cut row)",
                count=count,
                width=width,
            ),
            None,
        )
    extra = next((i for i in range(width, count) if not blank(cells[i])), None)
    if extra is not None:
        return problem(
            kind,
            row,
            Msg("column {number}", number=extra + 1),
            Msg(
                "the row has {count} cells but the header has {width}: a value beyond the "
                "last column",
                count=count,
                width=width,
            ),
            None,
        )
    return None


def parse_rows(
    kind: Kind,
    positions: Sequence[int | None],
    rows: Iterable[Sequence[object]],
    *,
    first_row: int = 2,
    header: Sequence[object] | None = None,
    short_rows: bool = False,
) -> Iterator[ParsedRow]:
    """Each non-empty row as ``(row number, values in the kind's column order, problems)``;
    values is None when the row broke a rule. Rows are numbered as a spreadsheet shows them
    (the header is row 1). With ``header``, a row of another length than the header is
    refused (see :func:`row_length_problem`; ``short_rows`` takes shorter ones)."""
    plan = list(zip(positions, kind.columns, strict=True))
    checks = ROW_CHECKS.get(kind.name)
    present = [p for p in positions if p is not None]
    # Every column present: parse a row in one comprehension, cell by cell only on failure.
    fast = [(p, c.parse) for p, c in plan] if len(present) == len(plan) else None
    needed = max(present, default=-1) + 1
    missing = (None,) * needed  # the cells a short row leaves out read as empty
    width = None if header is None else len(header)
    for number, raw in enumerate(rows, start=first_row):
        if not any(raw) and all(v is None or v == "" for v in raw):
            continue
        count = len(raw)
        # A short row can only be wrong where short rows are not taken (a spreadsheet
        # leaves out the empty cells at the end of a row); a long one anywhere.
        if width is not None and count != width and (count > width or not short_rows):
            misfit = row_length_problem(
                kind,
                number,
                raw,
                header,  # type: ignore[arg-type]
                short_rows=short_rows,
            )
            if misfit is not None:
                yield number, None, [misfit]
                continue
        out: list[object] | None = None
        if fast is not None:
            if count < needed:
                raw = [*raw, *missing[count:]]
            try:
                out = [parse(raw[p]) for p, parse in fast]  # type: ignore[index]
            except ValueError:
                out = None
        problems: list[FieldProblem] = []
        if out is None:
            out = []
            cells = len(raw)
            for position, column in plan:
                value = raw[position] if position is not None and position < cells else None
                try:
                    out.append(column.parse(value))
                except ValueError as exc:
                    problems.append(problem(kind, number, column.name, reason(exc), value))
                    out.append(None)
        if not problems and checks is not None:
            problems.extend(checks(kind, number, out))
        yield number, (None if problems else tuple(out)), problems


def _case_checks(kind: Kind, row: int, v: list[object]) -> list[FieldProblem]:
    found = []
    start, end = v[13], v[14]  # sentence_start, sentence_end
    if end is not None and start is not None and end < start:  # type: ignore[operator]
        found.append(
            problem(kind, row, "sentence_end", Msg("must not be before sentence_start"), end)
        )
    today = date.today()
    held_since, born = v[9], v[4]
    if isinstance(held_since, date) and held_since > today:  # the case form's rules too
        found.append(problem(kind, row, "held_since", FUTURE, held_since.isoformat()))
    if isinstance(born, int) and born > today.year:
        found.append(problem(kind, row, "birth_year", FUTURE, born))
    if v[7] is None and v[8] is not None:  # facility, facility_parent
        found.append(problem(kind, row, "facility", Msg("is required with facility_parent"), None))
    for column, name, arabic, wrong_script in (  # the same rules as the case form's
        ("name_latin", v[1], False, LATIN_ONLY),
        ("name_arabic", v[2], True, ARABIC_ONLY),
    ):
        if isinstance(name, str) and (fault := name_fault(name, arabic=arabic)):
            message = HIDDEN if fault == "hidden" else wrong_script
            found.append(problem(kind, row, column, message, name))
    return found


def _facility_checks(kind: Kind, row: int, v: list[object]) -> list[FieldProblem]:
    return [  # the facility form's rule for its names, and the parent named by one
        problem(kind, row, column, HIDDEN, name)
        for column in ("name", "parent", "name_ar")
        if isinstance(name := v[kind.position(column)], str) and hides_text(name)
    ]


def _decision_checks(kind: Kind, row: int, v: list[object]) -> list[FieldProblem]:
    found = []
    decided = v[kind.position("decision_date")]
    if isinstance(decided, date) and decided > date.today():  # as ``decide`` and the form
        found.append(problem(kind, row, "decision_date", FUTURE, decided.isoformat()))
    outcome, frac = v[kind.position("outcome")], v[kind.position("fraction")]
    if outcome == Outcome.REDUCED.value and frac is None:
        found.append(
            problem(kind, row, "fraction", Msg("is required when the outcome is reduced"), None)
        )
    if outcome != Outcome.REDUCED.value and isinstance(frac, tuple):
        message = Msg("is given only when the outcome is reduced")
        found.append(problem(kind, row, "fraction", message, format_fraction(*frac)))
    if (v[kind.position("revoked_at")] is None) != (v[kind.position("revoked_by")] is None):
        message = Msg("revoked_at and revoked_by are given together or not at all")
        found.append(problem(kind, row, "revoked_by", message, None))
    return found


def _headcount_checks(kind: Kind, row: int, v: list[object]) -> list[FieldProblem]:
    counted = v[kind.position("as_of")]
    if isinstance(counted, date) and counted > date.today():  # as the headcount form
        return [problem(kind, row, "as_of", FUTURE, counted.isoformat())]
    return []


FUTURE = Msg("must not be in the future")
LATIN_ONLY = Msg("must be written in Latin letters (the Arabic name has a column of its own)")
ARABIC_ONLY = Msg("must be written in Arabic script, or left empty")
HIDDEN = Msg(
    "must not hold invisible control or direction characters: they hide or reorder what "
    "the name shows"
)
assert CASES.names[4] == "birth_year" and CASES.names[9] == "held_since"
assert CASES.names[1:3] == ("name_latin", "name_arabic")
assert CASES.names[7:9] == ("facility", "facility_parent")
assert CASES.names[13:15] == ("sentence_start", "sentence_end")
ROW_CHECKS: dict[str, Callable[[Kind, int, list[object]], list[FieldProblem]]] = {
    "cases": _case_checks,
    "facilities": _facility_checks,
    "decisions": _decision_checks,
    "headcounts": _headcount_checks,
}


def describe(p: FieldProblem) -> Msg:
    """One line of an import report: row, column, value and rule."""
    where = Msg("row {row}", row=p.row) if p.row is not None else Msg("file")
    if p.value is None:
        return Msg(
            "{where}, column {column}: {message}", where=where, column=p.field, message=p.message
        )
    return Msg(
        "{where}, column {column}, value {value!r}: {message}",
        where=where,
        column=p.field,
        value=p.value,
        message=p.message,
    )
