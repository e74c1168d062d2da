"""Editing a case in the window: explicit save that persists, the [*] marker and undo,
validation beside the field, Save / Discard / Cancel when leaving, the duplicate warning,
a new case, a transfer that moves both facilities' counts, and decisions."""

from __future__ import annotations

from datetime import date

import pytest
from case_page_helpers import cases_page, select_row, shown_case, wait_list
from PySide6.QtCore import QSettings, Qt

from desktop.services import cases
from desktop.services.database import Database
from desktop.store.occupancy import occupancy_rows
from desktop.ui.dialogs.decision import DecisionDialog
from desktop.ui.dialogs.duplicates import DuplicatesDialog
from desktop.ui.dialogs.transfer import TransferDialog, TransferRequest
from desktop.ui.main_window import MainWindow
from desktop.ui.views import case_controller


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch) -> None:
    """A window closed at the end of a test with unsaved edits discards them (tests that
    are about the question replace this answer)."""
    monkeypatch.setattr(case_controller, "ask_unsaved", lambda *_a: "discard")


def saved(qtbot, page) -> None:
    with qtbot.waitSignal(page.controller.saved, timeout=10_000):
        page.detail.save_button.click()
    qtbot.waitUntil(lambda: not page.controller.busy, timeout=10_000)


def test_an_edit_is_marked_undoable_and_persists_across_windows(
    qtbot, seeded_db: Database, settings: QSettings
):
    first = MainWindow(seeded_db, settings)
    qtbot.addWidget(first)
    first.show()
    page = cases_page(qtbot, first)
    detail = page.detail
    assert not first.isWindowModified()
    detail.notes.setFocus()
    qtbot.keyClicks(detail.notes, "Seen by the review board")
    assert first.isWindowModified()
    assert detail.save_button.isEnabled()
    page.undo_stack().undo()
    assert detail.notes.toPlainText() == ""
    assert not first.isWindowModified()
    page.undo_stack().redo()
    assert first.isWindowModified()
    detail.name_latin.selectAll()
    qtbot.keyClicks(detail.name_latin, "Abdulrahman Moustafa Synthetic-1")
    saved(qtbot, page)
    assert not first.isWindowModified()
    qtbot.waitUntil(lambda: page.detail.history.rowCount() >= 2, timeout=10_000)
    fields = {page.detail.history.index(r, 3).data() for r in range(page.detail.history.rowCount())}
    assert {"Notes", "Name (Latin)"} <= fields
    first.close()

    second = MainWindow(seeded_db, settings)
    qtbot.addWidget(second)
    second.show()
    again = cases_page(qtbot, second)
    assert again.controller.record.case_no == "SYN-000001"
    assert again.detail.notes.toPlainText() == "Seen by the review board"
    assert again.detail.name_latin.text() == "Abdulrahman Moustafa Synthetic-1"
    # The name index follows the new spelling.
    again.search.setText("Abderrahmane Mustafa")
    wait_list(qtbot, again)
    assert again.model.case_at(0).case_no == "SYN-000001"
    second.close()


def test_validation_is_shown_beside_the_field(qtbot, window: MainWindow):
    page = cases_page(qtbot, window)
    detail = page.detail
    detail.birth_year.setText("19x5")
    detail.nationality.setText("S1")
    page.detail.save_button.click()
    assert "Not a year" in detail.form.problem_text("birth_year")
    detail.birth_year.setText("١٩٨٥")
    page.detail.save_button.click()
    assert detail.form.problem_text("birth_year") == ""
    assert "Two letters" in detail.form.problem_text("nationality")
    assert window.isWindowModified()


def test_ctrl_s_on_another_tab_shows_the_field_in_error(qtbot, window: MainWindow):
    """Ctrl+S with a broken field while another tab is shown (or the field is scrolled
    away) brings the field into view and puts the keyboard in it; it did nothing visible."""
    from PySide6.QtWidgets import QApplication

    window.resize(1024, 560)  # a modest laptop's screen: the form scrolls
    page = cases_page(qtbot, window)
    detail = page.detail
    detail.sentence_months.setText("99999")  # the form's bottom rows, scrolled away
    qtbot.waitUntil(lambda: detail.form.problem_text("sentence_months") != "")
    scroll = detail.tabs.widget(0)
    scroll.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: detail.sentence_months.visibleRegion().isEmpty())
    detail.tabs.setCurrentWidget(detail.history_panel)
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is detail.sentence_months)
    assert detail.tabs.currentIndex() == 0
    assert not detail.sentence_months.visibleRegion().isEmpty()
    assert window.isWindowModified()


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_leaving_a_changed_case_asks(qtbot, window: MainWindow, monkeypatch, answer: str):
    page = cases_page(qtbot, window)
    asked: list[str] = []

    def ask(_parent, label: str) -> str:
        asked.append(label)
        return answer

    monkeypatch.setattr(case_controller, "ask_unsaved", ask)
    page.detail.notes.setPlainText("changed")
    select_row(qtbot, page, 3)
    assert asked == ["SYN-000001 Abd al-Rahman Moustafa Synthetic-1"]
    if answer == "cancel":
        assert page.controller.record.case_no == "SYN-000001"
        assert page.table.currentIndex().row() == 0
        assert page.detail.notes.toPlainText() == "changed"
        return
    shown_case(qtbot, page, "SYN-000004")
    assert not window.isWindowModified()
    kept = cases.find_case(window.database, case_no="SYN-000001").notes
    assert kept == ("changed" if answer == "save" else None)


def test_closing_with_changes_asks_and_can_stay(qtbot, window: MainWindow, monkeypatch):
    page = cases_page(qtbot, window)
    monkeypatch.setattr(case_controller, "ask_unsaved", lambda *_a: "cancel")
    page.detail.notes.setPlainText("changed")
    assert not page.can_close()
    monkeypatch.setattr(case_controller, "ask_unsaved", lambda *_a: "discard")
    assert page.can_close()


def test_a_new_case_that_may_be_a_duplicate_warns_first(qtbot, window: MainWindow, monkeypatch):
    page = cases_page(qtbot, window)
    shown: list[list[str]] = []
    answers = [False, True]

    def ask(_parent, candidates) -> bool:
        shown.append([c.case_no for c in candidates])
        return answers.pop(0)

    monkeypatch.setattr(DuplicatesDialog, "ask", ask)
    page.detail.new_button.click()
    detail = page.detail
    assert detail.facility.isEnabled()
    detail.case_no.setText("new-001")
    detail.name_latin.setText("Muhammad Khalid")
    detail.birth_year.setText("1967")
    detail.facility.setCurrentIndex(1)
    detail.save_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert "SYN-000003" in shown[0]  # Mohammed Khaled Synthetic-3, born 1967
    qtbot.waitUntil(lambda: not page.controller.busy, timeout=10_000)
    assert page.controller.creating  # cancelled: nothing saved
    saved(qtbot, page)
    assert len(shown) == 2
    record = cases.find_case(window.database, case_no="NEW-001")
    assert record.name_latin == "Muhammad Khalid"
    shown_case(qtbot, page, "NEW-001")
    qtbot.waitUntil(lambda: page.count_label.text() == "10,001 of 10,001", timeout=10_000)


def test_no_warning_when_the_name_did_not_change(qtbot, window: MainWindow, monkeypatch):
    page = cases_page(qtbot, window)
    monkeypatch.setattr(DuplicatesDialog, "ask", lambda *_a: pytest.fail("asked"))
    page.detail.notes.setPlainText("only a note")
    saved(qtbot, page)


def held(db: Database, facility_id: int) -> int:
    with db.read() as s:
        return occupancy_rows(s, facility_id)[0].held


def test_transfer_records_the_move_and_updates_both_counts(qtbot, window: MainWindow, monkeypatch):
    page = cases_page(qtbot, window)
    record = page.controller.record
    options = cases.case_options(window.database)
    target = next(f for f in options.facilities if f.id != record.facility_id)
    before = held(window.database, record.facility_id), held(window.database, target.id)
    asked = []

    def ask(_parent, *, record, options):
        asked.append((record.case_no, len(options.facilities)))
        return TransferRequest(target.id, date(2021, 5, 1), "Medical care")

    monkeypatch.setattr(TransferDialog, "ask", ask)
    with qtbot.waitSignal(page.controller.saved, timeout=10_000):
        page.detail.transfer_button.click()
    assert asked == [("SYN-000001", 27)]
    qtbot.waitUntil(lambda: page.detail.transfers.rowCount() == 1, timeout=10_000)
    assert page.detail.transfers.index(0, 2).data() == target.name
    assert page.detail.facility.currentData() == target.id
    assert held(window.database, record.facility_id) == before[0] - 1
    assert held(window.database, target.id) == before[1] + 1


def test_transfer_dialog_checks_beside_its_fields(qtbot, window: MainWindow):
    page = cases_page(qtbot, window)
    record = page.controller.record
    dialog = TransferDialog(window, record=record, options=cases.case_options(window.database))
    qtbot.addWidget(dialog)
    assert dialog.facility.findData(record.facility_id) == -1  # not where they are
    assert dialog.request() is None
    assert dialog.errors["to_facility_id"].text() == "Choose the facility to move to"
    dialog.facility.setCurrentIndex(2)
    dialog.on.setDate(dialog.on.date().addDays(3))
    assert dialog.request() is None
    assert dialog.errors["transferred_on"].text() == "Must not be in the future"
    dialog.on.setDate(dialog.on.date().addDays(-10))
    assert dialog.request() is not None


def test_new_decision_calls_the_decision_dialog(qtbot, window: MainWindow, monkeypatch):
    page = cases_page(qtbot, window)
    calls = []

    def ask(parent, database, *, detainee_id=None, amnesty_id=None):
        calls.append(detainee_id)
        return 1

    monkeypatch.setattr(DecisionDialog, "ask", ask)
    page.detail.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(page.controller.saved, timeout=10_000):
        qtbot.mouseClick(page.detail.new_decision_button, Qt.MouseButton.LeftButton)
    assert calls == [page.controller.record.id]


