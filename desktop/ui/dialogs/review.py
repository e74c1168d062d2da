"""Approving or rejecting a proposal (or a proposed batch) after reading what it does.

``ReviewDialog.ask(parent, summary=..., reject=False)`` returns the approval note (possibly
empty) or, with ``reject=True``, the rejection reason (never empty); None when the reviewer
cancels. Tests replace ``ask`` or drive the dialog directly."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs.common import accept_or_cancel, answer, keep_typing


class ReviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, summary: str, reject: bool) -> None:
        super().__init__(parent)
        self.rejecting = reject
        self.setObjectName("reviewDialog")
        keep_typing(self)
        title = self.tr("Reject a proposal") if reject else self.tr("Approve a proposal")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)

        what = QLabel(summary)
        what.setObjectName("reviewSummary")
        what.setWordWrap(True)
        effect = QLabel(
            self.tr(
                "Rejecting changes nothing on the people; the proposal is kept, marked rejected, with who, when and why."
            )
            if reject
            else self.tr(
                "Approving puts the decisions in force now: the effects above are applied in one step, recorded under your login."
            )
        )
        effect.setObjectName("reviewEffect")
        effect.setWordWrap(True)

        self.text = QPlainTextEdit()
        self.text.setObjectName("reviewText")
        self.text.setAccessibleName(
            self.tr("Reason for rejecting") if reject else self.tr("Approval note")
        )
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Reason") if reject else self.tr("&Note (optional)"), self.text)

        verb = self.tr("Reject") if reject else self.tr("Approve")
        self.buttons, self.ok = accept_or_cancel(
            self, "review", text=verb, accessible=verb, cancel=self.tr("Cancel")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(effect)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(not self.rejecting or bool(self.answer()))

    def answer(self) -> str:
        return self.text.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, *, summary: str, reject: bool = False) -> str | None:
        return answer(cls(parent, summary=summary, reject=reject), cls.answer)
