"""``case-tracker init [--db PATH] [--empty] [--encrypt]``"""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, add_command, passphrase_for
from desktop.services.database import init_database, summary
from desktop.store.engine import resolve_url


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "init", "create a database, migrate it and load the seed data")
    p.add_argument("--empty", action="store_true", help="load no seed data")
    p.add_argument("--encrypt", action="store_true", help="create an encrypted (SQLCipher) file")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    db = getattr(args, "db", None)
    if args.encrypt:
        url = resolve_url(db)
        db = str(url.set(drivername="sqlite+pysqlcipher"))
    database = init_database(db, empty=args.empty, passphrase=passphrase_for(db, confirm=True))
    try:
        s = summary(database)
        print(
            f"created {database.name}: {s.facilities:,} facilities, {s.cases:,} cases "
            f"({'empty' if args.empty else 'seeded'})"
        )
    finally:
        database.dispose()
    return EXIT_OK
