"""The window in each language: direction, labels, digits, fonts, Qt's own buttons, the
Language menu and ``--lang ar --screenshot``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.app import application
from desktop.reports.fonts import FAMILIES
from desktop.services.database import Database
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.menus import language as language_menu

NAVIGATION = {
    "en": ["Facilities", "Cases", "Amnesties", "Reports"],
    "ar": ["المرافق", "القضايا", "العفو", "التقارير"],
}


@pytest.fixture
def build(qtbot, seeded_db: Database, settings: QSettings) -> Iterator:
    built: list[MainWindow] = []

    def make(lang: str) -> MainWindow:
        application(lang)
        window = MainWindow(seeded_db, settings)
        qtbot.addWidget(window)
        built.append(window)
        with qtbot.waitSignal(window.ready, timeout=20_000):
            window.show()
        return window

    yield make
    for window in built:
        window.tasks.wait()


def navigation_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_arabic_window_is_right_to_left_with_arabic_labels_and_digits(build):
    window = build("ar")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert navigation_texts(window)[:4] == NAVIGATION["ar"]
    assert window.menu("file").title() == "&ملف"
    # the navigation sits on the right: its left edge is right of the page stack's
    assert window.navigation.mapTo(window, window.navigation.rect().topLeft()).x() > (
        window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    )
    # counts in the status bar use the locale's digits and separators
    assert "١٠٬٠٠٠" in window.status_label.text()
    assert "10,000" not in window.status_label.text()


@pytest.mark.parametrize(
    ("lang", "direction", "facilities", "thousands"),
    [
        ("ku", Qt.LayoutDirection.LeftToRight, "Sazgeh", "10.000"),
        ("ckb", Qt.LayoutDirection.RightToLeft, "دامەزراوەکان", "١٠٬٠٠٠"),
        ("en", Qt.LayoutDirection.LeftToRight, "Facilities", "10,000"),
    ],
)
def test_kurdish_and_english_windows(build, lang, direction, facilities, thousands):
    window = build(lang)
    assert window.layoutDirection() == direction
    assert navigation_texts(window)[0] == facilities
    assert thousands in window.status_label.text()
    assert i18n.current_language() == lang


def test_back_to_english_restores_left_to_right_and_english_words(qapp):
    application("ar")
    assert QCoreApplication.translate("MainWindow", "Facilities") == "المرافق"
    application("en")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "Facilities") == "Facilities"
    assert QLocale().toString(1234567) == "1,234,567"
    assert i18n.installed_files() == []


def test_the_interface_font_is_the_bundled_noto_pair(qapp):
    application("ar")
    assert list(qapp.font().families()) == list(FAMILIES)
    application("en")
    assert list(qapp.font().families()) == list(FAMILIES)


@pytest.mark.parametrize(
    ("lang", "ok", "cancel", "yes"),
    [
        ("ar", "حسنًا", "ألغِ", "&نعم"),
        ("ku", "Temam", "Betal bike", "&Erê"),
        ("ckb", "باشە", "پاشگەزبوونەوە", "&بەڵێ"),
    ],
)
def test_qt_standard_buttons_are_translated(qtbot, lang, ok, cancel, yes):
    application(lang)
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == yes
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == ok
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert QCoreApplication.translate("QPrintPreviewDialog", "Print Preview") != "Print Preview"


def test_the_qt_catalog_for_kurdish_is_the_projects(qapp):
    assert i18n.qt_catalog_file("en") is None
    assert i18n.qt_catalog_file("ar").name == "qtbase_ar.qm"
    for lang in ("ku", "ckb"):
        path = i18n.qt_catalog_file(lang)
        assert path is not None
        assert path.parent == Path(i18n.catalog_file(lang)).parent
    application("ckb")
    assert sorted(Path(f).name for f in i18n.installed_files()) == [
        "case_tracker_ckb.qm",
        "qtbase_ckb.qm",
    ]


def language_actions(window: MainWindow) -> dict[str, QAction]:
    menu = window.findChild(type(window.menu("tools")), "languageMenu")
    assert menu is not None
    return {a.data(): a for a in menu.actions()}


def test_language_menu_lists_the_languages_and_marks_the_current_one(build):
    window = build("ar")
    actions = language_actions(window)
    assert [a.text() for a in actions.values()] == [
        "English",
        "العربية",
        "Kurdî (Kurmancî)",
        "کوردی (سۆرانی)",
    ]
    assert [code for code, a in actions.items() if a.isChecked()] == ["ar"]
    assert window.menu("tools").menuAction().isVisible()


def test_choosing_a_language_remembers_it_and_says_it_applies_at_next_start(
    build, settings: QSettings, monkeypatch: pytest.MonkeyPatch
):
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(language_menu, "tell", lambda _p, title, text: told.append((title, text)))
    window = build("en")
    language_actions(window)["ckb"].trigger()
    assert settings.value("language") == "ckb"
    assert i18n.saved_language(settings) == "ckb"
    assert len(told) == 1
    title, text = told[0]
    assert title == "Language"
    assert "next starts" in text
    assert "کوردی (سۆرانی)" in text
    # the same sentence follows in Sorani, the language chosen
    english, sorani = text.split("\n\n")
    assert "next starts" in english
    assert "کوردی (سۆرانی)" in sorani and "next starts" not in sorani
    # the window stays in English until the restart
    assert i18n.current_language() == "en"
    assert navigation_texts(window)[0] == "Facilities"
    # choosing the language in use says nothing more
    language_actions(window)["en"].trigger()
    assert settings.value("language") == "en"
    assert len(told) == 1


def test_saved_language_ignores_values_it_does_not_know(settings: QSettings):
    settings.setValue("language", "fr")
    assert i18n.saved_language(settings) in i18n.LANGUAGES
    settings.setValue("language", "ku")
    assert i18n.saved_language(settings) == "ku"


def test_about_box_buttons_follow_the_language(build, monkeypatch: pytest.MonkeyPatch):
    window = build("ar")
    box = QMessageBox(
        QMessageBox.Icon.Information, "x", "y", QMessageBox.StandardButton.Close, window
    )
    assert box.button(QMessageBox.StandardButton.Close).text() == "أغلق"
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft


def selected_navigation_x(image: QImage, highlight: str) -> float:
    """The middle of the topmost run of highlight-coloured pixels: the selected navigation
    item (the first page is selected at start)."""
    for y in range(min(image.height(), 300)):
        xs = [x for x in range(0, image.width(), 2) if image.pixelColor(x, y).name() == highlight]
        if len(xs) > 20:
            return (min(xs) + max(xs)) / 2
    raise AssertionError("no selected navigation item found in the screenshot")


def test_lang_ar_screenshot_is_a_right_to_left_window(qapp, cli, seeded_path: Path, tmp_path: Path):
    highlight = qapp.palette().color(QPalette.ColorRole.Highlight).name()
    shots = {}
    for lang in ("ar", "en"):
        out = tmp_path / f"{lang}.png"
        result = cli("--db", str(seeded_path), "--lang", lang, "--screenshot", str(out))
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        assert not image.isNull()
        assert image.width() >= 700 and image.height() >= 500
        shots[lang] = image
    # The navigation list is at the right edge in Arabic and at the left edge in English.
    assert selected_navigation_x(shots["ar"], highlight) > shots["ar"].width() * 0.75
    assert selected_navigation_x(shots["en"], highlight) < shots["en"].width() * 0.25
