"""``case-tracker migrate [--db PATH]``"""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, add_command, passphrase_for, require_database
from desktop.services.backups import migrate_database


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(
        subparsers, "migrate", "bring the schema up to date (after an automatic checked copy)"
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    db = getattr(args, "db", None)
    require_database(db)
    result = migrate_database(db=db, passphrase=passphrase_for(db))
    if result.before == result.after:
        print(f"{result.name}: schema already at {result.after}; nothing to do")
    else:
        copy = f"; the copy made first: {result.copy}" if result.copy else ""
        print(f"{result.name}: schema migrated from {result.before} to {result.after}{copy}")
    return EXIT_OK
