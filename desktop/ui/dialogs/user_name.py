"""Asking the user's name, which the change history records with every change they save.

``ask_user_name(parent, current)`` returns the name typed (trimmed, never empty) or None
when the user cancels; tests replace it (monkeypatch
``desktop.ui.dialogs.user_name.ask_user_name``) or drive ``UserNameDialog`` directly."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MAX_LENGTH = 200  # change_log.who


class UserNameDialog(QDialog):
    def __init__(self, parent: QWidget | None, current: str | None) -> None:
        super().__init__(parent)
        self.setObjectName("userNameDialog")
        self.setAccessibleName(self.tr("Your name"))
        self.setWindowTitle(self.tr("Your name"))
        first = not current
        text = QLabel(
            self.tr(
                "Case Tracker records your name with every change you save, so that "
                "everyone can see who changed what and when. Enter your name as your "
                "colleagues know it."
            )
            if first
            else self.tr(
                "Changes you save from now on are recorded under this name. Changes already "
                "saved keep the name they were saved under."
            )
        )
        text.setObjectName("userNameExplanation")
        text.setWordWrap(True)
        self.name_edit = QLineEdit(current or "")
        self.name_edit.setObjectName("userNameEdit")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(MAX_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("First name and family name"))
        label = QLabel(self.tr("&Name:"))
        label.setBuddy(self.name_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("userNameButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("userNameOk")
        ok.setAccessibleName(self.tr("Use this name"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("userNameCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())
        self._update()

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name()))

    def accept(self) -> None:
        if self.name():
            super().accept()


def ask_user_name(parent: QWidget | None, current: str | None) -> str | None:
    """The user's name, or None when they cancel."""
    dialog = UserNameDialog(parent, current)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name() or None
    finally:
        dialog.deleteLater()
