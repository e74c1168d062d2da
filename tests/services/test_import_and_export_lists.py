"""Export and import: what export writes, import reads back, into another database too."""

from __future__ import annotations

import csv
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.domain.errors import ValidationError
from desktop.domain.import_rules import KINDS, WITHHELD
from desktop.services.database import Database, open_database
from desktop.services.exporting import export_list
from desktop.services.importing import ImportCancelled, check_file, import_file
from desktop.store.models import ChangeLog, Detainee, DetaineeToken, Headcount
from desktop.store.search import name_tokens

IMPORT_ORDER = ("facilities", "cases", "decisions", "headcounts")


@pytest.fixture
def target(backend_url: str) -> Iterator[Database]:
    """Another database, on SQLite and on PostgreSQL: the reported figures, categories and
    the amnesty, no demo."""
    database = open_database(backend_url, seed_demo=False)
    yield database
    database.dispose()


def count(database: Database, model: type) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_list_round_trips_into_another_database(
    seeded_db: Database, target: Database, tmp_path: Path, fmt: str
):
    for kind in IMPORT_ORDER:
        path = export_list(seeded_db, kind=kind, path=tmp_path / f"{kind}.{fmt}").path
        import_file(target, kind=kind, path=path)
    assert count(target, Detainee) == count(seeded_db, Detainee) == 10_000
    for kind in KINDS:
        original = export_list(seeded_db, kind=kind, path=tmp_path / f"a-{kind}.csv").path
        copied = export_list(target, kind=kind, path=tmp_path / f"b-{kind}.csv").path
        assert original.read_bytes() == copied.read_bytes(), kind


def test_imported_cases_are_found_by_name_search(
    seeded_db: Database, target: Database, tmp_path: Path
):
    for kind in ("facilities", "cases"):
        import_file(
            target,
            kind=kind,
            path=export_list(seeded_db, kind=kind, path=tmp_path / f"{kind}.csv").path,
        )
    with target.engine.connect() as conn:
        person = conn.execute(
            select(Detainee.id, Detainee.name_latin, Detainee.name_arabic).limit(1)
        ).one()
        tokens = set(
            conn.execute(
                select(DetaineeToken.token).where(DetaineeToken.detainee_id == person.id)
            ).scalars()
        )
    assert tokens == set(name_tokens(person.name_latin, person.name_arabic))


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    seeded_backend_db: Database, tmp_path: Path
):
    path = export_list(seeded_backend_db, kind="cases", path=tmp_path / "cases.csv").path
    before = count(seeded_backend_db, Detainee)
    result = import_file(seeded_backend_db, kind="cases", path=path)
    assert (result.added, result.unchanged) == (0, 10_000)
    assert count(seeded_backend_db, Detainee) == before


def test_one_history_row_per_import_names_who_and_counts(empty_db: Database, tmp_path: Path):
    path = write_csv(
        tmp_path / "f.csv",
        [["name", "kind"], ["Camp A", "camp"], ["Camp B", "camp"]],
    )
    empty_db.actor = "importer-7"  # a display name only: the history names the login
    import_file(empty_db, kind="facilities", path=path)
    with empty_db.engine.connect() as conn:
        rows = conn.execute(select(ChangeLog).where(ChangeLog.table_name == "import")).all()
    assert len(rows) == 1
    assert rows[0].who == empty_db.identity.login
    assert rows[0].field == "facilities"
    assert "added=2" in rows[0].after


