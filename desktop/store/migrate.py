"""Schema migrations: Alembic, driven from code.

Opening a database whose schema is older than this program's upgrades it, after a safe copy
of the file (SQLite's online backup, checked) so that a failed upgrade loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from desktop.domain.errors import DatabaseError
from desktop.domain.messages import Msg
from desktop.store.engine import database_file, display_name

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^revision(?:: str)? = ['\"](\w+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)? = (?:None|['\"](\w+)['\"])", re.M)

# Alembic is imported only when a schema has to change: opening a current database, the
# common case, reads the revision with plain SQL (faster start-up, less memory).


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def revision_graph() -> dict[str, str | None]:
    """Each migration's revision and the one it revises, read from the migration files
    (tests check this agrees with Alembic's own reading)."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text("utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            raise DatabaseError(Msg("migration {name} names no revision", name=path.name))
        graph[revision.group(1)] = down.group(1)
    return graph


def head_revision() -> str:
    graph = revision_graph()
    heads = sorted(set(graph) - {down for down in graph.values() if down})
    if len(heads) != 1:
        raise DatabaseError(
            Msg("the migrations have {count} heads; expected one", count=len(heads))
        )
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    return set(revision_graph())


def upgrade_connection(conn: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(conn), revision)


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        upgrade_connection(conn, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

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
            Msg(
                "{display_name} was written by a newer Case Tracker (schema {current}; this one knows schema {head} at most): update the application to open it; nothing was changed",
                display_name=display_name(engine.url),
                current=current,
                head=head,
            )
        )
    copy: Path | None = None
    path = database_file(engine.url)
    if current is not None and path is not None and backup is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = backup(engine, path.with_name(f"{path.name}.before-{head}-{stamp}.bak"))
    elif current is None and has_tables(engine):
        raise DatabaseError(
            Msg("the database has tables but no schema version: not a Case Tracker file")
        )
    with engine.begin() as conn:
        upgrade_connection(conn)
        if conn.dialect.name == "postgresql":
            # This version's grants, functions and triggers too, in the same transaction:
            # a server upgraded by opening it (not only by ``migrate``) gets the fixes.
            from desktop.store import pg_security

            pg_security.install(conn)
    return copy
