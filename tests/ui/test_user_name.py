"""Who the window says you are: the login the database established (the operating-system
account on a file), its role, and a display name kept beside the login that never
replaces it in the history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from desktop.services.database import Database
from desktop.services.history import history_for
from desktop.services.identity import os_account
from desktop.store.models import Facility
from desktop.ui.dialogs import user_name
from desktop.ui.dialogs.user_name import DisplayNameDialog
from desktop.ui.main_window import MainWindow


class Asker:
    """Stands in for the dialog: records each question and gives the next answer."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str | None]] = []

    def __call__(self, _parent: object, login: str, current: str | None) -> str | None:
        self.asked.append((login, current))
        return self.answers.pop(0)


def test_the_dialog_trims_the_name_and_names_the_login(qtbot):
    dialog = DisplayNameDialog(None, "rhaddad", None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "  Rana   Haddad ")
    assert dialog.name() == "Rana Haddad"
    explanation = dialog.findChild(QLabel, "displayNameExplanation")
    assert explanation is not None and "rhaddad" in explanation.text()
    assert dialog.name_edit.accessibleName() and dialog.name_edit.objectName()


def test_no_name_is_asked_at_start_and_the_status_bar_shows_login_and_role(
    qtbot, seeded_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(user_name, "ask_display_name", Asker())  # any question fails
    w = MainWindow(seeded_db, settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=15_000):
        w.show()
    # The account that created the file is its administrator.
    assert seeded_db.identity.login == os_account()
    assert w.identity_label.text() == f"{os_account()} · administrator"
    w.tasks.wait()


def test_the_display_name_is_shown_beside_the_login_and_the_history_keeps_the_login(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    action = window.findChild(QAction, "displayNameAction")
    assert action is not None
    file_actions = window.menu("file").actions()
    quit_action = window.findChild(QAction, "quitAction")
    assert file_actions.index(action) < file_actions.index(quit_action)

    asker = Asker("Rana Haddad")
    monkeypatch.setattr(user_name, "ask_display_name", asker)
    action.trigger()
    login = os_account()
    assert asker.asked == [(login, None)]
    qtbot.waitUntil(lambda: "Rana Haddad" in window.identity_label.text(), timeout=10_000)
    assert window.identity_label.text() == f"Rana Haddad ({login}) · administrator"
    assert "Rana Haddad" in window.statusBar().currentMessage()

    db = window.database
    with db.session() as s:
        facility = s.scalars(select(Facility).where(Facility.name == "al-Hol camp")).one()
        facility.notes = "Seen after the display name was set"
        fid = facility.id
    assert history_for(db, table="facility", record_id=fid)[0].who == login

    # Cancel changes nothing; an empty name removes it.
    monkeypatch.setattr(user_name, "ask_display_name", Asker(None))
    action.trigger()
    window.tasks.wait()
    assert db.identity.display_name == "Rana Haddad"
    monkeypatch.setattr(user_name, "ask_display_name", Asker(""))
    action.trigger()
    qtbot.waitUntil(
        lambda: window.identity_label.text() == f"{login} · administrator", timeout=10_000
    )
    assert db.identity.display_name is None
