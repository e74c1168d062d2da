"""The first rows of the case list in case-number order, read with the standard library's
``sqlite3`` (no SQLAlchemy): one indexed read of a few dozen rows that the window answers at
once, instead of queueing it behind its background worker.

Only a plain local SQLite file is read here; anything else (a server, an encrypted file, a
file that cannot be opened or is busy) answers None and the caller reads the usual way.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.store.engine import read_at_once

# The columns of a row of the list, in the order of ``case_queries.ROW_COLUMNS``.
COLUMNS = (
    "id",
    "case_no",
    "name_latin",
    "name_arabic",
    "sex",
    "birth_year",
    "nationality",
    "category_id",
    "facility_id",
    "status",
    "held_since",
)
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM detainee ORDER BY case_no {{d}}, id {{d}} LIMIT ?"


# A category's names (English, Arabic, Kurmanji) and a facility's (English, Arabic, None).
Names = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class FirstRows:
    """Rows of ``detainee`` as tuples of ``COLUMNS``, and the category and facility names
    (every language's: the caller names them in the window's, ``desktop.domain.names``)."""

    rows: list[tuple[Any, ...]]
    categories: dict[int, Names]
    facilities: dict[int, Names]


def read_first_rows(path: Path, limit: int, *, descending: bool = False) -> FirstRows | None:
    """The first ``limit`` people by case number (the last, ``descending``), read in one
    read transaction; None when the file cannot be read so at once (never waits for a
    lock: ``timeout=0``)."""
    order = "DESC" if descending else "ASC"

    def read(conn: sqlite3.Connection) -> FirstRows:
        rows = conn.execute(_SELECT.format(d=order), (limit,)).fetchall()
        categories: dict[int, Names] = {
            int(i): (n, ar, ku)
            for i, n, ar, ku in conn.execute("SELECT id, name, name_ar, name_ku FROM category")
        }
        facilities: dict[int, Names] = {
            int(i): (n, ar, None)
            for i, n, ar in conn.execute("SELECT id, name, name_ar FROM facility")
        }
        return FirstRows(rows, categories, facilities)

    return read_at_once(path, read)
