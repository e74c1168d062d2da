"""The first rows of the case list read at once (``services.first_rows``) are the rows,
names and cursors the background read (``cases.page_cases``) gives; anything else is left
to that read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.services.cases import CaseQuery, page_cases
from desktop.services.database import Database, open_database
from desktop.services.first_rows import is_quick, quick_first_page
from desktop.store.first_rows import read_first_rows


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("limit", [1, 7, 64, 200])
def test_the_rows_read_at_once_are_those_read_in_the_background(
    seeded_db: Database, descending: bool, limit: int
) -> None:
    query = CaseQuery(descending=descending)
    quick = quick_first_page(seeded_db, query, limit)
    usual = page_cases(seeded_db, query=query, limit=limit)
    assert quick is not None
    assert len(quick.rows) == limit
    assert quick == usual  # rows (names, dates, categories, facilities) and both cursors
    # The next page continues from the quick page's cursor as from the usual one's.
    after = page_cases(seeded_db, query=query, limit=5, after=quick.last)
    assert after == page_cases(seeded_db, query=query, limit=5, after=usual.last)


def test_unknown_values_and_an_empty_list(seeded_db: Database, empty_db: Database) -> None:
    path = seeded_db.path
    assert path is not None
    with sqlite3.connect(path) as conn:
        first = conn.execute("SELECT id FROM detainee ORDER BY case_no, id LIMIT 1").fetchone()[0]
        conn.execute(
            "UPDATE detainee SET name_arabic = NULL, birth_year = NULL, nationality = NULL, "
            "category_id = NULL, facility_id = NULL, held_since = NULL WHERE id = ?",
            (first,),
        )
    query = CaseQuery()
    assert quick_first_page(seeded_db, query, 3) == page_cases(seeded_db, query=query, limit=3)
    assert quick_first_page(empty_db, query, 64) == page_cases(empty_db, query=query, limit=64)


@pytest.mark.parametrize(
    "query",
    [
        CaseQuery(search="moh"),
        CaseQuery(search="SYN-00"),
        CaseQuery(statuses=("held",)),
        CaseQuery(facility_ids=(1,)),
        CaseQuery(category_ids=(1,)),
        CaseQuery(nationalities=("SY",)),
        CaseQuery(sort="name_latin"),
        CaseQuery(sort="facility", descending=True),
    ],
)
def test_searches_filters_and_other_orders_are_read_in_the_background(
    seeded_db: Database, query: CaseQuery
) -> None:
    assert not is_quick(query)
    assert quick_first_page(seeded_db, query, 64) is None


def test_a_server_database_is_read_in_the_background(seeded_backend_db: Database) -> None:
    page = quick_first_page(seeded_backend_db, CaseQuery(), 64)
    if seeded_backend_db.server:
        assert page is None
    else:
        assert page == page_cases(seeded_backend_db, query=CaseQuery(), limit=64)


def test_a_file_that_cannot_be_read_at_once_is_left_to_the_usual_read(
    seeded_db: Database, tmp_path: Path
) -> None:
    path = seeded_db.path
    assert path is not None
    # A value the usual reading would refuse in its own words: not guessed at here.
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE detainee SET held_since = 'not a date' WHERE id = "
            "(SELECT id FROM detainee ORDER BY case_no, id LIMIT 1)"
        )
    assert quick_first_page(seeded_db, CaseQuery(), 64) is None
    # Not a database at all, or no file: None, never an exception.
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not an SQLite file, just text" * 100)
    assert read_first_rows(bogus, 10) is None
    assert read_first_rows(tmp_path / "missing.db", 10) is None
    assert not (tmp_path / "missing.db").exists()  # nothing created


def test_a_writer_holding_the_file_does_not_hold_up_the_read(seeded_db: Database) -> None:
    """An uncommitted write elsewhere (WAL): the read does not wait, and sees the rows as
    they were committed."""
    path = seeded_db.path
    assert path is not None
    before = quick_first_page(seeded_db, CaseQuery(), 5)
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE detainee SET name_latin = 'Changed Meanwhile'")
        during = quick_first_page(seeded_db, CaseQuery(), 5)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert during is not None and during == before


def test_an_encrypted_file_is_read_in_the_background(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    from desktop.services.database import init_database

    url = f"sqlite+pysqlcipher:///{tmp_path / 'secret.db'}"
    init_database(url, passphrase="correct horse battery staple").dispose()
    database = open_database(url, passphrase="correct horse battery staple", create=False)
    try:
        assert quick_first_page(database, CaseQuery(), 64) is None
        assert page_cases(database, query=CaseQuery(), limit=64).rows
    finally:
        database.dispose()
