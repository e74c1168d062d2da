"""Two ``demo`` runs on one database at once: both succeed, with distinct case numbers.

The second run is let go only when it has either read the highest case number (as an
unguarded run does, and then collides with the first run's numbers) or asked for the
numbering lock (and so waits for the first run to commit). No timing is involved."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import event, text

from desktop.services.database import add_demo, open_database

WAIT = 120  # seconds: only ever reached when something hangs


def test_two_demo_runs_at_once_both_succeed_with_distinct_numbers(backend_url: str):
    database = open_database(backend_url, seed_demo=False)
    add_demo(database, 1, 0)  # the synthetic centres exist: only numbers are contended
    other = open_database(backend_url, create=False)
    second_ready = threading.Event()
    errors: list[BaseException] = []
    second_thread: list[threading.Thread] = []

    def second() -> None:
        try:
            add_demo(other, 300, 2)
        except BaseException as exc:
            errors.append(exc)
            second_ready.set()

    def watch_before(_conn: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is second_thread[0] and (
            "BEGIN IMMEDIATE" in statement or "pg_advisory_xact_lock" in statement
        ):
            second_ready.set()  # it waits for the first run from here on

    def watch_after(_conn: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is second_thread[0] and "max(" in statement.lower():
            second_ready.set()  # it has read the highest number while the first runs

    event.listen(other.engine, "before_cursor_execute", watch_before)
    event.listen(other.engine, "after_cursor_execute", watch_after)

    def first_progress(_done: int, _total: int) -> None:
        if second_thread:
            return
        second_thread.append(threading.Thread(target=second))
        second_thread[0].start()
        assert second_ready.wait(WAIT), "the second run never started"

    try:
        add_demo(database, 300, 1, first_progress)
        second_thread[0].join(WAIT)
        assert not second_thread[0].is_alive()
        assert errors == []
        with database.engine.connect() as conn:
            numbers = conn.execute(
                text("SELECT count(*), count(DISTINCT case_no) FROM detainee")
            ).one()
        assert tuple(numbers) == (601, 601)
    finally:
        other.dispose()
        database.dispose()