def test_every_bad_row_is_reported_and_nothing_is_written(
    seeded_backend_db: Database, tmp_path: Path
):
    path = write_csv(
        tmp_path / "cases.csv",
        [
            ["case_no", "name_latin", "birth_year", "sex", "category", "facility"],
            ["NEW-1", "Good Person", "1990", "M", "syrian", ""],
            ["NEW-2", "Bad Year", "19x0", "M", "", ""],
            ["NEW-3", "", "1991", "Q", "", ""],
            ["NEW-4", "Unknown Category", "1992", "F", "martian", ""],
            ["NEW-5", "Nowhere", "1993", "F", "", "No Such Camp"],
            ["SYN-000001", "Clash", "1994", "M", "", ""],
            ["NEW-1", "Twice", "1990", "M", "", ""],
            ["NEW-8", "Good Too", "1988", "F", "iraqi", "al-Hol camp"],
        ],
    )
    before = count(seeded_backend_db, Detainee), count(seeded_backend_db, ChangeLog)
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_backend_db, kind="cases", path=path)
    found = {(p.row, p.field) for p in caught.value.problems}
    assert found == {
        (3, "birth_year"),
        (4, "name_latin"),
        (4, "sex"),
        (5, "category"),
        (6, "facility"),
        (7, "case_no"),
        (8, "case_no"),
    }
    year = next(p for p in caught.value.problems if p.field == "birth_year")
    assert year.value == "19x0" and "1900 to 2100" in year.message
    assert (count(seeded_backend_db, Detainee), count(seeded_backend_db, ChangeLog)) == before


def test_personal_values_are_withheld_from_problems(seeded_db: Database, tmp_path: Path):
    long_name = "Canaryname " * 30
    path = write_csv(
        tmp_path / "cases.csv",
        [["case_no", "name_latin", "birth_year"], ["NEW-1", long_name, "1990"]],
    )
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="cases", path=path)
    (problem,) = caught.value.problems
    assert problem.field == "name_latin" and problem.value is WITHHELD
    assert "Canaryname" not in str(caught.value)
    assert "withheld: personal data" in str(caught.value)


def test_header_problems_name_the_column(seeded_db: Database, tmp_path: Path):
    path = write_csv(tmp_path / "c.csv", [["case_no", "surname"], ["X-1", "Y"]])
    check = check_file(seeded_db, kind="cases", path=path)
    assert {(p.row, p.field) for p in check.problems} == {(1, "surname"), (1, "name_latin")}


def test_text_a_spreadsheet_would_run_is_quoted_and_read_back(empty_db: Database, tmp_path: Path):
    path = write_csv(
        tmp_path / "f.csv",
        [["name", "kind", "notes"], ["'Ain Camp", "camp", "'=HYPERLINK(1)"]],
    )
    import_file(empty_db, kind="facilities", path=path)
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("SELECT name, notes FROM facility")).one() == (
            "'Ain Camp",
            "=HYPERLINK(1)",
        )
    out = export_list(empty_db, kind="facilities", path=tmp_path / "out.csv").path
    assert "'=HYPERLINK(1)" in out.read_text("utf-8-sig")
    xlsx = export_list(empty_db, kind="facilities", path=tmp_path / "out.xlsx").path
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).worksheets[0]
    assert sheet["J2"].value == "=HYPERLINK(1)" and sheet["J2"].data_type == "s"


def test_facilities_may_name_a_parent_further_down_the_file(empty_db: Database, tmp_path: Path):
    path = write_csv(
        tmp_path / "f.csv",
        [["name", "parent", "kind"], ["Section 1", "Camp X", "section"], ["Camp X", "", "camp"]],
    )
    assert import_file(empty_db, kind="facilities", path=path).added == 2
    with empty_db.engine.connect() as conn:
        parent = conn.execute(
            text(
                "SELECT p.name FROM facility f JOIN facility p ON p.id = f.parent_id "
                "WHERE f.name = 'Section 1'"
            )
        ).scalar()
    assert parent == "Camp X"


def test_a_loop_of_parents_is_refused(empty_db: Database, tmp_path: Path):
    path = write_csv(
        tmp_path / "f.csv",
        [["name", "parent", "kind"], ["A", "B", "section"], ["B", "A", "section"]],
    )
    with pytest.raises(ValidationError) as caught:
        import_file(empty_db, kind="facilities", path=path)
    assert {p.row for p in caught.value.problems} == {2, 3}


