"""The database is the enforcer: the same rules hold for raw SQL sent with a login's own
password (what ``psql`` would send), not only for the application."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import psycopg
import pytest
from acct_helpers import GENERAL, eligible_sentenced, person
from psycopg import errors

from desktop.services import approvals
from desktop.services.apply_amnesty import apply_bulk, select_candidates
from desktop.services.backups import migrate_database
from desktop.services.database import open_database
from desktop.services.decisions import decide
from desktop.store import migrate
from desktop.store.engine import make_engine, resolve_url

pytestmark = pytest.mark.postgres


def one(conn: psycopg.Connection, sql: str, *params: object) -> object:
    row = conn.execute(sql, params).fetchone()
    assert row is not None
    return row[0]


def test_a_clerk_cannot_change_a_persons_status_or_sentence_outside_an_approved_decision(office):
    pid = eligible_sentenced(office.db("admin"))
    with office.raw("clerk") as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="outside an approved decision"):
            conn.execute("UPDATE detainee SET status = 'released' WHERE id = %s", (pid,))
        with pytest.raises(errors.InsufficientPrivilege, match="outside an approved decision"):
            conn.execute(
                "UPDATE detainee SET sentence_end = sentence_end - 365 WHERE id = %s", (pid,)
            )
        # Other fields of a case are a clerk's to edit.
        conn.execute("UPDATE detainee SET notes = 'seen' WHERE id = %s", (pid,))
    assert person(office.db("admin"), pid)["status"] == "held"


def test_a_clerk_cannot_approve_or_record_a_release_in_force(office):
    admin = office.db("admin")
    pid = eligible_sentenced(admin)
    with office.raw("clerk") as conn:
        # Claiming an approved release: the server records a proposal by the clerk.
        decision_id = one(
            conn,
            "INSERT INTO amnesty_decision (amnesty_id, detainee_id, outcome, decision_date, "
            "synthetic, version, state, proposed_by, approved_by) "
            "VALUES (%s, %s, 'released', '2020-10-10', false, 1, 'approved', 'reviewer1', "
            "'reviewer2') RETURNING id",
            GENERAL,
            pid,
        )
        row = conn.execute(
            "SELECT state, proposed_by, approved_by FROM amnesty_decision WHERE id = %s",
            (decision_id,),
        ).fetchone()
        assert row == ("proposed", "clerk", None)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE amnesty_decision SET state = 'approved' WHERE id = %s", (decision_id,)
            )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE amnesty_decision SET approved_by = 'reviewer1' WHERE id = %s",
                (decision_id,),
            )
        with pytest.raises(errors.InsufficientPrivilege):  # a before-approval record
            conn.execute(
                "INSERT INTO amnesty_decision (amnesty_id, detainee_id, outcome, decision_date, "
                "synthetic, version, before_approval) "
                "VALUES (%s, %s, 'released', '2020-10-10', false, 1, true)",
                (GENERAL, eligible_sentenced(admin, skip=1)),
            )
    assert person(admin, pid)["status"] == "held"


def test_a_reviewer_approves_only_others_proposals_and_only_once(office):
    clerk = office.db("clerk")
    pid = eligible_sentenced(clerk)
    proposal = decide(clerk, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    own = decide(
        office.db("reviewer1"),
        amnesty_id=GENERAL,
        detainee_id=eligible_sentenced(clerk),
        outcome="released",
    )
    with office.raw("reviewer1") as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="Decisions you proposed"):
            conn.execute("UPDATE amnesty_decision SET state = 'approved' WHERE id = %s", (own.id,))
        # Approving another's proposal; the approver is the login, whatever the client says.
        conn.execute(
            "UPDATE amnesty_decision SET state = 'approved', approved_by = 'reviewer2' "
            "WHERE id = %s",
            (proposal.id,),
        )
        assert one(conn, "SELECT approved_by FROM amnesty_decision WHERE id = %s", proposal.id) == (
            "reviewer1"
        )
        with pytest.raises(errors.RaiseException, match="already approved"):
            conn.execute("UPDATE amnesty_decision SET state = 'rejected', rejection_reason = 'x' "
                         "WHERE id = %s", (proposal.id,))  # fmt: skip


def test_history_who_is_the_session_user_even_when_the_client_claims_another_name(office):
    with office.raw("clerk") as conn:
        conn.execute("SET casetracker.label = ''")
        who = one(
            conn,
            "INSERT INTO change_log (at, who, table_name, record_id, action, field) "
            "VALUES (now(), 'reviewer1', 'facility', 1, 'update', 'notes') RETURNING who",
        )
        assert who == "clerk" == one(conn, "SELECT session_user::text")
        with pytest.raises(errors.InsufficientPrivilege):  # no UPDATE on the history at all
            conn.execute("UPDATE change_log SET who = 'reviewer1'")


def test_a_clerk_cannot_edit_amnesties_and_a_viewer_cannot_write_at_all(office):
    with office.raw("admin") as conn:
        conn.execute("INSERT INTO app_user (login, display_name) VALUES ('admin', 'The Admin')")
    with office.raw("clerk") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE amnesty SET title = 'Renamed' WHERE id = %s", (GENERAL,))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT casetracker_add_user('x1', 'administrator', NULL)")
    with office.raw("viewer") as conn:
        assert one(conn, "SELECT count(*) FROM detainee") == 10000  # reads everything
        for statement in (
            "INSERT INTO facility (name, kind, status, synthetic, version) "
            "VALUES ('X', 'camp', 'open', false, 1)",
            "UPDATE detainee SET notes = 'x' WHERE id = 1",
            "DELETE FROM headcount",
            "INSERT INTO change_log (at, who, table_name, record_id, action) "
            "VALUES (now(), 'v', 't', 1, 'insert')",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        # Only its own display name, under row-level security: nothing else matches.
        conn.execute("INSERT INTO app_user (login, display_name) VALUES ('viewer', 'Vee')")
        changed = conn.execute("UPDATE app_user SET display_name = 'x' WHERE login <> 'viewer'")
        assert changed.rowcount == 0
        assert one(conn, "SELECT display_name FROM app_user WHERE login = 'admin'") == "The Admin"
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO app_user (login, display_name) VALUES ('admin', 'Evil')")


def test_an_administrator_edits_amnesties_and_manages_logins(office):
    with office.raw("admin") as conn:
        conn.execute("UPDATE amnesty SET issued_by = 'Edited' WHERE id = %s", (GENERAL,))
        conn.execute("SELECT casetracker_add_user('temp_login', 'viewer', NULL)")
        assert one(conn, "SELECT casetracker_role('temp_login')") == "viewer"
        conn.execute("SELECT casetracker_disable_user('temp_login')")
        assert one(conn, "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'temp_login'") is False
    office.server._admin("DROP ROLE temp_login")


def test_a_proposal_cannot_be_rewritten_before_or_while_it_is_approved(office):
    """Four eyes: the reviewer approves what was proposed. A clerk's login could rewrite its
    own proposal with psql after a reviewer had read it (a quarter of the sentence cut
    became all of it), and a reviewer's login could rewrite another's proposal in the very
    UPDATE that approves it; either way the approved decision was one nobody proposed."""
    admin, clerk = office.db("admin"), office.db("clerk")
    pid = eligible_sentenced(clerk)
    proposal = decide(
        clerk, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced", fraction=Fraction(1, 4)
    )
    rewrite = (
        "UPDATE amnesty_decision SET fraction_num = 1, fraction_den = 1, "
        "sentence_end_after = decision_date{also} WHERE id = %s"
    )
    refused = pytest.raises(errors.RaiseException, match="a proposal cannot be changed")
    with office.raw("clerk") as conn, refused:
        conn.execute(rewrite.format(also=""), (proposal.id,))
    refused = pytest.raises(errors.RaiseException, match="a proposal cannot be changed")
    with office.raw("reviewer1") as conn, refused:
        conn.execute(rewrite.format(also=", state = 'approved'"), (proposal.id,))
    approved = approvals.approve(office.db("reviewer1"), proposal.id)
    assert (approved.fraction, approved.sentence_end_after) == (
        proposal.fraction,
        proposal.sentence_end_after,
    )
    assert person(admin, pid)["sentence_end"] == proposal.sentence_end_after


def test_a_revocation_is_written_by_the_server_also_in_the_update_that_approves(office):
    """A reviewer's login approving another's proposal could, in the same UPDATE, revoke it
    in a colleague's name: the approval path returned before the revoker was written, so
    ``revoked_by`` kept what the client sent. And a revocation's reason could be rewritten
    later by any reviewer. The revocation is a step of its own, whose revoker the server
    writes, and it cannot be changed afterwards."""
    clerk = office.db("clerk")
    proposal = decide(clerk, amnesty_id=GENERAL, detainee_id=eligible_sentenced(clerk),
                      outcome="released")  # fmt: skip
    decision = "SELECT state, revoked_at, revoked_by FROM amnesty_decision WHERE id = %s"
    with office.raw("reviewer1") as conn:
        for state, extra in (("approved", ""), ("rejected", ", rejection_reason = 'no'")):
            with pytest.raises(errors.InsufficientPrivilege, match="in separate steps"):
                conn.execute(
                    f"UPDATE amnesty_decision SET state = '{state}'{extra}, revoked_at = now(), "
                    "revoked_by = 'reviewer2', revoked_reason = 'in their name' WHERE id = %s",
                    (proposal.id,),
                )
        assert conn.execute(decision, (proposal.id,)).fetchone() == ("proposed", None, None)
        conn.execute(
            "UPDATE amnesty_decision SET revoked_at = now(), revoked_by = 'reviewer2', "
            "revoked_reason = 'withdrawn' WHERE id = %s",
            (proposal.id,),
        )
        assert one(conn, "SELECT revoked_by FROM amnesty_decision WHERE id = %s", proposal.id) == (
            "reviewer1"
        )
    refused = pytest.raises(errors.InsufficientPrivilege, match="cannot be changed or undone")
    with office.raw("reviewer2") as conn, refused:
        conn.execute(
            "UPDATE amnesty_decision SET revoked_reason = 'another reason' WHERE id = %s",
            (proposal.id,),
        )


def test_nobody_deletes_a_case_not_even_on_a_database_set_up_before(office):
    """A clerk's login could DELETE a held person (after their search tokens) with psql:
    the person left the records, and so custody, with no decision, no approval and no
    history. The application never deletes a case, so no role may; ``migrate`` takes the
    right away from a database whose grants were made before."""
    admin = office.db("admin")
    held = [eligible_sentenced(admin, skip=n) for n in range(3)]
    delete = "DELETE FROM detainee WHERE id = %s"
    for login, pid in zip(("clerk", "reviewer1", "admin"), held, strict=True):
        with office.raw(login) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute(delete, (pid,))
    # A database set up by an older version: its grants gave clerks DELETE on cases.
    owner = office.server.url(office.name)
    with psycopg.connect(owner.replace("postgresql+psycopg", "postgresql"), autocommit=True) as c:
        c.execute("GRANT DELETE ON detainee TO casetracker_clerk")
    with office.raw("clerk") as conn:
        conn.execute("BEGIN")
        conn.execute(delete, (held[0],))  # the hole as it was
        conn.execute("ROLLBACK")
    migrate_database(db=owner)
    with office.raw("clerk") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(delete, (held[0],))
    assert [person(admin, pid)["status"] for pid in held] == ["held"] * 3


def test_a_server_upgraded_by_opening_it_gets_this_versions_grants_and_triggers(office):
    """``migrate`` installed the grants and triggers again; a server upgraded by opening it
    with the new version (as its owner) kept an older version's, holes included."""
    admin = office.db("admin")
    pid = eligible_sentenced(admin)
    owner = office.server.url(office.name)
    with psycopg.connect(owner.replace("postgresql+psycopg", "postgresql"), autocommit=True) as c:
        c.execute("GRANT DELETE ON detainee TO casetracker_clerk")  # as an older version had
    engine = make_engine(resolve_url(owner))
    try:
        migrate.downgrade(engine, "0007")
    finally:
        engine.dispose()
    open_database(owner, create=False).dispose()  # the owner opens it: 0008 runs
    with office.raw("clerk") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("DELETE FROM detainee WHERE id = %s", (pid,))
    assert person(admin, pid)["status"] == "held"


