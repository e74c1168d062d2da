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
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.app import lock_for
from desktop.domain.errors import CaseTrackerError
from desktop.services.database import Database
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


def test_about_names_the_version(window: MainWindow):
    from desktop import __version__

    assert __version__ in window.about_text()
    assert "case-tracker.db" in window.about_text()


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
    qtbot.waitUntil(lambda: len(auto_backups(seeded_db)) == 1, timeout=15_000)
    runner.wait()
    assert start_auto_backup(window) is runner  # the same day: no second copy
    runner.wait()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5_000)
    copies = auto_backups(seeded_db)
    assert len(copies) == 1
    assert (copies[0].stat().st_mode & 0o777) == 0o600


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
