"""Core reads and writes for export and import: no ORM objects, batches of plain tuples.

Every list is read in the column order of ``desktop.domain.import_rules`` with the values an
import would parse from the same cells (natural keys instead of ids: a facility's name and
its parent's name, a category's code, an amnesty's title, a case number, a source's code;
a fraction as ``(num, den)``; a headcount's categories as sorted ``(code, count)`` pairs), so
that an exported row and the parsed row of its cells compare equal.

Writes go in through Core inserts inside the caller's transaction; failures of the database
itself (locked, full, read-only) are translated into :class:`DatabaseError` messages a
person can act on by :func:`explain_failure`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Connection, Select, func, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import aliased

from desktop.domain.errors import DatabaseError
from desktop.domain.messages import Msg
from desktop.store.damage import DatabaseDamaged, ensure_sound, is_damage
from desktop.store.engine import database_file
from desktop.store.models import (
    Amnesty,
    AmnestyDecision,
    Category,
    ChangeLog,
    Detainee,
    Facility,
    Headcount,
    HeadcountCategory,
    Source,
)

STREAM_BATCH = 5_000
IN_BATCH = 500
Row = tuple[Any, ...]

_parent = aliased(Facility, name="parent_facility")
_parent_category = aliased(Category, name="parent_category")


def _facility_ref() -> tuple[Any, Any]:
    """The facility's name and its parent's name, for a query joined to both."""
    return Facility.name, _parent.name


def export_select(kind: str) -> Select[*tuple[Any, ...]]:
    """The query behind one exported list, in the kind's column order."""
    if kind == "facilities":
        return (
            select(
                Facility.name,
                _parent.name,
                Facility.name_ar,
                Facility.kind,
                Facility.governorate,
                Facility.operator,
                Facility.capacity,
                Facility.status,
                Facility.synthetic,
                Facility.notes,
            )
            .outerjoin(_parent, _parent.id == Facility.parent_id)
            .order_by(Facility.parent_id.is_not(None), Facility.id)
        )
    if kind == "cases":
        return (
            select(
                Detainee.case_no,
                Detainee.name_latin,
                Detainee.name_arabic,
                Detainee.sex,
                Detainee.birth_year,
                Detainee.nationality,
                Category.code,
                *_facility_ref(),
                Detainee.held_since,
                Detainee.charge_summary,
                Detainee.violent_crime,
                Detainee.sentence_months,
                Detainee.sentence_start,
                Detainee.sentence_end,
                Detainee.status,
                Detainee.synthetic,
                Detainee.notes,
            )
            .outerjoin(Category, Category.id == Detainee.category_id)
            .outerjoin(Facility, Facility.id == Detainee.facility_id)
            .outerjoin(_parent, _parent.id == Facility.parent_id)
            .order_by(Detainee.id)
        )
    if kind == "decisions":
        d = AmnestyDecision
        return (
            select(
                Amnesty.title,
                Detainee.case_no,
                d.outcome,
                d.fraction_num,
                d.fraction_den,
                d.decision_date,
                d.decided_by,
                d.guarantor,
                d.conditions,
                d.notes,
                d.override_reason,
                d.status_before,
                d.sentence_end_before,
                d.sentence_end_after,
                d.revoked_at,
                # an imported revocation: who revoked it as the list it came from says
                func.coalesce(d.imported_revoked_by, d.revoked_by),
                d.revoked_reason,
                d.synthetic,
            )
            .join(Amnesty, Amnesty.id == d.amnesty_id)
            .join(Detainee, Detainee.id == d.detainee_id)
            .order_by(d.id)
        )
    if kind == "headcounts":
        return (
            select(
                Headcount.id,
                *_facility_ref(),
                Headcount.as_of,
                Headcount.as_of_precision,
                Headcount.total,
                Headcount.precision,
                Source.code,
                Source.title,
                Headcount.note,
            )
            .join(Facility, Facility.id == Headcount.facility_id)
            .outerjoin(_parent, _parent.id == Facility.parent_id)
            .join(Source, Source.id == Headcount.source_id)
            .order_by(Headcount.id)
        )
    if kind == "categories":
        return (
            select(
                Category.code,
                _parent_category.code,
                Category.name,
                Category.name_ar,
                Category.name_ku,
            )
            .outerjoin(_parent_category, _parent_category.id == Category.parent_id)
            .order_by(Category.parent_id.is_not(None), Category.id)
        )
    if kind == "amnesties":
        return (
            select(
                Amnesty.title,
                Amnesty.issued_by,
                Amnesty.requested_by,
                Amnesty.issued_on,
                Amnesty.issued_on_precision,
                Amnesty.criteria_text,
                Amnesty.rules_json,
                Source.code,
            )
            .outerjoin(Source, Source.id == Amnesty.source_id)
            .order_by(Amnesty.id)
        )
    raise ValueError(Msg("no list named {kind!r}", kind=kind))


