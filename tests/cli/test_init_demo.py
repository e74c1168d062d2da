"""The command line: --version, init, demo and --db, as CLI.md states them."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop import __version__
from desktop.services.database import open_database


def count(path: Path, sql: str) -> int:
    db = open_database(str(path), create=False)
    try:
        with db.engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar() or 0)
    finally:
        db.dispose()


def test_version(cli):
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"case-tracker {__version__}"


def test_init_creates_a_private_seeded_wal_database(cli, tmp_path: Path):
    path = tmp_path / "x.db"
    result = cli("init", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "10,000 cases" in result.stdout
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert count(path, "SELECT count(*) FROM detainee") == 10000
    db = open_database(str(path), create=False)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        db.dispose()


def test_db_option_before_the_command_and_empty_init(cli, tmp_path: Path):
    path = tmp_path / "e.db"
    result = cli("--db", str(path), "init", "--empty")
    assert result.returncode == 0, result.stderr
    assert count(path, "SELECT count(*) FROM facility") == 0


def test_init_refuses_an_existing_database_and_leaves_it_alone(cli, tmp_path: Path):
    path = tmp_path / "e.db"
    assert cli("init", "--empty", "--db", str(path)).returncode == 0
    before = path.read_bytes()
    result = cli("init", "--db", str(path))
    assert result.returncode == 1
    assert str(path) in result.stderr and "already exists" in result.stderr
    assert path.read_bytes() == before


def test_environment_variable_names_the_database(cli, tmp_path: Path):
    path = tmp_path / "env.db"
    result = cli("init", "--empty", env={"CASE_TRACKER_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


@pytest.mark.slow
def test_demo_adds_synthetic_cases_deterministically(cli, tmp_path: Path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for path in (a, b):
        assert cli("init", "--empty", "--db", str(path)).returncode == 0
        result = cli("demo", "--db", str(path), "--cases", "2500", "--seed", "7")
        assert result.returncode == 0, result.stderr
    assert count(a, "SELECT count(*) FROM detainee WHERE synthetic = 1") == 2500
    assert count(a, "SELECT count(*) FROM facility WHERE synthetic = 1") == 25
    fp = "SELECT sum(length(name_latin) * id + birth_year) FROM detainee"
    assert count(a, fp) == count(b, fp)
    # A second run continues the numbering.
    assert cli("demo", "--db", str(a), "--cases", "10").returncode == 0
    assert count(a, "SELECT count(DISTINCT case_no) FROM detainee") == 2510


def test_demo_refuses_zero_cases_and_bad_usage_exits_2(cli, tmp_path: Path):
    path = tmp_path / "z.db"
    assert cli("init", "--empty", "--db", str(path)).returncode == 0
    refused = cli("demo", "--db", str(path), "--cases", "0")
    assert refused.returncode == 1 and "--cases" in refused.stderr
    usage = cli("demo", "--db", str(path))
    assert usage.returncode == 2 and "--cases" in usage.stderr
    assert cli("no-such-command").returncode == 2


def test_default_database_is_created_and_seeded_on_first_use(cli, tmp_path: Path):
    data = tmp_path / "appdata"
    result = cli("demo", "--cases", "1", env={"XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    created = data / "CaseTracker" / "case-tracker.db"
    assert created.exists()
    assert stat.S_IMODE(created.stat().st_mode) == 0o600
    assert count(created, "SELECT count(*) FROM detainee") == 10001


@pytest.mark.slow
def test_demo_inserts_100k_cases_quickly_enough_to_scale(cli, tmp_path: Path):
    """A smoke check of the batch path at 100k (the 1M figure is in benchmarks/)."""
    path = tmp_path / "big.db"
    assert cli("init", "--empty", "--db", str(path)).returncode == 0
    started = time.perf_counter()
    result = cli("demo", "--db", str(path), "--cases", "100000")
    assert result.returncode == 0, result.stderr
    assert count(path, "SELECT count(*) FROM detainee") == 100000
    print(f"demo 100k: {time.perf_counter() - started:.1f}s")
