"""Outcomes counted from records beside the totals reported for them, with sources."""

from __future__ import annotations

from datetime import date

from decision_helpers import GENERAL, eligible_sentenced
from identities import approve_as_second_reviewer

from desktop.services.amnesties import create_amnesty, reconcile
from desktop.services.database import Database
from desktop.services.decisions import decide
from desktop.store.amnesty_queries import outcome_breakdown


def test_the_general_amnesty_counts_631_released_and_253_halved_as_reported(
    seeded_db: Database,
):
    rows = reconcile(seeded_db, amnesty_id=GENERAL)
    assert [(r.outcome, r.fraction, r.counted, r.reported, r.agreement) for r in rows] == [
        ("released", None, 631, 631, "match"),
        ("reduced", "1/2", 253, 253, "match"),
    ]
    released = rows[0]
    assert released.source == "Hundreds of ISIS members in Syria released by Kurdish authorities"
    assert (released.precision, released.as_of, released.as_of_precision) == (
        "exact",
        date(2020, 10, 1),
        "month",
    )
    assert released.counted_synthetic == 631  # the counted records are the synthetic demo
    assert released.difference == 0 and not released.differs


def test_a_difference_is_shown_and_unreported_outcomes_are_listed(seeded_db: Database):
    release = decide(
        seeded_db, amnesty_id=GENERAL, detainee_id=eligible_sentenced(seeded_db), outcome="released"
    )
    decide(
        seeded_db, amnesty_id=GENERAL, detainee_id=eligible_sentenced(seeded_db), outcome="denied"
    )
    # Reconciliation counts approved decisions: the proposed release is not counted yet.
    assert reconcile(seeded_db, amnesty_id=GENERAL)[0].counted == 631
    approve_as_second_reviewer(seeded_db, release.id)
    rows = {r.outcome: r for r in reconcile(seeded_db, amnesty_id=GENERAL)}
    assert rows["released"].counted == 632 and rows["released"].difference == 1
    assert rows["released"].differs
    assert rows["denied"].reported is None and rows["denied"].agreement == "not reported"
    assert rows["reduced"].agreement == "match"


def test_an_amnesty_without_reported_totals(seeded_db: Database):
    amnesty = create_amnesty(seeded_db, title="Quiet amnesty", issued_on=date(2021, 1, 1))
    assert reconcile(seeded_db, amnesty_id=amnesty.id) == []


def test_the_breakdown_by_category_and_facility_adds_up(seeded_db: Database):
    with seeded_db.read() as s:
        rows = outcome_breakdown(s, GENERAL)
    assert sum(r.count for r in rows if r.outcome == "released") == 631
    assert {r.category for r in rows} == {"Syrian ISIS member"}
    assert len({r.facility for r in rows}) == 25
