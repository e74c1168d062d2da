"""Export… on the facility and case lists writes what the list shows: its rows in order,
its visible columns, and its filter."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.ui.dialogs import print_dialogs


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def answer_with(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(print_dialogs, "ask_save_path", lambda *_a, **_k: path)


def test_facilities_export_writes_the_filtered_tree(qtbot, window, monkeypatch, tmp_path):
    page = window.pages["facilities"]
    qtbot.waitUntil(page.is_ready, timeout=15_000)
    page.search.setText("annex")
    out = tmp_path / "facilities.csv"
    answer_with(monkeypatch, out)
    page.export_action.trigger()
    lines = read_csv(out)
    text = "\n".join(",".join(line) for line in lines)
    assert "search: annex" in text
    names = [line[0].strip() for line in lines if line and line[0].strip()]
    assert "al-Hol camp" in names and "The Annex" in names
    assert not any(n.startswith("Synthetic Detention Centre") for n in names)


def test_cases_export_follows_search_filters_and_visible_columns(
    qtbot, window, monkeypatch, tmp_path
):
    window.show_page("cases")
    page = window.pages["cases"]
    qtbot.waitUntil(page.is_ready, timeout=15_000)
    status = page.filters.status
    status.setCurrentIndex(status.findData("released"))
    page.apply_query()
    qtbot.waitUntil(lambda: page.model.rowCount() == 631, timeout=15_000)
    page.table.setColumnHidden(page.model.column_of("name_arabic"), True)
    out = tmp_path / "cases.csv"
    answer_with(monkeypatch, out)
    page.export_button.click()
    lines = read_csv(out)
    header_at = next(i for i, line in enumerate(lines) if line and line[0] == "Case number")
    header, rows = lines[header_at], [r for r in lines[header_at + 1 :] if r and r[0]]
    assert "Name (Arabic)" not in header and "Name (Latin)" in header
    assert len(rows) == 631
    status_at = header.index("Status")
    assert {r[status_at] for r in rows} == {"Released"}
    assert any("Includes synthetic records" in ",".join(line) for line in lines[:header_at])
