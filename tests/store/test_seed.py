"""The seed data reproduces the reported figures, with nothing invented, and a synthetic
demo that agrees with them."""

from __future__ import annotations

from sqlalchemy import text

from desktop.services.database import Database


def q(db: Database, sql: str, **params: object) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def rows(db: Database, sql: str, **params: object) -> list:
    with db.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def reported(db: Database, code: str):
    return rows(
        db,
        "SELECT value, precision, as_of, as_of_precision, s.code AS source FROM reported_total r "
        "JOIN source s ON s.id = r.source_id WHERE r.code = :code",
        code=code,
    )[0]


def test_reported_aggregates_are_stored_as_reported(seeded_db: Database):
    assert tuple(reported(seeded_db, "general-2020-released"))[:4] == (
        631,
        "exact",
        "2020-10-01",
        "month",
    )
    assert tuple(reported(seeded_db, "general-2020-halved"))[:2] == (253, "exact")
    assert tuple(reported(seeded_db, "centres"))[:2] == (24, "lower_bound")
    assert tuple(reported(seeded_db, "detained"))[:2] == (10000, "approximate")
    assert tuple(reported(seeded_db, "detained-foreign"))[:2] == (2000, "approximate")
    assert tuple(reported(seeded_db, "detained-european"))[:2] == (800, "approximate")
    assert all(reported(seeded_db, c).source == "article" for c in ("centres", "detained"))


def test_al_hol_and_the_annex_have_their_reported_headcounts_and_no_invented_capacity(
    seeded_db: Database,
):
    hol = rows(
        seeded_db,
        "SELECT h.total, h.precision, h.as_of, h.as_of_precision FROM headcount h "
        "JOIN facility f ON f.id = h.facility_id WHERE f.name = 'al-Hol camp' ORDER BY h.as_of",
    )
    assert [tuple(r) for r in hol] == [
        (70000, "approximate", "2019-08-01", "month"),
        (65000, "approximate", "2020-10-01", "month"),
    ]
    annex = rows(
        seeded_db,
        "SELECT f.capacity, p.name, f.kind, h.total, h.precision FROM facility f "
        "JOIN facility p ON p.id = f.parent_id JOIN headcount h ON h.facility_id = f.id "
        "WHERE f.name = 'The Annex'",
    )
    assert [tuple(r) for r in annex] == [(None, "al-Hol camp", "section", 10000, "approximate")]
    assert q(seeded_db, "SELECT capacity FROM facility WHERE name = 'al-Hol camp'") is None
    assert q(seeded_db, "SELECT count(*) FROM facility WHERE synthetic = 0") == 2


def test_synthetic_demo_agrees_with_the_reported_aggregates(seeded_db: Database):
    assert q(seeded_db, "SELECT count(*) FROM detainee") == 10000
    assert q(seeded_db, "SELECT count(*) FROM detainee WHERE synthetic = 0") == 0
    assert (
        q(
            seeded_db,
            "SELECT count(*) FROM facility WHERE kind = 'detention_centre' AND synthetic = 1",
        )
        == 25
    )
    by_category = dict(
        rows(
            seeded_db,
            "SELECT c.code, count(*) FROM detainee d JOIN category c ON c.id = d.category_id "
            "GROUP BY c.code",
        )
    )
    assert by_category["european"] == 800
    assert by_category["foreign"] + by_category["european"] == 2000
    assert sum(by_category.values()) == 10000
    europeans = q(
        seeded_db,
        "SELECT count(*) FROM detainee d JOIN category c ON c.id = d.category_id "
        "WHERE c.code = 'european' AND d.nationality NOT IN "
        "('FR','DE','GB','BE','NL','SE','DK','AT','ES','IT','NO','FI')",
    )
    assert europeans == 0
    assert q(seeded_db, "SELECT count(*) FROM detainee WHERE case_no NOT LIKE 'SYN-%'") == 0
    assert (
        q(seeded_db, "SELECT count(*) FROM detainee WHERE name_latin NOT LIKE '%Synthetic-%'") == 0
    )


