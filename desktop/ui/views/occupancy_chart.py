"""Population over time against capacity, drawn with Qt Charts: the reported headcounts as a
line with each figure labelled as reported, the live count from case records as a point
today, and the design capacity as a dashed line when it is known."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from desktop.services.headcounts import HeadcountRecord
from desktop.ui.models import facility_text as text

REPORTED = QColor("#1f6fb2")
COUNTED = QColor("#2e7d32")
CAPACITY = QColor("#c62828")


def _ms(day: date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)).toMSecsSinceEpoch())


def _months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, 1)


def _months_after(day: date, months: int) -> date:
    month = day.month + months
    year = day.year
    while month > 12:
        month -= 12
        year += 1
    return date(year, month, 1)


# The time axis shows up to this many dates, fewer when their labels would not fit beside
# each other (Sorani's months have no short names: "کانوونی دووەم ٢٠٢١").
MOST_DATE_TICKS = 4
LABEL_GAP = 8  # pixels between two date labels


class OccupancyChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("occupancyChart")
        self.setAccessibleName(self.tr("Population over time against capacity"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Tall enough for five value labels in the Arabic font, whose lines are taller than
        # Latin ones: Qt Charts elides to "…" every label that overlaps its neighbour.
        self.setMinimumHeight(320)
        chart = QChart()
        chart.setLocalizeNumbers(True)  # axis labels in the locale's digits ("٤٠٬٠٠٠")
        # The time axis reads left to right in every language here (Qt Charts also elides
        # the value axis' labels when the chart is laid out right to left).
        chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.reported: QLineSeries | None = None
        self.counted: QScatterSeries | None = None
        self.capacity: QLineSeries | None = None

    def show_figures(
        self,
        headcounts: Sequence[HeadcountRecord],
        *,
        capacity: int | None,
        held: int,
        today: date | None = None,
    ) -> None:
        """Draw ``headcounts`` (any order), the live count ``held`` on ``today`` when people
        are held, and ``capacity`` when known."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.reported = self.counted = self.capacity = None
        today = today or date.today()
        ordered = sorted(headcounts, key=lambda h: (h.as_of, h.id))

        days: list[date] = [h.as_of for h in ordered]
        values: list[int] = [h.total for h in ordered]
        if held or not ordered:
            days.append(today)
            values.append(held)
        if capacity is not None:
            values.append(capacity)
        start = _months_before(min(days), 3)
        end = _months_after(max(days), 3)

        x_axis = QDateTimeAxis()
        x_axis.setFormat("MMM yyyy")
        x_axis.setTitleText(self.tr("Date"))
        x_axis.setRange(
            QDateTime(QDate(start.year, start.month, start.day), QTime(0, 0)),
            QDateTime(QDate(end.year, end.month, end.day), QTime(0, 0)),
        )
        x_axis.setTickCount(MOST_DATE_TICKS)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText(self.tr("People"))
        y_axis.setRange(0, max(10, max(values)) * 1.2)
        y_axis.setTickCount(5)
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        if ordered:
            reported = QLineSeries()
            reported.setName(self.tr("Reported headcount"))
            reported.setColor(REPORTED)
            for h in ordered:
                reported.append(_ms(h.as_of), float(h.total))
            reported.setPointLabelsVisible(True)
            reported.setPointLabelsClipping(False)
            for i, h in enumerate(ordered):
                reported.setPointConfiguration(
                    i, QXYSeries.PointConfiguration.LabelFormat, text.figure(h.total, h.precision)
                )
            self._add(reported, x_axis, y_axis)
            self.reported = reported
            markers = QScatterSeries()
            markers.setColor(REPORTED)
            markers.setBorderColor(REPORTED)
            markers.setMarkerSize(8)
            for h in ordered:
                markers.append(_ms(h.as_of), float(h.total))
            self._add(markers, x_axis, y_axis)
            chart.legend().markers(markers)[0].setVisible(False)
        if held or not ordered:
            counted = QScatterSeries()
            counted.setName(self.tr("Held now (records)"))
            counted.setColor(COUNTED)
            counted.setMarkerSize(9)
            counted.append(_ms(today), float(held))
            counted.setPointLabelsVisible(True)
            counted.setPointLabelsFormat(text.number(held))
            self._add(counted, x_axis, y_axis)
            self.counted = counted
        if capacity is not None:
            line = QLineSeries()
            line.setName(self.tr("Capacity %1").replace("%1", text.number(capacity)))
            pen = QPen(CAPACITY)
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidth(2)
            line.setPen(pen)
            line.append(_ms(start), float(capacity))
            line.append(_ms(end), float(capacity))
            self._add(line, x_axis, y_axis)
            self.capacity = line

        self.fit_dates()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_dates()

    def fit_dates(self) -> None:
        """As many dates under the time axis as fit whole: Qt Charts cuts a label that
        overlaps its neighbour to "…", the year with it."""
        chart = self.chart()
        axes = chart.axes(Qt.Orientation.Horizontal)
        width = chart.plotArea().width()
        if not axes or not isinstance(axes[0], QDateTimeAxis) or width <= 0:
            return
        axis = axes[0]
        first, last = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
        metrics = QFontMetrics(axis.labelsFont())
        locale = chart.locale()

        def widest(ticks: int) -> int:
            step = (last - first) / (ticks - 1)
            return max(
                metrics.horizontalAdvance(
                    locale.toString(
                        QDateTime.fromMSecsSinceEpoch(int(first + i * step)), axis.format()
                    )
                )
                for i in range(ticks)
            )

        ticks = MOST_DATE_TICKS
        while ticks > 2 and widest(ticks) + LABEL_GAP > width / (ticks - 1):
            ticks -= 1
        if axis.tickCount() != ticks:
            axis.setTickCount(ticks)

    def _add(self, series: QXYSeries, x_axis: QDateTimeAxis, y_axis: QValueAxis) -> None:
        self.chart().addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