def test_decisions_need_their_case_and_one_final_decision_each(seeded_db: Database, tmp_path: Path):
    amnesty = "General amnesty, October 2020"
    with seeded_db.engine.connect() as conn:
        decided = conn.execute(
            text(
                "SELECT d.case_no FROM amnesty_decision a JOIN detainee d ON d.id = a.detainee_id "
                "WHERE a.outcome = 'released' LIMIT 1"
            )
        ).scalar()
    path = write_csv(
        tmp_path / "d.csv",
        [
            ["amnesty", "case_no", "outcome", "fraction", "decision_date"],
            [amnesty, "NO-SUCH-CASE", "denied", "", "2020-11-01"],
            [amnesty, decided, "denied", "", "2020-11-01"],
            [amnesty, "SYN-009999", "reduced", "", "2020-11-01"],
            [amnesty, "SYN-009998", "released", "1/2", "2020-11-01"],
            ["No such amnesty", "SYN-009997", "pending", "", "2020-11-01"],
        ],
    )
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="decisions", path=path)
    assert {(p.row, p.field) for p in caught.value.problems} == {
        (2, "case_no"),
        (3, "outcome"),
        (4, "fraction"),
        (5, "fraction"),
        (6, "amnesty"),
    }


def test_headcounts_may_bring_a_new_source_with_its_title(empty_db: Database, tmp_path: Path):
    write_csv(tmp_path / "f.csv", [["name", "kind"], ["Camp Q", "camp"]])
    import_file(empty_db, kind="facilities", path=tmp_path / "f.csv")
    path = write_csv(
        tmp_path / "h.csv",
        [
            ["facility", "as_of", "total", "precision", "source", "source_title"],
            ["Camp Q", "2021-01-01", "1200", "approximate", "field-visit", "Field visit notes"],
            ["Camp Q", "2021-02-01", "1300", "exact", "unknown-code", ""],
        ],
    )
    with pytest.raises(ValidationError) as caught:
        import_file(empty_db, kind="headcounts", path=path)
    assert [(p.row, p.field) for p in caught.value.problems] == [(3, "source_title")]
    write_csv(
        path,
        [
            ["facility", "as_of", "total", "precision", "source", "source_title"],
            ["Camp Q", "2021-01-01", "1200", "approximate", "field-visit", "Field visit"],
        ],
    )
    assert import_file(empty_db, kind="headcounts", path=path).added == 1


def test_check_previews_rows_with_their_problems_and_writes_nothing(
    seeded_db: Database, tmp_path: Path
):
    path = write_csv(
        tmp_path / "c.csv",
        [["case_no", "name_latin", "birth_year"], ["N-1", "A B", "1990"], ["N-2", "C D", "old"]],
    )
    before = count(seeded_db, Detainee)
    check = check_file(seeded_db, kind="cases", path=path)
    assert not check.ok and check.rows == 2 and check.bad_rows == 1
    assert [(r.row, bool(r.problems)) for r in check.preview] == [(2, False), (3, True)]
    assert check.preview[1].cells[check.columns.index("birth_year")] == "old"
    assert count(seeded_db, Detainee) == before


def test_a_cancelled_import_writes_nothing(seeded_db: Database, target: Database, tmp_path: Path):
    import_file(
        target,
        kind="facilities",
        path=export_list(seeded_db, kind="facilities", path=tmp_path / "f.csv").path,
    )
    path = export_list(seeded_db, kind="cases", path=tmp_path / "c.csv").path
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    with pytest.raises(ImportCancelled):
        import_file(
            target, kind="cases", path=path, progress=progress, cancelled=lambda: len(calls) > 1
        )
    assert count(target, Detainee) == 0


def test_exports_are_private_csv_with_bom_and_header(seeded_db: Database, tmp_path: Path):
    for fmt in ("csv", "xlsx"):
        path = export_list(seeded_db, kind="cases", path=tmp_path / f"c.{fmt}").path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\r\n", 1)[0].decode()
    assert header.split(",") == list(KINDS["cases"].names)
    assert not list(tmp_path.glob("*.partial"))


def test_export_streams_in_batches(seeded_db: Database, tmp_path: Path, monkeypatch):
    from desktop.store import bulk_io

    monkeypatch.setattr(bulk_io, "STREAM_BATCH", 1_000)
    seen: list[int] = []
    export_list(
        seeded_db, kind="cases", path=tmp_path / "c.xlsx", progress=lambda d, _t: seen.append(d)
    )
    assert seen[0] == 0 and seen[-1] == 10_000 and len(seen) == 11


