"""The commands of the accountability contract (whoami, users, pending, approve, reject, and
decide's proposals), on the scram-sha-256 server as each login and on a SQLite file as its
owner. A refusal exits 1 naming the rule and changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from acct_helpers import eligible_sentenced, person
from sqlalchemy import text

from desktop.services import approvals, users
from desktop.services.database import Database, open_database
from desktop.services.identity import os_account

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def case_no(db: Database, detainee_id: int) -> str:
    return str(person(db, detainee_id)["case_no"])


def decisions_digest(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT d.id, d.state, d.approved_by, p.status FROM amnesty_decision d "
                    "JOIN detainee p ON p.id = d.detainee_id ORDER BY d.id"
                )
            )
        ]


@pytest.mark.postgres
def test_commands_as_each_login_on_the_server(office):
    admin = office.db("admin")
    pid = eligible_sentenced(admin)
    number = case_no(admin, pid)

    done = run("whoami", "--db", office.url("clerk"))
    assert done.returncode == 0, done.stderr
    assert "login: clerk" in done.stdout and "role: clerk" in done.stdout

    done = run("decide", "--db", office.url("clerk"), "--amnesty", "1", "--case", number,
               "--outcome", "released")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("proposed decision ")
    decision_id = done.stdout.split()[2].rstrip(":")
    assert person(admin, pid)["status"] == "held"

    done = run("pending", "--db", office.url("viewer"), "--amnesty", "1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\t")[:4] == [decision_id, number, "released", "clerk"]

    before = decisions_digest(admin)
    for login, rule in [
        ("clerk", "Your role, clerk, may not approve decisions"),
        ("viewer", "Your role, viewer, may not approve decisions"),
    ]:
        done = run("approve", "--db", office.url(login), decision_id)
        assert done.returncode == 1 and rule in done.stderr, done.stderr
    assert decisions_digest(admin) == before

    done = run("approve", "--db", office.url("reviewer1"), decision_id, "--note", "Checked")
    assert done.returncode == 0, done.stderr
    assert f"decision {decision_id}: case {number} released approved by reviewer1" in done.stdout
    assert person(admin, pid)["status"] == "released"
    done = run("reject", "--db", office.url("reviewer2"), decision_id, "--reason", "Late")
    assert done.returncode == 1 and "already approved" in done.stderr

    other = case_no(admin, eligible_sentenced(admin))
    done = run("decide", "--db", office.url("reviewer1"), "--amnesty", "1", "--case", other,
               "--outcome", "reduced")  # fmt: skip
    own = done.stdout.split()[2].rstrip(":")
    done = run("approve", "--db", office.url("reviewer1"), own)
    assert done.returncode == 1
    assert "Decisions you proposed must be approved by another reviewer" in done.stderr
    done = run("reject", "--db", office.url("reviewer2"), own, "--reason", "No court record")
    assert done.returncode == 0 and "rejected by reviewer2" in done.stdout

    done = run("decide", "--db", office.url("clerk"), "--amnesty", "1", "--case", other,
               "--outcome", "denied")  # fmt: skip
    assert done.returncode == 0 and done.stdout.startswith("decision "), done.stderr


@pytest.mark.postgres
def test_users_commands_on_the_server_read_the_password_from_standard_input(office):
    done = run("users", "list", "--db", office.url("clerk"))
    assert done.returncode == 1 and "Your role, clerk, may not manage users" in done.stderr
    done = run("users", "add", "cli_clerk", "--role", "clerk", "--password-stdin",
               "--db", office.url("admin"), stdin="cli-clerk-pass\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    url = office.url("clerk").replace("clerk:clerk-pass-1@", "cli_clerk:cli-clerk-pass@")
    done = run("whoami", "--db", url)
    assert done.returncode == 0 and "role: clerk" in done.stdout, done.stderr
    wrong = url.replace("cli-clerk-pass", "wrong-password")
    assert run("whoami", "--db", wrong).returncode == 1
    done = run("users", "set-role", "cli_clerk", "reviewer", "--db", office.url("admin"))
    assert done.returncode == 0 and "role now reviewer" in done.stdout
    done = run("users", "list", "--db", office.url("admin"))
    assert "cli_clerk\treviewer" in done.stdout
    done = run("users", "disable", "cli_clerk", "--db", office.url("admin"))
    assert done.returncode == 0
    assert run("whoami", "--db", url).returncode == 1  # can no longer log in
    office.server._admin("DROP ROLE cli_clerk")


def test_the_same_workflow_on_a_sqlite_file(seeded_path: Path):
    db = str(seeded_path)
    owner = open_database(db, create=False)
    try:
        pid = eligible_sentenced(owner)
        number = case_no(owner, pid)
        me = os_account()

        done = run("whoami", "--db", db, env={"CASE_TRACKER_USER": "Nightly import"})
        assert done.returncode == 0, done.stderr
        assert f"login: {me}" in done.stdout and "label: Nightly import" in done.stdout
        assert "role: administrator" in done.stdout  # the account that created the file

        done = run("users", "add", "clerk_os", "--role", "clerk", "--db", db)
        assert done.returncode == 0, done.stderr
        done = run("users", "add", "x", "--role", "clerk", "--password-stdin", "--db", db,
                   stdin="secret-123\n")  # fmt: skip
        assert done.returncode == 1 and "has no passwords" in done.stderr
        assert "clerk_os\tclerk" in run("users", "list", "--db", db).stdout

        done = run("decide", "--db", db, "--amnesty", "1", "--case", number,
                   "--outcome", "released")  # fmt: skip
        assert done.stdout.startswith("proposed decision "), done.stderr
        decision_id = int(done.stdout.split()[2].rstrip(":"))
        done = run("approve", "--db", db, str(decision_id))
        assert done.returncode == 1
        assert "Decisions you proposed must be approved by another reviewer" in done.stderr
        assert person(owner, pid)["status"] == "held"
        assert run("pending", "--db", db).stdout.startswith(f"{decision_id}\t{number}\treleased")

        # The second person: another operating-system account the file knows, as a reviewer.
        users.add_user(owner, "reviewer_os", "reviewer")
        clerk = open_database(db, create=False, account="clerk_os")
        reviewer = open_database(db, create=False, account="reviewer_os")
        stranger = open_database(db, create=False, account="not_known_here")
        try:
            with pytest.raises(Exception, match="Your role, clerk, may not approve"):
                approvals.approve(clerk, decision_id)
            with pytest.raises(Exception, match="no Case Tracker role"):
                approvals.approve(stranger, decision_id)
            assert approvals.approve(reviewer, decision_id).approved_by == "reviewer_os"
        finally:
            for d in (clerk, reviewer, stranger):
                d.dispose()
        assert person(owner, pid)["status"] == "released"
    finally:
        owner.dispose()
