"""The database itself refuses numbers over the domain's bounds, and every statement form
that could change or remove a history row, on SQLite and on PostgreSQL (migration 0003)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from desktop.domain import limits
from desktop.store import migrate
from desktop.store.engine import make_engine, resolve_url

FIXTURE_ROWS = (
    "INSERT INTO source (id, code, title) VALUES (1, 's', 'Source')",
    "INSERT INTO facility (id, name, kind, status, capacity, synthetic, version) "
    "VALUES (1, 'Centre', 'prison', 'open', 10, false, 1)",
    "INSERT INTO category (id, code, name, version) VALUES (1, 'c', 'Category', 1)",
    "INSERT INTO detainee (id, case_no, name_latin, sex, status, facility_id, "
    "sentence_months, synthetic, version) "
    "VALUES (1, 'T-1', 'Test Person', 'U', 'held', 1, 12, false, 1)",
    "INSERT INTO amnesty (id, title, issued_on, issued_on_precision, rules_json, version) "
    "VALUES (1, 'Amnesty', '2020-10-15', 'day', '{}', 1)",
    # pending: a proposal's content is fixed (on PostgreSQL its trigger refuses any change),
    # a pending decision's is not, so that the bound of a fraction is met by an UPDATE
    "INSERT INTO amnesty_decision (id, amnesty_id, detainee_id, outcome, decision_date, "
    "synthetic, version) VALUES (1, 1, 1, 'pending', '2020-10-16', false, 1)",
    "INSERT INTO headcount (id, facility_id, as_of, as_of_precision, total, precision, "
    "source_id, version) VALUES (1, 1, '2020-10-01', 'day', 100, 'exact', 1, 1)",
    "INSERT INTO headcount_category (headcount_id, category_id, count) VALUES (1, 1, 50)",
    # the first history row of a new database: id 1
    "INSERT INTO change_log (who, table_name, record_id, action) "
    "VALUES ('officer', 'facility', 1, 'update')",
)


@pytest.fixture
def engine(backend_url: str) -> Iterator[Engine]:
    engine = make_engine(resolve_url(backend_url))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        for statement in FIXTURE_ROWS:
            conn.execute(text(statement))
    yield engine
    engine.dispose()


def refused(engine: Engine, statement: str, **params: object) -> str:
    """The database's message for a statement it refuses (the transaction rolled back)."""
    with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
        conn.execute(text(statement), params)
    return str(caught.value.orig)


def accepted(engine: Engine, statement: str, **params: object) -> None:
    with engine.begin() as conn:
        conn.execute(text(statement), params)


# --- bounds -------------------------------------------------------------------------------

# (table, column, bound, an UPDATE of row 1, an INSERT of a new row with :v)
BOUNDS = [
    (
        "facility",
        "capacity",
        limits.CAPACITY_MAX,
        "UPDATE facility SET capacity = :v WHERE id = 1",
        "INSERT INTO facility (id, name, kind, status, capacity, synthetic, version) "
        "VALUES (2, 'Other', 'camp', 'open', :v, false, 1)",
    ),
    (
        "headcount",
        "total",
        limits.HEADCOUNT_MAX,
        "UPDATE headcount SET total = :v WHERE id = 1",
        "INSERT INTO headcount (id, facility_id, as_of, as_of_precision, total, precision, "
        "source_id, version) VALUES (2, 1, '2020-11-01', 'day', :v, 'exact', 1, 1)",
    ),
    (
        "headcount_category",
        "count",
        limits.HEADCOUNT_MAX,
        "UPDATE headcount_category SET count = :v WHERE headcount_id = 1",
        "INSERT INTO headcount_category (headcount_id, category_id, count) VALUES (1, 2, :v)",
    ),
    (
        "detainee",
        "sentence_months",
        limits.SENTENCE_MONTHS_MAX,
        "UPDATE detainee SET sentence_months = :v WHERE id = 1",
        "INSERT INTO detainee (id, case_no, name_latin, sex, status, facility_id, "
        "sentence_months, synthetic, version) "
        "VALUES (2, 'T-2', 'Other Person', 'U', 'held', 1, :v, false, 1)",
    ),
    (
        "amnesty_decision",
        "fraction_den",
        limits.FRACTION_DENOMINATOR_MAX,
        "UPDATE amnesty_decision SET outcome = 'reduced', fraction_num = 1, fraction_den = :v "
        "WHERE id = 1",
        "INSERT INTO amnesty_decision (id, amnesty_id, detainee_id, outcome, fraction_num, "
        "fraction_den, decision_date, revoked_at, revoked_by, synthetic, version) "
        "VALUES (2, 1, 1, 'reduced', 1, :v, '2020-10-17', '2020-10-18 10:00:00', 'x', false, 1)",
    ),
]


