"""One change signal for the whole window, in the spirit of Anki's ``OpChanges``.

Every write the window makes announces which kinds of record it touched
(``window.announce(Kind.DECISIONS | Kind.CASES)``). Each page says which kinds it shows
(``watches``) and how to show them again (``refresh(kinds)``); the window refreshes the page
on show at once and marks the others stale, to be refreshed when they are next shown (a page
not built yet is simply built fresh). The status bar follows every announcement.

Writes made elsewhere (another window, another user of a shared database) are noticed by
``ChangeWatch``: when the window is activated again, and on a timer, it reads the newest
history id in the background and announces ``Kind.ALL`` when it has moved on.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 5_000


class Kind(enum.Flag):
    """The kinds of record a write can touch."""

    NONE = 0
    FACILITIES = enum.auto()
    HEADCOUNTS = enum.auto()
    CASES = enum.auto()
    DECISIONS = enum.auto()
    AMNESTIES = enum.auto()
    CATEGORIES = enum.auto()
    SETTINGS = enum.auto()
    ALL = FACILITIES | HEADCOUNTS | CASES | DECISIONS | AMNESTIES | CATEGORIES | SETTINGS


# What the status bar's summary counts (facilities, cases, people held).
SUMMARY = Kind.FACILITIES | Kind.CASES | Kind.DECISIONS


@runtime_checkable
class Refreshable(Protocol):
    """A page that shows records: which kinds, and how it shows them again."""

    watches: Kind

    def refresh(self, kinds: Kind) -> None: ...


class ChangeWatch(QObject):
    """Notices writes made outside this window by a cheap counter (the newest history id).

    ``read`` runs the counter query off the GUI thread and calls back with its value;
    ``moved`` is emitted when the counter differs from the last one seen."""

    moved = Signal()

    def __init__(
        self,
        read: Callable[[Callable[[int], None]], None],
        parent: QObject | None = None,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._known: int | None = None
        self._asking = False
        self.timer = QTimer(self)
        self.timer.setObjectName("changeWatchTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> None:
        """Read the counter (once at a time); ``moved`` when someone else wrote."""
        if self._asking:
            return
        self._asking = True
        self._read(self._arrived)

    def catch_up(self) -> None:
        """After this window's own write: take the counter as seen, without ``moved``."""
        self._asking = True

        def seen(value: int) -> None:
            self._asking = False
            self._known = value

        self._read(seen)

    def unread(self) -> None:
        """The counter could not be read this time: try again on the next check."""
        self._asking = False

    def _arrived(self, value: int) -> None:
        self._asking = False
        before, self._known = self._known, value
        if before is not None and value != before:
            self.moved.emit()
