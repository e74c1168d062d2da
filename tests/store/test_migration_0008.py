"""Migration 0008: people recorded before it are found at every letter typed (an article
typed first, the spelling before an irregular result), as people recorded after it are;
on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from desktop.domain.case_rules import CaseFields
from desktop.services import cases
from desktop.services.database import open_database
from desktop.store import migrate
from desktop.store.engine import make_engine, resolve_url


def _tokens(engine, person: int) -> set[str]:
    with engine.connect() as conn:
        return set(
            conn.execute(
                text("SELECT token FROM detainee_token WHERE detainee_id = :p"), {"p": person}
            ).scalars()
        )


def _found(url: str, typed: str) -> set[int]:
    database = open_database(url, create=False)
    try:
        return {r.id for r in cases.search_cases(database, text=typed, limit=100_000)}
    finally:
        database.dispose()


def test_people_recorded_before_are_found_at_every_letter_typed(seeded_backend_url):
    database = open_database(seeded_backend_url, create=False)
    try:
        saved = cases.save_case(
            database,
            fields=CaseFields(case_no="AL-0001", name_latin="Al Rashid Mehmet", status="released"),
        )
        plain = cases.save_case(
            database,
            fields=CaseFields(case_no="AL-0002", name_latin="Dalia Hassan", status="released"),
        )
    finally:
        database.dispose()
    engine = make_engine(resolve_url(seeded_backend_url))
    try:
        with engine.begin() as conn:  # as an older version wrote the index
            conn.execute(
                text(
                    "DELETE FROM detainee_token WHERE detainee_id = :p "
                    "AND token IN ('al', 'mihmat')"
                ),
                {"p": saved.id},
            )
        plain_before = _tokens(engine, plain.id)
        migrate.downgrade(engine, "0007")
        assert _tokens(engine, saved.id) == {"rashid", "muhamad"}
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert _tokens(engine, saved.id) == {"al", "rashid", "muhamad", "mihmat"}
        assert _tokens(engine, plain.id) == plain_before  # other people are left as they were
    finally:
        engine.dispose()
    for typed in ("A", "Al", "Al ", "Al Rashid Meh", "Mehmet"):
        assert saved.id in _found(seeded_backend_url, typed), typed
    assert saved.id not in _found(seeded_backend_url, "Dal")
