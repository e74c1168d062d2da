"""Import refuses what it should, with messages that name the row, the column and the rule:
rows that do not fit the header, numbers over the domain's bounds, digits that are not
ours, oversized cells and workbooks; and it finds a case number however it is written."""

from __future__ import annotations

import csv
import zipfile
import zlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain import limits
from desktop.domain.errors import PROBLEMS_SHOWN, RuleError, ValidationError
from desktop.domain.import_rules import CASES, describe
from desktop.services.database import Database, open_database
from desktop.services.exporting import export_list
from desktop.services.importing import check_file, import_file
from desktop.services.sheets import INFLATION_RATIO_MAX, WORKBOOK_INFLATED_MAX
from desktop.store.models import Detainee, Facility


def cases_in(database: Database) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Detainee)).scalar_one())


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)
    return path


def case_row(**values: str) -> list[str]:
    """A full row of the cases list: a valid new case, with ``values`` changed."""
    row = dict.fromkeys(CASES.names, "")
    row.update(case_no="NEW-1", name_latin="New Person", sex="M", status="released")
    row.update(values)
    return [row[name] for name in CASES.names]


def refused(database: Database, path: Path) -> list[str]:
    before = cases_in(database)
    with pytest.raises(ValidationError) as caught:
        import_file(database, kind="cases", path=path)
    assert cases_in(database) == before
    return [describe(p) for p in caught.value.problems]


# --- item 6: rows that do not fit the header ----------------------------------------------


def test_a_row_with_fewer_cells_than_the_header_is_refused(seeded_db: Database, tmp_path: Path):
    path = write_csv(
        tmp_path / "short.csv", [list(CASES.names), case_row(), ["NEW-2", "Short Person", ""]]
    )
    assert refused(seeded_db, path) == [
        "row 3, column sex: the row has 3 cells but the header has 18 (a short or cut row)"
    ]


def test_a_row_with_more_cells_than_the_header_is_refused(seeded_db: Database, tmp_path: Path):
    path = write_csv(
        tmp_path / "long.csv", [list(CASES.names), [*case_row(), "", "extra"], case_row()]
    )
    assert refused(seeded_db, path) == [
        "row 2, column column 20: the row has 20 cells but the header has 18: a value beyond "
        "the last column"
    ]


def test_a_value_beyond_the_last_column_is_named_after_a_bad_row_of_the_same_length(
    seeded_db: Database, tmp_path: Path
):
    # A bad value in a row with a blank cell beyond the header must not make the next row's
    # length the one rows are measured against: its value beyond the header is named too.
    path = write_csv(
        tmp_path / "long.csv",
        [list(CASES.names), [*case_row(sex="X"), ""], [*case_row(case_no="NEW-2"), "extra"]],
    )
    problems = refused(seeded_db, path)
    assert problems[0].startswith("row 2, column sex, value 'X'")
    assert problems[1:] == [
        "row 3, column column 19: the row has 19 cells but the header has 18: a value beyond "
        "the last column"
    ]


def test_a_file_cut_in_its_last_row_is_refused(seeded_db: Database, tmp_path: Path):
    whole = export_list(seeded_db, kind="cases", path=tmp_path / "all.csv").path
    target = open_database(str(tmp_path / "target.db"), seed_demo=False)
    try:
        import_file(
            target,
            kind="facilities",
            path=export_list(seeded_db, kind="facilities", path=tmp_path / "f.csv").path,
        )
        data = whole.read_bytes()
        last_row = data.rstrip(b"\r\n").rfind(b"\r\n") + 2
        cut = tmp_path / "cut.csv"
        cut.write_bytes(data[: last_row + 30])  # the case number and part of the name
        problems = refused(target, cut)
        assert len(problems) == 1
        assert problems[0].startswith("row 10001, column ")
        assert "but the header has 18 (a short or cut row)" in problems[0]
        assert cases_in(target) == 0
    finally:
        target.dispose()


