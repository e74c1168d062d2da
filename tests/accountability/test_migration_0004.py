"""Migration 0004 on a database with decisions already recorded: each is marked approved
and "recorded before approval was required", so the figures counted from approved
decisions still reconcile; on a file the migrating account becomes its administrator."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.services.database import open_database
from desktop.services.identity import os_account
from desktop.store import migrate
from desktop.store.engine import make_engine, resolve_url

pytestmark = pytest.mark.filterwarnings("ignore:.*expression-based index")


def test_existing_decisions_become_approved_before_approval_was_required(backend_url: str):
    engine = make_engine(resolve_url(backend_url))
    try:
        migrate.upgrade(engine, "0002")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO amnesty (id, title, issued_on, issued_on_precision, rules_json, "
                    "version) VALUES (1, 'Old amnesty', '2020-10-01', 'month', '{}', 1)"
                )
            )
            for number in (1, 2):
                conn.execute(
                    text(
                        "INSERT INTO detainee (id, case_no, name_latin, sex, status, synthetic, "
                        "version) VALUES (:i, :c, 'Old Person', 'M', 'released', false, 1)"
                    ),
                    {"i": number, "c": f"OLD-{number}"},
                )
                conn.execute(
                    text(
                        "INSERT INTO amnesty_decision (amnesty_id, detainee_id, outcome, "
                        "decision_date, synthetic, version) "
                        "VALUES (1, :i, 'released', '2020-10-08', false, 1)"
                    ),
                    {"i": number},
                )
    finally:
        engine.dispose()

    database = open_database(backend_url, create=False)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT state, before_approval FROM amnesty_decision ORDER BY id")
            ).all()
            assert [(s, bool(b)) for s, b in rows] == [("approved", True)] * 2
            if not database.server:
                assert conn.execute(text("SELECT login, role FROM app_user")).all() == [
                    (os_account(), "administrator")
                ]
        from desktop.services.amnesties import reconcile

        assert [r.counted for r in reconcile(database, amnesty_id=1)] == [2]
    finally:
        database.dispose()
