"""Child processes for the start-up and memory figures (run by ``window_figures``):

    python -m benchmarks.window_probe start-ours DB SPAWNED
    python -m benchmarks.window_probe start-bare SPAWNED    (a window with a table)
    python -m benchmarks.window_probe memory-ours DB
    python -m benchmarks.window_probe memory-bare DB

``SPAWNED`` is the parent's ``time.time()`` just before it started this process, so that the
start-up time includes the interpreter and every import. Each prints one JSON object as its
last line.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.qt import (
    close_window,
    fetch_all,
    first_row_shown,
    naive_sql_model,
    open_window,
    peak_mib,
    qt_app,
    row_shown,
    wait_until,
)


def start_ours(db: Path, spawned: float) -> dict[str, Any]:
    """The real window on the Cases page until its table has the first rows."""
    app = qt_app()
    database, window = open_window(db)
    model = window.pages["cases"].model
    wait_until(lambda: first_row_shown(model))
    app.processEvents()  # the view repaints with the rows
    usable = time.time() - spawned
    close_window(database, window)
    return {"usable": usable, "rows": model.rowCount(), "peak_mib": peak_mib()}


def start_bare(spawned: float) -> dict[str, Any]:
    """QApplication and a QMainWindow with a table of a few rows, shown and painted."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    model = QStandardItemModel(0, 6)
    for row in range(40):
        model.appendRow([QStandardItem(f"{row}:{column}") for column in range(6)])
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    usable = time.time() - spawned
    return {"usable": usable, "peak_mib": peak_mib()}


def _scroll_to(page: Any, fraction: float) -> None:
    table = page.table
    bar = table.verticalScrollBar()
    bar.setValue(round(bar.maximum() * fraction))
    model = page.model

    def shown() -> bool:
        row = table.rowAt(0)
        if row < 0:
            return False
        table.model().index(row, 0).data()  # asks for the page, as painting does
        return row_shown(model, row)

    wait_until(shown)


def memory_ours(db: Path) -> dict[str, Any]:
    """Open the window, show the cases, jump through the list, search, sort; the peak RSS."""
    from PySide6.QtCore import Qt

    app = qt_app()
    started = time.perf_counter()
    database, window = open_window(db)
    page = window.pages["cases"]
    model = page.model
    wait_until(lambda: first_row_shown(model) and page.is_ready())
    wait_until(model.is_counted)
    after_start = peak_mib()
    for fraction in (0.1, 0.5, 0.9, 1.0):
        _scroll_to(page, fraction)
    for text in ("moh", "mohammed ah", "محمد", "SYN-00012"):
        page.search.setText(text)
        page.apply_query()
        wait_until(lambda: first_row_shown(model) or (model.is_counted() and model.total == 0))
    page.search.setText("")
    page.apply_query()
    wait_until(lambda: first_row_shown(model))
    model.sort(model.column_of("name_latin"), Qt.SortOrder.DescendingOrder)
    wait_until(lambda: first_row_shown(model) and model.query().sort == "name_latin")
    wait_until(model.is_counted)
    for fraction in (0.5, 1.0):
        _scroll_to(page, fraction)
    app.processEvents()
    result = {
        "peak_mib": peak_mib(),
        "after_start_mib": after_start,
        "seconds": time.perf_counter() - started,
        "pages_read": model.fetches,
        "rows": model.rowCount(),
    }
    close_window(database, window)
    return result


def memory_bare(db: Path) -> dict[str, Any]:
    """QSqlQueryModel with every row fetched, in a QTableView."""
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([sys.argv[0]])
    started = time.perf_counter()
    model = naive_sql_model(db)
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 760)
    view.show()
    fetch_all(model)
    view.scrollToBottom()
    app.processEvents()
    return {
        "peak_mib": peak_mib(),
        "seconds": time.perf_counter() - started,
        "rows": model.rowCount(),
    }


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "start-ours":
        result = start_ours(Path(argv[1]), float(argv[2]))
    elif mode == "start-bare":
        result = start_bare(float(argv[1]))
    elif mode == "memory-ours":
        result = memory_ours(Path(argv[1]))
    elif mode == "memory-bare":
        result = memory_bare(Path(argv[1]))
    else:
        raise SystemExit(f"unknown probe {mode!r}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
