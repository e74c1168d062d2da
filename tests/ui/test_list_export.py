"""Export… on the facility and case lists writes what the list shows: its rows in order,
its visible columns, and its filter; every query runs in the background worker, and the
GUI thread does not wait for it."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QProgressDialog, QPushButton
from sqlalchemy import event

from desktop.ui.dialogs import messages, print_dialogs
from desktop.ui.views import list_export


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def answer_with(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(print_dialogs, "ask_save_path", lambda *_a, **_k: path)


def recording_threads(
    monkeypatch, name: str, threads: list[threading.Thread]
) -> Callable[..., Any]:
    """Wrap the real service function ``list_export.<name>``: it still runs, and the
    thread of each call is recorded."""
    real = getattr(list_export, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(list_export, name, wrapper)
    return real


def cases_page(qtbot, window):
    window.show_page("cases")
    page = window.pages["cases"]
    qtbot.waitUntil(page.is_ready, timeout=15_000)
    return page


def released_only(qtbot, page) -> None:
    status = page.filters.status
    status.setCurrentIndex(status.findData("released"))
    page.apply_query()
    qtbot.waitUntil(lambda: page.model.rowCount() == 631, timeout=15_000)


def test_facilities_export_writes_the_filtered_tree(qtbot, window, monkeypatch, tmp_path):
    page = window.pages["facilities"]
    qtbot.waitUntil(page.is_ready, timeout=15_000)
    page.search.setText("annex")
    out = tmp_path / "facilities.csv"
    answer_with(monkeypatch, out)
    page.export_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=15_000)
    lines = read_csv(out)
    text = "\n".join(",".join(line) for line in lines)
    assert "search: annex" in text
    names = [line[0].strip() for line in lines if line and line[0].strip()]
    assert "al-Hol camp" in names and "The Annex" in names
    assert not any(n.startswith("Synthetic Detention Centre") for n in names)


def test_cases_export_follows_search_filters_and_visible_columns(
    qtbot, window, monkeypatch, tmp_path
):
    page = cases_page(qtbot, window)
    released_only(qtbot, page)
    page.table.setColumnHidden(page.model.column_of("name_arabic"), True)
    out = tmp_path / "cases.csv"
    answer_with(monkeypatch, out)
    page.export_button.click()
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=15_000)
    lines = read_csv(out)
    header_at = next(i for i, line in enumerate(lines) if line and line[0] == "Case number")
    header, rows = lines[header_at], [r for r in lines[header_at + 1 :] if r and r[0]]
    assert "Name (Arabic)" not in header and "Name (Latin)" in header
    assert len(rows) == 631
    status_at = header.index("Status")
    assert {r[status_at] for r in rows} == {"Released"}
    assert any("Includes synthetic records" in ",".join(line) for line in lines[:header_at])


def test_the_cases_export_runs_no_query_on_the_gui_thread(qtbot, window, monkeypatch, tmp_path):
    page = cases_page(qtbot, window)
    released_only(qtbot, page)
    paged_in: list[threading.Thread] = []
    synthetic_in: list[threading.Thread] = []
    recording_threads(monkeypatch, "page_cases", paged_in)
    recording_threads(monkeypatch, "has_synthetic_cases", synthetic_in)
    sql_in: list[threading.Thread] = []

    def executing(*_args: Any) -> None:
        sql_in.append(threading.current_thread())

    engine = page.main.database.engine
    event.listen(engine, "before_cursor_execute", executing)
    try:
        out = tmp_path / "cases.csv"
        answer_with(monkeypatch, out)
        page.export_button.click()
        qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=15_000)
    finally:
        event.remove(engine, "before_cursor_execute", executing)
    gui = threading.main_thread()
    assert paged_in and synthetic_in and sql_in
    assert gui not in paged_in and gui not in synthetic_in  # the services ran in the worker
    assert gui not in sql_in  # and no other query ran on the GUI thread
    lines = read_csv(out)
    assert any("Includes synthetic records" in ",".join(line) for line in lines)
    header_at = next(i for i, line in enumerate(lines) if line and line[0] == "Case number")
    assert len([r for r in lines[header_at + 1 :] if r and r[0]]) == 631


def test_cancel_during_the_cases_query_writes_nothing(qtbot, window, monkeypatch, tmp_path):
    page = cases_page(qtbot, window)
    released_only(qtbot, page)
    entered, gate = threading.Event(), threading.Event()
    real = list_export.page_cases
    timed_out: list[bool] = []

    def held(*args: Any, **kwargs: Any) -> Any:
        """The real query, held back in the worker until the test has pressed Cancel."""
        entered.set()
        if not gate.wait(timeout=10):  # only a safety net: never hang the suite
            timed_out.append(True)
        return real(*args, **kwargs)

    monkeypatch.setattr(list_export, "page_cases", held)
    told: list[str] = []
    monkeypatch.setattr(messages, "tell_error", lambda _parent, _title, text: told.append(text))
    out = tmp_path / "cases.csv"
    out.write_text("an older file\n", encoding="utf-8")
    answer_with(monkeypatch, out)
    page.export_button.click()
    # The click returned while the worker is still held: the GUI thread did not wait.
    assert not gate.is_set() and not timed_out
    qtbot.waitUntil(entered.is_set, timeout=15_000)
    [dialog] = [d for d in page.findChildren(QProgressDialog) if d.isVisible()]
    [cancel] = dialog.findChildren(QPushButton)
    cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=15_000)
    assert not timed_out and told == []  # a cancel is no error
    assert out.read_text(encoding="utf-8") == "an older file\n"  # left as it was
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".cases")) == []
    assert not [d for d in page.findChildren(QProgressDialog) if d.isVisible()]
