"""Headcounts: how many people a facility held on a date, in total and per category, as
reported by a source. A new source can be created in the same transaction as the headcount
that cites it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.facility_rules import (
    HeadcountFields,
    NewSource,
    check_headcount,
    clean,
    normalise_as_of,
)
from desktop.domain.messages import Msg
from desktop.domain.names import localized
from desktop.domain.roles import Permission
from desktop.services.database import Database
from desktop.services.identity import authorize

if TYPE_CHECKING:  # imported without SQLAlchemy: what runs SQL imports it when it runs
    from sqlalchemy.orm import Session

    from desktop.store.models import Headcount, Source


@dataclass(frozen=True)
class HeadcountPart:
    category_id: int
    category: str
    count: int


@dataclass(frozen=True)
class HeadcountRecord:
    id: int
    facility_id: int
    as_of: date
    as_of_precision: str
    total: int
    precision: str
    source_id: int
    source_title: str
    source_publisher: str | None
    note: str | None
    version: int
    parts: tuple[HeadcountPart, ...] = ()

    @property
    def source(self) -> str:
        """The source as a reader would cite it: title, and publisher when known."""
        if self.source_publisher:
            return f"{self.source_title} ({self.source_publisher})"
        return self.source_title

    def fields(self) -> HeadcountFields:
        return HeadcountFields(
            as_of=self.as_of,
            total=self.total,
            precision=self.precision,
            as_of_precision=self.as_of_precision,
            source_id=self.source_id,
            note=self.note,
            parts=tuple((p.category_id, p.count) for p in self.parts),
        )


@dataclass(frozen=True)
class SourceRecord:
    id: int
    code: str
    title: str
    publisher: str | None


@dataclass(frozen=True)
class CategoryRecord:
    id: int
    parent_id: int | None
    code: str
    name: str
    name_ar: str | None
    name_ku: str | None = None


def list_sources(database: Database) -> list[SourceRecord]:
    from sqlalchemy import func, select

    from desktop.store.models import Source

    with database.read() as s:
        return [
            SourceRecord(id=r.id, code=r.code, title=r.title, publisher=r.publisher)
            for r in s.scalars(select(Source).order_by(func.lower(Source.title), Source.id))
        ]


def list_categories(database: Database) -> list[CategoryRecord]:
    """Detainee categories, parents before the categories nested in them."""
    from sqlalchemy import select

    from desktop.store.models import Category

    with database.read() as s:
        rows = [
            CategoryRecord(
                id=c.id,
                parent_id=c.parent_id,
                code=c.code,
                name=c.name,
                name_ar=c.name_ar,
                name_ku=c.name_ku,
            )
            for c in s.scalars(select(Category).order_by(Category.id))
        ]
    ordered: list[CategoryRecord] = []

    def add(parent: int | None) -> None:
        for c in rows:
            if c.parent_id == parent:
                ordered.append(c)
                add(c.id)

    add(None)
    return ordered


def headcount_records(s: Session, facility_id: int, *, lang: str = "en") -> list[HeadcountRecord]:
    """A facility's headcounts, newest first (the order that makes the first the latest),
    their categories named in ``lang`` (``desktop.domain.names``)."""
    from sqlalchemy import select

    from desktop.store.models import Category, Headcount, HeadcountCategory, Source

    heads = list(
        s.execute(
            select(Headcount, Source.title, Source.publisher)
            .join(Source, Source.id == Headcount.source_id)
            .where(Headcount.facility_id == facility_id)
            .order_by(Headcount.as_of.desc(), Headcount.id.desc())
        )
    )
    parts: dict[int, list[HeadcountPart]] = {}
    if heads:
        query = (
            select(
                HeadcountCategory.headcount_id,
                Category.id,
                Category.name,
                Category.name_ar,
                Category.name_ku,
                HeadcountCategory.count,
            )
            .join(Category, Category.id == HeadcountCategory.category_id)
            .where(HeadcountCategory.headcount_id.in_([h.id for h, _t, _p in heads]))
            .order_by(Category.id)
        )
        for hid, cid, name, name_ar, name_ku, count in s.execute(query):
            shown = localized(name, name_ar, name_ku, lang)
            parts.setdefault(hid, []).append(HeadcountPart(cid, shown, count))
    return [
        HeadcountRecord(
            id=h.id,
            facility_id=h.facility_id,
            as_of=h.as_of,
            as_of_precision=h.as_of_precision,
            total=h.total,
            precision=h.precision,
            source_id=h.source_id,
            source_title=title,
            source_publisher=publisher,
            note=h.note,
            version=h.version,
            parts=tuple(parts.get(h.id, ())),
        )
        for h, title, publisher in heads
    ]


def list_headcounts(database: Database, *, facility_id: int) -> list[HeadcountRecord]:
    from desktop.services.common import get_or_fail
    from desktop.store.models import Facility

    with database.read() as s:
        get_or_fail(s, Facility, facility_id, "facility")
        return headcount_records(s, facility_id)


def _source_code(s: Session, title: str) -> str:
    from sqlalchemy import select

    from desktop.store.models import Source

    base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:30] or "source"
    taken = set(s.scalars(select(Source.code).where(Source.code.like(f"{base}%"))))
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}-{n}"
    return code


def _create_source(s: Session, new: NewSource) -> Source:
    from desktop.store.models import Source

    title = clean(new.title) or ""
    source = Source(code=_source_code(s, title), title=title, publisher=clean(new.publisher))
    s.add(source)
    s.flush()
    return source


def _check_references(s: Session, values: HeadcountFields, new_source: NewSource | None) -> None:
    from sqlalchemy import select

    from desktop.store.models import Category, Source

    problems: list[FieldProblem] = []
    if (
        new_source is None
        and values.source_id is not None
        and s.get(Source, values.source_id) is None
    ):
        problems.append(FieldProblem("source", Msg("No such source"), values.source_id))
    wanted = {cid for cid, _n in values.parts}
    if wanted:
        found = set(s.scalars(select(Category.id).where(Category.id.in_(wanted))))
        for row, (cid, count) in enumerate(values.parts):
            if cid not in found:
                problems.append(
                    FieldProblem(f"category_{cid}", Msg("No such category"), count, row)
                )
    if problems:
        raise ValidationError(problems, record=Msg("headcount"))


def _write_parts(s: Session, headcount: Headcount, parts: tuple[tuple[int, int], ...]) -> bool:
    """Make the headcount's category counts ``parts``; True when anything changed."""
    from sqlalchemy import select

    from desktop.store.models import HeadcountCategory

    wanted = dict(parts)
    existing = {
        p.category_id: p
        for p in s.scalars(
            select(HeadcountCategory).where(HeadcountCategory.headcount_id == headcount.id)
        )
    }
    changed = False
    for cid, part in existing.items():
        if cid not in wanted:
            s.delete(part)
            changed = True
        elif part.count != wanted[cid]:
            part.count = wanted[cid]
            changed = True
    for cid, count in wanted.items():
        if cid not in existing:
            s.add(HeadcountCategory(headcount_id=headcount.id, category_id=cid, count=count))
            changed = True
    return changed


