"""Plain records of cases, as the list, the detail, the command line and reports show them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.domain.case_rules import CaseFields

if TYPE_CHECKING:  # imported without SQLAlchemy: the window's first rows are made of these
    from sqlalchemy import Row
    from sqlalchemy.orm import Session

    from desktop.store.case_pages import Cursor
    from desktop.store.models import Detainee


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    case_no: str
    name_latin: str
    name_arabic: str | None
    sex: str
    birth_year: int | None
    nationality: str | None
    category_id: int | None
    category: str | None
    facility_id: int | None
    facility: str | None
    status: str
    held_since: date | None


@dataclass(frozen=True)
class CasePage:
    """Rows of the list in order, with where the first and last stand in the sort order
    (for the next and previous pages) and, after a jump, the rows per sort segment."""

    rows: tuple[CaseRow, ...]
    first: Cursor | None
    last: Cursor | None
    counts: tuple[int, ...] | None = None


@dataclass(frozen=True)
class CaseRecord:
    """Every field of one case, with the names of its category and facility."""

    id: int
    version: int
    case_no: str
    name_latin: str
    name_arabic: str | None
    sex: str
    birth_year: int | None
    nationality: str | None
    category_id: int | None
    category: str | None
    facility_id: int | None
    facility: str | None
    held_since: date | None
    charge_summary: str | None
    violent_crime: bool | None
    sentence_months: int | None
    sentence_start: date | None
    sentence_end: date | None
    status: str
    synthetic: bool
    notes: str | None

    def fields(self) -> CaseFields:
        """What a user edits, as it is saved now."""
        return CaseFields(
            case_no=self.case_no,
            name_latin=self.name_latin,
            name_arabic=self.name_arabic,
            sex=self.sex,
            birth_year=self.birth_year,
            nationality=self.nationality,
            category_id=self.category_id,
            facility_id=self.facility_id,
            held_since=self.held_since,
            charge_summary=self.charge_summary,
            violent_crime=self.violent_crime,
            sentence_months=self.sentence_months,
            sentence_start=self.sentence_start,
            sentence_end=self.sentence_end,
            status=self.status,
            notes=self.notes,
        )

    @property
    def label(self) -> str:
        return f"{self.case_no} {self.name_latin}"


@dataclass(frozen=True)
class TransferRecord:
    """One move of a person between facilities."""

    id: int
    transferred_on: date
    from_facility_id: int | None
    from_facility: str | None
    to_facility_id: int
    to_facility: str
    recorded_by: str | None
    reason: str | None


@dataclass(frozen=True)
class Choice:
    """A facility or category to choose from: id, name, the one it is nested in."""

    id: int
    name: str
    parent_id: int | None
    name_ar: str | None = None  # the Arabic name, where one is recorded
    name_ku: str | None = None  # the Kurmanji name (categories), where one is recorded


@dataclass(frozen=True)
class CaseOptions:
    """What the list's filters and the detail's choosers offer."""

    facilities: tuple[Choice, ...]
    categories: tuple[Choice, ...]
    nationalities: tuple[str, ...]
    total: int


def case_row(
    row: Row[*tuple[Any, ...]], categories: Mapping[int, str], facilities: Mapping[int, str]
) -> CaseRow:
    return CaseRow(
        id=int(row.id),
        case_no=row.case_no,
        name_latin=row.name_latin,
        name_arabic=row.name_arabic,
        sex=row.sex,
        birth_year=row.birth_year,
        nationality=row.nationality,
        category_id=row.category_id,
        category=categories.get(row.category_id) if row.category_id is not None else None,
        facility_id=row.facility_id,
        facility=facilities.get(row.facility_id) if row.facility_id is not None else None,
        status=row.status,
        held_since=row.held_since,
    )


def case_record(d: Detainee, category: str | None, facility: str | None) -> CaseRecord:
    return CaseRecord(
        id=d.id,
        version=d.version,
        case_no=d.case_no,
        name_latin=d.name_latin,
        name_arabic=d.name_arabic,
        sex=d.sex,
        birth_year=d.birth_year,
        nationality=d.nationality,
        category_id=d.category_id,
        category=category,
        facility_id=d.facility_id,
        facility=facility,
        held_since=d.held_since,
        charge_summary=d.charge_summary,
        violent_crime=d.violent_crime,
        sentence_months=d.sentence_months,
        sentence_start=d.sentence_start,
        sentence_end=d.sentence_end,
        status=d.status,
        synthetic=bool(d.synthetic),
        notes=d.notes,
    )


def record_of(s: Session, d: Detainee) -> CaseRecord:
    """The plain record of a loaded person, with the names of category and facility."""
    from desktop.store.models import Category, Facility

    category = s.get(Category, d.category_id) if d.category_id is not None else None
    facility = s.get(Facility, d.facility_id) if d.facility_id is not None else None
    return case_record(
        d,
        category.name if category is not None else None,
        facility.name if facility is not None else None,
    )
