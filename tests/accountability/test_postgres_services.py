"""On a real PostgreSQL server with scram-sha-256 passwords, every permission tried allowed
and refused through the services, as the office's logins: the identity is the login the
server authenticated, and a refusal reads in plain words."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import psycopg
import pytest
from acct_helpers import GENERAL, eligible_sentenced, person
from sqlalchemy import select

from desktop.domain.errors import CaseTrackerError, RuleError
from desktop.domain.roles import PermissionDenied, Role
from desktop.services import approvals, users
from desktop.services.amnesties import get_amnesty, update_amnesty
from desktop.services.apply_amnesty import apply_bulk, select_candidates
from desktop.services.approval_settings import set_approval, set_approval_outcomes
from desktop.services.database import open_database
from desktop.services.decisions import decide, revoke_decision
from desktop.services.exporting import export_list
from desktop.services.facilities import get_facility
from desktop.services.identity import set_display_name, whoami
from desktop.store.models import ChangeLog, Facility

pytestmark = pytest.mark.postgres


def test_whoami_is_the_server_login_and_its_role(office):
    for login, role in [
        ("clerk", Role.CLERK),
        ("reviewer1", Role.REVIEWER),
        ("viewer", Role.VIEWER),
        ("admin", Role.ADMINISTRATOR),
    ]:
        identity = whoami(office.db(login))
        assert (identity.login, identity.role, identity.server) == (login, role, True)
    assert whoami(office.db("viewer")).may_export is False
    assert whoami(office.db("clerk")).may_export is True


def test_a_release_is_proposed_by_a_clerk_and_takes_effect_only_when_another_reviewer_approves(
    office,
):
    clerk, reviewer1, reviewer2, viewer = (
        office.db(n) for n in ("clerk", "reviewer1", "reviewer2", "viewer")
    )
    pid = eligible_sentenced(clerk)
    proposal = decide(clerk, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    assert proposal.proposed and proposal.proposed_by == "clerk"
    assert person(clerk, pid)["status"] == "held"
    assert [p.id for p in approvals.pending(reviewer1)] == [proposal.id]
    assert approvals.pending_count(viewer) == 1

    with pytest.raises(PermissionDenied, match="Your role, viewer, may not propose decisions"):
        decide(viewer, amnesty_id=GENERAL, detainee_id=pid, outcome="denied")
    with pytest.raises(PermissionDenied, match="Your role, viewer, may not approve"):
        approvals.approve(viewer, proposal.id)
    with pytest.raises(PermissionDenied, match="Your role, clerk, may not approve"):
        approvals.approve(clerk, proposal.id)
    assert person(clerk, pid)["status"] == "held"

    approved = approvals.approve(reviewer1, proposal.id, note="Checked the file")
    assert (approved.state, approved.approved_by) == ("approved", "reviewer1")
    assert person(clerk, pid)["status"] == "released"
    with pytest.raises(RuleError, match="already approved"):
        approvals.approve(reviewer2, proposal.id)

    with pytest.raises(PermissionDenied, match="Your role, clerk, may not revoke"):
        revoke_decision(clerk, decision_id=proposal.id, reason="Mistake")
    revoked = revoke_decision(reviewer2, decision_id=proposal.id, reason="Mistake")
    assert revoked.revoked_by == "reviewer2" and person(clerk, pid)["status"] == "held"
    with pytest.raises(RuleError, match="revoked"):
        approvals.approve(reviewer1, proposal.id)


def test_a_reviewer_cannot_approve_their_own_proposal_and_a_rejection_needs_a_reason(office):
    reviewer1, reviewer2 = office.db("reviewer1"), office.db("reviewer2")
    pid = eligible_sentenced(reviewer1)
    proposal = decide(reviewer1, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced")
    assert proposal.proposed
    with pytest.raises(
        PermissionDenied, match="Decisions you proposed must be approved by another"
    ):
        approvals.approve(reviewer1, proposal.id)
    with pytest.raises(CaseTrackerError, match="needs a reason"):
        approvals.reject(reviewer2, proposal.id, "  ")
    rejected = approvals.reject(reviewer2, proposal.id, "No court record of the sentence")
    assert (rejected.state, rejected.rejected_by) == ("rejected", "reviewer2")
    assert person(reviewer1, pid)["sentence_end"] == proposal.sentence_end_before
    # A rejected proposal no longer stands in the way of another decision.
    assert decide(reviewer1, amnesty_id=GENERAL, detainee_id=pid, outcome="denied").in_force


def test_two_reviewers_approving_the_same_proposal_at_once_exactly_one_succeeds(office):
    clerk = office.db("clerk")
    proposal = decide(
        clerk, amnesty_id=GENERAL, detainee_id=eligible_sentenced(clerk), outcome="released"
    )
    reviewers = [office.db("reviewer1"), office.db("reviewer2")]
    barrier = threading.Barrier(2)
    results: list[object] = []

    def approve(db):  # type: ignore[no-untyped-def]
        barrier.wait()
        try:
            results.append(approvals.approve(db, proposal.id).approved_by)
        except CaseTrackerError as exc:
            results.append(exc)

    threads = [threading.Thread(target=approve, args=(r,)) for r in reviewers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    winners = [r for r in results if isinstance(r, str)]
    losers = [r for r in results if isinstance(r, CaseTrackerError)]
    assert len(winners) == 1 and len(losers) == 1, results
    assert "already approved" in str(losers[0])


def test_a_batch_is_proposed_by_a_clerk_and_approved_as_a_whole_by_a_reviewer(office):
    clerk, reviewer = office.db("clerk"), office.db("reviewer1")
    ids = [r.detainee_id for r in select_candidates(clerk, amnesty_id=GENERAL).rows[:40]]
    result = apply_bulk(
        clerk,
        amnesty_id=GENERAL,
        detainee_ids=ids,
        outcome="released",
        fraction=None,
        decision_date=date(2020, 10, 20),
        decided_by="Board",
    )
    assert result.batch_id and result.proposed == 40 and result.released == 0
    [review] = approvals.pending_batches(reviewer)
    assert review.counts == {"released": 40} and review.proposed_by == "clerk"
    assert not review.warnings
    with pytest.raises(PermissionDenied, match="Your role, clerk, may not approve"):
        approvals.approve_batch(clerk, result.batch_id)
    done = approvals.approve_batch(reviewer, result.batch_id)
    assert (done.decisions, done.released) == (40, 40)
    assert all(person(clerk, i)["status"] == "released" for i in ids)
    assert approvals.pending_count(clerk) == 0


def test_amnesties_users_settings_and_exports_by_role(office, tmp_path: Path):
    clerk, admin, viewer = office.db("clerk"), office.db("admin"), office.db("viewer")
    amnesty = get_amnesty(clerk, amnesty_id=GENERAL)
    change = {
        "title": amnesty.title,
        "issued_on": amnesty.issued_on,
        "issued_on_precision": amnesty.issued_on_precision,
        "issued_by": "Edited",
        "requested_by": amnesty.requested_by,
        "criteria_text": amnesty.criteria_text,
        "rules": amnesty.criteria.to_dict(),
    }
    with pytest.raises(PermissionDenied, match="Your role, clerk, may not edit amnesties"):
        update_amnesty(clerk, amnesty_id=GENERAL, expected_version=amnesty.version, **change)
    assert (
        update_amnesty(
            admin, amnesty_id=GENERAL, expected_version=amnesty.version, **change
        ).issued_by
        == "Edited"
    )

    with pytest.raises(PermissionDenied, match="may not manage users"):
        users.add_user(clerk, "intruder", "administrator", password="whatever-1")
    with pytest.raises(PermissionDenied, match="may not change approval settings"):
        set_approval(clerk, on=False)
    with pytest.raises(PermissionDenied, match="may not change approval settings"):
        set_approval_outcomes(clerk, amnesty_id=GENERAL, outcomes=["released"])

    with pytest.raises(PermissionDenied, match="Your role, viewer, may not export lists of people"):
        export_list(viewer, kind="cases", path=tmp_path / "cases.csv")
    assert not (tmp_path / "cases.csv").exists()
    assert export_list(viewer, kind="facilities", path=tmp_path / "f.csv").rows > 0
    assert export_list(clerk, kind="decisions", path=tmp_path / "d.csv").rows == 884


def test_users_are_managed_by_administrators_and_recorded(office):
    admin = office.db("admin")
    users.add_user(admin, "newclerk", "clerk", password="new-pass-123")
    assert {u.login: u.role for u in users.list_users(admin)}["newclerk"] == Role.CLERK
    users.set_role(admin, "newclerk", "reviewer")
    assert {u.login: u.role for u in users.list_users(admin)}["newclerk"] == Role.REVIEWER
    users.disable_user(admin, "newclerk")
    assert {u.login: u.disabled for u in users.list_users(admin)}["newclerk"] is True
    with pytest.raises(RuleError, match="cannot change the role of yourself"):
        users.set_role(admin, "admin", "viewer")
    with admin.read() as s:
        logged = s.execute(
            select(ChangeLog.who, ChangeLog.field, ChangeLog.after).where(
                ChangeLog.table_name == "app_user"
            )
        ).all()
    assert ("admin", "role", "newclerk: clerk") in logged
    assert ("admin", "role", "newclerk: reviewer") in logged
    assert ("admin", "disabled", "newclerk: true") in logged
    office.server._admin('DROP ROLE "newclerk"')  # logins are the cluster's


def test_the_history_names_the_login_whatever_name_the_client_claims(office):
    clerk = office.db("clerk")
    clerk.actor = "Reviewer One"  # a display name, never who
    set_display_name(clerk, "Rana Haddad")
    assert whoami(clerk).display_name == "Rana Haddad"
    with clerk.session() as s:
        facility = s.scalars(select(Facility).where(Facility.name == "al-Hol camp")).one()
        facility.notes = "Visited"
        fid = facility.id
    with clerk.read() as s:
        who = s.scalars(
            select(ChangeLog.who).where(
                ChangeLog.table_name == "facility", ChangeLog.record_id == fid
            )
        ).all()
    assert who and set(who) == {"clerk"}
    assert get_facility(clerk, facility_id=fid).record.notes == "Visited"


def test_with_approval_off_a_clerks_release_takes_effect_and_is_recorded(office):
    admin, clerk = office.db("admin"), office.db("clerk")
    set_approval(admin, on=False)
    pid = eligible_sentenced(clerk)
    record = decide(clerk, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    assert record.in_force and person(clerk, pid)["status"] == "released"
    with admin.read() as s:
        assert ("admin", "approval", "on", "off") in s.execute(
            select(ChangeLog.who, ChangeLog.field, ChangeLog.before, ChangeLog.after)
        ).all()


def test_a_disabled_login_stops_acting_in_the_sessions_it_already_had_open(office):
    """``users disable`` made the login NOLOGIN, which stops new logins only: a reviewer
    whose window was still open went on approving proposals (and a clerk proposing) as if
    nothing had happened. A disabled login now has no role, in its open sessions too, both
    in the application and for the server's triggers; ``users list`` still shows the role
    it held."""
    admin, clerk = office.db("admin"), office.db("clerk")
    proposal = decide(clerk, amnesty_id=GENERAL, detainee_id=eligible_sentenced(clerk),
                      outcome="released")  # fmt: skip
    users.add_user(admin, "leaving", "reviewer", password="leaving-pass-1")
    try:
        reviewer = open_database(
            office.server.url(office.name, "leaving", "leaving-pass-1"), create=False
        )
        try:
            assert whoami(reviewer).role == Role.REVIEWER  # its window is open
            with psycopg.connect(  # and so is its psql
                host="127.0.0.1",
                port=office.server.port,
                user="leaving",
                password="leaving-pass-1",
                dbname=office.name,
                autocommit=True,
            ) as conn:
                users.disable_user(admin, "leaving")
                with pytest.raises(psycopg.errors.InsufficientPrivilege, match="role, none"):
                    conn.execute(
                        "UPDATE amnesty_decision SET state = 'approved' WHERE id = %s",
                        (proposal.id,),
                    )
            assert whoami(reviewer).role is None
            with pytest.raises(PermissionDenied, match="no Case Tracker role"):
                approvals.approve(reviewer, proposal.id)
        finally:
            reviewer.dispose()
        listed = {u.login: (u.role, u.disabled) for u in users.list_users(admin)}
        assert listed["leaving"] == (Role.REVIEWER, True)
        assert listed["reviewer1"] == (Role.REVIEWER, False)
        assert approvals.approve(office.db("reviewer1"), proposal.id).approved_by == "reviewer1"
    finally:
        office.server._admin('DROP ROLE IF EXISTS "leaving"')  # logins are the cluster's


@pytest.mark.parametrize("login", ["clerk", "reviewer1"])
def test_a_pending_decision_becomes_a_proposal_on_a_server_too(office, login):
    """Deciding again while a decision is pending updates it in place, and "Apply amnesty"
    takes the pending decisions of the people it selects into its batch. On PostgreSQL both
    were refused: a clerk's login had no right to the decision's state and batch, and the
    server took a reviewer's revision for an approval of a decision already in force. The
    person stayed with a pending decision nobody could turn into a release."""
    clerk = office.db("clerk")
    ids = [r.detainee_id for r in select_candidates(clerk, amnesty_id=GENERAL).rows[:3]]
    db = office.db(login)
    pending = [decide(clerk, amnesty_id=GENERAL, detainee_id=i, outcome="pending") for i in ids]
    single = decide(db, amnesty_id=GENERAL, detainee_id=ids[0], outcome="released")
    assert (single.id, single.state, single.proposed_by) == (pending[0].id, "proposed", login)
    batch = apply_bulk(
        db,
        amnesty_id=GENERAL,
        detainee_ids=ids[1:],
        outcome="released",
        fraction=None,
        decision_date=date(2020, 10, 20),
        decided_by="Board",
    )
    [review] = approvals.pending_batches(clerk)
    assert (review.batch_id, review.total, review.proposed_by) == (batch.batch_id, 2, login)
    assert {p.id for p in review.people} == {p.id for p in pending[1:]}
    approver = office.db("reviewer2")
    assert approvals.approve(approver, single.id).approved_by == "reviewer2"
    assert approvals.approve_batch(approver, batch.batch_id).released == 2
    assert all(person(clerk, i)["status"] == "released" for i in ids)
