"""File ▸ Change user name…, and the user's name the change history records.

The name is kept in the settings under ``user/name``. ``install`` puts a stored name on the
window's database (``window.database.actor``) without asking anything; the composition root
calls ``ensure_user_name(window)`` once the window is built, which asks on first start. A
user who cancels that question is recorded under the login name (the database's default)
and asked again at the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.ui.dialogs import user_name as user_name_dialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SETTINGS_KEY = "user/name"
CONTEXT = "UserMenu"


def stored_name(window: MainWindow) -> str | None:
    value = window.settings.value(SETTINGS_KEY)
    name = " ".join(str(value).split()) if value is not None else ""
    return name or None


def use_name(window: MainWindow, name: str) -> None:
    """Record changes under ``name`` from now on, and remember it."""
    window.settings.setValue(SETTINGS_KEY, name)
    window.settings.sync()
    window.database.actor = name


def ensure_user_name(window: MainWindow, *, ask: bool = True) -> str:
    """The name changes are recorded under: the stored one, else asked now (first start)
    unless ``ask`` is false (``--screenshot``, where nobody is there to answer). Returns the
    actor in effect."""
    name = stored_name(window)
    if name is None and not ask:
        return window.database.actor
    if name is None:
        name = user_name_dialog.ask_user_name(window, None)
        if name:
            use_name(window, name)
    else:
        window.database.actor = name
    return window.database.actor


def change_user_name(window: MainWindow) -> None:
    name = user_name_dialog.ask_user_name(window, stored_name(window) or window.database.actor)
    if not name:
        return
    use_name(window, name)
    window.statusBar().showMessage(
        QCoreApplication.translate(CONTEXT, "Changes are now recorded as %1.").replace("%1", name),
        8000,
    )


def install(window: MainWindow) -> None:
    name = stored_name(window)
    if name is not None:
        window.database.actor = name
    action = QAction(QCoreApplication.translate(CONTEXT, "Change user &name…"), window)
    action.setObjectName("changeUserNameAction")
    action.setStatusTip(
        QCoreApplication.translate(CONTEXT, "The name the history records with your changes")
    )
    action.triggered.connect(lambda _checked=False: change_user_name(window))
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
