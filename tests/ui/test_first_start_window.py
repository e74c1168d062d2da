"""The window's common start (``app.database_for_window``): on a plain file at the current
schema the first rows of the case list are painted before SQLAlchemy is imported, and the
window works in full once the database is open; every other start is opened first, as
before: an older schema migrated after its checked copy, an encrypted file's passphrase
asked, a second window refused."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

import desktop.app
from desktop.app import database_for_window
from desktop.services.database import open_database
from desktop.store import migrate
from desktop.store.backup import integrity_problems
from desktop.store.engine import make_engine, resolve_url

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        XDG_DATA_HOME=str(tmp_path / "home" / "data"),
    )
    env.pop("CASE_TRACKER_DB", None)
    return env


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python args...`` in a fresh process, headless, with a home of its own."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_the_first_rows_are_painted_before_sqlalchemy_and_the_window_then_works(
    seeded_path: Path, tmp_path: Path
):
    probe = Path(__file__).with_name("start_probe.py")
    result = _run(tmp_path, str(probe), str(seeded_path), str(tmp_path / "settings.ini"))
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["at_first_paint"] == {
        "sqlalchemy": False,
        "models": False,
        "postgresql": False,
        "open": False,
    }
    assert report["after"] == {"sqlalchemy": True, "postgresql": False}
    assert report["saved"] == [report["shown"]]
    with sqlite3.connect(seeded_path) as conn:
        notes = conn.execute("SELECT notes FROM detainee WHERE id = ?", (report["shown"],))
        assert notes.fetchone() == ("Seen after the first paint",)


def test_an_older_schema_is_migrated_after_its_copy_before_the_window_exists(seeded_path: Path):
    engine = make_engine(resolve_url(str(seeded_path)))
    migrate.downgrade(engine, "0005")
    engine.dispose()
    database = database_for_window(str(seeded_path))
    try:
        assert database.is_open()  # opened, migrated, before any window reads a page
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        copies = list(seeded_path.parent.glob(f"{seeded_path.name}.before-*.bak"))
        assert len(copies) == 1 and integrity_problems(copies[0]) == []
    finally:
        database.dispose()


def test_an_encrypted_file_still_asks_its_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "locked.db"
    open_database(f"sqlite+pysqlcipher:///{path}", passphrase=PASSPHRASE, seed_demo=False).dispose()
    asked: list[str] = []

    def ask(_parent: object, name: str, _problem: str | None = None) -> str:
        asked.append(name)
        return PASSPHRASE

    monkeypatch.setattr(desktop.app, "ask_passphrase", ask)
    database = database_for_window(str(path))
    try:
        assert asked == ["locked.db"]
        assert database.is_open() and database.encrypted
    finally:
        database.dispose()


def test_a_second_window_on_the_same_file_is_told_and_does_not_open(
    seeded_path: Path, tmp_path: Path
):
    lock = QLockFile(str(seeded_path) + ".lock")
    assert lock.tryLock(0)
    try:
        result = _run(tmp_path, "-m", "desktop", "--db", str(seeded_path))
    finally:
        lock.unlock()
    assert result.returncode == 1
    assert "is already open in another Case Tracker window" in result.stderr


def test_role_locks_hold_from_the_first_paint_and_work_waits_for_the_opening(
    qtbot, seeded_path: Path, tmp_path: Path
):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from desktop.services.database import first_start
    from desktop.services.identity import os_account
    from desktop.services.users import add_user, set_role
    from desktop.ui.main_window import MainWindow

    mine = open_database(str(seeded_path), create=False)
    add_user(mine, "deputy_admin", "administrator")
    mine.dispose()
    deputy = open_database(str(seeded_path), create=False, account="deputy_admin")
    set_role(deputy, os_account(), "viewer")
    deputy.dispose()

    database = first_start(str(seeded_path))
    assert database is not None and not database.is_open()
    window = MainWindow(database, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_page("cases")
    page = window.pages["cases"]
    locked = [page.findChild(QWidget, name) for name in ("caseNew", "caseExport")]
    assert all(w is not None and not w.isEnabled() and w.property("roleLocked") for w in locked)
    assert page.model.rowCount() > 0  # the first rows, read without the engine
    counted: list[int] = []
    window.tasks.run(lambda _ctx: database.engine.dialect.name, success=counted.append)
    assert not database.is_open()
    with qtbot.waitSignal(window.opened, timeout=30_000):
        window.show()
    qtbot.waitUntil(lambda: counted == ["sqlite"], timeout=30_000)
    qtbot.waitUntil(window.is_ready, timeout=30_000)
    assert all(not w.isEnabled() and w.property("roleLocked") for w in locked)
    assert "viewer" in window.identity_label.text()
    window.close()
    window.tasks.wait()
    window.opener.wait()
    database.dispose()


def test_an_opening_that_fails_after_the_first_paint_is_said_and_cancels_the_waiting_work(
    qtbot, seeded_path: Path, tmp_path: Path
):
    from PySide6.QtCore import QSettings

    from desktop.services.database import first_start
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import Cancelled

    database = first_start(str(seeded_path))
    assert database is not None
    window = MainWindow(database, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_page("cases")
    failures: list[BaseException] = []
    window.tasks.run(lambda _ctx: database.engine, success=lambda _e: None, failure=failures.append)
    with seeded_path.open("r+b") as f:  # the file stops being a database meanwhile
        f.write(b"this is no longer an SQLite file")
    with qtbot.waitSignal(window.open_failed, timeout=30_000) as failed:
        window.show()
    assert "not a Case Tracker database" in str(failed.args[0])
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    assert isinstance(failures[0], Cancelled) and not database.is_open()
    window.tasks.wait()
    window.opener.wait()
    database.dispose()


def test_a_screenshot_takes_the_common_start_and_waits_for_the_data(
    seeded_path: Path, tmp_path: Path
):
    """``--screenshot`` (the packaged application's smoke test) starts the way a user's
    window does, and saves the window once its data, opened after the first paint, is shown."""
    from PySide6.QtGui import QImage

    shot = tmp_path / "window.png"
    result = _run(tmp_path, "-m", "desktop", "--db", str(seeded_path), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 400
    database = database_for_window(str(seeded_path), screenshot=True)
    try:
        assert not database.is_open()  # the common start: opened in full after the paint
    finally:
        database.dispose()


def test_a_refused_start_is_said_in_the_interface_language(tmp_path: Path):
    """A file that is not a Case Tracker database: the Arabic window says so in Arabic."""
    junk = tmp_path / "notes.db"
    junk.write_text("not a database, only text\n" * 200)
    shot = tmp_path / "never.png"
    result = _run(
        tmp_path, "-m", "desktop", "--db", str(junk), "--lang", "ar", "--screenshot", str(shot)
    )
    assert result.returncode == 1
    assert "notes.db ليست قاعدة بيانات Case Tracker" in result.stderr, result.stderr
    assert "is not a Case Tracker database" not in result.stderr


def test_a_notice_is_shown_while_an_older_schema_is_brought_up_to_date(
    qtbot, seeded_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from PySide6.QtWidgets import QApplication, QProgressDialog

    engine = make_engine(resolve_url(str(seeded_path)))
    migrate.downgrade(engine, "0007")
    engine.dispose()
    seen: list[str] = []
    real_upgrade = migrate.upgrade_connection

    def upgrade(conn, revision: str = "head") -> None:  # what the user sees meanwhile
        seen.extend(
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
        real_upgrade(conn, revision)

    monkeypatch.setattr(migrate, "upgrade_connection", upgrade)
    database = database_for_window(str(seeded_path))
    try:
        assert len(seen) == 1 and seen[0].startswith("Opening the database")
        assert "brought up to date" in seen[0]
        assert not any(  # and gone once the database is open
            isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    finally:
        database.dispose()
