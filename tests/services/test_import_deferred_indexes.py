"""A cases import much larger than the table drops the indexes of the people and their
search tokens on SQLite and builds them again before the commit, inside the one
transaction: a problem, a Cancel or a failure half-way leaves the schema (every index) and
the data exactly as they were. PostgreSQL never drops them (it would lock readers out)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from desktop.domain.errors import ValidationError
from desktop.domain.import_rules import CASES, describe
from desktop.services import import_kinds, importing
from desktop.services.database import Database
from desktop.services.importing import ImportCancelled, import_file
from desktop.store import bulk_io
from desktop.store.models import Detainee, DetaineeToken


def cases_csv(path: Path, count: int, **changed: dict[str, str]) -> Path:
    """``count`` new cases; ``changed`` maps a row number (``row2`` is the first) to the
    cells to change."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CASES.names)
        for i in range(count):
            row = dict.fromkeys(CASES.names, "")
            row.update(case_no=f"NEW-{i:05d}", name_latin=f"al-Hassan Person {i}", status="held")
            row.update(held_since="2019-03-23", synthetic="no", violent_crime="yes")
            row.update(changed.get(f"row{i + 2}", {}))
            writer.writerow(row.values())
    return path


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 7 rows, and the indexes dropped from an import of 10 rows."""
    monkeypatch.setattr(importing, "STREAM_BATCH", 7)
    monkeypatch.setattr(importing, "_TICK", 5)
    monkeypatch.setattr(import_kinds, "DEFER_FROM", 10)


def recorded(database: Database) -> list[str]:
    """Every statement sent to ``database`` from now on."""
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(database.engine, "before_cursor_execute", record)
    return seen


def schema(database: Database) -> list[tuple[Any, ...]]:
    with database.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        else:
            query = "SELECT indexname, indexdef FROM pg_indexes ORDER BY indexname"
        return [tuple(r) for r in conn.execute(text(query))]


def counts(database: Database) -> tuple[int, int]:
    with database.engine.connect() as conn:
        people = conn.execute(select(func.count()).select_from(Detainee)).scalar_one()
        tokens = conn.execute(select(func.count()).select_from(DetaineeToken)).scalar_one()
    return int(people), int(tokens)


def dropped(statements: list[str]) -> list[str]:
    return [s for s in statements if s.lstrip().upper().startswith("DROP INDEX")]


@pytest.mark.usefixtures("small")
def test_a_large_import_drops_the_indexes_on_sqlite_only_and_builds_them_again(
    empty_backend_db: Database, tmp_path: Path
) -> None:
    before = schema(empty_backend_db)
    statements = recorded(empty_backend_db)
    result = import_file(empty_backend_db, kind="cases", path=cases_csv(tmp_path / "c.csv", 30))
    assert (result.rows, result.added) == (30, 30)
    sqlite = empty_backend_db.engine.dialect.name == "sqlite"
    # All of the plain indexes of the two tables (12 and 1), on SQLite; none on PostgreSQL.
    assert len(dropped(statements)) == (13 if sqlite else 0)
    assert schema(empty_backend_db) == before
    people, tokens = counts(empty_backend_db)
    assert people == 30 and tokens == 30 * 4  # al-Hassan Person N: al, hasan, pirsun, N
    with empty_backend_db.engine.connect() as conn:  # read through the rebuilt indexes
        found = conn.execute(
            select(func.count()).select_from(DetaineeToken).where(DetaineeToken.token == "hasan")
        ).scalar_one()
        held = conn.execute(
            select(func.count()).select_from(Detainee).where(Detainee.status == "held")
        ).scalar_one()
    assert (found, held) == (30, 30)


@pytest.mark.usefixtures("small")
def test_an_import_small_against_the_table_keeps_its_indexes(
    seeded_db: Database, tmp_path: Path
) -> None:
    seen = recorded(seeded_db)
    import_file(seeded_db, kind="cases", path=cases_csv(tmp_path / "c.csv", 40))
    assert dropped(seen) == []  # 40 new cases beside 10,000


@pytest.mark.usefixtures("small")
def test_a_problem_in_the_last_batch_restores_every_index_and_writes_nothing(
    empty_db: Database, tmp_path: Path
) -> None:
    before, data = schema(empty_db), counts(empty_db)
    statements = recorded(empty_db)
    path = cases_csv(tmp_path / "c.csv", 40, row41={"category": "no-such-code"})
    with pytest.raises(ValidationError) as caught:
        import_file(empty_db, kind="cases", path=path)
    assert [describe(p) for p in caught.value.problems] == [
        "row 41, column category, value 'no-such-code': no category with this code"
    ]
    assert len(dropped(statements)) == 13
    written = [s for s in statements if s.startswith("INSERT INTO detainee (")]
    assert len(written) == 5  # the first five batches went in, without indexes
    assert schema(empty_db) == before
    assert counts(empty_db) == data == (0, 0)


@pytest.mark.usefixtures("small")
def test_a_cancel_with_the_indexes_dropped_restores_them_and_writes_nothing(
    empty_db: Database, tmp_path: Path
) -> None:
    before = schema(empty_db)
    statements = recorded(empty_db)
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        import_file(
            empty_db,
            kind="cases",
            path=cases_csv(tmp_path / "c.csv", 40),
            progress=lambda done, _total: seen.append(done),
            cancelled=lambda: bool(seen) and seen[-1] >= 20,
        )
    assert len(dropped(statements)) == 13
    assert schema(empty_db) == before
    assert counts(empty_db) == (0, 0)


@pytest.mark.usefixtures("small")
def test_a_failure_half_way_with_the_indexes_dropped_restores_them(
    empty_db: Database, tmp_path: Path
) -> None:
    before = schema(empty_db)
    statements = recorded(empty_db)

    def progress(done: int, _total: int) -> None:
        if done >= 25:
            raise OSError("the disk went away")

    with pytest.raises(OSError, match="went away"):
        import_file(
            empty_db, kind="cases", path=cases_csv(tmp_path / "c.csv", 40), progress=progress
        )
    assert len(dropped(statements)) == 13
    assert schema(empty_db) == before
    assert counts(empty_db) == (0, 0)
    # and the database takes the same file afterwards
    assert import_file(empty_db, kind="cases", path=cases_csv(tmp_path / "c.csv", 40)).added == 40


@pytest.mark.usefixtures("small")
def test_an_import_beside_many_cases_writes_with_a_larger_page_cache_and_sets_it_back(
    seeded_db: Database, tmp_path: Path
) -> None:
    seen = recorded(seeded_db)
    bad = cases_csv(tmp_path / "bad.csv", 40, row41={"category": "no-such-code"})
    with pytest.raises(ValidationError):
        import_file(seeded_db, kind="cases", path=bad)
    import_file(seeded_db, kind="cases", path=cases_csv(tmp_path / "c.csv", 40))
    pragmas = [s for s in seen if s.startswith("PRAGMA cache_size")]
    larger = f"PRAGMA cache_size = -{bulk_io.IMPORT_CACHE_KIB}"
    # read, made larger, and set back to what it was: after the problem and after the commit
    assert pragmas == 2 * ["PRAGMA cache_size", larger, "PRAGMA cache_size = -2000"]
    assert dropped(seen) == []
