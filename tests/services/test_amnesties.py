"""Amnesty decrees: list, create and edit with validation, rules as data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from decision_helpers import GENERAL, history, value

from desktop.domain.criteria import Criteria
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.amnesties import (
    category_choices,
    create_amnesty,
    find_amnesty,
    get_amnesty,
    list_amnesties,
    nationality_choices,
    update_amnesty,
)
from desktop.services.database import Database


def test_the_seeded_general_amnesty(seeded_db: Database):
    [row] = list_amnesties(seeded_db)
    assert (row.title, row.decisions, row.issued_on_precision) == (
        "General amnesty, October 2020",
        884,
        "month",
    )
    detail = get_amnesty(seeded_db, amnesty_id=GENERAL)
    assert detail.criteria == Criteria(exclude_violent_crime=True)
    assert detail.requested_by == "Tribal leaders of north-eastern and eastern Syria"
    assert find_amnesty(seeded_db, ref="1") == detail
    assert find_amnesty(seeded_db, ref="General amnesty, October 2020") == detail
    with pytest.raises(NotFoundError):
        find_amnesty(seeded_db, ref="General amnesty")


def test_create_validates_title_date_and_rules(seeded_db: Database):
    with pytest.raises(ValidationError) as err:
        create_amnesty(
            seeded_db,
            title="  general AMNESTY, October 2020 ",
            issued_on=date.today() + timedelta(days=1),
            rules={"category_exclude": ["martians"], "sentence_min_months": -3},
        )
    assert sorted(p.field for p in err.value.problems) == [
        "issued_on",
        "rules.sentence_min_months",
        "title",
    ]
    with pytest.raises(ValidationError) as err2:
        create_amnesty(
            seeded_db, title="", issued_on=None, rules={"category_exclude": ["martians"]}
        )
    assert sorted(p.field for p in err2.value.problems) == [
        "issued_on",
        "rules.category_exclude",
        "title",
    ]
    assert len(list_amnesties(seeded_db)) == 1
    with pytest.raises(ValidationError) as err3:  # reports would print another title
        create_amnesty(seeded_db, title="Amnesty \u202e0202 rebotcO", issued_on=date(2021, 1, 1))
    [problem] = err3.value.problems
    assert problem.field == "title" and "direction characters" in str(problem.message)
    assert len(list_amnesties(seeded_db)) == 1


def test_create_and_edit_store_rules_as_data_with_history(seeded_db: Database):
    created = create_amnesty(
        seeded_db,
        title="Women and children",
        issued_on=date(2021, 5, 1),
        issued_by="Regional administration",
        rules={"category_include": ["women", "children"], "exclude_violent_crime": True},
    )
    stored = value(seeded_db, "SELECT rules_json FROM amnesty WHERE id = :i", i=created.id)
    assert stored == '{"category_include": ["women", "children"], "exclude_violent_crime": true}'
    updated = update_amnesty(
        seeded_db,
        amnesty_id=created.id,
        expected_version=created.version,
        title="Women and children (2021)",
        issued_on=created.issued_on,
        issued_on_precision="day",
        issued_by=created.issued_by,
        requested_by=None,
        criteria_text="Women and children held without charge",
        rules={"category_include": ["women", "children"]},
    )
    assert updated.version == created.version + 1
    assert updated.criteria.exclude_violent_crime is False
    fields = {f for _a, f, _b, _c in history(seeded_db, "amnesty", created.id)}
    assert {"title", "rules_json", "criteria_text"} <= fields
    with pytest.raises(ConflictError):
        update_amnesty(
            seeded_db,
            amnesty_id=created.id,
            expected_version=created.version,  # stale
            title="Someone else's title",
            issued_on=created.issued_on,
            issued_on_precision="day",
            issued_by=None,
            requested_by=None,
            criteria_text=None,
            rules={},
        )


def test_choices_for_the_rules_editor(seeded_db: Database):
    cats = category_choices(seeded_db)
    european = next(c for c in cats if c.code == "european")
    assert (european.parent_code, european.depth) == ("foreign", 1)
    codes = [c.code for c in cats]
    assert codes.index("european") == codes.index("foreign") + 1
    assert {"SY", "IQ", "FR"} <= set(nationality_choices(seeded_db))
