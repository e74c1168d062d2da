"""Bulk decisions: an amnesty whose rules select 10,000 people, previewed and committed,
beside one ORM object flushed per decision (each on its own copy of the database)."""

from __future__ import annotations

import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.context import Context, scratch_copy
from benchmarks.harness import Figure, Samples

PEOPLE = 10_000
TINY_PEOPLE = 200
NAIVE_PEOPLE = 2_000  # the naive loop decides this many; its time is scaled to PEOPLE
GOAL_S = 1.0
ISSUED = date(2021, 1, 1)
DECIDED_ON = date(2021, 6, 1)


def _new_amnesty(db: Path, people: int, number: int) -> int:
    """An amnesty whose rules select at least ``people`` of those held now: held since
    before the day after the ``people``-th earliest held-since date."""
    from desktop.services.amnesties import create_amnesty
    from desktop.services.database import open_database

    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT held_since FROM detainee WHERE status = 'held' AND held_since IS NOT NULL "
            "ORDER BY held_since LIMIT 1 OFFSET ?",
            (people - 1,),
        ).fetchone()
    finally:
        conn.close()
    cutoff = date.fromisoformat(row[0]) + timedelta(days=1)
    database = open_database(str(db), create=False)
    try:
        detail = create_amnesty(
            database,
            title=f"Benchmark amnesty {number}",
            issued_on=ISSUED,
            criteria_text="benchmark: the longest held",
            rules={"held_since_before": cutoff.isoformat()},
        )
    finally:
        database.dispose()
    return detail.id


def _ours(db: Path, amnesty_id: int, people: int) -> tuple[float, float]:
    """Preview (``select_candidates``) and commit (``apply_bulk``): their seconds."""
    from desktop.services.apply_amnesty import apply_bulk, select_candidates
    from desktop.services.database import open_database
    from desktop.services.housekeeping import check_file

    database = open_database(str(db), create=False)
    # The check of the file before its first write, made as the window makes it when it
    # opens (in the background, not while the user waits for Apply amnesty).
    check_file(database)
    try:
        started = time.perf_counter()
        candidates = select_candidates(database, amnesty_id=amnesty_id)
        ids = [r.detainee_id for r in candidates.rows[:people]]
        previewed = time.perf_counter()
        result = apply_bulk(
            database,
            amnesty_id=amnesty_id,
            detainee_ids=ids,
            outcome="released",
            fraction=None,
            decision_date=DECIDED_ON,
            decided_by="benchmark",
        )
        done = time.perf_counter()
    finally:
        database.dispose()
    assert len(ids) == people and result.decided == people, (len(ids), result.decided)
    return previewed - started, done - previewed


def _naive(db: Path, amnesty_id: int, people: int) -> tuple[float, float]:
    """The same preview, then per person: load the ORM object, add an ``AmnestyDecision``,
    change the status and flush (history is written by every flush, as for any ORM save)."""
    from desktop.services.apply_amnesty import select_candidates
    from desktop.services.database import open_database
    from desktop.services.housekeeping import check_file
    from desktop.store.models import AmnestyDecision, Detainee

    database = open_database(str(db), create=False)
    # The check of the file before its first write, made as the window makes it when it
    # opens (in the background, not while the user waits for Apply amnesty).
    check_file(database)
    try:
        started = time.perf_counter()
        candidates = select_candidates(database, amnesty_id=amnesty_id)
        ids = [r.detainee_id for r in candidates.rows[:people]]
        previewed = time.perf_counter()
        with database.session() as s:
            for detainee_id in ids:
                person = s.get(Detainee, detainee_id)
                assert person is not None and person.status == "held"
                s.add(
                    AmnestyDecision(
                        amnesty_id=amnesty_id,
                        detainee_id=detainee_id,
                        outcome="released",
                        decision_date=DECIDED_ON,
                        decided_by="benchmark",
                        status_before=person.status,
                        synthetic=False,
                    )
                )
                person.status = "released"
                s.flush()
        done = time.perf_counter()
    finally:
        database.dispose()
    return previewed - started, done - previewed


def bulk_amnesty(ctx: Context) -> Figure:
    people = TINY_PEOPLE if ctx.tiny else PEOPLE
    naive_people = min(people, TINY_PEOPLE // 2 if ctx.tiny else NAIVE_PEOPLE)
    ours: list[float] = []
    previews: list[float] = []
    with scratch_copy(ctx.db, "bulk") as copy:
        for number in range(max(1, ctx.repeat)):
            amnesty_id = _new_amnesty(copy, people, number)
            preview, commit = _ours(copy, amnesty_id, people)
            ours.append(preview + commit)
            previews.append(preview)
    naive: list[float] = []
    with scratch_copy(ctx.db, "naive-bulk") as copy:
        for number in range(1 if ctx.tiny or ctx.quick else min(ctx.repeat, 2)):
            amnesty_id = _new_amnesty(copy, people, number)
            preview, commit = _naive(copy, amnesty_id, naive_people)
            naive.append(preview + commit * people / naive_people)
    mine = Samples(ours)
    notes = [
        f"ours: preview {Samples(previews).median * 1000:.0f} ms + commit "
        f"{(mine.median - Samples(previews).median) * 1000:.0f} ms (medians), one transaction",
        f"the amnesty's rule (held since before a date) selects the {people:,} longest held; "
        "each run decides new people with a new amnesty on a copy of the database",
    ]
    if naive_people < people:
        notes.append(
            f"the naive loop decided {naive_people:,} people; its commit time is scaled "
            f"linearly to {people:,} (the preview is the same query as ours)"
        )
    return Figure(
        name=f"bulk amnesty on {people:,} people, preview + commit",
        ours=mine,
        baseline=Samples(naive),
        baseline_name="one ORM flush per decision",
        goal=f"<= {GOAL_S:g} s",
        met=mine.median <= GOAL_S,
        notes=notes,
    )
