"""The main window as the layout and language tests open it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from desktop.app import application
from desktop.services.database import Database
from desktop.ui.main_window import MainWindow


@contextmanager
def language(lang: str) -> Iterator[None]:
    """The application in ``lang``; English again afterwards."""
    application(lang)
    try:
        yield
    finally:
        application("en")


@contextmanager
def window_in(
    qtbot, database: Database, settings, lang: str, *, size: tuple[int, int] | None = (1280, 760)
) -> Iterator[MainWindow]:
    """The main window in ``lang`` at ``size`` (None: the size it takes), shown and ready;
    its work waited for at the end, and English again afterwards."""
    with language(lang):
        window = MainWindow(database, settings)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        with qtbot.waitSignal(window.ready, timeout=15_000):
            window.show()
        yield window
        window.tasks.wait()