def _check_one_per_source_and_day(
    s: Session, facility_id: int, fields: dict[str, Any], headcount_id: int | None
) -> None:
    """A facility has one headcount from a source on a day, as import holds it: a second
    one beside it would give the source two figures for the day, and occupancy whichever
    was written last. A correction changes that headcount instead. (A headcount being
    changed may keep a key it already shared with another, made before this rule.)"""
    from sqlalchemy import select

    from desktop.store.models import Headcount

    if fields["as_of"] is None or fields["source_id"] is None:
        return
    if headcount_id is not None:
        current = s.get(Headcount, headcount_id)
        if current is not None and (current.as_of, current.source_id) == (
            fields["as_of"],
            fields["source_id"],
        ):
            return
    taken = s.scalar(
        select(Headcount.id)
        .where(
            Headcount.facility_id == facility_id,
            Headcount.as_of == fields["as_of"],
            Headcount.source_id == fields["source_id"],
        )
        .limit(1)
    )
    if taken is not None:
        raise ValidationError(
            [
                FieldProblem(
                    "as_of",
                    Msg(
                        "This facility already has a headcount from this source on this "
                        "date: change that one instead"
                    ),
                    fields["as_of"].isoformat(),
                )
            ],
            record=Msg("headcount of {date}", date=fields["as_of"]),
        )


