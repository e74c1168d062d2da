"""A database of 100,000 synthetic cases, built once per test session with the command
line (``init --empty`` then ``demo --cases 100000``, about 8 s), copied for tests that
write."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from shared_build import built_once

from desktop.services.database import Database, open_database

CASES = 100_000


def _build(path: Path) -> None:
    for args in (["init", "--empty"], ["demo", "--cases", str(CASES)]):
        result = subprocess.run(
            [sys.executable, "-m", "desktop", *args, "--db", str(path)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def big_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once per run, shared by the xdist workers (they only read it)."""
    return built_once(tmp_path_factory, "big.db", _build)


@pytest.fixture
def big_db(big_path: Path) -> Iterator[Database]:
    """The shared 100k database, for tests that only read it."""
    database = open_database(str(big_path), create=False)
    yield database
    database.dispose()