@pytest.mark.parametrize(("table", "column", "bound", "update", "insert"), BOUNDS)
def test_the_database_refuses_a_number_over_its_bound(
    engine: Engine, table: str, column: str, bound: int, update: str, insert: str
) -> None:
    if table == "headcount_category":
        accepted(engine, "INSERT INTO category (id, code, name, version) VALUES (2, 'd', 'D', 1)")
    for statement in (update, insert):
        message = refused(engine, statement, v=bound + 1)
        assert column in message or f"{table}_" in message, message
        refused(engine, statement, v=10**18)
    # the bound itself is taken, by an update and by a new row
    accepted(engine, update, v=bound)
    accepted(engine, insert, v=bound)
    with engine.connect() as conn:
        largest = conn.execute(text(f'SELECT max("{column}") FROM {table}')).scalar()
    assert largest == bound


def test_a_huge_number_is_refused_without_changing_anything(engine: Engine) -> None:
    refused(engine, "UPDATE detainee SET sentence_months = :v WHERE id = 1", v=2_000_000_000)
    refused(engine, "UPDATE facility SET capacity = 1e300 WHERE id = 1")
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT sentence_months, capacity FROM detainee, facility WHERE detainee.id = 1")
        ).one()
    assert tuple(row) == (12, 10)


def test_an_upgrade_is_refused_when_stored_rows_break_a_bound(backend_url: str) -> None:
    from desktop.domain.errors import DatabaseError

    engine = make_engine(resolve_url(backend_url))
    try:
        migrate.upgrade(engine, "0002")
        with engine.begin() as conn:
            for statement in FIXTURE_ROWS:
                conn.execute(text(statement))
            conn.execute(text("UPDATE detainee SET sentence_months = 2000000000"))
        with pytest.raises(DatabaseError, match=r"1 row.*detainee with sentence_months above"):
            migrate.upgrade(engine)
        assert migrate.current_revision(engine) == "0002"
        migrate.downgrade(engine, "base")  # the triggers and constraints go with 0003's downgrade
    finally:
        engine.dispose()


def test_downgrade_removes_the_bounds(backend_url: str) -> None:
    engine = make_engine(resolve_url(backend_url))
    try:
        migrate.upgrade(engine)
        migrate.downgrade(engine, "0002")
        with engine.begin() as conn:
            for statement in FIXTURE_ROWS:
                conn.execute(text(statement))
        over = limits.CAPACITY_MAX + 1
        accepted(engine, "UPDATE facility SET capacity = :v WHERE id = 1", v=over)
        accepted(engine, "UPDATE facility SET capacity = 1 WHERE id = 1")
        migrate.upgrade(engine)
    finally:
        engine.dispose()


# --- history ------------------------------------------------------------------------------

