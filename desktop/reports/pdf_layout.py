"""Laying a report out into pages of display-list items (``desktop.reports.pdf_items``).

``Chrome`` is what every page repeats (marks, title, filter, footer); ``Flow`` is the
pages and the position on the current one; one layouter per kind of block (table, bar
chart, labelled fields, running text, signature lines) measures its block, decides where
the pages break and appends typed items. Nothing here paints.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtGui import QColor

from desktop.reports.common import (
    CancelledFn,
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
from desktop.reports.pdf_items import (
    Bar,
    BodyRow,
    ChartHead,
    ChartRow,
    Field,
    GroupRow,
    HeaderRow,
    Item,
    Legend,
    Rule,
    Signatures,
    SignatureSlot,
    TextLines,
    TotalsRow,
)
from desktop.reports.pdf_measure import (
    AUTO,
    END,
    LTR,
    MAX_CELL_LINES,
    RTL,
    START,
    Font,
    Line,
    Page,
    is_rtl,
)

INK = QColor("#1a1a1a")
MUTED = QColor("#5f6368")
RULE = QColor("#9aa0a6")
GRID = QColor("#dadce0")


@dataclass(frozen=True)
class Chrome:
    """What every page repeats, laid out once."""

    marks: list[str]
    mark_lines: list[str]
    mark_band: float
    title_top: float
    title_lines: list[str]
    meta_top: float
    meta_lines: list[str]
    header_rule: float
    body_top: float
    footer_rule: float
    body_bottom: float

    @classmethod
    def of(cls, content: ReportContent, page: Page) -> Chrome:
        f = page.fonts
        width = page.width
        y = 0.0
        marks = report_marks(content)
        mark_lines: list[str] = []
        mark_band = 0.0
        if marks:
            inner = width - page.pt(16)
            joined = "   \u2022   ".join(marks)
            if f.mark.advance(joined) <= inner:
                mark_lines = [joined]
            else:
                mark_lines = [f.mark.elide(m, inner) for m in marks]
            mark_band = len(mark_lines) * f.mark.pitch + page.pt(4)
            y += mark_band + page.pt(6)
        title_top = y
        title_lines = page.wrap(f.title, content.title, width, 2)
        y += len(title_lines) * f.title.pitch + page.pt(1)
        generated = f"{tr_generated()}: {format_generated(content.generated_at)}"
        database = f"{tr_database()}: {content.database_name}"
        joined_meta = f"{generated}      {database}"
        if f.meta.advance(joined_meta) <= width:
            meta = [joined_meta]
        else:
            meta = [f.meta.elide(generated, width), f.meta.elide(database, width)]
        meta += page.wrap(f.meta, f"{tr_filter()}: {filter_display(content)}", width, 2)
        meta_top = y
        y += len(meta) * f.meta.pitch + page.pt(3)
        header_rule = y
        body_top = y + page.pt(10)
        footer_rule = page.height - f.small.pitch - page.pt(4)
        body_bottom = footer_rule - page.pt(8)
        if body_bottom - body_top < page.pt(120):
            raise ValueError("the page is too small for this report")
        return cls(
            marks,
            mark_lines,
            mark_band,
            title_top,
            title_lines,
            meta_top,
            meta,
            header_rule,
            body_top,
            footer_rule,
            body_bottom,
        )


class Flow:
    """The pages laid out so far and the position ``y`` on the last one."""

    def __init__(self, page: Page, chrome: Chrome) -> None:
        self.page = page
        self.body_top = chrome.body_top
        self.body_bottom = chrome.body_bottom
        self.pages: list[list[Item]] = [[]]
        self.y = self.body_top

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
            self.y += self.page.pt(12)

    def put(self, item: Item, height: float) -> None:
        """Place ``item`` (laid out at y = 0 or earlier) at the current position."""
        self.pages[-1].append(replace(item, y=self.y))
        self.y += height


def heading(page: Page, text: str, font: Font | None = None) -> tuple[TextLines, float]:
    """A one-line heading and its height."""
    font = font or page.fonts.heading
    text = font.elide(text, page.width)
    lines = page.place_lines(font, [text], 0, page.width, START, 0)
    return TextLines(0.0, font, INK, lines, AUTO), font.pitch + page.pt(3)


# --- the layouters, one per kind of block ----------------------------------------------------


def layout_blocks(flow: Flow, content: ReportContent, cancelled: CancelledFn | None) -> None:
    for block in content.blocks:
        check_cancelled(cancelled)
        flow.block_gap()
        layout_block(flow, block, cancelled)
    if content.notes:
        flow.block_gap()
        layout_notes(flow, content.notes)


def layout_block(flow: Flow, block: Block, cancelled: CancelledFn | None = None) -> None:
    if isinstance(block, Table):
        TableLayouter(flow, block).layout(cancelled)
    elif isinstance(block, BarChart):
        layout_chart(flow, block)
    elif isinstance(block, KeyValues):
        layout_key_values(flow, block)
    elif isinstance(block, Paragraph):
        layout_paragraph(flow, block.text)
    elif isinstance(block, SignatureLines):
        layout_signatures(flow, block)
    else:  # pragma: no cover - the Block union is closed
        raise TypeError(f"unknown report block {type(block).__name__}")


class TableLayouter:
    """A table: column boxes from the relative widths, cells wrapped to at most three
    lines, rows paginated with the title and header repeated ("continued") and the group
    band repeated on each page it runs over. Rows are laid out in blocks of a few hundred
    between cancellation checks, with per-column constants computed once."""

    BLOCK = 500

    def __init__(self, flow: Flow, table: Table) -> None:
        self.flow = flow
        self.table = table
        page = self.page = flow.page
        columns = list(table.columns)
        hidden = None
        if table.group_key is not None:
            hidden = next((i for i, c in enumerate(columns) if c.key == table.group_key), None)
        visible = [i for i in range(len(columns)) if i != hidden] or list(range(len(columns)))
        if len(visible) == len(columns):
            hidden = None
        self.columns, self.hidden, self.visible = columns, hidden, visible
        weights = [max(columns[i].width, 0.01) for i in visible] or [1.0]
        scale = page.width / sum(weights)
        self.xs: list[float] = []
        self.ws: list[float] = []
        x = 0.0
        for weight in weights:
            self.xs.append(x)
            self.ws.append(weight * scale)
            x += weight * scale
        self.pad_x, self.pad_y = page.pt(4), page.pt(2.2)
        self.aligns = [END if columns[i].numeric else START for i in visible]
        self.decimals = table_decimals(table)
        # per visible column: value index, position k, left edge on paper, width, width
        # inside the padding, whether the text starts at the left edge, decimals
        self.specs = [
            (
                i,
                k,
                page.phys(self.xs[k], w),
                w,
                w - 2 * self.pad_x,
                (self.aligns[k] == START) != page.rtl,
                self.decimals[i],
            )
            for k, (i, w) in enumerate(zip(visible, self.ws, strict=True))
        ]

    def cells(
        self, values: Sequence[Any], font: Font, format_values: bool
    ) -> tuple[list[Line], float]:
        """The lines of one row's cells and the row's height. A cell that fits its column
        (most do) is placed from its cached width; only a cell wider than its column is
        wrapped."""
        page, pad_x = self.page, self.pad_x
        items: list[Line] = []
        append = items.append
        most = 1
        baseline = self.pad_y + font.baseline
        known, advance = font.known, font.advance
        n = len(values)
        for i, k, left, w, inner, to_left, decimals in self.specs:
            value = values[i] if i < n else None
            if not format_values:
                text = str(value)
            elif value.__class__ is str:  # format_cell's last case, without the call
                text = value
                if "\n" in text or "\r" in text or "\t" in text:
                    text = " ".join(text.split())
            else:
                text = format_cell(value, decimals)
            if not text:
                continue
            width = known(text)
            if width is None:
                width = advance(text)
            if width <= inner:
                append((left + pad_x if to_left else left + w - pad_x - width, baseline, text))
                continue
            lines = page.wrap(font, text, inner, MAX_CELL_LINES)
            most = max(most, len(lines))
            items.extend(
                page.place_lines(font, lines, self.xs[k], w, self.aligns[k], self.pad_y, pad_x)
            )
        return items, most * font.pitch + 2 * self.pad_y

    def layout(self, cancelled: CancelledFn | None) -> None:
        if not self.columns:
            return
        flow, page, table = self.flow, self.page, self.table
        f = page.fonts
        body, bold = f.body, f.bold
        pad_x, pad_y, hidden = self.pad_x, self.pad_y, self.hidden
        header_lines, header_h = self.cells([c.title for c in self.columns], bold, False)
        header = HeaderRow(0.0, header_h, header_lines)
        title, title_h = heading(page, table.title) if table.title else (None, 0.0)
        more, more_h = (
            heading(page, f"{table.title} {tr_continued()}", bold) if table.title else (None, 0.0)
        )
        group_col = self.columns[hidden] if hidden is not None else None
        group_h = bold.pitch + 2 * pad_y

        def group_row(value: Any, continued: bool) -> GroupRow:
            assert group_col is not None
            text = f"{group_col.title}: {format_cell(value, self.decimals[hidden or 0])}"
            if continued:
                text = f"{text} {tr_continued()}"
            text = bold.elide(text, page.width - 2 * pad_x)
            x = page.text_x(bold, text, 0, page.width, START, pad_x)
            return GroupRow(0.0, group_h, [(x, pad_y + bold.baseline, text)])

        def start_page(continued: bool) -> None:
            if continued:
                flow.new_page()
                if more is not None:
                    flow.put(more, more_h)
            elif title is not None:
                flow.put(title, title_h)
            flow.put(header, header_h)

        rows = table.rows
        first_h = body.pitch + 2 * pad_y + (group_h if hidden is not None else 0.0)
        flow.ensure(title_h + header_h + first_h)
        start_page(False)
        group_value: Any = object()
        stripe = False
        flagged = table.highlight_rows
        cells = self.cells
        for start in range(0, len(rows), self.BLOCK):
            check_cancelled(cancelled)
            laid = [cells(row, body, True) for row in rows[start : start + self.BLOCK]]
            for offset, (lines, h) in enumerate(laid):
                index = start + offset
                if hidden is not None:
                    row = rows[index]
                    value = row[hidden] if hidden < len(row) else None
                    if value != group_value:
                        group_value = value
                        stripe = False
                        if not flow.fits(group_h + h):
                            start_page(True)
                        flow.put(group_row(value, False), group_h)
                if flow.y + h > flow.body_bottom + 0.5:
                    start_page(True)
                    if hidden is not None:
                        flow.put(group_row(group_value, True), group_h)
                flow.pages[-1].append(BodyRow(flow.y, h, lines, stripe, index in flagged))
                flow.y += h
                stripe = not stripe
        if not rows:
            empty = body.elide(tr_no_records(), page.width - 2 * pad_x)
            line = page.place_lines(body, [empty], 0, page.width, START, pad_y, pad_x)
            flow.put(TextLines(0.0, body, MUTED, line, AUTO), body.pitch + 2 * pad_y)
        if table.totals is not None:
            lines, h = self.cells(totals_cells(table, hidden), bold, True)
            if not flow.fits(h):
                start_page(True)
            flow.put(TotalsRow(0.0, h, lines), h)
        else:
            flow.put(Rule(0.0, RULE, 0.6), 0)


def layout_chart(flow: Flow, chart: BarChart) -> None:
    """Horizontal bars, one band per label, a series per colour, an optional limit marker
    (capacity) per band; the head (title, legend, axis) repeats on each page."""
    page = flow.page
    labels = list(chart.labels)
    series = [(name, list(values)) for name, values in chart.series]
    limits = list(chart.limits) if chart.limits is not None else []
    small, body = page.fonts.small, page.fonts.body

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
    value_w = max([small.advance(t) for t in value_texts] + [0.0]) + page.pt(6)
    label_w = min(page.width * 0.32, max([body.advance(t) for t in labels] + [0.0]) + page.pt(8))
    bars_x = label_w + page.pt(4)
    bars_w = max(page.width - bars_x - value_w, page.width * 0.3)
    n = max(len(series), 1)
    bar_h = page.pt(8) if n == 1 else max(page.pt(3.5), page.pt(12) / n)
    band_h = max(n * bar_h + (n - 1) * page.pt(1) + page.pt(6), body.pitch + page.pt(2))

    def x_of(v: float) -> float:
        return bars_x + bars_w * min(v, top) / top

    legend = [Legend(name, k) for k, (name, _) in enumerate(series)]
    if any(limit for limit in limits):
        legend.append(Legend(chart.limit_label or tr_capacity(), None))
    tick_texts = [format_cell(t if tick_decimals else round(t), tick_decimals) for t in ticks]
    tick_xs = [x_of(t) for t in ticks]

    title, title_h = heading(page, chart.title)
    head_h = title_h + small.pitch + page.pt(4) + small.pitch + page.pt(2)
    more, more_h = heading(page, f"{chart.title} {tr_continued()}", page.fonts.bold)

    def start(continued: bool) -> None:
        if continued:
            flow.new_page()
            head = ChartHead(0.0, more, more_h, legend, tick_xs, tick_texts)
            flow.put(head, head_h - title_h + more_h)
        else:
            flow.put(ChartHead(0.0, title, title_h, legend, tick_xs, tick_texts), head_h)

    flow.ensure(head_h + band_h * min(3, max(len(labels), 1)))
    start(False)
    for i, label in enumerate(labels):
        if not flow.fits(band_h):
            start(True)
        limit = value(limits, i) if i < len(limits) and limits[i] else None
        bars = []
        for k, (_, values) in enumerate(series):
            v = value(values, i)
            over = limit is not None and v > limit
            bars.append(Bar(k, x_of(v) - bars_x, fmt(v), over))
        shown = body.elide(label, label_w - page.pt(4))
        label_line = (
            page.text_x(body, shown, 0, label_w, END, page.pt(4)),
            (band_h - body.pitch) / 2 + body.baseline,
            shown,
        )
        limit_x = x_of(limit) if limit is not None else None
        flow.put(ChartRow(0.0, band_h, label_line, bars, bar_h, bars_x, limit_x, tick_xs), band_h)
    flow.put(Rule(0.0, GRID, 0.5), 0)


def layout_key_values(flow: Flow, block: KeyValues) -> None:
    """Labels beside their values; a long value runs on over as many pages as it needs."""
    page = flow.page
    bold, body = page.fonts.bold, page.fonts.body
    pad_y = page.pt(2)
    label_w = min(
        page.width * 0.35, max([bold.advance(k) for k, _ in block.items] + [0.0]) + page.pt(10)
    )
    value_w = page.width - label_w
    title, title_h = heading(page, block.title) if block.title else (None, 0.0)
    rows = []
    for key, value in block.items:
        key_lines = page.wrap(bold, key, label_w - page.pt(10), 2)
        value_lines = page.wrap(body, value, value_w)
        rows.append((key_lines, value_lines, max(len(key_lines), len(value_lines))))
    first = min(rows[0][2], 2) if rows else 0
    flow.ensure(title_h + first * body.pitch + 2 * pad_y)
    if title is not None:
        flow.put(title, title_h)
    for key_lines, value_lines, count in rows:
        done = 0
        while done < count:
            room = int((flow.body_bottom - flow.y - 2 * pad_y + 0.5) // body.pitch)
            if room < min(count - done, 2) and flow.y > flow.body_top:
                flow.new_page()
                continue
            take = max(1, min(count - done, room))
            part = slice(done, done + take)
            h = take * body.pitch + 2 * pad_y
            keys = page.place_lines(bold, key_lines[part], 0, label_w, START, pad_y)
            values = page.place_lines(body, value_lines[part], label_w, value_w, START, pad_y)
            flow.put(Field(0.0, h, keys, values), h)
            done += take


def layout_paragraph(
    flow: Flow,
    text: str,
    font: Font | None = None,
    indent: float = 0.0,
    bullet: str = "",
    natural: bool = True,
) -> None:
    """Running text, one item per line so that it flows across pages. With ``natural``
    each paragraph aligns to its own reading start (Arabic to the right)."""
    page = flow.page
    font = font or page.fonts.body
    for k, part in enumerate(p for p in text.splitlines() if p.strip()):
        if k:
            flow.y += page.pt(3)
        part = " ".join(part.split())
        direction = RTL if is_rtl(part) else LTR
        lines = page.wrap(font, part, page.width - indent)
        for i, line in enumerate(lines):
            if i == 0:
                flow.ensure(font.pitch * min(2, len(lines)))
            else:
                flow.ensure(font.pitch)
            align = END if natural and (direction == RTL) != page.rtl else START
            placed = page.place_lines(font, [line], indent, page.width - indent, align)
            if bullet and k == 0 and i == 0:
                placed += page.place_lines(font, [bullet], 0, indent, START)
            flow.put(TextLines(0.0, font, INK, placed, direction), font.pitch)


def layout_notes(flow: Flow, notes: Sequence[str]) -> None:
    page = flow.page
    item, h = heading(page, tr_sources())
    first = notes[0] if notes else ""
    flow.ensure(h + page.fonts.body.pitch * min(2, len(first) // 80 + 1))
    flow.put(item, h)
    for note in notes:
        layout_paragraph(flow, note, indent=page.pt(10), bullet="\u2022", natural=False)
        flow.y += page.pt(2)


def layout_signatures(flow: Flow, block: SignatureLines) -> None:
    """Lines to sign on, up to three a row, each with its label below."""
    labels = list(block.labels)
    if not labels:
        return
    page = flow.page
    small = page.fonts.small
    per_row = min(3, len(labels))
    gap = page.pt(18)
    slot = (page.width - gap * (per_row - 1)) / per_row
    space = page.pt(34)
    rows = [labels[i : i + per_row] for i in range(0, len(labels), per_row)]
    row_h = space + page.pt(3) + 2 * small.pitch + page.pt(6)
    flow.ensure(row_h * len(rows) if row_h * len(rows) < flow.body_bottom / 2 else row_h)
    flow.y += page.pt(6)
    for row in rows:
        flow.ensure(row_h)
        slots = []
        for k, label in enumerate(row):
            x = k * (slot + gap)
            lines = page.wrap(small, label, slot, 2)
            placed = page.place_lines(small, lines, x, slot, START, space + page.pt(3))
            slots.append(SignatureSlot(x, placed))
        flow.put(Signatures(0.0, slot, space, slots), row_h)


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
