"""Composition root of the window: paths, database, settings, QApplication, fonts, window."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog

from desktop import __version__
from desktop.domain.errors import CaseTrackerError
from desktop.reports.fonts import register_fonts
from desktop.resources import resources_dir
from desktop.services.database import (
    Database,
    NoDatabase,
    first_start,
    open_database,
    open_with_passphrase,
    uses_default_database,
)
from desktop.store.leftovers import create_partial
from desktop.ui.collector import collect_on_gui_thread
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.passphrase import ask_passphrase
from desktop.ui.i18n import install_language, saved_language
from desktop.ui.main_window import MainWindow
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import Cancelled, TaskContext, TaskRunner, background_runner

if TYPE_CHECKING:
    from desktop.store.backup import Pace

ORGANIZATION = "CaseTracker"
APPLICATION = "CaseTracker"
SCREENSHOT_TIMEOUT_MS = 60_000


def application(lang: str = "en", argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    collect_on_gui_thread(app)  # never on a worker thread: it would destroy Qt objects there
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "case-tracker.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts()
    install_language(app, lang)
    return app


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def lock_for(database: Database) -> QLockFile | None:
    """A lock beside a local database file so that a second instance is told, not allowed
    to become a second writer. Servers need none."""
    if database.path is None:
        return None
    lock = QLockFile(str(database.path) + ".lock")
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        info = lock.getLockInfo()  # (pid, host, application name) when it can be read
        who = f" (process {info[0]} on {info[1]})" if isinstance(info, tuple) and info else ""
        raise CaseTrackerError(
            f"{database.name} is already open in another Case Tracker window{who}. "
            "Close it there first, or open another database."
        )
    return lock


def database_for_window(db: str | None, *, screenshot: bool = False) -> Database:
    """The database the window opens on. The common start (a plain file at the current
    schema, ``first_start``) is returned at once, still opening: the window shows its first
    rows and opens it in full after the first paint. Anything else is opened now, before
    the window exists: created and seeded (the default database only), migrated after its
    checked copy, its passphrase asked (from the environment for a screenshot). A
    screenshot starts the same way and is taken once the data is shown, so the packaged
    application's smoke test goes through the common start too."""
    database = first_start(db)
    if database is not None:
        return database
    create = uses_default_database(db)  # only the default database is made on first use
    if screenshot:
        return open_database(db, create=create)
    notice = opening_notice()
    try:
        return open_with_passphrase(db, functools.partial(ask_passphrase, None), create=create)
    finally:
        notice.close()
        notice.deleteLater()


def opening_notice() -> QProgressDialog:
    """Shown while a database is opened before the window exists, which can take a while:
    a new one is created and filled, an older one copied and brought up to date (a minute
    for a million cases). It cannot be cancelled: the copy comes first, and each step is
    all or nothing."""
    notice = QProgressDialog(
        QCoreApplication.translate(
            "App",
            "Opening the database…\nA new database is created and filled first; an older one "
            "is copied, then brought up to date. For a large database this can take a minute.",
        ),
        "",
        0,
        0,
    )
    label = QLabel(notice.labelText())
    label.setWordWrap(True)
    notice.setLabel(label)
    notice.setFixedWidth(460)
    notice.setWindowTitle(QCoreApplication.translate("App", "Case Tracker"))
    notice.setCancelButton(None)
    notice.setMinimumDuration(0)
    notice.show()
    for _ in range(3):  # painted now: the opening holds this thread until it is done
        QApplication.processEvents()
    return notice


def run_gui(args: argparse.Namespace) -> int:
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if args.screenshot and headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a screenshot needs no screen
    app = application(getattr(args, "lang", None) or saved_language(settings()))
    try:
        database = database_for_window(getattr(args, "db", None), screenshot=args.screenshot)
    except NoDatabase as exc:
        text = QCoreApplication.translate(
            "App",
            "There is no database at %1. Check the name, or create a new database with "
            "“case-tracker init --db %1”.",
        ).replace("%1", str(exc.path))
        return _fail(args, QCoreApplication.translate("App", "Cannot open the database"), text)
    except CaseTrackerError as exc:
        return _fail(
            args, QCoreApplication.translate("App", "Cannot open the database"), error_text(exc)
        )
    try:
        lock = lock_for(database)
    except CaseTrackerError as exc:
        database.dispose()
        return _fail(args, QCoreApplication.translate("App", "Database in use"), error_text(exc))
    window = MainWindow(database, settings())
    when_open(
        window,
        (lambda: None) if args.screenshot else (lambda: _background_work(window)),
        lambda exc: _open_failed(args, window, exc),
    )
    try:
        if args.screenshot:
            return _screenshot(app, window, Path(args.screenshot))
        window.show()
        return app.exec()
    finally:
        window.tasks.wait()
        window.opener.wait()
        database.dispose()
        if lock is not None:
            lock.unlock()


