"""The Facilities page driven as a user drives it, on a seeded database file: clicking through
facilities, editing and saving, validation, unsaved changes, delete refusals and undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from window_helpers import window_in

from desktop.domain.facility_rules import FacilityFields
from desktop.services import facilities as svc
from desktop.services.database import open_database
from desktop.ui.dialogs import conflict
from desktop.ui.main_window import MainWindow
from desktop.ui.models.facility_tree import (
    COL_OCCUPANCY,
    COL_POPULATION,
    OVERCROWDED_ROLE,
)
from desktop.ui.views.facilities_page import FacilitiesPage
from tests.ui.facility_helpers import (
    TIMEOUT,
    Prompts,
    click,
    facilities_page,
    find,
    idle,
    install_prompts,
    plain,
    save,
    shown_name,
    type_into,
)


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return install_prompts(monkeypatch)


@pytest.fixture
def page(window: MainWindow, prompts: Prompts) -> FacilitiesPage:
    return facilities_page(window)


def test_clicking_through_al_hol_and_the_annex(qtbot, qtmodeltester, window, page):
    idle(qtbot, page)
    qtmodeltester.check(page.model)
    assert page.count.text() == "27 facilities"
    assert shown_name(page) == "al-Hol camp"  # the first facility is on show at once
    detail = page.detail
    assert "Population ≈ 65,000 as of Oct 2020" in plain(detail.population)
    assert "Hundreds of ISIS members" in detail.provenance.text()
    assert "Hundreds of ISIS members" in detail.population.toolTip()
    assert "capacity not reported" in detail.occupancy.text()
    assert detail.capacity.text() == "" and detail.capacity.placeholderText() == "unknown"
    assert detail.parent_combo.currentData() is None
    hol = find(page, "al-Hol camp")
    population = hol.siblingAtColumn(COL_POPULATION)
    assert population.data() == "≈ 65,000 (Oct 2020)"
    assert "Source: Hundreds of ISIS members" in population.data(Qt.ItemDataRole.ToolTipRole)
    assert hol.siblingAtColumn(COL_OCCUPANCY).data() == "unknown"
    headcounts = detail.headcounts_model
    qtmodeltester.check(headcounts)
    assert [headcounts.index(r, 1).data() for r in range(2)] == ["≈ 65,000", "≈ 70,000"]
    assert headcounts.index(1, 0).data() == "Aug 2019"
    assert detail.chart.reported is not None and detail.chart.reported.count() == 2
    assert detail.chart.capacity is None and detail.chart.counted is None

    click(qtbot, page, "The Annex")
    assert shown_name(page) == "The Annex"
    assert detail.parent_combo.currentData() == page.model.facility_id(hol)
    assert detail.kind.currentData() == "section"
    assert "Population ≈ 10,000 as of 2020" in plain(detail.population)
    comparison = detail.people.comparison_model
    qtmodeltester.check(comparison)
    assert [comparison.index(0, c).data() for c in range(4)] == [
        "Third-country foreigner",
        "0",
        "≈ 10,000",
        "≈ −10,000",
    ]
    assert detail.people.people_model.rowCount() == 0
    assert "No one is held here" in detail.people.people_caption.text()
    assert not window.isWindowModified()


def test_up_and_down_move_through_facilities_and_the_detail_follows(qtbot, window, page):
    idle(qtbot, page)
    window.activateWindow()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    idle(qtbot, page)
    assert shown_name(page) == "The Annex"
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    idle(qtbot, page)
    assert shown_name(page) == "Synthetic Detention Centre 01"
    assert page.detail.capacity.text() == str(page.controller.detail.record.capacity)
    qtbot.keyClick(page.tree, Qt.Key.Key_Up)
    idle(qtbot, page)
    assert shown_name(page) == "The Annex"


def test_an_overcrowded_centre_stands_out_and_lists_a_page_of_its_people(
    qtbot, qtmodeltester, window, page, monkeypatch
):
    idle(qtbot, page)
    rows = [r for r in page.model.all_rows() if r.overcrowded]
    assert rows, "the seed has overcrowded synthetic centres"
    row = rows[0]
    index = find(page, row.name)
    assert index.siblingAtColumn(COL_OCCUPANCY).data(OVERCROWDED_ROLE) is True
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    percent = f"{round(row.occupancy)}%"
    assert index.siblingAtColumn(COL_OCCUPANCY).data() == percent
    click(qtbot, page, row.name)
    occupancy = page.detail.occupancy.text()
    assert occupancy.startswith("Overcrowded") and percent in occupancy
    assert f"{row.population - row.capacity} people over" in occupancy
    assert "Synthetic record" in page.detail.synthetic.text()
    chart = page.detail.chart
    assert chart.capacity is not None and chart.capacity.at(0).y() == row.capacity
    assert chart.counted is not None and chart.counted.at(0).y() == row.held

    people = page.detail.people
    qtmodeltester.check(people.people_model)
    assert people.people_model.rowCount() == 200
    assert f"first 200 of {row.held}" in people.people_caption.text()
    with qtbot.waitSignal(page.controller.headcounts.people_appended, timeout=TIMEOUT):
        qtbot.mouseClick(people.more, Qt.MouseButton.LeftButton)
    assert people.people_model.rowCount() == row.held
    assert not people.more.isEnabled()
    opened: list[int] = []
    monkeypatch.setattr(window, "open_case", opened.append)
    people.people.setCurrentIndex(people.people_model.index(3, 0))
    qtbot.keyClick(people.people, Qt.Key.Key_Return)
    assert opened == [people.people_model.record(3).id]


def test_search_filters_as_you_type_and_counts(qtbot, window, page):
    idle(qtbot, page)
    window.activateWindow()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "annex")
    assert page.count.text() == "1 of 27"
    assert page.model.rowCount() == 1  # al-Hol stays, for context
    assert find(page, "The Annex").parent() == find(page, "al-Hol camp")
    assert shown_name(page) == "al-Hol camp"  # filtering does not change the record on show
    page.search.clear()
    qtbot.keyClicks(page.search, "Deir")
    assert page.count.text() == "6 of 27"
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.count.text() == "27 facilities"


def test_sorting_by_occupancy_keeps_the_selection(qtbot, window, page):
    idle(qtbot, page)
    click(qtbot, page, "Synthetic Detention Centre 07")
    page.tree.sortByColumn(COL_OCCUPANCY, Qt.SortOrder.DescendingOrder)
    model = page.model
    top = [model.row_for(model.facility_id(model.index(r, 0))) for r in range(model.rowCount())]
    known = [r.occupancy for r in top if r.occupancy is not None]
    assert known == sorted(known, reverse=True)
    assert top[-1].occupancy is None  # unknown occupancy last
    assert model.facility_id(page.tree.currentIndex()) == page.controller.current_id
    assert page.tree.currentIndex().data() == "Synthetic Detention Centre 07"


def test_capacity_saved_is_there_in_a_new_window(
    qtbot, window, page, seeded_path: Path, settings: QSettings
):
    idle(qtbot, page)
    type_into(qtbot, page.detail.capacity, "٦٠٬٠٠٠")  # Arabic-Indic digits and separator
    assert window.isWindowModified()
    assert page.detail.form.problem_text("capacity") == ""
    save(qtbot, page)
    assert not window.isWindowModified()
    assert find(page, "al-Hol camp").siblingAtColumn(1).data() == "60,000"

    database = open_database(str(seeded_path), create=False)
    try:
        second = MainWindow(
            database, QSettings(str(seeded_path) + ".ini", QSettings.Format.IniFormat)
        )
        qtbot.addWidget(second)
        with qtbot.waitSignal(second.ready, timeout=TIMEOUT):
            second.show()
        other = second.pages["facilities"]
        idle(qtbot, other)
        assert shown_name(other) == "al-Hol camp"
        assert other.detail.capacity.text() == "60000"
        assert "108%" in other.detail.occupancy.text()  # ≈ 65,000 against 60,000
        second.close()
        second.tasks.wait()
    finally:
        database.dispose()


def test_an_invalid_value_shows_its_message_and_nothing_is_saved(qtbot, window, page, seeded_db):
    idle(qtbot, page)
    hol_id = page.controller.current_id
    type_into(qtbot, page.detail.capacity, "-5")
    assert "must not be negative" in page.detail.form.problem_text("capacity")
    assert not page.save_action.isEnabled()
    qtbot.keyClick(page.detail.capacity, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, page.detail.capacity, "lots")
    assert "not a whole number" in page.detail.form.problem_text("capacity")
    page.detail.capacity.clear()
    assert page.detail.form.problem_text("capacity") == ""
    annex = page.model.facility_id(find(page, "The Annex"))
    page.detail.parent_combo.setCurrentIndex(page.detail.parent_combo.findData(annex))
    assert "cannot be inside itself" in page.detail.form.problem_text("parent_id")
    page.detail.parent_combo.setCurrentIndex(0)
    type_into(qtbot, page.detail.name, "Synthetic Detention Centre 01")
    assert "already called this" in page.detail.form.problem_text("name")
    assert not page.save_action.isEnabled()
    page.controller.save()  # even when asked directly, nothing invalid is written
    idle(qtbot, page)
    stored = svc.get_facility(seeded_db, facility_id=hol_id).record
    assert (stored.name, stored.capacity, stored.parent_id, stored.version) == (
        "al-Hol camp",
        None,
        None,
        1,
    )
    qtbot.keyClick(page.detail.name, Qt.Key.Key_Escape)  # Esc reverts
    assert page.detail.name.text() == "al-Hol camp"
    assert page.detail.form.problem_text("name") == ""
    assert not window.isWindowModified()


def test_leaving_a_changed_record_asks_save_discard_or_cancel(
    qtbot, window, page, prompts: Prompts, seeded_db
):
    idle(qtbot, page)
    hol_id = page.controller.current_id
    type_into(qtbot, page.detail.capacity, "50000")
    prompts.unsaved_answer = "cancel"
    click(qtbot, page, "The Annex")
    assert prompts.unsaved == ["al-Hol camp"]
    assert shown_name(page) == "al-Hol camp" and page.detail.capacity.text() == "50000"
    assert page.tree.currentIndex().data() == "al-Hol camp"

    prompts.unsaved_answer = "discard"
    click(qtbot, page, "The Annex")
    assert shown_name(page) == "The Annex"
    assert svc.get_facility(seeded_db, facility_id=hol_id).record.capacity is None
    assert not window.isWindowModified()

    type_into(qtbot, page.detail.capacity, "12000")
    prompts.unsaved_answer = "save"
    with qtbot.waitSignal(page.controller.saved, timeout=TIMEOUT):
        click(qtbot, page, "Synthetic Detention Centre 02")
    idle(qtbot, page)
    assert shown_name(page) == "Synthetic Detention Centre 02"
    annex = page.model.facility_id(find(page, "The Annex"))
    assert svc.get_facility(seeded_db, facility_id=annex).record.capacity == 12000
    assert len(prompts.unsaved) == 3


def test_closing_with_unsaved_changes(qtbot, window, page, prompts: Prompts, seeded_db):
    idle(qtbot, page)
    hol_id = page.controller.current_id
    type_into(qtbot, page.detail.operator, "Changed operator")
    prompts.unsaved_answer = "cancel"
    assert not page.can_close()
    window.close()
    assert window.isVisible()
    prompts.unsaved_answer = "save"
    window.close()  # saves, then closes
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=TIMEOUT)
    window.tasks.wait()
    assert svc.get_facility(seeded_db, facility_id=hol_id).record.operator == "Changed operator"


def test_delete_is_refused_while_people_are_held_or_sections_remain(
    qtbot, window, page, prompts: Prompts
):
    idle(qtbot, page)
    window.activateWindow()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)  # al-Hol: the Annex is inside it
    assert "sections (The Annex)" in prompts.errors[-1]
    click(qtbot, page, "Synthetic Detention Centre 04")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert "people are still held there" in prompts.errors[-1]
    assert prompts.confirms == []  # refused before asking
    idle(qtbot, page)
    assert page.model.total_count() == 27


def test_new_facility_saved_then_deleted(qtbot, window, page, prompts: Prompts):
    idle(qtbot, page)
    window.activateWindow()
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.controller.creating and "New facility" in page.detail.title.text()
    assert not page.detail.tabs.isTabEnabled(1)
    type_into(qtbot, page.detail.name, "Test centre")
    type_into(qtbot, page.detail.capacity, "120")
    save(qtbot, page)
    assert page.model.total_count() == 28
    assert shown_name(page) == "Test centre"
    assert page.tree.currentIndex().data() == "Test centre"
    assert page.detail.tabs.isTabEnabled(1)

    prompts.confirm_answer = True
    page.tree.setFocus()
    with qtbot.waitSignal(page.controller.deleted, timeout=TIMEOUT):
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    idle(qtbot, page)
    assert "Test centre" in prompts.confirms[-1]
    assert page.model.total_count() == 27
    assert shown_name(page) != "Test centre"


def test_undo_and_redo_unsaved_edits_from_the_edit_menu(qtbot, window, page):
    idle(qtbot, page)
    undo = window.findChild(QAction, "undoAction")
    redo = window.findChild(QAction, "redoAction")
    assert undo in window.menu("edit").actions()
    assert not undo.isEnabled()
    type_into(qtbot, page.detail.governorate, "Hasakah")
    page.detail.status.setCurrentIndex(page.detail.status.findData("closed"))
    assert undo.isEnabled() and window.isWindowModified()
    undo.trigger()
    assert page.detail.status.currentData() == "open"
    undo.trigger()
    assert page.detail.governorate.text() == "al-Hasakeh"
    assert not window.isWindowModified() and not page.save_action.isEnabled()
    redo.trigger()
    assert page.detail.governorate.text() == "Hasakah" and window.isWindowModified()
    window.show_page("cases")
    assert not undo.isEnabled()  # another page's edits, not these
    window.show_page("facilities")
    assert undo.isEnabled()
    page.controller.revert()
    assert not window.isWindowModified()


def test_saving_again_before_the_list_reloads_is_not_a_conflict(
    qtbot, page, seeded_db, prompts: Prompts
):
    idle(qtbot, page)
    hol_id = page.controller.current_id
    type_into(qtbot, page.detail.capacity, "50000")
    with qtbot.waitSignal(page.controller.saved, timeout=TIMEOUT):
        page.controller.save()
    type_into(qtbot, page.detail.capacity, "51000")  # the reload may still be on its way
    with qtbot.waitSignal(page.controller.saved, timeout=TIMEOUT):
        page.controller.save()
    idle(qtbot, page)
    stored = svc.get_facility(seeded_db, facility_id=hol_id).record
    assert (stored.capacity, stored.version) == (51000, 3)
    assert prompts.conflicts == []


def test_a_save_over_someone_elses_is_merged_not_overwritten(
    qtbot, page, seeded_db, monkeypatch, prompts: Prompts
):
    idle(qtbot, page)
    hol = page.controller.detail.record
    theirs = FacilityFields(**{**hol.fields().as_dict(), "operator": "Their operator"})
    svc.save_facility(seeded_db, values=theirs, facility_id=hol.id, expected_version=hol.version)
    asked: list[dict] = []

    def ask(_parent, **kwargs):
        asked.append(kwargs)
        return {**kwargs["theirs"], "capacity": kwargs["yours"]["capacity"]}

    monkeypatch.setattr(conflict.ConflictDialog, "ask", ask)
    type_into(qtbot, page.detail.capacity, "64000")
    save(qtbot, page)
    assert asked[0]["theirs"]["operator"] == "Their operator"
    assert asked[0]["yours"]["capacity"] == 64000
    assert asked[0]["base"]["operator"] == hol.operator
    stored = svc.get_facility(seeded_db, facility_id=hol.id).record
    assert (stored.operator, stored.capacity, stored.version) == ("Their operator", 64000, 3)
    assert page.detail.operator.text() == "Their operator"
    assert prompts.errors == []


def test_the_history_tab_shows_who_changed_the_capacity(qtbot, window, page):
    idle(qtbot, page)
    history = page.detail.history
    qtbot.waitUntil(lambda: "No changes recorded yet." in history.status.text(), timeout=TIMEOUT)
    type_into(qtbot, page.detail.capacity, "60000")
    save(qtbot, page)
    page.detail.tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=TIMEOUT)
    m = history.model
    row = [m.index(0, c).data() for c in range(1, 6)]
    assert row == [window.database.identity.login, "Changed", "Capacity", "—", "60000"]
    assert history.status.text() == "Changes recorded: 1, newest first."

    page.new_action.trigger()  # a new facility has no history yet
    assert history.status.text() == "No record is selected."
    assert not page.detail.tabs.isTabEnabled(page.detail.tabs.indexOf(history))


def test_with_no_facility_the_form_takes_no_typing_and_says_how_to_add_one(
    qtbot, empty_db, settings: QSettings, prompts: Prompts
):
    """On a database with no facility yet, the form took typing, marked the window
    modified and enabled a Save that did nothing; the heading was blank."""
    window = MainWindow(empty_db, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=TIMEOUT):
        window.show()
    page = facilities_page(window)
    idle(qtbot, page)
    detail = page.detail
    qtbot.waitUntil(lambda: not detail.name.isEnabled(), timeout=TIMEOUT)
    qtbot.keyClicks(detail.name, "Typed into nothing")
    assert detail.name.text() == ""
    assert not page.save_action.isEnabled() and not window.isWindowModified()
    assert plain(detail.title) == "No facility yet"
    assert "New facility" in plain(detail.population)
    assert not detail.tabs.isTabEnabled(1)

    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(detail.name.isEnabled)
    type_into(qtbot, detail.name, "First centre")
    save(qtbot, page)
    assert shown_name(page) == "First centre" and detail.name.isEnabled()
    window.tasks.wait()


def test_tab_leaves_the_notes_and_changes_nothing(qtbot, window, page):
    """Tab in a facility's (or a headcount's) notes typed a tab character, marked the
    record changed and kept the keyboard there; it goes on to the next control, as in the
    case and decision forms."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.views.headcount_dialog import HeadcountDialog

    idle(qtbot, page)
    notes = page.detail.notes
    before = notes.toPlainText()
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not notes)
    assert notes.toPlainText() == before and not window.isWindowModified()

    dialog = HeadcountDialog(page, categories=[], sources=[])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setFocus()
    qtbot.waitUntil(dialog.note.hasFocus)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not dialog.note.hasFocus())
    assert dialog.note.toPlainText() == ""
    dialog.reject()


