"""``case-tracker pending [--db PATH] [--amnesty REF]``

Lists the proposals waiting for approval, one a line: id, case number, outcome, proposer,
date (the decision date), tab-separated, oldest first.
"""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, add_command, open_for_command
from desktop.services.amnesties import find_amnesty
from desktop.services.approvals import pending


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "pending", "list the decisions waiting for approval")
    p.add_argument("--amnesty", metavar="REF", help="amnesty id or exact title")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    database = open_for_command(args)
    try:
        amnesty_id = find_amnesty(database, ref=args.amnesty).id if args.amnesty else None
        rows = pending(database, amnesty_id)
    finally:
        database.dispose()
    for r in rows:
        outcome = r.outcome + (f" by {r.fraction}" if r.fraction else "")
        print(
            f"{r.id}\t{r.case_no}\t{outcome}\t{r.proposed_by or '-'}\t{r.decision_date.isoformat()}"
        )
    return EXIT_OK
