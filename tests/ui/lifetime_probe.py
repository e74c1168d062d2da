"""Run by ``test_object_lifetimes`` in a fresh process, as the window runs. Prints one
JSON object.

``cycles``: dialogs held only by reference cycles are dropped while the background worker
allocates heavily (as a large read does) and the GUI thread runs its events; prints the
threads on which the dialogs were destroyed, and how many were.

``last-result``: an owner of a runner (as a list's model is) is let go while its task
runs, so that the task's delivery holds the last references to the owner and the runner;
prints how many deliveries were made and survived."""

from __future__ import annotations

import json
import sys
import threading
import time
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from desktop.app import application
from desktop.ui.tasks import TaskContext, TaskRunner

ROUNDS = 30
DIALOGS = 30
destroyed_on: list[str] = []
delivered: list[int] = []
freed: list[str] = []


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


class Owner(QObject):
    """Holds its runner, as a list's model does."""

    def __init__(self, tasks: TaskRunner) -> None:
        super().__init__()
        self.tasks = tasks

    def deliver(self, result: int) -> None:
        delivered.append(result)


def last_result() -> dict[str, int]:
    for round_ in range(20):
        owner = Owner(TaskRunner())
        weakref.finalize(owner.tasks, lambda: freed.append(threading.current_thread().name))
        owner.tasks.run(lambda _ctx, o=owner: id(o), success=owner.deliver)
        del owner  # the task and its delivery hold it now, and through it the runner
        deadline = time.monotonic() + 60
        while len(delivered) <= round_ and time.monotonic() < deadline:
            QCoreApplication.processEvents()
        for _ in range(3):  # the task's signals deleted later, as the next pass does
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            QCoreApplication.processEvents()
    return {
        "delivered": len(delivered),
        "runners freed on": sorted(set(freed)),
        "freed": len(freed),
    }


def cycles() -> dict[str, object]:
    app = QCoreApplication.instance()
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
        # waits for the next event: the collector's timer, at the latest within a second
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    return {"threads": sorted(set(destroyed_on)), "destroyed": len(destroyed_on)}


def main(mode: str) -> int:
    application("en")
    print(json.dumps(cycles() if mode == "cycles" else last_result()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
