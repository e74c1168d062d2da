"""The Amnesties page: the list of amnesty decrees beside the selected one's decree, rules,
outcomes (counted and reported) and decisions; the actions New, Save, Revert, Decide for a
person… and Apply amnesty…. ``create_page(window)`` is what the main window calls."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.changes import Kind
from desktop.ui.host import WindowHost
from desktop.ui.models.amnesty_tables import AmnestyListModel
from desktop.ui.views.amnesty_controller import AmnestyController
from desktop.ui.views.amnesty_detail import AmnestyDetailView
from desktop.ui.widgets.actions import page_action
from desktop.ui.widgets.naming import record_table, tool_button

# The list takes the width its columns need, at most this share of the page: the detail's
# fields stretch, and give the room a title needs to stay on one line.
LIST_SHARE_MAX = 0.4


class AmnestiesPage(QWidget):
    ready = Signal()
    watches = Kind.AMNESTIES | Kind.DECISIONS | Kind.CASES | Kind.CATEGORIES

    def __init__(self, window: WindowHost) -> None:
        super().__init__()
        self.setObjectName("amnestiesPage")
        self.setAccessibleName(self.tr("Amnesties"))

        self.new_action = self._action("newAmnestyAction", self.tr("&New amnesty"), "Ctrl+N")
        self.save_action = self._action("saveAmnestyAction", self.tr("&Save"), "Ctrl+S")
        self.revert_action = self._action("revertAmnestyAction", self.tr("&Revert"), "Esc")
        self.decide_action = self._action(
            "decideAction", self.tr("&Decide for a person…"), "Ctrl+D"
        )
        self.apply_action = self._action("applyAmnestyAction", self.tr("&Apply amnesty…"), "")
        self.toolbar = QToolBar(self.tr("Amnesty"))
        self.toolbar.setObjectName("amnestyToolbar")
        self.toolbar.setAccessibleName(self.tr("Amnesty actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.save_action, self.revert_action):
            tool_button(self.toolbar, action)
        self.toolbar.addSeparator()
        for action in (self.decide_action, self.apply_action):
            tool_button(self.toolbar, action)

        self.model = AmnestyListModel(self)
        self.list = record_table("amnestyList", self.tr("Amnesties"), self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.setWordWrap(True)
        header = self.list.horizontalHeader()
        header.setObjectName("amnestyListHeader")
        header.setAccessibleName(self.tr("Amnesty columns"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.detail = AmnestyDetailView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("amnestiesSplitter")
        self.splitter.setAccessibleName(self.tr("Amnesties"))
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([300, 750])
        self._moved_by_hand = False
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.model.modelReset.connect(self.fit_list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.controller = AmnestyController(self, window, parent=self)
        self.controller.ready.connect(self.ready)

    def _action(self, object_name: str, text: str, shortcut: str) -> QAction:
        return page_action(self, object_name, text, shortcut)

    # -- the list's width ------------------------------------------------------------------
    def list_width_needed(self) -> int:
        """The list's width with every column as wide as its widest cell or header."""
        header = self.list.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(c), self.list.sizeHintForColumn(c))
            for c in range(self.model.columnCount())
        )
        scroll_bar = self.list.verticalScrollBar().sizeHint().width()
        return columns + 2 * self.list.frameWidth() + scroll_bar

    def fit_list(self) -> None:
        """Give the list the width its columns need (a title on one line, not wrapped to
        three at 1024 px), up to ``LIST_SHARE_MAX`` of the page; unless the user has moved
        the divider."""
        total = sum(self.splitter.sizes())
        if self._moved_by_hand or not self.isVisible() or total <= 0:
            return
        width = min(self.list_width_needed(), int(total * LIST_SHARE_MAX))
        self.splitter.setSizes([width, total - width])

    def _splitter_moved(self) -> None:
        self._moved_by_hand = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_list()

    # -- what the window asks of a page ---------------------------------------------------
    def is_ready(self) -> bool:
        return self.controller.is_ready()

    def can_close(self) -> bool:
        return self.controller.can_close()

    def refresh(self, kinds: Kind) -> None:
        self.controller.refresh(kinds)

    def focus_list(self) -> None:
        self.list.setFocus()

    def open_amnesty(self, amnesty_id: int) -> None:
        self.controller.open_amnesty(amnesty_id)

    def undo_stack(self) -> QUndoStack:
        return self.detail.form.undo_stack


def create_page(window: WindowHost) -> QWidget:
    return AmnestiesPage(window)
