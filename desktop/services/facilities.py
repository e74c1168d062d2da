"""Facility records: the list with occupancy, one facility's detail, saving and deleting.

Every function is one user action in one short transaction and returns plain frozen
records. Headcounts (the facility's reported population over time) are in
``desktop.services.headcounts`` and re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.enums import CaseStatus
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.facility_rules import (
    FacilityFields,
    Neighbour,
    check_deletable,
    check_facility,
    clean,
)
from desktop.domain.messages import Msg
from desktop.domain.names import localized, sort_key
from desktop.domain.roles import Permission
from desktop.services.database import Database
from desktop.services.headcounts import (
    CategoryRecord,
    HeadcountPart,
    HeadcountRecord,
    SourceRecord,
    delete_headcount,
    delete_headcount_rows,
    headcount_records,
    list_categories,
    list_headcounts,
    list_sources,
    save_headcount,
)
from desktop.services.history import HistoryEntry, history_for
from desktop.services.identity import authorize
from desktop.store.occupancy import (
    FacilityRecord,
    OccupancyRow,
    facility_record,
    held_by_category,
    occupancy_rows,
)

if TYPE_CHECKING:  # imported without SQLAlchemy: what runs SQL imports it when it runs
    from sqlalchemy.orm import Session


__all__ = [
    "CategoryComparison",
    "CategoryRecord",
    "FacilityDetail",
    "FacilityFields",
    "FacilityRecord",
    "HeadcountPart",
    "HeadcountRecord",
    "HeldPerson",
    "OccupancyRow",
    "PeoplePage",
    "SourceRecord",
    "delete_facility",
    "delete_headcount",
    "facility_history",
    "get_facility",
    "list_categories",
    "list_facilities",
    "list_headcounts",
    "list_sources",
    "people_held",
    "save_facility",
    "save_headcount",
]

PEOPLE_PAGE = 200


@dataclass(frozen=True)
class CategoryComparison:
    """People held in one category, counted from records, beside the latest headcount's
    count for that category (None when the headcount does not break it down)."""

    category_id: int | None
    category: str
    held: int
    reported: int | None

    @property
    def difference(self) -> int | None:
        return None if self.reported is None else self.held - self.reported


@dataclass(frozen=True)
class HeldPerson:
    id: int
    case_no: str
    name_latin: str
    name_arabic: str | None
    category: str | None
    nationality: str | None
    held_since: date | None
    synthetic: bool


@dataclass(frozen=True)
class PeoplePage:
    """Up to a page of the people held in a facility, ordered by case number, and how many
    are held in all. ``last_case_no`` continues the list (keyset paging)."""

    total: int
    people: tuple[HeldPerson, ...]

    @property
    def last_case_no(self) -> str | None:
        return self.people[-1].case_no if self.people else None


@dataclass(frozen=True)
class FacilityDetail:
    """Everything the detail pane shows for one facility."""

    record: FacilityRecord
    occupancy: OccupancyRow
    headcounts: tuple[HeadcountRecord, ...]  # newest first
    by_category: tuple[CategoryComparison, ...]
    people: PeoplePage
    sections: tuple[str, ...]

    @property
    def latest(self) -> HeadcountRecord | None:
        return self.headcounts[0] if self.headcounts else None


def list_facilities(database: Database) -> list[OccupancyRow]:
    """Every facility with capacity, latest headcount and live count of people held."""
    with database.read() as s:
        return occupancy_rows(s)


def _category_names(s: Session, lang: str) -> dict[int, str]:
    """Every category's name in ``lang`` (``desktop.domain.names``), by id."""
    from desktop.store.case_queries import names_by_id

    return names_by_id(s, lang)[0]