def test_nobody_adds_a_decision_to_a_batch_proposed_before(office):
    """A batch ("Apply amnesty") is reviewed and approved as a whole. Another login (here a
    reviewer wanting a release of their own in force) could INSERT a proposal carrying the
    batch's id with psql, after the clerk had proposed it and before a colleague approved
    it: the colleague approved a batch "proposed by clerk" of 5 releases and released 6
    people, one of them proposed by the login that slipped it in, whom nobody reviewed. A
    batch is now written in one transaction, and nothing joins it afterwards."""
    clerk, reviewer = office.db("clerk"), office.db("reviewer1")
    ids = [r.detainee_id for r in select_candidates(clerk, amnesty_id=GENERAL).rows[:6]]
    batch = apply_bulk(
        clerk,
        amnesty_id=GENERAL,
        detainee_ids=ids[:5],
        outcome="released",
        fraction=None,
        decision_date=date(2020, 10, 20),
        decided_by="Board",
    ).batch_id
    slipped_in = (
        "INSERT INTO amnesty_decision (amnesty_id, detainee_id, outcome, decision_date, "
        "synthetic, version, batch_id) VALUES (%s, %s, 'released', '2020-10-20', false, 1, %s)"
    )
    for login in ("reviewer2", "clerk"):
        with office.raw(login) as conn, pytest.raises(errors.InsufficientPrivilege, match="batch"):
            conn.execute(slipped_in, (GENERAL, ids[5], batch))
    with office.raw("reviewer2") as conn:  # nor by turning a decision of its own into one
        own = one(
            conn,
            slipped_in.replace("'released'", "'pending'") + " RETURNING id",
            GENERAL,
            ids[5],
            None,
        )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE amnesty_decision SET outcome = 'released', batch_id = %s WHERE id = %s",
                (batch, own),
            )
    [review] = approvals.pending_batches(reviewer)
    assert review.total == 5
    assert approvals.approve_batch(reviewer, batch).released == 5
    assert person(clerk, ids[5])["status"] == "held"


