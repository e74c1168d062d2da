"""What the case detail loads (the case, its decisions, transfers and history), and the
shared unsaved-changes question."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from desktop.domain.case_rules import CaseFields
from desktop.domain.enums import CaseStatus, Sex
from desktop.services import cases
from desktop.services.case_records import CaseRecord, TransferRecord
from desktop.services.database import Database
from desktop.ui import script

if TYPE_CHECKING:  # the window shows its first rows before these services are imported
    from desktop.services.decisions import DecisionRecord
    from desktop.services.history import HistoryEntry


def ask_unsaved(parent: QWidget | None, record_label: str) -> str:
    """Choose "save", "discard" or "cancel" for unsaved changes (the shared dialog)."""
    from desktop.ui.dialogs.unsaved import ask_unsaved as shared

    return shared(parent, record_label)


FIELD_NAMES = [f.name for f in fields(CaseFields)]


@dataclass(frozen=True)
class CaseDetail:
    record: CaseRecord
    decisions: list[DecisionRecord]
    transfers: list[TransferRecord]
    history: list[HistoryEntry]


def load_detail(database: Database, detainee_id: int, lang: str = "en") -> CaseDetail:
    """Everything the detail shows (in the worker); facilities named in ``lang``."""
    from desktop.services.case_detail import history_for, transfers_for
    from desktop.services.decisions import decisions_for_case

    return CaseDetail(
        cases.get_case(database, detainee_id=detainee_id),
        decisions_for_case(database, detainee_id=detainee_id),
        transfers_for(database, detainee_id=detainee_id, lang=lang),
        history_for(database, detainee_id=detainee_id),
    )


def case_label(record: CaseRecord) -> str:
    """ "SYN-000001 and the person's name in the window's script", as messages name a case
    (``CaseRecord.label`` is the command line's, with the Latin name)."""
    return f"{record.case_no} {script.person_name(record.name_latin, record.name_arabic)}"


def new_case_values(facility_id: int | None = None) -> dict[str, Any]:
    return {
        "sex": Sex.UNKNOWN.value,
        "status": CaseStatus.HELD.value,
        "facility_id": facility_id,
    }
