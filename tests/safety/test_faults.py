"""A full disk, a read-only database and a file locked by another program: each gives a
clear error, and the database is left exactly as it was."""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from benchmarks_loader import crash_soak
from requirements import require

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
    # In place before the database is opened: its connections are pooled and reused.
    connection_setup.append("PRAGMA query_only = ON")
    database = open_database(str(target), create=False)
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


def damage(path: Path) -> None:
    """Flip 16 KB in the middle of the file, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16384] = bytes(b ^ 0xFF for b in data[middle : middle + 16384])
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_refused_before_any_write(cli, seeded_path: Path, tmp_path: Path):
    conn = sqlite3.connect(seeded_path)
    (case_no,) = conn.execute(
        "SELECT case_no FROM detainee WHERE status = 'held' AND id NOT IN "
        "(SELECT detainee_id FROM amnesty_decision) ORDER BY id DESC LIMIT 1"
    ).fetchone()
    conn.close()
    backups = seeded_path.parent / "backups"
    backups.mkdir()
    older = backups / "case-tracker-20260101T000000Z.db"
    newer = backups / "case-tracker-20260102T000000Z.db"
    for copy, when in ((older, 1_000_000), (newer, 2_000_000)):
        copy.write_bytes(seeded_path.read_bytes())
        os.utime(copy, (when, when))
    facilities = tmp_path / "facilities.csv"
    exported = cli(
        "export", "--db", str(seeded_path), "--kind", "facilities", "--out", str(facilities)
    )
    assert exported.returncode == 0, exported.stderr
    with facilities.open(encoding="utf-8-sig", newline="") as f:
        header, first, *_rest = list(csv.reader(f))
    first[header.index("name")] = "A camp new to this database"
    with facilities.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, first])
    damage(seeded_path)
    before = seeded_path.read_bytes()
    result = cli(
        "decide",
        "--db",
        str(seeded_path),
        "--amnesty",
        "General amnesty, October 2020",
        "--case",
        case_no,
        "--outcome",
        "denied",
    )
    assert result.returncode == 1, result.stdout
    assert "the database file is damaged; restore from a backup" in result.stderr
    assert str(newer) in result.stderr and "Traceback" not in result.stderr
    assert seeded_path.read_bytes() == before
    wal = Path(f"{seeded_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    for writer in (
        ["demo", "--cases", "3"],
        ["import", "--kind", "facilities", str(facilities)],
    ):
        refused = cli(*writer, "--db", str(seeded_path))
        assert refused.returncode == 1, (writer, refused.stdout)
        assert "the database file is damaged" in refused.stderr, writer
        assert "Traceback" not in refused.stderr
        assert seeded_path.read_bytes() == before
    report = cli("report", "occupancy", "--db", str(seeded_path), "--out", str(tmp_path / "o.csv"))
    assert report.returncode == 1
    assert "damaged" in report.stderr and "Traceback" not in report.stderr
    assert not list(tmp_path.glob("o.csv*"))
    assert seeded_path.read_bytes() == before


def test_init_on_a_full_disk_says_so_and_leaves_no_file(
    tmp_path: Path, connection_setup: list[str], capsys
):
    folder = tmp_path / "new"
    folder.mkdir()
    connection_setup.append("PRAGMA max_page_count = 50")
    assert cli_run(["init", "--db", str(folder / "office.db")]) == 1
    err = capsys.readouterr().err
    assert "database or disk is full" in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_init_where_no_file_can_be_made_says_so(tmp_path: Path, capsys):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    assert cli_run(["init", "--db", str(not_a_folder / "office.db")]) == 1
    err = capsys.readouterr().err
    assert "cannot create" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_demo_on_a_full_disk_a_read_only_or_a_locked_file_says_so(
    files: tuple[Path, Path], connection_setup: list[str], monkeypatch, capsys
):
    target, _cases = files
    before = crash_soak.checksum(target)
    pages = sqlite3.connect(target).execute("PRAGMA page_count").fetchone()[0]
    demo = ["demo", "--db", str(target), "--cases", "5000"]
    connection_setup.append(f"PRAGMA max_page_count = {pages + 20}")
    assert cli_run(demo) == 1
    err = capsys.readouterr().err
    assert "database or disk is full" in err and "Traceback" not in err
    connection_setup[:] = ["PRAGMA query_only = ON"]
    assert cli_run(demo) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "Traceback" not in err
    connection_setup.clear()
    monkeypatch.setenv("CASE_TRACKER_BUSY_TIMEOUT_MS", "300")
    other = sqlite3.connect(target, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert cli_run(demo) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert "locked by another program" in err and "Traceback" not in err
    assert crash_soak.checksum(target) == before


EXPORT_WITH_SMALL_FILES = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))
from desktop.cli import run
sys.exit(run(sys.argv[1:]))
"""


