"""The list's search selects, orders and counts the same people on SQLite and PostgreSQL,
whichever way it is read (walking the sort order, or driven by the rarest word), for what
people type: one letter, Arabic, case numbers and several words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop.domain.case_rules import case_no_prefix
from desktop.domain.folding import query_tokens
from desktop.services import cases
from desktop.services.database import Database, open_database
from desktop.store import case_queries
from desktop.store.case_queries import CaseQuery
from desktop.store.models import Detainee, DetaineeToken
from desktop.store.search import TOKEN_LENGTH

pytestmark = pytest.mark.postgres

TYPED = [
    "m",  # one letter, a fifth of the people
    "s",  # one letter that every case number and every synthetic name starts with
    "م",  # one Arabic letter
    "يوسف إبر",  # Arabic, two words
    "mohammed h",  # two common words, the second one letter
    "hussein mustafa",
    "ahmad ali khaled",
    "syn-00012",  # a case number
    "syn-0",
    "zz",  # nobody
]


@pytest.fixture
def db(seeded_backend_url: str) -> Iterator[Database]:
    database = open_database(seeded_backend_url, create=False)
    yield database
    database.dispose()


class Truth:
    """Every person's tokens, case number and sort values, read once; the people a text
    selects worked out from them in Python."""

    def __init__(self, db: Database) -> None:
        self.tokens: dict[int, list[str]] = {}
        with db.read() as s:
            for i, token in s.execute(select(DetaineeToken.detainee_id, DetaineeToken.token)):
                self.tokens.setdefault(int(i), []).append(token)
            self.people = [
                (int(i), number, sex)
                for i, number, sex in s.execute(select(Detainee.id, Detainee.case_no, Detainee.sex))
            ]

    def ids(self, text: str, sort: str, descending: bool) -> list[int]:
        words = [w[:TOKEN_LENGTH] for w in query_tokens(text)]
        stripped = text.strip()
        prefix = None if any(c.isspace() for c in stripped) else case_no_prefix(stripped)
        found = [
            ((number if sort == "case_no" else sex), i)
            for i, number, sex in self.people
            if (prefix is not None and number.startswith(prefix))
            or (words and all(any(t.startswith(w) for t in self.tokens.get(i, [])) for w in words))
        ]
        found.sort(reverse=descending)
        return [i for _v, i in found]


def listed(db: Database, query: CaseQuery, limit: int) -> list[int]:
    ids: list[int] = []
    page = cases.page_cases(db, query=query, limit=limit)
    while page.rows:
        ids.extend(r.id for r in page.rows)
        page = cases.page_cases(db, query=query, limit=limit, after=page.last)
    return ids


@pytest.mark.parametrize("read", ["as planned", "always walked", "always driven"])
def test_search_lists_and_counts_the_same_people_on_both_backends(
    db: Database, read: str, monkeypatch: pytest.MonkeyPatch
):
    if read == "always walked":
        monkeypatch.setattr(case_queries, "DRIVE_LIMIT", 0)
    elif read == "always driven":
        monkeypatch.setattr(case_queries, "DRIVE_LIMIT", 10**9)
    truth = Truth(db)
    for text in TYPED:
        for sort, descending in (("case_no", False), ("sex", True)):
            query = CaseQuery(search=text, sort=sort, descending=descending)
            expected = truth.ids(text, sort, descending)
            assert cases.count_cases(db, query=query) == len(expected), (text, sort)
            first = cases.page_cases(db, query=query, limit=200)
            assert [r.id for r in first.rows] == expected[:200], (text, sort)
            if len(expected) <= 1000:
                assert listed(db, query, 97) == expected, (text, sort)


def test_the_typed_texts_cover_each_kind_of_search(db: Database):
    sizes = {
        text: cases.count_cases(db, query=CaseQuery(search=text))
        for text in ("m", "s", "م", "mohammed h", "syn-00012", "zz")
    }
    assert sizes["s"] == 10_000
    assert 1000 < sizes["m"] < 5000 and 1000 < sizes["م"] < 5000
    assert 0 < sizes["mohammed h"] < sizes["m"]
    assert 0 < sizes["syn-00012"] <= 11
    assert sizes["zz"] == 0


def test_a_person_found_by_case_number_and_by_name_is_counted_once(empty_db: Database):
    from desktop.domain.case_rules import CaseFields

    def person(number: str, latin: str) -> CaseFields:
        return CaseFields(case_no=number, name_latin=latin, birth_year=1980, status="released")

    for number, latin in (("M-1", "Ali Hassan"), ("X-2", "Mohammed Ali"), ("M-3", "Mona Ali")):
        cases.save_case(empty_db, fields=person(number, latin))
    for read in ("m", "mo", "m-", "ali", "x"):
        query = CaseQuery(search=read)
        found = [r.case_no for r in cases.page_cases(empty_db, query=query).rows]
        assert cases.count_cases(empty_db, query=query) == len(found), read
    assert [r.case_no for r in cases.page_cases(empty_db, query=CaseQuery(search="m")).rows] == [
        "M-1",
        "M-3",
        "X-2",
    ]