def count_rows(conn: Connection, kind: str) -> int:
    table = {
        "facilities": Facility,
        "cases": Detainee,
        "decisions": AmnestyDecision,
        "headcounts": Headcount,
        "categories": Category,
        "amnesties": Amnesty,
    }[kind]
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _headcount_categories(conn: Connection, ids: Sequence[int]) -> dict[int, list[tuple[str, int]]]:
    found: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for start in range(0, len(ids), IN_BATCH):
        chunk = ids[start : start + IN_BATCH]
        rows = conn.execute(
            select(HeadcountCategory.headcount_id, Category.code, HeadcountCategory.count)
            .join(Category, Category.id == HeadcountCategory.category_id)
            .where(HeadcountCategory.headcount_id.in_(chunk))
            .order_by(Category.code)
        )
        for hid, code, count in rows:
            found[hid].append((code, count))
    return found


def _shape(kind: str, rows: Sequence[Row], conn: Connection) -> list[Row]:
    """Rows as the import parses them: fractions paired, categories attached."""
    if kind == "decisions":
        return [
            (*r[:3], (r[3], r[4]) if r[3] is not None and r[4] is not None else None, *r[5:])
            for r in rows
        ]
    if kind == "headcounts":
        parts = _headcount_categories(conn, [r[0] for r in rows])
        return [(*r[1:9], tuple(parts.get(r[0], ())), r[9]) for r in rows]
    return [tuple(r) for r in rows]


def stream_rows(
    conn: Connection,
    kind: str,
    stmt: Select[*tuple[Any, ...]] | None = None,
    batch: int | None = None,
) -> Iterator[list[Row]]:
    """The rows of one list in batches, streamed from the database (constant memory)."""
    query = export_select(kind) if stmt is None else stmt
    batch = batch or STREAM_BATCH
    # Per statement: ``conn.execution_options()`` would change the connection itself, and
    # every later statement on it (the import's INSERTs) would ask PostgreSQL for a
    # server-side cursor, which it refuses for INSERT.
    result = conn.execute(query, execution_options={"yield_per": batch})
    for chunk in result.partitions(batch):
        yield _shape(kind, chunk, conn)


# --- lookups for import -------------------------------------------------------------------


def facility_index(conn: Connection) -> list[tuple[int, str, str | None]]:
    """Every facility as ``(id, name, parent name)``."""
    rows = conn.execute(
        select(Facility.id, Facility.name, _parent.name).outerjoin(
            _parent, _parent.id == Facility.parent_id
        )
    )
    return [(r[0], r[1], r[2]) for r in rows]


def codes(conn: Connection, kind: str) -> dict[str, int]:
    """Ids by natural key: ``categories`` by code, ``amnesties`` by title, ``sources`` by
    code."""
    column = {
        "categories": (Category.code, Category.id),
        "amnesties": (Amnesty.title, Amnesty.id),
        "sources": (Source.code, Source.id),
    }[kind]
    return {key: rid for key, rid in conn.execute(select(*column))}


def case_ids(conn: Connection, case_nos: Iterable[str]) -> dict[str, int]:
    """The ids of the cases among ``case_nos`` that exist."""
    wanted = list(dict.fromkeys(case_nos))
    found: dict[str, int] = {}
    if conn.dialect.name == "sqlite" and wanted:
        # One lookup of a whole batch in the case number index (an import's batch is 20,000
        # numbers: 40 statements of IN_BATCH parameters cost more than the lookups).
        rows = conn.exec_driver_sql(
            "SELECT case_no, id FROM detainee WHERE case_no IN (SELECT value FROM json_each(?))",
            (json.dumps(wanted, ensure_ascii=False),),
        )
        return {case_no: rid for case_no, rid in rows}
    for start in range(0, len(wanted), IN_BATCH):
        chunk = wanted[start : start + IN_BATCH]
        rows = conn.execute(
            select(Detainee.case_no, Detainee.id).where(Detainee.case_no.in_(chunk))
        )
        found.update((case_no, rid) for case_no, rid in rows)
    return found


