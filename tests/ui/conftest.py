from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.services.database import Database
from desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _english(qapp) -> Iterator[None]:
    from desktop.app import application

    application("en")
    yield


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, seeded_db: Database, settings: QSettings) -> Iterator[MainWindow]:
    w = MainWindow(seeded_db, settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=15_000):
        w.show()
    yield w
    w.tasks.wait()
