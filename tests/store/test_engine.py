"""Every connection's settings, file privacy and constraints the database enforces."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from desktop.services.database import Database, open_database
from desktop.store.models import AmnestyDecision, Detainee, Facility, Headcount


def test_every_connection_sets_wal_full_sync_foreign_keys_and_busy_timeout(seeded_db: Database):
    with seeded_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_reads_reuse_pooled_connections_one_thread_at_a_time(
    seeded_db: Database, seeded_path: Path
):
    """A read does not open a new connection; a connection returned by one thread serves
    another (no same-thread check); a unit of work that writes still takes the write lock
    from its start, so another writer with no patience is refused at once."""
    import sqlite3
    import threading

    def driver_connection() -> object:
        with seeded_db.read() as s:
            s.execute(text("SELECT count(*) FROM detainee")).scalar_one()
            return s.connection().connection.driver_connection

    first = driver_connection()  # kept alive: a new connection could not reuse its id
    assert driver_connection() is first
    seen: list[object] = []
    worker = threading.Thread(target=lambda: seen.append(driver_connection()))
    worker.start()
    worker.join()
    assert seen[0] is first
    other = sqlite3.connect(seeded_path, isolation_level=None, timeout=0)
    try:
        with seeded_db.session() as s:
            s.execute(text("SELECT 1")).scalar_one()  # begun, nothing written yet
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the unit of work is over
        other.execute("ROLLBACK")
        with seeded_db.read() as s:
            s.execute(text("SELECT 1")).scalar_one()
            other.execute("BEGIN IMMEDIATE")  # a read holds no write lock
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_new_database_and_its_wal_are_private(tmp_path: Path):
    path = tmp_path / "private.db"
    database = open_database(str(path), seed_demo=False)
    try:
        with database.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            wal = Path(f"{path}-wal")
            assert wal.exists()
            assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    finally:
        database.dispose()


def test_foreign_keys_are_enforced(empty_db: Database):
    with pytest.raises(IntegrityError), empty_db.engine.begin() as conn:
        conn.execute(
            insert(Detainee).values(
                case_no="X-1", name_latin="Test Person", facility_id=9999, version=1
            )
        )


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (Facility, {"name": "Bad capacity", "kind": "camp", "capacity": -1}),
        (Facility, {"name": "Bad kind", "kind": "castle"}),
        (Detainee, {"case_no": "X-2", "name_latin": "A", "status": "vanished"}),
        (Detainee, {"case_no": "X-3", "name_latin": "A", "sex": "Q"}),
    ],
)
def test_checks_refuse_bad_values(empty_db: Database, model: type, values: dict[str, object]):
    with pytest.raises(IntegrityError), empty_db.engine.begin() as conn:
        conn.execute(insert(model).values(version=1, **values))


def test_headcount_total_cannot_be_negative(seeded_db: Database):
    with seeded_db.engine.begin() as conn:
        fid = conn.execute(text("SELECT id FROM facility WHERE name = 'al-Hol camp'")).scalar()
        source = conn.execute(text("SELECT id FROM source LIMIT 1")).scalar()
    with pytest.raises(IntegrityError), seeded_db.engine.begin() as conn:
        conn.execute(
            insert(Headcount).values(
                facility_id=fid,
                as_of=__import__("datetime").date(2021, 1, 1),
                total=-5,
                precision="exact",
                source_id=source,
                version=1,
            )
        )


def test_names_are_unique_within_their_parent(seeded_db: Database):
    with pytest.raises(IntegrityError), seeded_db.engine.begin() as conn:
        conn.execute(insert(Facility).values(name="al-Hol camp", kind="camp", version=1))


def test_one_final_decision_per_person_and_amnesty(seeded_db: Database):
    with seeded_db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT detainee_id, amnesty_id FROM amnesty_decision LIMIT 1")
        ).one()
    import datetime as dt

    base = {
        "detainee_id": row.detainee_id,
        "amnesty_id": row.amnesty_id,
        "decision_date": dt.date(2020, 10, 2),
        "version": 1,
    }
    with seeded_db.engine.begin() as conn:  # pending beside a final one is allowed
        conn.execute(insert(AmnestyDecision).values(outcome="pending", **base))
    with pytest.raises(IntegrityError), seeded_db.engine.begin() as conn:
        conn.execute(insert(AmnestyDecision).values(outcome="denied", **base))


def test_statement_parameters_never_reach_logs_or_errors(
    empty_db: Database, caplog: pytest.LogCaptureFixture
):
    canary = "Canaryname Zzyzx-Qwerty"
    empty_db.engine.echo = True
    with caplog.at_level(logging.INFO, logger="sqlalchemy.engine"):
        with empty_db.engine.begin() as conn:
            conn.execute(insert(Detainee).values(case_no="C-1", name_latin=canary, version=1))
        with pytest.raises(IntegrityError) as failure, empty_db.engine.begin() as conn:
            conn.execute(insert(Detainee).values(case_no="C-1", name_latin=canary, version=1))
    assert "INSERT INTO detainee" in caplog.text
    assert canary not in caplog.text
    assert canary not in str(failure.value)


@pytest.mark.parametrize("raw", ["²", "-5", "soon", "99999999999999999999999999"])
def test_a_busy_timeout_that_is_no_usable_number_falls_back_to_ten_seconds(
    monkeypatch: pytest.MonkeyPatch, raw: str
):
    """A mistyped CASE_TRACKER_BUSY_TIMEOUT_MS must not stop every command with a traceback
    (a superscript is a digit to str.isdigit, but int() cannot read it)."""
    from desktop.store.engine import BUSY_TIMEOUT_MS, busy_timeout_ms

    monkeypatch.setenv("CASE_TRACKER_BUSY_TIMEOUT_MS", raw)
    assert busy_timeout_ms() == BUSY_TIMEOUT_MS
