"""The rules a facility record and a headcount must keep, as plain functions.

The window checks them as the user types, from the facilities it already shows; the service
checks them again inside the transaction that writes, from the database. Both get the same
messages, each naming its field, so that the window shows them beside the field and the
command line prints them naming record and field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.case_rules import HIDDEN_CHARACTERS, hides_text
from desktop.domain.enums import DatePrecision, FacilityKind, FacilityStatus, Precision, values
from desktop.domain.errors import FieldProblem, RuleError, ValidationError
from desktop.domain.limits import CAPACITY_MAX, HEADCOUNT_MAX
from desktop.domain.messages import Msg, reason
from desktop.domain.numbers import parse_count, shown

NAME_MAX = 200


@dataclass(frozen=True)
class FacilityFields:
    """What a user edits on a facility."""

    name: str
    kind: str = FacilityKind.DETENTION_CENTRE.value
    status: str = FacilityStatus.OPEN.value
    parent_id: int | None = None
    name_ar: str | None = None
    governorate: str | None = None
    operator: str | None = None
    capacity: int | None = None
    notes: str | None = None

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> FacilityFields:
        """Fields from stored or merged values (missing ones take their defaults)."""

        def text(key: str) -> str | None:
            value = values.get(key)
            return None if value is None else str(value)

        def whole(key: str) -> int | None:
            value = values.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        return cls(
            name=text("name") or "",
            kind=text("kind") or FacilityKind.DETENTION_CENTRE.value,
            status=text("status") or FacilityStatus.OPEN.value,
            parent_id=whole("parent_id"),
            name_ar=text("name_ar"),
            governorate=text("governorate"),
            operator=text("operator"),
            capacity=whole("capacity"),
            notes=text("notes"),
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": self.kind,
            "status": self.status,
            "parent_id": self.parent_id,
            "name_ar": self.name_ar,
            "governorate": self.governorate,
            "operator": self.operator,
            "capacity": self.capacity,
            "notes": self.notes,
        }


@dataclass(frozen=True)
class Neighbour:
    """Another facility, as far as the rules need to know it."""

    id: int
    parent_id: int | None
    name: str


@dataclass(frozen=True)
class NewSource:
    """A source created together with the headcount that cites it."""

    title: str
    publisher: str | None = None


@dataclass(frozen=True)
class HeadcountFields:
    """What a user edits on a headcount. ``parts`` are (category id, count) pairs."""

    as_of: date | None
    total: int | None
    precision: str | None
    as_of_precision: str = DatePrecision.DAY.value
    source_id: int | None = None
    note: str | None = None
    parts: tuple[tuple[int, int], ...] = field(default_factory=tuple)


def normalise_as_of(day: date, precision: str) -> date:
    """A date known to the month is stored on the 1st, one known to the year on 1 January,
    so that "Oct 2020" is one date however it was entered."""
    if precision == DatePrecision.YEAR.value:
        return date(day.year, 1, 1)
    if precision == DatePrecision.MONTH.value:
        return date(day.year, day.month, 1)
    return day


def clean(text: str | None) -> str | None:
    """Trimmed text, or None when nothing is left."""
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None


def capacity_problem(text: str) -> FieldProblem | None:
    """Why ``text`` is not a capacity (a whole number from 0 to CAPACITY_MAX, or unknown),
    or None."""
    try:
        capacity = parse_count(text)
    except ValueError as exc:
        return FieldProblem(
            "capacity", Msg("Capacity: {exc}; leave empty if unknown", exc=reason(exc)), shown(text)
        )
    if capacity is not None and capacity > CAPACITY_MAX:
        return FieldProblem(
            "capacity",
            Msg("Capacity: at most {capacity_max:,}", capacity_max=CAPACITY_MAX),
            capacity,
        )
    return None


def parse_capacity(text: str) -> int | None:
    """A capacity as typed (Arabic-Indic digits too); None for unknown."""
    problem = capacity_problem(text)
    if problem is not None:
        raise ValidationError([problem], record=Msg("facility"))
    return parse_count(text)


def ancestors(parent_id: int | None, parent_of: Mapping[int, int | None]) -> list[int]:
    """The chain of facilities above one whose parent is ``parent_id``, nearest first.
    A chain that loops is cut where it meets itself."""
    chain: list[int] = []
    current = parent_id
    while current is not None and current not in chain:
        chain.append(current)
        current = parent_of.get(current)
    return chain


def facility_problems(
    fields: FacilityFields,
    *,
    facility_id: int | None,
    others: Iterable[Neighbour],
) -> list[FieldProblem]:
    """Every rule ``fields`` break, given the other facilities (``others`` may include the
    facility itself; it is skipped where it must be)."""
    problems: list[FieldProblem] = []
    known = list(others)
    name = fields.name.strip()
    if not name:
        problems.append(FieldProblem("name", Msg("A name is required"), fields.name))
    elif hides_text(name):  # as a person's name: a list or report would show another one
        problems.append(FieldProblem("name", HIDDEN_CHARACTERS, name))
    elif len(name) > NAME_MAX:
        problems.append(
            FieldProblem("name", Msg("At most {name_max} characters", name_max=NAME_MAX), None)
        )
    else:
        folded = name.casefold()
        for other in known:
            if (
                other.id != facility_id
                and other.parent_id == fields.parent_id
                and other.name.strip().casefold() == folded
            ):
                problems.append(
                    FieldProblem(
                        "name",
                        Msg("Another facility inside the same facility is already called this")
                        if fields.parent_id
                        else Msg("Another facility at the top level is already called this"),
                        name,
                    )
                )
                break
    if fields.name_ar and hides_text(fields.name_ar):
        problems.append(FieldProblem("name_ar", HIDDEN_CHARACTERS, fields.name_ar))
    if fields.kind not in values(FacilityKind):
        problems.append(FieldProblem("kind", Msg("Choose a kind"), fields.kind))
    if fields.status not in values(FacilityStatus):
        problems.append(FieldProblem("status", Msg("Choose a status"), fields.status))
    if fields.capacity is not None and fields.capacity < 0:
        problems.append(
            FieldProblem("capacity", Msg("Capacity must not be negative"), fields.capacity)
        )
    elif fields.capacity is not None and fields.capacity > CAPACITY_MAX:
        problems.append(
            FieldProblem(
                "capacity",
                Msg("Capacity: at most {capacity_max:,}", capacity_max=CAPACITY_MAX),
                fields.capacity,
            )
        )
    if fields.parent_id is not None:
        parent_of = {o.id: o.parent_id for o in known}
        if fields.parent_id not in parent_of:
            problems.append(
                FieldProblem("parent_id", Msg("No such facility to be inside"), fields.parent_id)
            )
        elif facility_id is not None and facility_id in ancestors(fields.parent_id, parent_of):
            problems.append(
                FieldProblem(
                    "parent_id",
                    Msg("A facility cannot be inside itself or inside one of its own sections"),
                    fields.parent_id,
                )
            )
    if fields.kind == FacilityKind.SECTION.value and fields.parent_id is None:
        problems.append(
            FieldProblem("parent_id", Msg("A section must be inside a facility"), fields.parent_id)
        )
    return problems


def check_facility(
    fields: FacilityFields, *, facility_id: int | None, others: Iterable[Neighbour]
) -> None:
    problems = facility_problems(fields, facility_id=facility_id, others=others)
    if problems:
        raise ValidationError(problems, record=Msg("facility {name!r}", name=fields.name.strip()))


def headcount_problems(
    fields: HeadcountFields,
    *,
    new_source: NewSource | None = None,
    today: date | None = None,
) -> list[FieldProblem]:
    """Every rule a headcount breaks: a date not in the future, non-negative counts, a
    precision and a source (an existing one, or a new one with a title)."""
    problems: list[FieldProblem] = []
    today = today or date.today()
    if fields.as_of is None:
        problems.append(FieldProblem("as_of", Msg("A date is required")))
    elif fields.as_of > today:
        problems.append(
            FieldProblem(
                "as_of", Msg("The date must not be in the future"), fields.as_of.isoformat()
            )
        )
    if fields.as_of_precision not in values(DatePrecision):
        problems.append(FieldProblem("as_of_precision", Msg("Choose how precise the date is")))
    if fields.total is None:
        problems.append(FieldProblem("total", Msg("A total is required")))
    elif fields.total < 0:
        problems.append(FieldProblem("total", Msg("The total must not be negative"), fields.total))
    elif fields.total > HEADCOUNT_MAX:
        problems.append(
            FieldProblem(
                "total",
                Msg("The total: at most {headcount_max:,}", headcount_max=HEADCOUNT_MAX),
                fields.total,
            )
        )
    if fields.precision not in values(Precision):
        problems.append(FieldProblem("precision", Msg("Say how the figure was reported")))
    if new_source is not None:
        if not clean(new_source.title):
            problems.append(FieldProblem("source_title", Msg("A new source needs a title")))
    elif fields.source_id is None:
        problems.append(FieldProblem("source", Msg("Every headcount needs a source")))
    seen: set[int] = set()
    for row, (category_id, count) in enumerate(fields.parts):
        name = f"category_{category_id}"
        if category_id in seen:
            problems.append(FieldProblem(name, Msg("This category is counted twice"), count, row))
        seen.add(category_id)
        if count < 0:
            problems.append(FieldProblem(name, Msg("A count must not be negative"), count, row))
        elif count > HEADCOUNT_MAX:
            problems.append(
                FieldProblem(
                    name,
                    Msg("A count: at most {headcount_max:,}", headcount_max=HEADCOUNT_MAX),
                    count,
                    row,
                )
            )
        elif fields.total is not None and fields.total >= 0 and count > fields.total:
            problems.append(
                FieldProblem(name, Msg("A category cannot count more than the total"), count, row)
            )
    return problems


def check_headcount(
    fields: HeadcountFields, *, new_source: NewSource | None = None, today: date | None = None
) -> None:
    problems = headcount_problems(fields, new_source=new_source, today=today)
    if problems:
        raise ValidationError(problems, record=Msg("headcount"))


def check_deletable(name: str, *, held: int, other_records: int, sections: list[str]) -> None:
    """Refuse to delete a facility that people or sections still depend on."""
    if held:
        raise RuleError(
            Msg("1 person is still held there. Transfer or release them first.")
            if held == 1
            else Msg(
                "{count:,} people are still held there. Transfer or release them first.",
                count=held,
            ),
            record=name,
        )
    if sections:
        shown = ", ".join(sections[:5]) + (" …" if len(sections) > 5 else "")
        raise RuleError(
            Msg("it still has sections ({shown}). Delete or move them first.", shown=shown),
            record=name,
        )
    if other_records:
        raise RuleError(
            Msg(
                "1 case or transfer record names it (people released or moved from there). "
                "Their history would be lost; set the facility's status to closed instead."
            )
            if other_records == 1
            else Msg(
                "{count:,} case and transfer records name it (people released or moved from "
                "there). Their history would be lost; set the facility's status to closed "
                "instead.",
                count=other_records,
            ),
            record=name,
        )
