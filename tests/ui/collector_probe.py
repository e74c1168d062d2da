"""Run by ``test_collector`` in a fresh process, as the window runs: dialogs held only by
reference cycles are dropped while the background worker allocates heavily (as a large
read does) and the GUI thread runs its events. Prints one JSON object: the threads on
which the dialogs were destroyed, and how many were."""

from __future__ import annotations

import json
import sys
import threading
import time
import weakref

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from desktop.app import application
from desktop.ui.tasks import TaskContext, TaskRunner

ROUNDS = 30
DIALOGS = 30
destroyed_on: list[str] = []


class Controller:
    """A closed dialog's controller that points back at itself: only a cycle holds it."""

    def __init__(self) -> None:
        self.dialog = QDialog()
        QVBoxLayout(self.dialog).addWidget(QLineEdit())
        self.timer = QTimer(self.dialog)
        self.timer.start(1)
        self.dialog.show()
        self.me = self
        weakref.finalize(self.dialog, lambda: destroyed_on.append(threading.current_thread().name))


def allocate(_ctx: TaskContext) -> int:
    """What a large read does to the interpreter: many short-lived objects, some in cycles."""
    kept = 0
    for _ in range(200_000):
        item: list[object] = []
        item.append(item)
        kept += len(item)
    return kept


def main() -> int:
    app = application("en")
    runner = TaskRunner(app)
    for _ in range(ROUNDS):
        for _ in range(DIALOGS):
            Controller()
        done: list[int] = []
        runner.run(allocate, success=done.append)
        while not done:
            QApplication.processEvents()
    deadline = time.monotonic() + 120
    while len(destroyed_on) < ROUNDS * DIALOGS and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    print(json.dumps({"threads": sorted(set(destroyed_on)), "destroyed": len(destroyed_on)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
