"""File ▸ Back up… and File ▸ Restore from backup…: a checked copy of the database, and
putting one back after checking it and asking; the window then works on the restored
database."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.domain.errors import CaseTrackerError
from desktop.domain.messages import joined
from desktop.services.database import Database, open_database
from desktop.ui import script
from desktop.ui.dialogs import messages
from desktop.ui.menus.import_export import insert_in_file_menu, refresh_window
from desktop.ui.problem_text import error_text, message_text
from desktop.ui.tasks import TaskContext

if TYPE_CHECKING:  # the services are imported when a backup or a restore is asked for
    from pathlib import Path

    from desktop.services.backups import BackupFacts, BackupResult, RestoreResult
    from desktop.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def _fail(window: MainWindow, title: str) -> Any:
    def failed(exc: BaseException) -> None:
        text = error_text(exc) if isinstance(exc, CaseTrackerError) else type(exc).__name__
        messages.tell_error(window, title, text)

    return failed


def back_up(window: MainWindow) -> Any:
    database = window.database
    if database.path is None:
        messages.tell_error(
            window,
            _tr("Back up"),
            _tr("A server database is backed up with the server's own tools (pg_dump)."),
        )
        return None
    suggested = database.path.with_name(f"{database.path.stem}-{date.today().isoformat()}.db")
    from desktop.ui.dialogs import restore as ask

    destination = ask.choose_backup_destination(window, str(suggested))
    if destination is None:
        return None

    def done(result: BackupResult) -> None:
        window.statusBar().showMessage(
            _tr("Backed up to %1 (checked)").replace("%1", str(result.path)), 10_000
        )

    from desktop.services.backups import backup_database  # when first used

    return window.tasks.run(
        # the save dialog has already asked before replacing an existing file
        lambda _ctx: backup_database(database, destination=destination, replace=True),
        success=done,
        failure=_fail(window, _tr("Back up failed")),
    )


def reopen(window: MainWindow, database: Database) -> None:
    """Let the window work on ``database`` (the restored file) from now on."""
    old = window.database
    hook = getattr(window, "reopen_database", None)
    if callable(hook):
        hook(database)
    else:
        window.database = database
        refresh_window(window)
    if old is not database:
        old.dispose()


def restore(window: MainWindow) -> Any:
    live = window.database.path
    if live is None:
        messages.tell_error(
            window,
            _tr("Restore"),
            _tr("A server database is restored with the server's own tools (pg_restore)."),
        )
        return None
    from desktop.services.backups import auto_folder, check_backup  # when first used

    folder = auto_folder(window.database)
    from desktop.ui.dialogs import restore as ask

    source = ask.choose_backup(window, str(folder if folder.is_dir() else live.parent))
    if source is None:
        return None

    def checked(facts: BackupFacts) -> None:
        if facts.problems:
            messages.tell_error(
                window,
                _tr("This backup cannot be restored"),
                _tr("%1 cannot be restored: %2. Nothing was replaced.")
                .replace("%1", source.name)
                .replace("%2", message_text(joined("; ", facts.problems))),
            )
            return
        if ask.confirm_restore(window, facts, window.database.name):
            _run_restore(window, live, source)

    return window.tasks.run(
        lambda _ctx: check_backup(path=source),
        success=checked,
        failure=_fail(window, _tr("Restore failed")),
    )


def _run_restore(window: MainWindow, live: Path, source: Path) -> None:
    from desktop.services.backups import restore_database  # when first used

    def op(_ctx: TaskContext) -> tuple[RestoreResult, Database]:
        result = restore_database(db=str(live), source=source)
        return result, open_database(str(live), create=False)

    def done(outcome: tuple[RestoreResult, Database]) -> None:
        result, database = outcome
        reopen(window, database)
        # by its name: it is beside the database (as the question said), and a whole folder
        # path ran past the room the status bar has at 1024 px, cutting the name off
        kept = script.embed(result.kept.name) if result.kept else _tr("(none)")
        window.statusBar().showMessage(
            _tr("Restored from %1; the replaced database is kept as %2")
            .replace("%1", script.embed(source.name))
            .replace("%2", kept),
            15_000,
        )

    window.tasks.run_with_progress(
        window, _tr("Restoring…"), op, success=done, failure=_fail(window, _tr("Restore failed"))
    )


def install(window: MainWindow) -> None:
    backup_action = QAction(_tr("&Back up…"), window)
    backup_action.setObjectName("backupAction")
    backup_action.setStatusTip(_tr("Write a checked copy of the database"))
    backup_action.triggered.connect(lambda _checked=False: back_up(window))
    restore_action = QAction(_tr("&Restore from backup…"), window)
    restore_action.setObjectName("restoreAction")
    restore_action.setStatusTip(_tr("Replace the database with a backup, after checking it"))
    restore_action.triggered.connect(lambda _checked=False: restore(window))
    insert_in_file_menu(window, [backup_action, restore_action], before="quitAction")
