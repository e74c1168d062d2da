"""search tokens: a person is found at every letter typed

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

The search index now also holds the words a name is typed through before its folding
settles: article words (Al, El: Al Rashid was not found from "Al" until the R), the
spelling before an irregular result (Mehmet: mihmat, Ibn: ibn), a word beginning with an
Allah spelling (Allahverdi: allah), the bare skeleton of Ullah, each dj read as d, and dg
read as dj. This adds the missing tokens for the people already recorded; new and changed
names get them when they are written. Nothing is removed: an old token only makes a search
find a little more.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.store.search import fresh_name_tokens

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 20_000


def upgrade() -> None:
    conn = op.get_bind()
    detainee = sa.table(
        "detainee", sa.column("id"), sa.column("name_latin"), sa.column("name_arabic")
    )
    token = sa.table("detainee_token", sa.column("token"), sa.column("detainee_id"))
    after = 0
    while True:
        people = conn.execute(
            sa.select(detainee.c.id, detainee.c.name_latin, detainee.c.name_arabic)
            .where(detainee.c.id > after)
            .order_by(detainee.c.id)
            .limit(_BATCH)
        ).all()
        if not people:
            return
        after = people[-1].id
        _add_missing(conn, token, people)


def _add_missing(conn: sa.Connection, token: sa.TableClause, people: list[sa.Row]) -> None:
    """Adds one batch's missing tokens. The new tokens are the old ones and more, except
    for a name with dg or more than one dj, whose folding changed: so a person with as
    many tokens as before and neither in the name is left unread (most people)."""
    first, last = people[0].id, people[-1].id
    counts = {
        person: count
        for person, count in conn.execute(
            sa.select(token.c.detainee_id, sa.func.count())
            .where(token.c.detainee_id.between(first, last))
            .group_by(token.c.detainee_id)
        )
    }
    wanted = {p.id: fresh_name_tokens(p.name_latin, p.name_arabic) for p in people}
    changed = [
        p.id
        for p in people
        if len(wanted[p.id]) != counts.get(p.id, 0)
        or any(s in (p.name_latin or "").lower() for s in ("dg", "dj"))
    ]
    if not changed:
        return
    have = {
        (r.detainee_id, r.token)
        for r in conn.execute(
            sa.select(token.c.detainee_id, token.c.token).where(token.c.detainee_id.in_(changed))
        )
    }
    missing = [
        {"token": t, "detainee_id": person}
        for person in changed
        for t in wanted[person]
        if (person, t) not in have
    ]
    if missing:
        conn.execute(sa.insert(token), missing)


def downgrade() -> None:
    """The extra tokens stay: they only make a search find a little more."""
