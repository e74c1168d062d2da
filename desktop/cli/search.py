"""``case-tracker search [--db PATH] TEXT [--limit N] [--format table|csv]``

Prints the cases whose case number starts with TEXT (in any letter case) or whose names
match every word of it, folded as in the window's search box (Mohammed finds Muhammad,
احمد finds أحمد): the same service function, so the same people, in case-number order.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import unicodedata
from typing import TextIO

from desktop.cli.common import EXIT_OK, add_command, open_for_command
from desktop.domain.cells import quote_text
from desktop.services.case_records import CaseRow
from desktop.services.cases import SEARCH_LIMIT, search_cases

HEADER = ("case_no", "name_latin", "name_arabic", "birth_year", "facility", "status")
TITLES = ("Case number", "Name (Latin)", "Name (Arabic)", "Born", "Facility", "Status")


# The most cases one search prints: far more than anyone reads, far less than the 64-bit
# LIMIT the database takes (a larger number failed there with a traceback).
LIMIT_MAX = 10_000_000


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    if value > LIMIT_MAX:
        raise argparse.ArgumentTypeError(f"must be at most {LIMIT_MAX:,}")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "search", "find cases by case number or name (any spelling)")
    p.add_argument("text", metavar="TEXT", help="a case number prefix or words of a name")
    p.add_argument(
        "--limit",
        type=_positive,
        default=SEARCH_LIMIT,
        metavar="N",
        help=f"at most N cases (default {SEARCH_LIMIT})",
    )
    p.add_argument("--format", choices=("table", "csv"), default="table")
    p.set_defaults(handler=handle)


def _cells(row: CaseRow) -> tuple[str, ...]:
    return (
        row.case_no,
        row.name_latin,
        row.name_arabic or "",
        "" if row.birth_year is None else str(row.birth_year),
        row.facility or "",
        row.status,
    )


def width(text: str) -> int:
    """Terminal columns: combining marks take none, wide characters two."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def write_table(rows: list[tuple[str, ...]], out: TextIO) -> None:
    table = [TITLES, *rows]
    widths = [max(width(r[i]) for r in table) for i in range(len(TITLES))]
    for r in table:
        cells = [c + " " * (w - width(c)) for c, w in zip(r, widths, strict=True)]
        out.write("  ".join(cells).rstrip() + "\n")


def handle(args: argparse.Namespace) -> int:
    database = open_for_command(args, read_only=True)
    try:
        found = search_cases(database, text=args.text, limit=args.limit)
    finally:
        database.dispose()
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")
    rows = [_cells(r) for r in found]
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(HEADER)
        # as export writes it: a name a spreadsheet would run as a formula gets a quote
        writer.writerows([quote_text(cell) for cell in row] for row in rows)
    elif rows:
        write_table(rows, sys.stdout)
    else:
        print(f"no case matches {args.text!r}", file=sys.stderr)
    return EXIT_OK
