"""The first rows of the case list, answered at once when that is one cheap indexed read.

A new list (the window opening, the search box emptied) in case-number order on a plain
local SQLite file is read by ``desktop.store.first_rows`` on the calling thread: about a
millisecond, never waiting for a lock. Every other list (a search, filters, another sort, a
server, an encrypted file) and any failure answer None, and the caller reads through
``cases.page_cases`` in the background as before. Both give the same rows and cursors, with
categories and facilities named in the query's language by the same rule.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.domain.names import localized
from desktop.services.case_records import CasePage, CaseRow
from desktop.services.database import Database
from desktop.store.case_list import CaseQuery, Cursor
from desktop.store.first_rows import read_first_rows

QUICK_LIMIT = 200  # more is not "a few rows": the worker reads it


def is_quick(query: CaseQuery) -> bool:
    """Whether ``query`` is the whole list in case-number order (either direction, in any
    language)."""
    return query == CaseQuery(sort="case_no", descending=query.descending, lang=query.lang)


def quick_first_page(database: Database, query: CaseQuery, limit: int) -> CasePage | None:
    """The first ``limit`` rows of ``query`` read at once, or None when they are not one
    cheap read here (the caller then reads them with ``page_cases``)."""
    path = database.path
    if path is None or database.encrypted or not is_quick(query):
        return None
    if not 0 < limit <= QUICK_LIMIT:
        return None
    found = read_first_rows(path, limit, descending=query.descending)
    if found is None:
        return None
    lang = query.lang
    categories = {i: localized(*n, lang) for i, n in found.categories.items()}
    facilities = {i: localized(*n, lang) for i, n in found.facilities.items()}
    try:
        rows = tuple(_row(r, categories, facilities) for r in found.rows)
    except (TypeError, ValueError):  # a value the usual reading would explain better
        return None
    if not rows:
        return CasePage((), None, None)
    first = Cursor(0, rows[0].case_no, rows[0].id)
    last = Cursor(0, rows[-1].case_no, rows[-1].id)
    return CasePage(rows, first, last)


def _row(r: tuple[Any, ...], categories: dict[int, str], facilities: dict[int, str]) -> CaseRow:
    (id_, case_no, latin, arabic, sex, born, nationality, cat, fac, status, held) = r
    return CaseRow(
        id=int(id_),
        case_no=case_no,
        name_latin=latin,
        name_arabic=arabic,
        sex=sex,
        birth_year=born,
        nationality=nationality,
        category_id=cat,
        category=categories.get(cat) if cat is not None else None,
        facility_id=fac,
        facility=facilities.get(fac) if fac is not None else None,
        status=status,
        held_since=date.fromisoformat(held) if held is not None else None,
    )
