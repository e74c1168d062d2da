"""The database's own file rules applied to what lies around it: screenshots are private
(0600), the application-data folder is private (0700, tightened when it was not), and the
temporary files of a killed backup, export, restore or creation are swept at the next start
(those of a process still running are left alone)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_screenshot_is_private(cli, seeded_path: Path, tmp_path: Path):
    png = tmp_path / "shots" / "window.png"
    result = cli("--db", str(seeded_path), "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    assert png.read_bytes().startswith(b"\x89PNG")
    assert mode(png) == 0o600
    assert sorted(p.name for p in png.parent.iterdir()) == ["window.png"]


def test_the_application_data_folder_is_made_private(cli, tmp_path: Path):
    data = tmp_path / "new-data"
    result = cli("search", "Ahmad", env={"XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    folder = data / "CaseTracker"
    assert (folder / "case-tracker.db").exists()
    assert mode(folder) == 0o700


def test_an_open_application_data_folder_is_tightened(cli, seeded_path: Path, tmp_path: Path):
    data = tmp_path / "old-data"
    folder = data / "CaseTracker"
    folder.mkdir(parents=True)
    os.chmod(folder, 0o755)
    (folder / "case-tracker.db").write_bytes(seeded_path.read_bytes())
    result = cli("search", "Ahmad", env={"XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    assert mode(folder) == 0o700


def test_leftovers_of_killed_processes_are_swept_at_the_next_start(
    cli, seeded_path: Path, tmp_path: Path
):
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = int(ended.stdout)  # a process that has ended
    folder = seeded_path.parent
    backups = folder / "backups"
    backups.mkdir()
    name = seeded_path.name
    swept = [
        folder / f"monday.db.case-tracker-{dead}.partial",
        folder / f"cases.csv.case-tracker-{dead}.partial",
        folder / f".{name}.restore-{dead}.tmp",
        folder / f".{name}.new-{dead}-0123abcd",
        folder / f".{name}.new-{dead}-0123abcd-wal",
        backups / f"case-tracker-20260101T000000Z.db.case-tracker-{dead}.partial",
    ]
    kept = [
        folder
        / f"tuesday.db.case-tracker-{os.getpid()}.partial",  # being written by a running process
        folder / "notes.partial",  # not one of ours
        folder / f"report.{dead}.partial",  # nor this
        backups / "case-tracker-20260101T000000Z.db",
    ]
    for path in swept + kept:
        path.write_bytes(b"personal data")
    result = cli("search", "--db", str(seeded_path), "Ahmad")
    assert result.returncode == 0, result.stderr
    assert [p for p in swept if p.exists()] == []
    assert [p for p in kept if not p.exists()] == []
