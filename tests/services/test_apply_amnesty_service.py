"""Many decisions at once: selection by the rules as one query, a set-based commit with
history, and nothing written when cancelled or refused."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from decision_helpers import GENERAL, checksum, held_in_facility, history, person, value
from identities import approve_batch_as_second_reviewer
from sqlalchemy import text

from desktop.domain.errors import ValidationError
from desktop.services import apply_amnesty
from desktop.services.amnesties import create_amnesty, reconcile
from desktop.services.apply_amnesty import BulkCancelled, apply_bulk, select_candidates
from desktop.services.database import Database
from desktop.services.decisions import decide, preview_decision


def test_candidates_are_the_held_people_the_rules_select_without_a_decision(seeded_db: Database):
    candidates = select_candidates(seeded_db, amnesty_id=GENERAL)
    expected = value(
        seeded_db,
        "SELECT count(*) FROM detainee d WHERE d.status = 'held' AND d.violent_crime = 0 "
        "AND NOT EXISTS (SELECT 1 FROM amnesty_decision a WHERE a.detainee_id = d.id)",
    )
    assert len(candidates.rows) == expected
    assert candidates.already_decided == 884
    assert candidates.held_left_out == value(
        seeded_db, "SELECT count(*) FROM detainee WHERE status = 'held' AND violent_crime = 1"
    )
    assert sum(n for _c, n in candidates.by_category()) == len(candidates.rows)
    assert sum(n for _f, n in candidates.by_facility()) == len(candidates.rows)
    assert candidates.earliest_date == date(2020, 10, 1)
    assert [r.case_no for r in candidates.rows] == sorted(r.case_no for r in candidates.rows)


def test_everyone_held_is_selected_left_out_or_already_decided(seeded_db: Database):
    """Held people without a final decision are either selected or left out; one whom a
    rule cannot judge (no nationality recorded, under a rule naming nationalities) is not
    selected, so is counted as left out."""
    amnesty = create_amnesty(
        seeded_db,
        title="Iraqis held since before 2019",
        issued_on=date(2021, 1, 1),
        rules={"nationality_include": ["IQ"], "held_since_before": "2019-01-01"},
    )
    iraqi = value(
        seeded_db,
        "SELECT id FROM detainee WHERE status = 'held' AND nationality = 'IQ' "
        "AND held_since < '2019-01-01' ORDER BY id LIMIT 1",
    )
    before = select_candidates(seeded_db, amnesty_id=amnesty.id)
    assert iraqi in {r.detainee_id for r in before.rows}
    with seeded_db.engine.begin() as conn:
        conn.execute(text("UPDATE detainee SET nationality = NULL WHERE id = :i"), {"i": iraqi})
    apply_bulk(
        seeded_db,
        amnesty_id=amnesty.id,
        detainee_ids=[before.rows[-1].detainee_id],
        outcome="denied",
        fraction=None,
        decision_date=None,
        decided_by=None,
    )
    after = select_candidates(seeded_db, amnesty_id=amnesty.id)
    held = value(seeded_db, "SELECT count(*) FROM detainee WHERE status = 'held'")
    assert iraqi not in {r.detainee_id for r in after.rows}
    assert len(after.rows) == len(before.rows) - 2
    assert after.already_decided == 1
    assert after.held_left_out == before.held_left_out + 1
    assert len(after.rows) + after.held_left_out + after.already_decided == held


def test_nested_categories_in_the_rules(seeded_db: Database):
    amnesty = create_amnesty(
        seeded_db,
        title="Foreigners excluded",
        issued_on=date(2021, 1, 1),
        rules={"category_exclude": ["foreign"], "exclude_violent_crime": True},
    )
    categories = {c for c, _n in select_candidates(seeded_db, amnesty_id=amnesty.id).by_category()}
    assert categories == {"Syrian ISIS member", "Iraqi national"}


def test_bulk_release_writes_every_decision_its_effects_and_history(seeded_db: Database):
    rows = select_candidates(seeded_db, amnesty_id=GENERAL).rows[:300]
    ids = [r.detainee_id for r in rows]
    facility_count = held_in_facility(seeded_db, 1 + 2)  # an arbitrary facility
    moved_out = sum(1 for i in ids if person(seeded_db, i)["facility_id"] == 3)
    result = apply_bulk(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_ids=ids,
        outcome="released",
        fraction=None,
        decision_date=date(2020, 10, 15),
        decided_by="Review board",
    )
    # Apply amnesty proposes a batch: nobody is released until another reviewer approves it.
    assert (result.decided, result.proposed, result.released) == (300, 300, 0)
    assert result.batch_id is not None
    assert held_in_facility(seeded_db, 3) == facility_count
    assert all(person(seeded_db, i)["status"] == "held" for i in ids)
    proposer = seeded_db.actor
    assert value(seeded_db, "SELECT who FROM change_log ORDER BY id DESC LIMIT 1") == proposer

    approved = approve_batch_as_second_reviewer(seeded_db, result.batch_id)
    assert (approved.decisions, approved.released, approved.reduced) == (300, 300, 0)
    assert held_in_facility(seeded_db, 3) == facility_count - moved_out
    assert all(person(seeded_db, i)["status"] == "released" for i in ids)
    decision_id = value(
        seeded_db,
        "SELECT id FROM amnesty_decision WHERE detainee_id = :p AND amnesty_id = 1",
        p=ids[0],
    )
    assert history(seeded_db, "detainee", ids[0]) == [("update", "status", "held", "released")]
    assert history(seeded_db, "amnesty_decision", int(decision_id)) == [  # type: ignore[arg-type]
        ("insert", "outcome", None, "released"),
        ("update", "state", "proposed", "approved"),
    ]
    assert value(seeded_db, "SELECT who FROM change_log ORDER BY id DESC LIMIT 1") == (
        "second_reviewer"
    )
    rows_by = {r.outcome: r for r in reconcile(seeded_db, amnesty_id=GENERAL)}
    assert rows_by["released"].counted == 931 and rows_by["released"].differs
    # The bumped versions still protect later edits.
    assert person(seeded_db, ids[0])["version"] == 2


def test_bulk_reduction_computes_each_new_end_like_a_single_decision(seeded_db: Database):
    rows = [r for r in select_candidates(seeded_db, amnesty_id=GENERAL).rows if r.sentenced][:50]
    expected = {
        r.detainee_id: preview_decision(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_id=r.detainee_id,
            outcome="reduced",
            fraction=Fraction(1, 3),
        ).sentence_end_after
        for r in rows
    }
    result = apply_bulk(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_ids=list(expected),
        outcome="reduced",
        fraction=Fraction(1, 3),
        decision_date=None,
        decided_by=None,
    )
    assert result.batch_id is not None and result.proposed == 50
    assert all(history(seeded_db, "detainee", pid) == [] for pid in expected)  # not yet
    assert approve_batch_as_second_reviewer(seeded_db, result.batch_id).reduced == 50
    for pid, end in expected.items():
        assert person(seeded_db, pid)["sentence_end"] == end.isoformat()  # type: ignore[union-attr]
        assert history(seeded_db, "detainee", pid)[0][1] == "sentence_end"


def test_a_reduction_of_someone_without_a_sentence_refuses_the_whole_batch(seeded_db: Database):
    rows = select_candidates(seeded_db, amnesty_id=GENERAL).rows
    ids = [r.detainee_id for r in rows[:100]] + [
        next(r for r in rows if not r.sentenced).detainee_id
    ]
    before = checksum(seeded_db)
    with pytest.raises(ValidationError) as err:
        apply_bulk(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_ids=ids,
            outcome="reduced",
            fraction=None,
            decision_date=None,
            decided_by=None,
        )
    assert "needs a sentence" in str(err.value)
    assert checksum(seeded_db) == before


def test_people_who_changed_since_the_preview_are_named_and_nothing_is_written(
    seeded_db: Database,
):
    rows = select_candidates(seeded_db, amnesty_id=GENERAL).rows
    ids = [r.detainee_id for r in rows[:20]]
    decide(seeded_db, amnesty_id=GENERAL, detainee_id=ids[3], outcome="denied")
    with seeded_db.engine.begin() as conn:
        conn.execute(text("UPDATE detainee SET violent_crime = 1 WHERE id = :i"), {"i": ids[5]})
    before = checksum(seeded_db)
    with pytest.raises(ValidationError) as err:
        apply_bulk(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_ids=ids,
            outcome="released",
            fraction=None,
            decision_date=None,
            decided_by=None,
        )
    named = {p.value for p in err.value.problems}
    assert named == {rows[3].case_no, rows[5].case_no}
    assert checksum(seeded_db) == before


def test_pending_decisions_are_offered_and_replaced(seeded_db: Database):
    row = select_candidates(seeded_db, amnesty_id=GENERAL).rows[0]
    pending = decide(seeded_db, amnesty_id=GENERAL, detainee_id=row.detainee_id, outcome="pending")
    again = select_candidates(seeded_db, amnesty_id=GENERAL)
    assert next(r for r in again.rows if r.detainee_id == row.detainee_id).pending
    result = apply_bulk(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_ids=[row.detainee_id],
        outcome="denied",
        fraction=None,
        decision_date=None,
        decided_by=None,
    )
    assert result.replaced_pending == 1
    assert (
        value(seeded_db, "SELECT outcome FROM amnesty_decision WHERE id = :i", i=pending.id)
        == "denied"
    )
    assert ("update", "outcome", "pending", "denied") in history(
        seeded_db, "amnesty_decision", pending.id
    )


def test_cancel_leaves_every_table_unchanged(seeded_db: Database, monkeypatch):
    monkeypatch.setattr(apply_amnesty, "BATCH", 500)
    ids = [r.detainee_id for r in select_candidates(seeded_db, amnesty_id=GENERAL).rows]
    before = checksum(seeded_db)
    calls: list[int] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 3:
            raise Stop()  # as the window's TaskContext.progress raises Cancelled

    with pytest.raises(Stop):
        apply_bulk(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_ids=ids,
            outcome="released",
            fraction=None,
            decision_date=None,
            decided_by=None,
            progress=progress,
        )
    assert calls == [500, 1000, 1500]
    assert checksum(seeded_db) == before

    asked = iter([False, False, True])
    with pytest.raises(BulkCancelled):
        apply_bulk(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_ids=ids,
            outcome="released",
            fraction=None,
            decision_date=None,
            decided_by=None,
            cancelled=lambda: next(asked),
        )
    assert checksum(seeded_db) == before


def test_the_same_date_rules_as_a_single_decision(seeded_db: Database):
    ids = [r.detainee_id for r in select_candidates(seeded_db, amnesty_id=GENERAL).rows[:5]]
    with pytest.raises(ValidationError) as err:
        apply_bulk(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_ids=ids,
            outcome="released",
            fraction=None,
            decision_date=date(2020, 9, 30),
            decided_by=None,
        )
    assert [p.field for p in err.value.problems] == ["decision_date"]
    with pytest.raises(ValidationError):
        apply_bulk(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_ids=[],
            outcome="released",
            fraction=None,
            decision_date=None,
            decided_by=None,
        )


def test_people_changed_since_the_list_was_reviewed_are_named_and_nothing_is_written(
    seeded_db: Database,
):
    """With approval off, Apply amnesty writes decisions in force. A colleague corrected
    one person's sentence and recorded a pending decision (with its guarantor) for another
    while the list was being reviewed: the reduction was computed on the new sentence and
    the pending decision replaced, neither of which the list had shown. Given the rows that
    were reviewed, those people are named and nothing is written."""
    from dataclasses import replace

    from desktop.domain.sentences import add_months
    from desktop.services.approval_settings import set_approval
    from desktop.services.cases import get_case, save_case

    set_approval(seeded_db, on=False)
    rows = [r for r in select_candidates(seeded_db, amnesty_id=GENERAL).rows if r.sentenced]
    reviewed = [r for r in rows[:10] if not r.pending]
    corrected, vouched = reviewed[2], reviewed[6]
    case = get_case(seeded_db, detainee_id=corrected.detainee_id)
    assert case.sentence_end is not None
    fields = replace(case.fields(), sentence_end=add_months(case.sentence_end, 24))
    save_case(seeded_db, fields=fields, detainee_id=case.id, expected_version=case.version)
    decide(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_id=vouched.detainee_id,
        outcome="pending",
        guarantor="Sheikh of the tribe",
    )
    before = checksum(seeded_db)
    with pytest.raises(ValidationError) as err:
        apply_bulk(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_ids=[r.detainee_id for r in reviewed],
            outcome="reduced",
            fraction=Fraction(1, 2),
            decision_date=None,
            decided_by=None,
            reviewed=reviewed,
        )
    assert {p.value for p in err.value.problems} == {corrected.case_no, vouched.case_no}
    assert "review" in str(err.value)
    assert checksum(seeded_db) == before
