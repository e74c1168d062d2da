"""Finding people and reading records directly, for the accountability tests."""

from __future__ import annotations

from sqlalchemy import text

from desktop.services.database import Database

GENERAL = 1  # the seeded general amnesty's id

_UNDECIDED = (
    "NOT EXISTS (SELECT 1 FROM amnesty_decision a WHERE a.detainee_id = d.id "
    "AND a.revoked_at IS NULL)"
)


def eligible_sentenced(db: Database, skip: int = 0) -> int:
    """A held, non-violent, sentenced person without a decision."""
    with db.engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT d.id FROM detainee d WHERE d.status = 'held' AND NOT d.violent_crime "
                f"AND d.sentence_months IS NOT NULL AND {_UNDECIDED} ORDER BY d.id "
                "LIMIT 1 OFFSET :skip"
            ),
            {"skip": skip},
        ).scalar()
    assert found is not None
    return int(found)


def person(db: Database, detainee_id: int) -> dict[str, object]:
    with db.engine.connect() as conn:
        row = (
            conn.execute(text("SELECT * FROM detainee WHERE id = :i"), {"i": detainee_id})
            .mappings()
            .one()
        )
    return dict(row)
