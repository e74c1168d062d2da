"""The rules of a case, a transfer and categories, as plain functions."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.case_rules import (
    HIDDEN_CHARACTERS,
    CaseFields,
    case_problems,
    check_case,
    normalize_case_no,
    parse_year,
    transfer_problems,
)
from desktop.domain.category_rules import (
    CategoryNode,
    category_problems,
    descendants,
    path_names,
    slug,
    with_descendants,
)
from desktop.domain.errors import ValidationError

TODAY = date(2024, 6, 1)


def fields(**kw: object) -> CaseFields:
    values: dict[str, object] = {"case_no": "A-1", "name_latin": "Omar", "facility_id": 1}
    values.update(kw)
    return CaseFields(**values)  # type: ignore[arg-type]


def problem_fields(f: CaseFields) -> set[str]:
    return {p.field for p in case_problems(f, today=TODAY)}


def test_a_plain_case_is_valid_and_cleaned():
    saved = check_case(
        fields(case_no=" a-٠١ ", name_latin="  Omar   al-Hasan ", nationality="sy", notes=" "),
        today=TODAY,
    )
    assert (saved.case_no, saved.name_latin, saved.nationality, saved.notes) == (
        "A-01",
        "Omar al-Hasan",
        "SY",
        None,
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"case_no": ""}, "case_no"),
        ({"case_no": "A 1"}, "case_no"),
        ({"case_no": "X" * 41}, "case_no"),
        ({"name_latin": ""}, "name_latin"),
        ({"name_latin": "عمر"}, "name_latin"),
        ({"name_arabic": "Omar"}, "name_arabic"),
        ({"sex": "X"}, "sex"),
        ({"status": "lost"}, "status"),
        ({"birth_year": 1899}, "birth_year"),
        ({"birth_year": 2025}, "birth_year"),
        ({"nationality": "SYR"}, "nationality"),
        ({"held_since": date(2024, 6, 2)}, "held_since"),
        ({"held_since": date(1979, 12, 31), "birth_year": 1980}, "held_since"),
        ({"sentence_start": date(2020, 1, 2), "sentence_end": date(2020, 1, 1)}, "sentence_end"),
        ({"facility_id": None}, "facility_id"),
    ],
)
def test_each_rule_names_its_field(change: dict[str, object], field: str):
    assert problem_fields(fields(**change)) == {field}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name_latin": "Omar\x00Hidden"}, "name_latin"),
        ({"name_latin": "Omar \u202eramO"}, "name_latin"),  # shown as "Omar Omar"
        ({"name_latin": "Omar\u2066 Ali"}, "name_latin"),
        ({"name_arabic": "عمر\u202bعلي"}, "name_arabic"),
        ({"name_arabic": "عمر\x9bعلي"}, "name_arabic"),
    ],
)
def test_a_name_with_characters_that_hide_or_reorder_it_is_refused_saying_so(
    change: dict[str, object], field: str
):
    found = case_problems(fields(**change), today=TODAY)
    assert [(p.field, p.message) for p in found] == [(field, HIDDEN_CHARACTERS)]


def test_the_marks_and_joiners_arabic_and_kurdish_write_are_taken():
    assert problem_fields(fields(name_arabic="محمد\u200f \u200cعلي\u061c")) == set()


def test_released_person_needs_no_facility_and_arabic_name_is_optional():
    assert problem_fields(fields(facility_id=None, status="released", name_arabic="عمر")) == set()
    assert normalize_case_no("syn-١٢") == "SYN-12"


def test_years_are_read_with_arabic_digits_and_bad_ones_named():
    assert parse_year("١٩٨٥") == 1985
    assert parse_year(" ") is None
    with pytest.raises(ValidationError) as caught:
        parse_year("19x5")
    assert caught.value.problems[0].field == "birth_year"


def test_transfer_rules():
    ok = {
        "status": "held",
        "from_facility_id": 1,
        "to_facility_id": 2,
        "on": date(2024, 1, 1),
        "held_since": date(2020, 1, 1),
        "today": TODAY,
    }
    assert transfer_problems(**ok) == []  # type: ignore[arg-type]
    cases = [
        ({"status": "released"}, "status"),
        ({"to_facility_id": 1}, "to_facility_id"),
        ({"to_facility_id": None}, "to_facility_id"),
        ({"on": date(2025, 1, 1)}, "transferred_on"),
        ({"on": date(2019, 1, 1)}, "transferred_on"),
        ({"on": None}, "transferred_on"),
        ({"last_transfer": date(2024, 2, 1)}, "transferred_on"),
    ]
    for change, field in cases:
        found = transfer_problems(**{**ok, **change})  # type: ignore[arg-type]
        assert [p.field for p in found] == [field], change


NODES = [
    CategoryNode(1, None, "Foreign", "foreign"),
    CategoryNode(2, 1, "European", "european"),
    CategoryNode(3, 2, "French", "french"),
    CategoryNode(4, None, "Syrian", "syrian"),
]


def test_category_tree_helpers():
    parent_of = {n.id: n.parent_id for n in NODES}
    assert descendants(1, parent_of) == {2, 3}
    assert with_descendants([2, 4], parent_of) == {2, 3, 4}
    assert path_names(3, {n.id: n for n in NODES}) == ["Foreign", "European", "French"]
    assert slug("Européens (UE)") == "europeens-ue"


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"name": " ", "parent_id": None, "category_id": None}, "name"),
        ({"name": "european", "parent_id": 1, "category_id": None}, "name"),
        ({"name": "Foreign", "parent_id": 3, "category_id": 1}, "parent_id"),
        ({"name": "Foreign", "parent_id": 1, "category_id": 1}, "parent_id"),
        ({"name": "X", "parent_id": 99, "category_id": None}, "parent_id"),
        ({"name": "X", "parent_id": None, "category_id": None, "code": "syrian"}, "code"),
        ({"name": "X", "parent_id": None, "category_id": None, "code": "Bad Code"}, "code"),
        # a direction override showed another category in lists, filters and reports
        ({"name": "Iraqi \u202elanoitan", "parent_id": None, "category_id": None}, "name"),
    ],
)
def test_category_rules(kw: dict[str, object], field: str):
    found = category_problems(others=NODES, **kw)  # type: ignore[arg-type]
    assert [p.field for p in found] == [field]
    assert category_problems(name="European", parent_id=None, category_id=None, others=NODES) == []
