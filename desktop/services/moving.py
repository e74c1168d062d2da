"""Moving a laptop's records to the office's server: ``case-tracker restore --db
postgresql+psycopg://OWNER@host/db --from laptop-backup.db``.

A checked SQLite backup (what ``case-tracker backup`` writes) is copied into an **empty**
PostgreSQL database, in one server transaction: all of it or nothing.

* The backup is checked as ``restore`` checks one (integrity, foreign keys, a Case Tracker
  schema this program knows). One of an older schema is brought to head first, on a
  temporary copy in a private folder (removed afterwards), never in the user's file. An
  encrypted backup is refused for now.
* Only the database's owner may do it, the login allowed to change its schema (the copy
  disables the tables' user triggers while it writes, which the server allows the owner
  only); any other login is refused before anything is written.
* Only into a database without records: no tables at all (the schema is then created at
  head with the migrations, with the server's roles, grants and triggers, as opening or
  ``migrate`` does), or the schema with none of its tables holding a row (as ``init
  --empty`` leaves it). A database that holds anything is refused, naming what it holds.
* Every table's rows are copied with their ids, the search words (folded tokens) too, and
  the history as it was written on the laptop (naming its operating-system accounts). The
  server's triggers, which write the login into new history rows and decisions, are
  disabled for the copy and enabled again before the commit; the id sequences are set past
  the highest ids. Then one history row, written under the server's rules (its ``who`` is
  the server login), says who moved what from which file, its schema and the counts.
* The laptop's accounts are not server logins and do not become any: their rows of
  ``app_user`` are not copied. Which account had which role is kept in that history row and
  returned, so that an administrator can create the logins (``case-tracker users add``).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import DatabaseError, RuleError
from desktop.domain.messages import Msg, joined, reason
from desktop.domain.roles import PermissionDenied
from desktop.services.backups import check_backup
from desktop.services.database import SETUP_LOCK_KEY, looks_encrypted
from desktop.services.identity import run_label
from desktop.store import migrate, pg_security
from desktop.store.backup import backup_file
from desktop.store.engine import display_name, make_engine, read_only_uri, resolve_url
from desktop.store.history import utc_now
from desktop.store.log_privacy import hide_result_rows
from desktop.store.seed import indexes_deferred
from desktop.store.server_move import (
    ACCOUNTS as ACCOUNTS,
)
from desktop.store.server_move import (
    FileAccount,
    RowRefused,
    copied_tables,
    copy_table,
    file_accounts,
    foreign_keys_checked_after,
    read_server,
    rows_held,
    set_sequences,
    set_user_triggers,
    user_triggers,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

hide_result_rows()  # this module reads and writes personal data in bulk

# How each table's rows are called when the move is reported (the history row says it in
# English, the command line in the user's language).
KINDS: dict[str, Msg] = {
    "source": Msg("sources"),
    "facility": Msg("facilities"),
    "category": Msg("categories"),
    "headcount": Msg("headcounts"),
    "headcount_category": Msg("headcounts by category"),
    "detainee": Msg("cases"),
    "detainee_token": Msg("search words"),
    "transfer": Msg("transfers"),
    "amnesty": Msg("amnesties"),
    "amnesty_decision": Msg("decisions"),
    "reported_total": Msg("reported totals"),
    "change_log": Msg("history rows"),
    "db_setting": Msg("settings"),
    "app_user": Msg("accounts"),
}
HISTORY_KIND = "restore"  # the table_name and field of the move's history row


@dataclass(frozen=True)
class MoveResult:
    """What was moved where, by whom."""

    target: str  # host/database
    login: str  # the server login that moved it (the history's who)
    source: Path
    backup_revision: str
    revision: str
    counts: tuple[tuple[str, int], ...]  # (table, rows) in the order copied
    accounts: tuple[FileAccount, ...]  # the file's accounts (not server logins)
    created_schema: bool
    seconds: float

    def count(self, table: str) -> int:
        return dict(self.counts).get(table, 0)


def is_server_url(db: str | None) -> bool:
    """Whether ``db`` names a PostgreSQL database (``restore`` then moves a file into it)."""
    return resolve_url(db).get_backend_name() == "postgresql"


def _checked_source(source: Path) -> str:
    """The schema revision of the backup ``source``, after the checks ``restore`` makes of
    a file (DatabaseError naming what is wrong)."""
    if looks_encrypted(source):
        raise DatabaseError(
            Msg(
                "{name} is encrypted, or is not an SQLite file at all: moving an encrypted "
                "backup to a server is not supported yet. Nothing was written.",
                name=source.name,
            )
        )
    facts = check_backup(path=source)
    if facts.problems or facts.revision is None:
        raise DatabaseError(
            Msg(
                "{name} cannot be moved to the server: {problems}. Nothing was written.",
                name=source.name,
                problems=joined("; ", facts.problems),
            )
        )
    return facts.revision


def _held(held: dict[str, int]) -> Msg:
    return joined(
        ", ",
        [
            Msg("{count:,} {kind}", count=count, kind=KINDS.get(table, table))
            for table, count in sorted(held.items(), key=lambda item: _order(item[0]))
        ],
    )


def _order(table: str) -> int:
    return list(KINDS).index(table) if table in KINDS else len(KINDS)


def summary_text(
    *, source: Path, backup_revision: str, counts: dict[str, int], accounts: list[FileAccount]
) -> str:
    """The move's history row: from which file, its schema, the counts, the file's
    accounts (English, as the history is written)."""
    parts = [f"{counts.get(t, 0):,} {KINDS.get(t, t)}" for t in counts]
    head = migrate.head_revision()
    schema = (
        f"schema {backup_revision}"
        if backup_revision == head
        else f"schema {backup_revision}, brought to {head}"
    )
    who = "; ".join(
        f"{a.login} {a.role or 'no role'}{' (disabled)' if a.disabled else ''}" for a in accounts
    )
    text = f"moved from {source} ({schema}): {', '.join(parts)}"
    if accounts:
        text += f"; the file's accounts (not server logins): {who}"
    return text


def move_to_server(*, db: str | None, source: Path) -> MoveResult:
    """Copy the checked SQLite backup ``source`` into the empty PostgreSQL database ``db``
    names, in one transaction (see the module's text). RuleError or PermissionDenied names
    what was wrong; nothing is written then."""
    started = time.perf_counter()
    url = resolve_url(db)
    name = display_name(url)
    source = Path(source).absolute()
    if source.is_dir():
        raise RuleError(Msg("a folder, not a backup file"), record=str(source))
    backup_revision = _checked_source(source)
    folder: Path | None = None
    try:
        read_from = source
        if backup_revision != migrate.head_revision():
            folder = Path(tempfile.mkdtemp(prefix="case-tracker-move-"))  # private: 0700
            read_from = backup_file(source, folder / "backup.db")
            sqlite_engine = make_engine(resolve_url(str(read_from)))
            try:
                migrate.ensure_current(sqlite_engine)
            finally:
                sqlite_engine.dispose()
        return _move(url, name, source, read_from, backup_revision, started)
    except RowRefused as exc:
        raise DatabaseError(
            Msg(
                "{name} cannot be moved to the server: {why}. Nothing was written.",
                name=source.name,
                why=reason(exc),
            )
        ) from None
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _move(
    url: URL, name: str, source: Path, read_from: Path, backup_revision: str, started: float
) -> MoveResult:
    from sqlalchemy import insert, select, text

    from desktop.store.models import ChangeLog

    engine = make_engine(url)
    reader = sqlite3.connect(read_only_uri(read_from), uri=True, isolation_level=None)
    try:
        reader.execute("BEGIN")  # one snapshot of the file for the whole copy
        accounts = file_accounts(reader)
        with engine.begin() as conn:
            # One setup at a time: a window opening this empty database meanwhile waits,
            # and then finds it holding the records instead of seeding it.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SETUP_LOCK_KEY})
            state = read_server(conn)
            if not state.may_change_schema:
                raise PermissionDenied(
                    Msg(
                        "moving records into a server database changes its schema, which only "
                        "its owner may do: {login} is not the owner of {name} (its owner is "
                        "{owner}); run restore as {owner}. Nothing was written.",
                        login=state.login,
                        name=name,
                        owner=state.owner,
                    )
                )
            if state.foreign:
                raise RuleError(
                    Msg(
                        "{name} holds tables that are not Case Tracker's ({tables}): records "
                        "are moved only into an empty database. Nothing was written.",
                        name=name,
                        tables=", ".join(state.foreign),
                    )
                )
            if not state.bare and state.revision is None:
                raise RuleError(
                    Msg(
                        "{name} has tables but no schema version: not an empty Case Tracker "
                        "database. Nothing was written.",
                        name=name,
                    )
                )
            if state.revision is not None and state.revision not in migrate.known_revisions():
                raise RuleError(
                    Msg(
                        "{name} was set up by a newer Case Tracker (schema {revision}). "
                        "Nothing was written.",
                        name=name,
                        revision=state.revision,
                    )
                )
            if not state.bare:
                held = rows_held(conn)
                if held:
                    raise RuleError(
                        Msg(
                            "{name} is not empty: it holds {held}. Records are moved only into "
                            "an empty database: as its owner, create a new one (CREATE "
                            "DATABASE … OWNER …) and restore into it before anyone opens it "
                            "(opening an empty database sets it up with the demonstration "
                            "records). Nothing was written.",
                            name=name,
                            held=_held(held),
                        )
                    )
            if state.revision != migrate.head_revision():
                migrate.upgrade_connection(conn)
                pg_security.install(conn)
            triggers = user_triggers(conn)
            set_user_triggers(conn, triggers, enabled=False)
            counts: dict[str, int] = {}
            tables = copied_tables()
            # The tables are empty: their plain indexes are built once, after the copy,
            # rather than row by row (a third of the time at 100,000 cases).
            with foreign_keys_checked_after(conn), indexes_deferred(conn, tables, when=True):
                for table in tables:
                    counts[table.name] = copy_table(conn, reader, table)
            counts[ACCOUNTS] = len(accounts)
            set_sequences(conn)
            set_user_triggers(conn, triggers, enabled=True)
            left = [
                f"{table}.{trigger}"
                for table, found in user_triggers(conn).items()
                for trigger, enabled in found
                if enabled != "O"
            ]
            if left:  # never commit a table whose triggers stay off
                raise DatabaseError(
                    Msg(
                        "triggers left disabled: {triggers}; nothing was written",
                        triggers=", ".join(left),
                    )
                )
            label = run_label()  # a scripted run's label beside the login, as every write
            if label:
                conn.execute(
                    text("SELECT set_config('casetracker.label', :label, true)"), {"label": label}
                )
            summary = summary_text(
                source=source, backup_revision=backup_revision, counts=counts, accounts=accounts
            )
            history_id = conn.execute(
                insert(ChangeLog)
                .values(
                    at=utc_now(),
                    who=state.login,  # the server's trigger writes the login itself
                    table_name=HISTORY_KIND,
                    record_id=0,
                    action="insert",
                    field=HISTORY_KIND,
                    before=None,
                    after=summary,
                )
                .returning(ChangeLog.id)
            ).scalar_one()
            who = conn.execute(select(ChangeLog.who).where(ChangeLog.id == history_id)).scalar()
            revision = migrate.head_revision()
        reader.execute("ROLLBACK")
    finally:
        reader.close()
        engine.dispose()
    return MoveResult(
        target=name,
        login=str(who or state.login),
        source=source,
        backup_revision=backup_revision,
        revision=revision,
        counts=tuple(counts.items()),
        accounts=tuple(accounts),
        created_schema=state.bare,
        seconds=time.perf_counter() - started,
    )
