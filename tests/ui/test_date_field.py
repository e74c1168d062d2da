"""Date fields take a date typed whole (YYYY-MM-DD, DD/MM/YYYY, Arabic-Indic digits) or
picked from the calendar, say what they understood, and never take a wrong date silently."""

from __future__ import annotations

from datetime import date

from case_page_helpers import cases_page
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMenu
from sqlalchemy import text

from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.date_field import DateField, parse_typed_date

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(window: MainWindow, detainee_id: int) -> str:
    with window.database.engine.connect() as conn:
        return conn.execute(
            text("SELECT held_since FROM detainee WHERE id = :i"), {"i": detainee_id}
        ).scalar()[:10]


def retype(qtbot, field: DateField, typed: str) -> None:
    """Select what the field shows and type over it, as a person does."""
    field.edit.setFocus()
    field.edit.selectAll()
    if typed.isascii():
        qtbot.keyClicks(field.edit, typed)
    else:  # Arabic-Indic digits arrive through the input method
        event = QInputMethodEvent()
        event.setCommitString(typed)
        field.edit.inputMethodEvent(event)


def save_case(qtbot, window: MainWindow, page) -> None:
    with qtbot.waitSignal(page.controller.saved, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not page.controller.busy, timeout=10_000)


def test_typed_dates_are_read_whole():
    assert parse_typed_date("2020-11-15") == date(2020, 11, 15)
    assert parse_typed_date(" 15/11/2020 ") == date(2020, 11, 15)
    assert parse_typed_date("٢٠٢٠-١١-١٥") == date(2020, 11, 15)
    assert parse_typed_date("١٥/١١/٢٠٢٠") == date(2020, 11, 15)
    assert parse_typed_date("") is None
    for wrong in ("2020-11", "11/2020", "15.11.2020", "2020-13-01", "31/02/2020"):
        try:
            parse_typed_date(wrong)
        except ValueError:
            continue
        raise AssertionError(f"{wrong!r} was taken as a date")


def test_a_date_typed_whole_is_the_date_saved(qtbot, window: MainWindow):
    page = cases_page(qtbot, window)
    person = page.controller.record.id
    field = page.detail.held_since
    assert isinstance(field, DateField)

    retype(qtbot, field, "2020-11-15")
    assert field.date() == QDate(2020, 11, 15)
    assert "November" in field.understood.text() and "2020" in field.understood.text()
    save_case(qtbot, window, page)
    assert stored(window, person) == date(2020, 11, 15).isoformat()

    retype(qtbot, field, "14/10/2019")
    assert "October" in field.understood.text() and "2019" in field.understood.text()
    save_case(qtbot, window, page)
    assert stored(window, person) == date(2019, 10, 14).isoformat()

    retype(qtbot, field, "١٣/٠٩/٢٠١٨")
    assert field.date() == QDate(2018, 9, 13)
    save_case(qtbot, window, page)
    assert stored(window, person) == date(2018, 9, 13).isoformat()


def test_text_that_is_not_a_date_is_never_taken_silently(qtbot, window: MainWindow):
    page = cases_page(qtbot, window)
    field = page.detail.held_since
    retype(qtbot, field, "2018-09-13")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # done with this date
    retype(qtbot, field, "2019-02-30")  # passes "2019-02-3" on the way
    assert "no such day" in field.understood.text()
    assert field.date() == QDate(2018, 9, 13)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)  # leave the field
    assert field.text() == "2018-09-13"
    assert "kept 2018-09-13" in field.understood.text()


def test_the_calendar_picks_a_date_by_keyboard(qtbot, window: MainWindow):
    page = cases_page(qtbot, window)
    field = page.detail.held_since
    retype(qtbot, field, "2020-11-15")
    menu = field.button.menu()
    assert isinstance(menu, QMenu)

    def pick() -> None:
        qtbot.waitUntil(menu.isVisible, timeout=5_000)
        qtbot.waitUntil(
            lambda: field.calendar.isAncestorOf(QApplication.focusWidget()), timeout=5_000
        )
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=5_000)
    assert field.date() == QDate(2020, 11, 16)
    assert field.text() == "2020-11-16"


ARABIC_INDIC = {ord("0") + i: chr(0x0660 + i) for i in range(10)}


def test_a_date_field_shows_the_digits_the_tables_show(qtbot, seeded_db, settings):
    """In Arabic and Sorani the case form showed "2019-10-28" where the tables beside it
    (and the line beneath the field) show "٢٠١٩-١٠-٢٨": a date the window shows is written
    one way, and a date typed with Latin digits is written that way once the field is left."""
    from desktop.app import application
    from desktop.ui import script

    application("ckb")
    try:
        window = MainWindow(seeded_db, settings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=15_000):
            window.show()
        page = cases_page(qtbot, window)
        field = page.detail.held_since
        held_since = page.controller.record.held_since
        shown = held_since.isoformat().translate(ARABIC_INDIC)
        assert field.text() == shown == script.day(held_since)

        retype(qtbot, field, "15/11/2020")
        assert field.text() == "15/11/2020"  # what is typed stays as typed while typing
        qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
        assert field.text() == "2020-11-15".translate(ARABIC_INDIC)

        retype(qtbot, field, "2019-02-30")
        qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
        assert field.text() == "2020-11-15".translate(ARABIC_INDIC)
        assert "2020-11-15".translate(ARABIC_INDIC) in field.understood.text()
        window.tasks.wait()
    finally:
        application("en")
