"""``case-tracker reject [--db PATH] DECISION_ID --reason TEXT``

Rejects one proposal with a reason; nothing changes on the person. Refused as ``approve``.
"""

from __future__ import annotations

import argparse

from desktop.cli.approve import decision_id
from desktop.cli.common import EXIT_OK, add_command, open_for_command
from desktop.services.approvals import reject


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "reject", "reject a proposed decision with a reason (reviewers)")
    p.add_argument("decision", type=decision_id, metavar="DECISION_ID")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why it is rejected")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    database = open_for_command(args)
    try:
        record = reject(database, args.decision, args.reason)
    finally:
        database.dispose()
    print(
        f"decision {record.id}: case {record.case_no} {record.outcome} rejected by {record.rejected_by}"
    )
    return EXIT_OK
