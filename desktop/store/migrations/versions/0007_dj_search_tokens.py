"""search tokens: a name with dj is found from its first letters

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

Name folding reads "dj" as "j" (Djamila: jamila), so a search typed as far as "D", "Da" or
"Abdelmad" did not find Djamila or Abdelmadjid until the j. The search index now also holds
each such word with dj read as d (damila, madid). This adds those tokens for the people
already recorded; new and changed names get them when they are written.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.store.search import name_tokens

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Lower-case spellings that fold to "dj": ASCII (lower() folds its case on both
# backends) and the Latin d with stroke, in either case.
_PATTERNS = ("%dj%", "%đj%", "%Đj%", "%đJ%", "%ĐJ%")


def upgrade() -> None:
    conn = op.get_bind()
    detainee = sa.table(
        "detainee", sa.column("id"), sa.column("name_latin"), sa.column("name_arabic")
    )
    token = sa.table("detainee_token", sa.column("token"), sa.column("detainee_id"))
    lowered = sa.func.lower(detainee.c.name_latin)
    people = conn.execute(
        sa.select(detainee.c.id, detainee.c.name_latin, detainee.c.name_arabic).where(
            sa.or_(*(lowered.like(p) for p in _PATTERNS))
        )
    ).all()
    for start in range(0, len(people), 5_000):
        batch = people[start : start + 5_000]
        ids = [p.id for p in batch]
        have = {
            (r.detainee_id, r.token)
            for r in conn.execute(
                sa.select(token.c.detainee_id, token.c.token).where(token.c.detainee_id.in_(ids))
            )
        }
        missing = [
            {"token": t, "detainee_id": p.id}
            for p in batch
            for t in name_tokens(p.name_latin, p.name_arabic)
            if (p.id, t) not in have
        ]
        if missing:
            conn.execute(sa.insert(token), missing)


def downgrade() -> None:
    """The extra tokens stay: they only make a search find a little more."""
