"""The Arabic window words the rules' refusals in Arabic: beside the fields of an amnesty, a
facility and a decision, in the import dialog's rows, and in the message of a refused
deletion. The rules below raise English ``Msg`` values (the command line's text); only the
window's translation layer (``desktop.ui.problem_text``) makes them Arabic."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton
from sqlalchemy import text

from desktop.app import application
from desktop.services.database import Database
from desktop.ui.dialogs import import_wizard
from desktop.ui.dialogs.decision import DecisionDialog
from desktop.ui.dialogs.import_wizard import ImportWizard
from desktop.ui.editing import DigitsLineEdit
from desktop.ui.main_window import MainWindow
from desktop.ui.views.amnesties_page import AmnestiesPage
from desktop.ui.views.facilities_page import FacilitiesPage
from tests.i18n.window_helpers import commit_text, find_row
from tests.ui.facility_helpers import Prompts, install_prompts

TIMEOUT = 20_000
GENERAL = 1


def latin_words(shown: str) -> list[str]:
    """Words in Latin letters: none should remain of the English message."""
    return [w for w in shown.split() if any("a" <= c.lower() <= "z" for c in w)]


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return install_prompts(monkeypatch)


@pytest.fixture
def window(qtbot, seeded_db: Database, settings: QSettings) -> Iterator[MainWindow]:
    application("ar")
    made = MainWindow(seeded_db, settings)
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.ready, timeout=TIMEOUT):
        made.show()
    yield made
    made.tasks.wait()


def click_facility(qtbot, page: FacilitiesPage, name: str) -> None:
    index = find_row(page.model, name)
    page.tree.scrollTo(index)
    rect = page.tree.visualRect(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)


def test_an_amnesty_without_a_title_and_issued_in_the_future(qtbot, window: MainWindow):
    window.show_page("amnesties")
    page = window.pages["amnesties"]
    assert isinstance(page, AmnestiesPage)
    qtbot.waitUntil(lambda: page.is_ready() and page.controller.detail is not None, timeout=TIMEOUT)
    page.detail.title.clear()
    commit_text(page.detail.title, " ")
    page.detail.issued_on.setDate(QDate.currentDate().addDays(3))
    page.save_action.trigger()
    qtbot.waitUntil(lambda: bool(page.detail.form.problem_text("title")), timeout=TIMEOUT)
    assert page.detail.form.problem_text("title") == "العنوان مطلوب"
    assert page.detail.form.problem_text("issued_on") == "يجب ألا يكون في المستقبل"


def test_a_facility_with_a_bad_capacity_and_a_name_already_taken(qtbot, window: MainWindow):
    page = window.pages["facilities"]
    assert isinstance(page, FacilitiesPage)
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    click_facility(qtbot, page, "Synthetic Detention Centre 01")
    capacity = window.findChild(DigitsLineEdit, "facilityCapacity")
    assert capacity is not None
    capacity.selectAll()
    commit_text(capacity, "-٥")  # Arabic-Indic digits, as an Arabic keyboard types them
    assert page.detail.form.problem_text("capacity") == (
        "السعة: يجب ألا يكون سالبًا؛ اتركها فارغة إن لم تكن معروفة"
    )
    capacity.clear()
    assert page.detail.form.problem_text("capacity") == ""
    page.detail.name.selectAll()
    commit_text(page.detail.name, "Synthetic Detention Centre 02")
    shown = page.detail.form.problem_text("name")
    assert "بهذا الاسم" in shown and latin_words(shown) == []
    assert not page.save_action.isEnabled()


def first_person(db: Database, where: str) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    f"SELECT id FROM detainee d WHERE {where} AND NOT EXISTS (SELECT 1 FROM "
                    "amnesty_decision a WHERE a.detainee_id = d.id) ORDER BY id LIMIT 1"
                )
            ).scalar_one()
        )


def open_decision(qtbot, window: MainWindow, detainee_id: int) -> DecisionDialog:
    dialog = DecisionDialog(window, window.database, amnesty_id=GENERAL, detainee_id=detainee_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.amnesty.count() > 0 and dialog._busy == 0, timeout=TIMEOUT)
    return dialog


def choose(qtbot, dialog: DecisionDialog, outcome: str) -> None:
    dialog.outcome.setFocus()
    while dialog.outcome.currentData() != outcome:
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        pass


def test_a_decision_dated_before_the_amnesty_or_without_a_sentence_to_reduce(
    qtbot, window: MainWindow
):
    db = window.database
    held = first_person(db, "status = 'held' AND violent_crime = 0")
    dialog = open_decision(qtbot, window, held)
    choose(qtbot, dialog, "denied")
    dialog.decision_date.setDate(QDate(2020, 9, 30))
    qtbot.waitUntil(lambda: bool(dialog.form.problem_text("decision_date")), timeout=TIMEOUT)
    assert dialog.form.problem_text("decision_date") == (
        "يجب ألا يكون قبل العفو (أقرب تاريخ ٢٠٢٠-١٠-٠١)"
    )
    dialog.reject()

    unsentenced = first_person(
        db, "status = 'held' AND violent_crime = 0 AND sentence_months IS NULL"
    )
    dialog = open_decision(qtbot, window, unsentenced)
    choose(qtbot, dialog, "reduced")
    qtbot.waitUntil(lambda: bool(dialog.form.problem_text("outcome")), timeout=TIMEOUT)
    assert dialog.form.problem_text("outcome") == (
        "يحتاج التخفيض إلى حكم، ومدة حكم هذا الشخص غير مسجّلة"
    )
    dialog.fraction.clear()
    commit_text(dialog.fraction, "٣/٢")  # a bad fraction, in the dialog's own words
    qtbot.waitUntil(lambda: bool(dialog.form.problem_text("fraction")), timeout=TIMEOUT)
    shown = dialog.form.problem_text("fraction")
    assert latin_words(shown) == [] and "1/2" in shown
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def test_an_import_file_with_bad_rows_shows_them_in_arabic(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    path = tmp_path / "cases.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(
            [
                ["case_no", "name_latin", "birth_year", "category"],
                ["NEW-1", "Fine", "1990", "syrian"],
                ["NEW-2", "Bad Year", "old", ""],
                ["NEW-3", "Bad Category", "1980", "nobody"],
            ]
        )
    monkeypatch.setattr(import_wizard, "choose_file", lambda _parent: path)
    found = window.findChild(QAction, "importAction")
    assert found is not None
    found.trigger()
    wizard = window._import_wizard  # type: ignore[attr-defined]
    assert isinstance(wizard, ImportWizard)
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "importBrowse"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.check_page.checked, timeout=TIMEOUT):
        wizard.next()
    model = wizard.check_page.model
    assert [model.record(r).row for r in range(model.rowCount())] == [3, 4]
    assert model.index(0, 1).data() == "birth_year: يجب أن يكون عددًا صحيحًا من ١٩٠٠ إلى ٢١٠٠"
    assert model.index(1, 1).data() == "category: لا توجد فئة بهذا الرمز"
    wizard.reject()


def test_a_refused_deletion_says_why_in_arabic(qtbot, window: MainWindow, prompts: Prompts):
    page = window.pages["facilities"]
    assert isinstance(page, FacilitiesPage)
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    window.activateWindow()
    click_facility(qtbot, page, "Synthetic Detention Centre 04")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    [refusal] = prompts.errors
    record, _, why = refusal.partition(": ")
    assert record == "Synthetic Detention Centre 04"
    assert why.startswith("لا يزال ") and why.endswith(
        " شخصًا محتجزين هناك. انقلهم أو أفرج عنهم أولًا."
    )
    assert any("٠" <= c <= "٩" for c in why) and latin_words(why) == []
    assert prompts.confirms == []  # refused before asking
