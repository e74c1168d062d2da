"""Renderers: PDF read back with pypdf, CSV with csv, XLSX with openpyxl."""

from __future__ import annotations

import csv
import math
import re
import shutil
import signal
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.reports.content import (
    BarChart,
    Column,
    KeyValues,
    Paragraph,
    ReportContent,
    SignatureLines,
    Table,
)
from desktop.reports.fonts import register_fonts
from desktop.reports.render import render
from desktop.reports.render_pdf import RenderCancelled, render_pdf
from desktop.reports.render_tabular import render_csv, render_xlsx, sheet_names
from desktop.resources import resources_dir, seeds_dir

ARABIC_NAMES = ["محمد أحمد", "فاطمة الزهراء", "عبد الرحمن يوسف"]
LATIN_NAMES = ["John Smith", "Aïcha Benali", "Peter Miller"]
CONFIDENTIAL = "CONFIDENTIAL: contains personal data"
SYNTHETIC = "Includes synthetic records"

COLUMNS = [
    Column("category", "Category"),
    Column("name", "Name", width=2.5),
    Column("record", "Record no."),
    Column("days", "Days held", numeric=True),
    Column("ratio", "Ratio", numeric=True),
]


def roster_rows() -> list[list[str | int | float | None]]:
    rows: list[list[str | int | float | None]] = []
    for i, name in enumerate(
        [n for pair in zip(ARABIC_NAMES, LATIN_NAMES, strict=True) for n in pair]
    ):
        category = "Detained" if i < 4 else "Released"
        rows.append([category, name, f"R-{i:04d}", 10 * i + 7, round(0.25 * i + 0.5, 2)])
    rows.append(["Released", "Nameless", "R-0099", None, None])
    return rows


def make_content(*, right_to_left: bool = False, rows: int | None = None) -> ReportContent:
    roster = roster_rows()
    return ReportContent(
        title="Detainee roster",
        generated_at=datetime(2024, 5, 1, 14, 32, tzinfo=UTC),
        database_name="case_tracker.db",
        filter_text="Facility = Central Prison; status = any",
        blocks=[
            KeyValues("Case summary", [("Facility", "Central Prison"), ("Officer", "محمد أحمد")]),
            Table(
                COLUMNS,
                roster,
                title="Roster",
                totals=[None, None, None, sum(r[3] or 0 for r in roster), None],
                group_key="category",
                highlight_rows=frozenset({1}),
            ),
            BarChart(
                "Occupancy",
                ["Central Prison", "سجن صيدنايا"],
                [("Detained", [120, 340]), ("Released", [30, 50])],
                limits=[150, 300],
            ),
        ],
        contains_personal_data=True,
        includes_synthetic=True,
        right_to_left=right_to_left,
        notes=["Counts are taken from the registry at the generated time.", "Ratios: 2 decimals."],
    )


# --- helpers ---------------------------------------------------------------------------


