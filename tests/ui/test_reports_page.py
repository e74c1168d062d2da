"""The Reports page on a seeded database: choosing a report, saving it (PDF, CSV, XLSX)
in the background, the print preview, printing, cancelling and the errors a user sees."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from desktop.ui.dialogs import print_dialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.views.reports_page import ReportsView


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def page(qtbot, window: MainWindow) -> ReportsView:
    window.show_page("reports")
    view = window.pages["reports"]
    assert isinstance(view, ReportsView)
    qtbot.waitUntil(view.is_ready, timeout=10_000)
    return view


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """A message box would wait for a click forever: fail the test with its text instead."""
    from desktop.ui.dialogs import messages

    def tell_error(parent, title, text):
        raise AssertionError(f"error box: {title}: {text}")

    monkeypatch.setattr(messages, "tell_error", tell_error)


@pytest.fixture
def save_to(monkeypatch, tmp_path: Path):
    """Answer the save dialog with a file in tmp_path; records what was asked."""
    asked: list[dict] = []

    def answer(stem: str):
        def ask(parent, *, title, suffix, name, choices=()):
            asked.append({"title": title, "suffix": suffix})
            return tmp_path / f"{stem}{suffix}"

        monkeypatch.setattr(print_dialogs, "ask_save_path", ask)
        return asked

    return answer


def choose(page: ReportsView, kind: str, *, facility: str | None = None) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind))
    if facility is not None:
        index = page.facility.findText(facility)
        assert index >= 0, facility
        page.facility.setCurrentIndex(index)


def wait_status(qtbot, page: ReportsView, start: str, timeout: int = 30_000) -> str:
    try:
        qtbot.waitUntil(lambda: page.status.text().startswith(start), timeout=timeout)
    except Exception:
        shown = f"status {page.status.text()!r}, error {page.error.text()!r}"
        raise AssertionError(shown) from None
    return page.status.text()


def test_the_page_offers_each_report_with_what_it_needs(qtbot, page: ReportsView):
    assert [page.kind.itemData(i) for i in range(page.kind.count())] == [
        "occupancy",
        "amnesty",
        "case",
        "roster",
    ]
    choose(page, "occupancy")
    assert page.facility.isVisible() and not page.amnesty.isVisible()
    assert not page.case_no.isVisible()
    assert page.facility.itemText(0) == "All facilities" and page.facility.count() == 28
    choose(page, "amnesty")
    assert page.amnesty.isVisible() and page.amnesty.currentText() == (
        "General amnesty, October 2020"
    )
    choose(page, "case")
    assert page.case_no.isVisible() and not page.facility.isVisible()
    choose(page, "roster")
    assert page.facility.count() == 27 and page.facility.itemText(0) == "al-Hol camp"
    assert page.facility.itemText(1) == "The Annex (al-Hol camp)"
    assert "personal data" in page.description.text()
    assert all(b.isEnabled() for b in page.output_buttons())
    operated = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QLineEdit) and w.isVisibleTo(page)
    ]
    assert operated and all(w.objectName() and w.accessibleName() for w in operated)


def test_save_occupancy_as_pdf_in_the_background(qtbot, page: ReportsView, save_to, tmp_path):
    asked = save_to("occupancy")
    choose(page, "occupancy")
    qtbot.mouseClick(page.pdf_button, _left())
    assert not page.pdf_button.isEnabled()  # busy until written
    text = wait_status(qtbot, page, "Saved")
    path = tmp_path / "occupancy.pdf"
    assert asked == [{"title": "Save report as", "suffix": ".pdf"}]
    pages = [flat(p.extract_text()) for p in PdfReader(path).pages]
    assert f"({len(pages)} pages)" in text and str(path) in text
    assert "al-Hol camp unknown ≈ 65,000 Oct 2020" in pages[0]
    assert all(f"Page {n} of {len(pages)}" in t for n, t in enumerate(pages, start=1))
    assert "Includes synthetic records" in pages[-1]
    assert page.pdf_button.isEnabled()


def test_roster_to_csv_and_xlsx(qtbot, page: ReportsView, save_to, tmp_path):
    save_to("roster")
    choose(page, "roster", facility="Synthetic Detention Centre 02")
    qtbot.mouseClick(page.csv_button, _left())
    wait_status(qtbot, page, "Saved")
    with (tmp_path / "roster.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Roster: Synthetic Detention Centre 02"]
    assert ["CONFIDENTIAL: contains personal data"] in rows
    people = [r for r in rows if len(r) > 1 and r[1].startswith("SYN-")]
    assert len(people) > 100

    qtbot.mouseClick(page.xlsx_button, _left())
    wait_status(qtbot, page, "Saved")
    book = load_workbook(tmp_path / "roster.xlsx")
    sheet = book["People held"]
    assert sum(1 for r in sheet.iter_rows(values_only=True) if str(r[1]).startswith("SYN-")) == len(
        people
    )
    assert not sheet.sheet_view.rightToLeft


def test_right_to_left_workbook_when_the_interface_is_arabic(qtbot, page, save_to, tmp_path):
    from desktop.app import application

    save_to("amnesty")
    choose(page, "amnesty")
    application("ar")
    try:
        qtbot.mouseClick(page.xlsx_button, _left())
        qtbot.waitUntil(lambda: not page.controller.output.busy, timeout=30_000)
    finally:
        application("en")
    assert "amnesty.xlsx" in page.status.text()  # "Saved …" in Arabic
    book = load_workbook(tmp_path / "amnesty.xlsx")
    assert all(book[name].sheet_view.rightToLeft for name in book.sheetnames)


def test_after_a_missing_or_unknown_case_number_the_keyboard_is_in_the_field(
    qtbot, page: ReportsView
):
    """Preview pressed from the keyboard with no case number, or an unknown one: the
    message was beside the field but the keyboard stayed on the button, so what was typed
    next went nowhere."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    choose(page, "case")
    page.preview_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.preview_button)
    qtbot.keyClick(page.preview_button, Qt.Key.Key_Space)
    assert page.error.text() == "Enter a case number."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.case_no)
    qtbot.keyClicks(QApplication.focusWidget(), "SYN-999999")
    assert page.case_no.text() == "SYN-999999"
    page.preview_button.setFocus()
    qtbot.keyClick(page.preview_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.error.text() == "no case 'SYN-999999'", timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.case_no)
    assert page.case_no.selectedText() == "SYN-999999"  # typing replaces it


