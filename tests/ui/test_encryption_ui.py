"""Encrypted databases in the window: the passphrase asked at open, and File ▸ New encrypted
database… that creates one and offers to open it."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from requirements import require_module
from sqlalchemy import text

from desktop.services.database import open_database, open_with_passphrase
from desktop.store.engine import is_encrypted
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.passphrase import (
    NewEncryptedDatabase,
    NewEncryptedDatabaseDialog,
    PassphraseDialog,
    ask_passphrase,
)
from desktop.ui.main_window import MainWindow
from desktop.ui.menus import encryption

require_module("sqlcipher3", " (SQLCipher encryption)")
PASSPHRASE = "a long enough passphrase"


def test_the_passphrase_dialog_says_which_database_and_why_again(qtbot):
    dialog = PassphraseDialog(None, "office.db", problem="wrong passphrase for office.db")
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()
    assert "office.db" in dialog.findChild(type(dialog.problem), "passphraseExplanation").text()
    assert not dialog.problem.isHidden() and "does not open" in dialog.problem.text()
    qtbot.keyClicks(dialog.edit, "secret words")
    assert open_button.isEnabled() and dialog.passphrase() == "secret words"
    quiet = PassphraseDialog(None, "office.db")
    qtbot.addWidget(quiet)
    assert quiet.problem.isHidden()


def test_the_window_opens_an_encrypted_file_after_asking(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """What app.py does: open_with_passphrase with ask_passphrase as the question."""
    path = tmp_path / "asked.db"
    open_database(f"sqlite+pysqlcipher:///{path}", passphrase=PASSPHRASE, seed_demo=False).dispose()
    typed = iter(["not it", PASSPHRASE])
    problems: list[bool] = []

    def type_and_open(self: PassphraseDialog) -> int:
        problems.append(not self.problem.isHidden())
        self.edit.setText(next(typed))
        return 1

    monkeypatch.setattr(PassphraseDialog, "exec", type_and_open)
    db = open_with_passphrase(str(path), functools.partial(ask_passphrase, None))
    try:
        assert is_encrypted(db.url)
        assert problems == [False, True]  # the second question says the first was wrong
    finally:
        db.dispose()
    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: 0)
    assert ask_passphrase(None, "asked.db") is None


@pytest.fixture
def new_dialog(qtbot, tmp_path: Path) -> NewEncryptedDatabaseDialog:
    dialog = NewEncryptedDatabaseDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    return dialog


def test_the_new_database_dialog_checks_path_and_passphrases(
    qtbot, new_dialog: NewEncryptedDatabaseDialog, tmp_path: Path
):
    existing = tmp_path / "taken.db"
    existing.write_bytes(b"x")
    new_dialog.path_edit.setText(str(existing))
    new_dialog.first.setText("short")
    new_dialog.accept()
    assert new_dialog.result() == 0
    assert "already exists" in new_dialog.path_error.text() and not new_dialog.path_error.isHidden()
    assert "8 characters" in new_dialog.first_error.text()

    new_dialog.path_edit.setText(str(tmp_path / "new.db"))
    new_dialog.first.setText(PASSPHRASE)
    new_dialog.second.setText(PASSPHRASE + "!")
    new_dialog.accept()
    assert new_dialog.result() == 0
    assert new_dialog.path_error.isHidden()
    assert "differ" in new_dialog.second_error.text()

    new_dialog.second.setText(PASSPHRASE)
    new_dialog.accept()
    assert new_dialog.result() == 1
    assert new_dialog.value() == NewEncryptedDatabase(tmp_path / "new.db", PASSPHRASE, False)


def test_browse_fills_in_the_chosen_file(
    qtbot, new_dialog: NewEncryptedDatabaseDialog, tmp_path: Path, monkeypatch
):
    from desktop.ui.dialogs import passphrase

    monkeypatch.setattr(passphrase, "choose_path", lambda _p, _start: str(tmp_path / "c.db"))
    new_dialog.findChild(type(new_dialog.buttons.buttons()[0]), "newEncryptedBrowse").click()
    assert new_dialog.path_edit.text() == str(tmp_path / "c.db")


def test_the_dialogs_look_right(qtbot, new_dialog: NewEncryptedDatabaseDialog, tmp_path: Path):
    new_dialog.first.setText("short")
    new_dialog.accept()
    new_dialog.show()
    qtbot.waitExposed(new_dialog)
    assert new_dialog.grab().save(str(tmp_path / "new-encrypted.png"))


def test_file_menu_creates_an_encrypted_database_and_offers_to_open_it(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    action = window.findChild(QAction, "newEncryptedDatabaseAction")
    assert action is not None and action in window.menu("file").actions()
    target = tmp_path / "made" / "secret.db"
    request = NewEncryptedDatabase(path=target, passphrase=PASSPHRASE, seed=False)
    monkeypatch.setattr(
        NewEncryptedDatabaseDialog, "ask", classmethod(lambda cls, p, folder: request)
    )
    told: list[Path] = []
    opened: list[Path] = []
    monkeypatch.setattr(encryption, "tell_created", lambda _w, path: told.append(path) or True)
    monkeypatch.setattr(encryption, "open_in_new_window", lambda path: opened.append(path) or True)

    errors: list[str] = []  # a failure would show a modal message box: record it instead
    monkeypatch.setattr(messages, "tell_error", lambda _p, title, text: errors.append(text))

    action.trigger()
    qtbot.waitUntil(lambda: bool(told or errors), timeout=60_000)
    assert errors == []
    assert told == [target] and opened == [target]
    assert not target.read_bytes().startswith(b"SQLite format 3")
    db = open_database(str(target), create=False, passphrase=PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM detainee")).scalar() == 0
    finally:
        db.dispose()
    assert window.database.path != target  # this window stays on its own database


def test_cancelling_creates_nothing(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(NewEncryptedDatabaseDialog, "ask", classmethod(lambda cls, p, folder: None))
    monkeypatch.setattr(encryption, "tell_created", lambda *_a: pytest.fail("nothing was made"))
    window.findChild(QAction, "newEncryptedDatabaseAction").trigger()
    window.tasks.wait()
    assert list(tmp_path.glob("**/*encrypted*")) == []


def test_the_created_message_names_the_file_and_how_to_open_it(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from PySide6.QtWidgets import QMessageBox, QWidget

    shown: list[tuple[str, str]] = []

    def close_it(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        box.findChild(QWidget, "closeEncryptedMessage").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", close_it)
    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "office.db"
    assert encryption.tell_created(parent, path) is False
    assert str(path) in shown[0][0]
    assert f'--db "{path}"' in shown[0][1] and "passphrase" in shown[0][1]
