"""apply amnesty: held people by the date they have been held since

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

"Apply amnesty" selects the held people whom its rules select; a rule "held since before a
date" then reads a range of ``(status, held_since)`` instead of every held person (at a
million cases, 10,000 people in a few milliseconds instead of a read of the whole table).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_detainee_status_held_since", "detainee", ["status", "held_since"])


def downgrade() -> None:
    op.drop_index("ix_detainee_status_held_since", table_name="detainee")
