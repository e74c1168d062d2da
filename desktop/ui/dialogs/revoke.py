"""Asking why a decision is revoked and who revokes it. ``RevokeDialog.ask`` returns
``(reason, by)`` or None; the caller runs ``revoke_decision`` (which reverses the decision's
effects, or refuses when that is no longer safe)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Outcome
from desktop.reports import labels
from desktop.services.decisions import DecisionRecord
from desktop.ui import script
from desktop.ui.dialogs.common import accept_or_cancel, answer, keep_typing
from desktop.ui.models import amnesty_text as text


class RevokeDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, record: DecisionRecord, default_by: str) -> None:
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        keep_typing(self)
        self.setAccessibleName(self.tr("Revoke a decision"))
        self.setWindowTitle(self.tr("Revoke a decision"))
        self.setMinimumWidth(480)

        what = (
            self.tr("Decision %1: %2 under “%3”, %4, case %5.")
            .replace("%1", script.record_number(record.id))
            .replace("%2", text.outcome_text(record.outcome, record.fraction))
            .replace("%3", script.embed(record.amnesty_title))
            .replace("%4", script.day(record.decision_date))
            .replace("%5", script.embed(record.case_no))
        )
        if record.outcome == Outcome.RELEASED:
            effect = self.tr("The person's status goes back to “%1”.").replace(
                "%1", labels.case_status(record.status_before or "held")
            )
        elif record.outcome == Outcome.REDUCED:
            effect = (
                self.tr("The sentence end goes back from %1 to %2.")
                .replace("%1", text.day(record.sentence_end_after))
                .replace("%2", text.day(record.sentence_end_before))
            )
        else:
            effect = self.tr("Nothing changes on the person.")
        summary = QLabel(
            what
            + " "
            + effect
            + " "
            + self.tr("The decision is kept, marked revoked, with who, when and why.")
        )
        summary.setObjectName("revokeSummary")
        summary.setWordWrap(True)

        self.reason = QPlainTextEdit()
        self.reason.setObjectName("revokeReason")
        self.reason.setAccessibleName(self.tr("Reason for revoking"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.by = QLineEdit(default_by)
        self.by.setObjectName("revokeBy")
        self.by.setAccessibleName(self.tr("Revoked by"))
        # Who revokes is the login the database established, not a typed name.
        self.by.setReadOnly(True)
        self.by.setToolTip(self.tr("Recorded under your login"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("Revoked &by"), self.by)

        self.buttons, self.ok = accept_or_cancel(
            self,
            "revoke",
            text=self.tr("Revoke"),
            accessible=self.tr("Revoke"),
            cancel=self.tr("Cancel"),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self.by.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip() and self.by.text().strip()))

    def answer(self) -> tuple[str, str]:
        return self.reason.toPlainText().strip(), self.by.text().strip()

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, record: DecisionRecord, default_by: str
    ) -> tuple[str, str] | None:
        return answer(cls(parent, record=record, default_by=default_by), cls.answer)
