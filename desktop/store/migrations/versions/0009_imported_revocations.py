"""decisions: an imported revocation keeps the file's revoker apart; nameless accounts

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

A decision imported from another system's list as revoked is recorded as revoked by the
login that imported it (``revoked_by``), on SQLite as the server always did on PostgreSQL:
the history of a database names who did each act in it. What the file said about who
revoked it is kept beside it, marked as imported (``imported_revoked_by``), and exported
again. Decisions imported before keep what they have: which of them came from a file is not
recorded.

On a SQLite file, accounts without a name were all "unknown" and are now each ``uid:N``:
the first of them to upgrade a file that knows "unknown" is given the role it had.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from desktop.domain.accounts import NUMBERED
from desktop.store.os_user import os_account

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNKNOWN = "unknown"  # what every account without a name was before this version


def upgrade() -> None:
    op.add_column(
        "amnesty_decision", sa.Column("imported_revoked_by", sa.String(length=200), nullable=True)
    )
    if op.get_bind().dialect.name == "sqlite":
        _carry_unknown(os_account())


def _carry_unknown(account: str) -> None:
    """Before this version every account without a name was "unknown" (now ``uid:N``): the
    first such account to upgrade a file that knows "unknown" is given its role, which
    every nameless account acted with until now, so that a file made in a container keeps
    its administrator. Other nameless accounts are given roles by an administrator."""
    if not NUMBERED.match(account):
        return
    conn = op.get_bind()
    users = sa.table(
        "app_user",
        sa.column("login"),
        sa.column("role"),
        sa.column("disabled"),
        sa.column("added_at"),
        sa.column("added_by"),
    )
    known = conn.execute(
        sa.select(users.c.role, users.c.disabled).where(users.c.login == UNKNOWN)
    ).first()
    already = conn.execute(sa.select(users.c.login).where(users.c.login == account)).first()
    if known is None or known.role is None or known.disabled or already is not None:
        return
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    conn.execute(
        sa.insert(users).values(
            login=account, role=known.role, disabled=False, added_at=now, added_by=account
        )
    )
    log = sa.table(
        "change_log",
        *(sa.column(c) for c in ("at", "who", "table_name", "record_id", "action", "field")),
        sa.column("before"),
        sa.column("after"),
    )
    conn.execute(
        sa.insert(log).values(
            at=now,
            who=account,
            table_name="app_user",
            record_id=0,
            action="insert",
            field="role",
            before=None,
            after=f"{account}: {known.role} (the role of {UNKNOWN}, as accounts without a name "
            "were known)",
        )
    )


def downgrade() -> None:
    op.drop_column("amnesty_decision", "imported_revoked_by")