def rows_where(conn: Connection, kind: str, column: Any, keys: Iterable[Any]) -> list[Row]:
    """The exported rows of ``kind`` whose ``column`` is one of ``keys``."""
    wanted = list(dict.fromkeys(keys))
    found: list[Row] = []
    for start in range(0, len(wanted), IN_BATCH):
        chunk = wanted[start : start + IN_BATCH]
        stmt = export_select(kind).where(column.in_(chunk))
        for batch in stream_rows(conn, kind, stmt):
            found.extend(batch)
    return found


def final_decisions(conn: Connection, detainee_ids: Iterable[int]) -> set[tuple[int, int]]:
    """``(detainee id, amnesty id)`` of the final decisions in force for these people."""
    wanted = list(dict.fromkeys(detainee_ids))
    found: set[tuple[int, int]] = set()
    d = AmnestyDecision
    for start in range(0, len(wanted), IN_BATCH):
        chunk = wanted[start : start + IN_BATCH]
        rows = conn.execute(
            select(d.detainee_id, d.amnesty_id).where(
                d.detainee_id.in_(chunk),
                d.outcome != "pending",
                d.revoked_at.is_(None),
                d.state != "rejected",
            )
        )
        found.update((a, b) for a, b in rows)
    return found


# --- writes -------------------------------------------------------------------------------


def take_write_lock(conn: Connection) -> None:
    """Start the write transaction now (on SQLite: wait for another writer up to the busy
    timeout, then fail), so that what is checked next is what will be written over."""
    if conn.dialect.name == "sqlite":
        path = database_file(conn.engine.url)
        if path is not None:  # nothing is written to a damaged file
            ensure_sound(conn.connection.driver_connection, path)
        conn.exec_driver_sql("UPDATE db_setting SET key = key WHERE 0")


# The page cache of a connection writing a bulk import on SQLite (KiB; SQLite's default is
# 2 MiB): the pages of the twelve indexes of a large detainee table that the new rows touch
# stay in memory instead of being read and spilled again and again.
IMPORT_CACHE_KIB = 65_536


@contextmanager
def larger_page_cache(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache while a bulk import writes (see
    :data:`IMPORT_CACHE_KIB`), set back afterwards: the connection returns to the pool."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = -{int(IMPORT_CACHE_KIB)}")
    try:
        yield
    finally:
        with suppress(DBAPIError):  # a failed connection is discarded by the pool anyway
            conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


def insert_returning_id(conn: Connection, model: Any, values: dict[str, Any]) -> int:
    return int(conn.execute(insert(model).values(**values).returning(model.id)).scalar_one())


def insert_many(conn: Connection, model: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(model), rows)


def log_import(conn: Connection, *, who: str, kind: str, summary: str) -> None:
    """The one history row of an import: who, when (the row's time), which list, counts."""
    conn.execute(
        insert(ChangeLog).values(
            who=who,
            table_name="import",
            record_id=0,
            action="insert",
            field=kind,
            before=None,
            after=summary,
        )
    )


def explain_failure(exc: DBAPIError, action: str) -> DatabaseError:
    """A message a person can act on for a failure of the database itself. The driver's
    message names the condition, never the statement's values."""
    text = str(exc.orig) if exc.orig is not None else type(exc).__name__
    lowered = text.lower()
    if is_damage(text):
        return DatabaseDamaged(None, text)
    why: Msg
    if "locked" in lowered or "busy" in lowered:
        why = Msg(
            "the database is locked by another program (another Case Tracker or a tool "
            "holding a write); try again when it has finished"
        )
    elif "full" in lowered:
        why = Msg("database or disk is full; free some space and try again")
    elif "readonly" in lowered or "read-only" in lowered:
        why = Msg("the database or its folder is read-only; it cannot be changed here")
    elif "disk i/o" in lowered:
        why = Msg("the disk reported an input/output error")
    else:
        why = Msg("the database refused it ({text})", text=text)
    return DatabaseError(
        Msg("{action} failed: {why}. Nothing was written.", action=action, why=why)
    )
