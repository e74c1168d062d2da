"""The interface language: translators, locale (numbers, dates) and layout direction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop.resources import resources_dir

LANGUAGES: dict[str, tuple[str, QLocale]] = {
    "en": ("English", QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)),
    "ar": ("العربية", QLocale(QLocale.Language.Arabic, QLocale.Country.Syria)),
    "ku": ("Kurdî (Kurmancî)", QLocale(QLocale.Language.Kurdish, QLocale.Country.Turkey)),
    "ckb": ("کوردی (سۆرانی)", QLocale(QLocale.Language.CentralKurdish, QLocale.Country.Iraq)),
}
RIGHT_TO_LEFT = {"ar", "ckb"}
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    return _current


def is_right_to_left(lang: str | None = None) -> bool:
    return (lang or _current) in RIGHT_TO_LEFT


def install_language(app: QCoreApplication, lang: str) -> None:
    """Load the project's catalog and Qt's own for ``lang``; set locale and direction."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "i18n" / f"case_tracker_{lang}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_dir) or qt.load(
            str(resources_dir() / "i18n" / f"qtbase_{lang}.qm")
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(LANGUAGES[lang][1])
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if lang in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    _current = lang
