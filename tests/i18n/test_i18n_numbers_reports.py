"""Arabic-Indic digits typed into number fields, and reports in the interface language."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFormLayout, QWidget

from desktop.app import application
from desktop.domain.numbers import parse_count
from desktop.reports.render import render
from desktop.services.database import Database
from desktop.services.facilities import get_facility
from desktop.services.reports import build_report
from desktop.ui.editing import DigitsLineEdit, RecordForm
from desktop.ui.main_window import MainWindow
from tests.i18n.window_helpers import commit_text, find_row

TIMEOUT = 20_000


def test_arabic_indic_digits_in_a_form_number_field(qtbot):
    application("ar")
    host = QWidget()
    qtbot.addWidget(host)
    form = RecordForm(host)
    edit = DigitsLineEdit()
    form.add_row(QFormLayout(host), "السعة", edit, "capacity", object_name="capacity")
    form.load({"capacity": None})
    commit_text(edit, "١٢٣")
    assert edit.text() == "١٢٣"  # shown as typed
    assert edit.ascii_text() == "123"
    assert form.values()["capacity"] == "١٢٣"
    assert parse_count(form.values()["capacity"]) == 123
    assert form.is_dirty()
    form.undo_stack.undo()
    assert edit.text() == "" and not form.is_dirty()


def test_capacity_typed_in_arabic_digits_on_the_arabic_facilities_page(
    qtbot, seeded_db: Database, settings: QSettings
):
    application("ar")
    window = MainWindow(seeded_db, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=TIMEOUT):
        window.show()
    page = window.pages["facilities"]
    index = find_row(page.model, "Synthetic Detention Centre 01")
    facility_id = get_facility_id(seeded_db, "Synthetic Detention Centre 01")
    page.tree.scrollTo(index)
    rect = page.tree.visualRect(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    capacity = window.findChild(DigitsLineEdit, "facilityCapacity")
    assert capacity is not None and capacity.isRightToLeft()
    capacity.selectAll()
    commit_text(capacity, "١٢٣")
    assert capacity.text() == "١٢٣"
    assert page.save_action.isEnabled()
    with qtbot.waitSignal(page.controller.saved, timeout=TIMEOUT):
        page.save_action.trigger()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    assert get_facility(seeded_db, facility_id=facility_id).record.capacity == 123
    window.tasks.wait()


def get_facility_id(database: Database, name: str) -> int:
    from desktop.services.facilities import list_facilities

    return next(row.id for row in list_facilities(database) if row.name == name)


def logical(text: str) -> str:
    """pypdf gives Arabic as presentation forms in visual order: normalise each line's
    letters and read it back right to left."""
    return "\n".join(unicodedata.normalize("NFKC", line[::-1]) for line in text.splitlines())


def test_arabic_reports_are_right_to_left_and_read_back_in_arabic(
    qapp, seeded_db: Database, tmp_path: Path
):
    application("ar")
    content = build_report(seeded_db, kind="occupancy", lang="ar")
    assert content.right_to_left
    assert content.title == "الإشغال حسب المرفق"
    out = tmp_path / "occupancy-ar.pdf"
    render(content, out)
    text = logical("\n".join(page.extract_text() for page in PdfReader(out).pages))
    for words in ("الإشغال حسب المرفق", "السعة", "الصفحة", "يتضمن سجلات اصطناعية"):
        assert all(w in text for w in words.split()), words
    assert "Occupancy by facility" not in text


def test_kurmanji_report_words_follow_the_interface_language(qapp, seeded_db: Database):
    application("ku")
    content = build_report(seeded_db, kind="occupancy", lang="ku")
    assert not content.right_to_left
    assert content.title == "Dagirtin li gorî sazgehê"
    application("en")
    assert build_report(seeded_db, kind="occupancy", lang="en").title == "Occupancy by facility"
