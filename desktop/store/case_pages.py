"""Pages of the case list by keyset, and the count, for a planned ``CaseQuery``.

The sort order is a sequence of *segments*: for a column that may be unknown, the rows with
a value (ordered by value, then id) and then the rows without (ordered by id); for the
category and facility columns, one segment per category or facility in the order of their
names in the query's language. A ``Cursor`` (segment, value, id) marks a row; the next page
is the rows after it (``(value, id) > (:value, :id)`` on the index), the previous page the
rows before it.

A jump far from any page already read (dragging the scrollbar to the middle of a million
rows) counts the rows of each segment once and reads at an OFFSET inside one segment: an
index walk of that many entries, which SQLite does without reading the table (about 10 ms
for half a million). Filtered queries whose walk would be long are answered from their
driving index and a sort instead (see ``case_queries``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, select, tuple_
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLColumnExpression

from desktop.domain import names
from desktop.store.case_list import Cursor as Cursor
from desktop.store.case_list import QueryStopped as QueryStopped
from desktop.store.case_queries import (
    GROUP_SORTS,
    NULLABLE,
    PLAIN_SORTS,
    ROW_COLUMNS,
    Plan,
    _noindex,
    names_by_id,
)
from desktop.store.models import Detainee

JUMP_WALK_LIMIT = 4_000  # a filtered OFFSET deeper than this is answered by sorting
WALK_BUDGET_MS = 60.0  # a conditional walk slower than this is redone by sorting


@dataclass(frozen=True)
class Segment:
    where: ColumnElement[bool] | None
    key: SQLColumnExpression[Any] | None
    key_name: str | None

    def order(self, descending: bool) -> list[Any]:
        cols: list[SQLColumnExpression[Any]] = [] if self.key is None else [self.key]
        cols.append(Detainee.id)
        return [c.desc() if descending else c.asc() for c in cols]

    def beyond(self, cursor: Cursor, descending: bool) -> ColumnElement[bool]:
        """The rows after ``cursor`` in this segment's order (before it when descending)."""
        if self.key is None:
            return Detainee.id < cursor.id if descending else Detainee.id > cursor.id
        mine = tuple_(self.key, Detainee.id)
        theirs = tuple_(cursor.value, cursor.id)
        return mine < theirs if descending else mine > theirs

    def cursor(self, index: int, row: Row[*tuple[Any, ...]]) -> Cursor:
        value = row._mapping[self.key_name] if self.key_name else None
        return Cursor(index, value, int(row.id))


@dataclass(frozen=True)
class PageRows:
    rows: list[Row[*tuple[Any, ...]]]
    first: Cursor | None
    last: Cursor | None
    counts: tuple[int, ...] | None = None  # rows per segment, when they were counted


def group_order(session: Session, plan: Plan) -> list[int | None]:
    """The categories or facilities in the order of their names in the query's language
    (a few dozen rows, ordered here: the case rows are walked group by group)."""
    sort, lang = plan.query.sort, plan.query.lang
    categories, facilities = names_by_id(session, lang)
    shown = facilities if sort == "facility" else categories
    order = sorted(shown, key=lambda i: (names.sort_key(shown[i]), i))
    ids: list[int | None] = list(order)
    allowed = plan.facility_set if plan.query.sort == "facility" else plan.category_set
    if allowed is not None:
        ids = [i for i in ids if i in allowed]
    if plan.query.descending:
        ids.reverse()
    if allowed is None:
        ids.append(None)  # unknown last
    return ids


def segments(session: Session, plan: Plan) -> list[Segment]:
    sort = plan.query.sort
    noindex = not plan.walk
    if sort in GROUP_SORTS:
        column = GROUP_SORTS[sort][0]
        col = _noindex(column, plan.sqlite) if noindex else column
        return [
            Segment(col.is_(None) if g is None else col == g, None, None)
            for g in group_order(session, plan)
        ]
    column = PLAIN_SORTS[sort]
    key = _noindex(column, plan.sqlite) if noindex else column
    if sort not in NULLABLE:
        return [Segment(None, key, sort)]
    return [Segment(key.is_not(None), key, sort), Segment(key.is_(None), None, None)]


def _select(
    plan: Plan, seg: Segment, conditions: list[ColumnElement[bool]]
) -> Select[*tuple[Any, ...]]:
    stmt: Select[*tuple[Any, ...]] = select(*ROW_COLUMNS).where(*conditions)
    if seg.where is not None:
        stmt = stmt.where(seg.where)
    return stmt


def page_after(
    session: Session,
    plan: Plan,
    cursor: Cursor | None,
    limit: int,
    *,
    from_segment: int = 0,
) -> PageRows:
    """Up to ``limit`` rows after ``cursor`` (else from the start of ``from_segment``)."""
    segs = segments(session, plan)
    conditions = plan.conditions()
    desc = plan.query.descending
    found: list[tuple[int, Row[*tuple[Any, ...]]]] = []
    start = cursor.segment if cursor is not None else from_segment
    for index in range(start, len(segs)):
        seg = segs[index]
        stmt = _select(plan, seg, conditions)
        if cursor is not None and index == cursor.segment:
            stmt = stmt.where(seg.beyond(cursor, desc))
        stmt = stmt.order_by(*seg.order(desc)).limit(limit - len(found))
        found.extend((index, r) for r in session.execute(stmt))
        if len(found) >= limit:
            break
    return _page(segs, found)


