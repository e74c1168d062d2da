"""Reports on paper: PDF files, print preview and printers, painted with QPainter.

The report is laid out first, then painted, so that each page can say "Page X of Y" and a
10,000-row table costs one ``drawText`` per cell and no rich-text document:

* ``pdf_measure``: fonts with cached text widths, the page geometry, wrapping;
* ``pdf_layout``: the page chrome, the flow of pages, and one layouter per kind of block
  (table, bar chart, labelled fields, running text, signatures) that appends
* ``pdf_items``: the typed display list (dataclasses), drawn by
* ``pdf_paint``: the one painter.

Text is drawn with the bundled Noto fonts; Qt shapes Arabic with HarfBuzz.

A ``QGuiApplication`` must exist before painting; this module never creates one.

Print preview::

    configure_page(printer)
    dialog = QPrintPreviewDialog(printer)
    dialog.paintRequested.connect(lambda p: paint_report(content, p))
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from desktop.reports.common import (
    CancelledFn,
    ProgressFn,
    RenderCancelled,
    atomic_output,
    check_cancelled,
)
from desktop.reports.content import ReportContent
from desktop.reports.fonts import register_fonts
from desktop.reports.pdf_layout import Chrome, Flow, layout_blocks
from desktop.reports.pdf_measure import Page
from desktop.reports.pdf_paint import paint_pages

__all__ = ["PAGE_MARGIN_MM", "RenderCancelled", "configure_page", "paint_report", "render_pdf"]

PAGE_MARGIN_MM = 15.0
PDF_RESOLUTION = 1200  # dots per inch of the PDF coordinate space


def configure_page(device: QPagedPaintDevice) -> None:
    """A4 portrait with 15 mm margins: the layout every report is designed for.

    Call it on a ``QPrinter`` before showing a print preview or print dialog; the user
    may still change the page there, and ``paint_report`` follows.
    """
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def _require_gui() -> None:
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise RuntimeError("create a QGuiApplication (or QApplication) before painting a report")


def paint_report(
    content: ReportContent,
    device: QPagedPaintDevice,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Paint ``content`` on a paged device (``QPdfWriter`` or ``QPrinter``) using the
    device's current page size and margins; returns the number of pages of the report.

    Fit for ``QPrintPreviewDialog.paintRequested``. Honours a ``QPrinter`` page range.
    Raises ``RenderCancelled`` when ``cancelled()`` turns true (checked between pages).
    """
    _require_gui()
    register_fonts()
    page = Page(device, content.right_to_left)
    chrome = Chrome.of(content, page)
    flow = Flow(page, chrome)
    layout_blocks(flow, content, cancelled)
    check_cancelled(cancelled)
    paint_pages(device, page, chrome, flow.pages, progress, cancelled)
    return len(flow.pages)


def render_pdf(
    content: ReportContent,
    path: str | Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Write ``content`` as an A4 PDF at ``path``; returns the page count.

    The file appears only when complete: on error or ``RenderCancelled`` an existing
    file at ``path`` is left untouched.
    """
    _require_gui()
    with atomic_output(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(content.title)
        writer.setCreator("Case Tracker")
        configure_page(writer)
        pages = paint_report(content, writer, progress=progress, cancelled=cancelled)
        del writer  # closes the file before it is moved into place
    return pages
