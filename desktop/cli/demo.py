"""``case-tracker demo [--db PATH] --cases N [--seed S]``"""

from __future__ import annotations

import argparse
import sys
import time

from desktop.cli.common import EXIT_OK, add_command, open_for_command
from desktop.services.database import add_demo


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "demo", "add N synthetic (plainly fake) cases")
    p.add_argument("--cases", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    database = open_for_command(args)
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if sys.stderr.isatty() and now - last[0] > 0.5:
            last[0] = now
            print(f"\r{done:,} of {total:,} cases", end="", file=sys.stderr)

    try:
        first = add_demo(database, args.cases, args.seed, progress)
    finally:
        database.dispose()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"added {args.cases:,} synthetic cases to {database.name} from number {first} "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return EXIT_OK
