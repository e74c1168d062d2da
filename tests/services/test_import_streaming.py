"""Large files: an XLSX sheet too large for calamine at once is read in pieces, and cases are
checked and written a batch at a time inside the one transaction, with the same results,
the same problems and nothing written on a problem or a cancel."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from sqlalchemy import func, select

from desktop.domain.errors import RuleError, ValidationError
from desktop.domain.import_rules import CASES, describe
from desktop.services import importing, sheets
from desktop.services.database import Database
from desktop.services.exporting import export_list
from desktop.services.importing import ImportCancelled, check_file, import_file
from desktop.store.models import ChangeLog, Detainee, DetaineeToken


def cases_in(database: Database) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Detainee)).scalar_one())


def read_all(path: Path) -> tuple[str, list[list[object]]]:
    with sheets.open_sheet(path) as reader:
        rows = [list(reader.header), *(list(r) for r in reader.rows)]
        kind = type(getattr(reader._close, "__self__", None)).__name__
    trimmed = []
    for row in rows:
        while row and row[-1] in ("", None):
            row.pop()
        trimmed.append(row)
    return kind, trimmed


def excel_like(path: Path, rows: Sequence[Sequence[object] | None]) -> Path:
    """A workbook as Excel writes one: text in the shared strings table, dates as numbers
    with a date format, a second sheet with nothing on it (a workbook with values on another
    sheet is refused: tests/services/test_import_hardening.py); ``None`` leaves a row out
    (an empty row)."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Cases")
    dated = book.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows):
        if row is None:
            continue
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(r, c, value, dated)
            elif value not in ("", None):
                sheet.write(r, c, value)
    book.add_worksheet("Other").set_column(0, 0, 20)  # formatting only
    book.close()
    return path


def counted(calls: list[int], method: Any) -> Any:
    def call(self: object, xml: bytes) -> Any:
        calls.append(len(xml))
        return method(self, xml)

    return call


def test_a_sheet_read_in_pieces_gives_the_rows_of_the_whole_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[Sequence[object] | None] = [["case_no", "name_latin", "held_since", "birth_year"]]
    for i in range(600):
        if i % 97 in (5, 6, 7):
            rows.append(None)  # runs of empty rows, some across the cut between pieces
        elif i % 50 == 3:
            rows.append(["", "", "", ""])
        else:
            rows.append(
                [f"XL-{i}", f"Person {i % 40} حسن", date(2019, 1, 1 + i % 28), 1950 + i % 60]
            )
    rows.append(["", "", "", 1990])  # a row with only its last cell
    path = excel_like(tmp_path / "excel.xlsx", rows)
    with zipfile.ZipFile(path) as book:
        assert "xl/sharedStrings.xml" in book.namelist()
        sheet_size = book.getinfo("xl/worksheets/sheet1.xml").file_size
    whole = read_all(path)
    assert whole[0] == "CalamineWorkbook"
    monkeypatch.setattr(sheets, "CALAMINE_SHEET_MAX", 0)
    monkeypatch.setattr(sheets, "CHUNK_BYTES", 1_000)
    assert sheet_size > 20 * sheets.CHUNK_BYTES  # many pieces
    cut: list[int] = []
    monkeypatch.setattr(
        sheets._ChunkedSheet, "_workbook", counted(cut, sheets._ChunkedSheet._workbook)
    )
    pieces = read_all(path)
    assert pieces[0] == "_ChunkedSheet"
    assert len(cut) > 20
    assert pieces[1] == whole[1]
    assert pieces[1][1][2] == date(2019, 1, 1)  # a date cell reads as a date, as before


def read_ahead_threads() -> list[str]:
    import threading

    return [t.name for t in threading.enumerate() if t.name == "sheet-read-ahead"]


def test_a_sheet_broken_far_into_its_pieces_is_refused_and_its_reading_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [["case_no", "name_latin"], *([f"XL-{i}", f"Person {i}"] for i in range(400))]
    path = excel_like(tmp_path / "excel.xlsx", rows)
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as book, zipfile.ZipFile(broken, "w") as out:
        for info in book.infolist():
            data = book.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<row r="300"', b'<row r="300"><c r="A300"><v>1</c>', 1)
            out.writestr(info, data)
    monkeypatch.setattr(sheets, "CALAMINE_SHEET_MAX", 0)
    monkeypatch.setattr(sheets, "CHUNK_BYTES", 1_000)
    seen = 0
    with (
        pytest.raises(RuleError, match="not a readable XLSX workbook"),
        sheets.open_sheet(broken) as reader,
    ):
        for _row in reader.rows:
            seen += 1
    assert 200 < seen < 299  # the rows before the piece that breaks, then the refusal
    assert read_ahead_threads() == []


