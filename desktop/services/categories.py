"""Detainee categories: list them with what uses them, add, rename, move, delete.

A category in use (by people, by a part of a headcount, by a reported total) or with
subcategories is not deleted; a category is not moved under itself or its descendants.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.domain.category_rules import CategoryNode, category_problems, slug
from desktop.domain.errors import RuleError, ValidationError
from desktop.domain.messages import Msg, joined
from desktop.domain.roles import Permission
from desktop.services.common import apply_changes, get_or_fail
from desktop.services.database import Database
from desktop.services.identity import authorize
from desktop.store.models import Category, Detainee, HeadcountCategory, ReportedTotal


@dataclass(frozen=True)
class CategoryRecord:
    """One category and how much uses it."""

    id: int
    parent_id: int | None
    code: str
    name: str
    name_ar: str | None
    name_ku: str | None
    version: int
    people: int
    headcount_parts: int
    reported_totals: int
    children: int

    @property
    def in_use(self) -> bool:
        return bool(self.people or self.headcount_parts or self.reported_totals)


def _usage(
    s: Session, column: InstrumentedAttribute[int | None] | InstrumentedAttribute[int]
) -> dict[int, int]:
    query = select(column, func.count()).group_by(column)
    return {int(k): int(n) for k, n in s.execute(query) if k is not None}


def _records(s: Session) -> list[CategoryRecord]:
    people = _usage(s, Detainee.category_id)
    parts = _usage(s, HeadcountCategory.category_id)
    totals = _usage(s, ReportedTotal.category_id)
    rows = list(s.scalars(select(Category).order_by(func.lower(Category.name), Category.id)))
    children: dict[int, int] = {}
    for c in rows:
        if c.parent_id is not None:
            children[c.parent_id] = children.get(c.parent_id, 0) + 1
    return [
        CategoryRecord(
            id=c.id,
            parent_id=c.parent_id,
            code=c.code,
            name=c.name,
            name_ar=c.name_ar,
            name_ku=c.name_ku,
            version=c.version,
            people=people.get(c.id, 0),
            headcount_parts=parts.get(c.id, 0),
            reported_totals=totals.get(c.id, 0),
            children=children.get(c.id, 0),
        )
        for c in rows
    ]


def list_categories(database: Database) -> list[CategoryRecord]:
    """Every category, by name, with how many people, headcount parts and reported totals
    use it (one grouped count each: an index scan)."""
    with database.read() as s:
        return _records(s)


def _nodes(s: Session) -> list[CategoryNode]:
    return [
        CategoryNode(int(r.id), r.parent_id, r.name, r.code)
        for r in s.execute(select(Category.id, Category.parent_id, Category.name, Category.code))
    ]


def _check(
    s: Session, *, name: str, parent_id: int | None, category_id: int | None, code: str | None
) -> None:
    problems = category_problems(
        name=name, parent_id=parent_id, category_id=category_id, others=_nodes(s), code=code
    )
    if problems:
        raise ValidationError(problems, record=Msg("category {name!r}", name=name.strip()))


def _record(s: Session, category_id: int) -> CategoryRecord:
    return next(r for r in _records(s) if r.id == category_id)


def create_category(
    database: Database,
    *,
    name: str,
    parent_id: int | None = None,
    code: str | None = None,
    name_ar: str | None = None,
    name_ku: str | None = None,
) -> CategoryRecord:
    """A new category (its code made from the name unless given)."""
    name = " ".join(name.split())
    with database.session() as s:
        authorize(s, database, Permission.EDIT_CATEGORY_TREE)
        if code is None:
            taken = {n.code for n in _nodes(s)}
            base = slug(name)
            code, n = base, 1
            while code in taken:
                n += 1
                code = f"{base[:36]}-{n}"
        _check(s, name=name, parent_id=parent_id, category_id=None, code=code)
        category = Category(
            name=name,
            parent_id=parent_id,
            code=code,
            name_ar=(name_ar or "").strip() or None,
            name_ku=(name_ku or "").strip() or None,
        )
        s.add(category)
        s.flush()
        return _record(s, category.id)


def rename_category(
    database: Database,
    *,
    category_id: int,
    expected_version: int,
    name: str,
    name_ar: str | None = None,
    name_ku: str | None = None,
) -> CategoryRecord:
    name = " ".join(name.split())
    with database.session() as s:
        authorize(s, database, Permission.EDIT_CATEGORY_TREE)
        category = get_or_fail(s, Category, category_id, "category")
        _check(s, name=name, parent_id=category.parent_id, category_id=category_id, code=None)
        apply_changes(
            s,
            category,
            expected_version=expected_version,
            changes={
                "name": name,
                "name_ar": (name_ar or "").strip() or None,
                "name_ku": (name_ku or "").strip() or None,
            },
            label=Msg("category {name!r}", name=category.name),
        )
        return _record(s, category_id)


def move_category(
    database: Database, *, category_id: int, expected_version: int, parent_id: int | None
) -> CategoryRecord:
    """Put a category under another (or at the top with None)."""
    with database.session() as s:
        authorize(s, database, Permission.EDIT_CATEGORY_TREE)
        category = get_or_fail(s, Category, category_id, "category")
        _check(s, name=category.name, parent_id=parent_id, category_id=category_id, code=None)
        apply_changes(
            s,
            category,
            expected_version=expected_version,
            changes={"parent_id": parent_id},
            label=Msg("category {name!r}", name=category.name),
        )
        return _record(s, category_id)


def delete_category(database: Database, *, category_id: int, expected_version: int) -> None:
    """Delete an unused category; refused (RuleError, saying what uses it) otherwise."""
    with database.session() as s:
        authorize(s, database, Permission.EDIT_CATEGORY_TREE)
        category = get_or_fail(s, Category, category_id, "category")
        record = _record(s, category_id)
        uses = []
        if record.people:
            uses.append(Msg("{count:,} people", count=record.people))
        if record.headcount_parts:
            uses.append(Msg("{count:,} headcount parts", count=record.headcount_parts))
        if record.reported_totals:
            uses.append(Msg("{count:,} reported totals", count=record.reported_totals))
        if record.children:
            uses.append(Msg("{count:,} subcategories", count=record.children))
        label = Msg("category {name!r}", name=category.name)
        if uses:
            raise RuleError(
                Msg("in use by {names}; not deleted", names=joined(", ", uses)), record=label
            )
        if category.version != expected_version:
            raise RuleError(Msg("changed by someone else since you opened it"), record=label)
        s.delete(category)
