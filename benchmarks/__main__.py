"""``python -m benchmarks``: build (or reuse) the database, measure every figure, print the
table, write JSON and Markdown."""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import (
    approval_figures,
    backup_figures,
    bulk_figures,
    frozen_figures,
    import_figures,
    list_figures,
    reports_figures,
    window_figures,
    xlsx_figures,
)
from benchmarks.context import CACHE, Context, database_for
from benchmarks.harness import ROOT, Figure, table, write_results

# Each measures one figure (a keystroke two: its median and its 95th percentile; the packaged
# start-up none when no packaged application has been built).
FIGURES: dict[str, Callable[[Context], Figure | list[Figure]]] = {
    "start_up": window_figures.start_up,
    "frozen_start": frozen_figures.frozen_start,
    "first_rows": list_figures.first_rows,
    "keystroke": list_figures.keystroke,
    "backup_due": backup_figures.first_search_backup_due,
    "sort": list_figures.sort,
    "sort_names": list_figures.sort_names,
    "memory": window_figures.memory,
    "roster_pdf": reports_figures.roster_pdf,
    "import": import_figures.import_speed,
    "xlsx_import": xlsx_figures.xlsx_import,
    "bulk_amnesty": bulk_figures.bulk_amnesty,
    "approve_batch": approval_figures.approve_batch,
    "occupancy": reports_figures.occupancy_counts,
    "amnesty_report": reports_figures.amnesty_report,
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
    began = time.perf_counter()
    ctx = Context(
        db=database_for(cases, args.cache),
        cases=cases,
        repeat=repeat,
        quick=args.quick,
        tiny=args.tiny,
        cache=args.cache,
    )
    figures: list[Figure] = []
    failed = []
    print(f"  ready in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    for name in args.only or list(FIGURES):
        print(f"measuring {name} …", file=sys.stderr)
        started = time.perf_counter()
        try:
            measured = FIGURES[name](ctx)
        except Exception:
            traceback.print_exc()
            failed.append(name)
            continue
        for figure in measured if isinstance(measured, list) else [measured]:
            figure.key = name
            figures.append(figure)
        print(f"  {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(f"all done in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    print(table(figures, cases))
    write_results(figures, cases, args.out)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
