"""Asking the display name shown beside the user's login.

Who changes what is the login the database establishes (the server login on PostgreSQL,
the operating-system account on a file), never a typed name: the display name only makes
the login easier to recognise ("Rana Haddad (rhaddad)"). ``ask_display_name(parent, login,
current)`` returns the name typed (trimmed; empty to remove it) or None when the user
cancels; tests replace it or drive ``DisplayNameDialog`` directly."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs.common import accept_or_cancel, answer, keep_typing

MAX_LENGTH = 200


class DisplayNameDialog(QDialog):
    def __init__(self, parent: QWidget | None, login: str, current: str | None) -> None:
        super().__init__(parent)
        self.setObjectName("displayNameDialog")
        keep_typing(self)
        self.setAccessibleName(self.tr("Your display name"))
        self.setWindowTitle(self.tr("Your display name"))
        text = QLabel(
            self.tr(
                "Your changes are recorded under your login, %1, which the database "
                "establishes. A display name is shown beside it so that colleagues "
                "recognise you; it does not replace the login. Leave it empty to show the "
                "login alone."
            ).replace("%1", login)
        )
        text.setObjectName("displayNameExplanation")
        text.setWordWrap(True)
        self.name_edit = QLineEdit(current or "")
        self.name_edit.setObjectName("displayNameEdit")
        self.name_edit.setAccessibleName(self.tr("Display name"))
        self.name_edit.setMaxLength(MAX_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("First name and family name"))
        label = QLabel(self.tr("&Display name:"))
        label.setBuddy(self.name_edit)

        self.buttons, _ok = accept_or_cancel(
            self,
            "displayName",
            accessible=self.tr("Use this display name"),
            cancel=self.tr("Cancel"),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())


def ask_display_name(parent: QWidget | None, login: str, current: str | None) -> str | None:
    """The display name typed ("" to remove it), or None when the user cancels."""
    return answer(DisplayNameDialog(parent, login, current), DisplayNameDialog.name)
