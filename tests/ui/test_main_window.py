"""The window shell: title, navigation, status, accessibility names, geometry, lock and the
--screenshot contract."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy import text

from desktop.app import lock_for
from desktop.domain.errors import CaseTrackerError
from desktop.services.approvals import approve
from desktop.services.database import Database
from desktop.services.users import add_user
from desktop.ui.main_window import MainWindow

OPERATED = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QSpinBox)


def test_title_names_the_database_and_status_counts_it(window: MainWindow):
    assert "case-tracker.db" in window.windowTitle()
    text = window.status_label.text()
    assert "27 facilities" in text
    assert "10,000 cases" in text
    assert "9,369 held" in text


def test_navigation_switches_pages_by_click_and_shortcut(qtbot, window: MainWindow):
    assert window.current_page_name() == "facilities"
    window.navigation.setCurrentRow(1)
    assert window.current_page_name() == "cases"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "amnesties"
    window.show_page("reports")
    assert window.stack.currentWidget() is window.pages["reports"]


def test_every_operated_widget_has_object_and_accessible_names(window: MainWindow):
    missing = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, OPERATED)
        and w.isVisibleTo(window)
        and (not w.objectName() or not w.accessibleName())
        and not w.objectName().startswith("qt_")
    ]
    assert missing == []


def test_about_names_the_version_and_the_schema(window: MainWindow):
    from desktop import __version__
    from desktop.store.migrate import head_revision

    assert __version__ in window.about_text()
    assert "case-tracker.db" in window.about_text()
    assert f"Database schema: {head_revision()}" in window.about_text()


def test_geometry_is_kept_in_settings(qtbot, seeded_db: Database, settings: QSettings):
    first = MainWindow(seeded_db, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 540)
    first.close()
    second = MainWindow(seeded_db, settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (780, 540)
    second.close()


def test_a_second_instance_on_the_same_file_is_refused_clearly(seeded_db: Database):
    lock = lock_for(seeded_db)
    try:
        with pytest.raises(CaseTrackerError, match="already open"):
            lock_for(seeded_db)
    finally:
        assert lock is not None
        lock.unlock()
    again = lock_for(seeded_db)
    assert again is not None
    again.unlock()


def test_second_window_process_on_a_locked_file_exits_with_a_message(
    cli, seeded_db: Database, tmp_path: Path
):
    lock = lock_for(seeded_db)
    try:
        result = cli("--db", str(seeded_db.path), "--screenshot", str(tmp_path / "s.png"))
    finally:
        assert lock is not None
        lock.unlock()
    assert result.returncode == 1
    assert "already open" in result.stderr
    assert not (tmp_path / "s.png").exists()


def test_screenshot_saves_the_window_with_its_data(cli, seeded_path: Path, tmp_path: Path):
    png = tmp_path / "window.png"
    result = cli("--db", str(seeded_path), "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 500


def test_opening_the_window_makes_one_automatic_backup_a_day(qtbot, seeded_db, settings):
    from desktop.app import start_auto_backup
    from desktop.services.backups import auto_backups

    window = MainWindow(seeded_db, settings)
    qtbot.addWidget(window)
    runner = start_auto_backup(window)
    # The copy runs at the lowest priority, in small steps with pauses: on a loaded machine
    # it may take long. Wait for the worker to finish it, then look for the one copy.
    assert runner.wait(600_000)
    qtbot.waitUntil(lambda: len(auto_backups(seeded_db)) == 1, timeout=15_000)
    assert start_auto_backup(window) is runner  # the same day: no second copy
    runner.wait()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5_000)
    copies = auto_backups(seeded_db)
    assert len(copies) == 1
    assert (copies[0].stat().st_mode & 0o777) == 0o600


def _held(database: Database) -> int:
    with database.engine.connect() as conn:
        return int(
            conn.execute(text("SELECT count(*) FROM detainee WHERE status = 'held'")).scalar()
        )


def test_pages_are_built_when_first_shown(qtbot, window: MainWindow):
    assert window.pages.is_built("facilities")
    assert not window.pages.is_built("amnesties") and not window.pages.is_built("reports")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.is_built("reports")
    assert window.stack.currentWidget() is window.pages["reports"]
    qtbot.waitUntil(window.is_ready, timeout=10_000)


def test_writes_by_another_user_are_noticed_and_shown(qtbot, window: MainWindow, seeded_path: Path):
    """Another user of the same database releases someone: the window notices by the newest
    history id (on its timer, or when it is activated) and every page shows it."""
    from desktop.services.apply_amnesty import select_candidates
    from desktop.services.database import open_database
    from desktop.services.decisions import decide

    person = select_candidates(window.database, amnesty_id=1).rows[0].detainee_id
    window.open_case(person)
    cases = window.pages["cases"]
    qtbot.waitUntil(
        lambda: cases.is_ready() and cases.controller.record is not None, timeout=10_000
    )
    qtbot.waitUntil(lambda: cases.controller.record.id == person, timeout=10_000)
    shown = cases.controller.record
    assert shown.status == "held"
    window.show_page("facilities")
    facilities = window.pages["facilities"]
    qtbot.waitUntil(facilities.is_ready, timeout=10_000)
    held = _held(window.database)
    qtbot.waitUntil(lambda: f"{held:,} held" in window.status_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.change_watch._asking, timeout=10_000)

    # Another program proposes the release and another user, a reviewer, approves it.
    other = open_database(str(seeded_path), create=False)
    try:
        add_user(other, "reviewer2", "reviewer")
        proposal = decide(other, amnesty_id=1, detainee_id=shown.id, outcome="released")
    finally:
        other.dispose()
    reviewer = open_database(str(seeded_path), create=False, account="reviewer2")
    try:
        approve(reviewer, proposal.id)
    finally:
        reviewer.dispose()
    assert _held(window.database) == held - 1

    window.change_watch.check()  # what the timer and the window's activation do
    qtbot.waitUntil(lambda: f"{held - 1:,} held" in window.status_label.text(), timeout=10_000)
    assert window.is_stale("cases")  # hidden: read again when shown
    window.show_page("cases")
    qtbot.waitUntil(
        lambda: (
            cases.controller.record is not None
            and cases.controller.record.status == "released"
            and cases.detail.status.currentData() == "released"
        ),
        timeout=10_000,
    )
    assert not window.is_stale("cases")


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as a person presses it: to whatever has the keyboard focus."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def test_the_keyboard_follows_the_page_after_a_click_in_the_navigation(
    qtbot, window: MainWindow, monkeypatch
):
    from desktop.ui.dialogs.decision import DecisionDialog

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    ctrl = Qt.KeyboardModifier.ControlModifier
    nav = window.navigation
    facilities = window.pages["facilities"]
    qtbot.waitUntil(facilities.is_ready, timeout=10_000)
    assert QApplication.focusWidget() is facilities.tree  # at first start too

    # Click "Cases" in the navigation: the keyboard is in the case list.
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(1)).center()
    )
    cases = window.pages["cases"]
    assert window.stack.currentWidget() is cases
    assert QApplication.focusWidget() is cases.table

    # Ctrl+1 then Down: the next facility, not the next page.
    _press(qtbot, Qt.Key.Key_1, ctrl)
    assert window.current_page_name() == "facilities"
    assert QApplication.focusWidget() is facilities.tree
    first = facilities.controller.current_id
    _press(qtbot, Qt.Key.Key_Down)
    assert window.current_page_name() == "facilities"
    qtbot.waitUntil(lambda: facilities.controller.current_id not in (None, first), timeout=5_000)

    # Ctrl+3 then Ctrl+D: the decision dialog opens.
    _press(qtbot, Qt.Key.Key_3, ctrl)
    amnesties = window.pages["amnesties"]
    qtbot.waitUntil(
        lambda: amnesties.is_ready() and amnesties.decide_action.isEnabled(), timeout=10_000
    )
    opened: list[object] = []
    monkeypatch.setattr(
        DecisionDialog, "ask", classmethod(lambda cls, *a, **k: opened.append(k) or None)
    )
    _press(qtbot, Qt.Key.Key_D, ctrl)
    assert opened == [{"amnesty_id": 1}]

    # Ctrl+2 then Ctrl+F: the case search box, its text selected.
    _press(qtbot, Qt.Key.Key_2, ctrl)
    _press(qtbot, Qt.Key.Key_F, ctrl)
    assert QApplication.focusWidget() is cases.search

    # Back in the navigation (as by Tab): the page's shortcuts still work.
    nav.setFocus(Qt.FocusReason.TabFocusReason)
    _press(qtbot, Qt.Key.Key_F, ctrl)
    assert QApplication.focusWidget() is cases.search


def test_at_first_start_the_keyboard_is_in_the_list(
    qtbot, seeded_db: Database, settings: QSettings
):
    """No question is asked at start (the login is who you are): the keyboard is in the
    first page's list, and the page shortcuts work at once."""
    w = MainWindow(seeded_db, settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=15_000):
        w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5_000)
    facilities = w.pages["facilities"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is facilities.tree, timeout=5_000)
    _press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is w.pages["cases"].search
    w.tasks.wait()


