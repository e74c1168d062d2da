"""Amnesty criteria as data: validation of the rules object and the check of one person."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from desktop.domain import decision_rules as rules
from desktop.domain.criteria import Criteria, PersonFacts, parse_rules
from desktop.domain.errors import ValidationError


def person(**overrides: object) -> PersonFacts:
    base: dict[str, object] = {
        "nationality": "SY",
        "category_codes": ("syrian",),
        "violent_crime": False,
        "held_since": date(2018, 5, 1),
        "sentence_months": 24,
    }
    base.update(overrides)
    return PersonFacts(**base)  # type: ignore[arg-type]


def test_the_seeded_general_amnesty_rules_parse_and_round_trip():
    criteria = parse_rules('{"exclude_violent_crime": true}')
    assert criteria == Criteria(exclude_violent_crime=True)
    assert criteria.to_dict() == {"exclude_violent_crime": True}
    assert parse_rules(criteria.to_json()) == criteria
    assert parse_rules({}) == Criteria() and Criteria().is_empty


def test_no_blood_on_their_hands_excludes_violent_and_unknown():
    c = Criteria(exclude_violent_crime=True)
    assert c.check(person(violent_crime=False)) == []
    assert c.check(person(violent_crime=True)) == ["accused of a violent crime"]
    # Unknown does not count as "no violent crime": it needs review and an override.
    [reason] = c.check(person(violent_crime=None))
    assert "not recorded" in reason


def test_nationality_include_and_exclude_lists():
    c = parse_rules({"nationality_include": ["sy", "IQ"]})
    assert c.nationality_include == ("SY", "IQ")
    assert c.check(person(nationality="IQ")) == []
    assert c.check(person(nationality="FR")) == ["nationality FR is not one of SY, IQ"]
    assert c.check(person(nationality=None)) == ["nationality not recorded"]
    out = parse_rules({"nationality_exclude": ["FR"]})
    assert out.check(person(nationality="FR")) == ["nationality FR is excluded"]
    assert out.check(person(nationality="SY")) == []
    assert out.check(person(nationality=None)) == ["nationality not recorded"]


def test_excluding_a_category_excludes_the_categories_nested_in_it():
    c = parse_rules({"category_exclude": ["foreign"]})
    assert c.check(person(category_codes=("european", "foreign"))) == [
        "category foreign is excluded"
    ]
    assert c.check(person(category_codes=("foreign",))) == ["category foreign is excluded"]
    assert c.check(person(category_codes=("syrian",))) == []
    assert c.check(person(category_codes=())) == ["category not recorded"]
    inc = parse_rules({"category_include": ["foreign"]})
    assert inc.check(person(category_codes=("european", "foreign"))) == []
    assert inc.check(person(category_codes=("iraqi",))) != []


def test_held_since_before_and_sentence_range():
    c = parse_rules(
        {"held_since_before": "2019-01-01", "sentence_min_months": 12, "sentence_max_months": 60}
    )
    assert c.check(person()) == []
    assert c.check(person(held_since=date(2019, 1, 1))) == [
        "held since 2019-01-01, not before 2019-01-01"
    ]
    assert c.check(person(held_since=None)) == ["held-since date not recorded"]
    assert c.check(person(sentence_months=61)) == [
        "sentence of 61 months is outside 12 to 60 months"
    ]
    assert c.check(person(sentence_months=12)) == []
    assert c.check(person(sentence_months=None)) == ["no sentence recorded"]


def test_every_reason_is_listed():
    c = Criteria(exclude_violent_crime=True, nationality_exclude=("FR",))
    assert len(c.check(person(violent_crime=True, nationality="FR"))) == 2


@pytest.mark.parametrize(
    ("rules_in", "field"),
    [
        ({"exclude_violent_crime": "yes"}, "rules.exclude_violent_crime"),
        ({"nationality_include": ["SYR"]}, "rules.nationality_include"),
        ({"nationality_include": "SY"}, "rules.nationality_include"),
        ({"category_exclude": ["Foreign People"]}, "rules.category_exclude"),
        ({"held_since_before": "2020-13-01"}, "rules.held_since_before"),
        ({"sentence_min_months": -1}, "rules.sentence_min_months"),
        ({"sentence_min_months": True}, "rules.sentence_min_months"),
        ({"sentence_min_months": 30, "sentence_max_months": 12}, "rules.sentence_max_months"),
        ({"violent": True}, "rules.violent"),
        (
            {"nationality_include": ["SY"], "nationality_exclude": ["SY"]},
            "rules.nationality_exclude",
        ),
        ("[1, 2]", "rules"),
        ("{not json", "rules"),
    ],
)
def test_malformed_rules_are_refused_naming_the_rule(rules_in: object, field: str):
    with pytest.raises(ValidationError) as caught:
        parse_rules(rules_in)  # type: ignore[arg-type]
    assert field in [p.field for p in caught.value.problems]


def test_decision_dates_respect_the_precision_of_the_amnesty_date():
    assert rules.earliest_decision_date(date(2020, 10, 15), "month") == date(2020, 10, 1)
    assert rules.earliest_decision_date(date(2020, 10, 15), "year") == date(2020, 1, 1)
    assert rules.earliest_decision_date(date(2020, 10, 15), "day") == date(2020, 10, 15)
    today = date(2024, 1, 1)
    assert rules.date_problems(date(2020, 10, 1), earliest=date(2020, 10, 1), today=today) == []
    [early] = rules.date_problems(date(2020, 9, 30), earliest=date(2020, 10, 1), today=today)
    assert early.field == "decision_date" and "before the amnesty" in early.message
    [future] = rules.date_problems(date(2024, 1, 2), earliest=date(2020, 10, 1), today=today)
    assert "future" in future.message


def test_a_reduction_cuts_the_term_as_it_stands():
    fresh = rules.Sentence(25, date(2019, 1, 31), date(2021, 2, 28))
    assert fresh.term_months == 25
    eff = rules.effects("reduced", Fraction(1, 2), "held", fresh)
    assert (eff.term_before, eff.term_after) == (25, 13)
    assert eff.sentence_end_after == date(2020, 2, 29)  # 13 months on, clamped
    # A second reduction halves what the first left (13 -> 7 months).
    again = rules.effects(
        "reduced", Fraction(1, 2), "held", rules.Sentence(25, date(2019, 1, 31), date(2020, 2, 29))
    )
    assert (again.term_before, again.term_after) == (13, 7)


def test_release_and_reduction_need_a_held_person_and_a_reduction_a_sentence():
    no_sentence = rules.Sentence(None, None, None)
    assert [p.field for p in rules.effect_problems("released", "released", no_sentence)] == [
        "detainee"
    ]
    assert [p.field for p in rules.effect_problems("reduced", "held", no_sentence)] == ["outcome"]
    assert rules.effect_problems("denied", "released", no_sentence) == []
    assert rules.outcome_problems("denied", Fraction(1, 2))[0].field == "fraction"
    assert rules.outcome_problems("reduced", Fraction(3, 2))[0].field == "fraction"
    assert rules.outcome_problems("freed", None)[0].field == "outcome"
