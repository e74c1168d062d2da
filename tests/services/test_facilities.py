"""Facility services on a seeded database: the list and detail as reported, saving with
version checks, the rules, headcounts with their sources, deleting only what nobody needs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ConflictError, NotFoundError, RuleError, ValidationError
from desktop.domain.facility_rules import FacilityFields, HeadcountFields, NewSource
from desktop.services import facilities as svc
from desktop.services.database import Database
from desktop.store.models import ChangeLog, HeadcountCategory, Source


def by_name(db: Database, name: str) -> svc.OccupancyRow:
    return next(r for r in svc.list_facilities(db) if r.name == name)


def test_list_has_every_facility_with_population_from_headcount_or_records(seeded_db):
    rows = svc.list_facilities(seeded_db)
    assert len(rows) == 27
    hol = next(r for r in rows if r.name == "al-Hol camp")
    annex = next(r for r in rows if r.name == "The Annex")
    assert annex.parent_id == hol.id
    assert (hol.population, hol.headcount_precision, hol.capacity) == (65000, "approximate", None)
    assert hol.occupancy is None and not hol.overcrowded
    centres = [r for r in rows if r.synthetic]
    assert len(centres) == 25
    assert all(r.population_from_records and r.capacity for r in centres)
    assert sum(r.held for r in centres) == 9369
    assert any(r.overcrowded for r in centres)


def test_detail_of_al_hol_as_reported(seeded_db):
    hol = by_name(seeded_db, "al-Hol camp")
    d = svc.get_facility(seeded_db, facility_id=hol.id)
    assert d.record.name_ar == "مخيم الهول"
    assert d.record.capacity is None
    assert [(h.as_of, h.total, h.precision, h.as_of_precision) for h in d.headcounts] == [
        (date(2020, 10, 1), 65000, "approximate", "month"),
        (date(2019, 8, 1), 70000, "approximate", "month"),
    ]
    assert d.headcounts[1].source_publisher == "AFP"
    assert d.latest is d.headcounts[0]
    assert d.sections == ("The Annex",)
    assert d.people.total == 0 and d.people.people == ()
    assert d.by_category == ()


def test_detail_of_the_annex_compares_records_with_the_reported_category(seeded_db):
    annex = by_name(seeded_db, "The Annex")
    d = svc.get_facility(seeded_db, facility_id=annex.id)
    assert d.latest is not None and d.latest.as_of_precision == "year"
    assert [(p.category, p.count) for p in d.latest.parts] == [("Third-country foreigner", 10000)]
    [row] = d.by_category
    assert (row.category, row.held, row.reported, row.difference) == (
        "Third-country foreigner",
        0,
        10000,
        -10000,
    )


def test_people_held_come_a_page_at_a_time(seeded_db):
    centre = by_name(seeded_db, "Synthetic Detention Centre 03")
    d = svc.get_facility(seeded_db, facility_id=centre.id, people_limit=50)
    assert d.people.total == centre.held == sum(c.held for c in d.by_category)
    assert len(d.people.people) == 50
    rest = svc.people_held(
        seeded_db, facility_id=centre.id, limit=1000, after_case_no=d.people.last_case_no
    )
    numbers = [p.case_no for p in d.people.people + rest.people]
    assert numbers == sorted(numbers) and len(set(numbers)) == centre.held
    assert all(p.synthetic for p in rest.people)


def test_save_updates_with_the_version_and_logs_history(seeded_db):
    hol = svc.get_facility(seeded_db, facility_id=by_name(seeded_db, "al-Hol camp").id).record
    values = FacilityFields(**{**hol.fields().as_dict(), "capacity": 60000})
    saved = svc.save_facility(
        seeded_db, values=values, facility_id=hol.id, expected_version=hol.version
    )
    assert saved.capacity == 60000 and saved.version == hol.version + 1
    with seeded_db.read() as s:
        log = s.execute(
            select(ChangeLog.field, ChangeLog.before, ChangeLog.after).where(
                ChangeLog.table_name == "facility", ChangeLog.record_id == hol.id
            )
        ).all()
    assert ("capacity", None, "60000") in log
    with pytest.raises(ConflictError):  # a second save from the old version
        svc.save_facility(
            seeded_db, values=values, facility_id=hol.id, expected_version=hol.version
        )


def test_rules_name_the_field(seeded_db):
    hol = by_name(seeded_db, "al-Hol camp")
    annex = svc.get_facility(seeded_db, facility_id=by_name(seeded_db, "The Annex").id).record
    with pytest.raises(ValidationError) as caught:
        svc.save_facility(
            seeded_db,
            values=FacilityFields(name="The annex", kind="section", parent_id=hol.id),
        )
    assert caught.value.for_field("name")
    al_hol = svc.get_facility(seeded_db, facility_id=hol.id).record
    own_section = FacilityFields(**{**al_hol.fields().as_dict(), "parent_id": annex.id})
    with pytest.raises(ValidationError) as caught:
        svc.save_facility(
            seeded_db, values=own_section, facility_id=hol.id, expected_version=al_hol.version
        )
    assert caught.value.for_field("parent_id")
    with pytest.raises(ValidationError) as caught:
        svc.save_facility(seeded_db, values=FacilityFields(name="  ", capacity=-1))
    assert caught.value.for_field("name") and caught.value.for_field("capacity")
    assert "field 'capacity'" in str(caught.value)


def test_create_and_delete_a_facility(seeded_db):
    created = svc.save_facility(
        seeded_db, values=FacilityFields(name=" New centre ", governorate=" Aleppo ")
    )
    assert (created.name, created.governorate, created.version) == ("New centre", "Aleppo", 1)
    svc.delete_facility(seeded_db, facility_id=created.id, expected_version=1)
    with pytest.raises(NotFoundError):
        svc.get_facility(seeded_db, facility_id=created.id)


def test_delete_is_refused_while_people_are_held_or_sections_remain(seeded_db):
    centre = by_name(seeded_db, "Synthetic Detention Centre 01")
    with pytest.raises(RuleError, match="still held there"):
        svc.delete_facility(seeded_db, facility_id=centre.id, expected_version=1)
    hol = by_name(seeded_db, "al-Hol camp")
    with pytest.raises(RuleError, match="sections"):
        svc.delete_facility(seeded_db, facility_id=hol.id, expected_version=1)
    assert len(svc.list_facilities(seeded_db)) == 27


def test_headcount_with_a_new_source_in_one_transaction(seeded_db):
    centre = by_name(seeded_db, "Synthetic Detention Centre 05")
    european = next(c for c in svc.list_categories(seeded_db) if c.code == "european")
    record = svc.save_headcount(
        seeded_db,
        facility_id=centre.id,
        values=HeadcountFields(
            as_of=date(2021, 3, 1),
            total=400,
            precision="lower_bound",
            as_of_precision="month",
            parts=((european.id, 40),),
        ),
        new_source=NewSource("Monitoring visit, March 2021", "Synthetic NGO"),
    )
    assert record.source_title == "Monitoring visit, March 2021"
    assert [(p.category, p.count) for p in record.parts] == [("European national", 40)]
    row = by_name(seeded_db, "Synthetic Detention Centre 05")
    assert (row.population, row.headcount_precision) == (400, "lower_bound")
    changed = svc.save_headcount(
        seeded_db,
        facility_id=centre.id,
        headcount_id=record.id,
        expected_version=record.version,
        values=HeadcountFields(**{**record.fields().__dict__, "parts": ((european.id, 41),)}),
    )
    assert changed.version == record.version + 1
    with pytest.raises(ConflictError):
        svc.delete_headcount(seeded_db, headcount_id=record.id, expected_version=record.version)
    svc.delete_headcount(seeded_db, headcount_id=record.id, expected_version=changed.version)
    assert svc.list_headcounts(seeded_db, facility_id=centre.id) == []
    with seeded_db.read() as s:
        assert s.scalar(select(func.count()).select_from(HeadcountCategory)) == 1  # the Annex's


def test_invalid_headcount_writes_nothing(seeded_db):
    centre = by_name(seeded_db, "Synthetic Detention Centre 05")
    with seeded_db.read() as s:
        sources = s.scalar(select(func.count()).select_from(Source))
    with pytest.raises(ValidationError) as caught:
        svc.save_headcount(
            seeded_db,
            facility_id=centre.id,
            values=HeadcountFields(
                as_of=date.today() + timedelta(days=1), total=-1, precision=None
            ),
            new_source=NewSource("  "),
        )
    fields = {p.field for p in caught.value.problems}
    assert fields == {"as_of", "total", "precision", "source_title"}
    with pytest.raises(ValidationError) as caught:
        svc.save_headcount(
            seeded_db,
            facility_id=centre.id,
            values=HeadcountFields(as_of=date(2020, 1, 1), total=5, precision="exact"),
        )
    assert caught.value.for_field("source") == ["Every headcount needs a source"]
    with seeded_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Source)) == sources
    assert svc.list_headcounts(seeded_db, facility_id=centre.id) == []


def test_a_second_headcount_from_one_source_on_one_day_is_refused(seeded_db):
    """Import refuses a corrected headcount beside the one it corrects; the form added it,
    so a facility had two figures from one source for one day and occupancy showed
    whichever was written last."""
    centre = by_name(seeded_db, "Synthetic Detention Centre 05")
    first = svc.save_headcount(
        seeded_db,
        facility_id=centre.id,
        values=HeadcountFields(as_of=date(2021, 3, 1), total=400, precision="exact"),
        new_source=NewSource("Monitoring visit, March 2021"),
    )
    again = HeadcountFields(
        as_of=date(2021, 3, 1), total=410, precision="exact", source_id=first.source_id
    )
    with pytest.raises(ValidationError) as caught:
        svc.save_headcount(seeded_db, facility_id=centre.id, values=again)
    assert caught.value.for_field("as_of") == [
        "This facility already has a headcount from this source on this date: change that "
        "one instead"
    ]
    assert [h.total for h in svc.list_headcounts(seeded_db, facility_id=centre.id)] == [400]
    # another day, or another source's figure for the day, is a headcount of its own
    svc.save_headcount(
        seeded_db,
        facility_id=centre.id,
        values=HeadcountFields(**{**again.__dict__, "as_of": date(2021, 3, 2)}),
    )
    svc.save_headcount(
        seeded_db,
        facility_id=centre.id,
        values=HeadcountFields(as_of=date(2021, 3, 1), total=390, precision="exact"),
        new_source=NewSource("Another observer"),
    )
    # the headcount itself is corrected in place, and may not be moved onto another's day
    corrected = svc.save_headcount(
        seeded_db,
        facility_id=centre.id,
        headcount_id=first.id,
        expected_version=first.version,
        values=HeadcountFields(**{**first.fields().__dict__, "total": 410}),
    )
    assert corrected.total == 410
    moved = HeadcountFields(**{**corrected.fields().__dict__, "as_of": date(2021, 3, 2)})
    with pytest.raises(ValidationError):
        svc.save_headcount(
            seeded_db,
            facility_id=centre.id,
            headcount_id=first.id,
            expected_version=corrected.version,
            values=moved,
        )
    assert sorted(h.total for h in svc.list_headcounts(seeded_db, facility_id=centre.id)) == [
        390,
        410,
        410,
    ]