def test_a_clerk_cannot_move_the_start_or_length_a_reduction_is_computed_from(office):
    """The start and length of a sentence are what a reduction computes the new end from; a
    clerk's login could move them (20 years back) before proposing a routine halving."""
    pid = eligible_sentenced(office.db("admin"))
    before = person(office.db("admin"), pid)
    with office.raw("clerk") as conn:
        for change in (
            "sentence_start = sentence_start - 7305",
            "sentence_months = sentence_months * 3",
        ):
            with pytest.raises(errors.InsufficientPrivilege, match="outside an approved decision"):
                conn.execute(f"UPDATE detainee SET {change} WHERE id = %s", (pid,))
    assert person(office.db("admin"), pid) == before
    with office.raw("reviewer1") as conn:
        conn.execute("UPDATE detainee SET sentence_months = sentence_months WHERE id = %s", (pid,))
        conn.execute(
            "UPDATE detainee SET sentence_start = sentence_start - 1 WHERE id = %s", (pid,)
        )


def test_a_clerk_cannot_borrow_an_old_decision_to_change_a_person(office):
    """The server lets a clerk's login change a person's status or sentence end only along
    with a decision in force written in the same transaction. A decision was taken as
    written in the transaction when it had merely been touched in it: a clerk's login could
    UPDATE an old approved release without changing it (``version = version``) and then set
    the person released again, after a reviewer had recorded them held once more."""
    with office.raw("admin") as conn:
        decision, pid = conn.execute(
            "SELECT a.id, a.detainee_id FROM amnesty_decision a "
            "WHERE a.outcome = 'released' AND a.state = 'approved' AND a.revoked_at IS NULL "
            "ORDER BY a.id LIMIT 1"
        ).fetchone()
    with office.raw("reviewer1") as conn:  # re-arrested: a reviewer may correct the status
        conn.execute("UPDATE detainee SET status = 'held' WHERE id = %s", (pid,))
    with office.raw("clerk", autocommit=False) as conn:
        conn.execute("UPDATE amnesty_decision SET version = version WHERE id = %s", (decision,))
        with pytest.raises(errors.InsufficientPrivilege, match="outside an approved decision"):
            conn.execute("UPDATE detainee SET status = 'released' WHERE id = %s", (pid,))
    assert person(office.db("admin"), pid)["status"] == "held"
