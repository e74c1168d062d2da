"""The decision actions of the Amnesties page: one decision for a person, the bulk apply,
revoking a decision entered by mistake, and opening the person's case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import CaseTrackerError
from desktop.services.decisions import DecisionRecord, get_decision, revoke_decision
from desktop.ui.changes import Kind
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.apply_amnesty import ApplyAmnestyDialog
from desktop.ui.dialogs.decision import DecisionDialog
from desktop.ui.dialogs.revoke import RevokeDialog
from desktop.ui.refusals import refusal_text

if TYPE_CHECKING:
    from desktop.ui.views.amnesty_controller import AmnestyController


def _tr(source: str) -> str:
    return QCoreApplication.translate("AmnestyActions", source)


class AmnestyActions:
    def __init__(self, controller: AmnestyController) -> None:
        self.c = controller
        view = controller.view
        page = controller.page
        page.decide_action.triggered.connect(self.decide)
        page.apply_action.triggered.connect(self.apply)
        view.revoke_button.clicked.connect(self.revoke)
        view.open_case_button.clicked.connect(self.open_case)
        view.decisions_table.doubleClicked.connect(lambda _index: self.open_case())
        view.decisions_table.selectionModel().currentChanged.connect(lambda _c, _p: self.update())
        view.decisions.modelReset.connect(self.update)

    def update(self) -> None:
        chosen = self.c.selected_decision()
        view = self.c.view
        view.open_case_button.setEnabled(chosen is not None)
        row = view.decisions_table.currentIndex().row()
        record = view.decisions.record(row) if chosen is not None else None
        view.revoke_button.setEnabled(record is not None and not record.revoked)

    def decide(self) -> None:
        amnesty_id = self.c.current_id
        if amnesty_id is None or self.c.creating:
            return

        def go() -> None:
            decision_id = DecisionDialog.ask(self.c.page, self.c.database, amnesty_id=amnesty_id)
            if decision_id is not None:
                self.c.window.announce(Kind.DECISIONS | Kind.CASES)

        self.c.leave(go)

    def apply(self) -> None:
        amnesty_id = self.c.current_id
        if amnesty_id is None or self.c.creating:
            return

        def go() -> None:
            result = ApplyAmnestyDialog.ask(self.c.page, self.c.database, amnesty_id=amnesty_id)
            if result is not None:
                self.c.window.announce(Kind.DECISIONS | Kind.CASES)

        self.c.leave(go)

    def open_case(self) -> None:
        chosen = self.c.selected_decision()
        if chosen is not None:
            self.c.window.open_case(chosen[1])

    def revoke(self) -> None:
        chosen = self.c.selected_decision()
        if chosen is None:
            return
        database = self.c.database

        def loaded(record: DecisionRecord) -> None:
            answer = RevokeDialog.ask(self.c.page, record=record, default_by=database.identity.who)
            if answer is None:
                return
            reason, by = answer
            self.c.tasks.run(
                lambda _ctx: revoke_decision(database, decision_id=record.id, reason=reason, by=by),
                success=lambda _r: self.c.window.announce(Kind.DECISIONS | Kind.CASES),
                failure=self._refused,
            )

        self.c.tasks.run(
            lambda _ctx: get_decision(database, decision_id=chosen[0]),
            success=loaded,
            failure=self.c.failed,
        )

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, CaseTrackerError):
            raise exc
        messages.tell_error(self.c.page, _tr("Revocation refused"), refusal_text(exc))
