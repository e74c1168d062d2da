"""Which columns the case list shows and in what order: a chooser in the header's context
menu, and the header's state (order, widths, hidden columns, sort) kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

HEADER_KEY = "cases/header"


class ColumnChooser(QObject):
    """Right-click on the header: check the columns to show. Moving a column by dragging
    its header, resizing or sorting is remembered."""

    def __init__(self, view: QTableView, settings: QSettings) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)
        header.sectionMoved.connect(lambda *_a: self.save())
        header.sectionResized.connect(lambda *_a: self.save())
        header.sortIndicatorChanged.connect(lambda *_a: self.save())

    @property
    def header(self) -> QHeaderView:
        return self._view.horizontalHeader()

    def restore(self) -> bool:
        state = self._settings.value(HEADER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            return bool(self.header.restoreState(state))
        return False

    def save(self) -> None:
        self._settings.setValue(HEADER_KEY, self.header.saveState())

    def actions(self) -> list[QAction]:
        """One checkable action per column, in the order shown."""
        model = self._view.model()
        header = self.header
        result = []
        visible = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        for visual in range(model.columnCount()):
            column = header.logicalIndex(visual)
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = QAction(title, self)
            action.setObjectName(f"caseColumn{column}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # The last column shown cannot be hidden.
            action.setEnabled(not (len(visible) == 1 and column in visible))
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
            result.append(action)
        return result

    def set_shown(self, column: int, shown: bool) -> None:
        self.header.setSectionHidden(column, not shown)
        self.save()

    def _menu_at(self, pos: QPoint) -> None:
        menu = QMenu(self._view)
        menu.setObjectName("caseColumnsMenu")
        menu.setTitle(QCoreApplication.translate("CaseColumns", "Columns"))
        for action in self.actions():
            menu.addAction(action)
        menu.exec(self.header.mapToGlobal(pos))