def flat(text: str) -> str:
    """Extracted text with all runs of whitespace made one space (pypdf uses tabs)."""
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def every_page_text(path: Path) -> list[str]:
    """The text of every page, read by poppler's ``pdftotext`` in one pass (1.6 s of CPU for
    the 279 pages of 10,000 rows, where pypdf takes about 28 s); by pypdf where poppler is
    not installed. ``-layout`` keeps each table row on one line, as it is drawn."""
    program = shutil.which("pdftotext")
    if program is None:
        return page_texts(path)
    result = subprocess.run(
        [program, "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=600,
    )
    pages = result.stdout.split("\f")
    count = len(PdfReader(path).pages)
    assert pages[count:] == [""], "pdftotext gave more pages than the file has"
    return pages[:count]


def is_joined_form(char: str) -> bool:
    return unicodedata.decomposition(char).split(" ")[0] in ("<initial>", "<medial>", "<final>")


def arabic_shown(page_text: str, name: str) -> bool:
    """Whether the Arabic ``name`` appears in text extracted from a PDF page.

    pypdf gives the glyphs of each word in visual order (reversed) and as presentation
    forms, and the words of a name as separate runs in either order. So: NFKC-normalise,
    accept each word forward or reversed, and require the name's words to be adjacent.
    If presentation forms come out at all, the letters of a joining word must show
    joined (initial/medial/final) forms: unshaped text would not.
    """
    raw_tokens = page_text.split()
    tokens = [unicodedata.normalize("NFKC", t) for t in raw_tokens]
    words = name.split()

    def matches(token: str, word: str) -> bool:
        return token in (word, word[::-1])

    for start in range(len(tokens) - len(words) + 1):
        window = tokens[start : start + len(words)]
        raw = raw_tokens[start : start + len(words)]
        for order in (words, words[::-1]):
            if all(matches(t, w) for t, w in zip(window, order, strict=True)):
                presentation = [c for token in raw for c in token if "\ufb50" <= c <= "\ufeff"]
                if not presentation or any(is_joined_form(c) for c in presentation):
                    return True
    return False


def font_names(path: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


# --- PDF -------------------------------------------------------------------------------


def test_pdf_chrome_on_every_page(qapp, tmp_path: Path) -> None:
    path = tmp_path / "roster.pdf"
    pages = render_pdf(make_content(), path)
    texts = [flat(t) for t in page_texts(path)]
    assert pages == len(texts) >= 1
    for number, text in enumerate(texts, start=1):
        assert "Detainee roster" in text
        assert f"Page {number} of {pages}" in text
        assert CONFIDENTIAL in text
        assert SYNTHETIC in text
        assert "Generated: 2024-05-01 14:32 UTC" in text
        assert "Database: case_tracker.db" in text
        assert "Filter: Facility = Central Prison; status = any" in text


def test_pdf_blocks_totals_notes_and_arabic(qapp, tmp_path: Path) -> None:
    path = tmp_path / "roster.pdf"
    render_pdf(make_content(), path)
    raw = "\n".join(page_texts(path))
    text = flat(raw)
    for name in LATIN_NAMES:
        assert name in text
    for name in ARABIC_NAMES:
        assert arabic_shown(raw, name), name
    assert not arabic_shown(raw, "أحمد محمود"), "the Arabic check must be able to fail"
    # group headings instead of the group column, totals in bold row labelled "Total"
    assert "Category: Detained" in text and "Category: Released" in text
    total = sum(10 * i + 7 for i in range(6))
    assert re.search(rf"Total {total}\b", text)
    assert "Ratio" in text and "0.50" in text and "1.75" in text  # two decimals per column
    assert "Sources and precision" in text
    assert "Counts are taken from the registry at the generated time." in text
    assert text.index("Sources and precision") > text.index("Occupancy")
    assert "Case summary" in text and "Officer" in text
    assert "Capacity" in text  # the limit marker's legend
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular"} <= font_names(path)


def test_pdf_right_to_left_mirrors_columns(qapp, tmp_path: Path) -> None:
    def x_positions(path: Path) -> dict[str, float]:
        found: dict[str, float] = {}

        def visit(text: str, cm, tm, font_dict, font_size) -> None:
            word = text.strip()
            if word in ("Name", "Ratio") and word not in found:
                found[word] = cm[4] + tm[4] * cm[0]

        PdfReader(path).pages[0].extract_text(visitor_text=visit)
        return found

    ltr, rtl = tmp_path / "ltr.pdf", tmp_path / "rtl.pdf"
    render_pdf(make_content(), ltr)
    render_pdf(make_content(right_to_left=True), rtl)
    left = x_positions(ltr)
    right = x_positions(rtl)
    assert left["Name"] < left["Ratio"]
    assert right["Name"] > right["Ratio"]
    assert "Page 1 of" in flat(page_texts(rtl)[0])


def test_pdf_other_blocks_and_no_rows(qapp, tmp_path: Path) -> None:
    content = ReportContent(
        title="Case sheet",
        generated_at=datetime(2024, 1, 2, 3, 4),
        database_name="db",
        filter_text="",
        blocks=[
            Paragraph("First paragraph. " * 60 + "\nهذه فقرة باللغة العربية. " * 4),
            Table([Column("a", "Alpha"), Column("n", "Number", numeric=True)], [], title="Empty"),
            SignatureLines(["Prepared by", "Approved by"]),
        ],
    )
    path = tmp_path / "sheet.pdf"
    pages = render_pdf(content, path)
    text = flat("\n".join(page_texts(path)))
    assert pages == 1
    assert "Filter: (none)" in text
    assert "No records" in text
    assert "Prepared by" in text and "Approved by" in text
    assert "CONFIDENTIAL" not in text and "Sources and precision" not in text


def table_of(count: int) -> Table:
    columns = [
        Column("id", "Record", width=1.0),
        Column("name", "Full name", width=2.0),
        Column("facility", "Facility", width=1.5),
        Column("days", "Days", numeric=True, width=0.7),
        Column("score", "Score", numeric=True, width=0.7),
        Column("date", "Arrested", width=1.0),
    ]
    names = [*ARABIC_NAMES, *LATIN_NAMES]
    rows = [
        [
            f"N{i:05d}",
            names[i % len(names)],
            "Central Prison" if i % 2 else "سجن صيدنايا",
            i % 365,
            (i * 7) % 1000 / 10,
            f"2023-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
        ]
        for i in range(count)
    ]
    return Table(columns, rows, title="Everyone", totals=[None, None, None, 1, None, None])


def ids_on(text: str) -> list[int]:
    return [int(m) for m in re.findall(r"\bN(\d{5})\b", text)]


@pytest.mark.slow
def test_pdf_ten_thousand_rows(qapp, tmp_path: Path) -> None:
    rows = 10_000
    content = ReportContent("Big roster", datetime(2024, 1, 1), "db", "", [table_of(rows)], True)
    path = tmp_path / "big.pdf"
    calls: list[tuple[int, int]] = []
    # Its speed is measured by ``python -m benchmarks`` (the roster PDF), not asserted here.
    pages = render_pdf(content, path, progress=lambda done, total: calls.append((done, total)))
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    assert calls[0] == (0, pages) and calls[-1] == (pages, pages)

    def text_of(number: int) -> str:
        return flat(reader.pages[number - 1].extract_text())

    # Extracting all pages with pypdf takes ~20 s; check the first two, a middle and
    # the last page in full, and the pagination arithmetic that ties them together.
    first, second = ids_on(text_of(1)), ids_on(text_of(2))
    per_page = len(second)
    assert first == list(range(len(first))) and len(first) > 20
    assert second == list(range(len(first), len(first) + per_page))
    expected_pages = 1 + math.ceil((rows - len(first)) / per_page)
    assert pages in (expected_pages, expected_pages + 1)  # the totals row may need a page
    middle = pages // 2
    start = len(first) + (middle - 2) * per_page
    assert ids_on(text_of(middle)) == list(range(start, start + per_page))
    last = text_of(pages)
    assert re.search(r"Total 1\b", last)
    if pages == expected_pages:
        assert ids_on(last)[-1] == rows - 1
    for number in (1, 2, middle, pages):
        text = text_of(number)
        assert "Record Full name Facility Days Score Arrested" in text, number
        assert f"Page {number} of {pages}" in text
        assert CONFIDENTIAL in text
        if number > 1:
            assert "Everyone (continued)" in text


@pytest.mark.slow
def test_pdf_ten_thousand_rows_every_page_has_header(qapp, tmp_path: Path) -> None:
    content = ReportContent("Big", datetime(2024, 1, 1), "db", "", [table_of(10_000)])
    path = tmp_path / "big.pdf"
    pages = render_pdf(content, path)
    seen: list[int] = []
    texts = every_page_text(path)
    assert len(texts) == pages
    for number, raw in enumerate(texts, start=1):
        text = flat(raw)
        assert "Record Full name Facility Days Score Arrested" in text, number
        assert f"Page {number} of {pages}" in text
        seen.extend(ids_on(text))
    assert seen == list(range(10_000))


def test_pdf_cancel_leaves_no_file(qapp, tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(b"previous")
    content = ReportContent("Big", datetime(2024, 1, 1), "db", "", [table_of(3000)])
    pages_done: list[int] = []
    with pytest.raises(RenderCancelled):
        render_pdf(
            content,
            path,
            progress=lambda done, total: pages_done.append(done),
            cancelled=lambda: len(pages_done) > 3,
        )
    assert path.read_bytes() == b"previous"
    assert list(tmp_path.iterdir()) == [path]


def test_paint_report_on_printer_preview_and_page_range(qapp, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    from desktop.reports.render_pdf import configure_page, paint_report

    content = ReportContent("Big", datetime(2024, 1, 1), "db", "", [table_of(300)], True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_page(printer)
    preview = QPrintPreviewWidget(printer)
    counts: list[int] = []
    preview.paintRequested.connect(lambda p: counts.append(paint_report(content, p)))
    preview.updatePreview()
    assert counts and counts[-1] == preview.pageCount() > 3

    path = tmp_path / "range.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    total = paint_report(content, printer)
    texts = [flat(t) for t in page_texts(path)]
    assert total == counts[-1]
    assert len(texts) == 2
    assert f"Page 2 of {total}" in texts[0] and f"Page 3 of {total}" in texts[1]


class _GermanReport(QTranslator):
    WORDS: ClassVar[dict[str, str]] = {
        "Page %1 of %2": "Seite %1 von %2",
        "CONFIDENTIAL: contains personal data": "VERTRAULICH: enthält personenbezogene Daten",
        "Sources and precision": "Quellen und Genauigkeit",
        "Total": "Summe",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        # None (a null string) means "not translated"; "" would translate to nothing
        return self.WORDS.get(source) if context == "Report" else None

    def isEmpty(self) -> bool:
        return False


def test_report_chrome_is_translatable(qapp, tmp_path: Path) -> None:
    translator = _GermanReport()
    QCoreApplication.installTranslator(translator)
    try:
        path = tmp_path / "de.pdf"
        pages = render_pdf(make_content(), path)
        csv_path = tmp_path / "de.csv"
        render_csv(make_content(), csv_path)
    finally:
        QCoreApplication.removeTranslator(translator)
    text = flat(page_texts(path)[0])
    assert f"Seite 1 von {pages}" in text
    assert "VERTRAULICH: enthält personenbezogene Daten" in text
    assert "Includes synthetic records" in text  # untranslated words stay English
    assert "VERTRAULICH" in csv_path.read_text(encoding="utf-8-sig")


def test_marks_kept_in_content() -> None:
    assert make_content().marks() == [CONFIDENTIAL, SYNTHETIC]


# --- CSV -------------------------------------------------------------------------------


def sections(rows: list[list[str]]) -> Iterator[list[list[str]]]:
    section: list[list[str]] = []
    for row in rows:
        if not any(row):
            if section:
                yield section
            section = []
        else:
            section.append(row)
    if section:
        yield section


def as_csv(value: object) -> str:
    return "" if value is None else str(value)


def test_csv_round_trip(tmp_path: Path) -> None:
    content = make_content()
    path = tmp_path / "roster.csv"
    render(content, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, fields, table, notes = sections(rows)
    assert header[0] == ["Detainee roster"]
    assert header[1] == ["Generated", "2024-05-01 14:32 UTC"]
    assert header[2] == ["Database", "case_tracker.db"]
    assert header[3] == ["Filter", "Facility = Central Prison; status = any"]
    assert header[4:] == [[CONFIDENTIAL], [SYNTHETIC]]
    assert fields == [["Case summary"], ["Facility", "Central Prison"], ["Officer", "محمد أحمد"]]
    assert table[0] == ["Roster"]
    assert table[1] == [c.title for c in COLUMNS]
    roster = roster_rows()
    assert table[2 : 2 + len(roster)] == [[as_csv(v) for v in row] for row in roster]
    assert table[-1] == ["Total", "", "", str(sum(10 * i + 7 for i in range(6))), ""]
    assert notes == [["Sources and precision"], *([n] for n in content.notes)]


def test_csv_keeps_formulas_as_text(tmp_path: Path) -> None:
    table = Table([Column("a", "A"), Column("n", "N", numeric=True)], [["=1+2", -3], ["-x", 4]])
    content = ReportContent("T", datetime(2024, 1, 1), "db", "", [table])
    path = tmp_path / "t.csv"
    render_csv(content, path)
    text = path.read_text(encoding="utf-8-sig")
    assert "'=1+2,-3" in text and "'-x,4" in text


# --- XLSX ------------------------------------------------------------------------------


def test_xlsx_round_trip(tmp_path: Path) -> None:
    content = make_content()
    path = tmp_path / "roster.xlsx"
    render(content, path)
    book = load_workbook(path)
    assert book.sheetnames == ["Case summary", "Roster", "Sources"]
    sheet = book["Roster"]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "Detainee roster"
    assert values[1][:2] == ["Generated", "2024-05-01 14:32 UTC"]
    assert values[4][0] == CONFIDENTIAL and values[5][0] == SYNTHETIC
    titles = [c.title for c in COLUMNS]
    at = next(i for i, row in enumerate(values) if list(row[: len(titles)]) == titles)
    assert sheet.freeze_panes == f"A{at + 2}"
    assert sheet.cell(at + 1, 1).font.bold
    roster = roster_rows()
    assert values[at + 1 : at + 1 + len(roster)] == roster
    days = sheet.cell(at + 2, 4).value
    ratio = sheet.cell(at + 2, 5).value
    assert isinstance(days, int) and isinstance(ratio, float)
    totals = values[at + 1 + len(roster)]
    assert totals == ["Total", None, None, sum(10 * i + 7 for i in range(6)), None]
    assert sheet.cell(at + 2 + len(roster), 4).font.bold
    assert sheet.sheet_view.rightToLeft in (None, False)
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["D"].width
    notes = [r[0] for r in book["Sources"].iter_rows(values_only=True) if r[0]]
    assert notes[-3:] == ["Sources and precision", *content.notes]
    fields = [r[:2] for r in book["Case summary"].iter_rows(values_only=True)]
    assert ("Officer", "محمد أحمد") in fields


def test_xlsx_right_to_left_and_text_safety(tmp_path: Path) -> None:
    long_title = "Detainees: [all] facilities / every region, listed by name*"
    tables = [
        Table([Column("a", "A"), Column("n", "N", numeric=True)], [["=SUM(A1)", 1.5]], long_title),
        Table([Column("a", "A")], [["x"]], long_title),
        Table([Column("a", "A")], [["y"]], "History"),
    ]
    content = ReportContent("T", datetime(2024, 1, 1), "db", "", tables, right_to_left=True)
    path = tmp_path / "rtl.xlsx"
    render_xlsx(content, path)
    book = load_workbook(path)
    names = book.sheetnames
    assert len(names) == 3 and len(set(names)) == 3
    assert all(len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n) for n in names)
    assert names[2].casefold() != "history"
    assert all(book[n].sheet_view.rightToLeft for n in names)
    cell = next(c for row in book[names[0]].iter_rows() for c in row if c.value == "=SUM(A1)")
    assert cell.data_type == "s"


def test_sheet_names() -> None:
    assert sheet_names(["a", "A", "", "x" * 40, "x" * 40]) == [
        "a",
        "A (2)",
        "Table 3",
        "x" * 31,
        "x" * 27 + " (2)",
    ]


# --- dispatch and resources --------------------------------------------------------------


@pytest.mark.parametrize("name", ["report.docx", "report", "report.pdf.txt"])
def test_unknown_extension(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match=re.escape(Path(name).suffix or "(none)")):
        render(make_content(), tmp_path / name)
    assert not (tmp_path / name).exists()


def test_render_dispatches_pdf_by_extension(qapp, tmp_path: Path) -> None:
    path = tmp_path / "ROSTER.PDF"
    pages = render(make_content(), path)
    assert isinstance(pages, int) and pages >= 1
    assert path.read_bytes().startswith(b"%PDF")


def test_fonts_bundled_and_registered(qapp) -> None:
    folder = resources_dir() / "fonts"
    assert (folder / "OFL.txt").read_text().startswith("Copyright 2022 The Noto Project Authors")
    assert register_fonts() == ["Noto Sans", "Noto Sans Arabic"]
    assert register_fonts() == ["Noto Sans", "Noto Sans Arabic"]  # idempotent
    assert seeds_dir().name in ("seeds", "_seeds")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_report_killed_while_written_leaves_nothing_after_the_next_start(cli, seeded_path: Path):
    """A report (a roster names everyone held in a facility) is written under a temporary
    name beside its file; a process killed meanwhile left that hidden file for good. It
    carries the process id, so the next start beside it removes it."""
    folder = seeded_path.parent
    script = (
        "import os, signal\n"
        "from desktop.reports.common import atomic_output\n"
        f"with atomic_output({str(folder / 'roster.pdf')!r}) as temp:\n"
        "    temp.write_bytes(b'Ahmad Synthetic, held since 2019')\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert killed.returncode == -signal.SIGKILL
    before = {p.name for p in folder.iterdir()}
    assert any("roster.pdf" in name for name in before), before
    assert cli("search", "--db", str(seeded_path), "Ahmad").returncode == 0
    assert [p.name for p in folder.iterdir() if "roster" in p.name] == []
