"""Four-eyes approval of an "Apply amnesty" batch: 10,000 proposals approved as a whole
(``approvals.approve_batch``, set-wise) beside approving them one by one through the
single-decision service (``approvals.approve``), each on its own copy of the database."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.bulk_figures import DECIDED_ON, _new_amnesty
from benchmarks.context import Context, scratch_copy
from benchmarks.harness import Figure, Samples

PEOPLE = 10_000
TINY_PEOPLE = 200
NAIVE_PEOPLE = 500  # the naive loop approves this many; its time is scaled to PEOPLE
GOAL_S = 1.0
REVIEWER = "benchmark_reviewer"


def _propose(db: Path, people: int, number: int) -> tuple[str, list[int]]:
    """A new amnesty, and a batch of ``people`` proposed releases under it by the file's
    owner; a second account, a reviewer, is added to approve them."""
    from desktop.services import users
    from desktop.services.apply_amnesty import apply_bulk, select_candidates
    from desktop.services.database import open_database

    amnesty_id = _new_amnesty(db, people, 100 + number)
    database = open_database(str(db), create=False)
    try:
        ids = [r.detainee_id for r in select_candidates(database, amnesty_id=amnesty_id).rows]
        result = apply_bulk(
            database,
            amnesty_id=amnesty_id,
            detainee_ids=ids[:people],
            outcome="released",
            fraction=None,
            decision_date=DECIDED_ON,
            decided_by="benchmark",
        )
        if REVIEWER not in {u.login for u in users.list_users(database)}:
            users.add_user(database, REVIEWER, "reviewer")
        decisions = [p.id for p in _pending(database, result.batch_id)]
    finally:
        database.dispose()
    assert result.batch_id is not None and result.proposed == people
    return result.batch_id, decisions


def _pending(database, batch_id):  # type: ignore[no-untyped-def]
    from desktop.services.approvals import batch_review

    return batch_review(database, batch_id).people


def _ours(db: Path, batch_id: str) -> float:
    from desktop.services.approvals import approve_batch
    from desktop.services.database import open_database

    reviewer = open_database(str(db), create=False, account=REVIEWER)
    try:
        started = time.perf_counter()
        outcome = approve_batch(reviewer, batch_id)
        seconds = time.perf_counter() - started
    finally:
        reviewer.dispose()
    assert outcome.released > 0
    return seconds


def _naive(db: Path, decisions: list[int]) -> float:
    from desktop.services.approvals import approve
    from desktop.services.database import open_database

    reviewer = open_database(str(db), create=False, account=REVIEWER)
    try:
        started = time.perf_counter()
        for decision_id in decisions:
            approve(reviewer, decision_id)
        return time.perf_counter() - started
    finally:
        reviewer.dispose()


def approve_batch(ctx: Context) -> Figure:
    people = TINY_PEOPLE if ctx.tiny else PEOPLE
    naive_people = min(people, TINY_PEOPLE // 2 if ctx.tiny else NAIVE_PEOPLE)
    ours: list[float] = []
    with scratch_copy(ctx.db, "approve") as copy:
        for number in range(max(1, ctx.repeat)):
            batch_id, _decisions = _propose(copy, people, number)
            ours.append(_ours(copy, batch_id))
    naive: list[float] = []
    with scratch_copy(ctx.db, "naive-approve") as copy:
        for number in range(1 if ctx.tiny or ctx.quick else min(ctx.repeat, 2)):
            _batch, decisions = _propose(copy, people, number)
            naive.append(_naive(copy, decisions[:naive_people]) * people / naive_people)
    mine = Samples(ours)
    notes = [
        f"ours: one transaction, set-wise UPDATEs and {2 * people:,} history rows; the "
        "reviewer is a second operating-system account known to the file",
        f"each run proposes {people:,} releases under a new amnesty on a copy of the "
        "database, then approves them",
    ]
    if naive_people < people:
        notes.append(
            f"the naive loop approved {naive_people:,} proposals one by one with "
            f"approvals.approve (one transaction each); its time is scaled to {people:,}"
        )
    return Figure(
        name=f"approve a batch of {people:,} proposals",
        ours=mine,
        baseline=Samples(naive),
        baseline_name="approve one by one",
        goal=f"<= {GOAL_S:g} s",
        met=mine.median <= GOAL_S,
        notes=notes,
    )
