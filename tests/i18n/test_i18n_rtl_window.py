"""The Arabic window as finished as the English one: the first case opens, nothing is cut,
digits and direction follow the language, facility names are shown in its script."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import application
from desktop.services.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.views.cases_page import CasesPage

Build = Callable[..., MainWindow]


@pytest.fixture
def build(qtbot, seeded_db: Database, settings: QSettings) -> Iterator[Build]:
    built: list[MainWindow] = []

    def make(lang: str, size: tuple[int, int] | None = None) -> MainWindow:
        application(lang)
        window = MainWindow(seeded_db, settings)
        qtbot.addWidget(window)
        built.append(window)
        if size is not None:
            window.resize(*size)
        with qtbot.waitSignal(window.ready, timeout=20_000):
            window.show()
        return window

    yield make
    for window in built:
        window.tasks.wait()


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_ctrl_2_opens_the_first_case_in_every_language(qtbot, build: Build, lang: str):
    window = build(lang)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["cases"]
    assert isinstance(page, CasesPage)
    assert window.current_page_name() == "cases"
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    qtbot.waitUntil(lambda: page.controller.record is not None, timeout=10_000)
    first = page.model.case_at(0)
    assert first is not None
    assert page.controller.record is not None
    assert page.controller.record.case_no == first.case_no
    assert page.table.currentIndex().row() == 0
    assert page.table.selectionModel().isRowSelected(0)
    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_ctrl_3_highlights_the_amnesty_it_shows(qtbot, build: Build, lang: str):
    window = build(lang)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["amnesties"]
    qtbot.waitUntil(lambda: page.controller.current_id is not None, timeout=10_000)
    row = page.model.row_for(page.controller.current_id)
    assert row is not None
    qtbot.waitUntil(lambda: page.list.selectionModel().isRowSelected(row), timeout=10_000)


SIZES = [(1280, 800), (1024, 700)]


def whole(widget) -> bool:
    """The widget is drawn whole: nothing of it is clipped by its parents (a splitter's
    handle may cover its outermost pixel)."""
    shown = widget.visibleRegion().boundingRect()
    return shown.width() >= widget.width() - 1 and shown.height() >= widget.height() - 1


def text_fits(widget, text: str, padding: int = 0) -> bool:
    return widget.fontMetrics().horizontalAdvance(text) + padding <= widget.width()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_filter_boxes_show_their_whole_any_label(qtbot, build: Build, lang, size):
    window = build(lang, size)
    window.show_page("cases")
    page = window.pages["cases"]
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    bar = page.filters
    for combo in (bar.facility, bar.category, bar.status, bar.nationality, bar.saved):
        combo.setCurrentIndex(0)
        shown = combo.itemText(0)
        # the text area is the box less its arrow: Qt's own size hint for this text
        assert whole(combo), shown
        assert combo.width() >= combo.minimumSizeHint().width(), shown
        assert text_fits(combo, shown, padding=24), (shown, combo.width())


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_decree_tab_shows_its_source_row(qtbot, build: Build, lang, size):
    window = build(lang, size)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["amnesties"]
    qtbot.waitUntil(lambda: page.controller.current_id is not None, timeout=10_000)
    source = page.detail.source
    qtbot.waitUntil(lambda: bool(source.text()), timeout=10_000)
    assert "Hundreds of ISIS members" in source.text()
    assert whole(source)


FSI, PDI = "\u2068", "\u2069"


def inked_span(widget) -> tuple[int, int]:
    """The leftmost and rightmost columns where ``widget`` draws dark (text) pixels."""
    image = widget.grab().toImage()
    inked = [
        x
        for x in range(image.width())
        for y in range(3, image.height() - 3)
        if image.pixelColor(x, y).lightness() < 100
    ]
    assert inked, "no text drawn"
    return min(inked), max(inked)


def test_arabic_window_shows_facility_names_in_arabic_with_the_latin_beside(qtbot, build: Build):
    from desktop.ui.models.facility_tree import COL_NAME, COL_OTHER_NAME

    window = build("ar")
    page = window.pages["facilities"]
    tree, model = page.tree, page.model
    first = model.index(0, COL_NAME)
    assert first.data() == "مخيم الهول"
    assert model.index(0, COL_OTHER_NAME).data() == "al-Hol camp"
    header = tree.header()
    assert not header.isSectionHidden(COL_OTHER_NAME)
    assert header.visualIndex(COL_OTHER_NAME) == header.visualIndex(COL_NAME) + 1
    # the detail's title: the Arabic name, the Latin one beneath it
    detail = page.detail
    qtbot.waitUntil(lambda: "مخيم الهول" in detail.title.text(), timeout=10_000)
    assert "al-Hol camp" in detail.title_ar.text() and detail.title_ar.isVisible()
    assert detail.title.y() < detail.title_ar.y()
    # both lines start at the window's leading edge, the right: the Latin one too
    for label in (detail.title, detail.title_ar):
        left, right = inked_span(label)
        assert right > label.width() - 20, (label.text(), left, right, label.width())


def test_english_window_keeps_latin_names_and_hides_the_other_column(qtbot, build: Build):
    from desktop.ui.models.facility_tree import COL_NAME, COL_OTHER_NAME

    window = build("en")
    page = window.pages["facilities"]
    assert page.model.index(0, COL_NAME).data() == "al-Hol camp"
    assert page.tree.header().isSectionHidden(COL_OTHER_NAME)
    qtbot.waitUntil(lambda: "al-Hol camp" in page.detail.title.text(), timeout=10_000)
    assert "مخيم الهول" in page.detail.title_ar.text()


def test_facility_form_draws_the_arabic_name_on_the_right_like_the_case_form(qtbot, build: Build):
    window = build("ar")
    page = window.pages["facilities"]
    edit = page.detail.name_ar
    qtbot.waitUntil(lambda: edit.text() == "مخيم الهول", timeout=10_000)
    left, right = inked_span(edit)
    # the text sits against the right edge, as in the case form's Arabic name
    assert left > edit.width() / 2
    assert right > edit.width() - 30


def test_arabic_window_uses_arabic_indic_digits_for_fractions_dates_and_counts(qtbot, build: Build):
    window = build("ar")
    # the facility count beside the search box
    facilities = window.pages["facilities"]
    assert facilities.count.text() and not any(
        c.isdigit() and c.isascii() for c in facilities.count.text()
    )
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["amnesties"]
    qtbot.waitUntil(lambda: page.detail.reconciliation.rowCount() > 0, timeout=10_000)
    cells = [
        str(page.detail.reconciliation.index(r, c).data() or "")
        for r in range(page.detail.reconciliation.rowCount())
        for c in range(page.detail.reconciliation.columnCount())
    ]
    reduced = next(c for c in cells if "١/٢" in c or "1/2" in c)
    assert "١/٢" in reduced, reduced
    issued = str(page.model.index(0, 1).data())  # the list's "Issued" column
    assert "٢٠٢٠" in issued and "2020" not in issued, issued
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    cases = window.pages["cases"]
    assert isinstance(cases, CasesPage)
    qtbot.waitUntil(lambda: cases.model.case_at(0) is not None, timeout=10_000)
    born = cases.model.index(0, cases.model.column_of("birth_year")).data()
    held = cases.model.index(0, cases.model.column_of("held_since")).data()
    assert born and all(not c.isascii() for c in born), born
    assert held and not any(c.isdigit() and c.isascii() for c in held), held


def test_latin_source_titles_are_isolated_in_arabic_lines(qtbot, build: Build):
    window = build("ar")
    page = window.pages["facilities"]
    detail = page.detail
    qtbot.waitUntil(lambda: "Hundreds of ISIS" in detail.provenance.text(), timeout=10_000)
    text = detail.provenance.text()
    start = text.index(FSI)
    assert text.index("Hundreds of ISIS") > start
    assert text.index("stored copy))") < text.index(PDI, start)
    tooltip = detail.population.toolTip()
    assert f"{FSI}Hundreds of ISIS members in Syria released by Kurdish authorities{PDI}" in (
        tooltip
    )


@pytest.mark.parametrize("lang", ["ar", "ckb", "ku"])
def test_qt_file_dialog_labels_follow_the_language(qtbot, lang: str):
    """The save dialog Qt draws itself (no native one here): "Look in:", "Files of type:"
    and the column menu's "Show …" come from Qt's catalog or the project's supplement."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    application(lang)
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    english = {
        "lookInLabel": "&Look in:",
        "fileTypeLabel": "Files of &type:",
        "fileNameLabel": "File &name:",
    }
    for name, text in english.items():
        label = dialog.findChild(QLabel, name)
        assert label is not None, name
        assert label.text() and label.text() != text, (name, label.text())
    tree = dialog.findChild(QWidget, "treeView")
    shows = [a.text() for a in tree.header().actions()]  # type: ignore[attr-defined]
    assert shows and not any(t.startswith("Show ") for t in shows), shows