def test_the_chart_dates_are_not_cut_in_sorani(qtbot, seeded_db, settings):
    """In Sorani at 1024x700 al-Hol's chart read "تشرینی دووەم …" and "کانوونی دووەم …"
    under its time axis: the months have no short names there, four labels did not fit,
    and Qt Charts cut each one that overlapped its neighbour, the year with it."""
    from PySide6.QtCharts import QDateTimeAxis
    from PySide6.QtCore import QDateTime, QLocale
    from PySide6.QtGui import QFontMetrics

    with window_in(qtbot, seeded_db, settings, "ckb", size=(1024, 700)) as window:
        page = window.pages["facilities"]
        assert isinstance(page, FacilitiesPage)
        idle(qtbot, page)
        detail = page.detail
        detail.tabs.setCurrentIndex(1)  # population over time
        qtbot.waitUntil(lambda: detail.chart.reported is not None, timeout=TIMEOUT)
        chart = detail.chart.chart()

        def labels_fit() -> bool:
            (axis,) = chart.axes(Qt.Orientation.Horizontal)
            assert isinstance(axis, QDateTimeAxis)
            ticks = axis.tickCount()
            first, last = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
            step = (last - first) / (ticks - 1)
            metrics = QFontMetrics(axis.labelsFont())
            widest = max(
                metrics.horizontalAdvance(
                    QLocale().toString(
                        QDateTime.fromMSecsSinceEpoch(int(first + i * step)), axis.format()
                    )
                )
                for i in range(ticks)
            )
            return ticks >= 2 and widest < chart.plotArea().width() / (ticks - 1)

        qtbot.waitUntil(labels_fit, timeout=5_000)


