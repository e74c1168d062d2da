"""Asking for backups and restores: which backup file, whether to replace the database with
it (after its check), where to write a backup or an exported list. Each is a function that
tests replace instead of clicking a dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from desktop.domain.import_rules import EXPORTABLE
from desktop.services.backups import BackupFacts
from desktop.ui import script
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.import_wizard import kind_titles


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def choose_backup(parent: QWidget | None, folder: str = "") -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Restore from a backup"), folder, _tr("Backups (*.db *.bak);;All files (*)")
    )
    return Path(name) if name else None


def choose_backup_destination(parent: QWidget | None, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Back up the database"), suggested, _tr("Backups (*.db)")
    )
    return Path(name) if name else None


def restore_question(facts: BackupFacts, database_name: str) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(facts.path.stat().st_mtime))
    return (
        _tr(
            "Replace %1 with the backup %2?\n\nThe backup was written %3 and holds %4 cases "
            "and %5 facilities. It passed its checks.\n\nThe database as it is now is kept "
            "beside it (…before-restore-….bak), and the window opens the restored one."
        )
        .replace("%1", database_name)
        .replace("%2", facts.path.name)
        .replace("%3", script.digits(stamp.toString("yyyy-MM-dd HH:mm")))
        .replace("%4", QLocale().toString(facts.cases or 0))
        .replace("%5", QLocale().toString(facts.facilities or 0))
    )


def confirm_restore(parent: QWidget | None, facts: BackupFacts, database_name: str) -> bool:
    return messages.confirm(
        parent, _tr("Restore from backup"), restore_question(facts, database_name)
    )


class ExportDialog(QDialog):
    """Which list to export; the file is asked for next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setAccessibleName(_tr("Export a list"))
        self.setWindowTitle(_tr("Export a list"))
        self.kind = QComboBox()
        self.kind.setObjectName("exportKind")
        self.kind.setAccessibleName(_tr("List to export"))
        titles = {
            **kind_titles(),
            "categories": _tr("Detainee categories"),
            "amnesties": _tr("Amnesties"),
        }
        for kind in EXPORTABLE:
            self.kind.addItem(titles.get(kind, kind), kind)
        self.kind.setCurrentIndex(EXPORTABLE.index("cases"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("exportButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_tr("&List:"), self.kind)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, Path] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        kind = str(dialog.kind.currentData())
        name, _filter = QFileDialog.getSaveFileName(
            parent, _tr("Export a list"), f"{kind}.xlsx", _tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if not name:
            return None
        path = Path(name)
        return kind, path if path.suffix.lower() in (".csv", ".xlsx") else path.with_suffix(".xlsx")
