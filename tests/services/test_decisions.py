"""One amnesty decision through the service: each effect and each rule."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from decision_helpers import (
    GENERAL,
    checksum,
    eligible_sentenced,
    eligible_unsentenced,
    held_in_facility,
    history,
    person,
    released_by_seed,
    value,
    violent,
)
from identities import approve_as_second_reviewer

from desktop.domain.errors import NotFoundError, RuleError, ValidationError
from desktop.domain.sentences import add_months, reduced_months
from desktop.services.amnesties import create_amnesty
from desktop.services.database import Database
from desktop.services.decisions import (
    decide,
    decisions_for_case,
    find_people,
    preview_decision,
)
from desktop.store.occupancy import occupancy_rows


def fields(err: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.field for p in err.value.problems]


def test_a_release_sets_the_person_released_and_drops_the_facility_count(seeded_db: Database):
    pid = eligible_sentenced(seeded_db)
    facility = int(person(seeded_db, pid)["facility_id"])  # type: ignore[arg-type]
    held_before = held_in_facility(seeded_db, facility)
    with seeded_db.read() as s:
        live_before = next(r.held for r in occupancy_rows(s, facility))

    record = decide(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_id=pid,
        outcome="released",
        decision_date=date(2020, 10, 8),
        decided_by="Review board",
        guarantor="Sheikh of the Synthetic tribe",
        conditions="Report monthly",
        notes="First release entered by hand",
    )
    # A release is a proposal: nothing changes on the person until another reviewer approves.
    assert record.proposed and record.proposed_by == seeded_db.identity.login
    assert person(seeded_db, pid)["status"] == "held"
    assert held_in_facility(seeded_db, facility) == held_before
    assert ("update", "status", "held", "released") not in history(seeded_db, "detainee", pid)

    record = approve_as_second_reviewer(seeded_db, record.id)
    assert record.in_force and record.approved_by == "second_reviewer"
    assert person(seeded_db, pid)["status"] == "released"
    assert held_in_facility(seeded_db, facility) == held_before - 1
    with seeded_db.read() as s:
        assert next(r.held for r in occupancy_rows(s, facility)) == live_before - 1
    assert record.outcome == "released" and record.fraction is None
    assert record.amnesty_title == "General amnesty, October 2020"
    assert (record.decided_by, record.guarantor, record.conditions) == (
        "Review board",
        "Sheikh of the Synthetic tribe",
        "Report monthly",
    )
    assert record.status_before == "held" and record.revoked_at is None
    assert decisions_for_case(seeded_db, detainee_id=pid) == [record]
    assert ("update", "status", "held", "released") in history(seeded_db, "detainee", pid)
    assert ("insert", "outcome", None, "released") in history(
        seeded_db, "amnesty_decision", record.id
    )


def test_a_reduction_is_previewed_then_recomputes_the_sentence_end(seeded_db: Database):
    pid = eligible_sentenced(seeded_db)
    p = person(seeded_db, pid)
    start, months = date.fromisoformat(str(p["sentence_start"])), int(p["sentence_months"])  # type: ignore[arg-type]
    expected = add_months(start, reduced_months(months, Fraction(1, 2)))

    preview = preview_decision(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced")
    assert preview.ok and preview.fraction == "1/2"  # one half by default
    assert preview.sentence_end_after == expected
    assert (preview.term_before, preview.term_after) == (
        months,
        reduced_months(months, Fraction(1, 2)),
    )
    assert person(seeded_db, pid)["sentence_end"] == p["sentence_end"]  # a preview writes nothing

    record = decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced")
    assert record.proposed
    assert person(seeded_db, pid)["sentence_end"] == p["sentence_end"]  # not yet approved
    record = approve_as_second_reviewer(seeded_db, record.id)
    assert record.fraction == "1/2"
    assert record.sentence_end_before == date.fromisoformat(str(p["sentence_end"]))
    assert record.sentence_end_after == expected
    after = person(seeded_db, pid)
    assert after["sentence_end"] == expected.isoformat() and after["status"] == "held"
    assert ("update", "sentence_end", str(p["sentence_end"]), expected.isoformat()) in history(
        seeded_db, "detainee", pid
    )


def test_a_reduction_by_another_fraction(seeded_db: Database):
    pid = eligible_sentenced(seeded_db)
    record = decide(
        seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced", fraction=Fraction(1, 3)
    )
    assert record.fraction == "1/3"
    assert (
        value(seeded_db, "SELECT fraction_den FROM amnesty_decision WHERE id = :i", i=record.id)
        == 3
    )


def test_a_reduction_without_a_sentence_is_refused_clearly(seeded_db: Database):
    pid = eligible_unsentenced(seeded_db)
    before = checksum(seeded_db)
    with pytest.raises(ValidationError) as err:
        decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced")
    assert fields(err) == ["outcome"]
    assert "needs a sentence" in str(err.value)
    assert checksum(seeded_db) == before


@pytest.mark.parametrize("outcome", ["denied", "pending"])
def test_denied_and_pending_change_nothing_on_the_person(seeded_db: Database, outcome: str):
    pid = eligible_sentenced(seeded_db)
    p = person(seeded_db, pid)
    record = decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome=outcome)
    after = person(seeded_db, pid)
    assert (after["status"], after["sentence_end"], after["version"]) == (
        p["status"],
        p["sentence_end"],
        p["version"],
    )
    assert record.outcome == outcome
    assert history(seeded_db, "detainee", pid) == []


def test_one_final_decision_per_person_and_amnesty(seeded_db: Database):
    pid = eligible_sentenced(seeded_db)
    first = decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="denied")
    before = checksum(seeded_db)
    with pytest.raises(ValidationError) as err:
        decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    assert fields(err) == ["detainee"]
    assert f"decision {first.id}" in str(err.value) and "revoke it first" in str(err.value)
    assert checksum(seeded_db) == before


def test_a_pending_decision_becomes_final_in_place_keeping_its_history(seeded_db: Database):
    pid = eligible_sentenced(seeded_db)
    pending = decide(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_id=pid,
        outcome="pending",
        decision_date=date(2020, 10, 5),
        decided_by="Clerk",
    )
    preview = preview_decision(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    assert preview.replaces_pending_id == pending.id
    final = decide(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_id=pid,
        outcome="released",
        decision_date=date(2020, 10, 9),
        decided_by="Review board",
    )
    assert final.id == pending.id and final.proposed
    assert person(seeded_db, pid)["status"] == "held"  # proposed, not yet approved
    approve_as_second_reviewer(seeded_db, final.id)
    assert [d.outcome for d in decisions_for_case(seeded_db, detainee_id=pid)] == ["released"]
    log = history(seeded_db, "amnesty_decision", pending.id)
    assert ("update", "outcome", "pending", "released") in log
    assert ("update", "decided_by", "Clerk", "Review board") in log
    assert ("update", "decision_date", "2020-10-05", "2020-10-09") in log
    assert person(seeded_db, pid)["status"] == "released"


def test_no_release_of_someone_not_held(seeded_db: Database):
    pid = released_by_seed(seeded_db)
    amnesty = create_amnesty(
        seeded_db, title="Second amnesty", issued_on=date(2021, 3, 1), rules={}
    )
    with pytest.raises(ValidationError) as err:
        decide(seeded_db, amnesty_id=amnesty.id, detainee_id=pid, outcome="released")
    assert fields(err) == ["detainee"]
    assert "is not held (status released)" in str(err.value)


def test_the_decision_date_respects_the_amnesty_month_precision(seeded_db: Database):
    # The general amnesty is known to the month ("Oct 2020"): any day from 2020-10-01.
    pid = eligible_sentenced(seeded_db)
    with pytest.raises(ValidationError) as err:
        decide(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_id=pid,
            outcome="denied",
            decision_date=date(2020, 9, 30),
        )
    assert fields(err) == ["decision_date"]
    assert "earliest 2020-10-01" in str(err.value)
    assert decide(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_id=pid,
        outcome="denied",
        decision_date=date(2020, 10, 1),
    ).decision_date == date(2020, 10, 1)


def test_a_month_precision_amnesty_entered_mid_month_allows_the_whole_month(
    seeded_db: Database,
):
    amnesty = create_amnesty(
        seeded_db,
        title="March amnesty",
        issued_on=date(2021, 3, 20),
        issued_on_precision="month",
    )
    assert amnesty.issued_on == date(2021, 3, 1)
    preview = preview_decision(
        seeded_db,
        amnesty_id=amnesty.id,
        detainee_id=eligible_sentenced(seeded_db),
        outcome="denied",
        decision_date=date(2021, 3, 2),
    )
    assert preview.ok and preview.earliest_date == date(2021, 3, 1)


def test_a_decision_in_the_future_is_refused(seeded_db: Database):
    with pytest.raises(ValidationError) as err:
        decide(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_id=eligible_sentenced(seeded_db),
            outcome="denied",
            decision_date=date.today() + timedelta(days=1),
        )
    assert fields(err) == ["decision_date"]


def test_an_excluded_person_needs_an_override_with_a_reason(seeded_db: Database):
    pid = violent(seeded_db)
    preview = preview_decision(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    assert preview.exclusions == ("accused of a violent crime",) and preview.needs_override
    before = checksum(seeded_db)
    with pytest.raises(ValidationError) as err:
        decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    assert fields(err) == ["override_reason"]
    assert "accused of a violent crime" in str(err.value)
    with pytest.raises(ValidationError):
        decide(
            seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="released", override_reason="  "
        )
    assert checksum(seeded_db) == before

    record = decide(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_id=pid,
        outcome="released",
        override_reason="Charge withdrawn by the court on review",
    )
    assert record.override_reason == "Charge withdrawn by the court on review"
    assert person(seeded_db, pid)["status"] == "held"  # proposed: the reviewer sees the override
    approve_as_second_reviewer(seeded_db, record.id)
    assert person(seeded_db, pid)["status"] == "released"
    # Denying an excluded person needs no override.
    assert not preview_decision(
        seeded_db, amnesty_id=GENERAL, detainee_id=violent(seeded_db), outcome="denied"
    ).needs_override


def test_unknown_violent_crime_needs_an_override(seeded_db: Database):
    pid = eligible_sentenced(seeded_db)
    with seeded_db.session() as s:
        from desktop.store.models import Detainee

        s.get_one(Detainee, pid).violent_crime = None
    preview = preview_decision(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced")
    assert preview.needs_override and "not recorded" in preview.exclusions[0]


def test_several_problems_are_reported_together_and_unknown_records_named(seeded_db: Database):
    pid = released_by_seed(seeded_db)
    preview = preview_decision(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_id=pid,
        outcome="denied",
        fraction=Fraction(1, 2),
        decision_date=date(2019, 1, 1),
    )
    assert {p.field for p in preview.problems} == {"fraction", "decision_date", "detainee"}
    with pytest.raises(NotFoundError):
        decide(seeded_db, amnesty_id=999, detainee_id=pid, outcome="denied")
    with pytest.raises(NotFoundError):
        decide(seeded_db, amnesty_id=GENERAL, detainee_id=10**7, outcome="denied")


def test_find_people_by_case_number_and_by_name(seeded_db: Database):
    by_number = find_people(seeded_db, text="syn-000012", limit=5)
    assert by_number[0].case_no == "SYN-000012"
    assert all(p.case_no.startswith("SYN-000012") for p in by_number)
    by_name = find_people(seeded_db, text="Synthetic-42", limit=200)
    assert any(p.case_no == "SYN-000042" for p in by_name)
    assert find_people(seeded_db, text="   ") == []


def test_a_stored_rules_object_that_is_not_valid_is_reported(seeded_db: Database):
    with seeded_db.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("UPDATE amnesty SET rules_json = '{\"bogus\": 1}' WHERE id = 1"))
    with pytest.raises(RuleError) as err:
        preview_decision(
            seeded_db,
            amnesty_id=GENERAL,
            detainee_id=eligible_sentenced(seeded_db),
            outcome="denied",
        )
    assert "rules are not valid" in str(err.value)


def test_a_decision_on_a_person_changed_since_its_preview_is_refused(seeded_db: Database):
    """The form shows the decision's effects (sentence end before and after) and saves
    what was shown. Someone else corrected the person's sentence in between: the decision
    was recorded on the new sentence with effects nobody had seen. Given the preview it
    was made from, it is refused and nothing is written; a fresh preview saves."""
    from dataclasses import replace

    from desktop.services.cases import get_case, save_case

    pid = eligible_sentenced(seeded_db)
    shown = preview_decision(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced")
    assert shown.ok
    case = get_case(seeded_db, detainee_id=pid)
    assert case.sentence_months and case.sentence_end
    longer = replace(
        case.fields(),
        sentence_months=case.sentence_months + 24,
        sentence_end=add_months(case.sentence_end, 24),
    )
    save_case(seeded_db, fields=longer, detainee_id=pid, expected_version=case.version)
    before = checksum(seeded_db)
    with pytest.raises(RuleError, match="changed since the preview"):
        decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced", expected=shown)
    assert checksum(seeded_db) == before
    fresh = preview_decision(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced")
    record = decide(
        seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced", expected=fresh
    )
    assert record.sentence_end_after == fresh.sentence_end_after != shown.sentence_end_after


def test_a_decision_does_not_silently_replace_a_pending_one_recorded_since_its_preview(
    seeded_db: Database,
):
    """A colleague recorded a pending decision (with its guarantor and conditions) after
    the form's preview said there was none: saving the form replaced it in place, its
    guarantor gone from the record, and the form had not said it would."""
    pid = eligible_sentenced(seeded_db)
    shown = preview_decision(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="denied")
    assert shown.ok and shown.replaces_pending_id is None
    pending = decide(
        seeded_db,
        amnesty_id=GENERAL,
        detainee_id=pid,
        outcome="pending",
        guarantor="Sheikh of the tribe",
    )
    before = checksum(seeded_db)
    with pytest.raises(RuleError, match="changed since the preview"):
        decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="denied", expected=shown)
    assert checksum(seeded_db) == before
    assert [d.guarantor for d in decisions_for_case(seeded_db, detainee_id=pid)] == [
        pending.guarantor
    ]
