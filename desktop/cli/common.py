"""What every command shares: the global options and how a database is opened."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop.domain.errors import DatabaseError, PassphraseNeeded
from desktop.services.database import (
    Database,
    NoDatabase,
    needs_passphrase,
    open_database,
    open_read_only,
    require_existing,
    uses_default_database,
)
from desktop.store.engine import ENV_PASSPHRASE, display_name, resolve_url

EXIT_OK = 0
EXIT_FAILED = 1
LANGUAGES = ("en", "ar", "ku", "ckb")


def global_options(*, suppress: bool = True) -> argparse.ArgumentParser:
    """``--db`` and ``--lang``, accepted before or after the command."""
    default = argparse.SUPPRESS if suppress else None
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="PATH|URL",
        default=default,
        help="database file or SQLAlchemy URL (default: $CASE_TRACKER_DB, else the user's "
        "default database, created and seeded on first use)",
    )
    parent.add_argument("--lang", choices=LANGUAGES, default=default, help="interface language")
    return parent


def add_command(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help_text: str,
) -> argparse.ArgumentParser:
    return subparsers.add_parser(name, help=help_text, parents=[global_options()])  # type: ignore[no-any-return]


def passphrase_for(db: str | None, *, confirm: bool = False) -> str | None:
    """The passphrase of an encrypted database (a ``sqlite+pysqlcipher://`` URL, or a path to
    a file that is encrypted): from CASE_TRACKER_PASSPHRASE, else asked on the terminal.
    None when the database is not encrypted; PassphraseNeeded when nobody is there to ask."""
    if not needs_passphrase(db):
        return None
    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value
    if not sys.stdin.isatty():
        raise PassphraseNeeded(
            display_name(resolve_url(db)),
            hint=f"set {ENV_PASSPHRASE}, or run the command in a terminal to be asked",
        )
    name = display_name(resolve_url(db))
    value = getpass.getpass(f"Passphrase for {name}: ")
    if confirm and getpass.getpass(f"Passphrase for {name} again: ") != value:
        raise SystemExit("case-tracker: the passphrases differ; nothing was created")
    return value or None


def require_database(db: str | None) -> None:
    """Refuse a named database file that does not exist: every command but ``init`` works
    on an existing database; only the user's default one is created on first use."""
    try:
        require_existing(db)
    except NoDatabase as exc:
        raise DatabaseError(
            f"no database at {exc.path}; create one with `case-tracker init --db {exc.path}`"
        ) from None


def open_for_command(args: argparse.Namespace, *, read_only: bool = False) -> Database:
    """The database of a command; ``read_only`` for commands that only read (search,
    export, report), which then work on a read-only file or folder too."""
    db = getattr(args, "db", None)
    require_database(db)
    if read_only:
        return open_read_only(db, passphrase=passphrase_for(db))
    return open_database(db, create=uses_default_database(db), passphrase=passphrase_for(db))
