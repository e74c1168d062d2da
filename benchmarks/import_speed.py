"""How fast a validated import of cases is, against the naive way, in the same run.

    python benchmarks/import_speed.py --cases 100000

Builds a source database with N synthetic cases, exports its facilities and cases as CSV,
then imports the cases CSV into two copies of a target database (seeded with the reported
figures and the same synthetic centres, no cases):

* ``import``: ``desktop.services.importing.import_file``: every row checked, Core inserts
  in batches, search tokens, one history row;
* ``naive``: the same CSV read with ``csv.DictReader``, the same references looked up, and
  ``session.add_all`` of ORM ``Detainee`` and ``DetaineeToken`` objects through
  ``Database.session()`` (which writes per-field history, as every ORM save does).

Prints rows/s for both. Nothing here is run by the test suite.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from desktop.services.database import add_demo, open_database
from desktop.services.exporting import export_list
from desktop.services.importing import import_file
from desktop.store.models import Category, Detainee, DetaineeToken, Facility
from desktop.store.search import name_tokens


def _yes_no(text: str) -> bool | None:
    return None if text == "" else text == "yes"


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _int(text: str) -> int | None:
    return int(text) if text else None


def naive_import(db_path: Path, csv_path: Path) -> int:
    database = open_database(str(db_path), create=False)
    try:
        with database.read() as s:
            categories = {c: i for c, i in s.execute(select(Category.code, Category.id))}
            facilities = {
                name: fid
                for name, fid in s.execute(
                    select(Facility.name, Facility.id).where(Facility.parent_id.is_(None))
                )
            }
        with csv_path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        with database.session() as s:
            people = [
                Detainee(
                    case_no=r["case_no"],
                    name_latin=r["name_latin"],
                    name_arabic=r["name_arabic"] or None,
                    sex=r["sex"] or "U",
                    birth_year=_int(r["birth_year"]),
                    nationality=r["nationality"] or None,
                    category_id=categories.get(r["category"]),
                    facility_id=facilities.get(r["facility"]),
                    held_since=_day(r["held_since"]),
                    charge_summary=r["charge_summary"] or None,
                    violent_crime=_yes_no(r["violent_crime"]),
                    sentence_months=_int(r["sentence_months"]),
                    sentence_start=_day(r["sentence_start"]),
                    sentence_end=_day(r["sentence_end"]),
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
        return len(rows)
    finally:
        database.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--skip-naive", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = open_database(str(work / "source.db"), seed_demo=False)
        add_demo(source, args.cases, 7)
        export_list(source, kind="facilities", path=work / "facilities.csv")
        export_list(source, kind="cases", path=work / "cases.csv")
        source.dispose()
        target = open_database(str(work / "target.db"), seed_demo=False)
        import_file(target, kind="facilities", path=work / "facilities.csv")
        target.dispose()
        shutil.copyfile(work / "target.db", work / "naive.db")

        database = open_database(str(work / "target.db"), create=False)
        started = time.perf_counter()
        result = import_file(database, kind="cases", path=work / "cases.csv")
        fast = time.perf_counter() - started
        database.dispose()
        print(f"import: {result.added:,} cases in {fast:.2f} s = {result.added / fast:,.0f} rows/s")
        if not args.skip_naive:
            started = time.perf_counter()
            count = naive_import(work / "naive.db", work / "cases.csv")
            slow = time.perf_counter() - started
            print(
                f"naive ORM add_all: {count:,} cases in {slow:.2f} s = {count / slow:,.0f} rows/s"
            )
            print(f"import is {slow / fast:.1f}x the naive way")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
