"""A decision entered by mistake is revoked, never deleted, and its effects reversed."""

from __future__ import annotations

from datetime import date

import pytest
from decision_helpers import (
    GENERAL,
    checksum,
    eligible_sentenced,
    held_in_facility,
    history,
    person,
    released_by_seed,
    value,
)
from identities import approve_as_second_reviewer
from sqlalchemy import text

from desktop.domain.decision_rules import RevocationBlock
from desktop.domain.errors import RevocationUnsafe, RuleError, ValidationError
from desktop.services.amnesties import create_amnesty, reconcile
from desktop.services.database import Database
from desktop.services.decisions import decide, decisions_for_case, revoke_decision
from desktop.store.models import Detainee


def test_revoking_a_release_restores_status_and_the_facility_count(seeded_db: Database):
    pid = eligible_sentenced(seeded_db)
    facility = int(person(seeded_db, pid)["facility_id"])  # type: ignore[arg-type]
    held = held_in_facility(seeded_db, facility)
    record = decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    approve_as_second_reviewer(seeded_db, record.id)
    assert held_in_facility(seeded_db, facility) == held - 1

    # Who revokes is the login (a reviewer or above), not the name the caller gives.
    revoked = revoke_decision(
        seeded_db, decision_id=record.id, reason="Entered for the wrong person", by="Officer A"
    )
    login = seeded_db.identity.login

    assert person(seeded_db, pid)["status"] == "held"
    assert held_in_facility(seeded_db, facility) == held
    assert revoked.revoked_at is not None
    assert (revoked.revoked_by, revoked.revoked_reason) == (
        login,
        "Entered for the wrong person",
    )
    # Kept, not deleted; listed with the revocation.
    [listed] = decisions_for_case(seeded_db, detainee_id=pid)
    assert listed.id == record.id and listed.revoked_by == login
    assert ("update", "status", "released", "held") in history(seeded_db, "detainee", pid)
    assert ("update", "revoked_by", None, login) in history(
        seeded_db, "amnesty_decision", record.id
    )
    # A new decision may now be recorded.
    assert decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="denied").id != record.id


def test_revoking_a_seeded_halving_restores_the_sentence_end(seeded_db: Database):
    with seeded_db.engine.connect() as conn:
        decision_id, pid, before = conn.execute(
            text(
                "SELECT id, detainee_id, sentence_end_before FROM amnesty_decision "
                "WHERE outcome = 'reduced' ORDER BY id LIMIT 1"
            )
        ).one()
    revoke_decision(seeded_db, decision_id=decision_id, reason="Wrong file", by="Officer B")
    assert person(seeded_db, pid)["sentence_end"] == before
    rows = {r.outcome: r for r in reconcile(seeded_db, amnesty_id=GENERAL)}
    assert rows["reduced"].counted == 252 and rows["reduced"].differs


def test_reversal_is_refused_when_the_person_changed_since(seeded_db: Database):
    pid = released_by_seed(seeded_db)
    decision_id = value(seeded_db, "SELECT id FROM amnesty_decision WHERE detainee_id = :p", p=pid)
    with seeded_db.session() as s:  # moved out since the release
        s.get_one(Detainee, pid).status = "transferred"
    before = checksum(seeded_db)
    with pytest.raises(RuleError) as err:
        revoke_decision(seeded_db, decision_id=int(decision_id), reason="Mistake", by="Officer")  # type: ignore[arg-type]
    assert "'transferred'" in str(err.value) and "cannot be reversed safely" in str(err.value)
    assert isinstance(err.value, RevocationUnsafe)  # typed, for the window's own words
    assert (err.value.why, err.value.status) == (RevocationBlock.STATUS_CHANGED, "transferred")
    assert checksum(seeded_db) == before


def test_reversal_of_a_reduction_is_refused_when_another_decision_changed_the_sentence(
    seeded_db: Database,
):
    pid = eligible_sentenced(seeded_db)
    first = decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced")
    approve_as_second_reviewer(seeded_db, first.id)
    second_amnesty = create_amnesty(seeded_db, title="Later amnesty", issued_on=date(2022, 1, 1))
    second = decide(seeded_db, amnesty_id=second_amnesty.id, detainee_id=pid, outcome="reduced")
    approve_as_second_reviewer(seeded_db, second.id)
    with pytest.raises(RuleError) as err:
        revoke_decision(seeded_db, decision_id=first.id, reason="Mistake", by="Officer")
    assert "cannot be reversed safely" in str(err.value)
    assert isinstance(err.value, RevocationUnsafe)
    assert err.value.why == RevocationBlock.SENTENCE_END_CHANGED
    assert err.value.expected_end == first.sentence_end_after
    assert err.value.sentence_end == second.sentence_end_after


def test_a_revocation_needs_a_reason_and_happens_once(seeded_db: Database):
    record = decide(
        seeded_db, amnesty_id=GENERAL, detainee_id=eligible_sentenced(seeded_db), outcome="pending"
    )
    with pytest.raises(ValidationError) as err:
        revoke_decision(seeded_db, decision_id=record.id, reason=" ", by="")
    # who revokes is the login the database established: no name is asked for
    assert [p.field for p in err.value.problems] == ["reason"]
    revoke_decision(seeded_db, decision_id=record.id, reason="Duplicate", by="Officer")
    with pytest.raises(RuleError) as again:
        revoke_decision(seeded_db, decision_id=record.id, reason="Duplicate", by="Officer")
    assert "already revoked" in str(again.value)
