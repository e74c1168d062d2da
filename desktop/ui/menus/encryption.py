"""File ▸ New encrypted database…: asks where and with which passphrase, creates the
encrypted file in the background, then says how to open it and offers to open it in a new
window.

The new database opens in a *new* Case Tracker process rather than in this window: this
window's pages hold records, unsaved edits and background work of the database it shows,
and the one-window-per-database lock belongs to the process. The new process is started
with ``--db FILE`` and asks for the passphrase itself; the passphrase is never passed on a
command line or in the environment, where other programs of the user could read it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.database import default_database_path, init_database
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.passphrase import NewEncryptedDatabase, NewEncryptedDatabaseDialog
from desktop.ui.menus.user import insert_before_quit
from desktop.ui.problem_text import error_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

CONTEXT = "EncryptionMenu"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def create_encrypted(request: NewEncryptedDatabase) -> Path:
    """Create, migrate and (if asked) seed the encrypted database; runs off the GUI thread."""
    url = f"sqlite+pysqlcipher:///{request.path}"
    init_database(url, empty=not request.seed, passphrase=request.passphrase).dispose()
    return request.path


def new_window_command(path: Path) -> tuple[str, list[str]]:
    """The program and arguments that open Case Tracker on ``path``: a packaged
    application's executable is Case Tracker itself; otherwise it is Python."""
    module = [] if getattr(sys, "frozen", False) else ["-m", "desktop"]
    return sys.executable, [*module, "--db", str(path)]


def open_in_new_window(path: Path) -> bool:
    """Start another Case Tracker on ``path``; it asks for the passphrase."""
    return bool(QProcess.startDetached(*new_window_command(path)))


def tell_created(parent: QWidget, path: Path) -> bool:
    """Say where the database is and how to open it; True when the user wants it opened
    now. Tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Encrypted database created"))
    box.setObjectName("encryptedCreatedMessage")
    box.setAccessibleName(_tr("Encrypted database created"))
    box.setText(_tr("The encrypted database %1 was created.").replace("%1", str(path)))
    box.setInformativeText(
        _tr(
            "To work in it, open it in a new window now, or later start Case Tracker with "
            '--db "%1". It asks for the passphrase each time it opens.'
        ).replace("%1", str(path))
    )
    open_button = box.addButton(_tr("Open in a new window"), QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("openEncryptedButton")
    close = box.addButton(QMessageBox.StandardButton.Close)
    close.setObjectName("closeEncryptedMessage")
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def new_encrypted_database(window: MainWindow) -> None:
    folder = window.database.path.parent if window.database.path else default_database_path().parent
    request = NewEncryptedDatabaseDialog.ask(window, folder=folder)
    if request is None:
        return

    def created(path: Path) -> None:
        if tell_created(window, path) and not open_in_new_window(path):
            messages.tell_error(
                window,
                _tr("Cannot open a new window"),
                _tr('Start Case Tracker with --db "%1" to open it.').replace("%1", str(path)),
            )

    def failed(exc: BaseException) -> None:
        messages.tell_error(window, _tr("The encrypted database was not created"), error_text(exc))

    window.tasks.run_with_progress(
        window,
        _tr("Creating the encrypted database…"),
        lambda _ctx: create_encrypted(request),
        success=created,
        failure=failed,
    )


def install(window: MainWindow) -> None:
    action = QAction(_tr("New &encrypted database…"), window)
    action.setObjectName("newEncryptedDatabaseAction")
    action.setStatusTip(_tr("Create a new database file that only its passphrase opens"))
    action.triggered.connect(lambda _checked=False: new_encrypted_database(window))
    insert_before_quit(window, action)
