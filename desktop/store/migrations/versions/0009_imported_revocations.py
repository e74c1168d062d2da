"""decisions: an imported revocation keeps the file's revoker apart

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

A decision imported from another system's list as revoked is recorded as revoked by the
login that imported it (``revoked_by``), on SQLite as the server always did on PostgreSQL:
the history of a database names who did each act in it. What the file said about who
revoked it is kept beside it, marked as imported (``imported_revoked_by``), and exported
again. Decisions imported before keep what they have: which of them came from a file is not
recorded.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "amnesty_decision", sa.Column("imported_revoked_by", sa.String(length=200), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("amnesty_decision", "imported_revoked_by")
