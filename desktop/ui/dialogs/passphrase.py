"""Passphrases of encrypted databases: asking the one that opens a database, and choosing
where and with which passphrase a new encrypted database is made.

``ask_passphrase(parent, db_name, problem=None)`` returns the passphrase typed or None;
``NewEncryptedDatabaseDialog.ask(parent, folder=...)`` returns a ``NewEncryptedDatabase``
or None. Tests replace them (monkeypatch) or drive the dialogs directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import MIN_PASSPHRASE_LENGTH
from desktop.ui.dialogs.common import Standard, accept_or_cancel, answer, keep_typing


def _tr(text: str) -> str:
    return QCoreApplication.translate("Passphrase", text)


def _secret_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color: #b00020;")  # as RecordForm shows problems
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class PassphraseDialog(QDialog):
    """The passphrase that opens one encrypted database."""

    def __init__(self, parent: QWidget | None, db_name: str, problem: str | None = None):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setAccessibleName(self.tr("Passphrase"))
        self.setWindowTitle(self.tr("Encrypted database"))
        text = QLabel(
            self.tr("%1 is encrypted. Enter its passphrase to open it.").replace("%1", db_name)
        )
        text.setObjectName("passphraseExplanation")
        text.setWordWrap(True)
        self.problem = _error_label("passphraseProblem")
        if problem:
            _show_error(self.problem, self.tr("That passphrase does not open it. Try again."))
        self.edit = _secret_edit("passphraseEdit", self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.edit)
        self.buttons, open_button = accept_or_cancel(
            self,
            "passphrase",
            accept=Standard.Open,
            accessible=self.tr("Open the database"),
            cancel=self.tr("Cancel"),
        )
        self.edit.textChanged.connect(lambda text: open_button.setEnabled(bool(text)))
        open_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.problem)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def passphrase(self) -> str:
        return self.edit.text()


def ask_passphrase(parent: QWidget | None, db_name: str, problem: str | None = None) -> str | None:
    """The passphrase of ``db_name``, or None when the user cancels. ``problem`` (from a
    wrong attempt) makes the dialog say that the last one did not open it.

    Fits ``desktop.services.database.open_with_passphrase``:
    ``open_with_passphrase(db, functools.partial(ask_passphrase, None))``."""
    return answer(PassphraseDialog(parent, db_name, problem), lambda d: d.passphrase() or None)


@dataclass(frozen=True)
class NewEncryptedDatabase:
    path: Path
    passphrase: str
    seed: bool


def choose_path(parent: QWidget | None, start: str) -> str | None:
    """The platform's Save dialog; tests replace this function."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("New encrypted database"),
        start,
        _tr("Case Tracker databases (*.db);;All files (*)"),
    )
    return path or None


class NewEncryptedDatabaseDialog(QDialog):
    """Where the new encrypted database goes, its passphrase twice, and its first data."""

    def __init__(self, parent: QWidget | None, folder: Path) -> None:
        super().__init__(parent)
        self.setObjectName("newEncryptedDatabaseDialog")
        keep_typing(self)
        self.setAccessibleName(self.tr("New encrypted database"))
        self.setWindowTitle(self.tr("New encrypted database"))
        intro = QLabel(
            self.tr(
                "The new database file, its write-ahead log and its backups are encrypted "
                "with the passphrase. Without it nobody can read them — not even you: "
                "there is no way to recover a lost passphrase. Keep it somewhere safe."
            )
        )
        intro.setObjectName("newEncryptedIntro")
        intro.setWordWrap(True)

        self.path_edit = QLineEdit(str(folder / "case-tracker-encrypted.db"))
        self.path_edit.setObjectName("newEncryptedPath")
        self.path_edit.setAccessibleName(self.tr("File of the new database"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("newEncryptedBrowse")
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.path_error = _error_label("newEncryptedPathError")

        self.first = _secret_edit("newPassphrase", self.tr("Passphrase"))
        self.first_error = _error_label("newPassphraseError")
        self.second = _secret_edit("newPassphraseAgain", self.tr("Passphrase again"))
        self.second_error = _error_label("newPassphraseAgainError")
        self.seed = QCheckBox(self.tr("Start with the reported figures and the synthetic demo"))
        self.seed.setObjectName("newEncryptedSeed")
        self.seed.setAccessibleName(self.tr("Load the seed data"))
        self.seed.setChecked(False)

        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(file_label, path_row)
        form.addRow("", self.path_error)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow("", self.first_error)
        form.addRow(self.tr("&Again:"), self.second)
        form.addRow("", self.second_error)
        form.addRow("", self.seed)

        self.buttons, _create = accept_or_cancel(
            self,
            "newEncrypted",
            text=self.tr("&Create"),
            accessible=self.tr("Create the encrypted database"),
            cancel=self.tr("Cancel"),
            accept_name="newEncryptedCreate",
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        chosen = choose_path(self, self.path_edit.text())
        if chosen:
            self.path_edit.setText(chosen)

    def problems(self) -> dict[str, str]:
        """What stops the database from being created, by field; shown beside the fields."""
        found: dict[str, str] = {}
        text = self.path_edit.text().strip()
        if not text:
            found["path"] = self.tr("Choose where to save the new database.")
        elif Path(text).expanduser().exists():
            found["path"] = self.tr("A file already exists there. Choose a new name.")
        first = self.first.text()
        if len(first) < MIN_PASSPHRASE_LENGTH:
            found["passphrase"] = self.tr("At least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH)
            )
        elif self.second.text() != first:
            found["again"] = self.tr("The two passphrases differ.")
        return found

    def accept(self) -> None:
        found = self.problems()
        _show_error(self.path_error, found.get("path", ""))
        _show_error(self.first_error, found.get("passphrase", ""))
        _show_error(self.second_error, found.get("again", ""))
        if not found:
            super().accept()

    def value(self) -> NewEncryptedDatabase:
        return NewEncryptedDatabase(
            path=Path(self.path_edit.text().strip()).expanduser().absolute(),
            passphrase=self.first.text(),
            seed=self.seed.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, *, folder: Path) -> NewEncryptedDatabase | None:
        return answer(cls(parent, folder), cls.value)