def test_general_amnesty_decisions_match_reported_totals(seeded_db: Database):
    outcomes = dict(
        rows(
            seeded_db,
            "SELECT outcome, count(*) FROM amnesty_decision d JOIN amnesty a ON a.id = d.amnesty_id "
            "WHERE a.title = 'General amnesty, October 2020' AND d.revoked_at IS NULL "
            "GROUP BY outcome",
        )
    )
    assert outcomes == {"released": 631, "reduced": 253}
    assert q(seeded_db, "SELECT count(*) FROM detainee WHERE status = 'released'") == 631
    # Nobody the criteria exclude (violent crime) was released or reduced.
    assert (
        q(
            seeded_db,
            "SELECT count(*) FROM amnesty_decision d JOIN detainee p ON p.id = d.detainee_id "
            "WHERE p.violent_crime = 1",
        )
        == 0
    )
    # Each halved term ends half-way (rounded down cut) through the original term.
    bad = rows(
        seeded_db,
        "SELECT p.sentence_months, p.sentence_start, p.sentence_end, d.sentence_end_before "
        "FROM amnesty_decision d JOIN detainee p ON p.id = d.detainee_id "
        "WHERE d.outcome = 'reduced' AND NOT (p.sentence_end < d.sentence_end_before)",
    )
    assert bad == []


def test_seeding_is_deterministic(tmp_path):
    from desktop.services.database import init_database

    def fingerprint(path):
        db = init_database(str(path))
        try:
            return rows(
                db,
                "SELECT group_concat(case_no || name_latin || coalesce(facility_id, ''), '|') "
                "FROM (SELECT * FROM detainee ORDER BY id LIMIT 500)",
            )[0][0]
        finally:
            db.dispose()

    assert fingerprint(tmp_path / "a.db") == fingerprint(tmp_path / "b.db")


def test_generated_search_tokens_equal_folding_the_whole_names(seeded_db: Database):
    """The generator folds name parts separately for speed; that must give exactly the
    tokens that folding each person's whole names gives."""
    from desktop.store.search import name_tokens

    people = rows(
        seeded_db, "SELECT id, name_latin, name_arabic FROM detainee ORDER BY id LIMIT 300"
    )
    for person in people:
        stored = {
            r[0]
            for r in rows(
                seeded_db,
                "SELECT token FROM detainee_token WHERE detainee_id = :id",
                id=person.id,
            )
        }
        assert stored == set(name_tokens(person.name_latin, person.name_arabic)), person.name_latin


def test_the_seed_says_where_the_month_october_2020_comes_from(seeded_db: Database):
    """The stored article gives no month or year: the date is from public reports of the
    event, a source of its own, and every figure dated by it says so."""
    dating = rows(seeded_db, "SELECT title, note FROM source WHERE code = 'event-date'")
    assert len(dating) == 1
    assert "dated from public reports of the event" in dating[0].title
    article_note = q(seeded_db, "SELECT note FROM source WHERE code = 'article'")
    assert "gives no date" in str(article_note)
    dated = rows(
        seeded_db,
        "SELECT r.code, r.note FROM reported_total r JOIN source s ON s.id = r.source_id "
        "WHERE s.code = 'article' AND r.as_of LIKE '2020-%' "
        "UNION ALL SELECT CAST(h.id AS TEXT), h.note FROM headcount h "
        "JOIN source s ON s.id = h.source_id WHERE s.code = 'article' AND h.as_of LIKE '2020-%'",
    )
    assert len(dated) == 8
    assert [code for code, note in dated if "event-date" not in (note or "")] == []


def test_al_hol_security_is_worded_as_reported(seeded_db: Database):
    operator = str(q(seeded_db, "SELECT operator FROM facility WHERE name = 'al-Hol camp'"))
    assert "the Kurdish police in charge of security" in operator
    assert "internal-security" not in operator
