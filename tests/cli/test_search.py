"""``case-tracker search``: the window's matching, as a table or CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop.cli.search import width
from desktop.domain.case_rules import CaseFields
from desktop.services import cases
from desktop.services.database import open_database


@pytest.fixture
def people(empty_path: Path) -> Path:
    db = open_database(str(empty_path), create=False)
    try:
        for n, (latin, arabic) in enumerate(
            [("Mohammed Abdul Rahman", "مُحَمَّد عبد الرحمن"), ("Ahmed Omar", "أحمد عمر")], 1
        ):
            cases.save_case(
                db,
                fields=CaseFields(
                    case_no=f"cli-{n:03d}",
                    name_latin=latin,
                    name_arabic=arabic,
                    birth_year=1980 + n,
                    status="released",
                ),
            )
    finally:
        db.dispose()
    return empty_path


def test_table_lists_matches_in_aligned_columns(cli, people: Path):
    result = cli("search", "--db", str(people), "Muhammad")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "Case",
        "number",
        "Name",
        "(Latin)",
        "Name",
        "(Arabic)",
        "Born",
        "Facility",
        "Status",
    ]
    assert len(lines) == 2
    assert lines[1].startswith("CLI-001 ")
    assert "مُحَمَّد عبد الرحمن" in lines[1]
    # Columns line up on a terminal: the diacritics of the Arabic name take no columns.
    assert width(lines[1][: lines[1].index("1981")]) == width(lines[0][: lines[0].index("Born")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mohamad", ["CLI-001"]),
        ("احمد", ["CLI-002"]),
        ("cli-00", ["CLI-001", "CLI-002"]),
        ("Abd al-Rahman", ["CLI-001"]),
        ("Umar Ahmad", ["CLI-002"]),
    ],
)
def test_csv_is_utf8_with_a_header_and_the_same_matches_as_the_service(
    cli, people: Path, text: str, expected: list[str]
):
    result = cli("search", "--db", str(people), text, "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["case_no"] for r in rows] == expected
    assert list(rows[0]) == [
        "case_no",
        "name_latin",
        "name_arabic",
        "birth_year",
        "facility",
        "status",
    ]
    db = open_database(str(people), create=False)
    try:
        assert [r.case_no for r in cases.search_cases(db, text=text)] == expected
    finally:
        db.dispose()


def test_limit_and_no_match(cli, seeded_path: Path):
    result = cli("search", "--db", str(seeded_path), "Ahmad", "--limit", "3", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 4
    none = cli("search", "--db", str(seeded_path), "Zzyzx")
    assert none.returncode == 0
    assert none.stdout == "" and "no case matches" in none.stderr
    bad = cli("search", "--db", str(seeded_path), "Ahmad", "--limit", "0")
    assert bad.returncode == 2


@pytest.mark.parametrize("limit", ["99999999999999999999999", "9223372036854775808"])
def test_a_limit_too_large_for_the_database_is_wrong_usage_not_a_traceback(
    cli, seeded_path: Path, limit: str
):
    result = cli("search", "--db", str(seeded_path), "Ahmad", "--limit", limit)
    assert result.returncode == 2, result.stderr
    assert "--limit" in result.stderr and "at most" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
