"""Runs service calls in one background worker and delivers results on the GUI thread.

The operation never touches widgets. It receives a ``TaskContext`` through which it reports
progress and learns that the user pressed Cancel; a cancelled operation raises
``Cancelled`` inside its transaction, so nothing is written.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
BACKGROUND = "backgroundTasks"


class Cancelled(Exception):
    """Raised inside an operation when the user cancelled it."""


@dataclass
class TaskContext:
    _cancel: threading.Event = field(default_factory=threading.Event)
    _progress: Callable[[int, int], None] | None = None

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` when the user has asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)
        self.check()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Runnable(QRunnable):
    """Runs one operation on the worker. It gives up its reference to the operation before
    saying the outcome: the runner keeps another until the outcome is delivered on the GUI
    thread, so what the operation holds (a list's model, its runner) is never freed on the
    worker thread, where Qt objects must not be destroyed."""

    def __init__(self, op: Callable[[TaskContext], Any], ctx: TaskContext, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._op: Callable[[TaskContext], Any] | None = op
        self._ctx = ctx
        self._signals = signals

    def cancel_unstarted(self) -> None:
        """Say ``Cancelled`` for an operation that will never run."""
        self._op = None
        self._ctx.cancel()
        self._signals.failed.emit(Cancelled())

    def run(self) -> None:
        op, self._op = self._op, None
        if op is None:
            return
        try:
            result = op(self._ctx)
        except BaseException as exc:  # delivered to the GUI thread, not swallowed
            del op
            self._signals.failed.emit(exc)
        else:
            del op
            self._signals.succeeded.emit(result)


class TaskRunner(QObject):
    """A single-worker pool: database work runs one operation at a time, off the GUI thread.
    A runner made with ``lowest=True`` runs its thread at the lowest priority, for work
    nobody waits for (the daily backup) that must not hold up the window's own runner."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, lowest: bool = False) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        if lowest:
            self._pool.setThreadPriority(QThread.Priority.LowestPriority)
        self._running = 0
        self._keep: set[_Signals] = set()
        self._live: dict[int, TaskContext] = {}
        self._held: list[_Runnable] | None = None  # queued until ``release``
        self._closed = False  # its window closed: work asked for later never runs

    def run(
        self,
        op: Callable[[TaskContext], Any],
        *,
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> TaskContext:
        if self._closed:  # nobody is left to show the result (a timer firing on closing)
            ctx = TaskContext()
            ctx.cancel()
            return ctx
        # Parented to the runner, so the worker thread dropping its last Python reference
        # never destroys it there; it is deleted on the GUI thread when the task is done.
        signals = _Signals(self)
        ctx = TaskContext(_progress=lambda d, t: signals.progressed.emit(d, t))
        self._keep.add(signals)
        self._live[id(ctx)] = ctx
        # What the delivery needs, held until it is done and then let go. The slots below
        # stay connected until ``signals`` is deleted later; had they still held the caller
        # (a list's model) or this runner, that deletion could free this runner, which
        # deletes its children, ``signals`` among them, a second time (a crash).
        held: list[Any] = [op, success, failure]
        runner = weakref.ref(self)

        def finished() -> TaskRunner | None:
            """Book-keeping; None when the runner (its window) is gone, so the result has
            nobody left to show it to."""
            me = runner()
            if me is None or not shiboken6.isValid(me):
                return None
            me._keep.discard(signals)
            me._live.pop(id(ctx), None)
            signals.deleteLater()
            me._running -= 1
            if me._running == 0:
                me.busy_changed.emit(False)
            return me

        @Slot(object)
        def on_success(result: Any) -> None:
            callbacks = held[1:]
            held.clear()
            if callbacks and finished() is not None:
                callbacks[0](result)

        @Slot(object)
        def on_failure(exc: BaseException) -> None:
            callbacks = held[1:]
            held.clear()
            if not callbacks or finished() is None:
                return
            if callbacks[1] is not None:
                callbacks[1](exc)
            elif not isinstance(exc, Cancelled):
                log.error("background task failed: %s", type(exc).__name__)
                raise exc

        signals.succeeded.connect(on_success)
        signals.failed.connect(on_failure)
        if progress is not None:
            signals.progressed.connect(progress)
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        runnable = _Runnable(op, ctx, signals)
        if self._held is not None:
            self._held.append(runnable)
        else:
            self._pool.start(runnable)
        return ctx

    def hold(self) -> None:
        """Queue the operations asked for from now on without starting them, until
        ``release`` (the window's work waits so for its database to be open)."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the operations queued since ``hold``, in the order they were asked for."""
        held, self._held = self._held, None
        for runnable in held or []:
            self._pool.start(runnable)

    def cancel_held(self) -> None:
        """Cancel the operations queued since ``hold`` without running them (the window's
        database could not be opened: there is nothing to run them on)."""
        held, self._held = self._held, None
        for runnable in held or []:
            runnable.cancel_unstarted()

    def run_with_progress(
        self,
        parent: QWidget,
        title: str,
        op: Callable[[TaskContext], Any],
        *,
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> QProgressDialog:
        """Run ``op`` behind a modal progress dialog whose Cancel stops it cleanly."""
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        dialog.setObjectName("taskProgress")
        dialog.setAccessibleName(title)
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def on_progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

        def done_ok(result: Any) -> None:
            dialog.close()
            success(result)

        def done_failed(exc: BaseException) -> None:
            dialog.close()
            if failure is not None:
                failure(exc)

        ctx = self.run(op, success=done_ok, failure=done_failed, progress=on_progress)
        # A lambda, not the bound method: PySide would disconnect a bound method of a
        # plain object from the worker thread when that object is collected (a deadlock).
        dialog.canceled.connect(lambda: ctx.cancel())
        dialog.show()
        return dialog

    def is_busy(self) -> bool:
        return self._running > 0

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def close(self) -> None:
        """Take no more work: its window is closing, and work asked for from now on (a
        list's count whose timer fires while the window is torn down) would run on a
        database about to be closed, with nobody to show its result."""
        self._closed = True

    def stop(self, msecs: int = 30_000) -> bool:
        """Cancel every task not yet finished and wait for the worker to be free."""
        for ctx in list(self._live.values()):
            ctx.cancel()
        return self.wait(msecs)


def background_runner(owner: QObject) -> TaskRunner:
    """``owner``'s runner for work nobody waits for (the daily backup): a worker of its
    own at the lowest priority, so that it never holds up the window's reads; its tasks are
    cancelled when the application quits or ``owner`` is destroyed."""
    found = owner.findChild(TaskRunner, BACKGROUND)
    if isinstance(found, TaskRunner):
        return found
    runner = TaskRunner(owner, lowest=True)
    runner.setObjectName(BACKGROUND)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lambda: runner.stop() if shiboken6.isValid(runner) else None)
    owner.destroyed.connect(lambda *_a: runner.stop() if shiboken6.isValid(runner) else None)
    return runner
