"""The painter's shortcuts draw exactly what ``drawText`` draws: strings drawn again are
painted from their shaped glyphs, and right-to-left text from the Arabic-first face."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPaintDevice, QPdfWriter, QTextLayout, QTextOption

from desktop.reports.content import Column, ReportContent, Table
from desktop.reports.fonts import register_fonts, report_font
from desktop.reports.render_pdf import PDF_RESOLUTION, render_pdf

REPEATED = ["2019-05-01", "محمد أحمد وهمي-7", "Smith محمد 12", "Synthetic Detention Centre 01"]


def glyph_lines(path: Path) -> dict[float, tuple[tuple[str, str, float], ...]]:
    """The glyphs of the first page, read from its content stream (Qt writes each glyph
    as ``dx dy Td <glyph> Tj``): for each baseline, its (font, glyph, x) sorted by x."""
    stream = PdfReader(path).pages[0].get_contents()
    assert stream is not None
    lines: dict[float, list[tuple[str, str, float]]] = {}
    font, x, y, operands = "", 0.0, 0.0, []
    for token in stream.get_data().decode("latin-1").split():
        if token in ("BT", "Tm"):
            x = y = 0.0
        elif token == "Tf":
            font = operands[-2]
        elif token == "Td":
            x, y = x + float(operands[-2]), y + float(operands[-1])
        elif token == "Tj":
            lines.setdefault(round(y, 2), []).append((font, operands[-1], round(x, 2)))
        elif not token.isalpha() or len(token) > 2:
            operands.append(token)
            continue
        operands = []
    return {y: tuple(sorted(glyphs, key=lambda g: g[2])) for y, glyphs in lines.items()}


@pytest.mark.parametrize("right_to_left", [False, True])
def test_repeated_rows_drawn_like_the_first(qapp, tmp_path: Path, right_to_left: bool) -> None:
    # Row 1 is drawn with drawText, row 2 shapes its strings, the rest reuse the glyphs:
    # every row must hold the same glyphs at the same x on one baseline.
    rows = 6
    columns = [
        Column("since", "Held since"),
        Column("name", "Name (Arabic)", width=2.0),
        Column("alias", "Alias", width=1.4),
        Column("facility", "Facility", width=2.5),
    ]
    table = Table(columns, [list(REPEATED) for _ in range(rows)])
    content = ReportContent(
        "Roster", datetime(2024, 1, 1), "db", "", [table], right_to_left=right_to_left
    )
    path = tmp_path / "repeated.pdf"
    render_pdf(content, path)
    lines = glyph_lines(path)
    (row, count), *_ = Counter(lines.values()).most_common(1)
    assert count == rows and len(row) > 40
    body = [y for y, glyphs in lines.items() if glyphs == row]
    steps = {round(b - a, 1) for a, b in zip(sorted(body), sorted(body)[1:], strict=False)}
    assert len(steps) == 1
    # and in the same order in the file, which text extraction in file order follows
    extracted = PdfReader(path).pages[0].extract_text().splitlines()
    rows_read = [line for line in extracted if "Smith" in line]
    assert len(rows_read) == rows and len(set(rows_read)) == 1, rows_read


TEXTS = [
    "محمد أحمد وهمي-1234",
    "عبد الرحمن يوسف",
    "رقم 15/3 (أ)",
    "١٢٣ محمد",
    "ئەحمەد کوردی ڕۆژ",
    "محمد Smith 12",
]


def positions(text: str, font: QFont, device: QPaintDevice) -> list[tuple[float, float]]:
    """Where each glyph of ``text`` goes, laid out right to left on one line."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(1e6)
    layout.endLayout()
    return sorted((p.x(), p.y()) for run in layout.glyphRuns() for p in run.positions())


@pytest.mark.parametrize("size,bold", [(9.0, False), (9.0, True), (7.5, False), (14.0, True)])
def test_arabic_first_face_places_every_glyph_alike(
    qapp, tmp_path: Path, size: float, bold: bool
) -> None:
    register_fonts()
    device = QPdfWriter(str(tmp_path / "unused.pdf"))
    device.setResolution(PDF_RESOLUTION)
    latin_first = report_font(size, bold=bold)
    arabic_first = report_font(size, bold=bold, arabic_first=True)
    assert latin_first.families()[0] != arabic_first.families()[0]
    for text in TEXTS:
        assert positions(text, arabic_first, device) == positions(text, latin_first, device), text
