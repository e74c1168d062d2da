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


def test_a_killed_xlsx_export_leaves_no_rows_in_the_temporary_folder(
    big_path: Path, tmp_path: Path
):
    """openpyxl streams a write-only sheet's rows through a file of its own, by default in
    the system's temporary folder, removed only when the process exits normally: an export
    killed mid-way left the names of every person exported so far there, found by no sweep.
    The rows stream beside the destination, under a name the next start sweeps."""
    from desktop.store.leftovers import sweep

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    out = tmp_path / "out" / "cases.xlsx"
    out.parent.mkdir()
    command = ["export", "--db", str(big_path), "--kind", "cases", "--out", str(out)]
    export = subprocess.Popen(
        [sys.executable, "-m", "desktop", *command],
        env={**os.environ, "TMPDIR": str(temporary)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def streamed() -> list[Path]:
        """Files holding rows already (the header alone is a few hundred bytes)."""
        files = [*temporary.iterdir(), *out.parent.iterdir()]
        return [p for p in files if p.is_file() and p.stat().st_size > 100_000]

    try:
        while not streamed():  # a condition, not a time: the export is writing rows
            assert export.poll() is None, "the export ended before it was killed"
    finally:
        export.kill()
        export.wait(timeout=60)
    assert list(temporary.iterdir()) == []
    left = sorted(out.parent.iterdir())
    assert left and all(mode(p) == 0o600 for p in left), left
    assert sorted(sweep(out.parent)) == left
    assert list(out.parent.iterdir()) == []
