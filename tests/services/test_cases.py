"""The case services: pages by keyset agree with plain SQL in every sort order, search
finds people under every spelling, saving keeps the name index in step, transfers move
counts, duplicates are found."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import text

from desktop.domain.case_rules import CaseFields
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.services import case_detail, cases
from desktop.services.database import Database
from desktop.services.decisions import decisions_for_case
from desktop.store.case_queries import SORT_KEYS, CaseQuery
from desktop.store.occupancy import occupancy_rows

ORDER_SQL = {
    "case_no": "d.case_no",
    "name_latin": "d.name_latin",
    "name_arabic": "d.name_arabic",
    "sex": "d.sex",
    "birth_year": "d.birth_year",
    "nationality": "d.nationality",
    "status": "d.status",
    "held_since": "d.held_since",
}


def truth(db: Database, query: CaseQuery, where: str = "1=1") -> list[int]:
    """The ids in list order, by a plain SQL query: unknown values last either way, the
    category and facility columns by name."""
    direction = "DESC" if query.descending else "ASC"
    if query.sort in ("category", "facility"):
        table = query.sort
        order = (
            f"(d.{table}_id IS NULL), lower(g.name) {direction}, g.id {direction}, d.id {direction}"
        )
        join = f"LEFT JOIN {table} g ON g.id = d.{table}_id"
    else:
        col = ORDER_SQL[query.sort]
        order = f"({col} IS NULL), {col} {direction}, d.id {direction}"
        join = ""
    sql = f"SELECT d.id FROM detainee d {join} WHERE {where} ORDER BY {order}"
    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(text(sql))]


def walk(db: Database, query: CaseQuery, limit: int = 997) -> list[int]:
    ids: list[int] = []
    page = cases.page_cases(db, query=query, limit=limit)
    while page.rows:
        ids.extend(r.id for r in page.rows)
        page = cases.page_cases(db, query=query, limit=limit, after=page.last)
    return ids


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_pages_follow_every_sort_order_both_ways(seeded_backend_db: Database, sort: str):
    for descending in (False, True):
        query = CaseQuery(sort=sort, descending=descending)
        expected = truth(seeded_backend_db, query)
        assert walk(seeded_backend_db, query) == expected
        # Backwards from the last row gives the page before it.
        last = cases.page_cases(seeded_backend_db, query=query, at=len(expected) - 300, limit=300)
        assert [r.id for r in last.rows] == expected[-300:]
        before = cases.page_cases(seeded_backend_db, query=query, before=last.first, limit=250)
        assert [r.id for r in before.rows] == expected[-550:-300]


@pytest.mark.parametrize("sort", ["name_latin", "category", "birth_year", "facility"])
def test_jumps_land_on_the_right_rank(seeded_backend_db: Database, sort: str):
    query = CaseQuery(sort=sort)
    expected = truth(seeded_backend_db, query)
    rng = random.Random(4)
    counts = None
    for rank in [0, 1, 199, 5000, 9999, *rng.sample(range(10_000), 8)]:
        page = cases.page_cases(seeded_backend_db, query=query, at=rank, limit=50, counts=counts)
        counts = page.counts
        assert [r.id for r in page.rows] == expected[rank : rank + 50], rank
        if page.last is not None and rank + 50 < len(expected):
            after = cases.page_cases(seeded_backend_db, query=query, after=page.last, limit=20)
            assert [r.id for r in after.rows] == expected[rank + 50 : rank + 70]


def test_filters_combine_with_sort_and_count(seeded_backend_db: Database):
    with seeded_backend_db.engine.connect() as conn:
        foreign, european = (
            conn.execute(text("SELECT id FROM category WHERE code = :c"), {"c": c}).scalar_one()
            for c in ("foreign", "european")
        )
        centre = conn.execute(
            text("SELECT id FROM facility WHERE name LIKE 'Synthetic Detention Centre 03'")
        ).scalar_one()
    query = CaseQuery(category_ids=(foreign,), facility_ids=(centre,), sort="name_latin")
    where = f"d.category_id IN ({foreign}, {european}) AND d.facility_id = {centre}"
    expected = truth(seeded_backend_db, query, where)
    assert 10 < len(expected) < 400
    assert walk(seeded_backend_db, query, limit=37) == expected
    assert cases.count_cases(seeded_backend_db, query=query) == len(expected)
    released = CaseQuery(statuses=("released",), nationalities=("SY",), sort="held_since")
    expected = truth(seeded_backend_db, released, "d.status = 'released' AND d.nationality = 'SY'")
    assert len(expected) == 631
    assert walk(seeded_backend_db, released) == expected
    assert cases.count_cases(seeded_backend_db, query=released) == 631


def test_search_filter_and_sort_together_match_sql(seeded_backend_db: Database):
    query = CaseQuery(search="moh", statuses=("released",), sort="birth_year", descending=True)
    where = (
        "d.status = 'released' AND d.id IN (SELECT detainee_id FROM detainee_token "
        "WHERE token >= 'muh' AND token < 'mui')"
    )
    expected = truth(seeded_backend_db, query, where)
    assert expected
    assert walk(seeded_backend_db, query, limit=23) == expected
    assert cases.count_cases(seeded_backend_db, query=query) == len(expected)


def person(case_no: str, latin: str, arabic: str | None = None, **kw: object) -> CaseFields:
    values: dict[str, object] = {
        "case_no": case_no,
        "name_latin": latin,
        "name_arabic": arabic,
        "birth_year": 1985,
        "status": "released",
        **kw,
    }
    return CaseFields(**values)  # type: ignore[arg-type]


SPELLINGS = [
    ("Mohammed Abdul Rahman", "مُحَمَّد عبد الرحمن"),
    ("Ahmad Abd al-Karim", "أحمد عبدالكريم"),
    ("Fatimah Yousef", "فاطمة يوسف"),
]


@pytest.fixture
def spelled(empty_backend_db: Database) -> Database:
    for n, (latin, arabic) in enumerate(SPELLINGS, start=1):
        cases.save_case(empty_backend_db, fields=person(f"t-{n}", latin, arabic))
    return empty_backend_db


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Muhammad", "T-1"),
        ("Mohamad", "T-1"),
        ("mohammed abd al-rahman", "T-1"),
        ("Abdelrahman", "T-1"),
        ("Abdul", "T-1 T-2"),
        ("Ahmed", "T-2"),
        ("Ahmad Abdulkarim", "T-2"),
        ("محمد", "T-1"),
        ("مُحَمَّد", "T-1"),
        ("احمد", "T-2"),
        ("أحمد عبد الكريم", "T-2"),
        ("فاطمه", "T-3"),
        ("Fatima Yusuf", "T-3"),
        ("t-", "T-1 T-2 T-3"),
        ("T-2", "T-2"),
        ("Ahmad Yusuf", ""),
    ],
)
def test_search_finds_a_person_under_each_spelling(spelled: Database, typed: str, expected: str):
    found = cases.search_cases(spelled, text=typed)
    assert " ".join(r.case_no for r in found) == expected


def test_case_numbers_are_stored_upper_case_and_found_by_any_case(empty_backend_db: Database):
    saved = cases.save_case(empty_backend_db, fields=person("syn-٠٠١٢٣", "Omar Test"))
    assert saved.case_no == "SYN-00123"
    assert [r.case_no for r in cases.search_cases(empty_backend_db, text="syn-0012")] == [
        "SYN-00123"
    ]
    assert cases.find_case(empty_backend_db, case_no=" syn-00123 ").id == saved.id
    with pytest.raises(NotFoundError):
        cases.find_case(empty_backend_db, case_no="SYN-9")
    with pytest.raises(ValidationError) as caught:
        cases.save_case(empty_backend_db, fields=person("SYN-00123", "Other Person"))
    assert caught.value.for_field("case_no") == ["Another case has this number"]


def test_renaming_keeps_the_name_index_in_step(spelled: Database):
    record = cases.find_case(spelled, case_no="T-3")
    fields = record.fields()
    renamed = CaseFields(
        **{**fields.as_dict(), "name_latin": "Zainab Hussein", "name_arabic": "زينب حسين"}
    )
    cases.save_case(spelled, fields=renamed, detainee_id=record.id, expected_version=record.version)
    assert cases.search_cases(spelled, text="Fatima") == []
    assert cases.search_cases(spelled, text="فاطمة") == []
    assert [r.case_no for r in cases.search_cases(spelled, text="Zeinab Husain")] == ["T-3"]
    assert [r.case_no for r in cases.search_cases(spelled, text="حسين")] == ["T-3"]
    history = case_detail.history_for(spelled, detainee_id=record.id)
    changed = {h.field: (h.before, h.after) for h in history if h.action == "update"}
    assert changed["name_latin"] == ("Fatimah Yousef", "Zainab Hussein")


def test_a_stale_save_is_refused(spelled: Database):
    record = cases.find_case(spelled, case_no="T-1")
    first = CaseFields(**{**record.fields().as_dict(), "notes": "first"})
    cases.save_case(spelled, fields=first, detainee_id=record.id, expected_version=record.version)
    second = CaseFields(**{**record.fields().as_dict(), "notes": "second"})
    with pytest.raises(ConflictError):
        cases.save_case(
            spelled, fields=second, detainee_id=record.id, expected_version=record.version
        )
    assert cases.get_case(spelled, detainee_id=record.id).notes == "first"


def test_validation_names_each_field(empty_db: Database):
    bad = person(
        "??",
        "محمد",
        "Mohammed",
        birth_year=1850,
        nationality="Syria",
        held_since=date(2999, 1, 1),
    )
    with pytest.raises(ValidationError) as caught:
        cases.save_case(empty_db, fields=bad)
    fields = {p.field for p in caught.value.problems}
    assert fields == {
        "case_no",
        "name_latin",
        "name_arabic",
        "birth_year",
        "nationality",
        "held_since",
    }


def test_sentence_end_follows_start_and_length(empty_db: Database):
    saved = cases.save_case(
        empty_db,
        fields=person("S-1", "Omar", sentence_start=date(2019, 1, 31), sentence_months=13),
    )
    assert saved.sentence_end == date(2020, 2, 29)


def held(db: Database, facility_id: int) -> int:
    with db.read() as s:
        return occupancy_rows(s, facility_id)[0].held


def test_transfer_moves_the_person_and_both_counts(seeded_db: Database):
    page = cases.page_cases(seeded_db, query=CaseQuery(statuses=("held",)), limit=1)
    record = cases.get_case(seeded_db, detainee_id=page.rows[0].id)
    options = cases.case_options(seeded_db)
    target = next(f.id for f in options.facilities if f.id != record.facility_id)
    assert record.facility_id is not None
    before = held(seeded_db, record.facility_id), held(seeded_db, target)
    moved = case_detail.transfer_case(
        seeded_db,
        detainee_id=record.id,
        to_facility_id=target,
        transferred_on=date(2021, 3, 1),
        expected_version=record.version,
        reason="Overcrowding",
    )
    assert moved.facility_id == target
    assert held(seeded_db, record.facility_id) == before[0] - 1
    assert held(seeded_db, target) == before[1] + 1
    [transfer] = case_detail.transfers_for(seeded_db, detainee_id=record.id)
    assert (transfer.from_facility_id, transfer.to_facility_id) == (record.facility_id, target)
    assert transfer.reason == "Overcrowding"
    with pytest.raises(ValidationError) as caught:
        case_detail.transfer_case(
            seeded_db,
            detainee_id=record.id,
            to_facility_id=target,
            transferred_on=date(2021, 3, 2),
            expected_version=moved.version,
        )
    assert caught.value.for_field("to_facility_id") == ["The person is already held there"]
    with pytest.raises(ConflictError):
        case_detail.transfer_case(
            seeded_db,
            detainee_id=record.id,
            to_facility_id=record.facility_id,
            transferred_on=date(2021, 3, 2),
            expected_version=record.version,
        )


def test_duplicate_candidates_share_all_name_words_and_the_year(spelled: Database):
    found = case_detail.duplicate_candidates(
        spelled, name_latin="Muhammad Abdelrahman", birth_year=1985
    )
    assert [r.case_no for r in found] == ["T-1"]
    # An article and a spelling the index keeps for typing (Mehmet: mihmat) are not words
    # the other person must have.
    found = case_detail.duplicate_candidates(
        spelled, name_latin="Mehmet Abd al-Rahman", birth_year=1985
    )
    assert [r.case_no for r in found] == ["T-1"]
    assert case_detail.duplicate_candidates(spelled, name_latin="Muhammad", birth_year=1990) == []
    by_arabic = case_detail.duplicate_candidates(spelled, name_latin="Someone", name_arabic="احمد")
    assert [r.case_no for r in by_arabic] == ["T-2"]
    own = cases.find_case(spelled, case_no="T-2")
    assert case_detail.duplicate_candidates(spelled, name_latin="Ahmed", exclude_id=own.id) == []


def test_decisions_of_a_released_person(seeded_db: Database):
    page = cases.page_cases(seeded_db, query=CaseQuery(statuses=("released",)), limit=1)
    [decision] = decisions_for_case(seeded_db, detainee_id=page.rows[0].id)
    assert decision.outcome == "released"
    assert decision.amnesty_title == "General amnesty, October 2020"
    assert decision.revoked_at is None


def test_options_list_filters(seeded_db: Database):
    options = cases.case_options(seeded_db)
    assert options.total == 10_000
    assert "SY" in options.nationalities and "FR" in options.nationalities
    assert {c.name for c in options.categories} >= {"European national", "Iraqi national"}
    assert len(options.facilities) == 27
