"""The command line of ``shared/CLI.md``: one module per command, calling services only.

Exit status: 0 done; 1 refused or failed (a message on standard error naming the record,
row, column or field and the rule it broke; nothing written); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from desktop.cli.common import EXIT_FAILED, EXIT_OK, global_options
from desktop.domain.errors import CaseTrackerError
from desktop.services.housekeeping import tidy_at_start
from desktop.store.damage import DatabaseDamaged
from desktop.store.engine import database_file, resolve_url

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError

# The order commands are listed in --help; a module of this package with a ``register``
# function that is not listed here is added after them.
ORDER = [
    "init",
    "demo",
    "search",
    "decide",
    "report",
    "export",
    "import_",
    "backup",
    "restore",
    "migrate",
    "whoami",
    "users",
    "pending",
    "approve",
    "reject",
]


def command_modules() -> list[ModuleType]:
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name != "common"]
    names.sort(key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    modules = [importlib.import_module(f"{__name__}.{n}") for n in names]
    return [m for m in modules if hasattr(m, "register")]


class _VersionAction(argparse.Action):
    """``--version``: the program's version and the newest schema revision it knows."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from desktop.services.version import version_text

        print(version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="case-tracker",
        description="Case Tracker: detention facilities, detainees and amnesty decisions.",
        parents=[global_options(suppress=False)],
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help="show the version and the database schema revision, and exit",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="open the window, wait until its data is shown, save it as a PNG and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (the global options and
    ``--screenshot``, no command, no ``--help`` or ``--version``), parsed without importing
    every command and what they use: the window then shows its first rows before
    SQLAlchemy is imported. None for anything else, which ``build_parser`` parses."""
    if any(a in ("-h", "--help", "--version") for a in argv):
        return None
    parser = argparse.ArgumentParser(
        prog="case-tracker",
        parents=[global_options(suppress=False)],
        add_help=False,
        exit_on_error=False,
    )
    parser.add_argument("--screenshot")
    try:
        args, rest = parser.parse_known_args(list(argv))
    except argparse.ArgumentError:  # a bad value: the full parser says so in its own words
        return None
    if rest:
        return None
    args.command = None
    return args


def run(argv: Sequence[str]) -> int:
    args = window_arguments(argv)
    if args is None:
        args = build_parser().parse_args(list(argv))
    tidy_at_start(getattr(args, "db", None))
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args)
    from sqlalchemy.exc import DBAPIError

    try:
        return int(args.handler(args))
    except DatabaseDamaged as exc:
        print(f"case-tracker {args.command}: {_damaged(exc, args)}", file=sys.stderr)
        return EXIT_FAILED
    except CaseTrackerError as exc:
        print(f"case-tracker {args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except DBAPIError as exc:  # a failure no service explained: still a sentence, not a trace
        print(f"case-tracker {args.command}: {_database_failure(exc, args)}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(
            f"case-tracker {args.command}: {where}{exc.strerror or exc}; nothing was written",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"case-tracker {args.command}: interrupted; nothing was written", file=sys.stderr)
        return EXIT_FAILED


def _database_path(args: argparse.Namespace) -> Path | None:
    try:
        return database_file(resolve_url(getattr(args, "db", None)))
    except CaseTrackerError:
        return None


def _damaged(exc: DatabaseDamaged, args: argparse.Namespace) -> str:
    """The refusal, naming the database and its newest backup when the error did not."""
    path = exc.path or _database_path(args)
    return str(DatabaseDamaged(path, exc.detail)) if exc.path is None else str(exc)


def _database_failure(exc: DBAPIError, args: argparse.Namespace) -> str:
    from desktop.store.bulk_io import explain_failure

    failure = explain_failure(exc, args.command)
    if isinstance(failure, DatabaseDamaged):
        return _damaged(failure, args)
    return str(failure)


__all__ = ["EXIT_OK", "build_parser", "run"]
