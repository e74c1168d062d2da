"""Who the history names: the user's name, asked on first start, kept in the settings,
changed from File ▸ Change user name…, and put on the window's database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select

from desktop.services.database import Database, default_actor
from desktop.services.history import history_for
from desktop.store.models import Facility
from desktop.ui.dialogs import user_name
from desktop.ui.dialogs.user_name import UserNameDialog, ask_user_name
from desktop.ui.main_window import MainWindow
from desktop.ui.menus.user import SETTINGS_KEY, ensure_user_name


class Asker:
    """Stands in for the dialog: records each question and gives the next answer."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[str | None] = []

    def __call__(self, _parent: object, current: str | None) -> str | None:
        self.asked.append(current)
        return self.answers.pop(0)


def test_the_dialog_wants_a_name(qtbot):
    dialog = UserNameDialog(None, None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Rana   Haddad ")
    assert ok.isEnabled()
    assert dialog.name() == "Rana Haddad"
    assert dialog.name_edit.accessibleName() and dialog.name_edit.objectName()


def test_ask_user_name_returns_the_name_or_none(qtbot, monkeypatch: pytest.MonkeyPatch):
    def accept(self: UserNameDialog) -> int:
        assert self.name_edit.text() == "Old Name"
        self.name_edit.setText(" New  Name ")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(UserNameDialog, "exec", accept)
    assert ask_user_name(None, "Old Name") == "New Name"
    monkeypatch.setattr(UserNameDialog, "exec", lambda self: 0)
    assert ask_user_name(None, "Old Name") is None


def test_first_start_asks_and_remembers(
    qtbot, window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
):
    asker = Asker("Rana Haddad")
    monkeypatch.setattr(user_name, "ask_user_name", asker)
    assert ensure_user_name(window) == "Rana Haddad"
    assert asker.asked == [None]
    assert window.database.actor == "Rana Haddad"
    assert settings.value(SETTINGS_KEY) == "Rana Haddad"
    # The next start: the name is put on the database without a question.
    assert ensure_user_name(window) == "Rana Haddad"
    assert asker.asked == [None]


def test_the_next_window_takes_the_stored_name_without_asking(
    qtbot, seeded_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
):
    settings.setValue(SETTINGS_KEY, "Karim Saleh")
    monkeypatch.setattr(user_name, "ask_user_name", Asker())
    w = MainWindow(seeded_db, settings)
    qtbot.addWidget(w)
    assert seeded_db.actor == "Karim Saleh"  # set when the window was built
    assert ensure_user_name(w) == "Karim Saleh"
    w.tasks.wait()


def test_a_user_who_declines_is_recorded_under_the_login_name_and_asked_again(
    window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
):
    asker = Asker(None, None)
    monkeypatch.setattr(user_name, "ask_user_name", asker)
    assert ensure_user_name(window, ask=False) == default_actor()  # --screenshot: no question
    assert asker.asked == []
    assert ensure_user_name(window) == default_actor()
    assert settings.value(SETTINGS_KEY) is None
    ensure_user_name(window)
    assert asker.asked == [None, None]


def test_file_menu_changes_the_name_that_changes_are_recorded_under(
    window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
):
    settings.setValue(SETTINGS_KEY, "First Name")
    ensure_user_name(window)
    action = window.findChild(QAction, "changeUserNameAction")
    assert action is not None
    file_actions = window.menu("file").actions()
    assert action in file_actions
    quit_action = window.findChild(QAction, "quitAction")
    assert file_actions.index(action) < file_actions.index(quit_action)

    asker = Asker("Second Name")
    monkeypatch.setattr(user_name, "ask_user_name", asker)
    action.trigger()
    assert asker.asked == ["First Name"]
    assert settings.value(SETTINGS_KEY) == "Second Name"
    assert "Second Name" in window.statusBar().currentMessage()

    db = window.database
    with db.session() as s:
        facility = s.scalars(select(Facility).where(Facility.name == "al-Hol camp")).one()
        facility.notes = "Seen by the second name"
        fid = facility.id
    assert history_for(db, table="facility", record_id=fid)[0].who == "Second Name"

    monkeypatch.setattr(user_name, "ask_user_name", Asker(None))  # cancel: nothing changes
    action.trigger()
    assert db.actor == "Second Name"