def _people(
    s: Session,
    facility_id: int,
    limit: int,
    after_case_no: str | None = None,
    *,
    lang: str = "en",
) -> PeoplePage:
    from sqlalchemy import func, select

    from desktop.store.models import Detainee

    held = (Detainee.facility_id == facility_id) & (Detainee.status == CaseStatus.HELD.value)
    total = int(s.scalar(select(func.count()).select_from(Detainee).where(held)) or 0)
    query = (
        select(
            Detainee.id,
            Detainee.case_no,
            Detainee.name_latin,
            Detainee.name_arabic,
            Detainee.category_id,
            Detainee.nationality,
            Detainee.held_since,
            Detainee.synthetic,
        )
        .where(held)
        .order_by(Detainee.case_no)
        .limit(max(0, limit))
    )
    if after_case_no is not None:
        query = query.where(Detainee.case_no > after_case_no)
    categories = _category_names(s, lang)
    people = tuple(
        HeldPerson(
            id=r.id,
            case_no=r.case_no,
            name_latin=r.name_latin,
            name_arabic=r.name_arabic,
            category=categories.get(r.category_id) if r.category_id is not None else None,
            nationality=r.nationality,
            held_since=r.held_since,
            synthetic=bool(r.synthetic),
        )
        for r in s.execute(query)
    )
    return PeoplePage(total=total, people=people)


def people_held(
    database: Database,
    *,
    facility_id: int,
    limit: int = PEOPLE_PAGE,
    after_case_no: str | None = None,
    lang: str = "en",
) -> PeoplePage:
    """A page of the people held in a facility (by case number, after ``after_case_no``),
    their categories named in ``lang``."""
    from desktop.services.common import get_or_fail
    from desktop.store.models import Facility

    with database.read() as s:
        get_or_fail(s, Facility, facility_id, "facility")
        return _people(s, facility_id, limit, after_case_no, lang=lang)


def _comparison(
    s: Session, facility_id: int, latest: HeadcountRecord | None, lang: str
) -> tuple[CategoryComparison, ...]:
    names = _category_names(s, lang)
    counted = {c.category_id: c for c in held_by_category(s, facility_id)}
    reported = {p.category_id: p for p in latest.parts} if latest else {}
    rows = [
        CategoryComparison(
            category_id=cid,
            category=names.get(cid, c.category) if cid is not None else c.category,
            held=c.held,
            reported=reported[cid].count if cid in reported else None,
        )
        for cid, c in counted.items()
    ]
    rows += [
        CategoryComparison(category_id=cid, category=p.category, held=0, reported=p.count)
        for cid, p in reported.items()
        if cid not in counted
    ]
    return tuple(sorted(rows, key=lambda r: (-max(r.held, r.reported or 0), r.category)))


def get_facility(
    database: Database, *, facility_id: int, people_limit: int = PEOPLE_PAGE, lang: str = "en"
) -> FacilityDetail:
    """One facility with its headcount history, who is held there by category beside the
    latest headcount, and the first page of the people held; categories and sections named
    in ``lang`` (``desktop.domain.names``)."""
    from sqlalchemy import select

    from desktop.services.common import get_or_fail
    from desktop.store.models import Facility

    with database.read() as s:
        facility = get_or_fail(s, Facility, facility_id, "facility")
        record = facility_record(facility)
        occupancy = occupancy_rows(s, facility_id)[0]
        headcounts = tuple(headcount_records(s, facility_id, lang=lang))
        sections = tuple(
            sorted(
                (
                    localized(name, name_ar, None, lang)
                    for name, name_ar in s.execute(
                        select(Facility.name, Facility.name_ar).where(
                            Facility.parent_id == facility_id
                        )
                    )
                ),
                key=sort_key,
            )
        )
        return FacilityDetail(
            record=record,
            occupancy=occupancy,
            headcounts=headcounts,
            by_category=_comparison(s, facility_id, headcounts[0] if headcounts else None, lang),
            people=_people(s, facility_id, people_limit, lang=lang),
            sections=sections,
        )


