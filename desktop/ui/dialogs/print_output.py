"""Getting a report out of the window: to a file (PDF, CSV, XLSX), to the print preview,
to a printer.

The content is built in the window's background worker behind a progress dialog with
Cancel; a file is rendered there too (QPainter on a QPdfWriter is fine off the GUI thread).
A ``QPrinter`` is painted on the GUI thread: the preview's and the printer's. Results come
back as signals so that a page can show them where the user looks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.reports.common import RenderCancelled
from desktop.reports.content import ReportContent
from desktop.ui.dialogs import print_dialogs
from desktop.ui.tasks import Cancelled, TaskContext, TaskRunner

Build = Callable[[TaskContext], ReportContent]


@dataclass
class _Preview:
    """An open preview: its dialog, the printer it paints (which must outlive the dialog),
    how its content is built, and the content it shows."""

    dialog: QPrintPreviewDialog
    printer: QPrinter
    build: Build
    shown: list[ReportContent]  # one item: the content painted


@dataclass(frozen=True)
class Saved:
    path: Path
    pages: int | None  # PDF only
    title: str


def is_cancel(exc: BaseException) -> bool:
    return isinstance(exc, Cancelled | RenderCancelled)


def new_printer() -> QPrinter:
    """A printer set up for reports (A4 portrait, 15 mm margins), the default one."""
    from desktop.reports.render_pdf import configure_page

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_page(printer)
    return printer


class ReportOutput(QObject):
    """Sends one page's reports to files, the preview and printers."""

    saved = Signal(object)  # Saved
    printed = Signal(str, int)  # printer (or file) name, pages printed
    previewed = Signal(object)  # the open QPrintPreviewDialog
    preview_refreshed = Signal(object)  # an open QPrintPreviewDialog, with new content
    failed = Signal(object)  # the exception (never a cancel)
    cancelled = Signal()

    def __init__(self, parent: QWidget, tasks: TaskRunner) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self._previews: list[_Preview] = []
        self.busy = False
        self.dialog: QProgressDialog | None = None  # the progress of the work under way

    # -- files -----------------------------------------------------------------------------

    def save(self, build: Build, path: Path) -> None:
        """Build and render to ``path`` (by extension) in the worker; ``saved`` when done.
        Nothing is left at ``path`` when cancelled or failed."""

        def op(ctx: TaskContext) -> Saved:
            from desktop.reports.render import render

            content = build(ctx)
            ctx.check()
            pages = render(content, path, progress=ctx.progress, cancelled=ctx.cancelled)
            return Saved(path, pages, content.title)

        self._run(self.tr("Writing %1…").replace("%1", path.name), op, self.saved.emit)

    # -- preview and printer (painted on the GUI thread) ---------------------------------

    def preview(self, build: Build) -> None:
        """Build in the worker, then open the print preview painted from the content."""
        self._run(
            self.tr("Preparing the preview…"),
            build,
            lambda content: self._open_preview(content, build),
        )

    def _open_preview(self, content: ReportContent, build: Build) -> None:
        from desktop.reports.render_pdf import paint_report

        printer = new_printer()
        printer.setDocName(content.title)
        shown = [content]  # what the preview paints: replaced when the records change

        def paint(device: QPrinter) -> None:
            paint_report(shown[0], device)

        dialog = print_dialogs.open_preview(self._parent, printer, paint)
        entry = _Preview(dialog, printer, build, shown)
        self._previews.append(entry)
        dialog.destroyed.connect(lambda *_: self._forget(entry))
        self.previewed.emit(dialog)

    def _forget(self, entry: _Preview) -> None:
        if entry in self._previews:
            self._previews.remove(entry)

    def open_previews(self) -> list[QPrintPreviewDialog]:
        return [entry.dialog for entry in self._previews]

    def refresh_previews(self) -> None:
        """Build the content of every open preview again (the records changed) and
        repaint it; ``preview_refreshed`` for each."""
        for entry in list(self._previews):

            def rebuilt(content: ReportContent, entry: _Preview = entry) -> None:
                if entry not in self._previews:
                    return  # closed meanwhile
                entry.shown[0] = content
                widget = entry.dialog.findChild(QPrintPreviewWidget)
                if widget is not None:
                    widget.updatePreview()
                self.preview_refreshed.emit(entry.dialog)

            self._tasks.run(entry.build, success=rebuilt, failure=self._refresh_failed)

    def _refresh_failed(self, exc: BaseException) -> None:
        if not is_cancel(exc):
            self.failed.emit(exc)

    def print(self, build: Build) -> None:
        """Ask for the printer first, then build in the worker and paint on this thread."""
        printer = new_printer()
        if not print_dialogs.ask_print(self._parent, printer):
            return

        def paint(content: ReportContent) -> None:
            from desktop.reports.render_pdf import paint_report

            printer.setDocName(content.title)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                pages = paint_report(content, printer)
            except Exception as exc:  # an error of the device: told, not raised in a slot
                self.failed.emit(exc)
                return
            finally:
                QGuiApplication.restoreOverrideCursor()
            name = printer.printerName() or printer.outputFileName()
            self.printed.emit(name, pages)

        self._run(self.tr("Preparing to print…"), build, paint)

    # -- the worker ------------------------------------------------------------------------

    def _run(
        self, title: str, op: Callable[[TaskContext], object], success: Callable[..., None]
    ) -> None:
        """``op`` in the window's worker behind a progress dialog whose Cancel stops it.

        Not ``TaskRunner.run_with_progress``: that connects Cancel to the bound method
        ``ctx.cancel``, and when the worker drops the last reference to ``ctx`` PySide
        disconnects it from the worker thread while the GUI thread closes the dialog, a
        deadlock seen here. A lambda keeps ``ctx`` alive with the dialog instead."""
        self.busy = True
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setObjectName("taskProgress")
        dialog.setAccessibleName(title)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

        def finish() -> None:
            self.busy = False
            dialog.hide()
            dialog.deleteLater()

        def done(result: object) -> None:
            finish()
            success(result)

        def failed(exc: BaseException) -> None:
            finish()
            if is_cancel(exc):
                self.cancelled.emit()
            else:
                self.failed.emit(exc)

        ctx = self._tasks.run(op, success=done, failure=failed, progress=progressed)
        dialog.canceled.connect(lambda: ctx.cancel())
        self.dialog = dialog
