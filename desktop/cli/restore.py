"""``case-tracker restore [--db PATH|URL] --from FILE``

Into a database file: the file is replaced by the checked backup (the old one is kept).
Into a PostgreSQL database: the backup's records are moved into it, when it is empty
(``desktop.services.moving``); what was moved is printed in the language of ``--lang``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.cli.common import EXIT_OK, add_command, require_database
from desktop.domain.errors import RuleError
from desktop.domain.messages import ROLE, Msg, Term
from desktop.domain.roles import ROLES
from desktop.services.backups import restore_database
from desktop.services.moving import ACCOUNTS, KINDS, MoveResult, is_server_url, move_to_server
from desktop.services.users import check_login
from desktop.store.engine import resolve_url

ROLE_NAMES = tuple(r.value for r in ROLES)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(
        subparsers,
        "restore",
        "replace the database with a checked backup (the old one is kept), or move a "
        "backup's records into an empty PostgreSQL database",
    )
    p.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    db = getattr(args, "db", None)
    if is_server_url(db):
        result = move_to_server(db=db, source=args.source)
        say = _translator(getattr(args, "lang", None) or "en")
        for line in moved_lines(result, owner_url=_without_password(db), say=say):
            print(line)
        return EXIT_OK
    require_database(db)
    result_file = restore_database(db=db, source=args.source)
    kept = f"; the replaced database is kept as {result_file.kept}" if result_file.kept else ""
    print(
        f"restored {result_file.path.name} from {args.source} (schema "
        f"{result_file.backup_revision} → {result_file.revision}, {result_file.cases or 0:,} "
        f"cases){kept}"
    )
    return EXIT_OK


def _without_password(db: str | None) -> str:
    url = resolve_url(db)
    return url._replace(password=None).render_as_string(hide_password=False)


def _translator(lang: str) -> Callable[[str], str]:
    """How a message is printed: English as it is, another language through the catalog
    (``--lang``), as the window shows it."""
    if lang == "en":
        return str
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_language
    from desktop.ui.problem_text import message_text

    app = QCoreApplication.instance() or QCoreApplication([])
    install_language(app, lang)
    return message_text


def moved_lines(
    result: MoveResult, *, owner_url: str, say: Callable[[str], str] = str
) -> list[str]:
    """What ``restore`` prints after a move (each message through ``say``): where from and
    to, by whom, the counts per kind, and the file's accounts with the commands that would
    make them server logins."""
    if result.backup_revision == result.revision:
        schema = Msg("schema {revision}", revision=result.revision)
    else:
        schema = Msg(
            "schema {before} → {after}", before=result.backup_revision, after=result.revision
        )
    lines = [
        say(
            Msg(
                "moved {source} into {target} as {login} ({schema}), in one transaction:",
                source=result.source.name,
                target=result.target,
                login=result.login,
                schema=schema,
            )
        )
    ]
    if result.created_schema:
        lines.append(
            "  "
            + say(
                Msg("the schema, with the server's roles, grants and triggers (it had no tables)")
            )
        )
    for table, kind in KINDS.items():
        if table != ACCOUNTS:
            count = result.count(table)
            lines.append("  " + say(Msg("{count:,} {kind}", count=count, kind=kind)))
    done = say(Msg("done in {seconds:,.1f} s", seconds=result.seconds))
    if not result.accounts:
        return [*lines, done]
    lines.append(
        say(
            Msg(
                "the file's accounts are not server logins and were not made into any "
                "(the history keeps which role each had):"
            )
        )
    )
    for account in result.accounts:
        role = Term(ROLE, account.role) if account.role else Msg("no role")
        if account.disabled:
            shown = Msg("{login}: {role} (disabled)", login=account.login, role=role)
        else:
            shown = Msg("{login}: {role}", login=account.login, role=role)
        lines.append("  " + say(shown))
    wanted = []
    for account in result.accounts:
        if account.disabled or account.role not in ROLE_NAMES:
            continue
        try:
            check_login(account.login)
        except RuleError:  # an operating-system name a server login cannot have
            lines.append(
                "  "
                + say(
                    Msg(
                        "{login}: not a valid login name on a server; choose another for them",
                        login=account.login,
                    )
                )
            )
            continue
        wanted.append(account)
    if wanted:
        lines.append(
            say(
                Msg(
                    "to let them work on the server, its owner or an administrator creates "
                    "their logins, each with a password read from standard input:"
                )
            )
        )
        lines += [
            f"  case-tracker users add {a.login} --role {a.role} --password-stdin --db {owner_url}"
            for a in wanted
        ]
    return [*lines, done]
