"""Categories: nesting, renaming, moving, and deletion refused while anything uses one."""

from __future__ import annotations

import pytest

from desktop.domain.errors import RuleError, ValidationError
from desktop.services import categories as svc
from desktop.services.database import Database


def by_code(db: Database) -> dict[str, svc.CategoryRecord]:
    return {c.code: c for c in svc.list_categories(db)}


def test_seeded_categories_nest_and_count_their_people(seeded_db: Database):
    found = by_code(seeded_db)
    assert found["european"].parent_id == found["foreign"].id
    assert found["european"].people == 800
    assert found["foreign"].people == 1200
    assert found["foreign"].children == 1


def test_add_rename_move_and_delete(seeded_db: Database):
    found = by_code(seeded_db)
    added = svc.create_category(seeded_db, name="  Central  Asian ", parent_id=found["foreign"].id)
    assert (added.name, added.code, added.people) == ("Central Asian", "central-asian", 0)
    renamed = svc.rename_category(
        seeded_db,
        category_id=added.id,
        expected_version=added.version,
        name="Central Asians",
        name_ar="آسيا الوسطى",
    )
    assert renamed.name_ar == "آسيا الوسطى"
    moved = svc.move_category(
        seeded_db, category_id=added.id, expected_version=renamed.version, parent_id=None
    )
    assert moved.parent_id is None
    svc.delete_category(seeded_db, category_id=added.id, expected_version=moved.version)
    assert "central-asian" not in by_code(seeded_db)


def test_a_sibling_name_is_taken_and_codes_stay_unique(seeded_db: Database):
    with pytest.raises(ValidationError) as caught:
        svc.create_category(seeded_db, name="women")
    assert caught.value.for_field("name") == ["Another category here already has this name"]
    one = svc.create_category(seeded_db, name="Women", parent_id=by_code(seeded_db)["iraqi"].id)
    assert one.code == "women-2"


def test_a_category_cannot_move_under_its_own_descendant(seeded_db: Database):
    found = by_code(seeded_db)
    foreign = found["foreign"]
    with pytest.raises(ValidationError) as caught:
        svc.move_category(
            seeded_db,
            category_id=foreign.id,
            expected_version=foreign.version,
            parent_id=found["european"].id,
        )
    assert "own subcategories" in caught.value.for_field("parent_id")[0]
    with pytest.raises(ValidationError):
        svc.move_category(
            seeded_db,
            category_id=foreign.id,
            expected_version=foreign.version,
            parent_id=foreign.id,
        )


@pytest.mark.parametrize(
    ("code", "reason"),
    [("syrian", "people"), ("foreign", "subcategories")],
)
def test_delete_is_refused_while_in_use(seeded_db: Database, code: str, reason: str):
    category = by_code(seeded_db)[code]
    with pytest.raises(RuleError, match=reason):
        svc.delete_category(seeded_db, category_id=category.id, expected_version=category.version)
    assert code in by_code(seeded_db)


def test_delete_is_refused_for_headcount_parts_and_reported_totals(seeded_db: Database):
    used = [c for c in svc.list_categories(seeded_db) if c.headcount_parts or c.reported_totals]
    assert used, "the seed has headcounts or totals by category"
    for category in used:
        with pytest.raises(RuleError, match="in use"):
            svc.delete_category(
                seeded_db, category_id=category.id, expected_version=category.version
            )
