"""Report figures: a 10,000-row roster to PDF, and occupancy counted over every case."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from benchmarks.context import Context
from benchmarks.harness import Figure, timed

ROWS = 10_000


def _roster_content(rows: int):  # type: ignore[no-untyped-def]
    from desktop.reports.content import Column, ReportContent, Table

    columns = [
        Column("case_no", "Case number"),
        Column("latin", "Name", width=2.0),
        Column("arabic", "Name (Arabic)", width=2.0),
        Column("born", "Born", numeric=True, width=0.6),
        Column("nationality", "Nationality", width=0.8),
        Column("since", "Held since"),
    ]
    body = [
        [
            f"SYN-{i:06d}",
            f"Mohammed Ahmad Synthetic-{i}",
            f"محمد أحمد وهمي-{i}",
            1980 + i % 20,
            "SY",
            "2019-05-01",
        ]
        for i in range(rows)
    ]
    return ReportContent(
        title="Facility roster",
        generated_at=datetime(2026, 1, 1),
        database_name="bench.db",
        filter_text="Synthetic Detention Centre 01",
        blocks=[Table(columns=columns, rows=body, group_key=None)],
        contains_personal_data=True,
        includes_synthetic=True,
    )


def _html(content) -> str:  # type: ignore[no-untyped-def]
    from html import escape

    table = content.blocks[0]
    head = "".join(f"<th>{escape(c.title)}</th>" for c in table.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>" for row in table.rows
    )
    return f"<h1>{escape(content.title)}</h1><table border='1'><tr>{head}</tr>{body}</table>"


def roster_pdf(ctx: Context) -> Figure:
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    from desktop.reports.fonts import register_fonts
    from desktop.reports.render_pdf import render_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    register_fonts()
    rows = 300 if ctx.tiny else ROWS
    content = _roster_content(rows)
    with TemporaryDirectory() as tmp:
        ours = timed(lambda: render_pdf(content, Path(tmp) / "ours.pdf"), ctx.repeat)

        def html_route() -> None:
            document = QTextDocument()
            document.setHtml(_html(content))
            writer = QPdfWriter(str(Path(tmp) / "html.pdf"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            document.print_(writer)

        baseline = timed(html_route, max(1, min(ctx.repeat, 3)), warmup=0)
    del app
    return Figure(
        name=f"{rows:,}-row roster to PDF",
        ours=ours,
        baseline=baseline,
        baseline_name="one HTML QTextDocument printed",
        goal="<= 0.1x",
        met=ours.median <= 0.1 * baseline.median,
    )


def occupancy_counts(ctx: Context) -> Figure:
    from sqlalchemy import select

    from desktop.services.database import open_database
    from desktop.store.models import Detainee
    from desktop.store.occupancy import occupancy_rows

    database = open_database(ctx.url, create=False)
    try:

        def ours() -> None:
            with database.read() as s:
                occupancy_rows(s)

        def naive() -> None:
            with database.read() as s:
                counts = Counter(
                    (f, st) for f, st in s.execute(select(Detainee.facility_id, Detainee.status))
                )
                assert counts

        ours_s = timed(ours, ctx.repeat)
        base_s = timed(naive, max(1, min(ctx.repeat, 3)))
    finally:
        database.dispose()
    return Figure(
        name=f"occupancy counted over {ctx.cases:,} cases",
        ours=ours_s,
        baseline=base_s,
        baseline_name="counting in Python over loaded rows",
        goal="<= 0.5 s",
        met=ours_s.median <= 0.5,
    )
