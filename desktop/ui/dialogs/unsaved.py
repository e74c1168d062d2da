"""Asking what to do with unsaved changes before leaving a record or closing the window,
and with what was typed in a dialog before Esc drops it.

Any page calls ``ask_unsaved(parent, record_label)``; a dialog that takes typing asks
``ask_drop_typing(parent, title)`` (``dialogs.common.keep_typing``). Tests replace them
(monkeypatch ``desktop.ui.dialogs.unsaved.ask_unsaved`` or ``...ask_drop_typing``) instead
of clicking a message box."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Choice = Literal["save", "discard", "cancel"]
SAVE: Choice = "save"
DISCARD: Choice = "discard"
CANCEL: Choice = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


def ask_unsaved(parent: QWidget | None, record_label: str) -> Choice:
    """Save, Discard or Cancel for the unsaved changes to ``record_label``."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("Unsaved changes"),
        _tr("“%1” has changes that are not saved.").replace("%1", record_label),
        buttons,
        parent,
    )
    box.setObjectName("unsavedChangesMessage")
    box.setAccessibleName(_tr("Unsaved changes"))
    box.setInformativeText(_tr("Save them before you go on?"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def ask_drop_typing(parent: QWidget | None, title: str) -> bool:
    """True when the user lets go of what they typed in the dialog ``title`` (Discard);
    False to keep editing (the default, and what Esc in the question answers)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("Discard what you typed?"),
        _tr("What you typed in “%1” is not saved.").replace("%1", title),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("dropTypingMessage")
    box.setAccessibleName(_tr("Discard what you typed?"))
    box.setInformativeText(_tr("Close and discard it, or keep editing?"))
    box.button(QMessageBox.StandardButton.Cancel).setText(_tr("Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard
