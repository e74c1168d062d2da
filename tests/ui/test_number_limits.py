"""Every numeric field checks the domain's limits as the user types: the problem beside the
field, Save (or OK) disabled, and Ctrl+S writes nothing instead of failing."""

from __future__ import annotations

from datetime import date

from case_page_helpers import cases_page
from facility_helpers import facilities_page, idle, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from window_helpers import language, window_in

from desktop.services import facilities as svc
from desktop.ui.main_window import MainWindow
from desktop.ui.views.headcount_dialog import HeadcountDialog

TWENTY_DIGITS = "12345678901234567890"


def scalar(window: MainWindow, sql: str, **params: object) -> object:
    with window.database.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def test_a_twenty_digit_capacity_is_refused_as_it_is_typed(qtbot, window: MainWindow):
    page = facilities_page(window)
    idle(qtbot, page)
    facility_id = page.controller.current_id
    stored = scalar(window, "SELECT capacity FROM facility WHERE id = :i", i=facility_id)
    detail = page.detail
    type_into(qtbot, detail.capacity, TWENTY_DIGITS)
    assert detail.form.problem_text("capacity") == "At most 1,000,000"
    assert not page.save_action.isEnabled()
    detail.capacity.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, page)
    assert scalar(window, "SELECT capacity FROM facility WHERE id = :i", i=facility_id) == stored
    assert detail.form.is_dirty() and window.isWindowModified()
    type_into(qtbot, detail.capacity, "1000001")
    assert detail.form.problem_text("capacity") == "At most 1,000,000"
    type_into(qtbot, detail.capacity, "١٠٠٠٠٠٠")  # 1,000,000 in Arabic-Indic digits
    assert detail.form.problem_text("capacity") == ""
    assert page.save_action.isEnabled()


def test_years_and_months_of_a_case_are_checked_as_typed(qtbot, window: MainWindow):
    page = cases_page(qtbot, window)
    detail = page.detail
    detail.birth_year.setFocus()
    detail.birth_year.selectAll()
    qtbot.keyClicks(detail.birth_year, "1850")
    assert detail.form.problem_text("birth_year") == "At least 1,900"
    assert not detail.save_button.isEnabled()
    detail.birth_year.selectAll()
    qtbot.keyClicks(detail.birth_year, "1985")
    assert detail.form.problem_text("birth_year") == ""
    assert detail.save_button.isEnabled()
    detail.sentence_months.setFocus()
    detail.sentence_months.selectAll()
    qtbot.keyClicks(detail.sentence_months, TWENTY_DIGITS)
    assert detail.form.problem_text("sentence_months") == "At most 1,800"
    assert not detail.save_button.isEnabled()


def test_headcounts_are_checked_against_their_limit(qtbot, seeded_db):
    dialog = HeadcountDialog(
        None,
        categories=svc.list_categories(seeded_db),
        sources=svc.list_sources(seeded_db),
        facility_name="Synthetic Detention Centre 05",
        today=date(2024, 6, 30),
    )
    qtbot.addWidget(dialog)
    dialog.source.setCurrentIndex(1)
    type_into(qtbot, dialog.total, TWENTY_DIGITS)
    assert dialog.form.problem_text("total") == "At most 10,000,000"
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, dialog.total, "10000000")
    assert dialog.form.problem_text("total") == ""
    assert dialog.ok_button.isEnabled()


def test_a_typed_minus_stays_before_its_number_in_a_right_to_left_window(
    qtbot, seeded_db, settings, tmp_path
):
    """In the Arabic window a typed "-3" (or "-٣") reads "-3": the field lays a number out
    left to right, as it does the case number and the Latin name above it, so the minus
    stays before the digit instead of going to its far side ("3-")."""

    with window_in(qtbot, seeded_db, settings, "ar", size=None) as window:
        detail = cases_page(qtbot, window).detail
        for field in (detail.sentence_months, detail.birth_year):
            for typed in ("-3", "-٣"):
                type_into(qtbot, field, typed)
                assert field.text() == typed
                edges = []
                for position in range(len(typed) + 1):
                    field.setCursorPosition(position)
                    edges.append(field.cursorRect().center().x())
                # the minus, typed first, is left of the digit: the text runs left to right
                assert edges == sorted(edges) and edges[0] < edges[-1], (typed, edges)
                assert field.grab().save(str(tmp_path / f"{field.objectName()}-{len(edges)}.png"))


def test_a_number_quoted_back_in_a_right_to_left_window_keeps_its_minus_first(qtbot, seeded_db):
    """In the Arabic window a typed "−3" or "-3.5" was quoted back beside the field as
    «3−» and «3.5-»: a value with no letters took the sentence's direction, so its minus
    went to the far side of the number. It is set apart, in its own left-to-right order,
    as a Latin word in the sentence already was; in English nothing changes."""

    def dialog() -> HeadcountDialog:
        made = HeadcountDialog(
            None,
            categories=svc.list_categories(seeded_db),
            sources=svc.list_sources(seeded_db),
            facility_name="Synthetic Detention Centre 05",
            today=date(2024, 6, 30),
        )
        qtbot.addWidget(made)
        made.show()
        return made

    with language("ar"):
        arabic = dialog()
        for typed in ("−3", "-3.5"):
            type_into(qtbot, arabic.total, typed)
            shown = arabic.form.problem_text("total")
            assert shown == f"ليس عددًا صحيحًا: «\u2068{typed}\u2069»", shown
    english = dialog()
    type_into(qtbot, english.total, "-3.5")
    assert english.form.problem_text("total") == "Not a whole number: '-3.5'"
