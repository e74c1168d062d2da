"""``case-tracker whoami [--db PATH]``

Prints who the database says you are: the login (the server login on PostgreSQL, the
operating-system account on a SQLite file), any display name, any label of a scripted run
(``CASE_TRACKER_USER``) and the role.
"""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, add_command, open_for_command
from desktop.services.identity import whoami


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "whoami", "print your login, display name and role")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    database = open_for_command(args)
    try:
        identity = whoami(database)
    finally:
        database.dispose()
    print(f"login: {identity.login}")
    print(f"display name: {identity.display_name or '-'}")
    if identity.label:
        print(f"label: {identity.label}")
    print(f"role: {identity.role_name}")
    return EXIT_OK
