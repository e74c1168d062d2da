"""The Export action every list offers: what is shown (filter, visible columns, rows) to
PDF, CSV or XLSX, written in the background; the result comes back by callback, and the
GUI thread never waits for the work."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from desktop.ui import export_action
from desktop.ui.dialogs import messages, print_dialogs
from desktop.ui.export_action import ListRows
from desktop.ui.main_window import MainWindow

COLUMNS = [("case_no", "Case number"), ("name", "Name"), ("days", "Days held")]


def rows(count: int) -> list[list]:
    names = ["Test Person", "شخص تجريبي", "=SUM(A1)"]
    return [[f"T-{i:06d}", names[i % 3], i % 400] for i in range(count)]


@pytest.fixture
def answer_save(monkeypatch, tmp_path: Path):
    asked: list[dict] = []

    def set_file(name: str | None):
        def ask(parent, *, title, suffix, name_=name, choices=(), **kw):
            asked.append({"title": title, "suffix": suffix, "choices": tuple(choices)})
            return None if name_ is None else tmp_path / name_

        monkeypatch.setattr(print_dialogs, "ask_save_path", ask)
        return asked

    return set_file


def export(qtbot, parent: QWidget, **kw: Any) -> Path | None:
    """``export_rows`` and the path its ``done`` callback delivers (None: nothing written)."""
    results: list[Path | None] = []
    dialog = export_action.export_rows(parent, done=results.append, **kw)
    if dialog is None:  # stopped before any work: no callback
        return None
    qtbot.waitUntil(lambda: results != [], timeout=60_000)
    [path] = results
    return path


class Held:
    """A fetch held back in the worker until the test lets it go (``gate``); the wait
    is bounded only so that a broken export cannot hang the suite."""

    def __init__(self, found: list[list]) -> None:
        self.found = found
        self.entered, self.gate = threading.Event(), threading.Event()
        self.timed_out = False
        self.threads: list[threading.Thread] = []

    def __call__(self, _ctx: Any) -> ListRows:
        self.threads.append(threading.current_thread())
        self.entered.set()
        self.timed_out = not self.gate.wait(timeout=10)
        return ListRows(self.found, False)


def given(found: list[list], synthetic: bool) -> Callable[[Any], ListRows]:
    return lambda _ctx: ListRows(found, synthetic)


@pytest.fixture(autouse=True)
def errors(monkeypatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(messages, "tell_error", lambda parent, title, text: told.append(text))
    return told


def test_export_to_csv_keeps_filter_columns_and_marks(qtbot, window: MainWindow, answer_save):
    asked = answer_save("cases.csv")
    fetched_in: list[threading.Thread] = []

    def fetch(_ctx) -> ListRows:
        fetched_in.append(threading.current_thread())
        return ListRows(rows(30), True)

    path = export(
        qtbot,
        window.stack,
        title="Cases",
        filter_text="name starts with moh; status held",
        columns=COLUMNS,
        fetch_rows=fetch,
        personal=True,
    )
    assert path is not None and path.name == "cases.csv"
    assert asked[0]["title"] == "Export Cases"
    assert asked[0]["suffix"] == ".xlsx" and asked[0]["choices"] == (".pdf", ".csv", ".xlsx")
    assert fetched_in and fetched_in[0] is not threading.main_thread()  # in the worker
    with path.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == ["Cases"]
    assert ["Database", "case-tracker.db"] in lines
    assert ["Filter", "name starts with moh; status held"] in lines
    assert ["CONFIDENTIAL: contains personal data"] in lines
    assert ["Includes synthetic records"] in lines
    header = lines.index(["Case number", "Name", "Days held"])
    assert lines[header + 1] == ["T-000000", "Test Person", "0"]
    assert lines[header + 2] == ["T-000001", "شخص تجريبي", "1"]
    assert lines[header + 3] == ["T-000002", "'=SUM(A1)", "2"]  # never a formula
    assert len(lines) == header + 1 + 30


def test_large_export_to_xlsx_and_pdf(qtbot, window: MainWindow, answer_save, tmp_path):
    answer_save("cases.xlsx")
    path = export(
        qtbot,
        window.stack,
        title="Cases",
        filter_text="",
        columns=COLUMNS,
        fetch_rows=given(rows(20_000), False),
        personal=True,
    )
    assert path == tmp_path / "cases.xlsx"
    sheet = load_workbook(path, read_only=True)["Cases"]
    values = list(sheet.iter_rows(values_only=True))
    assert ("Case number", "Name", "Days held") in values
    assert sum(1 for r in values if str(r[0]).startswith("T-")) == 20_000
    assert isinstance(values[-1][2], int)
    assert not any(r[0] == "Includes synthetic records" for r in values)

    answer_save("cases.pdf")
    pdf = export(
        qtbot,
        window.stack,
        title="Cases",
        filter_text="",
        columns=COLUMNS,
        fetch_rows=given(rows(2_000), False),
        personal=False,
    )
    reader = PdfReader(pdf)
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Case number Name Days held" in first and "Filter: (none)" in first
    assert f"Page 1 of {len(reader.pages)}" in first and "CONFIDENTIAL" not in first


def test_export_returns_at_once_and_delivers_the_path_by_callback(
    qtbot, window: MainWindow, answer_save, tmp_path
):
    answer_save("held.csv")
    fetch = Held(rows(12))
    delivered: list[tuple[Path | None, threading.Thread]] = []
    dialog = export_action.export_rows(
        window.stack,
        title="Cases",
        filter_text="",
        columns=COLUMNS,
        fetch_rows=fetch,
        personal=True,
        done=lambda path: delivered.append((path, threading.current_thread())),
    )
    # Back on the GUI thread while the worker still holds the fetch: nothing waited.
    assert dialog is not None and not fetch.gate.is_set() and not fetch.timed_out
    assert delivered == [] and not (tmp_path / "held.csv").exists()
    qtbot.waitUntil(fetch.entered.is_set, timeout=15_000)
    assert dialog.isVisible()
    fetch.gate.set()
    qtbot.waitUntil(lambda: delivered != [], timeout=15_000)
    assert not fetch.timed_out
    assert delivered == [(tmp_path / "held.csv", threading.main_thread())]
    assert fetch.threads and fetch.threads[0] is not threading.main_thread()
    with (tmp_path / "held.csv").open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    header = lines.index(["Case number", "Name", "Days held"])
    assert lines[header + 1 :] == [[c, n, str(d)] for c, n, d in rows(12)[:1]] + [
        [c, n if not n.startswith("=") else "'" + n, str(d)] for c, n, d in rows(12)[1:]
    ]


def test_cancel_during_the_work_writes_nothing(
    qtbot, window: MainWindow, answer_save, errors, tmp_path
):
    answer_save("cancelled.xlsx")
    old = tmp_path / "cancelled.xlsx"
    old.write_bytes(b"an older file")
    fetch = Held(rows(500))
    delivered: list[Path | None] = []
    dialog = export_action.export_rows(
        window.stack,
        title="Cases",
        filter_text="",
        columns=COLUMNS,
        fetch_rows=fetch,
        personal=True,
        done=delivered.append,
    )
    assert dialog is not None
    qtbot.waitUntil(fetch.entered.is_set, timeout=15_000)
    [cancel] = dialog.findChildren(QPushButton)
    cancel.click()
    fetch.gate.set()
    qtbot.waitUntil(lambda: delivered != [], timeout=15_000)
    assert not fetch.timed_out
    assert delivered == [None] and errors == []  # a cancel is no error
    assert old.read_bytes() == b"an older file"  # left as it was
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cancelled")] == []
    assert not [d for d in window.stack.findChildren(QProgressDialog) if d.isVisible()]


def test_a_widget_without_a_window_worker_still_exports_in_the_background(
    qtbot, answer_save, tmp_path
):
    answer_save("bare.csv")
    bare = QWidget()
    qtbot.addWidget(bare)
    fetched_in: list[threading.Thread] = []

    def fetch(_ctx: Any) -> ListRows:
        fetched_in.append(threading.current_thread())
        return ListRows(rows(3), False)

    path = export(
        qtbot,
        bare,
        title="Cases",
        filter_text="",
        columns=COLUMNS,
        fetch_rows=fetch,
        personal=False,
    )
    assert path == tmp_path / "bare.csv"
    assert fetched_in and fetched_in[0] is not threading.main_thread()
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert ["T-000002", "'=SUM(A1)", "2"] in list(csv.reader(f))


def test_cancel_at_the_file_dialog_exports_nothing(qtbot, window: MainWindow, answer_save):
    answer_save(None)
    called: list[int] = []
    result = export(
        qtbot,
        window.stack,
        title="Cases",
        filter_text="",
        columns=COLUMNS,
        fetch_rows=lambda _ctx: called.append(1) or ListRows([], True),
        personal=True,
    )
    assert result is None and called == []


def test_a_failing_fetch_is_told_and_writes_nothing(
    qtbot, window: MainWindow, answer_save, errors, tmp_path
):
    answer_save("broken.csv")

    def fetch(_ctx) -> ListRows:
        raise OSError("the database went away")

    result = export(
        qtbot,
        window.stack,
        title="Cases",
        filter_text="",
        columns=COLUMNS,
        fetch_rows=fetch,
        personal=True,
    )
    assert result is None
    assert errors == ["the database went away"]
    assert list(tmp_path.glob("broken*")) == []


def test_right_to_left_sheet_in_arabic(qtbot, window: MainWindow, answer_save):
    from desktop.app import application

    answer_save("ar.xlsx")
    application("ar")
    try:
        path = export(
            qtbot,
            window.stack,
            title="Cases",
            filter_text="",
            columns=COLUMNS,
            fetch_rows=given(rows(5), True),
            personal=True,
            suffix=".xlsx",
        )
    finally:
        application("en")
    assert path is not None
    book = load_workbook(path)
    assert all(book[name].sheet_view.rightToLeft for name in book.sheetnames)


def test_list_content_without_a_window(tmp_path):
    content = export_action.list_content(
        title="Facilities",
        filter_text="all",
        columns=[("name", "Name"), ("capacity", "Capacity")],
        rows=[["A", 10], ["B", None]],
        includes_synthetic=False,
        personal=False,
        database_name="x.db",
        lang="en",
    )
    [table] = content.tables()
    assert [c.numeric for c in table.columns] == [False, True]
    assert not content.right_to_left and content.marks() == []


def test_the_export_action_calls_its_handler(qtbot, window: MainWindow):
    calls: list[int] = []
    page = window.pages["reports"]
    action = export_action.create_export_action(page, lambda: calls.append(1))
    assert action.objectName() == "exportAction" and action in page.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    action.trigger()
    assert calls == [1]
