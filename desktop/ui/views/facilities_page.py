"""The Facilities page: the facility tree with its search box beside the selected facility's
detail, and the actions New, Save, Revert and Delete. ``create_page(window)`` is what the
main window calls."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import script
from desktop.ui.changes import Kind
from desktop.ui.host import WindowHost
from desktop.ui.models.facility_tree import (
    COL_CAPACITY,
    COL_KIND,
    COL_NAME,
    COL_OCCUPANCY,
    COL_OTHER_NAME,
    COL_POPULATION,
    COL_STATUS,
    OCCUPANCY_ROLE,
    FacilityTreeModel,
)
from desktop.ui.views.facility_controller import FacilityController
from desktop.ui.views.facility_detail import FacilityDetailView
from desktop.ui.widgets.actions import page_action
from desktop.ui.widgets.naming import tool_button
from desktop.ui.widgets.occupancy_bar import OccupancyBarDelegate
from desktop.ui.widgets.search_box import SearchBox


class FacilitiesPage(QWidget):
    ready = Signal()
    # Occupancy counts the people held, so cases and decisions change it too.
    watches = Kind.FACILITIES | Kind.HEADCOUNTS | Kind.CASES | Kind.DECISIONS | Kind.CATEGORIES

    def __init__(self, window: WindowHost) -> None:
        super().__init__()
        self.setObjectName("facilitiesPage")
        self.setAccessibleName(self.tr("Facilities"))

        self.new_action = self._action("newFacilityAction", self.tr("&New facility"), "Ctrl+N")
        self.save_action = self._action("saveFacilityAction", self.tr("&Save"), "Ctrl+S")
        self.revert_action = self._action("revertFacilityAction", self.tr("&Revert"), "Esc")
        self.delete_action = self._action("deleteFacilityAction", self.tr("&Delete facility…"), "")
        self.toolbar = QToolBar(self.tr("Facility"))
        self.toolbar.setObjectName("facilityToolbar")
        self.toolbar.setAccessibleName(self.tr("Facility actions"))
        for action in (self.new_action, self.save_action, self.revert_action, self.delete_action):
            tool_button(self.toolbar, action)

        self.export_action = self._action("exportFacilitiesAction", self.tr("&Export…"), "")
        self.export_action.triggered.connect(self.export)
        self.toolbar.addSeparator()
        tool_button(
            self.toolbar,
            self.export_action,
            "exportFacilitiesButton",
            self.tr("Export the facilities shown"),
        )

        self.search = SearchBox(
            self.tr("Search facilities (Ctrl+F)"), object_name="facilitySearch", scope=self
        )
        self.count = QLabel()
        self.count.setObjectName("facilityCount")
        self.count.setAccessibleName(self.tr("Facilities shown"))
        self.model = FacilityTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("facilityTree")
        self.tree.setAccessibleName(self.tr("Facilities"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setItemDelegateForColumn(
            COL_OCCUPANCY, OccupancyBarDelegate(OCCUPANCY_ROLE, self)
        )
        header = self.tree.header()
        header.setObjectName("facilityTreeHeader")
        header.setAccessibleName(self.tr("Facility columns"))
        header.setSortIndicatorShown(True)
        # Short values size to their content, so that no label is cut; the names are free
        # text, elided where the pane is narrow, whole in their tooltip.
        for short in (COL_CAPACITY, COL_POPULATION, COL_KIND, COL_STATUS):
            header.setSectionResizeMode(short, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_OCCUPANCY, 90)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        if script.in_arabic_script():
            header.moveSection(header.visualIndex(COL_OTHER_NAME), header.visualIndex(COL_NAME) + 1)
        else:
            header.hideSection(COL_OTHER_NAME)
        # Delete acts on the list only, so that Delete in a text field deletes text.
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(self.delete_action)
        self.tree.addAction(self.delete_action)

        left = QWidget()
        left.setObjectName("facilityListPane")
        left.setMinimumWidth(220)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        column.addLayout(top)
        column.addWidget(self.tree, 1)

        self.detail = FacilityDetailView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("facilitiesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 470])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.controller = FacilityController(self, window, parent=self)
        self.controller.ready.connect(self.ready)

    def _action(self, object_name: str, text: str, shortcut: str) -> QAction:
        return page_action(self, object_name, text, shortcut)

    # -- what the window asks of a page ---------------------------------------------------
    def is_ready(self) -> bool:
        return self.controller.is_ready()

    def can_close(self) -> bool:
        return self.controller.can_close()

    def export(self) -> None:
        from desktop.ui.views.list_export import export_facilities  # when first used

        export_facilities(self, self.model, self.tree, self.search.text())

    def refresh(self, _kinds: Kind) -> None:
        """Show what the database holds now, keeping the facility on show and the scroll."""
        self.controller.refresh()

    def focus_list(self) -> None:
        self.tree.setFocus()

    def open_facility(self, facility_id: int) -> None:
        self.controller.open_facility(facility_id)

    def undo_stack(self) -> QUndoStack:
        return self.detail.form.undo_stack


def create_page(window: WindowHost) -> QWidget:
    return FacilitiesPage(window)
