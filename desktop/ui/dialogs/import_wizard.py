"""File ▸ Import…: choose a file and what it holds, check every row (in the background) and
see the rows with their problems, then import (in the background, with progress and
Cancel). Nothing is written unless every row passes; a cancelled import writes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.errors import CaseTrackerError, ValidationError
from desktop.domain.import_rules import IMPORTABLE
from desktop.services.database import Database
from desktop.services.importing import ImportCheck, ImportResult, check_file, import_file
from desktop.ui.models.import_preview import ImportPreviewModel
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import Cancelled, TaskContext, TaskRunner
from desktop.ui.widgets.naming import named


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def kind_titles() -> dict[str, str]:
    return {
        "facilities": _tr("Facilities"),
        "cases": _tr("Cases"),
        "decisions": _tr("Amnesty decisions"),
        "headcounts": _tr("Headcounts"),
    }


def choose_file(parent: QWidget | None) -> Path | None:
    """Asks for the file to import (tests replace this)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Import a list"), "", _tr("Lists (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)")
    )
    return Path(name) if name else None


class ChoosePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_tr("What to import"))
        self.setSubTitle(
            _tr("A CSV or XLSX file with the columns that Export writes for the same list.")
        )
        self.kind = named(QComboBox(), "importKind", _tr("List to import"))
        for kind in IMPORTABLE:
            self.kind.addItem(kind_titles()[kind], kind)
        self.kind.setCurrentIndex(IMPORTABLE.index("cases"))
        self.path = named(QLineEdit(), "importFile", _tr("File to import"))
        self.path.setPlaceholderText(_tr("Choose a .csv or .xlsx file"))
        browse = named(QPushButton(_tr("Choose…")), "importBrowse", _tr("Choose a file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(_tr("&List:"), self.kind)
        file_label = QLabel(_tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        chosen = choose_file(self)
        if chosen is not None:
            self.path.setText(str(chosen))
            name = chosen.stem.casefold()
            for kind in IMPORTABLE:  # a file exported as "cases.csv" says what it holds
                if kind in name:
                    self.kind.setCurrentIndex(IMPORTABLE.index(kind))

    def chosen(self) -> tuple[str, Path]:
        return str(self.kind.currentData()), Path(self.path.text().strip())

    def isComplete(self) -> bool:
        _kind, path = self.chosen()
        return path.suffix.lower() in (".csv", ".xlsx") and path.is_file()


class CheckPage(QWizardPage):
    """Every row checked in the background; the preview shows rows and their problems."""

    checked = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(_tr("Check"))
        self.setSubTitle(_tr("Every row is checked before anything is written."))
        self.check: ImportCheck | None = None
        self.summary = named(QLabel(), "importSummary", _tr("Check result"))
        self.summary.setWordWrap(True)
        self.progress = named(QProgressBar(), "importCheckProgress", _tr("Checking"))
        self.only_problems = named(
            QCheckBox(_tr("Show only rows with problems")),
            "importOnlyProblems",
            _tr("Show only rows with problems"),
        )
        self.again = named(QPushButton(_tr("Check again")), "importCheckAgain", _tr("Check again"))
        self.model = ImportPreviewModel(self)
        self.table = named(QTableView(), "importPreview", _tr("Rows of the file"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        self.only_problems.toggled.connect(self.model.set_only_problems)
        self.again.clicked.connect(self.initializePage)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addWidget(self.only_problems)
        row.addStretch(1)
        row.addWidget(self.again)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        kind, path = self._wizard.choose_page.chosen()
        database = self._wizard.database
        self.check = None
        self.model.set_check(None)
        self.summary.setText(_tr("Checking %1…").replace("%1", path.name))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.again.setEnabled(False)
        self.completeChanged.emit()

        def op(ctx: TaskContext) -> ImportCheck:
            return check_file(
                database, kind=kind, path=path, progress=ctx.progress, cancelled=ctx.cancelled
            )

        self._wizard.runner.run(
            op, success=self._checked, failure=self._failed, progress=self._progressed
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _checked(self, check: ImportCheck) -> None:
        self.check = check
        self.progress.hide()
        self.again.setEnabled(True)
        self.model.set_check(check)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 420))
        locale = self.locale()
        if check.ok:
            text = _tr("%1 rows checked: %2 new, %3 already in the database. Nothing is wrong.")
        else:
            text = _tr(
                "%1 rows checked: %4 rows have problems. Correct the file and check again; "
                "nothing will be imported while any row has a problem."
            )
        self.summary.setText(
            text.replace("%1", locale.toString(check.rows))
            .replace("%2", locale.toString(check.new))
            .replace("%3", locale.toString(check.unchanged))
            .replace("%4", locale.toString(check.bad_rows))
        )
        self.only_problems.setChecked(not check.ok)
        self.completeChanged.emit()
        self.checked.emit()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.again.setEnabled(True)
        if isinstance(exc, CaseTrackerError):
            self.summary.setText(
                _tr("The file cannot be checked: %1").replace("%1", error_text(exc))
            )
        elif not isinstance(exc, Cancelled):
            self.summary.setText(_tr("The check failed (%1).").replace("%1", type(exc).__name__))
        self.checked.emit()

    def isComplete(self) -> bool:
        return self.check is not None and self.check.ok and self.check.new > 0


class RunPage(QWizardPage):
    """The import itself, in the background, with progress and Cancel."""

    finished = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(_tr("Import"))
        self.result: ImportResult | None = None
        self._context: TaskContext | None = None
        self.status = named(QLabel(), "importStatus", _tr("Import progress"))
        self.status.setWordWrap(True)
        self.progress = named(QProgressBar(), "importProgress", _tr("Importing"))
        self.stop = named(
            QPushButton(_tr("Cancel the import")), "importCancel", _tr("Cancel the import")
        )
        self.stop.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.stop)
        layout.addStretch(1)
        self.setFinalPage(True)

    def running(self) -> bool:
        return self._context is not None

    def initializePage(self) -> None:
        kind, path = self._wizard.choose_page.chosen()
        database = self._wizard.database
        self.result = None
        self.status.setText(_tr("Importing %1…").replace("%1", path.name))
        self.progress.setRange(0, 0)
        self.stop.setEnabled(True)

        def op(ctx: TaskContext) -> ImportResult:
            return import_file(
                database, kind=kind, path=path, progress=ctx.progress, cancelled=ctx.cancelled
            )

        self._context = self._wizard.runner.run(
            op, success=self._done, failure=self._failed, progress=self._progressed
        )
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self._context is not None:
            self._context.cancel()
            self.status.setText(_tr("Cancelling… nothing will be written."))
            self.stop.setEnabled(False)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self._context = None
        self.result = result
        self.stop.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        done = (
            _tr("Imported %1: %2 added, %3 already there.")
            .replace("%1", result.path.name)
            .replace("%2", self.locale().toString(result.added))
            .replace("%3", self.locale().toString(result.unchanged))
        )
        if result.proposals:
            waiting = _tr(
                "%1 of the decisions added are proposals: their amnesty needs another "
                "reviewer's approval, which an import does not give: they are on the "
                "Waiting for approval page."
            )
            done += " " + waiting.replace("%1", self.locale().toString(result.proposals))
        self.status.setText(done)
        self.completeChanged.emit()
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self._context = None
        self.stop.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, Cancelled) or type(exc).__name__ == "ImportCancelled":
            self.status.setText(_tr("The import was cancelled; nothing was written."))
        elif isinstance(exc, ValidationError):
            self.status.setText(
                _tr(
                    "The file changed since it was checked and now has problems; nothing was "
                    "written. Go back and check it again."
                )
            )
        elif isinstance(exc, CaseTrackerError):
            self.status.setText(error_text(exc))
        else:
            self.status.setText(
                _tr("The import failed (%1); nothing was written.").replace(
                    "%1", type(exc).__name__
                )
            )
        self.completeChanged.emit()
        self.finished.emit()

    def isComplete(self) -> bool:
        return self._context is None


class ImportWizard(QWizard):
    """The import wizard; ``imported`` is emitted with the result after a successful import."""

    imported = Signal(object)

    def __init__(self, database: Database, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.runner = runner
        self.setObjectName("importWizard")
        self.setAccessibleName(_tr("Import a list"))
        self.setWindowTitle(_tr("Import a list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.choose_page = ChoosePage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        for page in (self.choose_page, self.check_page, self.run_page):
            self.addPage(page)
        self.run_page.finished.connect(self._finished)
        buttons = {
            QWizard.WizardButton.BackButton: ("importBack", _tr("Back")),
            QWizard.WizardButton.NextButton: ("importNext", _tr("Next")),
            QWizard.WizardButton.FinishButton: ("importFinish", _tr("Finish")),
            QWizard.WizardButton.CancelButton: ("importClose", _tr("Cancel")),
        }
        for which, (name, text) in buttons.items():
            # Qt's own "< &Back", "&Next >" and "&Cancel" are English in the Kurdish
            # catalogs, and their arrows point the wrong way right to left (Arabic): the
            # buttons say the window's own words, without arrows.
            self.setButtonText(which, text)
            named(self.button(which), name, text)
        self.resize(900, 560)

    def _finished(self) -> None:
        if self.run_page.result is not None:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            self.imported.emit(self.run_page.result)

    def reject(self) -> None:
        if self.run_page.running():  # Cancel while importing: stop first, write nothing
            self.run_page.cancel()
            self.run_page.finished.connect(super().reject)
            return
        super().reject()


__all__ = ["ImportWizard", "choose_file", "kind_titles"]
