"""No names or case data in logs, error messages or tracebacks, even at DEBUG.

A canary name is planted in a case; then import (with a bad row carrying the canary),
export, backup, restore and a failing constraint run with every logger at DEBUG, in this
process and through the command line, and the canary must appear in none of what was
logged or printed."""

from __future__ import annotations

import csv
import logging
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.domain.errors import ValidationError
from desktop.services.backups import backup_database, restore_database
from desktop.services.database import open_database
from desktop.services.exporting import export_list
from desktop.services.importing import import_file
from desktop.store.models import Detainee

CANARY = "Qwxcanary Blorfington"
CANARY_AR = "قزكناري"
ROOT = Path(__file__).resolve().parents[2]
DEBUG_CLI = (
    "import logging, sys;"
    "logging.basicConfig(level=logging.DEBUG);"
    "logging.getLogger('sqlalchemy').setLevel(logging.DEBUG);"
    "from desktop.cli import run;"
    "sys.exit(run(sys.argv[1:]))"
)


@pytest.fixture
def planted(seeded_path: Path) -> Path:
    database = open_database(str(seeded_path), create=False)
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE detainee SET name_latin = :n, name_arabic = :a, notes = :n, "
                "charge_summary = :n WHERE case_no = 'SYN-000001'"
            ),
            {"n": CANARY, "a": CANARY_AR},
        )
    database.dispose()
    return seeded_path


def bad_file(path: Path) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(
            [
                ["case_no", "name_latin", "name_arabic", "birth_year", "notes"],
                ["NEW-1", CANARY, CANARY_AR, "not a year", CANARY],
                ["NEW-2", CANARY * 12, "", "1990", ""],
                ["SYN-000001", CANARY, "", "1990", CANARY],
            ]
        )
    return path


def leaked(text: str) -> bool:
    return CANARY in text or "Qwxcanary" in text or CANARY_AR in text


def test_nothing_personal_reaches_logs_errors_or_tracebacks(planted: Path, tmp_path: Path, caplog):
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    caplog.set_level(logging.DEBUG, logger="desktop")
    shown: list[str] = []
    database = open_database(str(planted), create=False)
    try:
        out = export_list(database, kind="cases", path=tmp_path / "cases.csv").path
        assert CANARY in out.read_text("utf-8-sig")  # the file holds the data, the log not
        export_list(database, kind="cases", path=tmp_path / "cases.xlsx")
        with pytest.raises(ValidationError) as caught:
            import_file(database, kind="cases", path=bad_file(tmp_path / "bad.csv"))
        assert {p.row for p in caught.value.problems} == {2, 3, 4}
        shown += [str(caught.value), "".join(traceback.format_exception(caught.value))]
        copy = backup_database(database, destination=tmp_path / "copy.db").path
        with pytest.raises(IntegrityError) as constraint, database.session() as s:
            s.add(Detainee(case_no="SYN-000001", name_latin=CANARY, name_arabic=CANARY_AR))
        shown += [str(constraint.value), "".join(traceback.format_exception(constraint.value))]
    finally:
        database.dispose()
    restore_database(db=str(planted), source=copy)
    logged = caplog.text + "".join(r.getMessage() for r in caplog.records)
    rows = [r for r in caplog.records if str(r.msg).startswith("Row ")]
    assert rows == []  # result rows (the data itself) are never logged
    assert "SELECT" in logged  # DEBUG logging was on: statements were logged
    assert not leaked(logged)
    for message in shown:
        assert not leaked(message), message


def test_the_command_line_at_debug_prints_no_personal_data(planted: Path, tmp_path: Path):
    runs = [
        ["export", "--kind", "cases", "--out", str(tmp_path / "c.csv")],
        ["import", "--kind", "cases", str(bad_file(tmp_path / "bad.csv"))],
        ["backup", "--out", str(tmp_path / "b.db")],
        ["restore", "--from", str(tmp_path / "b.db")],
    ]
    statuses = []
    for args in runs:
        result = subprocess.run(
            [sys.executable, "-c", DEBUG_CLI, *args, "--db", str(planted)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        statuses.append(result.returncode)
        assert "DEBUG:sqlalchemy" in result.stderr  # logging really was at DEBUG
        assert not leaked(result.stdout + result.stderr), args
    assert statuses == [0, 1, 0, 0]
