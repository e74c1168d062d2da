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
        ],
    )
