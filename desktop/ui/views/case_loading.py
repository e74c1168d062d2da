"""What the case detail loads, and the parts of the application it uses when they are
installed (the decisions service and dialog, the shared unsaved-changes question)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.domain.case_rules import CaseFields
from desktop.domain.enums import CaseStatus, Sex
from desktop.services import cases
from desktop.services.case_records import CaseRecord
from desktop.services.database import Database


def ask_unsaved(parent: QWidget | None, record_label: str) -> str:
    """Choose "save", "discard" or "cancel" for unsaved changes (the shared dialog)."""
    from desktop.ui.dialogs.unsaved import ask_unsaved as shared

    return shared(parent, record_label)


FIELD_NAMES = [f.name for f in fields(CaseFields)]


def optional_module(name: str) -> Any:
    """A module another part of the application provides, or None while it is missing."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


@dataclass(frozen=True)
class CaseDetail:
    record: CaseRecord
    decisions: list[Any]
    transfers: list[Any]
    history: list[Any]


def load_detail(database: Database, detainee_id: int) -> CaseDetail:
    """Everything the detail shows (in the worker). Decisions come from the decisions
    service when it is installed, else from the case service's own query."""
    record = cases.get_case(database, detainee_id=detainee_id)
    service = optional_module("desktop.services.decisions")
    if service is not None and hasattr(service, "decisions_for_case"):
        decisions = list(service.decisions_for_case(database, detainee_id=detainee_id))
    else:
        decisions = list(cases.case_decisions(database, detainee_id=detainee_id))
    return CaseDetail(
        record,
        decisions,
        list(cases.transfers_for(database, detainee_id=detainee_id)),
        list(cases.history_for(database, detainee_id=detainee_id)),
    )


def new_case_values(facility_id: int | None = None) -> dict[str, Any]:
    return {
        "sex": Sex.UNKNOWN.value,
        "status": CaseStatus.HELD.value,
        "facility_id": facility_id,
    }
