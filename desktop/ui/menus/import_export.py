"""File ▸ Import… (the import wizard) and File ▸ Export… (a list as CSV or XLSX, written in
the background with progress and Cancel)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.domain.errors import CaseTrackerError
from desktop.ui.changes import Kind
from desktop.ui.dialogs import messages
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import Cancelled, TaskContext

if TYPE_CHECKING:
    from desktop.services.exporting import ExportResult
    from desktop.ui.dialogs.import_wizard import ImportWizard
    from desktop.ui.main_window import MainWindow

# The wizard, the export dialog and the export service are imported when first used, so
# that the window's start does not wait for them.


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportExport", text)


def insert_in_file_menu(window: MainWindow, actions: list[QAction], before: str) -> None:
    """Put ``actions`` in the File menu before the action named ``before`` (or Quit)."""
    menu = window.menu("file")
    anchor = next((a for a in menu.actions() if a.objectName() == before), None)
    if anchor is None:
        anchor = next((a for a in menu.actions() if a.objectName() == "quitAction"), None)
    for action in actions:
        menu.insertAction(anchor, action) if anchor is not None else menu.addAction(action)
    separator = QAction(window)
    separator.setSeparator(True)
    menu.insertAction(anchor, separator) if anchor is not None else menu.addAction(separator)


def refresh_window(window: MainWindow) -> None:
    """After records were added or the database replaced: the summary and every page."""
    window.announce(Kind.ALL)


def open_import_wizard(window: MainWindow) -> ImportWizard:
    from desktop.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(window.database, window.tasks, window)
    wizard.imported.connect(lambda _result: refresh_window(window))
    window._import_wizard = wizard  # type: ignore[attr-defined]  # kept while open
    wizard.open()
    return wizard


def export_chosen(window: MainWindow) -> Any:
    from desktop.services.exporting import export_list
    from desktop.ui.dialogs.restore import ExportDialog

    choice = ExportDialog.ask(window)
    if choice is None:
        return None
    kind, path = choice
    database = window.database

    def op(ctx: TaskContext) -> ExportResult:
        return export_list(
            database, kind=kind, path=path, progress=ctx.progress, cancelled=ctx.cancelled
        )

    def done(result: ExportResult) -> None:
        window.statusBar().showMessage(
            _tr("Exported %1 records to %2")
            .replace("%1", str(result.rows))
            .replace("%2", str(result.path)),
            10_000,
        )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled) or type(exc).__name__ == "ExportCancelled":
            window.statusBar().showMessage(_tr("Export cancelled; no file was written"), 10_000)
        elif isinstance(exc, CaseTrackerError):
            messages.tell_error(window, _tr("Export failed"), error_text(exc))
        else:
            messages.tell_error(
                window, _tr("Export failed"), type(exc).__name__ + ": " + _tr("no file was written")
            )

    return window.tasks.run_with_progress(
        window, _tr("Exporting…"), op, success=done, failure=failed
    )


def install(window: MainWindow) -> None:
    import_action = QAction(_tr("&Import…"), window)
    import_action.setObjectName("importAction")
    import_action.setStatusTip(_tr("Add facilities, cases, decisions or headcounts from a file"))
    import_action.triggered.connect(lambda _checked=False: open_import_wizard(window))
    export_action = QAction(_tr("&Export…"), window)
    export_action.setObjectName("exportAction")
    export_action.setStatusTip(_tr("Write a list as CSV or XLSX"))
    export_action.triggered.connect(lambda _checked=False: export_chosen(window))
    insert_in_file_menu(window, [import_action, export_action], before="backupAction")
