"""A label whose text wraps and is never given less height than its lines take.

A layout asks a word-wrapped ``QLabel`` for a minimum height that does not depend on its
width, so a pane short of height (1024x700, and more so in Kurdish and Arabic, whose lines
wrap sooner and stand taller) squeezes the label below its lines, and Qt draws them over
the widget beneath. This label keeps its minimum height at the height its text takes at
its width, so that the pane around it scrolls (or gives room elsewhere) instead."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() <= 0:
            return
        height = self.heightForWidth(self.width()) if self.text() else 0
        if height >= 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)
