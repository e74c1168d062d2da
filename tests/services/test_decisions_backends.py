"""Decisions, bulk decisions, revocation and reconciliation behave the same on SQLite and
PostgreSQL (the partial unique index, RETURNING in batches, row locks)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from fractions import Fraction

import pytest
from identities import approve_as_second_reviewer, approve_batch_as_second_reviewer
from sqlalchemy import select, text

from desktop.domain.errors import ValidationError
from desktop.services.amnesties import reconcile
from desktop.services.apply_amnesty import apply_bulk, select_candidates
from desktop.services.approval_settings import set_approval
from desktop.services.database import Database, open_database
from desktop.services.decisions import decide, decisions_for_case, revoke_decision
from desktop.store.models import Detainee

GENERAL = 1
pytestmark = pytest.mark.postgres


@pytest.fixture
def db(seeded_backend_url: str) -> Iterator[Database]:
    database = open_database(seeded_backend_url, create=False)
    yield database
    database.dispose()


def test_decisions_on_both_backends(db: Database):
    assert [(r.outcome, r.counted, r.agreement) for r in reconcile(db, amnesty_id=GENERAL)] == [
        ("released", 631, "match"),
        ("reduced", 253, "match"),
    ]
    candidates = select_candidates(db, amnesty_id=GENERAL)
    assert len(candidates.rows) > 5000 and candidates.already_decided == 884
    sentenced = [r.detainee_id for r in candidates.rows if r.sentenced]
    one, many = sentenced[0], sentenced[1:1201]

    record = decide(db, amnesty_id=GENERAL, detainee_id=one, outcome="released")
    assert record.proposed
    with pytest.raises(ValidationError):  # a proposal stands in the way too
        decide(db, amnesty_id=GENERAL, detainee_id=one, outcome="denied")
    result = apply_bulk(
        db,
        amnesty_id=GENERAL,
        detainee_ids=many,
        outcome="reduced",
        fraction=Fraction(1, 2),
        decision_date=None,
        decided_by="Board",
    )
    assert result.proposed == 1200 and result.reduced == 0 and result.batch_id
    rows = {r.outcome: r for r in reconcile(db, amnesty_id=GENERAL)}
    assert (rows["released"].counted, rows["reduced"].counted) == (631, 253)  # proposals
    approve_as_second_reviewer(db, record.id)
    assert approve_batch_as_second_reviewer(db, result.batch_id).reduced == 1200
    rows = {r.outcome: r for r in reconcile(db, amnesty_id=GENERAL)}
    assert rows["released"].counted == 632 and rows["released"].differs
    assert rows["reduced"].counted == 1453

    revoke_decision(db, decision_id=record.id, reason="Mistake", by="Officer")
    # who revokes is the login, whatever name the caller gives
    assert decisions_for_case(db, detainee_id=one)[0].revoked_by == db.identity.login
    assert reconcile(db, amnesty_id=GENERAL)[0].counted == 631


def _history(db: Database, table: str, record_id: int) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT action, field, before, after FROM change_log "
                    "WHERE table_name = :t AND record_id = :r ORDER BY id"
                ),
                {"t": table, "r": record_id},
            )
        ]


def _decision(db: Database, detainee_id: int) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT id FROM amnesty_decision WHERE amnesty_id = :a AND detainee_id = :p "
                    "AND revoked_at IS NULL ORDER BY id DESC LIMIT 1"
                ),
                {"a": GENERAL, "p": detainee_id},
            ).scalar_one()
        )


def _sentence_end(db: Database, detainee_id: int) -> date:
    with db.engine.connect() as conn:
        end = conn.execute(
            select(Detainee.sentence_end).where(Detainee.id == detainee_id)
        ).scalar_one()
    assert isinstance(end, date)
    return end


def test_apply_amnesty_writes_the_same_history_on_both_backends(db: Database):
    """Set-wise writing (a temporary table of the batch, INSERT … SELECT, UPDATE … FROM)
    records each decision and each change to a person as ``as_text`` writes them, with
    approval off (in force at once, a pending decision replaced) and on (approved later)."""
    sentenced = [
        r.detainee_id for r in select_candidates(db, amnesty_id=GENERAL).rows if r.sentenced
    ]
    released, reduced, later = sentenced[0:3], sentenced[3:6], sentenced[6:9]
    pending = decide(db, amnesty_id=GENERAL, detainee_id=released[0], outcome="pending")
    ends = {p: _sentence_end(db, p) for p in reduced + later}
    set_approval(db, on=False)
    done = apply_bulk(
        db,
        amnesty_id=GENERAL,
        detainee_ids=released,
        outcome="released",
        fraction=None,
        decision_date=None,
        decided_by=None,
    )
    assert (done.released, done.replaced_pending, done.batch_id) == (3, 1, None)
    assert _decision(db, released[0]) == pending.id
    assert _history(db, "amnesty_decision", pending.id)[-1] == (
        "update",
        "outcome",
        "pending",
        "released",
    )
    for p in released:
        assert _history(db, "detainee", p) == [("update", "status", "held", "released")]
    for p in released[1:]:
        assert _history(db, "amnesty_decision", _decision(db, p)) == [
            ("insert", "outcome", None, "released")
        ]
    cut = apply_bulk(
        db,
        amnesty_id=GENERAL,
        detainee_ids=reduced,
        outcome="reduced",
        fraction=Fraction(1, 2),
        decision_date=None,
        decided_by=None,
    )
    assert cut.reduced == 3
    for p in reduced:
        after = _sentence_end(db, p)
        assert after < ends[p]
        assert _history(db, "detainee", p) == [
            ("update", "sentence_end", ends[p].isoformat(), after.isoformat())
        ]
    set_approval(db, on=True)
    proposed = apply_bulk(
        db,
        amnesty_id=GENERAL,
        detainee_ids=later,
        outcome="reduced",
        fraction=Fraction(1, 2),
        decision_date=None,
        decided_by=None,
    )
    assert proposed.batch_id and proposed.proposed == 3
    assert all(_history(db, "detainee", p) == [] for p in later)
    assert approve_batch_as_second_reviewer(db, proposed.batch_id).reduced == 3
    for p in later:
        after = _sentence_end(db, p)
        assert _history(db, "detainee", p) == [
            ("update", "sentence_end", ends[p].isoformat(), after.isoformat())
        ]
        assert _history(db, "amnesty_decision", _decision(db, p)) == [
            ("insert", "outcome", None, "reduced"),
            ("update", "state", "proposed", "approved"),
        ]
