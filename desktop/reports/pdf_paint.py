"""The one painter of laid-out reports: draws the display list of each page
(``desktop.reports.pdf_items``) and the page chrome with ``QPainter``. It decides nothing
about positions or breaks; the layouters did."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGlyphRun,
    QPagedPaintDevice,
    QPaintEngine,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from desktop.reports.common import (
    CancelledFn,
    ProgressFn,
    RenderCancelled,
    tr_page_of,
)
from desktop.reports.pdf_items import (
    BodyRow,
    ChartHead,
    ChartRow,
    Field,
    GroupRow,
    HeaderRow,
    Item,
    Rule,
    Signatures,
    TextLines,
    TotalsRow,
)
from desktop.reports.pdf_layout import INK, MUTED, RULE, Chrome
from desktop.reports.pdf_measure import AUTO, CENTER, END, RTL, START, Font, Line, Page, is_rtl

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


Shaped = tuple[float, list[QGlyphRun]]  # a line's ascent and its glyphs below its top-left
ONCE: Shaped = (0.0, [])  # drawn once so far
PLAIN: Shaped = (0.0, [])  # not drawn from glyphs (see ``Shapes.shape``)


class Shapes:
    """The glyphs of strings drawn again and again (years, countries, dates, headers, the
    page chrome), shaped once per face and direction and then drawn with ``drawGlyphRun``:
    ``drawText`` shapes its text anew on every call, which was most of its cost. A string
    is shaped the second time it is drawn, so that strings drawn once (names, case
    numbers) cost a lookup and nothing more; the glyphs, their positions and their order
    in the file are those ``drawText`` writes (one line's runs, left edge at x, in visual
    order: text extraction that follows the file's order reads the same).

    ``table(face, direction)`` maps a string to ``ONCE``, ``PLAIN`` or its ``Shaped``
    glyphs; ``None`` for a string not drawn yet."""

    LIMIT = 20_000  # strings remembered per face and direction

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self._tables: dict[tuple[int, bool, bool], dict[str, Shaped]] = {}

    def table(self, face: QFont, direction: Qt.LayoutDirection) -> dict[str, Shaped]:
        key = (id(face), direction is RTL, direction is AUTO)
        table = self._tables.get(key)
        if table is None:
            table = self._tables[key] = {}
        elif len(table) >= self.LIMIT:
            table.clear()
        return table

    def shape(self, face: QFont, direction: Qt.LayoutDirection, text: str) -> Shaped:
        """The glyphs of ``text`` laid out on one line from its left edge, or ``PLAIN``
        for text that ``drawText`` should draw its own way (line breaks, tabs, bidi
        controls, spaces at either end)."""
        if not text.isprintable() or text.strip() != text:
            return PLAIN
        layout = QTextLayout(text, face, self.device)
        option = QTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1e9)
        extra = layout.createLine()
        layout.endLayout()
        if not line.isValid() or extra.isValid():
            return PLAIN
        return line.ascent(), line.glyphRuns()  # in drawing order, as drawText draws them


class Painter:
    """Paints pages of items on a device, between ``begin`` and ``end`` of one QPainter."""

    def __init__(self, page: Page, chrome: Chrome, painter: QPainter) -> None:
        self.page = page
        self.chrome = chrome
        self.p = painter
        self.width = page.width
        self._face_now: QFont | None = None
        self._pen_now: QColor | None = None
        self._direction_now: Qt.LayoutDirection = AUTO
        painter.setLayoutDirection(AUTO)
        self.shapes = Shapes(page.device)
        # The print preview records the pages as pictures and replays them: a drawText of
        # text with Arabic in it replays with its brackets unmirrored and its spaces lost
        # ("الملحق)مخيم الهول("). There every such line is drawn from its shaped glyphs.
        engine = painter.paintEngine()
        self._shape_all = engine is not None and engine.type() == QPaintEngine.Type.Picture
        self._paint: dict[type[Any], Callable[[Any], None]] = {
            TextLines: self.text_lines,
            HeaderRow: self.header_row,
            GroupRow: self.group_row,
            BodyRow: self.body_row,
            TotalsRow: self.totals_row,
            Rule: self.rule,
            ChartHead: self.chart_head,
            ChartRow: self.chart_row,
            Field: self.field,
            Signatures: self.signatures,
        }

    def page_items(self, items: list[Item]) -> None:
        paint = self._paint
        for item in items:
            paint[type(item)](item)

    # --- primitives -----------------------------------------------------------------------
    # The painter's pen, font and direction are set only when they change: every change of
    # the pen is written into the PDF page.

    def pen(self, colour: QColor) -> None:
        """Text in ``colour`` from now on."""
        if colour is not self._pen_now:
            self.p.setPen(colour)
            self._pen_now = colour

    def stroke(self, pen: QPen) -> None:
        """Lines drawn with ``pen`` from now on."""
        self.p.setPen(pen)
        self._pen_now = None

    def draw(
        self, font: Font, x: float, baseline: float, text: str, direction: Qt.LayoutDirection = AUTO
    ) -> None:
        self.lines(0.0, font, None, [(x, baseline, text)], direction)

    def lines(
        self,
        y: float,
        font: Font,
        colour: QColor | None,
        lines: list[Line],
        direction: Qt.LayoutDirection = AUTO,
    ) -> None:
        """Text lines at (x on paper, offset below ``y`` to the baseline), in ``colour``
        (None: the current pen). Right-to-left lines are drawn with the font's Arabic-first
        face (one PDF text run per line instead of one per word, space and number); a
        line drawn before, from its shaped glyphs (``Shapes``)."""
        p = self.p
        if colour is not None:
            self.pen(colour)
        if direction != self._direction_now:
            p.setLayoutDirection(direction)
            self._direction_now = direction
        draw, draw_glyphs, set_font = p.drawText, p.drawGlyphRun, p.setFont
        shapes = self.shapes
        latin, rtl = font.font, font.rtl
        latin_table, rtl_table = shapes.table(latin, direction), shapes.table(rtl, direction)
        now = self._face_now
        for x, dy, text in lines:
            if text.isascii() or not is_rtl(text):
                face, table = latin, latin_table
            else:
                face, table = rtl, rtl_table
            glyphs = table.get(text)
            if glyphs is None and not (self._shape_all and not text.isascii()):
                table[text] = ONCE
            elif glyphs is None or glyphs is ONCE:
                glyphs = table[text] = shapes.shape(face, direction, text)
            if glyphs is not None and glyphs is not PLAIN:
                ascent, runs = glyphs
                origin = QPointF(x, y + dy - ascent)
                for run in runs:
                    draw_glyphs(origin, run)
                continue
            if face is not now:
                set_font(face)
                now = face
            draw(QPointF(x, y + dy), text)
        self._face_now = now

    def hline(self, y: float, colour: QColor, width_pt: float, x: float = 0, w: float = -1) -> None:
        w = self.width if w < 0 else w
        left = self.page.phys(x, w)
        pen = QPen(colour)
        pen.setWidthF(self.page.pt(width_pt))
        self.stroke(pen)
        self.p.drawLine(QPointF(left, y), QPointF(left + w, y))

    def vmark(self, x: float, top: float, bottom: float) -> None:
        pen = QPen(LIMIT_INK)
        pen.setWidthF(self.page.pt(1.6))
        self.stroke(pen)
        self.p.drawLine(QPointF(x, top), QPointF(x, bottom))

    # --- the page chrome -----------------------------------------------------------------

    def chrome_of(self, number: int, count: int) -> None:
        p, c, page = self.p, self.chrome, self.page
        f = page.fonts
        if c.mark_lines:
            p.fillRect(QRectF(0, 0, self.width, c.mark_band), MARK_BG)
            self.pen(MARK_INK)
            y = page.pt(2)
            for line in c.mark_lines:
                x = page.text_x(f.mark, line, 0, self.width, CENTER, 0)
                self.draw(f.mark, x, y + f.mark.baseline, line, AUTO)
                y += f.mark.pitch
        self.pen(INK)
        y = c.title_top
        for line in c.title_lines:
            x = page.text_x(f.title, line, 0, self.width, START, 0)
            self.draw(f.title, x, y + f.title.baseline, line, AUTO)
            y += f.title.pitch
        self.pen(MUTED)
        y = c.meta_top
        for line in c.meta_lines:
            x = page.text_x(f.meta, line, 0, self.width, START, 0)
            self.draw(f.meta, x, y + f.meta.baseline, line, AUTO)
            y += f.meta.pitch
        self.hline(c.header_rule, RULE, 0.8)
        self.hline(c.footer_rule, RULE, 0.5)
        base = c.footer_rule + page.pt(3) + f.small.baseline
        self.pen(INK)
        text = tr_page_of(number, count)
        self.draw(f.small, page.text_x(f.small, text, 0, self.width, END, 0), base, text)
        if c.marks:
            self.pen(HIGHLIGHT_MARK)
            marks = f.small.elide(" \u2022 ".join(c.marks), self.width * 0.7)
            x = page.text_x(f.small, marks, 0, self.width, START, 0)
            self.draw(f.small, x, base, marks, AUTO)

    # --- one method per kind of item --------------------------------------------------------

    def text_lines(self, item: TextLines) -> None:
        self.lines(item.y, item.font, item.colour, item.lines, item.direction)

    def header_row(self, item: HeaderRow) -> None:
        self.p.fillRect(QRectF(0, item.y, self.width, item.h), HEADER_BG)
        self.lines(item.y, self.page.fonts.bold, INK, item.lines)
        self.hline(item.y + item.h, RULE, 0.6)

    def group_row(self, item: GroupRow) -> None:
        self.p.fillRect(QRectF(0, item.y, self.width, item.h), GROUP_BG)
        self.lines(item.y, self.page.fonts.bold, GROUP_INK, item.lines)

    def body_row(self, item: BodyRow) -> None:
        p = self.p
        if item.flagged:
            p.fillRect(QRectF(0, item.y, self.width, item.h), HIGHLIGHT_BG)
            bar = self.page.pt(1.5)
            p.fillRect(QRectF(self.page.phys(0, bar), item.y, bar, item.h), HIGHLIGHT_MARK)
        elif item.stripe:
            p.fillRect(QRectF(0, item.y, self.width, item.h), ZEBRA_BG)
        self.lines(item.y, self.page.fonts.body, INK, item.lines)

    def totals_row(self, item: TotalsRow) -> None:
        self.p.fillRect(QRectF(0, item.y, self.width, item.h), TOTALS_BG)
        self.hline(item.y, INK, 0.9)
        self.lines(item.y, self.page.fonts.bold, INK, item.lines)
        self.hline(item.y + item.h, RULE, 0.6)

    def rule(self, item: Rule) -> None:
        self.hline(item.y, item.colour, item.width_pt)

    def chart_head(self, item: ChartHead) -> None:
        p, page = self.p, self.page
        title = item.title
        self.lines(item.y, title.font, title.colour, title.lines, title.direction)
        small = page.fonts.small
        y = item.y + item.title_h
        x = 0.0
        swatch = page.pt(8)
        for entry in item.legend:
            name_w = small.advance(entry.name)
            if x + swatch + page.pt(3) + name_w > self.width:
                break
            box_top = y + (small.pitch - swatch) / 2
            if entry.series is not None:
                colour = SERIES_COLOURS[entry.series % len(SERIES_COLOURS)]
                p.fillRect(QRectF(page.phys(x, swatch), box_top, swatch, swatch), colour)
            else:
                self.vmark(
                    page.phys(x, swatch) + swatch / 2,
                    box_top - page.pt(1),
                    box_top + swatch + page.pt(1),
                )
            x += swatch + page.pt(3)
            self.pen(INK)
            self.draw(small, page.phys(x, name_w), y + small.baseline, entry.name)
            x += name_w + page.pt(12)
        y += small.pitch + page.pt(4)
        self.pen(MUTED)
        for centre, text in zip(item.tick_xs, item.tick_texts, strict=True):
            w = small.advance(text)
            left = min(max(centre - w / 2, 0.0), self.width - w)
            self.draw(small, page.phys(left, w), y + small.baseline, text)

    def chart_row(self, item: ChartRow) -> None:
        p, page = self.p, self.page
        y, h = item.y, item.h
        grid = QPen(GRID)
        grid.setWidthF(page.pt(0.4))
        self.stroke(grid)
        for tick in item.tick_xs:
            x = page.phys(tick, 0)
            p.drawLine(QPointF(x, y), QPointF(x, y + h))
        x, dy, text = item.label
        self.pen(INK)
        self.draw(page.fonts.body, x, y + dy, text)
        small = page.fonts.small
        bars, bar_h = item.bars, item.bar_h
        top = y + (h - (len(bars) * bar_h + (len(bars) - 1) * page.pt(1))) / 2
        for bar in bars:
            colour = SERIES_COLOURS[bar.series % len(SERIES_COLOURS)]
            if bar.length > 0:
                p.fillRect(
                    QRectF(page.phys(item.bars_x, bar.length), top, bar.length, bar_h), colour
                )
            w = small.advance(bar.text)
            self.pen(HIGHLIGHT_MARK if bar.over else INK)
            start = item.bars_x + bar.length + page.pt(3)
            limit_x = item.limit_x
            if limit_x is not None and start - page.pt(2) <= limit_x <= start + w + page.pt(2):
                start = limit_x + page.pt(4)  # keep the figure clear of the limit marker
            self.draw(
                small,
                page.phys(start, w),
                top + (bar_h - small.pitch) / 2 + small.baseline,
                bar.text,
            )
            top += bar_h + page.pt(1)
        if item.limit_x is not None:
            self.vmark(page.phys(item.limit_x, 0), y + page.pt(1.5), y + h - page.pt(1.5))

    def field(self, item: Field) -> None:
        fonts = self.page.fonts
        self.lines(item.y, fonts.bold, MUTED, item.keys)
        self.lines(item.y, fonts.body, INK, item.values)
        self.hline(item.y + item.h, GRID, 0.4)

    def signatures(self, item: Signatures) -> None:
        for slot in item.slots:
            self.hline(item.y + item.space, INK, 0.7, slot.x, item.slot)
            self.lines(item.y, self.page.fonts.small, MUTED, slot.lines)


def paint_pages(
    device: QPagedPaintDevice,
    page: Page,
    chrome: Chrome,
    pages: list[list[Item]],
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    """Paint ``pages`` (all, or a printer's chosen range) with their chrome."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device (is the file writable?)")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    artist = Painter(page, chrome, painter)
    count = len(pages)
    wanted = _pages_wanted(device, count)
    if progress is not None:
        progress(0, len(wanted))
    try:
        for done, number in enumerate(wanted, start=1):
            if done > 1 and not device.newPage():
                raise OSError("the output device refused a new page")
            artist.chrome_of(number, count)
            artist.page_items(pages[number - 1])
            if progress is not None:
                progress(done, len(wanted))
            if cancelled is not None and cancelled():
                abort = getattr(device, "abort", None)
                if callable(abort):
                    abort()
                raise RenderCancelled
    finally:
        painter.end()


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
