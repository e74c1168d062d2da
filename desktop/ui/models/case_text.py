"""How the case list names its columns and shows its values (sex, status, dates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.reports import labels
from desktop.services.case_records import CaseRow
from desktop.ui import script

# The columns whose numbers and dates the window writes in its own digits (an exported file
# keeps ``cell_text``'s ASCII digits).
LOCALE_DIGITS = frozenset({"birth_year", "held_since"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


@dataclass(frozen=True)
class Column:
    key: str  # the sort key (desktop.store.case_queries.SORT_KEYS)
    title: str


def columns() -> list[Column]:
    return [
        Column("case_no", _tr("Case number")),
        Column("name_latin", _tr("Name (Latin)")),
        Column("name_arabic", _tr("Name (Arabic)")),
        Column("sex", _tr("Sex")),
        Column("birth_year", _tr("Born")),
        Column("nationality", _tr("Nationality")),
        Column("category", _tr("Category")),
        Column("facility", _tr("Facility")),
        Column("status", _tr("Status")),
        Column("held_since", _tr("Held since")),
    ]


def cell_text(row: CaseRow, key: str) -> str:
    value: Any = {
        "category": row.category,
        "facility": row.facility,
    }.get(key, getattr(row, key, None))
    if key == "sex":
        return labels.sex(row.sex)
    if key == "status":
        return labels.case_status(row.status)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def shown_text(row: CaseRow, key: str) -> str:
    """What a case list or table in the window shows for ``row``'s ``key``: ``cell_text``
    with a year or a date in the window's digits."""
    value = cell_text(row, key)
    return script.digits(value) if key in LOCALE_DIGITS else value