def test_case_sheet_needs_a_known_case_number(qtbot, page: ReportsView, save_to, tmp_path):
    asked = save_to("case")
    choose(page, "case")
    qtbot.mouseClick(page.pdf_button, _left())
    assert page.error.isVisible() and page.error.text() == "Enter a case number."
    assert asked == []  # nothing asked, nothing written
    qtbot.keyClicks(page.case_no, "SYN-999999")
    assert not page.error.isVisible()
    qtbot.mouseClick(page.pdf_button, _left())
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert page.error.text() == "no case 'SYN-999999'"
    assert asked == []  # checked before a file name was asked for
    assert not (tmp_path / "case.pdf").exists()
    assert page.pdf_button.isEnabled()

    page.case_no.clear()
    qtbot.keyClicks(page.case_no, "syn-000042")
    qtbot.mouseClick(page.pdf_button, _left())
    wait_status(qtbot, page, "Saved")
    assert asked == [{"title": "Save report as", "suffix": ".pdf"}]
    [text] = [flat(p.extract_text()) for p in PdfReader(tmp_path / "case.pdf").pages]
    assert "Case sheet: SYN-000042" in text and "Page 1 of 1" in text
    assert "CONFIDENTIAL: contains personal data" in text


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen popup
def test_case_numbers_are_completed_as_typed(qtbot, page: ReportsView):
    choose(page, "case")
    page.window().activateWindow()
    page.case_no.setFocus()
    qtbot.keyClicks(page.case_no, "syn-00012")
    model = page.completer.model()
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=10_000)
    assert model.index(0, 0).data() == "SYN-000120"
    if page.case_no.hasFocus():
        assert page.completer.popup().isVisible()
        page.completer.popup().hide()


def test_preview_shows_the_report_pages(qtbot, page: ReportsView):
    choose(page, "amnesty")
    with qtbot.waitSignal(page.controller.output.previewed, timeout=20_000) as opened:
        qtbot.mouseClick(page.preview_button, _left())
    dialog = opened.args[0]
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 2, timeout=10_000)
    assert page.status.text() == "Preview open."
    assert page.controller.output.open_previews() == [dialog]
    dialog.close()  # deleted soon after, and the printer it painted on let go
    qtbot.waitUntil(lambda: page.controller.output.open_previews() == [], timeout=5_000)


