"""``python -m benchmarks``: build (or reuse) the database, measure every figure, print the
table, write JSON and Markdown."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import reports_figures
from benchmarks.context import CACHE, Context, database_for
from benchmarks.harness import ROOT, Figure, table, write_results

FIGURES: dict[str, Callable[[Context], Figure]] = {
    "roster_pdf": reports_figures.roster_pdf,
    "occupancy": reports_figures.occupancy_counts,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="100,000 cases, fewer repeats")
    parser.add_argument("--repeat", type=int, default=None)
    parser.add_argument("--only", nargs="*", choices=sorted(FIGURES), default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--tiny", action="store_true", help="smallest sizes: for the test suite")
    args = parser.parse_args(argv)
    cases = 100_000 if args.quick and args.cases == 1_000_000 else args.cases
    repeat = args.repeat or (3 if args.quick else 5)
    print(f"database with {cases:,} cases …", file=sys.stderr)
    ctx = Context(
        db=database_for(cases, args.cache),
        cases=cases,
        repeat=repeat,
        quick=args.quick,
        tiny=args.tiny,
    )
    figures: list[Figure] = []
    failed = []
    for name in args.only or list(FIGURES):
        print(f"measuring {name} …", file=sys.stderr)
        try:
            figures.append(FIGURES[name](ctx))
        except Exception:
            traceback.print_exc()
            failed.append(name)
    print(table(figures, cases))
    write_results(figures, cases, args.out)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
