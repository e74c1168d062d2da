"""Tools ▸ Language: English, العربية, Kurdî (Kurmancî), کوردی (سۆرانی).

The choice is remembered in the settings (key ``language``) and applies when Case Tracker
next starts. Rebuilding the window in place would throw away unsaved edits, running
background work and the pages' state, and re-translating every widget of every page
would need every page to redo its texts on a LanguageChange event; a restart is the
robust way. ``--lang`` on the command line still wins over the remembered choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui import i18n

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

CONTEXT = "LanguageMenu"
APPLIES_AT_RESTART = str(
    QT_TRANSLATE_NOOP("LanguageMenu", "The interface will be in %1 when Case Tracker next starts.")
)


def install(window: MainWindow) -> None:
    menu = window.menu("tools").addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code in i18n.LANGUAGES:
        action = QAction(i18n.language_name(code), menu)
        action.setObjectName(f"language_{code}_Action")
        action.setCheckable(True)
        action.setChecked(code == i18n.current_language())
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: choose(window, c))
        group.addAction(action)
        menu.addAction(action)


def choose(window: MainWindow, lang: str) -> None:
    """Remember ``lang``; tell the user it applies at the next start (in the language in
    use now and in the one chosen)."""
    i18n.save_language(window.settings, lang)
    if lang == i18n.current_language():
        return
    title = QCoreApplication.translate("LanguageMenu", "Language")
    now = QCoreApplication.translate(CONTEXT, APPLIES_AT_RESTART)
    chosen = i18n.translate_in(lang, CONTEXT, APPLIES_AT_RESTART)
    lines = [now.replace("%1", i18n.language_name(lang))]
    if chosen != now:
        lines.append(chosen.replace("%1", i18n.language_name(lang)))
    tell(window, title, "\n\n".join(lines))


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """Show a notice (tests replace this)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("languageMessage")
    box.setAccessibleName(title)
    box.exec()
