"""Other users of a test database, for the tests that need two people (four-eyes approval,
history naming who did what, conflicting edits).

On a SQLite file another user is another operating-system account known to the file; the
tests act as it with ``open_database(..., account=NAME)`` (the window and the command line
cannot). On PostgreSQL it is another server login, added by the test database's owner
through ``users.add_user``; the shared test server trusts local logins (the accountability
tests run their own server with scram-sha-256 passwords).
"""

from __future__ import annotations

from desktop.services import approvals, users
from desktop.services.database import Database, open_database
from desktop.services.decision_records import DecisionRecord

SECOND_REVIEWER = "second_reviewer"


def as_user(db: Database, login: str, role: str) -> Database:
    """``login`` with ``role`` on ``db``'s database, added by ``db``'s user (an
    administrator) when not known yet."""
    if login not in {u.login for u in users.list_users(db)}:
        users.add_user(db, login, role)
    if db.server:
        url = db.url.set(username=login).render_as_string(hide_password=False)
        return open_database(url, create=False)
    assert db.path is not None
    return open_database(str(db.path), create=False, account=login)


def approve_as_second_reviewer(db: Database, decision_id: int) -> DecisionRecord:
    """Approve ``db``'s user's proposal as another reviewer (four eyes)."""
    other = as_user(db, SECOND_REVIEWER, "reviewer")
    try:
        return approvals.approve(other, decision_id)
    finally:
        other.dispose()


def approve_batch_as_second_reviewer(db: Database, batch_id: str) -> approvals.BatchOutcome:
    other = as_user(db, SECOND_REVIEWER, "reviewer")
    try:
        return approvals.approve_batch(other, batch_id)
    finally:
        other.dispose()
