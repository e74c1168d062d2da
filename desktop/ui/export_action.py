"""Export what a list shows (its filter and visible columns) to PDF, CSV or XLSX.

The list pages call ``export_rows`` from their Export action::

    export_rows(
        self,
        title=self.tr("Cases"),
        filter_text=self.filter_description(),
        columns=[(key, header) for key, header in visible_columns],
        fetch_rows=lambda: cases_rows(database, query=query),  # runs in the worker
        includes_synthetic=True,
        personal=True,
    )

The file is asked for first; the rows are fetched, laid out and written in the window's
background worker behind a progress dialog with Cancel, while this function waits in a
local event loop, so it returns once the file is written (or not).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.reports.content import Cell, Column, ReportContent, Table
from desktop.ui.dialogs import messages, print_dialogs
from desktop.ui.dialogs.print_output import ReportOutput, Saved
from desktop.ui.i18n import current_language, is_right_to_left
from desktop.ui.tasks import TaskContext, TaskRunner

SUFFIXES = (".pdf", ".csv", ".xlsx")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportAction", text)


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


def _tasks_of(parent: QWidget | None) -> TaskRunner | None:
    window = parent.window() if parent is not None else None
    tasks = getattr(window, "tasks", None)
    return tasks if isinstance(tasks, TaskRunner) else None


def _database_name(parent: QWidget | None) -> str:
    window = parent.window() if parent is not None else None
    database = getattr(window, "database", None)
    return str(getattr(database, "name", "")) or "—"


def export_rows(
    parent: QWidget,
    *,
    title: str,
    filter_text: str,
    columns: list[tuple[str, str]],
    fetch_rows: Callable[[], list[list[Cell]]],
    includes_synthetic: bool,
    personal: bool,
    suffix: str | None = None,
) -> Path | None:
    """Ask for a file and write the list to it; the path written, or None when the user
    cancelled (at the file dialog or during the work) or it failed (the user is told).

    ``columns`` are (key, header) of the visible columns in their visible order;
    ``fetch_rows`` returns the rows as shown (the same order and columns) and runs in the
    worker thread: it must call services only, never widgets or models. ``suffix``
    (".pdf", ".csv", ".xlsx") fixes the format; by default the dialog offers all three,
    starting with XLSX."""
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

    def build(ctx: TaskContext) -> ReportContent:
        rows = fetch_rows()
        ctx.check()
        return list_content(
            title=title,
            filter_text=filter_text,
            columns=columns,
            rows=rows,
            includes_synthetic=includes_synthetic,
            personal=personal,
            database_name=name,
            lang=lang,
        )

    tasks = _tasks_of(parent)
    if tasks is None:  # no window around (a bare widget): do it here
        from desktop.reports.render import render

        render(build(TaskContext()), path)
        return path

    output = ReportOutput(parent, tasks)
    loop = QEventLoop()
    result: list[Path | None] = [None]

    def saved(done: Saved) -> None:
        result[0] = done.path
        loop.quit()

    def failed(exc: BaseException) -> None:
        loop.quit()
        messages.tell_error(parent, _tr("The export failed"), str(exc))

    output.saved.connect(saved)
    output.failed.connect(failed)
    output.cancelled.connect(loop.quit)
    output.save(build, path)
    loop.exec()
    output.deleteLater()
    return result[0]
