"""``case-tracker users add NAME --role viewer|clerk|reviewer|administrator [--password-stdin]``
``case-tracker users list | set-role NAME ROLE | disable NAME [--db PATH]``

Administrators only; each change is recorded in the history. On PostgreSQL a user is a
server login in the group role of its role; the password is read from standard input with
``--password-stdin``, never from the arguments. On a SQLite file a user is an
operating-system account known to the file.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import EXIT_OK, add_command, global_options, open_for_command
from desktop.domain.errors import RuleError
from desktop.domain.roles import ROLES
from desktop.services import users

ROLE_NAMES = tuple(r.value for r in ROLES)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "users", "add, list, change or disable users (administrators)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user", parents=[global_options()])
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLE_NAMES)
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new login's password from standard input (PostgreSQL)",
    )
    actions.add_parser("list", help="list users and their roles", parents=[global_options()])
    set_role = actions.add_parser(
        "set-role", help="change a user's role", parents=[global_options()]
    )
    set_role.add_argument("name", metavar="NAME")
    set_role.add_argument("role", metavar="ROLE", choices=ROLE_NAMES)
    disable = actions.add_parser("disable", help="stop a user working", parents=[global_options()])
    disable.add_argument("name", metavar="NAME")
    p.set_defaults(handler=handle)


def _password() -> str:
    text = sys.stdin.readline()
    password = text.rstrip("\r\n")
    if not password:
        raise RuleError("--password-stdin: no password on standard input; nothing was changed")
    return password


def handle(args: argparse.Namespace) -> int:
    password = _password() if args.action == "add" and args.password_stdin else None
    database = open_for_command(args)
    try:
        if args.action == "add":
            user = users.add_user(database, args.name, args.role, password=password)
            print(f"user {user.login}: added as {args.role}")
        elif args.action == "list":
            for u in users.list_users(database):
                role = u.role.value if u.role else "none"
                state = " (disabled)" if u.disabled else ""
                name = f"\t{u.display_name}" if u.display_name else ""
                print(f"{u.login}\t{role}{state}{name}")
        elif args.action == "set-role":
            user = users.set_role(database, args.name, args.role)
            print(f"user {user.login}: role now {args.role}")
        else:
            user = users.disable_user(database, args.name)
            print(f"user {user.login}: disabled")
    finally:
        database.dispose()
    return EXIT_OK