def _neighbours(s: Session) -> list[Neighbour]:
    from sqlalchemy import select

    from desktop.store.models import Facility

    return [
        Neighbour(id=r.id, parent_id=r.parent_id, name=r.name)
        for r in s.execute(select(Facility.id, Facility.parent_id, Facility.name))
    ]


def _cleaned(values: FacilityFields) -> FacilityFields:
    return FacilityFields(
        name=values.name.strip(),
        kind=values.kind,
        status=values.status,
        parent_id=values.parent_id,
        name_ar=clean(values.name_ar),
        governorate=clean(values.governorate),
        operator=clean(values.operator),
        capacity=values.capacity,
        notes=clean(values.notes),
    )


def save_facility(
    database: Database,
    *,
    values: FacilityFields,
    facility_id: int | None = None,
    expected_version: int | None = None,
) -> FacilityRecord:
    """Create a facility (``facility_id`` None) or update one that nobody else has saved
    since ``expected_version``. Raises ValidationError, ConflictError or NotFoundError."""
    from sqlalchemy.exc import IntegrityError

    from desktop.services.common import apply_changes, get_or_fail
    from desktop.store.models import Facility

    fields = _cleaned(values)
    try:
        with database.session() as s:
            authorize(s, database, Permission.EDIT_RECORDS)
            check_facility(fields, facility_id=facility_id, others=_neighbours(s))
            if facility_id is None:
                facility = Facility(**fields.as_dict(), synthetic=False)
                s.add(facility)
                s.flush()
            else:
                facility = get_or_fail(s, Facility, facility_id, "facility")
                if expected_version is None:
                    raise ValueError("expected_version is required to update a facility")
                current = facility_record(facility).fields().as_dict()
                changes = {k: v for k, v in fields.as_dict().items() if current[k] != v}
                apply_changes(
                    s,
                    facility,
                    expected_version=expected_version,
                    changes=changes,
                    label=Msg("facility {name!r}", name=facility.name),
                )
            return facility_record(facility)
    except IntegrityError as exc:  # a concurrent save took the name first
        if "name" in str(exc.orig):
            raise ValidationError(
                [FieldProblem("name", Msg("Another facility here is already called this"))],
                record=Msg("facility {name!r}", name=fields.name),
            ) from None
        raise


def delete_facility(database: Database, *, facility_id: int, expected_version: int) -> None:
    """Delete a facility and its headcounts; refused (RuleError) while people are held
    there, sections remain inside it or case records name it."""
    from sqlalchemy import func, or_, select

    from desktop.services.common import check_version, get_or_fail
    from desktop.store.models import Detainee, Facility, Headcount, Transfer

    with database.session() as s:
        authorize(s, database, Permission.EDIT_RECORDS)
        facility = get_or_fail(s, Facility, facility_id, "facility")
        check_version(
            facility,
            expected_version=expected_version,
            label=Msg("facility {name!r}", name=facility.name),
        )
        held = int(
            s.scalar(
                select(func.count()).where(
                    Detainee.facility_id == facility_id,
                    Detainee.status == CaseStatus.HELD.value,
                )
            )
            or 0
        )
        others = (
            int(s.scalar(select(func.count()).where(Detainee.facility_id == facility_id)) or 0)
            - held
        )
        others += int(
            s.scalar(
                select(func.count()).where(
                    or_(
                        Transfer.from_facility_id == facility_id,
                        Transfer.to_facility_id == facility_id,
                    )
                )
            )
            or 0
        )
        sections = list(s.scalars(select(Facility.name).where(Facility.parent_id == facility_id)))
        check_deletable(facility.name, held=held, other_records=others, sections=sections)
        for headcount in s.scalars(select(Headcount).where(Headcount.facility_id == facility_id)):
            delete_headcount_rows(s, headcount)
        s.delete(facility)


def facility_history(database: Database, *, facility_id: int) -> list[HistoryEntry]:
    """Who changed which field of the facility, when, from what to what; newest first."""
    from desktop.store.models import Facility

    return history_for(database, table=Facility.__tablename__, record_id=facility_id)
