"""Asking what to do with unsaved changes before leaving a record or closing the window.

Any page calls ``ask_unsaved(parent, record_label)``; tests replace it (monkeypatch
``desktop.ui.dialogs.unsaved.ask_unsaved``) instead of clicking a message box."""

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
