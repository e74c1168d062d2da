"""An item delegate that draws occupancy against capacity as a bar inside the cell, with the
cell's text over it. A value over 100% fills the bar in a warning colour."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

NORMAL = QColor("#5b9bd5")
NEAR_FULL = QColor("#e0a030")
OVER = QColor("#c62828")
TRACK = QColor(0, 0, 0, 28)


def bar_colour(percent: float) -> QColor:
    if percent > 100.0:
        return OVER
    if percent >= 90.0:
        return NEAR_FULL
    return NORMAL


class OccupancyBarDelegate(QStyledItemDelegate):
    """Draws the float percent the model gives for ``value_role`` (None: no bar, text only)."""

    def __init__(self, value_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = value_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(self._role)
        if not isinstance(value, int | float):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect.adjusted(3, 4, -3, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(rect, TRACK)
        filled = QRect(rect)
        filled.setWidth(round(rect.width() * min(float(value), 100.0) / 100.0))
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            filled.moveRight(rect.right())
        painter.fillRect(filled, bar_colour(float(value)))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pen = (
            opt.palette.color(QPalette.ColorRole.HighlightedText)
            if selected
            else opt.palette.color(QPalette.ColorRole.Text)
        )
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if not selected and foreground is not None and float(value) <= 100.0:
            pen = foreground.color()
        if float(value) > 100.0:
            pen = QColor("white")
        painter.setPen(pen)
        painter.setFont(opt.font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
