"""What the case list asks for and where a row stands in it, without SQLAlchemy.

``CaseQuery``, the sort keys, ``Cursor`` and ``QueryStopped`` are plain values that the
window holds before the database engine exists (its first rows are read with ``sqlite3``,
see ``desktop.store.first_rows``); ``desktop.store.case_queries`` turns a query into SQL and
``desktop.store.case_pages`` reads its pages.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

# The list's sort keys: one per column of ``detainee`` (``case_queries.PLAIN_SORTS``), then
# the two sorted by a category's or facility's name (``case_queries.GROUP_SORTS``).
PLAIN_SORT_KEYS = (
    "case_no",
    "name_latin",
    "name_arabic",
    "sex",
    "birth_year",
    "nationality",
    "status",
    "held_since",
)
GROUP_SORT_KEYS = ("category", "facility")
SORT_KEYS = (*PLAIN_SORT_KEYS, *GROUP_SORT_KEYS)


@dataclass(frozen=True)
class CaseQuery:
    """What the list shows: search text, filters (a category or facility includes those
    nested under it), the sort column (one of ``SORT_KEYS``) and the language the rows name
    categories and facilities in, the window's (``desktop.domain.names``): sorting by
    category or facility follows those names."""

    search: str = ""
    facility_ids: tuple[int, ...] = ()
    category_ids: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    sort: str = "case_no"
    descending: bool = False
    lang: str = "en"

    def __post_init__(self) -> None:
        if self.sort not in SORT_KEYS:
            raise ValueError(f"cannot sort cases by {self.sort!r}")

    def sorted_by(self, sort: str, descending: bool = False) -> CaseQuery:
        return replace(self, sort=sort, descending=descending)


@dataclass(frozen=True)
class Cursor:
    """Where one row stands in the sort order."""

    segment: int
    value: Any
    id: int


class QueryStopped(Exception):
    """A query was stopped before it finished: cancelled, or (internally) over budget."""

    def __init__(self, cancelled: bool) -> None:
        super().__init__("cancelled" if cancelled else "over budget")
        self.cancelled = cancelled
