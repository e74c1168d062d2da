"""Reports on paper: PDF files, print preview and printers, painted with QPainter.

The report is laid out first (every page as a list of drawing operations, pagination
decided by arithmetic on measured text), then painted, so that each page can say
"Page X of Y" and a 10,000-row table costs one ``drawText`` per cell and no rich-text
document. Text is drawn with the bundled Noto fonts; Qt shapes Arabic with HarfBuzz.

A ``QGuiApplication`` must exist before painting; this module never creates one.

Print preview::

    configure_page(printer)
    dialog = QPrintPreviewDialog(printer)
    dialog.paintRequested.connect(lambda p: paint_report(content, p))
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from desktop.reports.common import (
    CancelledFn,
    ProgressFn,
    RenderCancelled,
    atomic_output,
    check_cancelled,
    filter_display,
    format_cell,
    format_generated,
    report_marks,
    table_decimals,
    totals_cells,
    tr_capacity,
    tr_continued,
    tr_database,
    tr_filter,
    tr_generated,
    tr_no_records,
    tr_page_of,
    tr_sources,
)
from desktop.reports.content import (
    BarChart,
    Block,
    KeyValues,
    Paragraph,
    ReportContent,
    SignatureLines,
    Table,
)
from desktop.reports.fonts import register_fonts, report_font

__all__ = ["PAGE_MARGIN_MM", "RenderCancelled", "configure_page", "paint_report", "render_pdf"]

PAGE_MARGIN_MM = 15.0
PDF_RESOLUTION = 1200  # dots per inch of the PDF coordinate space

# sizes in points
BODY_PT = 9.0
SMALL_PT = 7.5
META_PT = 8.0
TITLE_PT = 14.0
HEADING_PT = 10.5
MARK_PT = 8.5
LINE_FACTOR = 1.45  # line pitch as a multiple of the font size: room for Arabic descenders
MAX_CELL_LINES = 3

INK = QColor("#1a1a1a")
MUTED = QColor("#5f6368")
RULE = QColor("#9aa0a6")
GRID = QColor("#dadce0")
HEADER_BG = QColor("#e3e6ea")
ZEBRA_BG = QColor("#f5f6f7")
GROUP_BG = QColor("#dfe8f1")
GROUP_INK = QColor("#17324d")
TOTALS_BG = QColor("#eceef0")
HIGHLIGHT_BG = QColor("#fbd9d7")
HIGHLIGHT_MARK = QColor("#b3261e")
MARK_BG = QColor("#b3261e")
MARK_INK = QColor("#ffffff")
LIMIT_INK = QColor("#202124")
SERIES_COLOURS = [
    QColor(c) for c in ("#3b6ea5", "#e08a2e", "#5a9e6f", "#8e6bb0", "#c45a5a", "#7f7f7f")
]

START, END, CENTER = 0, 1, 2
_AUTO = Qt.LayoutDirection.LayoutDirectionAuto
_LTR = Qt.LayoutDirection.LeftToRight
_RTL = Qt.LayoutDirection.RightToLeft

Op = tuple[Any, ...]  # (paint function, arguments...)


@lru_cache(maxsize=4096)
def _is_rtl(text: str) -> bool:
    """Direction of a paragraph from its first strong character (Unicode rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def configure_page(device: QPagedPaintDevice) -> None:
    """A4 portrait with 15 mm margins: the layout every report is designed for.

    Call it on a ``QPrinter`` before showing a print preview or print dialog; the user
    may still change the page there, and ``paint_report`` follows.
    """
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


class _Font:
    """A font with its metrics on the target device and a cache of text advances."""

    def __init__(self, font: QFont, device: QPagedPaintDevice, dpi: float) -> None:
        self.font = font
        self.metrics = QFontMetricsF(font, device)
        self.pitch = font.pointSizeF() * LINE_FACTOR * dpi / 72.0
        ascent, descent = self.metrics.ascent(), self.metrics.descent()
        # baseline within a line box of height ``pitch``, Latin extents centred
        self.baseline = (self.pitch - (ascent + descent)) / 2.0 + ascent
        self._advances: dict[str, float] = {}

    def advance(self, text: str) -> float:
        width = self._advances.get(text)
        if width is None:
            width = self.metrics.horizontalAdvance(text)
            if len(self._advances) < 200_000:
                self._advances[text] = width
        return width

    def elide(self, text: str, width: float) -> str:
        if self.advance(text) <= width:
            return text
        return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class _Layout:
    """Lays a report out into pages of drawing operations, then paints them."""

    def __init__(
        self,
        content: ReportContent,
        device: QPagedPaintDevice,
        cancelled: CancelledFn | None,
    ) -> None:
        self.content = content
        self.device = device
        self.cancelled = cancelled
        self.rtl = content.right_to_left
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())
        self.height = float(device.height())
        if self.width <= 0 or self.height <= 0:
            raise ValueError("the paint device has no printable area")

        def font(size: float, bold: bool = False) -> _Font:
            return _Font(report_font(size, bold=bold), device, self.dpi)

        self.f_body = font(BODY_PT)
        self.f_bold = font(BODY_PT, bold=True)
        self.f_small = font(SMALL_PT)
        self.f_meta = font(META_PT)
        self.f_title = font(TITLE_PT, bold=True)
        self.f_heading = font(HEADING_PT, bold=True)
        self.f_mark = font(MARK_PT, bold=True)

        self.painter: QPainter | None = None
        self._font_now: _Font | None = None
        self._direction_now: Qt.LayoutDirection | None = None

        self.pages: list[list[Op]] = [[]]
        self._layout_chrome()
        self.y = self.body_top

    # --- units and geometry ---------------------------------------------------------

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    def phys(self, x: float, w: float) -> float:
        """Left edge on paper of a box ``w`` wide that starts ``x`` from the reading start."""
        return x if not self.rtl else self.width - x - w

    def text_x(self, font: _Font, text: str, x: float, w: float, align: int, pad: float) -> float:
        """Left edge on paper for ``text`` aligned in the logical box (x, w)."""
        left = self.phys(x, w)
        advance = font.advance(text)
        if align == CENTER:
            return left + (w - advance) / 2.0
        to_left = (align == START) != self.rtl
        return left + pad if to_left else left + w - pad - advance

    def wrap(self, font: _Font, text: str, width: float, max_lines: int = 0) -> list[str]:
        """Break ``text`` into lines no wider than ``width`` (words, else anywhere);
        with ``max_lines`` the last line kept is elided."""
        if "\n" in text or "\r" in text:
            lines = [
                line
                for part in text.splitlines()
                for line in self.wrap(font, " ".join(part.split()), width)
            ]
            if max_lines and len(lines) > max_lines:
                lines = [
                    *lines[: max_lines - 1],
                    font.elide(" ".join(lines[max_lines - 1 :]), width),
                ]
            return lines or [""]
        if font.advance(text) <= width or width <= 0:
            return [text] if width > 0 else [""]
        layout = QTextLayout(text, font.font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(_RTL if _is_rtl(text) else _LTR)
        layout.setTextOption(option)
        starts: list[int] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        starts.append(len(text))
        lines = [text[a:b].strip() for a, b in itertools.pairwise(starts)]
        if max_lines and len(lines) > max_lines:
            rest = text[starts[max_lines - 1] :].strip()
            lines = [*lines[: max_lines - 1], font.elide(rest, width)]
        return lines or [""]

    # --- pages ---------------------------------------------------------------------

    def emit(self, *op: Any) -> None:
        self.pages[-1].append(op)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.body_top

    def fits(self, height: float) -> bool:
        return self.y + height <= self.body_bottom + 0.5

    def ensure(self, height: float) -> bool:
        """Start a new page unless ``height`` fits; returns true if it started one.
        A block taller than a whole page starts at the top and runs on."""
        if self.fits(height) or self.y <= self.body_top:
            return False
        self.new_page()
        return True

    def block_gap(self) -> None:
        if self.y > self.body_top:
            self.y += self.pt(12)

    # --- page chrome -----------------------------------------------------------------

    def _layout_chrome(self) -> None:
        content = self.content
        y = 0.0
        self.marks = report_marks(content)
        self.mark_lines: list[str] = []
        if self.marks:
            inner = self.width - self.pt(16)
            joined = "   \u2022   ".join(self.marks)
            if self.f_mark.advance(joined) <= inner:
                self.mark_lines = [joined]
            else:
                self.mark_lines = [self.f_mark.elide(m, inner) for m in self.marks]
            self.mark_band = len(self.mark_lines) * self.f_mark.pitch + self.pt(4)
            y += self.mark_band + self.pt(6)
        self.title_top = y
        self.title_lines = self.wrap(self.f_title, content.title, self.width, 2)
        y += len(self.title_lines) * self.f_title.pitch + self.pt(1)
        generated = f"{tr_generated()}: {format_generated(content.generated_at)}"
        database = f"{tr_database()}: {content.database_name}"
        joined_meta = f"{generated}      {database}"
        if self.f_meta.advance(joined_meta) <= self.width:
            meta = [joined_meta]
        else:
            meta = [
                self.f_meta.elide(generated, self.width),
                self.f_meta.elide(database, self.width),
            ]
        meta += self.wrap(self.f_meta, f"{tr_filter()}: {filter_display(content)}", self.width, 2)
        self.meta_top = y
        self.meta_lines = meta
        y += len(meta) * self.f_meta.pitch + self.pt(3)
        self.header_rule = y
        self.body_top = y + self.pt(10)
        self.footer_rule = self.height - self.f_small.pitch - self.pt(4)
        self.body_bottom = self.footer_rule - self.pt(8)
        if self.body_bottom - self.body_top < self.pt(120):
            raise ValueError("the page is too small for this report")

    def paint_chrome(self, page: int, count: int) -> None:
        p = self.painter
        assert p is not None
        if self.mark_lines:
            p.fillRect(QRectF(0, 0, self.width, self.mark_band), MARK_BG)
            p.setPen(MARK_INK)
            y = self.pt(2)
            for line in self.mark_lines:
                x = self.text_x(self.f_mark, line, 0, self.width, CENTER, 0)
                self.draw(self.f_mark, x, y + self.f_mark.baseline, line, _AUTO)
                y += self.f_mark.pitch
        p.setPen(INK)
        y = self.title_top
        for line in self.title_lines:
            x = self.text_x(self.f_title, line, 0, self.width, START, 0)
            self.draw(self.f_title, x, y + self.f_title.baseline, line, _AUTO)
            y += self.f_title.pitch
        p.setPen(MUTED)
        y = self.meta_top
        for line in self.meta_lines:
            x = self.text_x(self.f_meta, line, 0, self.width, START, 0)
            self.draw(self.f_meta, x, y + self.f_meta.baseline, line, _AUTO)
            y += self.f_meta.pitch
        self.hline(self.header_rule, RULE, 0.8)
        self.hline(self.footer_rule, RULE, 0.5)
        base = self.footer_rule + self.pt(3) + self.f_small.baseline
        p.setPen(INK)
        number = tr_page_of(page, count)
        self.draw(
            self.f_small, self.text_x(self.f_small, number, 0, self.width, END, 0), base, number
        )
        if self.marks:
            p.setPen(HIGHLIGHT_MARK)
            marks = self.f_small.elide(" \u2022 ".join(self.marks), self.width * 0.7)
            x = self.text_x(self.f_small, marks, 0, self.width, START, 0)
            self.draw(self.f_small, x, base, marks, _AUTO)

    # --- painting primitives -----------------------------------------------------------

    def draw(
        self,
        font: _Font,
        x: float,
        baseline: float,
        text: str,
        direction: Qt.LayoutDirection = _AUTO,
    ) -> None:
        p = self.painter
        assert p is not None
        if font is not self._font_now:
            p.setFont(font.font)
            self._font_now = font
        if direction != self._direction_now:
            p.setLayoutDirection(direction)
            self._direction_now = direction
        p.drawText(QPointF(x, baseline), text)

    def hline(self, y: float, colour: QColor, width_pt: float, x: float = 0, w: float = -1) -> None:
        p = self.painter
        assert p is not None
        w = self.width if w < 0 else w
        left = self.phys(x, w)
        pen = QPen(colour)
        pen.setWidthF(self.pt(width_pt))
        p.setPen(pen)
        p.drawLine(QPointF(left, y), QPointF(left + w, y))

    def paint_lines(
        self,
        y: float,
        font: _Font,
        colour: QColor,
        lines: Sequence[tuple[float, float, str]],
        direction: Qt.LayoutDirection,
    ) -> None:
        """Text lines at (x on paper, offset below ``y`` to the baseline)."""
        p = self.painter
        assert p is not None
        p.setPen(colour)
        for x, dy, text in lines:
            self.draw(font, x, y + dy, text, direction)

    def place_lines(
        self,
        font: _Font,
        lines: Sequence[str],
        x: float,
        w: float,
        align: int,
        top: float = 0.0,
        pad: float = 0.0,
    ) -> list[tuple[float, float, str]]:
        """Positions for ``paint_lines``: line boxes stacked from ``top`` (relative)."""
        return [
            (self.text_x(font, line, x, w, align, pad), top + i * font.pitch + font.baseline, line)
            for i, line in enumerate(lines)
        ]

    # --- blocks ----------------------------------------------------------------------------

    def layout_blocks(self) -> None:
        for block in self.content.blocks:
            check_cancelled(self.cancelled)
            self.block_gap()
            self.layout_block(block)
        if self.content.notes:
            self.block_gap()
            self.layout_notes(self.content.notes)

    def layout_block(self, block: Block) -> None:
        if isinstance(block, Table):
            self.layout_table(block)
        elif isinstance(block, BarChart):
            self.layout_chart(block)
        elif isinstance(block, KeyValues):
            self.layout_key_values(block)
        elif isinstance(block, Paragraph):
            self.layout_paragraph(block.text)
        elif isinstance(block, SignatureLines):
            self.layout_signatures(block)
        else:  # pragma: no cover - the Block union is closed
            raise TypeError(f"unknown report block {type(block).__name__}")

    def heading_op(self, text: str, font: _Font | None = None) -> tuple[Op, float]:
        font = font or self.f_heading
        text = font.elide(text, self.width)
        lines = self.place_lines(font, [text], 0, self.width, START, 0)
        return (self.paint_lines, font, INK, lines, _AUTO), font.pitch + self.pt(3)

    def put(self, op: Op, height: float) -> None:
        """Emit ``op`` (whose first argument after the function is replaced by y)."""
        fn, *args = op
        self.emit(fn, self.y, *args)
        self.y += height

    # tables

    def layout_table(self, table: Table) -> None:
        columns = list(table.columns)
        if not columns:
            return
        hidden = None
        if table.group_key is not None:
            hidden = next((i for i, c in enumerate(columns) if c.key == table.group_key), None)
        visible = [i for i in range(len(columns)) if i != hidden] or list(range(len(columns)))
        if len(visible) == len(columns):
            hidden = None
        weights = [max(columns[i].width, 0.01) for i in visible]
        scale = self.width / sum(weights)
        xs: list[float] = []
        ws: list[float] = []
        x = 0.0
        for weight in weights:
            xs.append(x)
            ws.append(weight * scale)
            x += weight * scale
        pad_x, pad_y = self.pt(4), self.pt(2.2)
        aligns = [END if columns[i].numeric else START for i in visible]
        decimals = table_decimals(table)
        body, bold = self.f_body, self.f_bold

        def cells(
            values: Sequence[Any], font: _Font, format_values: bool
        ) -> tuple[list[tuple[float, float, str]], float]:
            items: list[tuple[float, float, str]] = []
            most = 1
            for k, i in enumerate(visible):
                value = values[i] if i < len(values) else None
                text = format_cell(value, decimals[i]) if format_values else str(value)
                if not text:
                    continue
                inner = ws[k] - 2 * pad_x
                if font.advance(text) <= inner:
                    items.append(
                        (
                            self.text_x(font, text, xs[k], ws[k], aligns[k], pad_x),
                            pad_y + font.baseline,
                            text,
                        )
                    )
                    continue
                lines = self.wrap(font, text, inner, MAX_CELL_LINES)
                most = max(most, len(lines))
                items.extend(self.place_lines(font, lines, xs[k], ws[k], aligns[k], pad_y, pad_x))
            return items, most * font.pitch + 2 * pad_y

        header_items, header_h = cells([c.title for c in columns], bold, False)
        header: Op = (self.paint_header_row, header_h, header_items)
        title_op, title_h = self.heading_op(table.title) if table.title else (None, 0.0)
        more_op, more_h = (
            self.heading_op(f"{table.title} {tr_continued()}", self.f_bold)
            if table.title
            else (None, 0.0)
        )
        group_col = columns[hidden] if hidden is not None else None
        group_h = bold.pitch + 2 * pad_y

        def group_op(value: Any, continued: bool) -> Op:
            assert group_col is not None
            text = f"{group_col.title}: {format_cell(value, decimals[hidden or 0])}"
            if continued:
                text = f"{text} {tr_continued()}"
            text = bold.elide(text, self.width - 2 * pad_x)
            line = [
                (self.text_x(bold, text, 0, self.width, START, pad_x), pad_y + bold.baseline, text)
            ]
            return (self.paint_group_row, group_h, line)

        def start_page(continued: bool) -> None:
            if continued:
                self.new_page()
                if more_op is not None:
                    self.put(more_op, more_h)
            elif title_op is not None:
                self.put(title_op, title_h)
            self.put(header, header_h)

        rows = table.rows
        first_h = self.f_body.pitch + 2 * pad_y + (group_h if hidden is not None else 0.0)
        self.ensure(title_h + header_h + first_h)
        start_page(False)
        group_value: Any = object()
        stripe = False
        for index, row in enumerate(rows):
            if index % 500 == 0:
                check_cancelled(self.cancelled)
            items, h = cells(row, body, True)
            if hidden is not None:
                value = row[hidden] if hidden < len(row) else None
                if value != group_value:
                    group_value = value
                    stripe = False
                    if not self.fits(group_h + h):
                        start_page(True)
                    self.put(group_op(value, False), group_h)
            if not self.fits(h):
                start_page(True)
                if hidden is not None:
                    self.put(group_op(group_value, True), group_h)
            flag = index in table.highlight_rows
            self.emit(self.paint_row, self.y, h, items, stripe, flag)
            self.y += h
            stripe = not stripe
        if not rows:
            empty = self.f_body.elide(tr_no_records(), self.width - 2 * pad_x)
            line = self.place_lines(self.f_body, [empty], 0, self.width, START, pad_y, pad_x)
            h = self.f_body.pitch + 2 * pad_y
            self.put((self.paint_lines, self.f_body, MUTED, line, _AUTO), h)
        if table.totals is not None:
            items, h = cells(totals_cells(table, hidden), bold, True)
            if not self.fits(h):
                start_page(True)
            self.put((self.paint_totals_row, h, items), h)
        else:
            self.put((self.paint_rule, RULE, 0.6), 0)

    def paint_header_row(self, y: float, h: float, items: list[tuple[float, float, str]]) -> None:
        p = self.painter
        assert p is not None
        p.fillRect(QRectF(0, y, self.width, h), HEADER_BG)
        self.paint_lines(y, self.f_bold, INK, items, _AUTO)
        self.hline(y + h, RULE, 0.6)

    def paint_group_row(self, y: float, h: float, items: list[tuple[float, float, str]]) -> None:
        p = self.painter
        assert p is not None
        p.fillRect(QRectF(0, y, self.width, h), GROUP_BG)
        self.paint_lines(y, self.f_bold, GROUP_INK, items, _AUTO)

    def paint_row(
        self,
        y: float,
        h: float,
        items: list[tuple[float, float, str]],
        stripe: bool,
        flag: bool,
    ) -> None:
        p = self.painter
        assert p is not None
        if flag:
            p.fillRect(QRectF(0, y, self.width, h), HIGHLIGHT_BG)
            bar = self.pt(1.5)
            p.fillRect(QRectF(self.phys(0, bar), y, bar, h), HIGHLIGHT_MARK)
        elif stripe:
            p.fillRect(QRectF(0, y, self.width, h), ZEBRA_BG)
        self.paint_lines(y, self.f_body, INK, items, _AUTO)

    def paint_totals_row(self, y: float, h: float, items: list[tuple[float, float, str]]) -> None:
        p = self.painter
        assert p is not None
        p.fillRect(QRectF(0, y, self.width, h), TOTALS_BG)
        self.hline(y, INK, 0.9)
        self.paint_lines(y, self.f_bold, INK, items, _AUTO)
        self.hline(y + h, RULE, 0.6)

    def paint_rule(self, y: float, colour: QColor, width_pt: float) -> None:
        self.hline(y, colour, width_pt)

    # bar charts

    def layout_chart(self, chart: BarChart) -> None:
        labels = list(chart.labels)
        series = [(name, list(values)) for name, values in chart.series]
        limits = list(chart.limits) if chart.limits is not None else []
        small, body = self.f_small, self.f_body

        def value(values: Sequence[float | None], i: int) -> float:
            v = values[i] if i < len(values) else 0.0
            return max(float(v), 0.0) if v is not None and math.isfinite(v) else 0.0

        peak = max(
            [value(vs, i) for _, vs in series for i in range(len(labels))]
            + [value(limits, i) for i in range(len(labels)) if i < len(limits) and limits[i]]
            + [0.0]
        )
        step = _nice_step(peak / 5 if peak > 0 else 1.0)
        top = max(step, math.ceil(peak / step - 1e-9) * step)
        ticks = [k * step for k in range(round(top / step) + 1)]
        tick_decimals = 0 if float(step).is_integer() else _decimals(step)

        def fmt(v: float) -> str:
            return format_cell(v if not float(v).is_integer() else int(v), _decimals(v))

        value_texts = [fmt(value(vs, i)) for _, vs in series for i in range(len(labels))]
        value_w = max([small.advance(t) for t in value_texts] + [0.0]) + self.pt(6)
        label_w = min(
            self.width * 0.32, max([body.advance(t) for t in labels] + [0.0]) + self.pt(8)
        )
        bars_x = label_w + self.pt(4)
        bars_w = max(self.width - bars_x - value_w, self.width * 0.3)
        n = max(len(series), 1)
        bar_h = self.pt(8) if n == 1 else max(self.pt(3.5), self.pt(12) / n)
        band_h = max(n * bar_h + (n - 1) * self.pt(1) + self.pt(6), body.pitch + self.pt(2))

        def x_of(v: float) -> float:
            return bars_x + bars_w * min(v, top) / top

        # legend: swatches + names, then the limit marker
        legend: list[tuple[str, QColor | None]] = [
            (name, SERIES_COLOURS[k % len(SERIES_COLOURS)]) for k, (name, _) in enumerate(series)
        ]
        if any(limit for limit in limits):
            legend.append((chart.limit_label or tr_capacity(), None))
        tick_texts = [format_cell(t if tick_decimals else round(t), tick_decimals) for t in ticks]

        title_op, title_h = self.heading_op(chart.title)
        head_h = title_h + small.pitch + self.pt(4) + small.pitch + self.pt(2)
        head: Op = (
            self.paint_chart_head,
            head_h,
            title_op,
            title_h,
            legend,
            ticks,
            tick_texts,
            x_of,
        )
        more_op, more_h = self.heading_op(f"{chart.title} {tr_continued()}", self.f_bold)

        def start(continued: bool) -> None:
            if continued:
                self.new_page()
                self.put(
                    (
                        self.paint_chart_head,
                        head_h,
                        more_op,
                        more_h,
                        legend,
                        ticks,
                        tick_texts,
                        x_of,
                    ),
                    head_h - title_h + more_h,
                )
            else:
                self.put(head, head_h)

        self.ensure(head_h + band_h * min(3, max(len(labels), 1)))
        start(False)
        for i, label in enumerate(labels):
            if not self.fits(band_h):
                start(True)
            limit = value(limits, i) if i < len(limits) and limits[i] else None
            bars = []
            for k, (_, values) in enumerate(series):
                v = value(values, i)
                over = limit is not None and v > limit
                bars.append((k, x_of(v) - bars_x, fmt(v), over))
            shown = body.elide(label, label_w - self.pt(4))
            label_line = (
                self.text_x(body, shown, 0, label_w, END, self.pt(4)),
                (band_h - body.pitch) / 2 + body.baseline,
                shown,
            )
            self.put(
                (
                    self.paint_chart_row,
                    band_h,
                    label_line,
                    bars,
                    bar_h,
                    bars_x,
                    x_of(limit) if limit is not None else None,
                    ticks,
                    x_of,
                ),
                band_h,
            )
        self.put((self.paint_rule, GRID, 0.5), 0)

    def paint_chart_head(
        self,
        y: float,
        h: float,
        title_op: Op,
        title_h: float,
        legend: list[tuple[str, QColor | None]],
        ticks: list[float],
        tick_texts: list[str],
        x_of: Callable[[float], float],
    ) -> None:
        p = self.painter
        assert p is not None
        fn, *args = title_op
        fn(y, *args)
        small = self.f_small
        y += title_h
        x = 0.0
        swatch = self.pt(8)
        for name, colour in legend:
            name_w = small.advance(name)
            if x + swatch + self.pt(3) + name_w > self.width:
                break
            box_top = y + (small.pitch - swatch) / 2
            if colour is not None:
                p.fillRect(QRectF(self.phys(x, swatch), box_top, swatch, swatch), colour)
            else:
                self.vmark(
                    self.phys(x, swatch) + swatch / 2,
                    box_top - self.pt(1),
                    box_top + swatch + self.pt(1),
                )
            x += swatch + self.pt(3)
            p.setPen(INK)
            self.draw(small, self.phys(x, name_w), y + small.baseline, name)
            x += name_w + self.pt(12)
        y += small.pitch + self.pt(4)
        p.setPen(MUTED)
        for value, text in zip(ticks, tick_texts, strict=True):
            w = small.advance(text)
            centre = x_of(value)
            left = min(max(centre - w / 2, 0.0), self.width - w)
            self.draw(small, self.phys(left, w), y + small.baseline, text)

    def vmark(self, x: float, top: float, bottom: float) -> None:
        p = self.painter
        assert p is not None
        pen = QPen(LIMIT_INK)
        pen.setWidthF(self.pt(1.6))
        p.setPen(pen)
        p.drawLine(QPointF(x, top), QPointF(x, bottom))

    def paint_chart_row(
        self,
        y: float,
        h: float,
        label_line: tuple[float, float, str],
        bars: list[tuple[int, float, str, bool]],
        bar_h: float,
        bars_x: float,
        limit_x: float | None,
        ticks: list[float],
        x_of: Callable[[float], float],
    ) -> None:
        p = self.painter
        assert p is not None
        grid = QPen(GRID)
        grid.setWidthF(self.pt(0.4))
        p.setPen(grid)
        for value in ticks:
            x = self.phys(x_of(value), 0)
            p.drawLine(QPointF(x, y), QPointF(x, y + h))
        x, dy, text = label_line
        p.setPen(INK)
        self.draw(self.f_body, x, y + dy, text)
        small = self.f_small
        top = y + (h - (len(bars) * bar_h + (len(bars) - 1) * self.pt(1))) / 2
        for k, length, text, over in bars:
            colour = SERIES_COLOURS[k % len(SERIES_COLOURS)]
            if length > 0:
                p.fillRect(QRectF(self.phys(bars_x, length), top, length, bar_h), colour)
            w = small.advance(text)
            p.setPen(HIGHLIGHT_MARK if over else INK)
            start = bars_x + length + self.pt(3)
            if limit_x is not None and start - self.pt(2) <= limit_x <= start + w + self.pt(2):
                start = limit_x + self.pt(4)  # keep the figure clear of the limit marker
            tx = self.phys(start, w)
            self.draw(small, tx, top + (bar_h - small.pitch) / 2 + small.baseline, text)
            top += bar_h + self.pt(1)
        if limit_x is not None:
            self.vmark(self.phys(limit_x, 0), y + self.pt(1.5), y + h - self.pt(1.5))

    # labelled fields

    def layout_key_values(self, block: KeyValues) -> None:
        bold, body = self.f_bold, self.f_body
        pad_y = self.pt(2)
        label_w = min(
            self.width * 0.35, max([bold.advance(k) for k, _ in block.items] + [0.0]) + self.pt(10)
        )
        value_w = self.width - label_w
        title_op, title_h = self.heading_op(block.title) if block.title else (None, 0.0)
        rows = []
        for key, value in block.items:
            key_lines = self.wrap(bold, key, label_w - self.pt(10), 2)
            value_lines = self.wrap(body, value, value_w)
            rows.append((key_lines, value_lines, max(len(key_lines), len(value_lines))))
        first = min(rows[0][2], 2) if rows else 0
        self.ensure(title_h + first * body.pitch + 2 * pad_y)
        if title_op is not None:
            self.put(title_op, title_h)
        for key_lines, value_lines, count in rows:
            done = 0
            while done < count:  # a long value runs on over as many pages as it needs
                room = int((self.body_bottom - self.y - 2 * pad_y + 0.5) // body.pitch)
                if room < min(count - done, 2) and self.y > self.body_top:
                    self.new_page()
                    continue
                take = max(1, min(count - done, room))
                part = slice(done, done + take)
                h = take * body.pitch + 2 * pad_y
                keys = self.place_lines(bold, key_lines[part], 0, label_w, START, pad_y)
                values = self.place_lines(body, value_lines[part], label_w, value_w, START, pad_y)
                self.put((self.paint_field, h, keys, values), h)
                done += take

    def paint_field(
        self,
        y: float,
        h: float,
        keys: list[tuple[float, float, str]],
        values: list[tuple[float, float, str]],
    ) -> None:
        self.paint_lines(y, self.f_bold, MUTED, keys, _AUTO)
        self.paint_lines(y, self.f_body, INK, values, _AUTO)
        self.hline(y + h, GRID, 0.4)

    # running text

    def layout_paragraph(
        self,
        text: str,
        font: _Font | None = None,
        indent: float = 0.0,
        bullet: str = "",
        natural: bool = True,
    ) -> None:
        """Running text, one operation per line so that it flows across pages. With
        ``natural`` each paragraph aligns to its own reading start (Arabic to the right)."""
        font = font or self.f_body
        for k, part in enumerate(p for p in text.splitlines() if p.strip()):
            if k:
                self.y += self.pt(3)
            part = " ".join(part.split())
            direction = _RTL if _is_rtl(part) else _LTR
            lines = self.wrap(font, part, self.width - indent)
            for i, line in enumerate(lines):
                if i == 0:
                    self.ensure(font.pitch * min(2, len(lines)))
                else:
                    self.ensure(font.pitch)
                align = END if natural and (direction == _RTL) != self.rtl else START
                placed = self.place_lines(font, [line], indent, self.width - indent, align)
                if bullet and k == 0 and i == 0:
                    placed += self.place_lines(font, [bullet], 0, indent, START)
                self.put((self.paint_lines, font, INK, placed, direction), font.pitch)

    def layout_notes(self, notes: Sequence[str]) -> None:
        op, h = self.heading_op(tr_sources())
        first = notes[0] if notes else ""
        self.ensure(h + self.f_body.pitch * min(2, len(first) // 80 + 1))
        self.put(op, h)
        for note in notes:
            self.layout_paragraph(note, indent=self.pt(10), bullet="\u2022", natural=False)
            self.y += self.pt(2)

    # signatures

    def layout_signatures(self, block: SignatureLines) -> None:
        labels = list(block.labels)
        if not labels:
            return
        small = self.f_small
        per_row = min(3, len(labels))
        gap = self.pt(18)
        slot = (self.width - gap * (per_row - 1)) / per_row
        space = self.pt(34)
        rows = [labels[i : i + per_row] for i in range(0, len(labels), per_row)]
        row_h = space + self.pt(3) + 2 * small.pitch + self.pt(6)
        self.ensure(row_h * len(rows) if row_h * len(rows) < self.body_bottom / 2 else row_h)
        self.y += self.pt(6)
        for row in rows:
            self.ensure(row_h)
            slots = []
            for k, label in enumerate(row):
                x = k * (slot + gap)
                lines = self.wrap(small, label, slot, 2)
                slots.append(
                    (x, self.place_lines(small, lines, x, slot, START, space + self.pt(3)))
                )
            self.put((self.paint_signatures, slot, space, slots), row_h)

    def paint_signatures(
        self,
        y: float,
        slot: float,
        space: float,
        slots: list[tuple[float, list[tuple[float, float, str]]]],
    ) -> None:
        for x, lines in slots:
            self.hline(y + space, INK, 0.7, x, slot)
            self.paint_lines(y, self.f_small, MUTED, lines, _AUTO)

    # --- painting ---------------------------------------------------------------------

    def paint(self, progress: ProgressFn | None) -> None:
        device = self.device
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("cannot paint on the output device (is the file writable?)")
        self.painter = painter
        self._font_now = None
        self._direction_now = None
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        count = len(self.pages)
        wanted = _pages_wanted(device, count)
        if progress is not None:
            progress(0, len(wanted))
        try:
            for done, number in enumerate(wanted, start=1):
                if done > 1 and not device.newPage():
                    raise OSError("the output device refused a new page")
                self.paint_chrome(number, count)
                for fn, *args in self.pages[number - 1]:
                    fn(*args)
                if progress is not None:
                    progress(done, len(wanted))
                if self.cancelled is not None and self.cancelled():
                    abort = getattr(device, "abort", None)
                    if callable(abort):
                        abort()
                    raise RenderCancelled
        finally:
            painter.end()
            self.painter = None


def _decimals(value: float) -> int:
    for places in range(4):
        if round(value, places) == value:
            return places
    return 3


def _nice_step(raw: float) -> float:
    exponent = math.floor(math.log10(raw))
    base = 10.0**exponent
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if raw <= factor * base + 1e-12:
            return factor * base
    return 10.0 * base


def _pages_wanted(device: QPagedPaintDevice, count: int) -> list[int]:
    """All pages, or the range the user chose in a print dialog (``QPrinter``)."""
    print_range = getattr(device, "printRange", None)
    if callable(print_range) and getattr(print_range(), "name", "") == "PageRange":
        first, last = device.fromPage(), device.toPage()  # type: ignore[attr-defined]
        if first > 0:
            last = min(last if last >= first else count, count)
            pages = list(range(first, last + 1))
            if pages:
                return pages
    return list(range(1, count + 1))


def _require_gui() -> None:
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise RuntimeError("create a QGuiApplication (or QApplication) before painting a report")


def paint_report(
    content: ReportContent,
    device: QPagedPaintDevice,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Paint ``content`` on a paged device (``QPdfWriter`` or ``QPrinter``) using the
    device's current page size and margins; returns the number of pages of the report.

    Fit for ``QPrintPreviewDialog.paintRequested``. Honours a ``QPrinter`` page range.
    Raises ``RenderCancelled`` when ``cancelled()`` turns true (checked between pages).
    """
    _require_gui()
    register_fonts()
    layout = _Layout(content, device, cancelled)
    try:
        layout.layout_blocks()
        check_cancelled(cancelled)
        layout.paint(progress)
        return len(layout.pages)
    finally:
        layout.pages.clear()  # the operations hold bound methods: break the cycle now


def render_pdf(
    content: ReportContent,
    path: str | Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Write ``content`` as an A4 PDF at ``path``; returns the page count.

    The file appears only when complete: on error or ``RenderCancelled`` an existing
    file at ``path`` is left untouched.
    """
    _require_gui()
    with atomic_output(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(content.title)
        writer.setCreator("Case Tracker")
        configure_page(writer)
        pages = paint_report(content, writer, progress=progress, cancelled=cancelled)
        del writer  # closes the file before it is moved into place
    return pages
