"""Python's cycle collector, run on the GUI thread only.

The interpreter collects reference cycles on whichever thread happens to allocate when a
threshold is passed, and the database worker allocates a great deal. A Qt object held only
by a cycle (a closed dialog whose controller points back at it, a model whose slot closes
over it) is then destroyed on the worker thread while the GUI thread may be painting or
timing it, and the process crashes: a worker collecting thirty such dialogs while the
window ran its events crashed every run we tried. As Anki does, automatic collection is off
while the application runs, and the GUI thread collects instead: every second it collects
what the interpreter would have collected by then (``collect_due``), so the memory of
cycles is still given back within a second. The oldest generation, which holds nearly every
object of a large import and takes longest to walk, is walked at most every ten minutes
(the interpreter's own rule for it, pending objects against long-lived ones, is not
visible from Python).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000
FULL_EVERY_S = 600.0
NAME = "guiThreadCollector"
_last_full = time.monotonic()


def collect_due() -> int:
    """Collect what automatic collection would have by now: the oldest generation whose
    count has passed its threshold, when the youngest's has; else nothing. Returns the
    number of objects found unreachable."""
    global _last_full
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if not thresholds[0] or counts[0] <= thresholds[0]:
        return 0
    generation = max(g for g in range(3) if counts[g] > thresholds[g])
    if generation == 2:
        if time.monotonic() - _last_full < FULL_EVERY_S:
            generation = 1
        else:
            _last_full = time.monotonic()
    return gc.collect(generation)


class GuiThreadCollector(QObject):
    """Switches automatic collection off and collects on its own (the GUI) thread."""

    def __init__(self, parent: QObject | None = None, *, check_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.setObjectName(NAME)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(collect_due)
        self._timer.start()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """The application's collector (made once, on the thread ``app`` lives in)."""
    found = app.findChild(GuiThreadCollector, NAME)
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
