"""The rules of facility records and headcounts, as plain functions."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import RuleError, ValidationError
from desktop.domain.facility_rules import (
    FacilityFields,
    HeadcountFields,
    Neighbour,
    NewSource,
    ancestors,
    check_deletable,
    facility_problems,
    headcount_problems,
    normalise_as_of,
    parse_capacity,
)

CAMP = Neighbour(1, None, "al-Hol camp")
ANNEX = Neighbour(2, 1, "The Annex")
INNER = Neighbour(3, 2, "Inner block")
OTHERS = [CAMP, ANNEX, INNER]


def fields_of(problems) -> set[str]:
    return {p.field for p in problems}


@pytest.mark.parametrize(
    ("typed", "value"),
    [("", None), ("unknown", None), ("غير معروف", None), ("1,200", 1200), ("٦٥٠٠٠", 65000)],
)
def test_capacity_reads_as_typed(typed, value):
    assert parse_capacity(typed) == value


@pytest.mark.parametrize("typed", ["-5", "12.5", "lots"])
def test_capacity_refuses_what_is_not_a_whole_number(typed):
    with pytest.raises(ValidationError) as caught:
        parse_capacity(typed)
    assert caught.value.for_field("capacity")


def test_a_facility_cannot_be_inside_itself_or_its_own_sections():
    assert ancestors(3, {1: None, 2: 1, 3: 2}) == [3, 2, 1]
    assert ancestors(1, {1: 2, 2: 1}) == [1, 2]  # a loop is cut, not followed forever
    camp = FacilityFields(name="al-Hol camp", kind="camp")
    for parent in (1, 2, 3):
        problems = facility_problems(
            FacilityFields(**{**camp.as_dict(), "parent_id": parent}),
            facility_id=1,
            others=OTHERS,
        )
        assert fields_of(problems) == {"parent_id"}
    assert facility_problems(camp, facility_id=1, others=OTHERS) == []


def test_names_are_unique_within_their_parent_only():
    section = FacilityFields(name="the annex ", kind="section", parent_id=1)
    assert fields_of(facility_problems(section, facility_id=None, others=OTHERS)) == {"name"}
    assert facility_problems(section, facility_id=2, others=OTHERS) == []  # itself
    elsewhere = FacilityFields(name="The Annex", kind="prison")
    assert facility_problems(elsewhere, facility_id=None, others=OTHERS) == []


def test_other_facility_rules():
    problems = facility_problems(
        FacilityFields(name=" ", kind="tent", status="gone", capacity=-1),
        facility_id=None,
        others=OTHERS,
    )
    assert fields_of(problems) == {"name", "kind", "status", "capacity"}
    orphan = FacilityFields(name="Block C", kind="section")
    assert fields_of(facility_problems(orphan, facility_id=None, others=OTHERS)) == {"parent_id"}


def test_headcount_rules():
    today = date(2024, 6, 30)
    ok = HeadcountFields(as_of=date(2020, 10, 1), total=65000, precision="approximate", source_id=1)
    assert headcount_problems(ok, today=today) == []
    bad = HeadcountFields(
        as_of=date(2024, 7, 1), total=10, precision=None, parts=((4, -1), (5, 11), (5, 1))
    )
    problems = headcount_problems(bad, today=today)
    assert fields_of(problems) == {"as_of", "precision", "source", "category_4", "category_5"}
    assert [p.row for p in problems if p.field == "category_5"] == [1, 2]
    new = headcount_problems(
        HeadcountFields(as_of=today, total=0, precision="exact"), new_source=NewSource("  ")
    )
    assert fields_of(new) == {"source_title"}


def test_dates_are_stored_as_precisely_as_reported():
    assert normalise_as_of(date(2020, 10, 15), "month") == date(2020, 10, 1)
    assert normalise_as_of(date(2020, 10, 15), "year") == date(2020, 1, 1)
    assert normalise_as_of(date(2020, 10, 15), "day") == date(2020, 10, 15)


def test_delete_refusals_say_why():
    with pytest.raises(RuleError, match="1 person is still held there"):
        check_deletable("C", held=1, other_records=0, sections=[])
    with pytest.raises(RuleError, match=r"sections \(The Annex\)"):
        check_deletable("al-Hol", held=0, other_records=0, sections=["The Annex"])
    with pytest.raises(RuleError, match="status to closed"):
        check_deletable("C", held=0, other_records=3, sections=[])
    check_deletable("C", held=0, other_records=0, sections=[])


def test_a_facility_name_that_hides_or_reorders_its_text_is_refused():
    # A right-to-left override made "Annex A" show as another name in lists and reports.
    for name, name_ar in (("Annex \u202eA xennA", None), ("Block\nC", None), ("Annex", "ملحق\x00")):
        problems = facility_problems(
            FacilityFields(name=name, name_ar=name_ar, kind="prison"), facility_id=None, others=()
        )
        assert [p.field for p in problems] == ["name_ar" if name_ar else "name"], name
        assert "invisible control or direction characters" in str(problems[0].message)
    arabic = FacilityFields(name="al-Hol camp", name_ar="مخيم\u200f الهول", kind="camp")
    assert facility_problems(arabic, facility_id=None, others=()) == []  # marks Arabic uses
