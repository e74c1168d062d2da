"""Report figures: a 10,000-row roster to PDF, occupancy counted over every case, and the
outcomes of an amnesty that decided one person in ten."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from benchmarks.context import Context, scratch_copy
from benchmarks.harness import Figure, timed
from benchmarks.qt import qt_app

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
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from desktop.reports.render_pdf import render_pdf

    app = qt_app()  # a QApplication (fonts registered): the widget figures share it
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

        baseline = timed(html_route, 1 if ctx.quick else max(1, min(ctx.repeat, 3)), warmup=0)
    del app
    return Figure(
        name=f"{rows:,}-row roster to PDF",
        ours=ours,
        baseline=baseline,
        baseline_name="one HTML QTextDocument printed",
        goal="<= 0.1x and <= 0.5 s",
        met=ours.median <= 0.1 * baseline.median and ours.median <= 0.5,
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


DECIDED_SHARE = 10  # the report's amnesty decided every tenth person


def _large_amnesty(db: Path) -> int:
    """An amnesty with a decision for every tenth person (outcomes in turn: released,
    reduced by half, denied, pending), written straight through SQL: setting up, not
    measured."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        with conn:
            cursor = conn.execute(
                "INSERT INTO amnesty (title, issued_on, issued_on_precision, rules_json, "
                "version) VALUES ('Benchmark amnesty', '2021-01-01', 'day', '{}', 1)"
            )
            amnesty_id = int(cursor.lastrowid or 0)
            conn.execute(
                """
                INSERT INTO amnesty_decision (amnesty_id, detainee_id, outcome, fraction_num,
                    fraction_den, decision_date, decided_by, status_before, synthetic, version)
                SELECT ?, id,
                    CASE id / ? % 4 WHEN 0 THEN 'released' WHEN 1 THEN 'reduced'
                        WHEN 2 THEN 'denied' ELSE 'pending' END,
                    CASE WHEN id / ? % 4 = 1 THEN 1 END,
                    CASE WHEN id / ? % 4 = 1 THEN 2 END,
                    '2021-02-01', 'benchmark', status, synthetic, 1
                FROM detainee WHERE id % ? = 0
                """,
                (amnesty_id, DECIDED_SHARE, DECIDED_SHARE, DECIDED_SHARE, DECIDED_SHARE),
            )
    finally:
        conn.close()
    return amnesty_id


def amnesty_report(ctx: Context) -> Figure:
    """The amnesty outcomes report's content (counted by outcome, category and facility,
    reconciled with the reported totals) beside counting outcomes in Python over the
    decisions loaded with their people."""
    from sqlalchemy import select

    from desktop.services.database import open_database
    from desktop.services.reports import build_report
    from desktop.store.models import AmnestyDecision, Detainee

    with scratch_copy(ctx.db, "amnesty-report") as copy:
        amnesty_id = _large_amnesty(copy)
        database = open_database(str(copy), create=False)
        try:
            decided = 0

            def ours() -> None:
                content = build_report(database, kind="amnesty", amnesty_ref=amnesty_id)
                assert content.blocks

            def naive() -> None:
                nonlocal decided
                d = AmnestyDecision
                with database.read() as s:
                    rows = s.execute(
                        select(
                            d.outcome,
                            d.fraction_num,
                            d.fraction_den,
                            Detainee.category_id,
                            Detainee.facility_id,
                            d.synthetic,
                        )
                        .join(Detainee, Detainee.id == d.detainee_id)
                        .where(d.amnesty_id == amnesty_id, d.revoked_at.is_(None))
                    ).all()
                by_outcome = Counter((r[0], r[1], r[2]) for r in rows)
                by_category = Counter((r[3], r[0]) for r in rows)
                by_facility = Counter((r[4], r[0]) for r in rows)
                decided = sum(by_outcome.values())
                assert by_category and by_facility

            ours_s = timed(ours, ctx.repeat)
            base_s = timed(naive, max(1, min(ctx.repeat, 3)))
        finally:
            database.dispose()
    return Figure(
        name=f"amnesty report over {ctx.cases:,} cases",
        ours=ours_s,
        baseline=base_s,
        baseline_name="counting in Python over loaded rows",
        goal="<= 0.5 s",
        met=ours_s.median <= 0.5,
        notes=[f"an amnesty with {decided:,} decisions (one person in {DECIDED_SHARE})"],
    )
