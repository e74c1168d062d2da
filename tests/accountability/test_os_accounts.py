"""Operating-system accounts as the identity of a SQLite file: accounts without a name in
the system's user database (containers, some domain set-ups) are each their own person.
Who a process is, is asked of real processes running as other user ids."""

from __future__ import annotations

import os
import pwd
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from acct_helpers import GENERAL, eligible_sentenced, person
from requirements import require
from sqlalchemy import text

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
    return _in_process_of(uid, os_account)


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


@pytest.mark.parametrize(
    "login",
    [
        "أحمد",  # Arabic
        "ئاراس",  # Kurdish (Sorani), Arabic script
        "hêvî",  # Kurmanji, Latin with a circumflex
        "Zoë Ahmed",  # Windows allows spaces
        "CORP\\rana",  # a winbind domain account
        "rana@office.lan",
        "Ρένα",  # Greek
        "محمد٢",  # Arabic-Indic digit
        "uid:1001",
    ],
)
def test_an_administrator_gives_a_role_to_any_account_the_system_can_have(
    seeded_path: Path, login: str
):
    """``users add`` took ASCII logins only: an office whose Windows or Linux accounts
    are named in Arabic or another script could not give them a role, so their users
    could only read. Any name an account can have is taken (as the system reports it,
    in NFC), and the account then works under it."""
    owner = open_database(str(seeded_path), create=False)
    try:
        added = users.add_user(owner, login, "clerk")
        assert added.login == login
        clerk = open_database(str(seeded_path), create=False, account=login)
        try:
            assert clerk.identity.role == Role.CLERK and clerk.identity.login == login
        finally:
            clerk.dispose()
    finally:
        owner.dispose()


def test_a_login_typed_decomposed_is_the_account_the_system_reports_composed(seeded_path: Path):
    """Python reads an account's name as the system stores it; an administrator may type
    it with combining accents (a Mac keyboard does). Both are the same NFC name."""
    owner = open_database(str(seeded_path), create=False)
    try:
        added = users.add_user(owner, "he\u0302vi\u0302", "reviewer")  # h e ^ v i ^
        assert added.login == "hêvî"
        assert users.set_role(owner, "he\u0302vi\u0302", "clerk").role == Role.CLERK
    finally:
        owner.dispose()


@pytest.mark.parametrize(
    ("login", "why"),
    [
        ("rаna", "mixes scripts"),  # Cyrillic а among Latin letters: passes for "rana"
        ("Ρana", "mixes scripts"),  # Greek capital rho
        ("ｒａｎａ", "look-alike"),  # fullwidth letters
        ("rana\u202e", "invisible"),  # a right-to-left override
        ("ra\u200dna", "invisible"),  # a zero-width joiner
        ("ra\u0007na", "invisible"),  # a control character
        ("ra  na", "spaces"),
        ("ra\u00a0na", "spaces"),  # a no-break space
        ("ra:na", "character"),
        ("ra/na", "character"),
        ("١2", "digits"),  # Arabic-Indic and ASCII digits
        ("casetracker_clerk", "casetracker_"),
        ("x" * 201, "at most"),
        ("", "empty"),
    ],
)
def test_a_look_alike_or_hidden_login_is_refused(seeded_path: Path, login: str, why: str):
    owner = open_database(str(seeded_path), create=False)
    try:
        with pytest.raises(CaseTrackerError, match=why):
            users.add_user(owner, login, "reviewer")
        assert login not in {u.login for u in users.list_users(owner)}
    finally:
        owner.dispose()


def test_windows_names_differing_only_in_case_are_one_account():
    from desktop.domain.accounts import account_key

    assert account_key("Rana", windows=True) == account_key("rana", windows=True)
    assert account_key("Rana", windows=False) != account_key("rana", windows=False)
    assert account_key("HÊVÎ", windows=True) == account_key("hêvî", windows=True)


def test_the_system_account_is_reported_in_nfc(monkeypatch: pytest.MonkeyPatch):
    from desktop.store import os_user

    monkeypatch.setattr(os_user, "_account_name", lambda: "he\u0302vi\u0302")
    assert os_user.os_account() == "hêvî"


def _in_process_of(uid: int, work) -> str:  # type: ignore[no-untyped-def]
    """Run ``work()`` in a child process of user id ``uid``; what it returns, or its error."""
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
            try:
                answer = str(work())
            except BaseException as exc:  # reported to the parent
                answer = f"error: {exc!r}"
            os.write(write, answer.encode())
        finally:
            os._exit(0)
    os.close(write)
    found = b""
    while chunk := os.read(read, 4096):
        found += chunk
    os.close(read)
    os.waitpid(child, 0)
    return found.decode()


@pytest.fixture
def shared_path(seeded_path: Path) -> Iterator[Path]:
    """The seeded file in a folder other accounts may reach and write (pytest's own
    temporary folders are the running account's only)."""
    folder = Path(tempfile.mkdtemp(prefix="shared-"))
    try:
        folder.chmod(0o777)
        path = folder / seeded_path.name
        shutil.copyfile(seeded_path, path)
        path.chmod(0o666)
        yield path
    finally:
        shutil.rmtree(folder)


def test_a_nameless_account_that_was_unknown_keeps_its_role_after_the_upgrade(
    shared_path: Path,
):
    """Before this version every account without a name was "unknown", so a file made in a
    container knew its administrator as "unknown". After the upgrade the same account is
    ``uid:N``: with nothing carried over it had no role on its own file, and nobody could
    give it one. The first nameless account to upgrade the file is given the role "unknown"
    had (which every nameless account acted with before), and the history says so."""
    from desktop.store import migrate
    from desktop.store.engine import make_engine, resolve_url

    engine = make_engine(resolve_url(str(shared_path)))
    try:
        migrate.downgrade(engine, "0008")
        with engine.begin() as conn:
            conn.execute(text("UPDATE app_user SET login = 'unknown'"))
    finally:
        engine.dispose()

    def upgrade() -> str:
        engine = make_engine(resolve_url(str(shared_path)))
        try:
            migrate.upgrade(engine)
            return migrate.current_revision(engine) or ""
        finally:
            engine.dispose()

    assert _in_process_of(NAMELESS[0], upgrade) == migrate.head_revision()
    with sqlite3.connect(shared_path) as conn:
        users_now = conn.execute("SELECT login, role FROM app_user ORDER BY login").fetchall()
        logged = conn.execute(
            "SELECT who, field, after FROM change_log WHERE table_name = 'app_user' "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert users_now == [("uid:70101", "administrator"), ("unknown", "administrator")]
    assert logged == (
        "uid:70101",
        "role",
        "uid:70101: administrator (the role of unknown, as accounts without a name were known)",
    )
