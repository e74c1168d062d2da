"""A full disk, a read-only database and a file locked by another program: each gives a
clear error, and the database is left exactly as it was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks_loader import crash_soak
from requirements import require
from sqlalchemy import Engine, event

from desktop.cli import run as cli_run
from desktop.domain.errors import DatabaseError
from desktop.services.database import Database, open_database
from desktop.services.exporting import export_list
from desktop.services.importing import import_file

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def files(seeded_db: Database, tmp_path: Path) -> tuple[Path, Path]:
    """A database with the seed's facilities but no cases yet, and a cases file for it."""
    cases = export_list(seeded_db, kind="cases", path=tmp_path / "cases.csv").path
    facilities = export_list(seeded_db, kind="facilities", path=tmp_path / "f.csv").path
    target = tmp_path / "target.db"
    database = open_database(str(target), seed_demo=False)
    import_file(database, kind="facilities", path=facilities)
    database.dispose()
    return target, cases


@pytest.fixture
def connection_setup() -> Iterator[list[str]]:
    """Statements run on every new SQLite connection of every engine while a test runs."""
    statements: list[str] = []

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        for sql in statements:
            dbapi_connection.execute(sql)

    event.listen(Engine, "connect", on_connect)
    yield statements
    event.remove(Engine, "connect", on_connect)


def test_a_full_disk_stops_the_import_cleanly(
    files: tuple[Path, Path], connection_setup: list[str], capsys
):
    target, cases = files
    pages = sqlite3.connect(target).execute("PRAGMA page_count").fetchone()[0]
    before = crash_soak.checksum(target)
    connection_setup.append(f"PRAGMA max_page_count = {pages + 20}")
    database = open_database(str(target), create=False)
    try:
        with pytest.raises(DatabaseError, match="database or disk is full") as caught:
            import_file(database, kind="cases", path=cases)
        assert "Nothing was written" in str(caught.value)
    finally:
        database.dispose()
    assert cli_run(["import", "--db", str(target), "--kind", "cases", str(cases)]) == 1
    err = capsys.readouterr().err
    assert "database or disk is full" in err and "Traceback" not in err
    connection_setup.clear()
    assert crash_soak.soundness(target) == []
    assert crash_soak.checksum(target) == before


def test_a_locked_file_waits_the_busy_timeout_then_fails_clearly(
    files: tuple[Path, Path], monkeypatch, cli
):
    target, cases = files
    before = crash_soak.checksum(target)
    monkeypatch.setenv("CASE_TRACKER_BUSY_TIMEOUT_MS", "400")
    database = open_database(str(target), create=False)
    other = sqlite3.connect(target, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO db_setting (key, value) VALUES ('held by', 'another program')")
    try:
        started = time.perf_counter()
        with pytest.raises(DatabaseError, match="locked by another program"):
            import_file(database, kind="cases", path=cases)
        waited = time.perf_counter() - started
        assert waited >= 0.4
        result = cli(
            "import",
            "--db",
            str(target),
            "--kind",
            "cases",
            str(cases),
            env={"CASE_TRACKER_BUSY_TIMEOUT_MS": "300"},
        )
        assert result.returncode == 1
        assert "database is locked by another program" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        other.execute("ROLLBACK")
        other.close()
        database.dispose()
    assert crash_soak.checksum(target) == before


def test_a_read_only_database_refuses_the_import_clearly(
    files: tuple[Path, Path], connection_setup: list[str]
):
    """PRAGMA query_only makes SQLite refuse writes as on a read-only file; it works even
    as root, where file permissions do not stop writes."""
    target, cases = files
    before = crash_soak.checksum(target)
    database = open_database(str(target), create=False)
    connection_setup.append("PRAGMA query_only = ON")
    try:
        with pytest.raises(DatabaseError, match="read-only"):
            import_file(database, kind="cases", path=cases)
    finally:
        connection_setup.clear()
        database.dispose()
    assert crash_soak.checksum(target) == before


# Run in a child process without the privileges that let root write anywhere, so that the
# folder and file permissions hold for it as for any user.
READ_ONLY_CHECKS = """
import re, sys
from pathlib import Path
from desktop.domain.errors import DatabaseError
from desktop.services.backups import backup_database
from desktop.services.database import open_database
from desktop.services.exporting import export_list
from desktop.services.importing import import_file

target, cases, locked = (Path(a) for a in sys.argv[1:4])

def refused(action, kind, words):
    try:
        action()
    except kind as exc:
        assert re.search(words, str(exc)), f"{words!r} not in {exc!r}"
    else:
        raise AssertionError(f"not refused; expected {words!r}")

database = open_database(str(target), create=False)
try:
    refused(lambda: import_file(database, kind="cases", path=cases), DatabaseError, "read-only")
    refused(
        lambda: export_list(database, kind="cases", path=locked / "x.csv"),
        Exception,
        "cannot write",
    )
    refused(
        lambda: backup_database(database, destination=locked / "x.db"),
        DatabaseError,
        "cannot write the backup",
    )
finally:
    database.dispose()
print("refused all three")
"""

# The capabilities by which root ignores file and folder permissions.
FILE_PRIVILEGES = "-dac_override,-dac_read_search,-fowner"


def unprivileged(command: list[str]) -> list[str]:
    """``command`` as an ordinary user would run it: unchanged for one, and for root without
    the capabilities that bypass file permissions (``setpriv``). (Not ``runuser -u nobody``:
    the interpreter may live where nobody cannot read it.)"""
    if not IS_ROOT:
        return command
    setpriv = shutil.which("setpriv")
    require(setpriv, "setpriv (util-linux) is needed to drop root's file privileges")
    return [str(setpriv), f"--bounding-set={FILE_PRIVILEGES}", "--", *command]


def test_a_read_only_folder_refuses_import_export_and_backup(
    files: tuple[Path, Path], tmp_path: Path
):
    target, cases = files
    before = crash_soak.checksum(target)
    folder = target.parent
    locked = tmp_path / "locked"
    locked.mkdir()
    try:
        os.chmod(target, 0o444)
        os.chmod(locked, 0o555)
        result = subprocess.run(
            unprivileged(
                [sys.executable, "-c", READ_ONLY_CHECKS, str(target), str(cases), str(locked)]
            ),
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
        )
    finally:
        os.chmod(locked, 0o755)
        os.chmod(target, 0o600)
        os.chmod(folder, 0o755)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "refused all three"
    assert list(locked.iterdir()) == []
    assert crash_soak.checksum(target) == before