def when_open(
    window: MainWindow,
    then: Callable[[], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Run ``then`` once the window's database is open in full: now, or after the opening
    that follows the first paint; ``failed`` when that opening fails."""
    if window.database.is_open():
        then()
        return
    window.opened.connect(then)
    window.open_failed.connect(failed)


def _background_work(window: MainWindow) -> None:
    start_auto_backup(window)
    start_file_check(window)


def _open_failed(args: argparse.Namespace, window: MainWindow, exc: BaseException) -> None:
    """The opening after the first paint failed (the file was damaged, locked or changed
    meanwhile): said as a failed opening before the window is shown is, and the window
    closes."""
    _fail(args, QCoreApplication.translate("App", "Cannot open the database"), error_text(exc))
    app = QApplication.instance()
    window.hide()
    if app is not None:
        app.exit(1)


def auto_backup(database: Database, *, pace: Pace) -> Path | None:
    """The day's automatic copy (``services.backups.auto_backup``), whose services are
    imported when it is made, after the window's first paint."""
    from desktop.services import backups

    return backups.auto_backup(database, pace=pace)


def start_auto_backup(window: MainWindow) -> TaskRunner:
    """A rotating automatic copy of a local database, at most one a day, made in the
    background when the window opens (docs/backups.md): on a worker and a connection of its
    own, in small steps at the lowest priority, so the window's reads never wait for it.
    Returns that worker's runner."""
    from desktop.services.backups import background_pace

    database = window.database

    def op(ctx: TaskContext) -> Path | None:
        try:
            return auto_backup(database, pace=background_pace(ctx.cancelled))
        except Exception:
            if ctx.cancelled():  # the window closed: the unfinished copy was removed
                raise Cancelled() from None
            raise

    def made(path: Path | None) -> None:
        if path is not None:
            window.statusBar().showMessage(
                window.tr("Automatic backup saved: %1").replace("%1", path.name), 8000
            )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        window.statusBar().showMessage(
            window.tr("Automatic backup failed: %1").replace("%1", error_text(exc)), 15000
        )

    runner = background_runner(window)
    runner.run(op, success=made, failure=failed)
    return runner


def start_file_check(window: MainWindow) -> None:
    """Check the database file in the background while the user looks at the window, not
    before the first save: a damaged file is then said at once, and refused when saved."""
    from desktop.services.housekeeping import check_file

    database = window.database

    def failed(exc: BaseException) -> None:
        window.statusBar().showMessage(
            window.tr("The database cannot be changed: %1").replace("%1", error_text(exc))
        )

    window.tasks.run(lambda _ctx: check_file(database), success=lambda _r: None, failure=failed)


def _fail(args: argparse.Namespace, title: str, text: str) -> int:
    if args.screenshot or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        print(f"case-tracker: {text}", file=sys.stderr)
    else:
        messages.tell_error(None, title, text)
    return 1


def save_private_png(image: QPixmap, path: Path) -> bool:
    """Save ``image`` as a PNG readable by its owner only (0600: it shows names), written
    under a temporary name and renamed into place when complete."""
    path = path.absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = create_partial(path)
    except OSError:
        return False
    try:
        if not image.save(str(partial), "PNG"):
            return False
        os.chmod(partial, 0o600)
        os.replace(partial, path)
        return True
    except OSError:
        return False
    finally:
        partial.unlink(missing_ok=True)


def _screenshot(app: QApplication, window: MainWindow, path: Path) -> int:
    """Show the window, wait until its data is shown, save it as a PNG."""
    result = {"code": 1, "started": 0}

    def save() -> None:
        if result["started"]:
            return
        result["started"] = 1
        app.processEvents()
        image = window.grab()
        if save_private_png(image, path):
            result["code"] = 0
        else:
            print(f"case-tracker: cannot write {path}", file=sys.stderr)
        app.quit()

    def give_up() -> None:
        print("case-tracker: the window did not finish loading its data", file=sys.stderr)
        app.quit()

    window.ready.connect(lambda: QTimer.singleShot(50, save))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, give_up)
    window.show()
    if window.is_ready():
        QTimer.singleShot(50, save)
    app.exec()
    return result["code"]
