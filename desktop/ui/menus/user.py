"""File ▸ Display name…: the name shown beside the login the database established.

The history records the login (on PostgreSQL the server writes it itself); nothing typed
here changes who a change is recorded under. The display name is kept in the database
beside the login, so colleagues on a shared database see it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.ui.dialogs import messages
from desktop.ui.dialogs import user_name as name_dialog
from desktop.ui.problem_text import error_text

if TYPE_CHECKING:
    from desktop.services.identity import Identity
    from desktop.ui.main_window import MainWindow

CONTEXT = "UserMenu"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def change_display_name(window: MainWindow) -> None:
    identity = window.database.identity
    name = name_dialog.ask_display_name(window, identity.login, identity.display_name)
    if name is None:
        return
    database = window.database

    def done(updated: Identity) -> None:
        window.show_identity()
        window.statusBar().showMessage(
            _tr("Your display name is now %1; changes are still recorded under %2.")
            .replace("%1", updated.display_name or updated.login)
            .replace("%2", updated.login),
            8000,
        )

    def failed(exc: BaseException) -> None:
        messages.tell_error(window, _tr("Display name not changed"), error_text(exc))

    from desktop.services.identity import set_display_name  # when first used

    window.tasks.run(lambda _ctx: set_display_name(database, name), success=done, failure=failed)


def install(window: MainWindow) -> None:
    action = QAction(_tr("&Display name…"), window)
    action.setObjectName("displayNameAction")
    action.setStatusTip(_tr("The name shown beside your login"))
    action.triggered.connect(lambda _checked=False: change_display_name(window))
    insert_before_quit(window, action)


def insert_before_quit(window: MainWindow, action: QAction) -> None:
    """Add ``action`` to the File menu above its closing Quit (and its separator)."""
    menu = window.menu("file")
    actions = menu.actions()
    quit_action = next((a for a in actions if a.objectName() == "quitAction"), None)
    if quit_action is None:
        menu.addAction(action)
        return
    index = actions.index(quit_action)
    before = actions[index - 1] if index > 0 and actions[index - 1].isSeparator() else None
    if before is None:
        before = menu.insertSeparator(quit_action)
    menu.insertAction(before, action)
