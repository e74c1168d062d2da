"""Version and schema revision: ``--version`` names both, and an older application refuses a
database written by a newer one (clearly, changing nothing, making no copy)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from desktop import __version__
from desktop.domain.errors import DatabaseError
from desktop.services.database import open_database
from desktop.services.version import schema_revision, version_text
from desktop.store import migrate

NEWER = "0999"


def _stamp_newer(path: Path) -> str:
    """Make ``path`` look written by a newer application; returns the file's checksum."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (NEWER,))
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_schema_revision_is_the_newest_migration():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert schema_revision() == script.get_current_head()
    assert version_text() == f"case-tracker {__version__} (schema {schema_revision()})"


def test_version_names_the_version_and_the_schema(cli):
    result = cli("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"case-tracker {__version__} (schema {schema_revision()})"


def test_a_newer_database_is_refused_by_the_service(seeded_path: Path):
    before = _stamp_newer(seeded_path)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(seeded_path), create=False)
    message = str(caught.value)
    assert seeded_path.name in message
    assert f"newer Case Tracker (schema {NEWER}" in message
    assert f"knows schema {schema_revision()} at most" in message
    assert "update the application" in message
    assert hashlib.sha256(seeded_path.read_bytes()).hexdigest() == before
    assert not list(seeded_path.parent.glob("*.bak"))


@pytest.mark.parametrize("command", [["search", "Ahmad"], ["migrate"], ["report", "occupancy"]])
def test_a_newer_database_is_refused_by_the_command_line(
    cli, seeded_path: Path, tmp_path: Path, command: list[str]
):
    before = _stamp_newer(seeded_path)
    extra = ["--out", str(tmp_path / "r.pdf")] if command[0] == "report" else []
    result = cli(command[0], "--db", str(seeded_path), *command[1:], *extra)
    assert result.returncode == 1, result.stdout
    assert f"case-tracker {command[0]}: {seeded_path.name} was written by a newer" in result.stderr
    assert f"(schema {NEWER};" in result.stderr and "update the application" in result.stderr
    assert hashlib.sha256(seeded_path.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("*.bak")) and not (tmp_path / "r.pdf").exists()
