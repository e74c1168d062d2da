"""``case-tracker import [--db PATH] --kind facilities|cases|decisions|headcounts FILE``

Every row is checked first. A refused file exits 1 with one line per problem on standard
error (row, column, value and rule; personal values withheld) and nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import EXIT_FAILED, EXIT_OK, add_command, open_for_command
from desktop.domain.errors import PROBLEMS_SHOWN, ValidationError
from desktop.domain.import_rules import IMPORTABLE, describe
from desktop.services.importing import import_file


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(
        subparsers, "import", "add the records of a CSV or XLSX list (the columns export writes)"
    )
    p.add_argument("--kind", required=True, choices=IMPORTABLE, help="which list the file holds")
    p.add_argument("file", metavar="FILE.csv|.xlsx", type=Path)
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    database = open_for_command(args)
    try:
        result = import_file(database, kind=args.kind, path=args.file)
    except ValidationError as exc:
        rows = len({p.row for p in exc.problems})
        print(
            f"case-tracker import: {args.file.name} refused: {len(exc.problems)} problem(s) "
            f"in {rows} row(s); nothing was written",
            file=sys.stderr,
        )
        for problem in exc.problems[:PROBLEMS_SHOWN]:
            print(f"  {describe(problem)}", file=sys.stderr)
        if len(exc.problems) > PROBLEMS_SHOWN:
            rest = len(exc.problems) - PROBLEMS_SHOWN
            print(f"  … and {rest:,} more problem(s), not listed", file=sys.stderr)
        return EXIT_FAILED
    finally:
        database.dispose()
    print(
        f"imported {args.file.name} into {database.name}: {result.added:,} {result.kind} added, "
        f"{result.unchanged:,} already there unchanged ({result.rows:,} rows in "
        f"{result.seconds:.1f} s)"
    )
    if result.proposals:
        print(
            f"  {result.proposals:,} of the decisions added are proposals: their amnesty needs "
            "another reviewer's approval for their outcome, which an import does not give; "
            "`case-tracker pending` lists them"
        )
    return EXIT_OK
