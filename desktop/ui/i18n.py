"""The interface language: translators, locale (numbers, dates), layout direction and the
interface font.

``install_language(app, lang)`` is called once before the window is built (by
``desktop.app.application``): it installs the project's catalog
(``resources/i18n/case_tracker_<lang>.qm``) and one for Qt's own buttons and dialogs (Qt's
``qtbase_ar.qm`` for Arabic; the project's ``qtbase_ku.qm``/``qtbase_ckb.qm`` for Kurdish,
which Qt does not ship), makes ``QLocale()`` the language's locale, lays the application out
right to left for Arabic and Sorani, routes the report words through the same translators,
and sets the bundled Noto fonts as the application font. Widgets take their texts when they
are built, so a language chosen later applies to windows built afterwards (the Language menu
says so and the choice takes effect at the next start).

Translatable strings must carry a context lupdate can see and Qt looks up at run time:
``self.tr("...")`` inside a QObject subclass, or ``QCoreApplication.translate("Context",
"...")`` (any function named ``translate`` with a literal context works). A module-level
``tr(text)`` helper or ``other_object.tr(...)`` is extracted under the wrong context and
never translated (tests/i18n checks for it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication

from desktop.reports.builders import words
from desktop.reports.fonts import FAMILIES, register_fonts
from desktop.resources import resources_dir

LANGUAGES: dict[str, tuple[str, QLocale]] = {
    "en": ("English", QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)),
    "ar": ("العربية", QLocale(QLocale.Language.Arabic, QLocale.Country.Syria)),
    "ku": ("Kurdî (Kurmancî)", QLocale(QLocale.Language.Kurdish, QLocale.Country.Turkey)),
    "ckb": ("کوردی (سۆرانی)", QLocale(QLocale.Language.CentralKurdish, QLocale.Country.Iraq)),
}
RIGHT_TO_LEFT = {"ar", "ckb"}
SETTINGS_KEY = "language"
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    return _current


def is_right_to_left(lang: str | None = None) -> bool:
    return (lang or _current) in RIGHT_TO_LEFT


def language_name(lang: str) -> str:
    """The language's name in that language (as menus of languages show them)."""
    return LANGUAGES[lang][0]


def catalog_file(lang: str) -> Path:
    return resources_dir() / "i18n" / f"case_tracker_{lang}.qm"


def qt_catalog_file(lang: str) -> Path | None:
    """Qt's own translation for ``lang`` (standard buttons, file and print dialogs): the one
    Qt ships, else the project's; None for English or when neither exists."""
    if lang == "en":
        return None
    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for candidate in (
        shipped / f"qtbase_{lang}.qm",
        resources_dir() / "i18n" / f"qtbase_{lang}.qm",
    ):
        if candidate.is_file():
            return candidate
    return None


def qt_supplement_file(lang: str) -> Path | None:
    """The project's own catalog of Qt's strings for ``lang`` where Qt ships one too: Qt's
    Arabic catalog predates some Qt 6 source texts ("&Look in:", "Files of &type:" of the
    file dialog), which then stay English. None when there is none, or when the project's
    catalog is already the Qt catalog (Kurdish)."""
    own = resources_dir() / "i18n" / f"qtbase_{lang}.qm"
    if lang == "en" or not own.is_file() or qt_catalog_file(lang) == own:
        return None
    return own


def saved_language(settings: QSettings) -> str:
    """The language remembered in ``settings``; else the system's when the application has
    it; else English."""
    value = settings.value(SETTINGS_KEY)
    if isinstance(value, str) and value in LANGUAGES:
        return value
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def save_language(settings: QSettings, lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    settings.setValue(SETTINGS_KEY, lang)
    settings.sync()


def install_language(app: QCoreApplication, lang: str) -> None:
    """Load the project's catalog and Qt's own for ``lang``; set locale, direction, the
    report words' translator and the interface font."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        for path in (catalog_file(lang), qt_catalog_file(lang), qt_supplement_file(lang)):
            translator = QTranslator(app)
            if path is not None and translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(LANGUAGES[lang][1])
    words.install_translator(QCoreApplication.translate)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if lang in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        apply_interface_font(app)
    _current = lang


def apply_interface_font(app: QGuiApplication) -> QFont:
    """Make the bundled Noto Sans (Latin) and Noto Sans Arabic (Arabic, Sorani) the
    application font, at the platform's size, so screens look the same on every machine.
    Without the bundled files the platform's font stays."""
    available = set(register_fonts())
    font = QFont(app.font())
    if not available.issuperset(FAMILIES):
        return font
    if list(font.families()) != list(FAMILIES):
        font.setFamilies(list(FAMILIES))
        app.setFont(font)
    return font


def translate_in(lang: str, context: str, text: str) -> str:
    """``text`` as ``lang``'s catalog has it, without installing that language (the
    Language menu tells the user, in the language chosen, when it applies)."""
    if lang == "en":
        return text
    translator = QTranslator()
    if not translator.load(str(catalog_file(lang))):
        return text
    return translator.translate(context, text) or text


def installed_files() -> list[str]:
    """The catalogs in use now (for diagnostics and tests)."""
    return [t.filePath() for t in _installed]


__all__ = [
    "LANGUAGES",
    "RIGHT_TO_LEFT",
    "SETTINGS_KEY",
    "apply_interface_font",
    "current_language",
    "install_language",
    "installed_files",
    "is_right_to_left",
    "language_name",
    "qt_catalog_file",
    "qt_supplement_file",
    "save_language",
    "saved_language",
    "translate_in",
]
