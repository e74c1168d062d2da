"""``case-tracker backup``, ``restore`` and ``migrate`` as a script runs them."""

from __future__ import annotations

import resource
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.store import migrate
from desktop.store.engine import make_engine, resolve_url


def notes(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(
            conn.execute("SELECT count(*) FROM detainee WHERE notes = 'later'").fetchone()[0]
        )
    finally:
        conn.close()


def test_backup_then_restore(cli, seeded_path: Path, tmp_path: Path):
    backup = tmp_path / "copies" / "monday.db"
    result = cli("backup", "--db", str(seeded_path), "--out", str(backup))
    assert result.returncode == 0, result.stderr
    assert "checked" in result.stdout
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    conn = sqlite3.connect(seeded_path)
    conn.execute("UPDATE detainee SET notes = 'later' WHERE id <= 5")
    conn.commit()
    conn.close()
    result = cli("restore", "--db", str(seeded_path), "--from", str(backup))
    assert result.returncode == 0, result.stderr
    assert notes(seeded_path) == 0
    kept = list(tmp_path.glob("case-tracker.db.before-restore-*.bak"))
    assert len(kept) == 1 and notes(kept[0]) == 5
    assert str(kept[0]) in result.stdout


def test_restore_from_something_else_is_refused(cli, seeded_path: Path, tmp_path: Path):
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("hello")
    before = seeded_path.read_bytes()
    result = cli("restore", "--db", str(seeded_path), "--from", str(not_a_backup))
    assert result.returncode == 1
    assert "cannot be restored" in result.stderr and "Nothing was replaced" in result.stderr
    assert seeded_path.read_bytes() == before


def test_server_databases_are_refused_with_pg_dump_advice(cli, tmp_path: Path):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    result = cli("backup", "--out", str(tmp_path / "x.db"), "--db", url)
    assert result.returncode == 1
    assert "pg_dump" in result.stderr
    # restore moves a backup's records into an empty server database
    # (tests/accountability/test_move_to_server.py); the file is checked before the server
    # is asked anything.
    result = cli("restore", "--from", str(tmp_path / "x.db"), "--db", url)
    assert result.returncode == 1
    assert "x.db cannot be moved to the server: no such file" in result.stderr


def test_migrate_prints_from_and_to_and_keeps_a_copy(cli, tmp_path: Path):
    path = tmp_path / "old.db"
    engine = make_engine(resolve_url(str(path)))
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO db_setting (key, value) VALUES ('k', 'v')"))
    engine.dispose()
    result = cli("migrate", "--db", str(path))
    assert result.returncode == 0, result.stderr
    head = migrate.head_revision()
    assert f"from 0001 to {head}" in result.stdout
    assert len(list(tmp_path.glob(f"old.db.before-{head}-*.bak"))) == 1
    result = cli("migrate", "--db", str(path))
    assert "nothing to do" in result.stdout
    assert cli("migrate", "--db", str(tmp_path / "none.db")).returncode == 1
    assert not (tmp_path / "none.db").exists()


NAMES = ["office#2", "what?1", "100%", "two words", "سجن الحسكة", "-leading"]


def cases_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM detainee").fetchone()[0])
    finally:
        conn.close()


def test_backup_and_restore_keep_every_letter_of_a_file_name(cli, seeded_template, tmp_path):
    # The names go into SQLite URIs: cut at "#" or "?" the backup had no tables, the
    # restored database and its safety copy were empty, and stray files appeared.
    from tests.conftest import copy_db

    expected = cases_in(seeded_template)
    for name in NAMES:
        folder = tmp_path / name.replace("/", "_")
        folder.mkdir()
        live = copy_db(seeded_template, folder / f"{name}.db")
        backup = folder / f"{name} bk.db"  # the same letters in the backup's name
        result = cli("backup", "--db", str(live), "--out", str(backup))
        assert result.returncode == 0, (name, result.stderr)
        assert cases_in(backup) == expected, name
        conn = sqlite3.connect(live)
        conn.execute("UPDATE detainee SET notes = 'later' WHERE id <= 5")
        conn.commit()
        conn.close()
        result = cli("restore", "--db", str(live), "--from", str(backup))
        assert result.returncode == 0, (name, result.stderr)
        assert cases_in(live) == expected and notes(live) == 0, name
        (kept,) = folder.glob("*.before-restore-*.bak")
        assert kept.name.startswith(f"{name}.db.before-restore-")
        assert cases_in(kept) == expected and notes(kept) == 5, name
        assert sorted(p.name for p in folder.iterdir()) == sorted(
            [live.name, backup.name, kept.name]
        ), name


def test_backup_refuses_an_existing_file_unless_forced(cli, seeded_path: Path, tmp_path: Path):
    other = tmp_path / "other-office.db"
    other.write_bytes(b"another office's data")
    result = cli("backup", "--db", str(seeded_path), "--out", str(other))
    assert result.returncode == 1
    assert str(other) in result.stderr and "--force" in result.stderr
    assert "Traceback" not in result.stderr
    assert other.read_bytes() == b"another office's data"
    assert not list(tmp_path.glob("*.partial"))
    result = cli("backup", "--db", str(seeded_path), "--out", str(other), "--force")
    assert result.returncode == 0, result.stderr
    assert cases_in(other) == cases_in(seeded_path)


def test_backup_never_replaces_the_database_itself(cli, seeded_path: Path, tmp_path: Path):
    link = tmp_path / "link.db"
    link.symlink_to(seeded_path)
    (tmp_path / "sub").mkdir()
    spellings = [tmp_path / "sub" / ".." / seeded_path.name, link, seeded_path]
    before = seeded_path.read_bytes()
    for force in ([], ["--force"]):
        for target in spellings:
            result = cli("backup", "--db", str(seeded_path), "--out", str(target), *force)
            assert result.returncode == 1, (target, force)
            assert "Traceback" not in result.stderr
            assert seeded_path.read_bytes() == before
    assert link.is_symlink()


def _files_limited_to(size: int) -> None:
    """In the child: no file may grow past ``size`` bytes (a full disk, for one process)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_a_backup_or_restore_that_fails_on_a_full_disk_leaves_no_file_behind(
    seeded_path: Path, tmp_path: Path
):
    """The failed copy's rollback journal stayed beside it (``….partial-journal``,
    ``.….restore-N.tmp-journal``): a fragment of personal data under a name nobody
    looks at."""
    out = tmp_path / "usb"
    out.mkdir()
    backup = [sys.executable, "-m", "desktop", "backup", "--db", str(seeded_path)]
    full = subprocess.run(
        [*backup, "--out", str(out / "copy.db")],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: _files_limited_to(2_000_000),
    )
    assert full.returncode == 1, full.stdout + full.stderr
    assert sorted(p.name for p in out.iterdir()) == []

    whole = out / "whole.db"
    made = subprocess.run([*backup, "--out", str(whole)], capture_output=True, timeout=120)
    assert made.returncode == 0, made.stderr
    before = sorted(p.name for p in seeded_path.parent.iterdir())
    restore = ["restore", "--db", str(seeded_path), "--from", str(whole)]
    failed = subprocess.run(
        [sys.executable, "-m", "desktop", *restore],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: _files_limited_to(2_000_000),
    )
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert sorted(p.name for p in seeded_path.parent.iterdir()) == before


@pytest.mark.parametrize("role", ["viewer", "clerk", "reviewer"])
def test_only_an_administrator_may_restore(cli, seeded_path: Path, tmp_path: Path, role: str):
    """Restoring replaces every record with a backup's (an old one loses every decision
    since): the administrator's, as the window's menu says; the command line let any
    account of the file do it."""
    backup = tmp_path / "old.db"
    made = cli("backup", "--db", str(seeded_path), "--out", str(backup))
    assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(seeded_path)
    try:
        with conn:  # the file's administrator (this account) becomes a ``role``
            conn.execute("UPDATE app_user SET role = ? WHERE role = 'administrator'", (role,))
    finally:
        conn.close()
    before = sorted(p.name for p in seeded_path.parent.iterdir())
    content = seeded_path.read_bytes()
    refused = cli("restore", "--db", str(seeded_path), "--from", str(backup))
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert f"Your role, {role}, may not back up, restore or migrate" in refused.stderr
    assert seeded_path.read_bytes() == content
    assert sorted(p.name for p in seeded_path.parent.iterdir()) == before


def test_a_damaged_database_whose_roles_cannot_be_read_is_still_restored(
    cli, seeded_path: Path, tmp_path: Path
):
    backup = tmp_path / "good.db"
    assert cli("backup", "--db", str(seeded_path), "--out", str(backup)).returncode == 0
    data = bytearray(seeded_path.read_bytes())
    for offset in range(4096 * 3, len(data), 4096 * 7):
        data[offset : offset + 64] = b"\xff" * 64
    seeded_path.write_bytes(bytes(data))
    restored = cli("restore", "--db", str(seeded_path), "--from", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert seeded_path.read_bytes()[:16] == b"SQLite format 3\x00"
    conn = sqlite3.connect(seeded_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_restore_while_another_program_holds_a_write_says_so_and_replaces_nothing(
    cli, seeded_path: Path, tmp_path: Path
):
    """Another program (a second window saving, a tool) holding a write on the database:
    restore waited for it without end and without a word (SQLite's backup step is retried
    for as long as the database is busy), the window showing "Restoring…" forever. It
    waits as long as any other write (the busy timeout), then is refused, and nothing is
    replaced or left behind."""
    backup = tmp_path / "copies" / "monday.db"
    assert cli("backup", "--db", str(seeded_path), "--out", str(backup)).returncode == 0
    holder = sqlite3.connect(seeded_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE detainee SET notes = 'later' WHERE id <= 5")
        before = sorted(p.name for p in seeded_path.parent.iterdir())
        result = cli(
            "restore",
            "--db",
            str(seeded_path),
            "--from",
            str(backup),
            env={"CASE_TRACKER_BUSY_TIMEOUT_MS": "300"},
            timeout=120,
        )
        assert result.returncode == 1, result.stdout + result.stderr
        assert "locked by another program" in result.stderr
        assert "not replaced" in result.stderr
        assert sorted(p.name for p in seeded_path.parent.iterdir()) == before
        holder.execute("COMMIT")
    finally:
        holder.close()
    assert notes(seeded_path) == 5  # the other program's write stands
