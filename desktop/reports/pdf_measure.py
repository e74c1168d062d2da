"""Measuring text for the PDF layout: fonts with cached widths, the page's geometry in
device units, alignment and line wrapping.

Widths are cached per string and font. A string of several words is measured as the sum of
its words (the words of names and places repeat from row to row where whole cells do not),
and wraps by those widths; text that may break elsewhere than at a space (hyphens, slashes,
a word wider than the line) is wrapped by Qt's ``QTextLayout``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QTextLayout, QTextOption

from desktop.reports.fonts import report_font

# sizes in points
BODY_PT = 9.0
SMALL_PT = 7.5
META_PT = 8.0
TITLE_PT = 14.0
HEADING_PT = 10.5
MARK_PT = 8.5
LINE_FACTOR = 1.45  # line pitch as a multiple of the font size: room for Arabic descenders
MAX_CELL_LINES = 3
CACHE_LIMIT = 200_000  # strings per font

START, END, CENTER = 0, 1, 2
LTR = Qt.LayoutDirection.LeftToRight
RTL = Qt.LayoutDirection.RightToLeft
AUTO = Qt.LayoutDirection.LayoutDirectionAuto

# Text whose only break opportunities are single spaces: words of letters, digits, marks and
# the punctuation that never allows a break after it (a hyphen only before a digit).
_SPACE_BREAKS_ONLY = re.compile(
    r"(?:[^\s\-/\u2010-\u2015\u00ad]|-(?=\d))+(?: (?:[^\s\-/\u2010-\u2015\u00ad]|-(?=\d))+)*"
)

_HAS_DIGIT = re.compile(r"\d")
_RUNS = re.compile(r"\d+|\D+")

Line = tuple[float, float, str]  # x on paper, offset from the item's top to the baseline, text


@lru_cache(maxsize=4096)
def is_rtl(text: str) -> bool:
    """Direction of a paragraph from its first strong character (Unicode rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class Font:
    """A font with its metrics on the target device and a cache of text advances.

    ``font`` draws and measures; ``rtl`` is the same font with Arabic first in its
    families (same glyph positions, see ``report_font``), for drawing right-to-left text."""

    __slots__ = (
        "_advances",
        "_digits",
        "baseline",
        "font",
        "known",
        "metrics",
        "pitch",
        "rtl",
        "space",
    )

    def __init__(
        self, font: QFont, device: QPagedPaintDevice, dpi: float, rtl: QFont | None = None
    ) -> None:
        self.font = font
        self.rtl = rtl if rtl is not None else font
        self.metrics = QFontMetricsF(font, device)
        self.pitch = font.pointSizeF() * LINE_FACTOR * dpi / 72.0
        ascent, descent = self.metrics.ascent(), self.metrics.descent()
        # baseline within a line box of height ``pitch``, Latin extents centred
        self.baseline = (self.pitch - (ascent + descent)) / 2.0 + ascent
        self._advances: dict[str, float] = {}
        self.known = self._advances.get  # the cached width of a string, or None
        self.space = self.metrics.horizontalAdvance(" ")
        self._digits = {d: self.advance(d) for d in "0123456789"}

    def advance(self, text: str) -> float:
        """The width of ``text``: cached per string; several words are the sum of the
        (cached) words and the spaces between them, and a word with digits the sum of its
        letters and its digits (``Synthetic-`` and ``1`` ``2`` ``3``), so that the numbers
        that make names and case numbers unique are never measured whole."""
        get = self._advances.get
        width = get(text)
        if width is not None:
            return width
        if " " in text and "  " not in text and text.strip() == text:
            width = self.space * text.count(" ")
            for word in text.split(" "):
                part = get(word)
                width += part if part is not None else self.advance(word)
        elif len(text) > 1 and _HAS_DIGIT.search(text) and " " not in text:
            width = 0.0
            for run in _RUNS.findall(text):
                if not run[0].isdigit():
                    part = get(run)
                    width += part if part is not None else self.advance(run)
                elif run.isascii():
                    width += sum(map(self._digits.__getitem__, run))
                else:
                    width += sum(map(self.advance, run))
        else:
            width = self.metrics.horizontalAdvance(text)
        if len(self._advances) < CACHE_LIMIT:
            self._advances[text] = width
        return width

    def elide(self, text: str, width: float) -> str:
        if self.advance(text) <= width:
            return text
        return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


@dataclass(frozen=True)
class Fonts:
    body: Font
    bold: Font
    small: Font
    meta: Font
    title: Font
    heading: Font
    mark: Font

    @classmethod
    def on(cls, device: QPagedPaintDevice, dpi: float) -> Fonts:
        def font(size: float, bold: bool = False) -> Font:
            rtl = report_font(size, bold=bold, arabic_first=True)
            return Font(report_font(size, bold=bold), device, dpi, rtl)

        return cls(
            body=font(BODY_PT),
            bold=font(BODY_PT, bold=True),
            small=font(SMALL_PT),
            meta=font(META_PT),
            title=font(TITLE_PT, bold=True),
            heading=font(HEADING_PT, bold=True),
            mark=font(MARK_PT, bold=True),
        )


class Page:
    """The printable area of the device, the reading direction and the fonts: where text
    goes on paper."""

    def __init__(self, device: QPagedPaintDevice, rtl: bool) -> None:
        self.device = device
        self.rtl = rtl
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())
        self.height = float(device.height())
        if self.width <= 0 or self.height <= 0:
            raise ValueError("the paint device has no printable area")
        self.fonts = Fonts.on(device, self.dpi)

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    def phys(self, x: float, w: float) -> float:
        """Left edge on paper of a box ``w`` wide that starts ``x`` from the reading start."""
        return x if not self.rtl else self.width - x - w

    def text_x(self, font: Font, text: str, x: float, w: float, align: int, pad: float) -> float:
        """Left edge on paper for ``text`` aligned in the logical box (x, w)."""
        left = self.phys(x, w)
        advance = font.advance(text)
        if align == CENTER:
            return left + (w - advance) / 2.0
        to_left = (align == START) != self.rtl
        return left + pad if to_left else left + w - pad - advance

    def place_lines(
        self,
        font: Font,
        lines: list[str],
        x: float,
        w: float,
        align: int,
        top: float = 0.0,
        pad: float = 0.0,
    ) -> list[Line]:
        """Line boxes stacked from ``top`` (relative to the item's top)."""
        return [
            (self.text_x(font, line, x, w, align, pad), top + i * font.pitch + font.baseline, line)
            for i, line in enumerate(lines)
        ]

    def wrap(self, font: Font, text: str, width: float, max_lines: int = 0) -> list[str]:
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
        by_words = _wrap_words(font, text, width, max_lines)
        if by_words is not None:
            return by_words
        return self._wrap_qt(font, text, width, max_lines)

    def _wrap_qt(self, font: Font, text: str, width: float, max_lines: int) -> list[str]:
        layout = QTextLayout(text, font.font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(RTL if is_rtl(text) else LTR)
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


def _wrap_words(font: Font, text: str, width: float, max_lines: int) -> list[str] | None:
    """Greedy wrapping at single spaces by cached word widths; None when the text may break
    elsewhere or a word is wider than the line (then Qt wraps it)."""
    if not _SPACE_BREAKS_ONLY.fullmatch(text):
        return None
    words = text.split(" ")
    advances = [font.advance(w) for w in words]
    if max(advances) > width:
        return None
    space = font.space
    lines: list[str] = []
    starts: list[int] = []
    first, used = 0, advances[0]
    for k in range(1, len(words)):
        if used + space + advances[k] <= width:
            used += space + advances[k]
            continue
        starts.append(first)
        lines.append(" ".join(words[first:k]))
        first, used = k, advances[k]
    starts.append(first)
    lines.append(" ".join(words[first:]))
    if max_lines and len(lines) > max_lines:
        rest = " ".join(words[starts[max_lines - 1] :])
        lines = [*lines[: max_lines - 1], font.elide(rest, width)]
    return lines
