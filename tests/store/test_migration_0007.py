"""Migration 0007: people recorded before it are found by the first letters of a name with
dj (D, Da, Abdelmad), as people recorded after it are; on SQLite and PostgreSQL."""

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


def test_names_with_dj_recorded_before_are_found_by_their_first_letters(seeded_backend_url):
    database = open_database(seeded_backend_url, create=False)
    try:
        saved = cases.save_case(
            database,
            fields=CaseFields(
                case_no="DJ-0001", name_latin="Djamila ABDELMADJID", status="released"
            ),
        )
        plain = cases.save_case(
            database,
            fields=CaseFields(case_no="DJ-0002", name_latin="Dalia Hassan", status="released"),
        )
    finally:
        database.dispose()
    engine = make_engine(resolve_url(seeded_backend_url))
    try:
        with engine.begin() as conn:  # as an older version wrote the index: dj only as j
            conn.execute(
                text(
                    "DELETE FROM detainee_token WHERE detainee_id = :p "
                    "AND token IN ('damila', 'madid')"
                ),
                {"p": saved.id},
            )
        plain_before = _tokens(engine, plain.id)
        migrate.downgrade(engine, "0006")
        assert _tokens(engine, saved.id) == {"jamila", "abd", "majid"}
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert _tokens(engine, saved.id) == {"jamila", "damila", "abd", "majid", "madid"}
        assert _tokens(engine, plain.id) == plain_before  # other people are left as they were
    finally:
        engine.dispose()
    database = open_database(seeded_backend_url, create=False)
    try:
        for typed in ("D", "Djamila", "Abdelmad", "abdelmadj", "Djamila Abdelm"):
            found = {r.id for r in cases.search_cases(database, text=typed, limit=100_000)}
            assert saved.id in found, typed
        found = {r.id for r in cases.search_cases(database, text="Dal", limit=100_000)}
        assert plain.id in found and saved.id not in found
    finally:
        database.dispose()
