"""Validated import of cases (``desktop.services.importing.import_file``) into a copy of the
benchmark database, rows per second, beside ORM ``add_all`` of the same rows.

The file is what ``case-tracker export --kind cases`` writes, made once from a fresh
database with synthetic cases (their case numbers renamed ``IMP-…`` so that none is in the
benchmark database) and kept in the cache folder.
"""

from __future__ import annotations

import csv
import time
from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

from benchmarks.context import CACHE, Context, scratch_copy
from benchmarks.harness import Figure, Samples

ROWS = 100_000
QUICK_ROWS = 50_000
TINY_ROWS = 1_000
NAIVE_ROWS = 20_000  # the ORM way imports the first of these rows; its rate is rows/s too
GOAL_RATE = 100_000
GOAL_RATIO = 4.0


def cases_file(rows: int, cache: Path = CACHE) -> Path:
    """An exported cases list of ``rows`` people absent from the benchmark databases."""
    from desktop.services.database import add_demo, init_database
    from desktop.services.exporting import export_list

    path = cache / f"import-{rows}.csv"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    with TemporaryDirectory(dir=cache) as folder:
        source = init_database(str(Path(folder) / "source.db"))
        try:
            if rows > 10_000:
                add_demo(source, rows - 10_000, 13)
            exported = Path(folder) / "cases.csv"
            export_list(source, kind="cases", path=exported)
        finally:
            source.dispose()
        partial = Path(folder) / "renamed.csv"
        with (
            exported.open(encoding="utf-8-sig", newline="") as f,
            partial.open("w", encoding="utf-8", newline="") as out,
        ):
            reader = csv.reader(f)
            writer = csv.writer(out)
            writer.writerow(next(reader))
            for count, row in enumerate(reader):
                if count >= rows:
                    break
                row[0] = "IMP-" + row[0].split("-", 1)[-1]
                writer.writerow(row)
        partial.replace(path)
    return path


def _ours(db: Path, path: Path) -> tuple[float, int]:
    from desktop.services.database import open_database
    from desktop.services.importing import import_file

    database = open_database(str(db), create=False)
    try:
        started = time.perf_counter()
        result = import_file(database, kind="cases", path=path)
        seconds = time.perf_counter() - started
    finally:
        database.dispose()
    assert result.added == result.rows, (result.added, result.rows)
    return seconds, result.rows


def _naive(db: Path, path: Path, limit: int) -> tuple[float, int]:
    """Read the same file with ``csv.DictReader``, look the references up, and add ORM
    ``Detainee`` and ``DetaineeToken`` objects with ``session.add_all`` in one transaction
    (every flush through ``Database.session()`` writes history, as any ORM save does).
    Nothing is checked beyond what the database itself refuses."""
    from sqlalchemy import select

    from desktop.services.database import open_database
    from desktop.store.models import Category, Detainee, DetaineeToken, Facility
    from desktop.store.search import name_tokens

    def day(text: str) -> date | None:
        return date.fromisoformat(text) if text else None

    def number(text: str) -> int | None:
        return int(text) if text else None

    database = open_database(str(db), create=False)
    try:
        started = time.perf_counter()
        with database.read() as s:
            categories = {c: i for c, i in s.execute(select(Category.code, Category.id))}
            parents = {i: n for i, n in s.execute(select(Facility.id, Facility.name))}
            facilities = {
                (name, parents.get(parent) if parent else None): fid
                for fid, name, parent in s.execute(
                    select(Facility.id, Facility.name, Facility.parent_id)
                )
            }
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = [r for _n, r in zip(range(limit), csv.DictReader(f), strict=False)]
        with database.session() as s:
            people = [
                Detainee(
                    case_no=r["case_no"],
                    name_latin=r["name_latin"],
                    name_arabic=r["name_arabic"] or None,
                    sex=r["sex"] or "U",
                    birth_year=number(r["birth_year"]),
                    nationality=r["nationality"] or None,
                    category_id=categories.get(r["category"]),
                    facility_id=facilities.get((r["facility"], r["facility_parent"] or None)),
                    held_since=day(r["held_since"]),
                    charge_summary=r["charge_summary"] or None,
                    violent_crime=None if r["violent_crime"] == "" else r["violent_crime"] == "yes",
                    sentence_months=number(r["sentence_months"]),
                    sentence_start=day(r["sentence_start"]),
                    sentence_end=day(r["sentence_end"]),
                    status=r["status"] or "held",
                    synthetic=r["synthetic"] == "yes",
                    notes=r["notes"] or None,
                )
                for r in rows
            ]
            s.add_all(people)
            s.flush()
            s.add_all(
                DetaineeToken(token=t, detainee_id=p.id)
                for p in people
                for t in name_tokens(p.name_latin, p.name_arabic)
            )
        seconds = time.perf_counter() - started
    finally:
        database.dispose()
    return seconds, len(rows)


