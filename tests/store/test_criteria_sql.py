"""The SQL filter of amnesty criteria selects exactly the people the Python check selects,
person by person, on the seeded database (with some facts made unknown)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from desktop.domain.criteria import parse_rules
from desktop.domain.errors import ValidationError
from desktop.services.database import Database
from desktop.store.criteria_sql import CategoryTree, criteria_filter, facts_of
from desktop.store.models import Detainee

RULE_SETS = [
    {},
    {"exclude_violent_crime": True},
    {"nationality_include": ["SY", "IQ"]},
    {"nationality_exclude": ["FR", "DE", "SY"]},
    {"category_include": ["foreign"]},
    {"category_exclude": ["foreign"]},
    {"category_include": ["european", "iraqi"], "exclude_violent_crime": True},
    {"held_since_before": "2018-06-01"},
    {"sentence_min_months": 24, "sentence_max_months": 60},
    {"sentence_max_months": 36},
    {
        "exclude_violent_crime": True,
        "category_exclude": ["foreign"],
        "held_since_before": "2019-01-01",
        "sentence_min_months": 12,
    },
]


@pytest.fixture
def with_unknowns(seeded_db: Database) -> Database:
    """Some people with facts not recorded (NULL), which must never satisfy a rule."""
    with seeded_db.engine.begin() as conn:
        conn.execute(text("UPDATE detainee SET violent_crime = NULL WHERE id % 17 = 0"))
        conn.execute(text("UPDATE detainee SET nationality = NULL WHERE id % 19 = 0"))
        conn.execute(text("UPDATE detainee SET category_id = NULL WHERE id % 23 = 0"))
        conn.execute(text("UPDATE detainee SET held_since = NULL WHERE id % 29 = 0"))
    return seeded_db


@pytest.mark.parametrize("rules", RULE_SETS, ids=[str(r) for r in RULE_SETS])
def test_sql_filter_and_python_check_agree_on_every_person(with_unknowns: Database, rules):
    criteria = parse_rules(rules)
    with with_unknowns.read() as s:
        tree = CategoryTree.load(s)
        selected = set(s.scalars(select(Detainee.id).where(criteria_filter(criteria, tree))))
        everyone = list(s.scalars(select(Detainee.id)))
        facts = facts_of(s, everyone)
    by_python = {i for i in everyone if not criteria.check(facts[i])}
    assert selected == by_python
    assert 0 < len(everyone) == 10_000
    if rules:
        assert 0 < len(selected) < len(everyone)


def test_unknown_violent_crime_is_not_selected_by_no_blood_on_their_hands(
    with_unknowns: Database,
):
    criteria = parse_rules({"exclude_violent_crime": True})
    with with_unknowns.read() as s:
        where = criteria_filter(criteria, CategoryTree.load(s))
        unknown_selected = s.scalar(
            select(Detainee.id).where(where, Detainee.violent_crime.is_(None)).limit(1)
        )
    assert unknown_selected is None


def test_european_nationals_sit_within_foreigners(seeded_db: Database):
    with seeded_db.read() as s:
        tree = CategoryTree.load(s)
        excluded = criteria_filter(parse_rules({"category_exclude": ["foreign"]}), tree)
        codes = {
            tree.chain(cid)[0]
            for cid in s.scalars(select(Detainee.category_id).where(excluded).distinct())
        }
    assert codes == {"syrian", "iraqi"}


def test_a_category_code_the_database_lacks_is_refused(seeded_db: Database):
    with seeded_db.read() as s, pytest.raises(ValidationError) as caught:
        criteria_filter(parse_rules({"category_exclude": ["martians"]}), CategoryTree.load(s))
    assert caught.value.problems[0].field == "rules.category_exclude"
