"""The pages the navigation switches between. A page is any QWidget; one that loads data in
the background has a ``ready`` signal and an ``is_ready()`` method so that the window (and
``--screenshot``) knows when its data is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    ready = Signal()

    def __init__(self, name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Page")
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2><p>{text}</p>")
        heading.setObjectName(f"{name}PlaceholderText")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)
        layout.addWidget(heading)

    def is_ready(self) -> bool:
        return True