def page_before(session: Session, plan: Plan, cursor: Cursor, limit: int) -> PageRows:
    """Up to ``limit`` rows just before ``cursor``, in list order."""
    segs = segments(session, plan)
    conditions = plan.conditions()
    desc = not plan.query.descending
    found: list[tuple[int, Row[*tuple[Any, ...]]]] = []
    for index in range(cursor.segment, -1, -1):
        seg = segs[index]
        stmt = _select(plan, seg, conditions)
        if index == cursor.segment:
            stmt = stmt.where(seg.beyond(cursor, desc))
        stmt = stmt.order_by(*seg.order(desc)).limit(limit - len(found))
        found.extend((index, r) for r in session.execute(stmt))
        if len(found) >= limit:
            break
    found.reverse()
    return _page(segs, found)


def _page(segs: list[Segment], found: list[tuple[int, Row[*tuple[Any, ...]]]]) -> PageRows:
    if not found:
        return PageRows([], None, None)
    first = segs[found[0][0]].cursor(*found[0])
    last = segs[found[-1][0]].cursor(*found[-1])
    return PageRows([r for _i, r in found], first, last)


def count(session: Session, plan: Plan) -> int:
    """How many people the query selects (counted through its driving index). When the
    case numbers alone select every case (``s`` or ``syn-`` at a million synthetic cases),
    that is the answer without counting the names."""
    statements = plan.count_statements()
    total = int(session.scalar(statements[0]) or 0)
    if len(statements) > 1 and total and total == _all(session):
        return total
    for statement in statements[1:]:
        total += int(session.scalar(statement) or 0)
    return total


def _all(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Detainee)) or 0)


def segment_counts(session: Session, plan: Plan) -> tuple[int, ...]:
    """The rows of each sort segment: the conditions as the rarest drives them, each
    segment's own bound on its index (``name_arabic IS NULL`` is an index range)."""
    conditions = plan.driving().conditions()
    result = []
    for seg in segments(session, replace(plan, forced=False)):
        stmt = select(func.count()).select_from(Detainee).where(*conditions)
        if seg.where is not None:
            stmt = stmt.where(seg.where)
        result.append(int(session.scalar(stmt) or 0))
    return tuple(result)


def page_at(
    session: Session,
    plan: Plan,
    rank: int,
    limit: int,
    counts: tuple[int, ...] | None = None,
) -> PageRows:
    """Up to ``limit`` rows from position ``rank`` (0-based) of the whole list."""
    counts = counts if counts is not None else segment_counts(session, plan)
    before = 0
    index = 0
    for index, n in enumerate(counts):  # noqa: B007 - index is used after the loop
        if rank < before + n:
            break
        before += n
    else:
        return PageRows([], None, None, counts)
    offset = rank - before
    size = counts[index]
    # Past the middle of a segment, count from its end: the walk is never longer than half.
    backwards = offset > size // 2
    taken = min(limit, size - offset)
    skip = size - offset - taken if backwards else offset
    deep = skip > JUMP_WALK_LIMIT and plan.driver.kind != "none"
    reading = plan.driving() if deep and plan.walk else plan
    segs = segments(session, reading)
    seg = segs[index]
    stmt = (
        _select(reading, seg, reading.conditions())
        .order_by(*seg.order(plan.query.descending != backwards))
        .limit(taken)
        .offset(skip)
    )
    found = [(index, r) for r in session.execute(stmt)]
    if backwards:
        found.reverse()
    page = _page(segs, found)
    if len(found) < limit and page.last is not None and index + 1 < len(counts):
        rest = page_after(session, plan, None, limit - len(found), from_segment=index + 1)
        rows = page.rows + rest.rows
        return PageRows(rows, page.first, rest.last or page.last, counts)
    return replace(page, counts=counts)


@contextmanager
def guard(
    session: Session,
    *,
    cancelled: Callable[[], bool] | None = None,
    budget_ms: float | None = None,
) -> Iterator[None]:
    """Stop the SQLite statements run inside when ``cancelled()`` turns true or after
    ``budget_ms``, raising QueryStopped. Other databases run unguarded."""
    if session.get_bind().dialect.name != "sqlite" or (cancelled is None and budget_ms is None):
        yield
        return
    raw: Any = session.connection().connection.driver_connection
    started = time.perf_counter()
    why: list[bool] = []

    def check() -> int:
        if cancelled is not None and cancelled():
            why.append(True)
            return 1
        if budget_ms is not None and (time.perf_counter() - started) * 1000 > budget_ms:
            why.append(False)
            return 1
        return 0

    raw.set_progress_handler(check, 2_000)
    try:
        yield
    except OperationalError:
        if why:
            raise QueryStopped(why[0]) from None
        raise
    finally:
        raw.set_progress_handler(None, 0)


def read(
    session: Session,
    plan: Plan,
    reader: Callable[[Plan], PageRows],
    *,
    cancelled: Callable[[], bool] | None = None,
) -> PageRows:
    """Run ``reader`` on ``plan``. A walk that checks conditions gets ``WALK_BUDGET_MS``:
    when its rows are rarer along the sort order than the counts foretold (two common
    words seldom found together), the page is read again driven by the rarest condition."""
    if plan.walk and plan.conditional:
        # Several conditions may seldom meet (two common words rarely together), but a
        # driven read of common words costs several times the budget (a million cases:
        # 0.1-0.3 s to intersect their token ranges), and the list's first read asks for
        # a view's rows only (``FIRST_ROWS`` of the table model): every walk gets it whole.
        try:
            with guard(session, cancelled=cancelled, budget_ms=WALK_BUDGET_MS):
                return reader(plan)
        except QueryStopped as stop:
            if stop.cancelled:
                raise
        plan = plan.driving()
    with guard(session, cancelled=cancelled):
        return reader(plan)
