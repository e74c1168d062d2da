"""How the case list names its columns and shows its values (sex, status, dates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

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


def sex_text(value: str) -> str:
    return {"M": _tr("Male"), "F": _tr("Female"), "U": _tr("Unknown")}.get(value, value)


def status_text(value: str) -> str:
    return {
        "held": _tr("Held"),
        "released": _tr("Released"),
        "transferred": _tr("Transferred"),
        "repatriated": _tr("Repatriated"),
        "escaped": _tr("Escaped"),
        "deceased": _tr("Deceased"),
    }.get(value, value)


def cell_text(row: CaseRow, key: str) -> str:
    value: Any = {
        "category": row.category,
        "facility": row.facility,
    }.get(key, getattr(row, key, None))
    if key == "sex":
        return sex_text(row.sex)
    if key == "status":
        return status_text(row.status)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
