"""Tools ▸ Approval settings… (administrators): approval on or off for the database, and
per amnesty the outcomes that need a second person's approval."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.ui.changes import Kind
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.approval_settings import ApprovalSettingsDialog
from desktop.ui.problem_text import error_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

CONTEXT = "ApprovalMenu"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def edit_approval_settings(window: MainWindow) -> None:
    from desktop.services.approval_settings import (  # when first used
        approval_settings,
        save_approval_settings,
    )

    database = window.database

    def loaded(settings: Any) -> None:
        on, amnesties = settings
        answer = ApprovalSettingsDialog.ask(window, on=on, amnesties=amnesties)
        if answer is None:
            return
        chosen_on, outcomes = answer

        def saved(_result: object) -> None:
            window.statusBar().showMessage(
                _tr("Approval settings saved; the change is recorded in the history."), 8000
            )
            window.announce(Kind.SETTINGS | Kind.AMNESTIES | Kind.DECISIONS)

        window.tasks.run(
            lambda _ctx: save_approval_settings(
                database, on=chosen_on, outcomes=outcomes, seen=settings
            ),
            success=saved,
            failure=lambda exc: messages.tell_error(
                window, _tr("Approval settings not saved"), error_text(exc)
            ),
        )

    window.tasks.run(lambda _ctx: approval_settings(database), success=loaded)


def install(window: MainWindow) -> None:
    action = QAction(_tr("&Approval settings…"), window)
    action.setObjectName("approvalSettingsAction")
    action.setStatusTip(_tr("Which decisions need a second person's approval"))
    action.triggered.connect(lambda _checked=False: edit_approval_settings(window))
    window.menu("tools").addAction(action)
