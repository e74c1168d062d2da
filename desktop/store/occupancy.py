"""A facility's stored fields, and the occupancy queries shared by the facility list, the
facility detail and the reports: capacity, the latest reported headcount, and the live count
of people held, per facility."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.enums import CaseStatus
from desktop.domain.facility_rules import FacilityFields
from desktop.domain.figures import occupancy_percent

if TYPE_CHECKING:  # imported without SQLAlchemy: what runs SQL imports it when it runs
    from sqlalchemy import Row, Subquery
    from sqlalchemy.orm import Session

    from desktop.store.models import Facility


@dataclass(frozen=True)
class FacilityRecord:
    """A facility's stored fields with the version a save must expect."""

    id: int
    parent_id: int | None
    name: str
    name_ar: str | None
    kind: str
    governorate: str | None
    operator: str | None
    capacity: int | None
    status: str
    synthetic: bool
    notes: str | None
    version: int

    def fields(self) -> FacilityFields:
        return FacilityFields(
            name=self.name,
            kind=self.kind,
            status=self.status,
            parent_id=self.parent_id,
            name_ar=self.name_ar,
            governorate=self.governorate,
            operator=self.operator,
            capacity=self.capacity,
            notes=self.notes,
        )


def facility_record(f: Facility) -> FacilityRecord:
    """The plain record of a stored facility."""
    return FacilityRecord(
        id=f.id,
        parent_id=f.parent_id,
        name=f.name,
        name_ar=f.name_ar,
        kind=f.kind,
        governorate=f.governorate,
        operator=f.operator,
        capacity=f.capacity,
        status=f.status,
        synthetic=bool(f.synthetic),
        notes=f.notes,
        version=f.version,
    )


@dataclass(frozen=True)
class OccupancyRow(FacilityRecord):
    """One facility with the figures that say how full it is."""

    held: int  # live count of individual records with status held
    headcount: int | None  # latest reported headcount
    headcount_precision: str | None
    headcount_as_of: date | None
    headcount_as_of_precision: str | None
    headcount_source: str | None

    @property
    def population(self) -> int:
        """The latest headcount when there is one, else the live count (None if neither)."""
        return self.headcount if self.headcount is not None else self.held

    @property
    def population_from_records(self) -> bool:
        return self.headcount is None

    @property
    def occupancy(self) -> float | None:
        return occupancy_percent(self.population, self.capacity)

    @property
    def overcrowded(self) -> bool:
        occupancy = self.occupancy
        return occupancy is not None and occupancy > 100.0


def _latest_headcounts() -> Subquery:
    from sqlalchemy import func, select

    from desktop.store.models import Headcount, Source

    ranked = select(
        Headcount.facility_id,
        Headcount.total,
        Headcount.precision,
        Headcount.as_of,
        Headcount.as_of_precision,
        Source.title.label("source"),
        func.row_number()
        .over(
            partition_by=Headcount.facility_id,
            order_by=(Headcount.as_of.desc(), Headcount.id.desc()),
        )
        .label("rank"),
    ).join(Source, Source.id == Headcount.source_id)
    return ranked.subquery()


def occupancy_rows(session: Session, facility_id: int | None = None) -> list[OccupancyRow]:
    """Every facility (or one) with capacity, latest headcount and live count of people held."""
    from sqlalchemy import func, select

    from desktop.store.models import Detainee, Facility

    counted = select(Detainee.facility_id, func.count().label("held")).where(
        Detainee.status == CaseStatus.HELD.value
    )
    if facility_id is not None:  # one facility: count its people only
        counted = counted.where(Detainee.facility_id == facility_id)
    held = counted.group_by(Detainee.facility_id).subquery()
    latest = _latest_headcounts()
    query = (
        select(
            Facility,
            func.coalesce(held.c.held, 0).label("held"),
            latest.c.total,
            latest.c.precision,
            latest.c.as_of,
            latest.c.as_of_precision,
            latest.c.source,
        )
        .outerjoin(held, held.c.facility_id == Facility.id)
        .outerjoin(latest, (latest.c.facility_id == Facility.id) & (latest.c.rank == 1))
        .order_by(func.lower(Facility.name), Facility.id)
    )
    if facility_id is not None:
        query = query.where(Facility.id == facility_id)
    return [_row(r) for r in session.execute(query)]


def _row(r: Row) -> OccupancyRow:  # type: ignore[type-arg]
    return OccupancyRow(
        **vars(facility_record(r.Facility)),
        held=int(r.held),
        headcount=r.total,
        headcount_precision=r.precision,
        headcount_as_of=r.as_of,
        headcount_as_of_precision=r.as_of_precision,
        headcount_source=r.source,
    )


@dataclass(frozen=True)
class CategoryCount:
    category_id: int | None
    category: str
    held: int


def held_by_category(session: Session, facility_id: int) -> list[CategoryCount]:
    """Who is held in a facility, counted by category from individual records."""
    from sqlalchemy import func, select

    from desktop.store.models import Category, Detainee

    query = (
        select(
            Detainee.category_id,
            func.coalesce(Category.name, "—").label("category"),
            func.count().label("held"),
        )
        .outerjoin(Category, Category.id == Detainee.category_id)
        .where(Detainee.facility_id == facility_id, Detainee.status == CaseStatus.HELD.value)
        .group_by(Detainee.category_id, Category.name)
        .order_by(func.count().desc())
    )
    return [CategoryCount(r.category_id, r.category, int(r.held)) for r in session.execute(query)]
