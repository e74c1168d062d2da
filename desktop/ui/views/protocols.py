"""What a page's controller may ask of its page.

A page builds its widgets and hands itself to its controller as one of the narrow views
below (and, separately, as the widget its dialogs open over); what the controller asks of
the window is ``desktop.ui.host.WindowHost``. Controllers import neither the main window nor
their page, and pages import no window, so that no two modules of the window import each
other (``tests/architecture/test_ui_structure.py`` keeps it so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
)

from desktop.services.case_records import CaseOptions, TransferRecord
from desktop.ui.editing import RecordForm
from desktop.ui.models.facility_tree import FacilityTreeModel
from desktop.ui.models.table import RecordTable
from desktop.ui.views.facility_detail import FacilityDetailView
from desktop.ui.widgets.history_panel import HistoryPanel
from desktop.ui.widgets.search_box import SearchBox

if TYPE_CHECKING:  # the window shows its first page before the amnesty and decision services
    from desktop.services.decisions import DecisionRecord
    from desktop.ui.models.amnesty_tables import AmnestyListModel
    from desktop.ui.models.proposal_table import ProposalModel
    from desktop.ui.views.amnesty_detail import AmnestyDetailView


class AmnestiesView(Protocol):
    """What ``AmnestyController`` uses of the Amnesties page."""

    list: QTableView
    model: AmnestyListModel
    detail: AmnestyDetailView
    new_action: QAction
    save_action: QAction
    revert_action: QAction
    decide_action: QAction
    apply_action: QAction


class FacilitiesView(Protocol):
    """What ``FacilityController`` uses of the Facilities page."""

    tree: QTreeView
    model: FacilityTreeModel
    detail: FacilityDetailView
    search: SearchBox
    count: QLabel
    new_action: QAction
    save_action: QAction
    revert_action: QAction
    delete_action: QAction


class ApprovalsListView(Protocol):
    """What ``ApprovalsController`` uses of the Waiting for approval page."""

    heading: QLabel
    model: ProposalModel
    list: QTableView
    detail: QLabel
    approve_button: QPushButton
    reject_button: QPushButton
    open_case_button: QPushButton


class ReportsForm(Protocol):
    """What ``ReportsController`` uses of the Reports page."""

    kind: QComboBox
    amnesty: QComboBox
    facility: QComboBox
    case_no: QLineEdit
    completer: QCompleter
    description: QLabel
    language: QLabel
    status: QLabel
    preview_button: QPushButton
    print_button: QPushButton
    pdf_button: QPushButton
    csv_button: QPushButton
    xlsx_button: QPushButton

    def output_buttons(self) -> list[QPushButton]: ...

    def show_rows(self, *, amnesty: bool, facility: bool, case: bool) -> None: ...

    def show_error(self, text: str) -> None: ...


class CaseDetailPane(Protocol):
    """What ``CaseController`` uses of the case detail beside the Cases list."""

    form: RecordForm
    heading: QLabel
    other_heading: QLabel
    synthetic: QLabel
    tabs: QTabWidget
    case_no: QLineEdit
    name_latin: QLineEdit
    name_arabic: QLineEdit
    facility: QComboBox
    decisions: RecordTable[DecisionRecord]
    transfers: RecordTable[TransferRecord]
    history_panel: HistoryPanel
    decisions_view: QTableView
    new_button: QPushButton
    save_button: QPushButton
    discard_button: QPushButton
    transfer_button: QPushButton
    new_decision_button: QPushButton
    revoke_button: QPushButton

    def field_label(self, name: str | None) -> str: ...

    def set_options(self, options: CaseOptions) -> None: ...
