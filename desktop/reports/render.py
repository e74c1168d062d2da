"""Render a report to a file, choosing the format from the file name's extension."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.reports.content import ReportContent

SUFFIXES = (".pdf", ".csv", ".xlsx")


def render(content: ReportContent, path: str | Path, **kw: Any) -> int | None:
    """Write ``content`` to ``path`` as PDF, CSV or XLSX (by extension, any case).

    Keyword arguments (``progress``, ``cancelled``) go to the renderer. Returns the
    page count for PDF, ``None`` otherwise. PDF needs a running ``QGuiApplication``.
    Raises ``ValueError`` for any other extension.
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        from desktop.reports.render_pdf import render_pdf

        return render_pdf(content, path, **kw)
    if suffix == ".csv":
        from desktop.reports.render_tabular import render_csv

        render_csv(content, path, **kw)
        return None
    if suffix == ".xlsx":
        from desktop.reports.render_tabular import render_xlsx

        render_xlsx(content, path, **kw)
        return None
    shown = suffix or "(none)"
    raise ValueError(f"cannot render a report to {shown!r} files; use one of {', '.join(SUFFIXES)}")