# --- item 7: one case-number normalisation ------------------------------------------------


def test_a_case_number_written_otherwise_is_the_case_already_there(
    seeded_db: Database, tmp_path: Path
):
    exported = export_list(seeded_db, kind="cases", path=tmp_path / "all.csv").path
    with exported.open(encoding="utf-8-sig", newline="") as f:
        header, first = list(csv.reader(f))[:2]
    assert first[0] == "SYN-000001"
    lower = [first[0].lower(), *first[1:]]
    arabic_digits = ["SYN-" + "٠٠٠٠٠١", *first[1:]]
    for row in (lower, arabic_digits):
        path = write_csv(tmp_path / "again.csv", [header, row])
        result = import_file(seeded_db, kind="cases", path=path)
        assert (result.added, result.unchanged) == (0, 1)
    assert cases_in(seeded_db) == 10_000
    # a changed record under a differently written number is a clash, not a second person
    changed = ["syn-000001", "Someone Else", *first[2:]]
    problems = refused(seeded_db, write_csv(tmp_path / "clash.csv", [header, changed]))
    assert problems == [
        "row 2, column case_no, value 'SYN-000001': a case with this number already exists "
        "with other values; import adds records and never changes them"
    ]


def test_one_file_cannot_hold_one_number_twice_in_two_spellings(
    seeded_db: Database, tmp_path: Path
):
    path = write_csv(
        tmp_path / "twice.csv",
        [list(CASES.names), case_row(case_no="new-7"), case_row(case_no="NEW-٧")],
    )
    assert refused(seeded_db, path) == [
        "row 3, column case_no, value 'NEW-7': appears twice in the file (also row 2)"
    ]


def test_decisions_find_their_case_by_a_normalised_number(seeded_db: Database, tmp_path: Path):
    exported = export_list(seeded_db, kind="decisions", path=tmp_path / "d.csv").path
    with exported.open(encoding="utf-8-sig", newline="") as f:
        header, first = list(csv.reader(f))[:2]
    row = list(first)
    row[header.index("case_no")] = first[header.index("case_no")].lower()
    path = write_csv(tmp_path / "again.csv", [header, row])
    result = import_file(seeded_db, kind="decisions", path=path)
    assert (result.added, result.unchanged) == (0, 1)


# --- item 8: numbers over the domain's bounds ---------------------------------------------


@pytest.mark.parametrize(
    ("column", "value", "rule"),
    [
        ("sentence_months", "99999999999999999999999", "must be a whole number from 0 to 1800"),
        ("sentence_months", "2000000000", "must be a whole number from 0 to 1800"),
        ("sentence_months", "1" * 5000, "must be a whole number from 0 to 1800"),
        ("birth_year", "99999", "must be a whole number from 1900 to 2100"),
        ("held_since", "0001-01-01", "must be a date in a year from 1900 to 2100"),
    ],
)
def test_a_number_over_its_bound_is_refused_naming_row_column_and_bound(
    seeded_db: Database, tmp_path: Path, column: str, value: str, rule: str
):
    path = write_csv(tmp_path / "big.csv", [list(CASES.names), case_row(**{column: value})])
    (problem,) = refused(seeded_db, path)
    assert problem.startswith(f"row 2, column {column}, value '{value[:200]}")
    assert problem.endswith(rule)


def test_the_largest_sentence_is_taken(seeded_db: Database, tmp_path: Path):
    months = str(limits.SENTENCE_MONTHS_MAX)
    path = write_csv(tmp_path / "max.csv", [list(CASES.names), case_row(sentence_months=months)])
    assert import_file(seeded_db, kind="cases", path=path).added == 1