def test_a_person_of_unrecorded_sex_reads_the_same_in_list_and_form(qtbot, build: Build):
    """One word for sex "U" wherever it is shown: it was "Unknown" in the list and "Not
    known" in the case sheet (which now reads the same table, tests/reports/test_labels)."""
    from dataclasses import replace

    from desktop.ui.models.case_text import cell_text

    window = build("en")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["cases"]
    assert isinstance(page, CasesPage)
    qtbot.waitUntil(lambda: page.controller.record is not None, timeout=10_000)
    form = page.detail.sex
    form_words = {form.itemData(i): form.itemText(i) for i in range(form.count())}
    row = page.model.case_at(0)
    assert row is not None
    assert cell_text(replace(row, sex="U"), "sex") == form_words["U"] == "Not known"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_population_chart_axis_labels_are_whole(qtbot, build: Build, lang, size):
    from PySide6.QtWidgets import QGraphicsTextItem

    window = build(lang, size)
    page = window.pages["facilities"]
    qtbot.waitUntil(lambda: page.detail.chart.reported is not None, timeout=10_000)
    page.detail.tabs.setCurrentIndex(1)
    chart = page.detail.chart
    qtbot.waitUntil(chart.isVisible, timeout=5_000)
    QApplication.processEvents()

    def texts() -> list[str]:
        return [
            item.toPlainText()
            for item in chart.scene().items()
            if isinstance(item, QGraphicsTextItem) and item.isVisible()
        ]

    qtbot.waitUntil(lambda: len(texts()) >= 6, timeout=5_000)
    shown = texts()
    assert not [t for t in shown if "…" in t], shown
    if lang != "en":  # the value axis counts in the locale's digits
        assert any("٠" in t for t in shown), shown


def test_values_in_the_conflict_dialog_use_the_locale_digits(qapp):
    from datetime import date

    from desktop.ui.dialogs.conflict import show_value

    application("ar")
    assert show_value(date(2020, 10, 15)) == "٢٠٢٠-١٠-١٥"
    assert show_value(1972) == "١٩٧٢"
    assert show_value("SY") == "SY"
    application("en")
    assert show_value(date(2020, 10, 15)) == "2020-10-15"


def test_facility_choosers_name_facilities_in_arabic_in_the_arabic_window(qtbot, build: Build):
    window = build("ar")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["cases"]
    assert isinstance(page, CasesPage)
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    offered = [page.filters.facility.itemText(i) for i in range(page.filters.facility.count())]
    assert "مخيم الهول" in offered and "al-Hol camp" not in offered
    form = page.detail.facility
    assert "مخيم الهول" in [form.itemText(i) for i in range(form.count())]
