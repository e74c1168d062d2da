"""Waiting for approval: the proposals (single decisions and "Apply amnesty" batches) that
a second person must approve before they change anyone's status or sentence.

The view lays out the list, the detail of the chosen proposal and its Approve… and
Reject… buttons; ``ApprovalsController`` loads, approves and rejects through the services.
Proposers see their own proposals here, but cannot approve them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.changes import Kind
from desktop.ui.host import WindowHost
from desktop.ui.models.proposal_table import ProposalModel
from desktop.ui.views.approvals_controller import ApprovalsController
from desktop.ui.widgets.naming import push_button, record_table


class ApprovalsView(QWidget):
    """Layout only."""

    ready = Signal()
    watches = Kind.DECISIONS | Kind.CASES | Kind.AMNESTIES

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("approvalsPage")
        self.setAccessibleName(self.tr("Waiting for approval"))

        self.heading = QLabel()
        self.heading.setObjectName("approvalsHeading")
        self.heading.setWordWrap(True)

        self.model = ProposalModel(self)
        self.list = record_table(
            "proposalList", self.tr("Proposals waiting for approval"), self.model
        )
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.detail = QLabel()
        self.detail.setObjectName("proposalDetail")
        self.detail.setAccessibleName(self.tr("The chosen proposal"))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setObjectName("proposalDetailScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)

        self.approve_button = push_button(
            "approveProposal", self.tr("&Approve…"), self.tr("Approve the chosen proposal")
        )
        self.reject_button = push_button(
            "rejectProposal", self.tr("Re&ject…"), self.tr("Reject the chosen proposal")
        )
        self.open_case_button = push_button(
            "proposalOpenCase", self.tr("Open &case"), self.tr("Open the person's case")
        )
        for button in (self.approve_button, self.reject_button, self.open_case_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_case_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scroll, 1)
        column.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("approvalsSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)


class ApprovalsPage(ApprovalsView):
    """The page the window shows: the view with its controller."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__()
        self.controller = ApprovalsController(self, window, parent=self)
        self.controller.ready.connect(self.ready)

    def is_ready(self) -> bool:
        return self.controller.is_ready()

    def refresh(self, kinds: Kind) -> None:
        self.controller.load()

    def focus_list(self) -> None:
        self.list.setFocus()
