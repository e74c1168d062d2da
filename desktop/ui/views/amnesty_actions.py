"""The decision actions of the Amnesties page: one decision for a person, the bulk apply,
revoking a decision entered by mistake, and opening the person's case.

They are given the widgets they act on and a narrow ``AmnestyOnShow`` of the controller:
which amnesty is on show, how to leave unsaved edits first, how to report a failure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import CaseTrackerError
from desktop.services.database import Database
from desktop.services.decisions import DecisionRecord, get_decision, revoke_decision
from desktop.ui.changes import Kind
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.apply_amnesty import ApplyAmnestyDialog
from desktop.ui.dialogs.decision import DecisionDialog
from desktop.ui.dialogs.revoke import RevokeDialog
from desktop.ui.host import WindowHost
from desktop.ui.models.amnesty_tables import DETAINEE_ROLE, ID_ROLE
from desktop.ui.refusals import refusal_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.views.amnesty_detail import AmnestyDetailView

# What a decision, an applied amnesty or a revocation may change on the other pages.
TOUCHES = Kind.DECISIONS | Kind.CASES


def _tr(source: str) -> str:
    return QCoreApplication.translate("AmnestyActions", source)


class AmnestyOnShow(Protocol):
    def amnesty_on_show(self) -> int | None:
        """The stored amnesty on show (None while a new one is written)."""
        ...

    def leave(self, go_on: Callable[[], None], stay: Callable[[], None] | None = None) -> None:
        """Run ``go_on`` once unsaved edits are saved or discarded."""

    def failed(self, exc: BaseException) -> None: ...


class AmnestyActions:
    def __init__(
        self,
        *,
        decide_action: QAction,
        apply_action: QAction,
        detail: AmnestyDetailView,
        parent: QWidget,
        host: WindowHost,
        on_show: AmnestyOnShow,
    ) -> None:
        self.view = detail
        self.parent = parent
        self.host = host
        self.on_show = on_show
        decide_action.triggered.connect(self.decide)
        apply_action.triggered.connect(self.apply)
        detail.revoke_button.clicked.connect(self.revoke)
        detail.open_case_button.clicked.connect(self.open_case)
        detail.decisions_table.doubleClicked.connect(lambda _index: self.open_case())
        detail.decisions_table.selectionModel().currentChanged.connect(lambda _c, _p: self.update())
        detail.decisions.modelReset.connect(self.update)

    @property
    def database(self) -> Database:
        return self.host.database

    @property
    def tasks(self) -> TaskRunner:
        return self.host.tasks

    def selected_decision(self) -> tuple[int, int] | None:
        """(decision id, detainee id) of the decision selected in the Decisions tab."""
        index = self.view.decisions_table.currentIndex()
        if not index.isValid():
            return None
        model = self.view.decisions
        decision_id = model.data(model.index(index.row(), 0), ID_ROLE)
        detainee_id = model.data(model.index(index.row(), 0), DETAINEE_ROLE)
        return (int(decision_id), int(detainee_id)) if decision_id is not None else None

    def update(self) -> None:
        chosen = self.selected_decision()
        view = self.view
        view.open_case_button.setEnabled(chosen is not None)
        row = view.decisions_table.currentIndex().row()
        record = view.decisions.record(row) if chosen is not None else None
        view.revoke_button.setEnabled(record is not None and not record.revoked)

    def decide(self) -> None:
        amnesty_id = self.on_show.amnesty_on_show()
        if amnesty_id is None:
            return

        def go() -> None:
            decision_id = DecisionDialog.ask(self.parent, self.database, amnesty_id=amnesty_id)
            if decision_id is not None:
                self.host.announce(TOUCHES)

        self.on_show.leave(go)

    def apply(self) -> None:
        amnesty_id = self.on_show.amnesty_on_show()
        if amnesty_id is None:
            return

        def go() -> None:
            result = ApplyAmnestyDialog.ask(self.parent, self.database, amnesty_id=amnesty_id)
            if result is not None:
                self.host.announce(TOUCHES)

        self.on_show.leave(go)

    def open_case(self) -> None:
        chosen = self.selected_decision()
        if chosen is not None:
            self.host.open_case(chosen[1])

    def revoke(self) -> None:
        chosen = self.selected_decision()
        if chosen is None:
            return
        database = self.database

        def loaded(record: DecisionRecord) -> None:
            answer = RevokeDialog.ask(self.parent, record=record, default_by=database.identity.who)
            if answer is None:
                return
            reason, by = answer
            self.tasks.run(
                lambda _ctx: revoke_decision(database, decision_id=record.id, reason=reason, by=by),
                success=lambda _r: self.host.announce(TOUCHES),
                failure=self._refused,
            )

        self.tasks.run(
            lambda _ctx: get_decision(database, decision_id=chosen[0]),
            success=loaded,
            failure=self.on_show.failed,
        )

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, CaseTrackerError):
            raise exc
        messages.tell_error(self.parent, _tr("Revocation refused"), refusal_text(exc))
