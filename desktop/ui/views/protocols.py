"""What a page's controller may ask of the window and of its page.

A page builds its widgets and hands itself to its controller as one of the narrow views
below (and, separately, as the widget its dialogs open over); the window hands each page a
``WindowHost``. Controllers import neither the main
window nor their page, and pages import no window, so that no two modules of the window
import each other (``tests/architecture/test_ui_structure.py`` keeps it so).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPushButton,
    QStatusBar,
    QTableView,
    QTreeView,
    QWidget,
)

from desktop.services.database import Database
from desktop.ui.changes import Kind
from desktop.ui.models.amnesty_tables import AmnestyListModel
from desktop.ui.models.facility_tree import FacilityTreeModel
from desktop.ui.models.proposal_table import ProposalModel
from desktop.ui.tasks import TaskRunner
from desktop.ui.views.amnesty_detail import AmnestyDetailView
from desktop.ui.views.facility_detail import FacilityDetailView
from desktop.ui.widgets.search_box import SearchBox


class WindowHost(Protocol):
    """What pages and their controllers use of the main window."""

    @property
    def database(self) -> Database: ...

    @property
    def settings(self) -> QSettings: ...

    @property
    def tasks(self) -> TaskRunner: ...

    @property
    def changed(self) -> SignalInstance:
        """Emitted with the ``Kind`` of records a write touched, after pages were told."""
        ...

    def announce(self, kinds: Kind, *, own: bool = True, shown: QWidget | None = None) -> None:
        """A write touched ``kinds``: every page that shows them shows them again."""

    def set_modified(self, source: object, dirty: bool) -> None:
        """Whether ``source`` holds unsaved edits (the title's [*])."""

    def open_case(self, detainee_id: int) -> None:
        """Show one person's case on the Cases page."""

    def show_waiting_count(self, count: int) -> None:
        """How many decisions wait for approval, in the navigation."""

    def statusBar(self) -> QStatusBar: ...

    def close(self) -> bool: ...


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
