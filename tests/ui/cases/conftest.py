"""The database of 100,000 synthetic cases (``big_path``, tests/conftest.py: built once per
test session with the command line), opened for tests that only read it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.database import Database, open_database


@pytest.fixture
def big_db(big_path: Path) -> Iterator[Database]:
    """The shared 100k database, for tests that only read it."""
    database = open_database(str(big_path), create=False)
    yield database
    database.dispose()