@pytest.mark.skipif(os.name != "posix", reason="a file-size limit (RLIMIT_FSIZE) is POSIX")
def test_export_to_a_full_disk_says_so_and_leaves_no_partial_file(
    seeded_path: Path, tmp_path: Path
):
    """The file-size limit makes every write past 200 KB fail, as a full disk does."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    out = tmp_path / "out"
    out.mkdir()
    for name in ("cases.csv", "cases.xlsx"):
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                EXPORT_WITH_SMALL_FILES,
                "export",
                "--db",
                str(seeded_path),
                "--kind",
                "cases",
                "--out",
                str(out / name),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 1, result.stdout
        assert "cannot write" in result.stderr and "Traceback" not in result.stderr, name
        assert list(out.iterdir()) == [], name


def run_in_read_only_folder(folder: Path, *args: str) -> Any:
    """``python -m desktop ARGS`` while ``folder`` cannot be written: by its permissions, or,
    for root (whom permissions do not stop), as a read-only mount seen by that command only
    (a private mount namespace, gone when it exits)."""
    import shlex
    import subprocess
    import sys

    from tests.conftest import ROOT

    command = [sys.executable, "-m", "desktop", *args]
    if not IS_ROOT:
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    f = shlex.quote(str(folder))
    script = f"mount --bind {f} {f} && mount -o remount,ro,bind {f} && exec " + " ".join(
        shlex.quote(a) for a in command
    )
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("running as root without the right to make a private read-only mount")
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_reading_works_in_a_read_only_folder_and_writing_says_why_not(
    seeded_path: Path, tmp_path: Path
):
    folder = seeded_path.parent / "readonly"
    folder.mkdir()
    db = folder / "office.db"
    seeded_path.rename(db)
    out = tmp_path / "out"
    out.mkdir()
    if not IS_ROOT:
        os.chmod(db, 0o444)
        os.chmod(folder, 0o555)
    try:
        search = run_in_read_only_folder(folder, "search", "--db", str(db), "Ahmad")
        assert search.returncode == 0, search.stderr
        assert "SYN-" in search.stdout
        export = run_in_read_only_folder(
            folder, "export", "--db", str(db), "--kind", "cases", "--out", str(out / "c.csv")
        )
        assert export.returncode == 0, export.stderr
        report = run_in_read_only_folder(
            folder, "report", "occupancy", "--db", str(db), "--out", str(out / "o.csv")
        )
        assert report.returncode == 0, report.stderr
        decide = run_in_read_only_folder(
            folder,
            "decide",
            "--db",
            str(db),
            "--amnesty",
            "1",
            "--case",
            "SYN-000001",
            "--outcome",
            "denied",
        )
        assert decide.returncode == 1
        assert "the database or its folder is read-only; it cannot be changed here" in (
            decide.stderr
        )
        assert "Traceback" not in decide.stderr
    finally:
        os.chmod(folder, 0o755)
        os.chmod(db, 0o600)
    assert sorted(p.name for p in folder.iterdir()) == ["office.db"]
    assert sorted(p.name for p in out.iterdir()) == ["c.csv", "o.csv"]


def test_the_window_s_background_check_finds_a_damaged_file(seeded_path: Path):
    from desktop.services.housekeeping import check_file
    from desktop.store.damage import DatabaseDamaged

    database = open_database(str(seeded_path), create=False)
    try:
        damage(seeded_path)
        with pytest.raises(DatabaseDamaged, match="the database file is damaged"):
            check_file(database)
    finally:
        database.dispose()
