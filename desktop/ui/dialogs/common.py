"""What the dialogs share: their row of an accepting button beside Cancel, running a
dialog modally for the value its ``ask()`` returns, and the fields of a decision (the
outcome choice, a typed reduction's problem in the interface's words).

The button texts are the calling dialog's (its own ``self.tr(...)``), so that each keeps
its translation context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QPushButton

from desktop.domain.enums import Outcome
from desktop.domain.sentences import FractionError, FractionProblem
from desktop.reports import labels

Standard = QDialogButtonBox.StandardButton


def accept_or_cancel(
    dialog: QDialog,
    name: str,
    *,
    accept: Standard = Standard.Ok,
    text: str | None = None,
    accessible: str | None = None,
    cancel: str | None = None,
    accept_name: str | None = None,
    on_accept: Callable[[], object] | None = None,
) -> tuple[QDialogButtonBox, QPushButton]:
    """A button box with ``accept`` (Ok unless given) and Cancel, wired to the dialog.

    Object names: ``<name>Buttons``, ``<name>Ok`` (the standard button's name, or
    ``accept_name``) and ``<name>Cancel``. ``text`` replaces the accepting button's text,
    ``accessible`` and ``cancel`` are the buttons' accessible names, and ``on_accept`` runs
    instead of ``dialog.accept`` (a check that accepts when the input is good)."""
    buttons = QDialogButtonBox(accept | Standard.Cancel)
    buttons.setObjectName(f"{name}Buttons")
    ok = buttons.button(accept)
    if text is not None:
        ok.setText(text)
    ok.setObjectName(accept_name or f"{name}{accept.name}")
    if accessible is not None:
        ok.setAccessibleName(accessible)
    no = buttons.button(Standard.Cancel)
    no.setObjectName(f"{name}Cancel")
    if cancel is not None:
        no.setAccessibleName(cancel)
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def outcome_choice(placeholder: str) -> QComboBox:
    """A choice of decision outcome, starting at ``placeholder`` (no outcome chosen)."""
    combo = QComboBox()
    combo.addItem(placeholder, None)
    for value, label in labels.choices(Outcome, labels.outcome).items():
        combo.addItem(label, value)
    return combo


def fraction_problem(error: FractionError) -> str:
    """A typed reduction's problem in the interface's words."""
    if error.problem == FractionProblem.NOT_A_FRACTION:
        return QCoreApplication.translate(
            "DecisionFields", "Write the reduction as a fraction, such as 1/2."
        )
    return QCoreApplication.translate(
        "DecisionFields", "A reduction is more than 0 and at most 1, such as 1/2 or 1/3."
    )


def answer[D: QDialog, T](dialog: D, value: Callable[[D], T]) -> T | None:
    """Run ``dialog`` modally and delete it afterwards: ``value(dialog)`` when the user
    accepted it, None when they cancelled."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return value(dialog)
    finally:
        dialog.deleteLater()
