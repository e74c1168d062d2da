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


def test_the_print_preview_shows_arabic_as_the_page_does(qapp) -> None:
    """The print preview records each page as a picture and replays it: Arabic lines drawn
    with drawText came back with their brackets unmirrored and spaces lost ("الملحق)مخيم
    الهول(", "تجريبي01"). Replayed, a picture now shows what painting on the page shows."""
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QColor, QImage, QPainter, QPicture

    from desktop.reports.pdf_measure import Page
    from desktop.reports.pdf_paint import Painter

    register_fonts()
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)
    page = Page(writer, True)
    texts = ["الملحق (مخيم الهول)", "مركز احتجاز تجريبي 01", "المحتجزون (السجلات)"]
    size = (520, 40 * len(texts) + 20)

    def paint(device: QPaintDevice) -> None:
        painter = QPainter(device)
        artist = Painter(page, None, painter)  # type: ignore[arg-type]  # no chrome drawn
        for i, line in enumerate(texts):
            artist.lines(0.0, page.fonts.title, QColor("black"), [(10.0, 30.0 + 40 * i, line)])
        painter.end()

    def image() -> QImage:
        made = QImage(*size, QImage.Format.Format_RGB32)
        made.fill(QColor("white"))
        return made

    picture = QPicture()
    paint(picture)
    replayed = image()
    painter = QPainter(replayed)
    painter.drawPicture(0, 0, picture)
    painter.end()
    direct = image()
    paint(direct)

    small = (size[0] // 4, size[1] // 4)
    a, b = (
        i.scaled(*small).convertToFormat(QImage.Format.Format_Grayscale8)
        for i in (replayed, direct)
    )
    difference = sum(
        abs(QColor(a.pixel(x, y)).lightness() - QColor(b.pixel(x, y)).lightness())
        for x in range(small[0])
        for y in range(small[1])
    ) / (small[0] * small[1])
    # Measured: about 1.2 (antialiasing of glyphs drawn one way or the other) when the two
    # agree, about 7 when the replay mirrors and drops as it did.
    assert difference < 3.0, difference