def test_a_sheet_read_in_pieces_and_left_early_stops_its_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [["case_no", "name_latin"], *([f"XL-{i}", f"Person {i}"] for i in range(400))]
    path = excel_like(tmp_path / "excel.xlsx", rows)
    monkeypatch.setattr(sheets, "CALAMINE_SHEET_MAX", 0)
    monkeypatch.setattr(sheets, "CHUNK_BYTES", 1_000)
    with sheets.open_sheet(path) as reader:
        first = [next(reader.rows) for _ in range(3)]
        assert read_ahead_threads() == ["sheet-read-ahead"]  # pieces read ahead meanwhile
    assert first[0][0] == "XL-0"
    assert read_ahead_threads() == []  # closed with the reader, not left running


def test_a_large_xlsx_imports_the_same_cases_as_a_small_one(
    seeded_db: Database, empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export_list(seeded_db, kind="cases", path=tmp_path / "c.xlsx").path
    fast = check_file(seeded_db, kind="cases", path=path)
    monkeypatch.setattr(sheets, "CALAMINE_SHEET_MAX", 0)
    monkeypatch.setattr(sheets, "CHUNK_BYTES", 200_000)
    monkeypatch.setattr(importing, "STREAM_BATCH", 1_500)
    with sheets.open_sheet(path) as reader:
        assert type(reader._close.__self__).__name__ == "_ChunkedSheet"
    streamed = check_file(seeded_db, kind="cases", path=path)
    assert (streamed.rows, streamed.unchanged, streamed.problems) == (
        fast.rows,
        fast.unchanged,
        fast.problems,
    )
    assert fast.rows == fast.unchanged == 10_000
    # Into a database without those cases: every row added, as the CSV of the same list.
    for kind in ("facilities",):
        import_file(
            empty_db,
            kind=kind,
            path=export_list(seeded_db, kind=kind, path=tmp_path / "f.csv").path,
        )
    with empty_db.engine.begin() as conn:
        from desktop.store import seed

        seed.load_categories(conn)
    result = import_file(empty_db, kind="cases", path=path)
    assert (result.rows, result.added, result.unchanged) == (10_000, 10_000, 0)
    original = export_list(seeded_db, kind="cases", path=tmp_path / "a.csv").path
    copied = export_list(empty_db, kind="cases", path=tmp_path / "b.csv").path
    assert original.read_bytes() == copied.read_bytes()
    with empty_db.engine.connect() as conn:
        tokens = conn.execute(select(func.count()).select_from(DetaineeToken)).scalar_one()
    with seeded_db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(DetaineeToken)).scalar_one() == tokens


def test_openpyxl_streams_a_large_sheet_whose_shared_strings_are_too_large_to_carry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [["case_no", "name_latin"], *([f"XL-{i}", f"Person {i}"] for i in range(50))]
    path = excel_like(tmp_path / "excel.xlsx", rows)
    whole = read_all(path)
    monkeypatch.setattr(sheets, "CALAMINE_SHEET_MAX", 0)
    monkeypatch.setattr(sheets, "CHUNK_SHARED_STRINGS_MAX", 10)
    streamed = read_all(path)
    assert streamed[0] == "Workbook"  # openpyxl's, in read-only mode
    assert streamed[1] == whole[1]


def test_openpyxl_reads_a_workbooks_escapes_as_calamine_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel keeps a carriage return, a control character and text that looks like an
    escape as _x000D_, _x0001_ and _x005F_x000D_ in its shared strings; openpyxl gave the
    first two back as written and the third as the first, so a note with a line break
    came back with "_x000D_" in it."""
    texts = ["a line\r\nand the next", "tab\tand\x01control", "a literal _x000D_ in it"]
    rows = [["case_no", "notes"], *([f"XL-{i}", text] for i, text in enumerate(texts))]
    path = excel_like(tmp_path / "excel.xlsx", rows)
    with zipfile.ZipFile(path) as book:
        table = book.read("xl/sharedStrings.xml")
    assert b"_x000D_" in table and b"_x0001_" in table and b"_x005F_x000D_" in table
    whole = read_all(path)
    assert [row[1] for row in whole[1][1:]] == texts
    monkeypatch.setattr(sheets, "CALAMINE_SHEET_MAX", 0)
    monkeypatch.setattr(sheets, "CHUNK_SHARED_STRINGS_MAX", 10)
    streamed = read_all(path)
    assert streamed[0] == "Workbook"  # openpyxl's, in read-only mode
    assert streamed[1] == whole[1]


def cases_csv(path: Path, count: int, **changed: dict[str, str]) -> Path:
    """``count`` new cases; ``changed`` maps a row number to the cells to change."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CASES.names)
        for i in range(count):
            row = dict.fromkeys(CASES.names, "")
            row.update(case_no=f"NEW-{i:05d}", name_latin=f"New Person {i}", status="held")
            row.update(changed.get(f"row{i + 2}", {}))
            writer.writerow(row.values())
    return path


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importing, "STREAM_BATCH", 7)
    monkeypatch.setattr(importing, "_TICK", 5)