def save_headcount(
    database: Database,
    *,
    facility_id: int,
    values: HeadcountFields,
    new_source: NewSource | None = None,
    headcount_id: int | None = None,
    expected_version: int | None = None,
) -> HeadcountRecord:
    """Add a headcount to a facility, or change one nobody has saved since
    ``expected_version``; with ``new_source`` the source is created in the same
    transaction."""
    from sqlalchemy.orm.attributes import flag_modified

    from desktop.services.common import apply_changes, check_version, get_or_fail
    from desktop.store.models import Facility, Headcount

    check_headcount(values, new_source=new_source)
    with database.session() as s:
        authorize(s, database, Permission.EDIT_RECORDS)
        get_or_fail(s, Facility, facility_id, "facility")
        _check_references(s, values, new_source)
        source_id = _create_source(s, new_source).id if new_source else values.source_id
        fields = {
            "as_of": normalise_as_of(values.as_of, values.as_of_precision)
            if values.as_of
            else None,
            "as_of_precision": values.as_of_precision,
            "total": values.total,
            "precision": values.precision,
            "source_id": source_id,
            "note": clean(values.note),
        }
        _check_one_per_source_and_day(s, facility_id, fields, headcount_id)
        if headcount_id is None:
            headcount = Headcount(facility_id=facility_id, **fields)
            s.add(headcount)
            s.flush()
            _write_parts(s, headcount, values.parts)
        else:
            headcount = get_or_fail(s, Headcount, headcount_id, "headcount")
            if headcount.facility_id != facility_id or expected_version is None:
                raise ValueError("a headcount is changed through its own facility and version")
            changes = {k: v for k, v in fields.items() if getattr(headcount, k) != v}
            label = Msg("headcount of {date}", date=headcount.as_of)
            check_version(headcount, expected_version=expected_version, label=label, yours=changes)
            parts_changed = _write_parts(s, headcount, values.parts)
            if parts_changed and not changes:
                flag_modified(headcount, "note")  # the version still moves on
            apply_changes(
                s, headcount, expected_version=expected_version, changes=changes, label=label
            )
        s.flush()
        return next(r for r in headcount_records(s, facility_id) if r.id == headcount.id)


def delete_headcount_rows(s: Session, headcount: Headcount) -> None:
    """Delete a headcount and its category counts through the session (so both are logged)."""
    from sqlalchemy import select

    from desktop.store.models import HeadcountCategory

    for part in s.scalars(
        select(HeadcountCategory).where(HeadcountCategory.headcount_id == headcount.id)
    ):
        s.delete(part)
    s.flush()
    s.delete(headcount)


def delete_headcount(database: Database, *, headcount_id: int, expected_version: int) -> None:
    from desktop.services.common import check_version, get_or_fail
    from desktop.store.models import Headcount

    with database.session() as s:
        authorize(s, database, Permission.EDIT_RECORDS)
        headcount = get_or_fail(s, Headcount, headcount_id, "headcount")
        check_version(
            headcount,
            expected_version=expected_version,
            label=Msg("headcount of {date}", date=headcount.as_of),
        )
        delete_headcount_rows(s, headcount)