def test_xlsx_numbers_over_their_bounds_are_refused(seeded_db: Database, tmp_path: Path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["name", "kind", "capacity"])
    sheet.append(["Huge camp", "camp", 1e300])
    sheet.append(["Big camp", "camp", limits.CAPACITY_MAX + 1])
    sheet.append(["Fine camp", "camp", limits.CAPACITY_MAX])
    book.save(tmp_path / "f.xlsx")
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="facilities", path=tmp_path / "f.xlsx")
    assert [describe(p) for p in caught.value.problems] == [
        "row 2, column capacity, value '1e+300': must be a whole number from 0 to 1000000",
        "row 3, column capacity, value '1000001': must be a whole number from 0 to 1000000",
    ]


def test_headcount_counts_over_their_bound_are_refused(seeded_db: Database, tmp_path: Path):
    header = ["facility", "as_of", "total", "precision", "source", "by_category"]
    path = write_csv(
        tmp_path / "h.csv",
        [
            header,
            ["al-Hol camp", "2020-11-01", "10000001", "approximate", "article-2020", ""],
            ["al-Hol camp", "2020-11-02", "100", "approximate", "article-2020", "women=10000001"],
        ],
    )
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="headcounts", path=path)
    assert [describe(p) for p in caught.value.problems] == [
        "row 2, column total, value '10000001': must be a whole number from 0 to 10000000",
        "row 3, column by_category, value 'women=10000001': a count must be at most 10,000,000",
    ]


# --- item 9: clear, capped messages -------------------------------------------------------


def test_superscript_digits_are_not_a_year(seeded_db: Database, tmp_path: Path):
    path = write_csv(tmp_path / "sup.csv", [list(CASES.names), case_row(birth_year="¹⁹⁹⁰")])
    assert refused(seeded_db, path) == [
        "row 2, column birth_year, value '¹⁹⁹⁰': is not a year: write it with the digits 0-9 "
        "or ٠-٩; must be a whole number from 1900 to 2100"
    ]


def test_a_huge_cell_is_named_and_echoed_at_most_200_characters(
    seeded_db: Database, tmp_path: Path
):
    path = write_csv(
        tmp_path / "huge.csv",
        [
            list(CASES.names),
            case_row(name_latin="A" * 200_000),
            case_row(case_no="NEW-2", nationality="S" * 200_000),
        ],
    )
    problems = refused(seeded_db, path)
    assert problems[0] == (
        "row 2, column name_latin, value withheld: personal data: must be at most 200 characters"
    )
    assert problems[1].startswith("row 3, column nationality, value '" + "S" * 200 + "…")
    assert "(199,800 more characters)" in problems[1]
    assert len(problems[1]) < 400


def test_a_message_lists_the_first_hundred_problems_and_counts_the_rest(
    seeded_db: Database, tmp_path: Path
):
    rows = [case_row(case_no=f"NEW-{n}", sex="X") for n in range(250)]
    path = write_csv(tmp_path / "many.csv", [list(CASES.names), *rows])
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="cases", path=path)
    assert len(caught.value.problems) == 250
    message = str(caught.value)
    assert message.count("field 'sex'") == PROBLEMS_SHOWN
    assert message.endswith("and 150 more problem(s)")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_a_utf16_file_with_or_without_bom_is_read(
    seeded_db: Database, tmp_path: Path, encoding: str
):
    path = write_csv(
        tmp_path / "u16.csv",
        [list(CASES.names), case_row(name_arabic="أحمد", name_latin="Ahmad Test")],
        encoding=encoding,
    )
    assert import_file(seeded_db, kind="cases", path=path).added == 1


def test_a_binary_file_is_refused_clearly(seeded_db: Database, tmp_path: Path):
    path = tmp_path / "bin.csv"
    path.write_bytes(b"case_no\x00\x00\x00\xff\xfe\x00\x01\x02" * 100)
    with pytest.raises(RuleError, match="not a CSV text file"):
        import_file(seeded_db, kind="cases", path=path)


