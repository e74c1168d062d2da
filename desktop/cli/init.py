"""``case-tracker init [--db PATH] [--empty] [--encrypt]``"""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, add_command, passphrase_for
from desktop.domain.errors import RuleError
from desktop.services.database import init_database, new_database_file, summary
from desktop.store.engine import (
    display_name,
    is_encrypted,
    require_sqlcipher,
    resolve_url,
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "init", "create a database, migrate it and load the seed data")
    p.add_argument("--empty", action="store_true", help="load no seed data")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="create an encrypted (SQLCipher) file; the passphrase is asked on the terminal "
        "or read from CASE_TRACKER_PASSPHRASE (at least 8 characters)",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    db = getattr(args, "db", None)
    url = resolve_url(db)
    path = new_database_file(url)  # refused before a passphrase is asked for nothing
    if args.encrypt:
        if path is None:
            raise RuleError("--encrypt creates SQLite files only", record=display_name(url))
        require_sqlcipher()  # before a passphrase is asked for nothing
        db = url.set(drivername="sqlite+pysqlcipher").render_as_string()
    database = init_database(db, empty=args.empty, passphrase=passphrase_for(db, confirm=True))
    try:
        s = summary(database)
        print(
            f"created {database.name}{' (encrypted)' if is_encrypted(database.url) else ''}: "
            f"{s.facilities:,} facilities, {s.cases:,} cases "
            f"({'empty' if args.empty else 'seeded'})"
        )
    finally:
        database.dispose()
    return EXIT_OK
