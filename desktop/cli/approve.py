"""``case-tracker approve [--db PATH] DECISION_ID [--note TEXT]``

Approves one proposal and applies its effects. Refused (exit 1, the rule named, nothing
changed) for the proposer, without the reviewer role, and for a decision that is not a
proposal.
"""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, add_command, open_for_command
from desktop.domain.numbers import record_id
from desktop.services.approvals import approve
from desktop.services.decision_records import DecisionRecord


def decision_id(text: str) -> int:
    value = record_id(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"not a decision id: {text!r}")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(subparsers, "approve", "approve a proposed decision (reviewers)")
    p.add_argument("decision", type=decision_id, metavar="DECISION_ID")
    p.add_argument("--note", metavar="TEXT", help="a note on the approval")
    p.set_defaults(handler=handle)


def effect(record: DecisionRecord) -> str:
    if record.outcome == "released":
        return f"; status {record.status_before} -> released"
    if record.outcome == "reduced":
        before = record.sentence_end_before.isoformat() if record.sentence_end_before else "-"
        after = record.sentence_end_after.isoformat() if record.sentence_end_after else "-"
        return f"; sentence end {before} -> {after}"
    return ""


def handle(args: argparse.Namespace) -> int:
    database = open_for_command(args)
    try:
        record = approve(database, args.decision, note=args.note)
    finally:
        database.dispose()
    outcome = record.outcome + (f" by {record.fraction}" if record.fraction else "")
    print(
        f"decision {record.id}: case {record.case_no} {outcome} approved by "
        f"{record.approved_by}{effect(record)}"
    )
    return EXIT_OK