def test_a_cancelled_export_leaves_no_file(seeded_db: Database, tmp_path: Path):
    from desktop.services.exporting import ExportCancelled

    out = tmp_path / "out"
    with pytest.raises(ExportCancelled):
        export_list(seeded_db, kind="cases", path=out / "c.csv", cancelled=lambda: True)
    assert list(out.iterdir()) == []


def test_the_documentation_lists_every_column_of_every_list():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "import-export.md").read_text("utf-8")
    for kind in KINDS.values():
        section = doc.split(f"### {kind.name}", 1)[1].split("###", 1)[0]
        documented = [
            line.split("|")[1].strip().strip("`")
            for line in section.splitlines()
            if line.startswith("| `")
        ]
        assert documented == list(kind.names), kind.name


def test_a_corrected_headcount_is_refused_not_added_beside_the_one_it_corrects(
    seeded_db: Database, tmp_path: Path
):
    """A headcount is one source's figure for a facility on a date. Importing that figure
    corrected (exported, edited in a spreadsheet, imported again) used to add a second
    headcount for the same facility, date and source, so occupancy showed whichever was
    written last and nobody was told; like a case whose number exists with other values,
    it is refused naming the row, and nothing is written."""
    exported = export_list(seeded_db, kind="headcounts", path=tmp_path / "h.csv").path
    with exported.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    total = rows[0].index("total")
    assert [r[total] for r in rows[1:]] == ["70000", "65000", "10000"]
    rows[2][total] = "64000"
    before = count(seeded_db, Headcount)
    path = write_csv(tmp_path / "corrected.csv", rows)
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="headcounts", path=path)
    assert [(p.row, p.field, p.value) for p in caught.value.problems] == [
        (3, "as_of", "2020-10-01")
    ]
    assert "already exists with other values" in str(caught.value.problems[0].message)
    assert count(seeded_db, Headcount) == before


def test_two_rows_of_one_file_giving_one_source_two_figures_for_a_day_are_refused(
    seeded_db: Database, tmp_path: Path
):
    header = ["facility", "as_of", "total", "precision", "source"]
    path = write_csv(
        tmp_path / "h.csv",
        [
            header,
            ["al-Hol camp", "2021-03-01", "62000", "approximate", "article"],
            ["al-Hol camp", "2021-03-01", "61000", "approximate", "article"],
        ],
    )
    before = count(seeded_db, Headcount)
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="headcounts", path=path)
    assert [(p.row, p.field) for p in caught.value.problems] == [(3, "as_of")]
    assert count(seeded_db, Headcount) == before


def test_another_source_may_report_its_own_figure_for_the_same_day(
    seeded_db: Database, tmp_path: Path
):
    """Sources that disagree are both kept, each with its source (the honesty rules)."""
    path = write_csv(
        tmp_path / "h.csv",
        [
            [
                "facility",
                "as_of",
                "as_of_precision",
                "total",
                "precision",
                "source",
                "source_title",
            ],
            ["al-Hol camp", "2020-10-01", "month", "64000", "approximate", "ngo-1", "NGO count"],
        ],
    )
    assert import_file(seeded_db, kind="headcounts", path=path).added == 1


def test_an_imported_date_known_to_the_month_is_stored_as_the_form_stores_it(
    seeded_db: Database, tmp_path: Path
):
    """The headcount form stores "Oct 2020" on the 1st, whatever day was typed; import
    stored the day of the file, so the same month's figure from the same source could be
    added a second time, under another day, beside the one the form had written."""
    header = ["facility", "as_of", "as_of_precision", "total", "precision", "source"]
    path = write_csv(
        tmp_path / "h.csv",
        [header, ["al-Hol camp", "2020-10-15", "month", "64000", "approximate", "article"]],
    )
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="headcounts", path=path)
    assert [(p.row, p.field) for p in caught.value.problems] == [(2, "as_of")]
    write_csv(path, [header, ["al-Hol camp", "2021-03-17", "year", "60000", "exact", "article"]])
    assert import_file(seeded_db, kind="headcounts", path=path).added == 1
    with seeded_db.engine.connect() as conn:
        stored = conn.execute(select(Headcount.as_of).where(Headcount.total == 60000)).scalar()
    assert stored == date(2021, 1, 1)
