"""Refusals the services give as typed values are worded by the window itself
(``ui/refusals.py``), not in the command line's English."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from desktop.reports import labels
from desktop.services.approvals import ProposalChange, ProposalChanged
from desktop.services.database import Database
from desktop.services.revocation import RevocationBlock, RevocationUnsafe, revoke_decision
from desktop.ui import script
from desktop.ui.refusals import refusal_text


def _seeded_release(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT a.id, a.detainee_id FROM amnesty_decision a "
                "JOIN detainee d ON d.id = a.detainee_id "
                "WHERE a.outcome = 'released' AND d.status = 'released' ORDER BY a.id LIMIT 1"
            )
        ).one()
    return int(row.id), int(row.detainee_id)


def test_an_unsafe_revocation_is_worded_from_its_typed_reason(qapp, seeded_db: Database):
    decision_id, person_id = _seeded_release(seeded_db)
    with seeded_db.engine.begin() as conn:  # the person escaped since the release
        conn.execute(text("UPDATE detainee SET status = 'escaped' WHERE id = :i"), {"i": person_id})
    with pytest.raises(RevocationUnsafe) as refused:
        revoke_decision(seeded_db, decision_id=decision_id, reason="Mistake")
    shown = refusal_text(refused.value)
    assert shown != str(refused.value)  # not the command line's sentence
    assert labels.case_status("escaped") in shown and "'escaped'" not in shown
    assert shown.startswith("The person's status is now")


def test_each_typed_refusal_has_its_own_words(qapp):
    end, expected = date(2031, 1, 2), date(2029, 5, 6)
    moved = RevocationUnsafe(
        "english", why=RevocationBlock.SENTENCE_END_CHANGED, sentence_end=end, expected_end=expected
    )
    assert script.day(end) in refusal_text(moved) and script.day(expected) in refusal_text(moved)
    later = RevocationUnsafe("english", why=RevocationBlock.LATER_DECISION, later=77)
    assert "(77)" in refusal_text(later)
    assert "transferred" in refusal_text(
        RevocationUnsafe("english", why=RevocationBlock.TRANSFERRED)
    )
    changed = ProposalChanged(
        "english", change=ProposalChange.SENTENCE_END_MOVED, status="held", sentence_end=end
    )
    assert refusal_text(changed).startswith("The sentence end is now " + script.day(end))
    gone = ProposalChanged(
        "english", change=ProposalChange.NO_LONGER_HELD, status="escaped", sentence_end=None
    )
    assert labels.case_status("escaped") in refusal_text(gone)
    assert refusal_text(ValueError("plain")) == "plain"  # any other error keeps its message
