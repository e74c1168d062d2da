"""Schema migrations: Alembic, driven from code.

Opening a database whose schema is older than this program's upgrades it, after a safe copy
of the file (SQLite's online backup, checked) so that a failed upgrade loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from desktop.domain.errors import DatabaseError
from desktop.store.engine import database_file

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise DatabaseError(f"the migrations have {len(heads)} heads; expected one")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision)


def has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def ensure_current(
    engine: Engine, backup: Callable[[Engine, Path], Path] | None = None
) -> Path | None:
    """Bring the schema to head. An older, non-empty database is first copied with
    ``backup(engine, destination)``; returns the copy's path, if one was made."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            f"the database was written by a newer version of Case Tracker (schema {current}); "
            "update the application"
        )
    copy: Path | None = None
    path = database_file(engine.url)
    if current is not None and path is not None and backup is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = backup(engine, path.with_name(f"{path.name}.before-{head}-{stamp}.bak"))
    elif current is None and has_tables(engine):
        raise DatabaseError(
            "the database has tables but no schema version: not a Case Tracker file"
        )
    upgrade(engine)
    return copy
