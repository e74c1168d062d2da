"""``case-tracker export [--db PATH] --kind KIND --out FILE.csv|.xlsx``"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, add_command, open_for_command
from desktop.domain.import_rules import EXPORTABLE
from desktop.services.exporting import export_list


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "export", "write a list as CSV or XLSX (what import reads)")
    p.add_argument("--kind", required=True, choices=EXPORTABLE, help="which list to write")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.csv|.xlsx")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    database = open_for_command(args, read_only=True)
    try:
        result = export_list(database, kind=args.kind, path=args.out)
    finally:
        database.dispose()
    print(f"exported {result.rows:,} {result.kind} to {result.path} in {result.seconds:.1f} s")
    return EXIT_OK
