"""Operating-system accounts as the identity of a SQLite file: accounts without a name in
the system's user database (containers, some domain set-ups) are each their own person.
Who a process is, is asked of real processes running as other user ids."""

from __future__ import annotations

import os
import pwd
import sys
from pathlib import Path

import pytest
from acct_helpers import GENERAL, eligible_sentenced, person
from requirements import require

from desktop.domain.errors import CaseTrackerError
from desktop.domain.roles import Role
from desktop.services import approvals, users
from desktop.services.database import open_database
from desktop.services.decisions import decide
from desktop.store.os_user import os_account

NAMELESS = (70101, 70102)  # user ids with no entry in the system's user database


def _nameless(uid: int) -> bool:
    try:
        pwd.getpwuid(uid)
    except KeyError:
        return True
    return False


def account_of(uid: int) -> str:
    """``os_account()`` as a process running as user id ``uid`` (and group) finds it."""
    require(sys.platform != "win32" and os.geteuid() == 0, "running as other user ids needs root")
    require(_nameless(uid), f"user id {uid} has a name here")
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child process
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            os.write(write, os_account().encode())
        finally:
            os._exit(0)
    os.close(write)
    found = b""
    while chunk := os.read(read, 4096):
        found += chunk
    os.close(read)
    os.waitpid(child, 0)
    return found.decode()


def test_accounts_without_a_name_are_each_their_own_person():
    """Every account without a passwd entry was "unknown": two such accounts were one
    person in the history. Each is now known by its user id, the same on every run."""
    first, second = (account_of(uid) for uid in NAMELESS)
    assert (first, second) == ("uid:70101", "uid:70102")
    assert account_of(NAMELESS[0]) == first


@pytest.mark.parametrize("proposer_role", ["clerk", "reviewer"])
def test_two_nameless_accounts_are_two_pairs_of_eyes(seeded_path: Path, proposer_role: str):
    """Two nameless accounts were the same "unknown": an administrator could not give
    them roles of their own, and one could not approve the other's proposal (it was its
    own). Now one proposes, the other approves, and the first may not approve its own."""
    proposer, approver = (account_of(uid) for uid in NAMELESS)
    owner = open_database(str(seeded_path), create=False)
    opened = [owner]
    try:
        users.add_user(owner, proposer, proposer_role)
        users.add_user(owner, approver, "reviewer")
        listed = {u.login: u.role for u in users.list_users(owner)}
        assert listed[proposer] == Role(proposer_role) and listed[approver] == Role.REVIEWER
        clerk = open_database(str(seeded_path), create=False, account=proposer)
        reviewer = open_database(str(seeded_path), create=False, account=approver)
        opened += [clerk, reviewer]
        pid = eligible_sentenced(owner)
        proposal = decide(clerk, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
        assert proposal.proposed_by == proposer
        if proposer_role == "reviewer":
            with pytest.raises(CaseTrackerError, match="another reviewer"):
                approvals.approve(clerk, proposal.id)
        assert person(owner, pid)["status"] == "held"
        approved = approvals.approve(reviewer, proposal.id)
        assert (approved.proposed_by, approved.approved_by) == (proposer, approver)
        assert person(owner, pid)["status"] == "released"
    finally:
        for database in opened:
            database.dispose()
