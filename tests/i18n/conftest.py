"""Language tests switch the whole application's language; each test starts and ends in
English so that other tests see the interface they expect."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _english_before_and_after(qapp) -> Iterator[None]:
    from desktop.app import application

    application("en")
    yield
    application("en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