def test_the_history_names_choices_as_the_form_does(qtbot, window: MainWindow):
    """A case's History showed what the database stores: a category or facility by its
    number ("3" to "5"), a status by its stored English word ("held") in every language.
    It shows them as the form's choices do."""
    page = cases_page(qtbot, window)
    detail = page.detail
    old_category = detail.category.currentText().strip()
    new_index = next(
        i
        for i in range(detail.category.count())
        if detail.category.itemData(i) not in (None, detail.category.currentData())
    )
    new_category = detail.category.itemText(new_index).strip()
    detail.category.setCurrentIndex(new_index)
    detail.status.setCurrentIndex(detail.status.findData("transferred"))
    saved(qtbot, page)
    history = detail.history_panel.model
    qtbot.waitUntil(lambda: history.rowCount() >= 2, timeout=10_000)

    def row(field: str) -> tuple[str, str]:
        r = next(r for r in range(history.rowCount()) if history.record(r).field == field)
        return tuple(history.data(history.index(r, c)) for c in (4, 5))  # type: ignore[return-value]

    assert row("category_id") == (old_category, new_category)
    assert row("status") == ("Held", "Transferred")


def test_the_transfer_names_the_person_and_facility_in_the_window_script(qtbot, window: MainWindow):
    """In Arabic (and Sorani) the transfer dialog said "Move Abd al-Rahman Moustafa
    Synthetic-1 from Synthetic Detention Centre 15" where the case page shows the Arabic
    names."""
    from PySide6.QtWidgets import QLabel

    from desktop.app import application

    page = cases_page(qtbot, window)
    record = page.controller.record
    options = cases.case_options(window.database)
    facility = next(f for f in options.facilities if f.id == record.facility_id)
    assert record.name_arabic and facility.name_ar
    application("ar")
    try:
        dialog = TransferDialog(window, record=record, options=options)
        qtbot.addWidget(dialog)
        intro = next(label for label in dialog.findChildren(QLabel) if "<b>" in label.text())
        assert record.name_arabic in intro.text() and facility.name_ar in intro.text()
        assert record.name_latin not in intro.text() and facility.name not in intro.text()
        dialog.reject()
    finally:
        application("en")


def test_numbers_in_the_case_form_are_written_as_the_window_writes_them(
    qtbot, seeded_db, settings, monkeypatch
):
    """In Sorani the case form showed the year of birth "1972" beside "٢٠١٩-١٠-٢٨" and the
    case list's "١٩٧٢": a number the form shows is written in the window's digits (one
    typed stays as typed), and saving an unchanged year does not take it for a new one."""
    from desktop.app import application
    from desktop.services import case_detail

    checked: list[object] = []
    real = case_detail.duplicate_candidates

    def duplicate_candidates(*args, **kwargs):
        checked.append(kwargs.get("birth_year"))
        return real(*args, **kwargs)

    monkeypatch.setattr(case_detail, "duplicate_candidates", duplicate_candidates)
    application("ckb")
    try:
        window = MainWindow(seeded_db, settings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=15_000):
            window.show()
        page = cases_page(qtbot, window)
        record = page.controller.record
        arabic = {ord("0") + i: chr(0x0660 + i) for i in range(10)}
        assert record.birth_year is not None
        assert page.detail.birth_year.text() == str(record.birth_year).translate(arabic)
        assert not page.detail.form.is_dirty()

        page.detail.notes.setFocus()
        qtbot.keyClicks(page.detail.notes, " Seen by the board.")
        with qtbot.waitSignal(page.controller.saved, timeout=10_000):
            page.controller.save()
        assert checked == []  # the names and the year did not change: no duplicate check

        page.detail.birth_year.setFocus()
        page.detail.birth_year.selectAll()
        qtbot.keyClicks(page.detail.birth_year, "1971")
        assert page.detail.birth_year.text() == "1971"  # as typed
        window.tasks.wait()
    finally:
        application("en")


def test_possible_duplicates_write_the_year_of_birth_in_the_window_digits(
    qtbot, seeded_db: Database, tmp_path
):
    """The possible duplicates in the Arabic window showed "1967" where the case list and
    the case form beside them show "١٩٦٧"."""
    from desktop.app import application
    from desktop.services.case_detail import duplicate_candidates
    from desktop.ui.dialogs import duplicates

    candidates = duplicate_candidates(
        seeded_db, name_latin="Muhammad Khalid", birth_year=1967, lang="ar"
    )
    assert candidates
    application("ar")
    try:
        dialog = DuplicatesDialog(None, candidates)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        column = duplicates.SHOWN.index("birth_year")
        years = [dialog.model.index(r, column).data() for r in range(dialog.model.rowCount())]
        assert dialog.grab().save(str(tmp_path / "duplicates-ar.png"))
        dialog.reject()
    finally:
        application("en")
    assert years and set(years) == {"١٩٦٧"}, years
