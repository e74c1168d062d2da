"""Qt helpers for the figures that drive real widgets: one QApplication per process, the
window opened as ``case-tracker`` opens it (with settings in a throw-away file), and waiting
for a condition while the event loop runs."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from tempfile import mkdtemp
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NAIVE_COLUMNS = (
    "id, case_no, name_latin, name_arabic, sex, birth_year, nationality, category_id, "
    "facility_id, status, held_since"
)


def qt_app() -> Any:
    """The process's QApplication, set up as the application sets it up (fonts, language)."""
    from desktop.app import application

    return application("en")


def wait_until(
    predicate: Callable[[], bool], timeout: float = 120.0, signals: tuple[Any, ...] = ()
) -> None:
    """Run the event loop until ``predicate()`` holds, checking it whenever one of
    ``signals`` is emitted and every millisecond (every 20 ms when signals are given), and
    raising TimeoutError after ``timeout`` seconds.

    The loop waits inside Qt, which lets the background worker's Python code run: a loop of
    ``processEvents()`` calls would hold the interpreter lock and slow the worker down."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return
    loop = QEventLoop()
    outcome: list[bool] = []

    def check() -> None:
        if not outcome and predicate():
            outcome.append(True)
            loop.quit()

    def give_up() -> None:
        if not outcome:
            outcome.append(False)
            loop.quit()

    poll = QTimer()
    poll.setInterval(20 if signals else 1)
    poll.timeout.connect(check)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(give_up)
    for signal in signals:
        signal.connect(check)
    poll.start()
    deadline.start(int(timeout * 1000))
    try:
        loop.exec()
    finally:
        poll.stop()
        deadline.stop()
        for signal in signals:
            signal.disconnect(check)
    if outcome != [True]:
        raise TimeoutError("the condition did not hold in time")


def scratch_settings() -> Any:
    """Settings in a new temporary INI file: nothing of the user's is read or changed."""
    from PySide6.QtCore import QSettings

    folder = Path(mkdtemp(prefix="bench-settings-"))
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def open_window(db: Path) -> tuple[Any, Any]:
    """The main window on ``db`` (its database and the window), shown on the Cases page, as
    ``case-tracker`` opens it: at once on a plain file at the current schema (opened in full
    after the first paint), else opened first."""
    from desktop.services.database import first_start, open_database
    from desktop.ui.main_window import MainWindow

    database = first_start(str(db)) or open_database(str(db), create=False)
    window = MainWindow(database, scratch_settings())
    window.show_page("cases")
    window.show()
    return database, window


def close_window(database: Any, window: Any) -> None:
    window.tasks.wait()
    window.opener.wait()
    window.close()
    window.deleteLater()
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    database.dispose()


def first_row_shown(model: Any) -> bool:
    """The case model has the data of its first row (not the placeholder)."""
    from desktop.ui.models.case_table import PLACEHOLDER

    if not model.is_loaded() or model.rowCount() == 0:
        return False
    return model.index(0, 0).data() not in (None, PLACEHOLDER)


def row_shown(model: Any, row: int) -> bool:
    from desktop.ui.models.case_table import PLACEHOLDER

    return model.case_at(row) is not None and model.index(row, 0).data() != PLACEHOLDER


def naive_sql_model(db: Path, *, order_by: str = "case_no", name: str = "naive") -> Any:
    """QSqlQueryModel over every case (the first 256 rows fetched, as Qt does)."""
    from PySide6.QtSql import QSqlDatabase, QSqlQueryModel

    connection = QSqlDatabase.database(name, False)
    if not connection.isValid():
        connection = QSqlDatabase.addDatabase("QSQLITE", name)
        connection.setDatabaseName(str(db))
        connection.setConnectOptions("QSQLITE_OPEN_READONLY")
    if not connection.isOpen() and not connection.open():
        raise RuntimeError(connection.lastError().text())
    model = QSqlQueryModel()
    model.setQuery(f"SELECT {NAIVE_COLUMNS} FROM detainee ORDER BY {order_by}", connection)
    if model.lastError().isValid():
        raise RuntimeError(model.lastError().text())
    return model


def fetch_all(model: Any) -> None:
    while model.canFetchMore():
        model.fetchMore()


def peak_mib() -> float:
    """Peak resident memory of this process so far, in MiB. On Linux this is ``VmHWM``:
    ``getrusage``'s ``ru_maxrss`` keeps the parent's peak across ``fork``/``exec``, so a
    child started by a large benchmark process would report the parent's memory."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