@pytest.mark.parametrize("bad_row", [5, 250, 20_002])
def test_bytes_that_are_not_utf8_are_named_in_their_own_row_and_line(
    seeded_db: Database, tmp_path: Path, bad_row: int
):
    # The reader decodes blocks ahead of the row it parses: the problem must still be
    # named where it is (not in the header, not some rows before), counting a cell that
    # spans two lines.
    rows = [list(CASES.names)]
    for i in range(2, 20_100):
        rows.append(case_row(case_no=f"NEW-{i}", name_latin=f"Person {i}"))
    rows[2][CASES.names.index("notes")] = "first line\nsecond line"  # row 3, lines 3-4
    path = write_csv(tmp_path / "bad.csv", rows)
    data = path.read_bytes()
    marker = f"Person {bad_row},".encode()
    assert data.count(marker) == 1
    path.write_bytes(data.replace(marker, f"Person {bad_row}\xff,".encode("latin-1")))
    with pytest.raises(RuleError) as caught:
        import_file(seeded_db, kind="cases", path=path)
    assert str(caught.value) == (
        f"bad.csv: row {bad_row} (line {bad_row + 1}): not readable as UTF-8 text; "
        "save the file as CSV UTF-8"
    )


def test_a_cell_longer_than_the_csv_limit_names_its_row(seeded_db: Database, tmp_path: Path):
    path = write_csv(
        tmp_path / "giant.csv",
        [list(CASES.names), case_row(), case_row(case_no="NEW-2", notes="n" * 1_100_000)],
    )
    with pytest.raises(RuleError, match=r"row 3 \(line 3\): a cell is longer than 1,000,000"):
        import_file(seeded_db, kind="cases", path=path)


def _zip_bomb(path: Path, inflated: int) -> Path:
    """An XLSX-shaped zip whose sheet is ``inflated`` bytes of one repeated XML row, stored
    compressed about 1000 to 1 (a few MB on disk)."""
    block = b'<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>' * 16_384
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr("xl/workbook.xml", "<workbook/>")
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with book.open(info, "w", force_zip64=True) as sheet:
            written = 0
            while written < inflated:
                sheet.write(block)
                written += len(block)
    return path


def test_a_zip_bomb_is_refused_before_it_is_read(seeded_db: Database, tmp_path: Path):
    bomb = _zip_bomb(tmp_path / "bomb.xlsx", WORKBOOK_INFLATED_MAX + 100_000_000)
    assert bomb.stat().st_size < 20_000_000
    with pytest.raises(RuleError, match="refused before reading: the workbook unpacks to"):
        check_file(seeded_db, kind="cases", path=bomb)


def test_a_workbook_compressed_far_more_than_a_sheet_is_refused(
    seeded_db: Database, tmp_path: Path
):
    bomb = _zip_bomb(tmp_path / "dense.xlsx", 200_000_000)
    with pytest.raises(RuleError, match=f"at most {INFLATION_RATIO_MAX} to 1"):
        import_file(seeded_db, kind="cases", path=bomb)
    assert zlib  # the bomb is deflate, as a real workbook


def test_a_real_workbook_is_well_under_the_ratio(seeded_db: Database, tmp_path: Path):
    path = export_list(seeded_db, kind="cases", path=tmp_path / "c.xlsx").path
    with zipfile.ZipFile(path) as book:
        ratios = [p.file_size / max(p.compress_size, 1) for p in book.infolist()]
    assert max(ratios) < INFLATION_RATIO_MAX / 4
    assert check_file(seeded_db, kind="cases", path=path).unchanged == 10_000


