"""File ▸ Import… (the wizard), Export…, Back up… and Restore from backup… in the window."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget, QWizard

from desktop.services.backups import backup_database
from desktop.services.importing import ImportCancelled
from desktop.ui.dialogs import import_wizard
from desktop.ui.dialogs import restore as restore_dialogs
from desktop.ui.dialogs.import_wizard import ImportWizard
from desktop.ui.main_window import MainWindow


def count(window: MainWindow, sql: str) -> int:
    path = window.database.path
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def write_cases(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["case_no", "name_latin", "birth_year", "category"], *rows])
    return path


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def open_wizard(qtbot, window: MainWindow, monkeypatch, path: Path) -> ImportWizard:
    monkeypatch.setattr(import_wizard, "choose_file", lambda _parent: path)
    action(window, "importAction").trigger()
    wizard = window._import_wizard  # type: ignore[attr-defined]
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "importBrowse"), Qt.MouseButton.LeftButton)
    assert wizard.choose_page.kind.currentData() == "cases"
    return wizard


def test_file_menu_order(window: MainWindow):
    names = [a.objectName() or "-" for a in window.menu("file").actions()]
    assert names[:2] == ["importAction", "exportAction"]
    assert names.index("backupAction") < names.index("restoreAction") < names.index("quitAction")


def test_the_wizard_checks_previews_and_imports(
    qtbot, qtmodeltester, window: MainWindow, tmp_path: Path, monkeypatch
):
    path = write_cases(
        tmp_path / "cases.csv",
        [["NEW-1", "First Person", "1990", "syrian"], ["NEW-2", "Second Person", "", "iraqi"]],
    )
    wizard = open_wizard(qtbot, window, monkeypatch, path)
    with qtbot.waitSignal(wizard.check_page.checked, timeout=15_000):
        wizard.next()
    check = wizard.check_page.check
    assert check is not None and check.ok and check.new == 2
    qtmodeltester.check(wizard.check_page.model)
    assert wizard.check_page.model.rowCount() == 2
    assert "2 new" in wizard.check_page.summary.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    before = count(window, "SELECT count(*) FROM detainee")
    with qtbot.waitSignal(wizard.imported, timeout=15_000) as imported:
        wizard.next()
    assert imported.args[0].added == 2
    assert count(window, "SELECT count(*) FROM detainee") == before + 2
    assert "2 added" in wizard.run_page.status.text()
    qtbot.waitUntil(lambda: "10,002 cases" in window.status_label.text(), timeout=10_000)
    missing = [
        w.objectName() or type(w).__name__
        for w in wizard.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QComboBox, QLineEdit))
        and w.isVisibleTo(wizard)
        and not w.objectName().startswith("qt_")
        and (not w.objectName() or not w.accessibleName())
    ]
    assert missing == []
    wizard.accept()


def test_the_wizard_shows_every_bad_row_and_will_not_import(
    qtbot, qtmodeltester, window: MainWindow, tmp_path: Path, monkeypatch
):
    path = write_cases(
        tmp_path / "cases.csv",
        [
            ["NEW-1", "Fine", "1990", "syrian"],
            ["NEW-2", "Bad Year", "old", ""],
            ["NEW-3", "Bad Category", "1980", "nobody"],
        ],
    )
    wizard = open_wizard(qtbot, window, monkeypatch, path)
    with qtbot.waitSignal(wizard.check_page.checked, timeout=15_000):
        wizard.next()
    model = wizard.check_page.model
    qtmodeltester.check(model)
    assert wizard.check_page.only_problems.isChecked()
    assert [model.record(r).row for r in range(model.rowCount())] == [3, 4]
    problems = model.index(0, 1).data()
    assert "birth_year" in problems and "1900 to 2100" in problems
    assert "2 rows have problems" in wizard.check_page.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.check_page.only_problems.setChecked(False)
    assert model.rowCount() == 3
    wizard.reject()


def test_cancel_stops_the_import(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    path = write_cases(tmp_path / "cases.csv", [["NEW-1", "Fine", "1990", "syrian"]])

    def slow_import(_database, *, cancelled, **_kwargs):
        while not cancelled():
            pass
        raise ImportCancelled()

    monkeypatch.setattr(import_wizard, "import_file", slow_import)
    wizard = open_wizard(qtbot, window, monkeypatch, path)
    with qtbot.waitSignal(wizard.check_page.checked, timeout=15_000):
        wizard.next()
    wizard.next()
    assert wizard.run_page.running()
    with qtbot.waitSignal(wizard.run_page.finished, timeout=10_000):
        qtbot.mouseClick(
            wizard.findChild(QAbstractButton, "importCancel"), Qt.MouseButton.LeftButton
        )
    assert "cancelled; nothing was written" in wizard.run_page.status.text()
    wizard.reject()


def test_export_and_back_up_from_the_menu(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    out = tmp_path / "out" / "cases.xlsx"
    monkeypatch.setattr(
        restore_dialogs.ExportDialog, "ask", classmethod(lambda cls, p: ("cases", out))
    )
    action(window, "exportAction").trigger()
    qtbot.waitUntil(out.exists, timeout=20_000)
    copy = tmp_path / "out" / "copy.db"
    monkeypatch.setattr(restore_dialogs, "choose_backup_destination", lambda _p, _s: copy)
    action(window, "backupAction").trigger()
    qtbot.waitUntil(copy.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "checked" in window.statusBar().currentMessage(), timeout=5_000)
    window.tasks.wait()


def test_restore_from_the_menu_reopens_the_restored_database(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    backup = backup_database(window.database, destination=tmp_path / "b" / "monday.db").path
    with sqlite3.connect(window.database.path) as conn:
        conn.execute("UPDATE detainee SET notes = 'after the backup' WHERE id <= 3")
    asked: list[str] = []
    monkeypatch.setattr(restore_dialogs, "choose_backup", lambda _p, _f: backup)

    def confirm(_parent, facts, name):
        asked.append(restore_dialogs.restore_question(facts, name))
        return True

    monkeypatch.setattr(restore_dialogs, "confirm_restore", confirm)
    old = window.database
    action(window, "restoreAction").trigger()
    qtbot.waitUntil(lambda: window.database is not old, timeout=20_000)
    assert "10,000 cases" in asked[0] and "monday.db" in asked[0]  # grouped, as elsewhere
    assert count(window, "SELECT count(*) FROM detainee WHERE notes = 'after the backup'") == 0
    kept = list(window.database.path.parent.glob("case-tracker.db.before-restore-*.bak"))
    assert len(kept) == 1
    qtbot.waitUntil(lambda: "kept as" in window.statusBar().currentMessage(), timeout=5_000)


def test_restore_refuses_a_bad_backup_and_says_why(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    errors: list[str] = []
    monkeypatch.setattr(restore_dialogs, "choose_backup", lambda _p, _f: bad)
    monkeypatch.setattr(
        "desktop.ui.menus.backups.messages.tell_error", lambda _p, _t, text: errors.append(text)
    )
    monkeypatch.setattr(restore_dialogs, "confirm_restore", pytest.fail)
    action(window, "restoreAction").trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "cannot be restored" in errors[0] and "Nothing was replaced" in errors[0]


@pytest.mark.parametrize("lang", ["ar", "ku", "ckb"])
def test_the_wizard_buttons_speak_the_window_language(qtbot, window: MainWindow, lang: str):
    """Back, Next, Finish and Cancel in the language of the window, with no arrow that
    points the wrong way right to left (Sorani and Kurmanji showed Qt's English
    "< Back"/"Next >"/"Cancel"; Arabic showed its arrows pointing at each other)."""
    from desktop.app import application
    from desktop.ui.i18n import translate_in

    application(lang)
    try:
        wizard = ImportWizard(window.database, window.tasks, window)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitUntil(wizard.isVisible)
        for which, source in (
            (QWizard.WizardButton.BackButton, "Back"),
            (QWizard.WizardButton.NextButton, "Next"),
            (QWizard.WizardButton.FinishButton, "Finish"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
        ):
            shown = wizard.button(which).text().replace("&", "")
            assert shown == translate_in(lang, "ImportWizard", source)
            assert shown != source and not set(shown) & set("<>")
        wizard.reject()
    finally:
        application("en")


def test_after_a_restore_the_status_bar_names_the_kept_file_whole(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    """At 1024 px the message after a restore ran the kept file's whole folder path into
    the database summary beside it ("…/case-tracker.db.befc27 sazgeh"), cut off before the
    file's name; the file is kept beside the database (as the question before said), and
    its name is what the user needs."""
    window.resize(1024, 700)
    backup = backup_database(window.database, destination=tmp_path / "b" / "monday.db").path
    monkeypatch.setattr(restore_dialogs, "choose_backup", lambda _p, _f: backup)
    monkeypatch.setattr(restore_dialogs, "confirm_restore", lambda _p, _facts, _name: True)
    old = window.database
    action(window, "restoreAction").trigger()
    qtbot.waitUntil(lambda: window.database is not old, timeout=20_000)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "kept as" in bar.currentMessage(), timeout=5_000)
    (kept,) = window.database.path.parent.glob("case-tracker.db.before-restore-*.bak")
    message = bar.currentMessage()
    assert kept.name in message and str(kept.parent) not in message
    room = bar.width() - window.status_label.width() - window.identity_label.width()
    assert bar.fontMetrics().horizontalAdvance(message) < room


def test_the_wizard_says_which_imported_decisions_wait_for_approval(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    """An imported release under an amnesty that needs approval for releases is added as a
    proposal, not in force; the wizard said only "1 added", as if the person were now
    released by it."""
    from desktop.services.exporting import export_list

    exported = tmp_path / "all.csv"
    export_list(window.database, kind="decisions", path=exported)
    with exported.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    released = next(r for r in rows if r[header.index("outcome")] == "released")
    amnesty = released[header.index("amnesty")]
    path = window.database.path
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        (case_no,) = conn.execute(
            "SELECT case_no FROM detainee WHERE status = 'held' AND id NOT IN (SELECT "
            "detainee_id FROM amnesty_decision d JOIN amnesty a ON a.id = d.amnesty_id "
            "WHERE a.title = ?) ORDER BY id LIMIT 1",
            (amnesty,),
        ).fetchone()
    finally:
        conn.close()
    released[header.index("case_no")] = case_no
    one = tmp_path / "one-release.csv"
    with one.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([header, released])
    wizard = open_wizard(qtbot, window, monkeypatch, one)
    kinds = wizard.choose_page.kind
    kinds.setCurrentIndex(kinds.findData("decisions"))
    with qtbot.waitSignal(wizard.check_page.checked, timeout=15_000):
        wizard.next()
    check = wizard.check_page.check
    assert check is not None and check.ok, wizard.check_page.summary.text()
    with qtbot.waitSignal(wizard.imported, timeout=15_000) as imported:
        wizard.next()
    assert (imported.args[0].added, imported.args[0].proposals) == (1, 1)
    shown = wizard.run_page.status.text()
    assert "1 added" in shown and "1 of the decisions added are proposals" in shown, shown
    assert "Waiting for approval" in shown
    wizard.accept()
