"""The same database on a shared PostgreSQL server: migrations, first-open seeding, the
reported figures, name search and the command line agree with SQLite."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import inspect, text

from desktop.domain.errors import DatabaseError, RuleError
from desktop.services import cases
from desktop.services.database import Database, init_database, open_database
from desktop.store import migrate
from desktop.store.case_queries import CaseQuery
from desktop.store.engine import make_engine, resolve_url
from desktop.store.models import Base

pytestmark = pytest.mark.postgres

QUERIES = [
    "moh",
    "Mohammed Kh",
    "mustafa",
    "moustafa",  # folded to the same token as mustafa
    "محمد",
    "مصطفى",
    "عبد الرحمن",
    "SYN-00012",
    "synthetic-77",
    "zzz-nobody",
]


def scalar(db: Database, sql: str) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


def test_migrations_upgrade_downgrade_and_upgrade_again(pg_url: str):
    engine = make_engine(resolve_url(pg_url))
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())
        migrate.downgrade(engine, "base")
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
            functions = conn.execute(
                text("SELECT count(*) FROM pg_proc WHERE proname = 'change_log_append_only'")
            ).scalar()
            assert functions == 0
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_schema_matches_models_on_postgresql(pg_url: str):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(resolve_url(pg_url))
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_first_open_of_an_empty_server_database_migrates_and_seeds_it_once(pg_url: str):
    with pytest.raises(DatabaseError, match="empty database"):
        open_database(pg_url, create=False)
    db = open_database(pg_url)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert scalar(db, "SELECT count(*) FROM detainee") == 10_000
        assert scalar(db, "SELECT count(*) FROM facility WHERE synthetic") == 25
        assert scalar(db, "SELECT count(*) FROM amnesty_decision WHERE outcome = 'released'") == 631
        assert scalar(db, "SELECT count(*) FROM amnesty_decision WHERE outcome = 'reduced'") == 253
        assert scalar(db, "SELECT value FROM reported_total WHERE code = 'detained'") == 10_000
        assert scalar(db, "SELECT capacity FROM facility WHERE name = 'al-Hol camp'") is None
    finally:
        db.dispose()
    again = open_database(pg_url, create=False)
    try:
        assert scalar(again, "SELECT count(*) FROM detainee") == 10_000
    finally:
        again.dispose()


def test_init_refuses_a_server_database_that_is_not_empty(pg_url: str):
    init_database(pg_url, empty=True).dispose()
    with pytest.raises(RuleError, match="not empty"):
        init_database(pg_url)


@pytest.fixture
def both_seeded(seeded_db: Database, pg_seeded_url: str) -> Iterator[tuple[Database, Database]]:
    pg = open_database(pg_seeded_url, create=False)
    yield seeded_db, pg
    pg.dispose()


def test_the_same_seed_on_both_backends(both_seeded: tuple[Database, Database]):
    sqlite_db, pg_db = both_seeded
    for sql in (
        "SELECT count(*) FROM detainee",
        "SELECT count(*) FROM detainee WHERE status = 'held'",
        "SELECT count(*) FROM facility",
        "SELECT sum(id) FROM detainee WHERE nationality IS NOT NULL",
        "SELECT count(*) FROM detainee_token",
        "SELECT count(*) FROM amnesty_decision WHERE outcome = 'released'",
        "SELECT count(*) FROM amnesty_decision WHERE outcome = 'reduced'",
    ):
        assert scalar(sqlite_db, sql) == scalar(pg_db, sql), sql


def test_name_search_finds_the_same_people_on_both_backends(
    both_seeded: tuple[Database, Database],
):
    """The product's own search (the list's search box and ``case-tracker search``), with
    its dialect branch, finds the same people in the same order on both backends."""
    sqlite_db, pg_db = both_seeded
    found_any = False
    for query in QUERIES:
        results = [
            [(r.id, r.case_no) for r in cases.search_cases(db, text=query, limit=10_000)]
            for db in (sqlite_db, pg_db)
        ]
        assert results[0] == results[1], query
        found_any = found_any or bool(results[0])
        if query == "zzz-nobody":
            assert results[0] == []
        counted = [cases.count_cases(db, query=CaseQuery(search=query)) for db in both_seeded]
        assert counted[0] == counted[1] == len(results[0]), query
    assert found_any


def test_the_token_index_compares_bytes_on_postgresql(pg_seeded_url: str):
    """COLLATE "C": a prefix range over Arabic and Latin tokens is an index range scan."""
    db = open_database(pg_seeded_url, create=False)
    try:
        collation = scalar(
            db,
            "SELECT collation_name FROM information_schema.columns "
            "WHERE table_name = 'detainee_token' AND column_name = 'token'",
        )
        assert collation == "C"
    finally:
        db.dispose()


@pytest.mark.slow
def test_cli_init_and_demo_against_a_server(
    cli: Callable[..., subprocess.CompletedProcess[str]], pg_url: str
):
    created = cli("init", "--db", pg_url)
    assert created.returncode == 0, created.stderr
    assert "10,000 cases" in created.stdout
    assert created.stdout.startswith("created 127.0.0.1/")
    added = cli("demo", "--db", pg_url, "--cases", "500", "--seed", "3")
    assert added.returncode == 0, added.stderr
    again = cli("init", "--db", pg_url)
    assert again.returncode == 1 and "not empty" in again.stderr
    encrypted = cli("init", "--encrypt", "--db", pg_url, env={"CASE_TRACKER_PASSPHRASE": "x" * 12})
    assert encrypted.returncode == 1 and "SQLite files only" in encrypted.stderr
    db = open_database(pg_url, create=False)
    try:
        assert scalar(db, "SELECT count(*) FROM detainee") == 10_500
        assert scalar(db, "SELECT count(DISTINCT case_no) FROM detainee") == 10_500
    finally:
        db.dispose()


def test_two_clients_opening_a_new_server_database_at_once_seed_it_once(pg_url: str):
    """Several users of a new shared database: the first sets it up, the others wait."""
    script = (
        "import sys\n"
        "from desktop.services.database import open_database, add_demo\n"
        "db = open_database(sys.argv[1])\n"
        "add_demo(db, 1, int(sys.argv[2]))\n"
        "db.dispose()\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, pg_url, str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in (1, 2, 3)
    ]
    for p in procs:
        _out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    db = open_database(pg_url, create=False)
    try:
        assert scalar(db, "SELECT count(*) FROM detainee") == 10_003
        assert scalar(db, "SELECT count(*) FROM db_setting WHERE key = 'seeded'") == 1
    finally:
        db.dispose()


def test_without_postgresql_ci_fails_where_a_developer_skips(monkeypatch: pytest.MonkeyPatch):
    import pg_server

    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required in CI"):
        pg_server._unavailable("no PostgreSQL here")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no PostgreSQL here"):
        pg_server._unavailable("no PostgreSQL here")