@pytest.mark.usefixtures("small_batches")
def test_a_streamed_import_adds_every_row_with_one_history_row(
    seeded_backend_db: Database, tmp_path: Path
) -> None:
    before = cases_in(seeded_backend_db)
    with seeded_backend_db.engine.connect() as conn:
        logs = conn.execute(select(func.count()).select_from(ChangeLog)).scalar_one()
    path = cases_csv(tmp_path / "c.csv", 30)
    result = import_file(seeded_backend_db, kind="cases", path=path)
    assert (result.rows, result.added, result.unchanged) == (30, 30, 0)
    assert cases_in(seeded_backend_db) == before + 30
    with seeded_backend_db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ChangeLog)).scalar_one() == logs + 1
        summary = conn.execute(
            select(ChangeLog.after).order_by(ChangeLog.id.desc()).limit(1)
        ).scalar_one()
    assert summary is not None and summary.startswith(
        "list=cases; rows=30; added=30; unchanged=0; ids="
    )
    again = import_file(seeded_backend_db, kind="cases", path=path)
    assert (again.added, again.unchanged) == (0, 30)


@pytest.mark.usefixtures("small_batches")
def test_a_problem_in_a_late_batch_writes_nothing_and_every_problem_is_listed(
    seeded_backend_db: Database, tmp_path: Path
) -> None:
    before = cases_in(seeded_backend_db)
    path = cases_csv(
        tmp_path / "c.csv",
        40,
        row30={"birth_year": "old"},
        row35={"case_no": "NEW-00002"},  # the number of row 4, six batches earlier
        row38={"category": "no-such-code"},
    )
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_backend_db, kind="cases", path=path)
    assert [describe(p) for p in caught.value.problems] == [
        "row 30, column birth_year, value 'old': must be a whole number from 1900 to 2100",
        "row 35, column case_no, value 'NEW-00002': appears twice in the file (also row 4)",
        "row 38, column category, value 'no-such-code': no category with this code",
    ]
    assert cases_in(seeded_backend_db) == before


@pytest.mark.usefixtures("small_batches")
def test_a_streamed_import_cancelled_after_a_batch_was_written_writes_nothing(
    seeded_db: Database, tmp_path: Path
) -> None:
    before = cases_in(seeded_db)
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        import_file(
            seeded_db,
            kind="cases",
            path=cases_csv(tmp_path / "c.csv", 40),
            progress=lambda done, _total: seen.append(done),
            cancelled=lambda: bool(seen) and seen[-1] >= 20,
        )
    assert seen[-1] >= 20  # three batches of 7 were written before the cancel
    assert cases_in(seeded_db) == before


@pytest.mark.usefixtures("small_batches")
def test_a_large_sheet_import_cancelled_mid_way_writes_nothing_and_stops_its_reading(
    seeded_db: Database, empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export_list(seeded_db, kind="cases", path=tmp_path / "c.xlsx").path
    monkeypatch.setattr(sheets, "CALAMINE_SHEET_MAX", 0)
    monkeypatch.setattr(sheets, "CHUNK_BYTES", 20_000)  # many pieces, read ahead
    import_file(
        empty_db,
        kind="facilities",
        path=export_list(seeded_db, kind="facilities", path=tmp_path / "f.csv").path,
    )
    with empty_db.engine.begin() as conn:
        from desktop.store import seed

        seed.load_categories(conn)
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        import_file(
            empty_db,
            kind="cases",
            path=path,
            progress=lambda done, _total: seen.append(done),
            cancelled=lambda: bool(seen) and seen[-1] >= 50,
        )
    assert 50 <= seen[-1] < 10_000  # batches of 7 were written before the cancel
    assert cases_in(empty_db) == 0
    assert read_ahead_threads() == []


@pytest.mark.usefixtures("small_batches")
def test_checking_a_file_in_batches_lists_the_problems_and_previews_their_rows(
    seeded_backend_db: Database, tmp_path: Path
) -> None:
    good = check_file(seeded_backend_db, kind="cases", path=cases_csv(tmp_path / "g.csv", 30))
    assert (good.rows, good.new, good.unchanged, good.problems) == (30, 30, 0, ())
    path = cases_csv(
        tmp_path / "c.csv",
        40,
        row30={"birth_year": "old"},
        row35={"case_no": "NEW-00002"},
    )
    checked = check_file(seeded_backend_db, kind="cases", path=path, preview_rows=3)
    assert (checked.rows, checked.new, checked.bad_rows) == (40, 0, 2)
    assert [(r.row, r.problems) for r in checked.preview] == [
        (2, ()),
        (3, ()),
        (4, ()),
        (30, ("birth_year: must be a whole number from 1900 to 2100",)),
        (35, ("case_no: appears twice in the file (also row 4)",)),
    ]
    assert checked.preview[-1].cells[:2] == ("NEW-00002", "New Person 33")
