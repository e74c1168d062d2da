"""A search field that filters as the user types, found with Ctrl+F (the platform's Find
key) from anywhere in the page it serves, and cleared with Esc."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    def __init__(
        self,
        placeholder: str,
        *,
        object_name: str,
        scope: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(placeholder)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        for button in self.findChildren(QObject):
            if isinstance(button, QWidget) and not button.objectName():
                button.setObjectName(f"{object_name}Clear")
                button.setAccessibleName(self.tr("Clear search"))
        self.find_action = QAction(self.tr("Find"), scope or self)
        self.find_action.setObjectName(f"{object_name}FindAction")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_and_select)
        (scope or self).addAction(self.find_action)

    def focus_and_select(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def event(self, event: QEvent) -> bool:
        # Esc in a box with text clears it, before any page-wide Esc shortcut sees the key.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.text()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)
