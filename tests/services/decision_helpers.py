"""Finding people in the seeded database for decision tests, and a checksum of every table
to prove that a refused or cancelled action wrote nothing."""

from __future__ import annotations

import hashlib

from sqlalchemy import inspect, text

from desktop.services.database import Database

GENERAL = 1  # the seeded general amnesty's id

UNDECIDED = (
    "NOT EXISTS (SELECT 1 FROM amnesty_decision a WHERE a.detainee_id = d.id "
    "AND a.revoked_at IS NULL)"
)


def one(db: Database, where: str) -> int:
    with db.engine.connect() as conn:
        found = conn.execute(
            text(f"SELECT d.id FROM detainee d WHERE {where} AND {UNDECIDED} ORDER BY d.id LIMIT 1")
        ).scalar()
    assert found is not None, where
    return int(found)


def eligible_sentenced(db: Database) -> int:
    return one(db, "d.status = 'held' AND d.violent_crime = 0 AND d.sentence_months IS NOT NULL")


def eligible_unsentenced(db: Database) -> int:
    return one(db, "d.status = 'held' AND d.violent_crime = 0 AND d.sentence_months IS NULL")


def violent(db: Database) -> int:
    return one(db, "d.status = 'held' AND d.violent_crime = 1 AND d.sentence_months IS NOT NULL")


def released_by_seed(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT detainee_id FROM amnesty_decision WHERE outcome = 'released' "
                    "ORDER BY id LIMIT 1"
                )
            ).scalar_one()
        )


def value(db: Database, sql: str, **params: object) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def person(db: Database, detainee_id: int) -> dict[str, object]:
    with db.engine.connect() as conn:
        row = (
            conn.execute(text("SELECT * FROM detainee WHERE id = :i"), {"i": detainee_id})
            .mappings()
            .one()
        )
    return dict(row)


def held_in_facility(db: Database, facility_id: int) -> int:
    return int(
        value(  # type: ignore[arg-type]
            db,
            "SELECT count(*) FROM detainee WHERE facility_id = :f AND status = 'held'",
            f=facility_id,
        )
    )


def checksum(db: Database) -> str:
    """A digest of every row of every table, in a stable order."""
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            digest.update(table.encode())
            rows = sorted(repr(tuple(r)) for r in conn.execute(text(f'SELECT * FROM "{table}"')))
            for row in rows:
                digest.update(row.encode())
    return digest.hexdigest()


def history(
    db: Database, table: str, record_id: int
) -> list[tuple[str, str, str | None, str | None]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)  # type: ignore[misc]
            for r in conn.execute(
                text(
                    "SELECT action, field, before, after FROM change_log "
                    "WHERE table_name = :t AND record_id = :r ORDER BY id"
                ),
                {"t": table, "r": record_id},
            )
        ]