def test_the_file_is_checked_in_the_background_when_the_window_opens(qtbot, window):
    """The check the first save would wait for is made while the window is looked at."""
    from desktop.app import start_file_check
    from desktop.store import damage

    path = window.database.path
    key = (str(path), path.stat().st_ino)
    damage._sound.discard(key)
    start_file_check(window)
    qtbot.waitUntil(lambda: key in damage._sound, timeout=30_000)
    assert window.statusBar().currentMessage() == ""


def test_the_daily_backup_never_holds_up_the_windows_reads(
    qtbot, seeded_db, settings, monkeypatch: pytest.MonkeyPatch
):
    """While the day's copy is being made (held half-way here), the window's own worker
    still reads: the copy runs on a worker of its own."""
    import threading

    import desktop.app
    from desktop.services.cases import CaseQuery, count_cases

    copying = threading.Event()
    release = threading.Event()

    def held_backup(_database: Database, **_options: object) -> None:
        copying.set()
        release.wait(30)

    monkeypatch.setattr(desktop.app, "auto_backup", held_backup)
    window = MainWindow(seeded_db, settings)
    qtbot.addWidget(window)
    runner = desktop.app.start_auto_backup(window)
    qtbot.waitUntil(copying.is_set, timeout=10_000)
    counted: list[int] = []
    window.tasks.run(lambda _ctx: count_cases(seeded_db, query=CaseQuery()), success=counted.append)
    try:
        qtbot.waitUntil(lambda: counted == [10_000], timeout=10_000)
        assert runner.is_busy() and runner is not window.tasks
    finally:
        release.set()
        runner.wait()


@pytest.mark.parametrize("name", ["cases", "amnesties"])
def test_tab_leaves_a_page_list_for_what_follows(qtbot, window: MainWindow, name: str):
    """Tab in the list of cases (or amnesties) walked from cell to cell, 10,000
    rows of them: the keyboard never reached the detail beside the list."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.show_page(name)
    page = window.pages[name]
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    listing = page.table if name == "cases" else page.list
    listing.setCurrentIndex(listing.model().index(0, 0))
    listing.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is listing)
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not listing)
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)  # on to the detail


def test_a_closed_window_starts_no_more_database_work(qtbot, window: MainWindow):
    """A list's count waits for its rows to be painted; a search closed at once left that
    count to start while the window was being torn down, on a database about to be closed
    (seen as files written into a folder being removed). A closed window's runner starts
    nothing more, and says so to whoever asks."""
    ran: list[str] = []
    window.close()
    ctx = window.tasks.run(lambda _ctx: ran.append("ran"), success=lambda _r: None)
    assert ctx.cancelled()
    window.tasks.wait()
    # What the window asked for before it closed is still delivered, and then it is idle;
    # on a loaded machine that delivery can come after the wait.
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=30_000)
    assert ran == []