def _executemany(db: Path, path: Path) -> tuple[float, int]:
    """The limit: the same rows read with ``csv.reader`` and written with one plain
    ``sqlite3`` ``executemany`` in one transaction; references looked up, nothing checked,
    no search tokens, no history."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        started = time.perf_counter()
        categories = dict(conn.execute("SELECT code, id FROM category"))
        names = dict(conn.execute("SELECT id, name FROM facility"))
        facilities = {
            (name, names.get(parent) if parent else None): fid
            for fid, name, parent in conn.execute("SELECT id, name, parent_id FROM facility")
        }
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            next(reader)
            rows = [
                (
                    r[0],
                    r[1],
                    r[2] or None,
                    r[3] or "U",
                    int(r[4]) if r[4] else None,
                    r[5] or None,
                    categories.get(r[6]),
                    facilities.get((r[7], r[8] or None)),
                    r[9] or None,
                    r[10] or None,
                    None if r[11] == "" else r[11] == "yes",
                    int(r[12]) if r[12] else None,
                    r[13] or None,
                    r[14] or None,
                    r[15] or "held",
                    r[16] == "yes",
                    r[17] or None,
                )
                for r in reader
            ]
        with conn:
            conn.executemany(
                "INSERT INTO detainee (case_no, name_latin, name_arabic, sex, birth_year, "
                "nationality, category_id, facility_id, held_since, charge_summary, "
                "violent_crime, sentence_months, sentence_start, sentence_end, status, "
                "synthetic, notes, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                rows,
            )
        seconds = time.perf_counter() - started
    finally:
        conn.close()
    return seconds, len(rows)


def import_speed(ctx: Context) -> Figure:
    rows = TINY_ROWS if ctx.tiny else QUICK_ROWS if ctx.quick else ROWS
    path = cases_file(rows, ctx.cache)
    ours: list[float] = []
    for _ in range(1 if ctx.tiny else max(1, min(ctx.repeat, 3))):
        with scratch_copy(ctx.db, "import") as copy:
            seconds, count = _ours(copy, path)
        ours.append(count / seconds)
    with scratch_copy(ctx.db, "naive-import") as copy:
        seconds, naive_count = _naive(copy, path, min(rows, NAIVE_ROWS))
    mine = Samples(ours, "rows/s")
    theirs = Samples([naive_count / seconds], "rows/s")
    with scratch_copy(ctx.db, "executemany-import") as copy:
        plain_seconds, plain_count = _executemany(copy, path)
    return Figure(
        name=f"validated import of {rows:,} cases into {ctx.cases:,}",
        ours=mine,
        baseline=theirs,
        baseline_name="ORM add_all of the same rows",
        goal=f">= {GOAL_RATE // 1000}k rows/s; >= {GOAL_RATIO:g}x",
        met=mine.median >= GOAL_RATE and mine.median >= GOAL_RATIO * theirs.median,
        notes=[
            "every row checked (cells, then references against the database) before one "
            "transaction writes them with their search tokens; from the file to the commit",
            f"the ORM way imported the first {naive_count:,} rows of the same file",
            f"the limit: plain sqlite3 executemany of the same {plain_count:,} rows (nothing "
            f"checked, no search tokens) ran at {plain_count / plain_seconds:,.0f} rows/s",
        ],
    )
