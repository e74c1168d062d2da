"""Decisions, bulk decisions, revocation and reconciliation behave the same on SQLite and
PostgreSQL (the partial unique index, RETURNING in batches, row locks)."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

import pytest
from identities import approve_as_second_reviewer, approve_batch_as_second_reviewer

from desktop.domain.errors import ValidationError
from desktop.services.amnesties import reconcile
from desktop.services.apply_amnesty import apply_bulk, select_candidates
from desktop.services.database import Database, open_database
from desktop.services.decisions import decide, decisions_for_case, revoke_decision

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
