"""``import`` and ``search`` from the command line: bad numbers and long lists of problems
are a clear, capped message (exit 1, no traceback, nothing written), and search's CSV never
hands a spreadsheet a formula."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.case_rules import CaseFields
from desktop.domain.errors import ValidationError
from desktop.domain.import_rules import CASES, describe
from desktop.services import cases
from desktop.services.database import open_database
from desktop.services.importing import import_file


def count_cases(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM detainee").fetchone()[0])
    finally:
        conn.close()


def write_cases(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CASES.names)
        for values in rows:
            row = dict.fromkeys(CASES.names, "")
            row.update(case_no="NEW-1", name_latin="New Person", status="released")
            row.update(values)
            writer.writerow([row[n] for n in CASES.names])
    return path


@pytest.mark.parametrize("months", ["99999999999999999999999", "2000000000"])
def test_a_huge_sentence_is_a_message_not_a_traceback(
    cli, seeded_path: Path, tmp_path: Path, months: str
):
    path = write_cases(tmp_path / "big.csv", [{"sentence_months": months}])
    result = cli("import", "--db", str(seeded_path), "--kind", "cases", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[1:] == [
        f"  row 2, column sentence_months, value '{months}': must be a whole number from 0 to 1800"
    ]
    assert count_cases(seeded_path) == 10_000


def test_a_long_list_of_problems_shows_the_first_hundred_and_counts_the_rest(
    cli, seeded_path: Path, tmp_path: Path
):
    rows = [{"case_no": f"NEW-{n}", "birth_year": "1" * 300} for n in range(1_000)]
    path = write_cases(tmp_path / "bad.csv", rows)
    result = cli("import", "--db", str(seeded_path), "--kind", "cases", str(path))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "refused: 1000 problem(s) in 1000 row(s); nothing was written" in lines[0]
    assert len(lines) == 1 + 100 + 1
    assert lines[-1] == "  … and 900 more problem(s), not listed"
    # each value is echoed at most 200 characters long
    assert all(len(line) < 330 for line in lines)
    assert "1" * 200 + "… (100 more characters)" in lines[1]


def test_a_huge_value_on_either_backend_is_named_by_row_and_column(
    seeded_backend_url: str, tmp_path: Path
):
    path = write_cases(
        tmp_path / "big.csv",
        [{"case_no": "NEW-1", "sentence_months": "9" * 40, "birth_year": "1" * 40}],
    )
    database = open_database(seeded_backend_url, create=False)
    try:
        with pytest.raises(ValidationError) as caught:
            import_file(database, kind="cases", path=path)
    finally:
        database.dispose()
    assert [describe(p) for p in caught.value.problems] == [
        f"row 2, column birth_year, value '{'1' * 40}': must be a whole number from 1900 to 2100",
        f"row 2, column sentence_months, value '{'9' * 40}': must be a whole number from 0 to 1800",
    ]


FORMULAS = ['=HYPERLINK("http://x.example","Ali")', "+cmd|' /C calc'!A0 Omar", "@SUM(Ali)"]


def test_search_csv_quotes_names_a_spreadsheet_would_run(cli, empty_path: Path):
    db = open_database(str(empty_path), create=False)
    try:
        for n, name in enumerate(FORMULAS, 1):
            cases.save_case(
                db,
                fields=CaseFields(case_no=f"F-{n}", name_latin=name, status="released"),
            )
    finally:
        db.dispose()
    result = cli("search", "--db", str(empty_path), "F-", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["name_latin"] for r in rows] == ["'" + name for name in FORMULAS]
    table = cli("search", "--db", str(empty_path), "F-")
    assert FORMULAS[0] in table.stdout  # the table for a person to read stays as it is


def test_decide_refuses_a_fraction_over_its_bound_and_finds_a_case_written_otherwise(
    cli, seeded_path: Path
):
    conn = sqlite3.connect(seeded_path)
    try:
        (case_no,) = conn.execute(
            "SELECT case_no FROM detainee WHERE status = 'held' AND violent_crime = 0 "
            "AND sentence_months IS NOT NULL AND sentence_start IS NOT NULL "
            "AND id NOT IN (SELECT detainee_id FROM amnesty_decision) ORDER BY id LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    arabic = case_no.lower().translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    args = ["decide", "--db", str(seeded_path), "--amnesty", "1", "--case", arabic]
    refused = cli(*args, "--outcome", "reduced", "--fraction", "1/1001")
    assert refused.returncode == 1
    assert "field 'fraction'" in refused.stderr and "at most 1,000" in refused.stderr
    assert "Traceback" not in refused.stderr
    done = cli(*args, "--outcome", "reduced", "--fraction", "1/1000")
    assert done.returncode == 0, done.stderr
    assert f"case {case_no} reduced by 1/1000" in done.stdout
