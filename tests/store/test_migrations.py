"""Alembic migrations: one head, upgrade from empty, down and up again, rows survive, and
opening an older database upgrades it after a checked copy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from desktop.services.database import open_database
from desktop.store import migrate
from desktop.store.backup import integrity_problems
from desktop.store.engine import make_engine, resolve_url
from desktop.store.models import Base


def test_single_head():
    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    assert len(heads) == 1


def test_upgrade_from_empty_creates_every_table(tmp_path: Path):
    engine = make_engine(resolve_url(str(tmp_path / "m.db")))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_downgrade_to_base_then_upgrade(tmp_path: Path):
    engine = make_engine(resolve_url(str(tmp_path / "m.db")))
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_an_older_file_upgraded_makes_its_real_account_the_administrator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Migration 0004 records the account upgrading a file from before accounts as its
    administrator: the account the application then knows the user by, not what USER or
    LOGNAME say (else the owner of the file would lose every right to it, and the name
    typed into USER would get them)."""
    import pwd

    engine = make_engine(resolve_url(str(tmp_path / "m.db")))
    migrate.upgrade(engine, "0003")
    for variable in ("USER", "LOGNAME", "USERNAME"):
        monkeypatch.setenv(variable, "someone_else")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        users = conn.execute(text("SELECT login, role FROM app_user")).all()
    engine.dispose()
    assert [tuple(u) for u in users] == [(pwd.getpwuid(os.getuid()).pw_name, "administrator")]
    database = open_database(str(tmp_path / "m.db"), create=False)
    try:
        assert database.identity.role_name == "administrator"
    finally:
        database.dispose()


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_schema_matches_models_after_upgrade(tmp_path: Path):
    """Autogenerate finds nothing to add: the migrations and the models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(resolve_url(str(tmp_path / "m.db")))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_rows_survive_an_upgrade_and_a_checked_copy_is_made_first(tmp_path: Path):
    path = tmp_path / "old.db"
    engine = make_engine(resolve_url(str(path)))
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO facility (name, kind, status, synthetic, version) "
                "VALUES ('Old centre', 'prison', 'open', 0, 1)"
            )
        )
    engine.dispose()

    database = open_database(str(path), create=False)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.engine.connect() as conn:
            names = conn.execute(text("SELECT name FROM facility")).scalars().all()
        assert names == ["Old centre"]
    finally:
        database.dispose()
    copies = list(tmp_path.glob("old.db.before-*.bak"))
    assert len(copies) == 1
    assert integrity_problems(copies[0]) == []
    assert (copies[0].stat().st_mode & 0o777) == 0o600
    check = make_engine(resolve_url(str(copies[0])))
    assert migrate.current_revision(check) == "0001"
    check.dispose()


def test_history_is_append_only_after_upgrade(seeded_db):
    import pytest
    from sqlalchemy.exc import IntegrityError, OperationalError

    with seeded_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO change_log (who, table_name, record_id, action) "
                "VALUES ('t', 'facility', 1, 'update')"
            )
        )
    for statement in ("UPDATE change_log SET who = 'x'", "DELETE FROM change_log"):
        with pytest.raises((IntegrityError, OperationalError)), seeded_db.engine.begin() as conn:
            conn.execute(text(statement))


def test_the_fast_revision_reading_agrees_with_alembic():
    """Opening a database reads revisions without importing Alembic; both readings agree."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.revision_graph() == {
        s.revision: s.down_revision for s in script.walk_revisions()
    }


def test_opening_a_current_database_does_not_import_alembic(seeded_path: Path):
    import subprocess
    import sys

    code = (
        "import sys; from desktop.services.database import open_database; "
        f"db = open_database({str(seeded_path)!r}, create=False); db.dispose(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