SQLITE_FORMS = [
    "REPLACE INTO change_log (id, who, table_name, record_id, action) "
    "VALUES (1, 'FORGED', 'facility', 1, 'update')",
    "INSERT OR REPLACE INTO change_log (id, who, table_name, record_id, action) "
    "VALUES (1, 'FORGED', 'facility', 1, 'update')",
    "INSERT INTO change_log (id, who, table_name, record_id, action) "
    "VALUES (1, 'FORGED', 'facility', 1, 'update') ON CONFLICT (id) DO UPDATE SET who = 'FORGED'",
    "INSERT INTO change_log (id, who, table_name, record_id, action) "
    "VALUES (1, 'FORGED', 'facility', 1, 'update') "
    "ON CONFLICT (id) DO UPDATE SET who = excluded.who",
    "INSERT INTO change_log (who, table_name, record_id, action) "
    "SELECT 'FORGED', table_name, record_id, action FROM change_log WHERE id = 1 "
    "ON CONFLICT DO NOTHING",  # a new row: allowed, but the old one stays
    "UPDATE change_log SET who = 'FORGED' WHERE id = 1",
    "UPDATE OR REPLACE change_log SET who = 'FORGED' WHERE id = 1",
    "UPDATE OR REPLACE change_log SET id = 1 WHERE id = 2",
    "DELETE FROM change_log WHERE id = 1",
    "DELETE FROM change_log",
]
POSTGRES_FORMS = [
    "INSERT INTO change_log (id, who, table_name, record_id, action) "
    "VALUES (1, 'FORGED', 'facility', 1, 'update') ON CONFLICT (id) DO UPDATE SET who = 'FORGED'",
    "INSERT INTO change_log (id, who, table_name, record_id, action) "
    "VALUES (1, 'FORGED', 'facility', 1, 'update') "
    "ON CONFLICT (id) DO UPDATE SET who = excluded.who",
    "MERGE INTO change_log c USING (SELECT 1 AS id) s ON c.id = s.id "
    "WHEN MATCHED THEN UPDATE SET who = 'FORGED'",
    "MERGE INTO change_log c USING (SELECT 1 AS id) s ON c.id = s.id WHEN MATCHED THEN DELETE",
    "UPDATE change_log SET who = 'FORGED' WHERE id = 1",
    "UPDATE change_log SET id = 99 WHERE id = 1",
    "DELETE FROM change_log WHERE id = 1",
    "DELETE FROM change_log",
    "TRUNCATE change_log",
    "TRUNCATE change_log RESTART IDENTITY CASCADE",
]


def history(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, who FROM change_log ORDER BY id")).all()
    return [tuple(r) for r in rows]


def test_no_statement_can_change_or_remove_a_history_row(engine: Engine) -> None:
    forms = SQLITE_FORMS if engine.dialect.name == "sqlite" else POSTGRES_FORMS
    accepted(
        engine,
        "INSERT INTO change_log (who, table_name, record_id, action) "
        "VALUES ('reviewer', 'facility', 1, 'update')",
    )
    before = history(engine)
    login = None
    if engine.dialect.name == "postgresql":  # the server records the login, whatever is sent
        with engine.connect() as conn:
            login = conn.execute(text("SELECT session_user")).scalar()
        assert before == [(1, login), (2, login)]
    else:
        assert before == [(1, "officer"), (2, "reviewer")]
    for statement in forms:
        try:
            accepted(engine, statement)
        except DBAPIError as exc:
            assert "append-only" in str(exc.orig), statement
        after = history(engine)
        assert after[: len(before)] == before, statement
        assert all(who != "FORGED" or id_ > 2 for id_, who in after), statement
    # new rows are still written
    accepted(
        engine,
        "INSERT INTO change_log (who, table_name, record_id, action) "
        "VALUES ('clerk', 'facility', 1, 'update')",
    )
    assert history(engine)[-1][1] == (login or "clerk")


def test_on_sqlite_before_0003_replace_rewrote_history_and_upsert_hit_the_update_trigger(
    tmp_path,
) -> None:
    """Why 0003's insert guard is needed: at 0002, REPLACE's implicit delete fired no
    trigger and a forged row took the place of the original; an UPSERT's update path was
    already refused by 0002's update trigger."""
    engine = make_engine(resolve_url(str(tmp_path / "old.db")))
    try:
        migrate.upgrade(engine, "0002")
        accepted(engine, FIXTURE_ROWS[-1])
        upsert = (
            "INSERT INTO change_log (id, who, table_name, record_id, action) "
            "VALUES (1, 'FORGED', 'facility', 1, 'update') "
            "ON CONFLICT (id) DO UPDATE SET who = 'FORGED'"
        )
        assert "append-only" in refused(engine, upsert)
        accepted(engine, SQLITE_FORMS[0])  # REPLACE INTO: the hole
        assert history(engine) == [(1, "FORGED")]
        migrate.upgrade(engine)
        assert "append-only" in refused(engine, SQLITE_FORMS[0])
    finally:
        engine.dispose()
