"""``case-tracker export`` and ``import`` as a script runs them: exit status, messages on
standard error naming row, column, value and rule, and nothing written on refusal."""

from __future__ import annotations

import csv
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop.domain.import_rules import KINDS
from desktop.services.database import open_database


def cases(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM detainee").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.slow
def test_export_then_import_into_another_database(cli, seeded_path: Path, tmp_path: Path):
    other = tmp_path / "other.db"
    open_database(str(other), seed_demo=False).dispose()
    for kind in ("facilities", "cases"):
        out = tmp_path / f"{kind}.xlsx"
        result = cli("export", "--db", str(seeded_path), "--kind", kind, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        result = cli("import", "--db", str(other), "--kind", kind, str(out))
        assert result.returncode == 0, result.stderr
    assert "10,000 cases added" in result.stdout
    assert cases(other) == 10_000


def test_a_refused_import_lists_every_bad_row_and_writes_nothing(
    cli, seeded_path: Path, tmp_path: Path
):
    path = tmp_path / "bad.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(
            [
                ["case_no", "name_latin", "birth_year", "nationality"],
                ["NEW-1", "Fine Person", "1990", "SY"],
                ["NEW-2", "Second Person", "nineteen", "SY"],
                ["NEW-3", "Third Person", "1991", "Syria"],
                ["NEW-4", "X" * 201, "1992", "IQ"],
            ]
        )
    result = cli("import", "--db", str(seeded_path), "--kind", "cases", str(path))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "refused: 3 problem(s) in 3 row(s); nothing was written" in lines[0]
    assert lines[1:] == [
        "  row 3, column birth_year, value 'nineteen': must be a whole number from 1900 to 2100",
        "  row 4, column nationality, value 'Syria': must be a two-letter country code "
        "(ISO 3166-1), e.g. SY",
        "  row 5, column name_latin, value withheld: personal data: must be at most 200 characters",
    ]
    assert cases(seeded_path) == 10_000


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["import", "--kind", "categories", "x.csv"], 2),
        (["export", "--kind", "people", "--out", "x.csv"], 2),
        (["export", "--kind", "cases", "--out", "x.txt"], 1),
        (["import", "--kind", "cases", "missing.csv"], 1),
    ],
)
def test_wrong_usage_and_wrong_files(cli, seeded_path: Path, tmp_path: Path, args, status):
    args = [str(tmp_path / a) if "." in a else a for a in args]
    result = cli(*args, "--db", str(seeded_path))
    assert result.returncode == status
    assert result.stderr.strip()


@pytest.mark.slow
def test_every_list_can_be_exported(cli, seeded_path: Path, tmp_path: Path):
    for kind, spec in KINDS.items():
        out = tmp_path / f"{kind}.csv"
        result = cli("export", "--db", str(seeded_path), "--kind", kind, "--out", str(out))
        assert result.returncode == 0, result.stderr
        header = out.read_text("utf-8-sig").splitlines()[0]
        assert header == ",".join(spec.names)


def test_import_names_the_decisions_that_wait_for_approval(cli, seeded_path: Path, tmp_path: Path):
    """An imported release under an amnesty that needs approval is a proposal, not in
    force: the command said "1 decisions added" and nothing more."""
    exported = tmp_path / "all.csv"
    done = cli("export", "--db", str(seeded_path), "--kind", "decisions", "--out", str(exported))
    assert done.returncode == 0, done.stderr
    with exported.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    released = next(r for r in rows if r[header.index("outcome")] == "released")
    conn = sqlite3.connect(seeded_path)
    try:
        (case_no,) = conn.execute(
            "SELECT case_no FROM detainee WHERE status = 'held' AND id NOT IN "
            "(SELECT detainee_id FROM amnesty_decision) ORDER BY id LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    released[header.index("case_no")] = case_no
    one = tmp_path / "one.csv"
    with one.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([header, released])
    done = cli("import", "--db", str(seeded_path), "--kind", "decisions", str(one))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "1 decisions added" in lines[0]
    assert lines[1].startswith("  1 of the decisions added are proposals"), done.stdout
    pending = cli("pending", "--db", str(seeded_path))
    assert pending.returncode == 0 and case_no in pending.stdout
