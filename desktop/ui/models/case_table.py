"""The case list's table model: a window onto up to a million rows.

``rowCount`` is the true number of rows of the current query (a COUNT run in the worker).
Rows are fetched in pages of ``page_size`` through ``window.tasks`` and cached; ``data()``
only reads the cache and, for a row not yet fetched, shows a placeholder and asks for its
page. The first page of a new query is read in two parts: the rows a view shows at once
(``first_rows``), shown as soon as they are read, then the rest of the page, before the
count. The whole list in case-number order (the window opening, the search emptied) has its
whole first page read at once instead (``services.first_rows``: one indexed read, no trip
through the worker), so that the view's first paint shows it; ``loaded`` still follows on
the next pass of the event loop. Requests are gathered for a moment and only the pages still
visible are fetched (so dragging the scrollbar across 1M rows fetches where it stops, not
everything it passed). A page next to a cached one is read by keyset (the rows after the
last or before the first cached row); a page far from any (a jump) by its rank, which the
store answers with an OFFSET inside one sort segment (see ``desktop.store.case_pages``). At
most ``max_pages`` pages are kept; those farthest from the last one read are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop.domain.errors import CaseTrackerError
from desktop.services.case_records import CasePage, CaseRow
from desktop.services.cases import PAGE_SIZE, CaseQuery, QueryStopped, count_cases, page_cases
from desktop.services.database import Database
from desktop.services.first_rows import quick_first_page
from desktop.ui import script
from desktop.ui.models.case_text import LOCALE_DIGITS, Column, cell_text, columns
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import Cancelled, TaskContext, TaskRunner

CaseIdRole = Qt.ItemDataRole.UserRole + 1
__all__ = [
    "PLACEHOLDER",
    "CaseIdRole",
    "CaseTableModel",
    "Column",
    "cell_text",
    "columns",
]
PLACEHOLDER = "…"
Index = QModelIndex | QPersistentModelIndex
VisibleRows = Callable[[], tuple[int, int]]


FIRST_ROWS = 64  # rows read first for a new query: more than a view shows at once
COUNT_FALLBACK_MS = 40  # a new query's count starts this late when no view paints its rows

# Roles as plain ints: the roles Qt passes are ints, and int == int is the cheapest test.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CASE_ID = int(CaseIdRole)
_HORIZONTAL = Qt.Orientation.Horizontal
# The roles answered; a view asks for a dozen per cell when it paints.
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _CASE_ID})
# What QStyledItemDelegate asks for to paint a cell, in its order (see ``multiData``).
DELEGATE_ROLES = (
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
)
_DELEGATE_SIZE = len(DELEGATE_ROLES)
_DELEGATE_ALIGNMENT = DELEGATE_ROLES.index(Qt.ItemDataRole.TextAlignmentRole)
_DELEGATE_DISPLAY = DELEGATE_ROLES.index(Qt.ItemDataRole.DisplayRole)
_RIGHT = int(
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)


@dataclass
class _Page:
    page: CasePage
    stale: bool = False
    partial: bool = False  # the first rows of page 0 only; the rest is being read
    texts: dict[int, tuple[str, ...]] = field(default_factory=dict)  # shown text by offset


class CaseTableModel(QAbstractTableModel):
    """Cases of one ``CaseQuery``, fetched by pages in the background."""

    loaded = Signal()  # the first page of the current query is shown
    counted = Signal(int)  # the number of rows of the current query is known
    failed = Signal(str)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = 20,
        gather_ms: int = 15,
        first_rows: int = FIRST_ROWS,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self.page_size = page_size
        self.first_rows = max(1, min(first_rows, page_size))
        self.max_pages = max_pages
        self._columns = columns()
        self._titles = tuple(c.title for c in self._columns)
        self._query = CaseQuery()
        self._generation = 0
        self._total = 0
        self._counted = False
        self._loaded = False
        self._pending = False  # the first page of the query set last has not arrived
        self._pages: dict[int, _Page] = {}
        self._inflight: set[int] = set()
        self._wanted: set[int] = set()
        self._counts: tuple[int, ...] | None = None
        self._contexts: list[TaskContext] = []
        self._visible: VisibleRows | None = None
        self.fetches = 0  # pages read since the model was made (for tests and profiling)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(gather_ms)
        self._timer.timeout.connect(self._dispatch)
        self._keys = tuple(c.key for c in self._columns)
        self._digit_columns = tuple(k in LOCALE_DIGITS for k in self._keys)
        self._arabic_column = self._keys.index("name_arabic")
        # A first page read at once is announced on the next pass of the event loop.
        self._quick: tuple[int, CasePage, int] | None = None
        self._quick_timer = QTimer(self)
        self._quick_timer.setSingleShot(True)
        self._quick_timer.setInterval(0)
        self._quick_timer.timeout.connect(self._deliver_quick)
        # The count of a new query starts once a view has painted its first rows (or after
        # ``COUNT_FALLBACK_MS`` when none asks): counting beside the paint takes the
        # interpreter from it, and the rows are what a person waits for.
        self._count_waits = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._start_waiting_count)

    # -- the query ---------------------------------------------------------------------
    def query(self) -> CaseQuery:
        return self._query

    def column_key(self, column: int) -> str:
        return self._columns[column].key

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def set_visible_rows(self, provider: VisibleRows | None) -> None:
        """Where the view is: only pages inside (first - 1 page, last + 1 page) are read."""
        self._visible = provider

    def set_query(self, query: CaseQuery) -> None:
        """Show ``query``: its first page replaces the rows shown when it arrives."""
        self._begin_generation()
        self._query = query
        self._pending = True
        self._counted = False
        generation = self._generation
        database = self._database
        size = self.first_rows
        # One indexed read of the whole first page, with no trip through the worker (which
        # then has only the count to do, after the view has painted).
        quick = quick_first_page(database, query, self.page_size)
        if quick is not None:
            # Shown at once (the view's first paint has them); said on the next pass of the
            # event loop, as a read in the background would be: ``loaded`` never fires
            # inside set_query.
            self._show_first(quick, self.page_size)
            self._quick = (generation, quick, self.page_size)
            self._quick_timer.start()
            return

        def op(ctx: TaskContext) -> CasePage:
            self._check(generation)
            return page_cases(database, query=query, limit=size, cancelled=ctx.cancelled)

        self._contexts.append(
            self._tasks.run(
                op,
                success=lambda page: self._first_page(generation, page, size),
                failure=self._failure,
            )
        )

    def refresh(self) -> None:
        """Read the rows again (after an edit), keeping the position: the rows shown stay
        until their page has been read again."""
        if not self._loaded or self._pending or self._quick is not None:
            self.set_query(self._query)  # its first rows are not all said to be shown yet
            return
        self._begin_generation()
        for held in self._pages.values():
            held.stale = True
        self._counts = None
        self._count()
        if self._total:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._total - 1, len(self._columns) - 1)
            )

    def is_loaded(self) -> bool:
        """The rows shown are those of ``query()`` (at least its first page)."""
        return self._loaded and not self._pending

    def is_counted(self) -> bool:
        """``rowCount()`` is the true number of rows of ``query()``."""
        return self._counted and not self._pending

    @property
    def total(self) -> int:
        return self._total

    def cached_pages(self) -> int:
        return len(self._pages)

    def case_at(self, row: int) -> CaseRow | None:
        held, offset = self._held(row, want=False)
        if held is None:
            return None
        return held.page.rows[offset] if offset < len(held.page.rows) else None

    def row_of(self, detainee_id: int) -> int | None:
        """The row of a person among the rows read (None when not read)."""
        for number, held in self._pages.items():
            for offset, r in enumerate(held.page.rows):
                if r.id == detainee_id:
                    return number * self.page_size + offset
        return None

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Asked for a handful of roles of each of the first and last hundred rows when a
        # view sizes its row header: every lookup here is a module constant.
        if role != _DISPLAY or section < 0:
            return None
        if orientation == _HORIZONTAL:
            return self._titles[section] if section < len(self._titles) else None
        return str(section + 1) if section < self._total else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        row_number = index.row()
        if row_number >= self._total:
            return None
        column = index.column()
        if role == _ALIGNMENT:
            # Arabic names read from the right, whatever the interface language.
            return _RIGHT if column == self._arabic_column else None
        if role == _CASE_ID:
            row = self._row(row_number)
            return row.id if isinstance(row, CaseRow) else None
        texts = self._shown(row_number)
        if texts is None:
            return PLACEHOLDER if role == _DISPLAY and column == 0 else None
        text = texts[column] if texts else None
        return (text or None) if role == _TOOLTIP else text

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """The roles a view asks for one cell, in one call. ``QStyledItemDelegate`` paints
        a cell from seven, always the same (``DELEGATE_ROLES``: font, alignment, text
        colour, check state, icon, text, background), and seven Python calls per cell were
        most of the cost of painting the list. Of those this model has the text and, in the
        Arabic column, the alignment: the two are written for every cell (the delegate
        keeps its array from cell to cell), the five it never fills are left empty as they
        are (each one reached from Python costs about as much as a call of ``data()``).
        Any other request is answered role by role, as ``data()`` answers it."""
        if isinstance(roleDataSpan, QModelRoleData):
            roleDataSpan = QModelRoleDataSpan(roleDataSpan)
        # A span has len(), [k] and iteration over its QModelRoleData (not in the stubs).
        span: Sequence[QModelRoleData] = roleDataSpan  # type: ignore[assignment]
        if (
            len(span) == _DELEGATE_SIZE
            and (display := span[_DELEGATE_DISPLAY]).role() == _DISPLAY
            and (alignment := span[_DELEGATE_ALIGNMENT]).role() == _ALIGNMENT
            and index.isValid()
        ):
            if self._count_waits:
                self._painting()
            row_number = index.row()
            column = index.column()
            texts = self._shown(row_number) if row_number < self._total else ()
            if texts:
                display.setData(texts[column])
            elif texts is None and column == 0:
                display.setData(PLACEHOLDER)  # its page is being read
            else:
                display.clearData()
            if column == self._arabic_column:
                alignment.setData(_RIGHT)
            else:
                alignment.clearData()
            return
        for wanted in span:
            wanted.setData(self.data(index, wanted.role()))

    def _held(self, row_number: int, *, want: bool = True) -> tuple[_Page | None, int]:
        """The page read that holds row ``row_number`` (None when not read) and the row's
        place in it; ``want``: the page is asked for when it is missing or stale."""
        number = row_number // self.page_size
        held = self._pages.get(number)
        if want and (held is None or held.stale):
            self._want(number)
        return held, row_number - number * self.page_size

    def _row(self, row_number: int) -> CaseRow | bool | None:
        """Row ``row_number`` as read; None while its page is being read (asked for here,
        as is a page read again after an edit); False past the rows its page holds."""
        held, offset = self._held(row_number)
        if held is None:
            return None
        return held.page.rows[offset] if offset < len(held.page.rows) else False

    def _shown(self, row_number: int) -> tuple[str, ...] | None:
        """What each column shows for row ``row_number`` (made once per row read); None
        while its page is being read; () past the rows its page holds."""
        held, offset = self._held(row_number)
        if held is None:
            return None
        texts = held.texts.get(offset)
        if texts is None:
            if offset >= len(held.page.rows):
                return ()
            texts = held.texts[offset] = self._texts(held.page.rows[offset])
        return texts

    def _texts(self, row: CaseRow) -> tuple[str, ...]:
        """What each column shows for ``row``, made once per row read."""
        return tuple(
            script.digits(cell_text(row, key)) if digits else cell_text(row, key)
            for key, digits in zip(self._keys, self._digit_columns, strict=True)
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self._columns[column].key
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(self._query.sorted_by(key, descending))

    # -- fetching ----------------------------------------------------------------------
    def _check(self, generation: int) -> None:
        """In the worker: give up on work for a query no longer shown."""
        if generation != self._generation:
            raise Cancelled()

    def _deliver_quick(self) -> None:
        quick, self._quick = self._quick, None
        if quick is not None and quick[0] == self._generation:
            self._first_shown(quick[1], quick[2])

    def _begin_generation(self) -> None:
        self._generation += 1
        self._quick = None
        self._quick_timer.stop()
        self._count_waits = False
        self._count_timer.stop()
        for ctx in self._contexts:
            ctx.cancel()
        self._contexts = []
        self._inflight.clear()
        self._wanted.clear()

    def _failure(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled | QueryStopped):
            return
        if isinstance(exc, CaseTrackerError):
            self.failed.emit(error_text(exc))
            return
        raise exc

    def _first_page(self, generation: int, page: CasePage, asked: int) -> None:
        if generation != self._generation:
            return
        self._show_first(page, asked)
        self._first_shown(page, asked)

    def _show_first(self, page: CasePage, asked: int) -> None:
        """The rows of ``page`` replace those shown."""
        partial = len(page.rows) == asked < self.page_size
        self.beginResetModel()
        self._pages = {0: _Page(page, partial=partial)}
        self._counts = None
        self._total = len(page.rows)
        self._counted = len(page.rows) < asked
        self.endResetModel()
        self._loaded = True
        self._pending = False

    def _first_shown(self, page: CasePage, asked: int) -> None:
        """Say the first rows are shown, then read the rest of their page and the count."""
        if len(page.rows) == asked < self.page_size:
            self._complete_first(page)  # before what the first rows' arrival asks for
        self.loaded.emit()
        if self._counted:
            self.counted.emit(self._total)
        else:
            self._count_after_paint()

    def _count_after_paint(self) -> None:
        """Count once the rows just shown have been painted: the next pass of the event
        loop after a view's first request for a cell's data (the paint asks, and ends before
        that pass), or after ``COUNT_FALLBACK_MS`` when no view asks (a hidden list)."""
        self._count_waits = True
        self._count_timer.start(COUNT_FALLBACK_MS)

    def _painting(self) -> None:
        """A view asks for data while a count waits: count on the next pass."""
        self._count_waits = False
        self._count_timer.start(0)

    def _start_waiting_count(self) -> None:
        self._count_waits = False
        self._count()

    def _complete_first(self, first: CasePage) -> None:
        """Read the rest of page 0 after its first rows (queued before the count)."""
        generation = self._generation
        database = self._database
        query = self._query
        rest = self.page_size - len(first.rows)

        def op(ctx: TaskContext) -> CasePage:
            self._check(generation)
            return page_cases(
                database, query=query, limit=rest, after=first.last, cancelled=ctx.cancelled
            )

        def arrived(more: CasePage) -> None:
            held = self._pages.get(0)
            if generation != self._generation or held is None or held.page is not first:
                return
            rows = first.rows + more.rows
            self._pages[0] = _Page(CasePage(rows, first.first, more.last or first.last, None))
            if not self._counted and len(rows) > self._total:
                self.beginInsertRows(QModelIndex(), self._total, len(rows) - 1)
                self._total = len(rows)
                self.endInsertRows()
            last = min(self._total, len(rows)) - 1
            if last >= len(first.rows):
                self.dataChanged.emit(
                    self.index(len(first.rows), 0), self.index(last, len(self._columns) - 1)
                )

        self._contexts.append(self._tasks.run(op, success=arrived, failure=self._failure))

    def _count(self) -> None:
        generation = self._generation
        database = self._database
        query = self._query

        def op(ctx: TaskContext) -> int:
            self._check(generation)
            return count_cases(database, query=query, cancelled=ctx.cancelled)

        self._contexts.append(
            self._tasks.run(
                op, success=lambda n: self._set_total(generation, n), failure=self._failure
            )
        )

    def _set_total(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            last = (total - 1) // self.page_size if total else -1
            self._pages = {n: p for n, p in self._pages.items() if n <= last}
            self.endRemoveRows()
        self._counted = True
        self.counted.emit(total)

    def _want(self, number: int) -> None:
        if number in self._inflight:
            return
        self._wanted.add(number)
        if not self._timer.isActive():
            self._timer.start()

    def _visible_pages(self) -> set[int] | None:
        if self._visible is None:
            return None
        first, last = self._visible()
        if first < 0:
            return None
        last = max(first, last)
        size = self.page_size
        return set(range(max(0, first // size - 1), last // size + 2))

    def is_idle(self) -> bool:
        """No page is waiting to be asked for or being read."""
        return not self._timer.isActive() and not self._wanted and not self._inflight

    def _dispatch(self) -> None:
        wanted, self._wanted = self._wanted, set()
        visible = self._visible_pages()
        if visible is not None:
            wanted &= visible
        last_page = (self._total - 1) // self.page_size if self._total else -1
        for number in sorted(wanted):
            if 0 <= number <= last_page and number not in self._inflight:
                self._fetch(number)

    def _fresh(self, number: int) -> _Page | None:
        held = self._pages.get(number)
        return held if held is not None and not held.stale and not held.partial else None

    def _fetch(self, number: int) -> None:
        self._inflight.add(number)
        generation = self._generation
        database = self._database
        query = self._query
        size = self.page_size
        before_page, after_page = self._fresh(number - 1), self._fresh(number + 1)
        after = before_page.page.last if before_page is not None else None
        before = after_page.page.first if after is None and after_page is not None else None
        rank = number * size if after is None and before is None else None
        counts = self._counts

        def op(ctx: TaskContext) -> CasePage:
            self._check(generation)
            return page_cases(
                database,
                query=query,
                limit=size,
                after=after,
                before=before,
                at=rank,
                counts=counts,
                cancelled=ctx.cancelled,
            )

        self._contexts.append(
            self._tasks.run(
                op,
                success=lambda page: self._arrived(generation, number, page),
                failure=self._failure,
            )
        )

    def _arrived(self, generation: int, number: int, page: CasePage) -> None:
        if generation != self._generation:
            return
        self._inflight.discard(number)
        self.fetches += 1
        if page.counts is not None:
            self._counts = page.counts
        self._pages[number] = _Page(page)
        self._evict(number)
        first = number * self.page_size
        last = min(self._total, first + self.page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    def _evict(self, around: int) -> None:
        if len(self._pages) <= self.max_pages:
            return
        visible = self._visible_pages() or set()
        far = sorted(
            (n for n in self._pages if n not in visible and n != around),
            key=lambda n: abs(n - around),
            reverse=True,
        )
        for number in far[: len(self._pages) - self.max_pages]:
            del self._pages[number]
