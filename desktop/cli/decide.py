"""``case-tracker decide [--db PATH] --amnesty REF --case CASE_NO
--outcome released|reduced|denied|pending [--fraction 1/2] [--date YYYY-MM-DD] [--by NAME]
[--note TEXT] [--guarantor NAME] [--conditions TEXT] [--override-reason TEXT]``

One amnesty decision with all its effects (or, when its outcome needs approval, a proposal
printed as ``proposed decision N: …`` that changes nothing until a reviewer approves it), under exactly the rules of the window's form (the
same service). REF is an amnesty's id or exact title. A person the amnesty's criteria
exclude can be released or have the sentence reduced only with ``--override-reason``.
"""

from __future__ import annotations

import argparse
from datetime import date
from fractions import Fraction

from desktop.cli.common import EXIT_OK, add_command, open_for_command
from desktop.domain.enums import Outcome, values
from desktop.services.amnesties import find_amnesty
from desktop.services.decisions import case_id_by_number, decide


def _fraction(text: str) -> Fraction:
    try:
        return Fraction(text.strip())
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"not a fraction: {text!r} (write it like 1/2)") from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write YYYY-MM-DD)") from None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(
        subparsers,
        "decide",
        "record one amnesty decision with its effects (a proposal when it needs approval)",
    )
    p.add_argument("--amnesty", required=True, metavar="REF", help="amnesty id or exact title")
    p.add_argument("--case", required=True, metavar="CASE_NO", help="the person's case number")
    p.add_argument("--outcome", required=True, choices=values(Outcome))
    p.add_argument(
        "--fraction",
        type=_fraction,
        metavar="1/2",
        help="for --outcome reduced: the part of the term cut (default 1/2)",
    )
    p.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="decision date (default: today)")
    p.add_argument("--by", metavar="NAME", help="who decided")
    p.add_argument("--note", metavar="TEXT", help="notes on the decision")
    p.add_argument("--guarantor", metavar="NAME", help="guarantor or tribal sponsor")
    p.add_argument("--conditions", metavar="TEXT", help="conditions of the release")
    p.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="why a person the amnesty's criteria exclude is released or reduced anyway",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    database = open_for_command(args)
    try:
        amnesty = find_amnesty(database, ref=args.amnesty)
        detainee_id = case_id_by_number(database, case_no=args.case)
        record = decide(
            database,
            amnesty_id=amnesty.id,
            detainee_id=detainee_id,
            outcome=args.outcome,
            fraction=args.fraction,
            decision_date=args.date,
            decided_by=args.by,
            guarantor=args.guarantor,
            conditions=args.conditions,
            notes=args.note,
            override_reason=args.override_reason,
        )
    finally:
        database.dispose()
    outcome = record.outcome + (f" by {record.fraction}" if record.fraction else "")
    prefix = "proposed decision" if record.proposed else "decision"
    line = (
        f"{prefix} {record.id}: case {record.case_no} {outcome} under {record.amnesty_title!r} "
        f"on {record.decision_date.isoformat()}"
    )
    if record.proposed:
        line += f"; waiting for approval by another reviewer (proposed by {record.proposed_by})"
    elif record.outcome == Outcome.RELEASED:
        line += f"; status {record.status_before} -> released"
    elif record.outcome == Outcome.REDUCED:
        before = record.sentence_end_before.isoformat() if record.sentence_end_before else "-"
        after = record.sentence_end_after.isoformat() if record.sentence_end_after else "-"
        line += f"; sentence end {before} -> {after}"
    if record.override_reason:
        line += f"; override: {record.override_reason}"
    print(line)
    return EXIT_OK
