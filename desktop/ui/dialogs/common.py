"""What the dialogs share: their row of an accepting button beside Cancel, running a
dialog modally for the value its ``ask()`` returns, asking before Esc drops what was typed
(``keep_typing``), and the fields of a decision (the outcome choice, a typed reduction's
problem in the interface's words).

The button texts are the calling dialog's (its own ``self.tr(...)``), so that each keeps
its translation context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.enums import Outcome
from desktop.domain.sentences import FractionError, FractionProblem
from desktop.reports import labels
from desktop.ui.dialogs import unsaved
from desktop.ui.widgets.date_field import DateField

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


def typed_in(dialog: QWidget) -> bool:
    """Whether the user typed in one of ``dialog``'s fields (or picked a date): text the
    program put there (a loaded record, a default) is not typing."""
    return any(_typed(part) for part in dialog.findChildren(QWidget))


def _typed(part: QWidget) -> bool:
    if isinstance(part, DateField):
        return part.isModified()
    if isinstance(part, QLineEdit):  # a date field's own line is the date field's
        inside_date = isinstance(part.parentWidget(), DateField)
        return not inside_date and not part.isReadOnly() and part.isModified()
    if isinstance(part, QPlainTextEdit):
        return not part.isReadOnly() and part.document().isModified()
    return False


class _KeepTyping(QObject):
    """Esc, or the window's close button, asks before the dialog drops what was typed.

    The dialog is its parent, not an attribute: a Python attribute back to the dialog made
    a reference cycle, and when the cycle was collected the attribute was cleared before
    the dialog's destruction sent this filter its last events (an AttributeError)."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.Close):
            return False  # all else passes untouched, the dialog's destruction included
        dialog = self.parent()
        if (
            isinstance(dialog, QDialog)
            and watched is dialog
            and self._leaving(event)
            and not self._may_drop(dialog)
        ):
            event.ignore()
            return True  # the dialog stays, with what was typed
        return False

    @staticmethod
    def _leaving(event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return (
                event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
            )
        # The close button (a spontaneous close); the program's close() is its own call.
        return event.type() == QEvent.Type.Close and event.spontaneous()

    @staticmethod
    def _may_drop(dialog: QDialog) -> bool:
        if not typed_in(dialog):
            return True
        return unsaved.ask_drop_typing(dialog, dialog.windowTitle())


def keep_typing(dialog: QDialog) -> None:
    """Make ``dialog`` ask before Esc or its close button drops what the user typed, as a
    page asks before unsaved changes are left; nothing is asked when nothing was typed.
    Cancel drops it without asking, as a page's Discard does: it says so already."""
    _KeepTyping(dialog)


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
