"""How the case list names its columns and shows its values (sex, status, dates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.reports import labels
from desktop.services.case_records import CaseRow


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
