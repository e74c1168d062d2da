"""What pages, their controllers and the window-wide editors ask of the main window.

The main window satisfies ``WindowHost``; nothing under ``desktop/ui/views`` imports the
main window itself, so the window can import its pages without a circle.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtWidgets import QStatusBar, QWidget

from desktop.services.database import Database
from desktop.ui.changes import Kind
from desktop.ui.tasks import TaskRunner


class WindowHost(Protocol):
    """What pages and their controllers use of the main window."""

    @property
    def database(self) -> Database: ...

    @property
    def settings(self) -> QSettings: ...

    @property
    def tasks(self) -> TaskRunner: ...

    @property
    def changed(self) -> SignalInstance:
        """Emitted with the ``Kind`` of records a write touched, after pages were told."""
        ...

    def announce(self, kinds: Kind, *, own: bool = True, shown: QWidget | None = None) -> None:
        """A write touched ``kinds``: every page that shows them shows them again."""

    def set_modified(self, source: object, dirty: bool) -> None:
        """Whether ``source`` holds unsaved edits (the title's [*])."""

    def open_case(self, detainee_id: int) -> None:
        """Show one person's case on the Cases page."""

    def show_waiting_count(self, count: int) -> None:
        """How many decisions wait for approval, in the navigation."""

    def statusBar(self) -> QStatusBar: ...

    def close(self) -> bool: ...
