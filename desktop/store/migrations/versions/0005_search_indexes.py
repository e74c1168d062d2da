"""search indexes: each person's tokens by (detainee_id, token)

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-04

The search checks "has this person a token starting with this word" for every word but the
one that drives it; with ``(detainee_id, token)`` that check reads the index alone. The index
on ``(detainee_id)`` it replaces served only the first half of it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_detainee_token_detainee_token", "detainee_token", ["detainee_id", "token"])
    op.drop_index("ix_detainee_token_detainee_id", table_name="detainee_token")


def downgrade() -> None:
    op.create_index("ix_detainee_token_detainee_id", "detainee_token", ["detainee_id"])
    op.drop_index("ix_detainee_token_detainee_token", table_name="detainee_token")
