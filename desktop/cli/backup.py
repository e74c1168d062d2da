"""``case-tracker backup [--db PATH] --out FILE``"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, add_command, open_for_command
from desktop.domain.errors import DatabaseError, RuleError
from desktop.services.backups import SERVER_BACKUP, BackupTargetExists, backup_database
from desktop.store.engine import database_file, display_name, resolve_url


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "backup", "write a checked copy of the database (SQLite files)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument(
        "--force", action="store_true", help="replace FILE if it exists (never the database)"
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    url = resolve_url(getattr(args, "db", None))
    if database_file(url) is None:  # refuse before connecting to a server at all
        raise DatabaseError(SERVER_BACKUP.format(name=display_name(url)))
    database = open_for_command(args)
    try:
        result = backup_database(database, destination=args.out, replace=args.force)
    except BackupTargetExists as exc:
        raise RuleError(
            "a file already exists there; nothing was written. Use --force to replace it",
            record=str(exc.destination),
        ) from None
    finally:
        database.dispose()
    print(f"backed up {database.name} to {result.path} ({result.size:,} bytes, checked)")
    return EXIT_OK