def test_print_goes_to_the_chosen_printer(qtbot, page: ReportsView, monkeypatch, tmp_path):
    target = tmp_path / "printed.pdf"
    chosen: list[QPrinter] = []

    def ask_print(parent, printer: QPrinter) -> bool:
        chosen.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(print_dialogs, "ask_print", ask_print)
    choose(page, "occupancy")
    qtbot.mouseClick(page.print_button, _left())
    text = wait_status(qtbot, page, "Sent")
    pages = [flat(p.extract_text()) for p in PdfReader(target).pages]
    assert text == f"Sent {len(pages)} pages to {target}."
    assert "Occupancy by facility" in pages[0]

    monkeypatch.setattr(print_dialogs, "ask_print", lambda parent, printer: False)
    page.status.clear()
    qtbot.mouseClick(page.print_button, _left())
    # Cancelled in the print dialog: nothing is built or printed (a build would have made
    # the output busy at once, before its worker ran).
    assert not page.controller.output.busy
    assert page.status.text() == "" and page.print_button.isEnabled()


def add_big_facility(window: MainWindow, count: int) -> None:
    """A prison holding ``count`` synthetic people (Core inserts, as ``demo`` does)."""
    from desktop.store import seed, synthetic
    from desktop.store.models import Facility

    with window.database.engine.begin() as conn:
        fid = conn.execute(
            Facility.__table__.insert()
            .values(name="Big Prison", kind="prison", status="open", synthetic=True, version=1)
            .returning(Facility.id)
        ).scalar_one()
        rows = synthetic.case_rows(
            synthetic.load_spec(),
            count=count,
            first_number=700_000,
            seed=5,
            category_ids=seed.load_categories(conn),
            facility_ids=[fid],
        )
        seed.insert_detainees(conn, list(rows))


def test_cancelling_a_long_report_writes_nothing(qtbot, window, page, save_to, tmp_path):
    add_big_facility(window, 10_000)
    page.controller.reload()
    qtbot.waitUntil(lambda: page.facility.findText("Big Prison") >= 0, timeout=10_000)
    save_to("big")
    choose(page, "roster", facility="Big Prison")
    qtbot.mouseClick(page.pdf_button, _left())
    progress = page.controller.output.dialog
    assert isinstance(progress, QProgressDialog) and progress.isModal()
    # shown once it takes a while (after the build and the layout, at the first page painted)
    qtbot.waitUntil(progress.isVisible, timeout=60_000)
    [cancel] = progress.findChildren(QPushButton)
    qtbot.mouseClick(cancel, _left())
    assert wait_status(qtbot, page, "Cancelled") == "Cancelled; nothing was written."
    assert list(tmp_path.glob("big*")) == []
    assert page.pdf_button.isEnabled()

    # Not cancelled, the same report is written with a progress dialog along the way.
    qtbot.mouseClick(page.pdf_button, _left())
    text = wait_status(qtbot, page, "Saved", timeout=60_000)
    assert "(4" in text and "pages)" in text  # over 400 pages
    assert len(PdfReader(tmp_path / "big.pdf").pages) > 400


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_saved_line_reads_right_to_left_in_sorani(qtbot, page, save_to, tmp_path):
    """In Sorani "Saved" read "/tmp/…/roster.pdf (18 پەڕە) .پاشەکەوت کرا" from the left
    edge: the translation starts with the file's path, a Latin run that turned the whole
    line left to right, and the page count kept Latin digits."""
    import unicodedata

    from PySide6.QtCore import QLocale

    from desktop.app import application

    save_to("roster")
    choose(page, "roster", facility="Synthetic Detention Centre 02")
    application("ckb")
    try:
        qtbot.mouseClick(page.pdf_button, _left())
        qtbot.waitUntil(lambda: not page.controller.output.busy, timeout=30_000)
        pages = len(PdfReader(tmp_path / "roster.pdf").pages)
        shown = page.status.text()
        assert QLocale().toString(pages) in shown and f"({pages} " not in shown
    finally:
        application("en")
    assert str(tmp_path / "roster.pdf") in shown
    # A label lays the line out in the direction of its first strong letter (the text
    # engine does not look past an isolated run for it).
    first = next(c for c in shown if unicodedata.bidirectional(c) in ("L", "R", "AL"))
    assert unicodedata.bidirectional(first) in ("R", "AL"), shown
