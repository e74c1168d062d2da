"""Export what a list shows (its filter and visible columns) to PDF, CSV or XLSX.

The list pages call ``export_rows`` from their Export action::

    export_rows(
        self,
        title=self.tr("Cases"),
        filter_text=self.filter_description(),
        columns=[(key, header) for key, header in visible_columns],
        # runs in the worker: services only, never widgets or models
        fetch_rows=lambda ctx: ListRows(
            cases_rows(database, query=query), has_synthetic_cases(database)
        ),
        personal=True,
    )

The file is asked for first; then the rows are fetched, laid out and written in the
window's background worker behind a progress dialog with Cancel (``run_with_progress``).
``export_rows`` returns at once: the GUI thread never waits for the database, and the
path written (or None) reaches the optional ``done`` callback on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.reports.content import Cell, Column, ReportContent, Table
from desktop.ui.dialogs import messages, print_dialogs
from desktop.ui.dialogs.print_output import is_cancel
from desktop.ui.i18n import current_language, is_right_to_left
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import TaskContext, TaskRunner

SUFFIXES = (".pdf", ".csv", ".xlsx")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportAction", text)


@dataclass(frozen=True)
class ListRows:
    """What a list's ``fetch_rows`` gathers in the worker: the rows as shown (the same
    order and columns) and whether the list includes synthetic records."""

    rows: list[list[Cell]]
    includes_synthetic: bool


def list_content(
    *,
    title: str,
    filter_text: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[Sequence[Cell]],
    includes_synthetic: bool,
    personal: bool,
    database_name: str,
    lang: str | None = None,
    now: datetime | None = None,
) -> ReportContent:
    """A list as a report: one table with the visible columns (numbers right-aligned)."""
    sample = rows[:200]

    def is_number_column(i: int) -> bool:
        values = [r[i] for r in sample if i < len(r) and r[i] is not None and r[i] != ""]
        return bool(values) and all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in values
        )

    numeric = [is_number_column(i) for i in range(len(columns))]
    return ReportContent(
        title=title,
        generated_at=now or datetime.now().astimezone(),
        database_name=database_name,
        filter_text=filter_text,
        blocks=[
            Table(
                [
                    Column(key, header, numeric=is_number)
                    for (key, header), is_number in zip(columns, numeric, strict=True)
                ],
                rows,
                title=title,
            )
        ],
        contains_personal_data=personal,
        includes_synthetic=includes_synthetic,
        right_to_left=is_right_to_left(lang or current_language()),
    )


def create_export_action(parent: QWidget, handler: Callable[[], object]) -> QAction:
    """The list's "Export…" action (Ctrl+Shift+E) calling ``handler``, which calls
    ``export_rows`` with what the list shows."""
    action = QAction(_tr("&Export…"), parent)
    action.setObjectName("exportAction")
    action.setToolTip(_tr("Save what the list shows as PDF, CSV or XLSX"))
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: handler())
    parent.addAction(action)
    return action


def _tasks_of(parent: QWidget) -> TaskRunner:
    """The window's worker; a widget without one (a bare widget) uses one worker kept by
    the application, so that an export never runs on the GUI thread."""
    tasks = getattr(parent.window(), "tasks", None)
    if isinstance(tasks, TaskRunner):
        return tasks
    app = QCoreApplication.instance()
    runner = app.findChild(TaskRunner, "exportTasks") if app is not None else None
    if runner is None:
        runner = TaskRunner(app)
        runner.setObjectName("exportTasks")
    return runner


def _database_name(parent: QWidget) -> str:
    database = getattr(parent.window(), "database", None)
    return str(getattr(database, "name", "")) or "—"


def export_rows(
    parent: QWidget,
    *,
    title: str,
    filter_text: str,
    columns: list[tuple[str, str]],
    fetch_rows: Callable[[TaskContext], ListRows],
    personal: bool,
    suffix: str | None = None,
    done: Callable[[Path | None], None] | None = None,
) -> QProgressDialog | None:
    """Ask for a file, then write the list to it in the background; returns at once.

    ``done`` is called on the GUI thread with the path written, or None when the user
    cancelled (during the work) or it failed (the user is told). Cancelling at the file
    dialog, or a file name of another type, returns None without calling ``done``;
    otherwise the return value is the progress dialog of the work under way.

    ``columns`` are (key, header) of the visible columns in their visible order;
    ``fetch_rows`` runs in the worker thread with the task's context (to check for
    Cancel) and returns the rows as shown and whether they include synthetic records: it
    must call services only, never widgets or models. ``suffix`` (".pdf", ".csv",
    ".xlsx") fixes the format; by default the dialog offers all three, starting with
    XLSX. Nothing is left at the path when the work is cancelled or fails."""
    path = print_dialogs.ask_save_path(
        parent,
        title=_tr("Export %1").replace("%1", title),
        suffix=suffix or ".xlsx",
        name=title,
        choices=() if suffix else SUFFIXES,
    )
    if path is None:
        return None
    if path.suffix.lower() not in SUFFIXES:
        messages.tell_error(
            parent,
            _tr("Cannot export"),
            _tr("Choose a file name ending in .pdf, .csv or .xlsx."),
        )
        return None
    name, lang = _database_name(parent), current_language()

    def write(ctx: TaskContext) -> Path:
        from desktop.reports.render import render

        try:
            fetched = fetch_rows(ctx)
        except Exception:
            ctx.check()  # a query stopped by Cancel fails its own way: it is a cancel
            raise
        ctx.check()
        content = list_content(
            title=title,
            filter_text=filter_text,
            columns=columns,
            rows=fetched.rows,
            includes_synthetic=fetched.includes_synthetic,
            personal=personal,
            database_name=name,
            lang=lang,
        )
        ctx.check()
        render(content, path, progress=ctx.progress, cancelled=ctx.cancelled)
        return path

    dialogs: list[QProgressDialog] = []

    def finish(result: Path | None) -> None:
        for dialog in dialogs:
            dialog.deleteLater()
        if done is not None:
            done(result)

    def failed(exc: BaseException) -> None:
        if not is_cancel(exc):
            messages.tell_error(parent, _tr("The export failed"), error_text(exc))
        finish(None)

    dialog = _tasks_of(parent).run_with_progress(
        parent,
        _tr("Writing %1…").replace("%1", path.name),
        write,
        success=finish,
        failure=failed,
    )
    dialogs.append(dialog)
    return dialog
