"""``case-tracker restore [--db PATH] --from FILE``"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, add_command, require_database
from desktop.services.backups import restore_database


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(
        subparsers, "restore", "replace the database with a checked backup (the old one is kept)"
    )
    p.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    require_database(getattr(args, "db", None))
    result = restore_database(db=getattr(args, "db", None), source=args.source)
    kept = f"; the replaced database is kept as {result.kept}" if result.kept else ""
    print(
        f"restored {result.path.name} from {args.source} (schema {result.backup_revision}"
        f" → {result.revision}, {result.cases or 0:,} cases){kept}"
    )
    return EXIT_OK