def _ods(path: Path, rows: list[list[str]]) -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice saves one (text cells only)."""

    def cell(value: str) -> str:
        if not value:
            return "<table:table-cell/>"
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Cases">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        book.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        book.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def test_a_libreoffice_spreadsheet_is_read_and_checked_like_a_workbook(
    seeded_db: Database, tmp_path: Path
):
    header = ["case_no", "name_latin", "birth_year", "status"]
    good = _ods(tmp_path / "cases.ods", [header, ["ods-1", "Ods Person", "1990", "released"]])
    assert import_file(seeded_db, kind="cases", path=good).added == 1
    bad = _ods(tmp_path / "bad.ods", [header, ["ODS-2", "Other Person", "¹⁹⁹⁰", "released"]])
    problems = refused(seeded_db, bad)
    assert problems == [
        "row 2, column birth_year, value '¹⁹⁹⁰': is not a year: write it with the digits 0-9 "
        "or ٠-٩; must be a whole number from 1900 to 2100"
    ]


def test_a_sheet_too_large_for_calamine_is_streamed_with_the_same_result(
    seeded_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from desktop.services import sheets

    path = export_list(seeded_db, kind="cases", path=tmp_path / "c.xlsx").path
    fast = check_file(seeded_db, kind="cases", path=path)
    monkeypatch.setattr(sheets, "CALAMINE_SHEET_MAX", 0)
    with sheets.open_sheet(path) as reader:
        assert type(reader._close.__self__).__name__ == "_ChunkedSheet"
    streamed = check_file(seeded_db, kind="cases", path=path)
    assert (
        (streamed.rows, streamed.unchanged, streamed.problems)
        == (
            fast.rows,
            fast.unchanged,
            fast.problems,
        )
        == (10_000, 10_000, ())
    )


# --- names the case form refuses -----------------------------------------------------------


def test_names_the_case_form_refuses_are_refused_by_import_too(seeded_db: Database, tmp_path: Path):
    """An invisible name (zero-width spaces, accents with no letter), a name with a control
    character (a NUL cut it short in every tool that reads C strings), a Latin name in
    Arabic script and an Arabic name in Latin letters: the window refuses each; import
    stored them."""
    rows = [
        case_row(case_no="N-2", name_latin="\u200b\u200b"),
        case_row(case_no="N-3", name_latin="\u0301\u0301"),
        case_row(case_no="N-4", name_latin="Ahmad\x00Hidden"),
        case_row(case_no="N-5", name_latin="أحمد"),
        case_row(case_no="N-6", name_arabic="Ahmad"),
        case_row(case_no="N-7", name_arabic="أحمد\x0bعلي"),
        case_row(case_no="N-8", name_latin="Ahmad \u202edamhA"),  # shows "Ahmad Ahmad"
        case_row(case_no="N-9", name_arabic="أحمد\u2067علي"),
        case_row(case_no="N-10", name_latin="Hasan\x85Ali"),
        # the form takes this: diacritics, tatweel, the marks and joiners Arabic uses
        case_row(
            case_no="N-11",
            name_latin="Muḥammad al-Ḥasan",
            name_arabic="مُحَمَّـــد\u200f \u200cعلي\u061c",
        ),
    ]
    path = write_csv(tmp_path / "names.csv", [list(CASES.names), *rows])
    problems = refused(seeded_db, path)
    assert [p.split(":")[0] for p in problems] == [
        "row 2, column name_latin, value withheld",
        "row 3, column name_latin, value withheld",
        "row 4, column name_latin, value withheld",
        "row 5, column name_latin, value withheld",
        "row 6, column name_arabic, value withheld",
        "row 7, column name_arabic, value withheld",
        "row 8, column name_latin, value withheld",
        "row 9, column name_arabic, value withheld",
        "row 10, column name_latin, value withheld",
    ], problems
    hidden = "must not hold invisible control or direction characters"
    assert [i for i, p in enumerate(problems, start=2) if hidden in p] == [4, 7, 8, 9, 10]
    assert all("Hidden" not in p and "أحمد" not in p for p in problems)
    # the last row alone is a name the form takes, diacritics and tatweel included
    good = write_csv(tmp_path / "good.csv", [list(CASES.names), rows[-1]])
    assert import_file(seeded_db, kind="cases", path=good).added == 1


def test_facility_names_the_facility_form_refuses_are_refused_by_import_too(
    seeded_db: Database, tmp_path: Path
):
    """A facility named with a direction override or a line break showed as another name
    in every list and report; the form refuses both, import stored them."""
    header = ["name", "parent", "name_ar", "kind", "governorate", "operator", "capacity"]
    rows = [
        ["Annex \u202eB xennA", "", "", "prison", "", "", ""],
        ["Block\nD", "", "", "prison", "", "", ""],
        ["Annex E", "", "ملحق\u2066", "prison", "", "", ""],
        ["Annex F", "Block\x85G", "", "section", "", "", ""],
        ["Annex G", "", "ملحق\u200f ز", "prison", "", "", ""],  # the form takes this one
    ]
    path = write_csv(tmp_path / "facilities.csv", [header, *rows])
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="facilities", path=path)
    problems = [describe(p) for p in caught.value.problems]
    hidden = "must not hold invisible control or direction characters"
    assert [(p.split(",")[0], p.split(",")[1].strip()) for p in problems] == [
        ("row 2", "column name"),
        ("row 3", "column name"),
        ("row 4", "column name_ar"),
        ("row 5", "column parent"),
    ], problems
    assert all(hidden in p for p in problems)
    with seeded_db.read() as s:
        assert not s.scalar(select(func.count()).where(Facility.name.like("Annex%")))
    good = write_csv(tmp_path / "good.csv", [header, rows[-1]])
    assert import_file(seeded_db, kind="facilities", path=good).added == 1


def test_a_category_counting_more_than_the_headcount_total_is_refused(
    seeded_db: Database, tmp_path: Path
):
    """The headcount form refuses a category counting more than the total; import stored
    it (a camp of 10 people with 20 foreigners in it)."""
    header = [
        "facility",
        "facility_parent",
        "as_of",
        "as_of_precision",
        "total",
        "precision",
        "source",
        "source_title",
        "by_category",
        "note",
    ]
    rows = [
        ["al-Hol camp", "", "2021-01-01", "day", "10", "exact", "article", "", "foreign=20", ""],
        ["al-Hol camp", "", "2021-01-02", "day", "10", "exact", "article", "", "foreign=10", ""],
    ]
    path = write_csv(tmp_path / "headcounts.csv", [header, *rows])
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="headcounts", path=path)
    assert [describe(p) for p in caught.value.problems] == [
        "row 2, column by_category, value 'foreign=20': a category cannot count more than the total"
    ]
    one = write_csv(tmp_path / "one.csv", [header, rows[1]])
    assert import_file(seeded_db, kind="headcounts", path=one).added == 1


def test_dates_in_the_future_the_forms_refuse_are_refused_by_import(
    seeded_db: Database, tmp_path: Path
):
    """A person held since, or born in, a year to come, a decision taken in it, a headcount
    counted in it: the forms and ``decide`` refuse each; import stored them."""
    future = date(date.today().year + 1, 1, 1).isoformat()
    cases = write_csv(
        tmp_path / "cases.csv",
        [
            list(CASES.names),
            case_row(case_no="F-1", held_since=future),
            case_row(case_no="F-2", birth_year=future[:4]),
        ],
    )
    assert [p.split(":")[0] for p in refused(seeded_db, cases)] == [
        f"row 2, column held_since, value '{future}'",
        f"row 3, column birth_year, value '{future[:4]}'",
    ]
    export_list(seeded_db, kind="decisions", path=tmp_path / "all.csv")
    with (tmp_path / "all.csv").open(encoding="utf-8-sig", newline="") as f:
        header, first, *_rest = list(csv.reader(f))
    first[header.index("decision_date")] = future
    decisions = write_csv(tmp_path / "decisions.csv", [header, first])
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="decisions", path=decisions)
    assert [describe(p).split(":")[0] for p in caught.value.problems] == [
        f"row 2, column decision_date, value '{future}'"
    ]
    headcounts = write_csv(
        tmp_path / "headcounts.csv",
        [
            ["facility", "as_of", "total", "precision", "source"],
            ["al-Hol camp", future, "10", "exact", "article"],
        ],
    )
    with pytest.raises(ValidationError) as caught:
        import_file(seeded_db, kind="headcounts", path=headcounts)
    assert [describe(p) for p in caught.value.problems] == [
        f"row 2, column as_of, value '{future}': must not be in the future"
    ]


@pytest.mark.parametrize("reader", ["calamine", "pieces"])
def test_a_formula_saved_without_its_value_is_refused_naming_its_cell(
    seeded_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reader: str
):
    """A workbook written by a program that does not calculate (a script with openpyxl,
    some converters) keeps a formula without its value. A spreadsheet shows the value;
    import read an empty cell, so the person was added without their year of birth and
    notes, and nobody was told. A formula saved with its value (Excel, LibreOffice) is
    read as the value shown."""
    from openpyxl import Workbook

    from desktop.services import sheets

    if reader == "pieces":
        monkeypatch.setattr(sheets, "CALAMINE_SHEET_MAX", 0)
    book = Workbook()
    sheet = book.active
    sheet.append(["case_no", "name_latin", "birth_year", "notes"])
    sheet.append(["FX-1", "Formula Person", "=1900+90", '="seen "&"in 2020"'])
    book.save(tmp_path / "c.xlsx")
    before = cases_in(seeded_db)
    with pytest.raises(RuleError, match="C2") as caught:
        import_file(seeded_db, kind="cases", path=tmp_path / "c.xlsx")
    assert "formula" in str(caught.value)
    assert cases_in(seeded_db) == before

    with zipfile.ZipFile(tmp_path / "c.xlsx") as src:  # as a spreadsheet program saves it
        parts = {n: src.read(n) for n in src.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    xml = xml.replace("<f>1900+90</f><v />", "<f>1900+90</f><v>1990</v>")
    xml = xml.replace(
        '<c r="D2"><f>"seen "&amp;"in 2020"</f><v />',
        '<c r="D2" t="str"><f>"seen "&amp;"in 2020"</f><v>seen in 2020</v>',
    )
    assert "<v />" not in xml
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(tmp_path / "saved.xlsx", "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    assert import_file(seeded_db, kind="cases", path=tmp_path / "saved.xlsx").added == 1
    with seeded_db.engine.connect() as conn:
        stored = conn.execute(
            select(Detainee.birth_year, Detainee.notes).where(Detainee.case_no == "FX-1")
        ).one()
    assert tuple(stored) == (1990, "seen in 2020")


def test_a_workbook_with_rows_on_a_second_sheet_is_refused_naming_it(
    seeded_db: Database, tmp_path: Path
):
    """An office keeps one sheet per camp in one workbook: import read the first sheet,
    said "120 cases added", and the people on the other sheets were never imported, with
    nothing said. A workbook whose other sheets are empty (or hold only formatting) is
    read as before."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "al-Hol"
    first.append(["case_no", "name_latin"])
    first.append(["SH-1", "First Sheet"])
    book.create_sheet("Empty")["B3"].number_format = "0.00"  # formatting, no value
    other = book.create_sheet("Roj")
    other.append(["case_no", "name_latin"])
    other.append(["SH-2", "Second Sheet"])
    book.save(tmp_path / "c.xlsx")
    before = cases_in(seeded_db)
    with pytest.raises(RuleError, match="Roj") as caught:
        import_file(seeded_db, kind="cases", path=tmp_path / "c.xlsx")
    assert "one sheet" in str(caught.value)
    assert cases_in(seeded_db) == before
    del book["Roj"]
    book.save(tmp_path / "c.xlsx")
    assert import_file(seeded_db, kind="cases", path=tmp_path / "c.xlsx").added == 1