def test_no_wrapped_line_of_the_facility_detail_is_drawn_over_another_in_sorani(
    qtbot, seeded_db, settings
):
    """In Sorani at 1024x700 al-Hol's detail drew its wrapped lines over each other: the
    population, source and occupancy lines above the tabs, or (as the tabs took their
    room) the People held caption, four lines there, over its table, which showed half of
    its one row. A label that wraps was given less height than its lines take."""
    from PySide6.QtWidgets import QLabel

    with window_in(qtbot, seeded_db, settings, "ckb", size=(1024, 700)) as window:
        page = window.pages["facilities"]
        assert isinstance(page, FacilitiesPage)
        idle(qtbot, page)
        detail, people = page.detail, page.detail.people
        qtbot.waitUntil(lambda: people.comparison_model.rowCount() > 0, timeout=TIMEOUT)

        def squeezed() -> list[str]:
            return [
                label.objectName() or label.text()[:30]
                for label in detail.findChildren(QLabel)
                if label.isVisible()
                and label.wordWrap()
                and label.text()
                and label.height() < label.heightForWidth(label.width())
            ]

        for tab in range(detail.tabs.count()):
            detail.tabs.setCurrentIndex(tab)
            try:
                qtbot.waitUntil(lambda: squeezed() == [], timeout=5_000)
            except qtbot.TimeoutError:
                raise AssertionError(f"tab {tab}: {squeezed()}") from None

        detail.tabs.setCurrentWidget(people.parentWidget().parentWidget())
        table = people.comparison

        def rows_shown() -> bool:
            rows = table.model().rowCount()
            last = table.rowViewportPosition(rows - 1) + table.rowHeight(rows - 1)
            return table.viewport().height() >= last

        qtbot.waitUntil(rows_shown, timeout=5_000)


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program's write is waited for 0.3 s instead of 10 (set before the window
    opens its database, whose connections read it)."""
    monkeypatch.setenv("CASE_TRACKER_BUSY_TIMEOUT_MS", "300")


@pytest.mark.usefixtures("short_busy_timeout")  # before the window opens its database
def test_a_save_while_another_program_holds_a_write_says_so_and_keeps_the_typing(
    qtbot, window, page, prompts: Prompts, seeded_path: Path, seeded_db
):
    """The database's own "database is locked" reached the window as an error nobody
    handled: no message, the save silently not done. Now the user is told, and what was
    typed stays on screen, saved once the other program has finished."""
    idle(qtbot, page)
    hol_id = page.controller.current_id
    holder = sqlite3.connect(seeded_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        type_into(qtbot, page.detail.capacity, "60000")
        qtbot.keyClick(page.detail.capacity, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(prompts.errors), timeout=TIMEOUT)
        assert "locked by another program" in prompts.errors[0]
        idle(qtbot, page)
        assert page.detail.capacity.text() == "60000"
        assert window.isWindowModified()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    save(qtbot, page)
    assert svc.get_facility(seeded_db, facility_id=hol_id).record.capacity == 60000
