"""Headcounts on the Facilities page: the editor's rules, and adding, changing and deleting
headcounts, with the population, occupancy, chart and comparison following."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.facility_rules import HeadcountFields, NewSource
from desktop.services import facilities as svc
from desktop.ui.models.facility_tree import COL_POPULATION
from desktop.ui.views.headcount_dialog import NEW_SOURCE, HeadcountDialog, HeadcountEdit
from tests.ui.facility_helpers import (
    click,
    facilities_page,
    find,
    idle,
    install_prompts,
    type_into,
)

TIMEOUT = 15_000


@pytest.fixture
def dialog(qtbot, seeded_db) -> HeadcountDialog:
    d = HeadcountDialog(
        None,
        categories=svc.list_categories(seeded_db),
        sources=svc.list_sources(seeded_db),
        facility_name="Synthetic Detention Centre 05",
        today=date(2024, 6, 30),
    )
    qtbot.addWidget(d)
    return d


def test_the_editor_checks_every_rule_beside_its_field(qtbot, dialog: HeadcountDialog):
    form = dialog.form
    assert not dialog.ok_button.isEnabled()  # no total, no source yet
    assert "number is required" in form.problem_text("total")
    assert "needs a source" in form.problem_text("source")
    type_into(qtbot, dialog.total, "-3")
    assert "must not be negative" in form.problem_text("total").lower()
    type_into(qtbot, dialog.total, "٤٥٠")  # Arabic-Indic digits
    assert form.problem_text("total") == ""
    dialog.as_of.setDate(dialog.as_of.date().addDays(1))
    assert "future" in form.problem_text("as_of")
    dialog.as_of.setDate(dialog.as_of.date().addYears(-1))
    dialog.source.setCurrentIndex(dialog.source.findData(NEW_SOURCE))
    assert dialog.source_title.isVisibleTo(dialog)
    assert "needs a title" in form.problem_text("source_title")
    type_into(qtbot, dialog.source_title, "Monitoring visit")
    european = next(
        cid for cid in dialog.counts if "European" in dialog.counts[cid].accessibleName()
    )
    type_into(qtbot, dialog.counts[european], "500")
    assert "more than the total" in form.problem_text(f"category_{european}")
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, dialog.counts[european], "45")
    dialog.precision.setCurrentIndex(dialog.precision.findData("lower_bound"))
    assert dialog.ok_button.isEnabled()
    edit = dialog.edit()
    assert edit is not None
    assert (edit.values.total, edit.values.precision, edit.values.parts) == (
        450,
        "lower_bound",
        ((european, 45),),
    )
    assert edit.values.as_of == date(2023, 7, 1)
    dialog.as_of_precision.setCurrentIndex(dialog.as_of_precision.findData("year"))
    assert dialog.edit().values.as_of == date(2023, 1, 1)  # stored as reported: 2023
    assert edit.new_source == NewSource("Monitoring visit", None)


def test_headcounts_added_changed_and_deleted(qtbot, qtmodeltester, window, monkeypatch, seeded_db):
    prompts = install_prompts(monkeypatch)
    page = facilities_page(window)
    idle(qtbot, page)
    click(qtbot, page, "Synthetic Detention Centre 05")
    page.detail.tabs.setCurrentIndex(1)
    european = next(c.id for c in svc.list_categories(seeded_db) if c.code == "european")
    answers = [
        HeadcountEdit(
            HeadcountFields(
                as_of=date(2021, 3, 1),
                total=420,
                precision="approximate",
                as_of_precision="month",
                parts=((european, 40),),
            ),
            NewSource("Monitoring visit, March 2021", "Synthetic NGO"),
        )
    ]
    asked: list[dict] = []

    def ask(_parent, **kwargs):
        asked.append(kwargs)
        return answers.pop(0)

    monkeypatch.setattr(HeadcountDialog, "ask", ask)
    controller = page.controller
    type_into(qtbot, page.detail.operator, "Unsaved operator")  # an edit in progress
    with qtbot.waitSignal(controller.headcounts.headcounts_changed, timeout=TIMEOUT):
        qtbot.mouseClick(page.detail.add_headcount, Qt.MouseButton.LeftButton)
    idle(qtbot, page)
    assert asked[0]["record"] is None
    # A headcount is saved on its own; the facility's unsaved edit stays as it was.
    assert page.detail.operator.text() == "Unsaved operator" and window.isWindowModified()
    page.controller.revert()
    table = page.detail.headcounts_model
    qtmodeltester.check(table)
    assert [table.index(0, c).data() for c in range(5)] == [
        "Mar 2021",
        "≈ 420",
        "European national 40",
        "Monitoring visit, March 2021",
        "Approximate",
    ]
    assert "Synthetic NGO" in table.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    row = find(page, "Synthetic Detention Centre 05")
    assert row.siblingAtColumn(COL_POPULATION).data() == "≈ 420 (Mar 2021)"
    assert page.detail.chart.reported is not None and page.detail.chart.reported.count() == 1
    comparison = page.detail.people.comparison_model
    european_row = next(
        r
        for r in range(comparison.rowCount() - 1)
        if comparison.index(r, 0).data() == "European national"
    )
    assert comparison.index(european_row, 2).data() == "≈ 40"
    assert any(s.title == "Monitoring visit, March 2021" for s in controller.sources)

    view = page.detail.headcounts
    view.selectRow(0)
    first = table.record(0)
    answers.append(HeadcountEdit(HeadcountFields(**{**first.fields().__dict__, "total": 430})))
    with qtbot.waitSignal(controller.headcounts.headcounts_changed, timeout=TIMEOUT):
        qtbot.mouseClick(page.detail.edit_headcount, Qt.MouseButton.LeftButton)
    idle(qtbot, page)
    assert asked[1]["record"] == first
    assert table.index(0, 1).data() == "≈ 430"

    prompts.confirm_answer = True
    view.selectRow(0)
    with qtbot.waitSignal(controller.headcounts.headcounts_changed, timeout=TIMEOUT):
        qtbot.mouseClick(page.detail.delete_headcount, Qt.MouseButton.LeftButton)
    idle(qtbot, page)
    assert table.rowCount() == 0
    assert (
        find(page, "Synthetic Detention Centre 05")
        .siblingAtColumn(COL_POPULATION)
        .data()
        .endswith("(records)")
    )


def test_arabic_digits_reach_the_field_through_the_input_method(qtbot, dialog):
    dialog.total.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("١٢")
    QApplication.sendEvent(dialog.total, event)
    assert dialog.total.ascii_text() == "12"


def test_the_categories_are_named_in_the_window_script(qtbot, seeded_db):
    """In Arabic (and Sorani) the headcount's counts by category were captioned with the
    English names ("Iraqi national") where the case page uses the Arabic ones."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from desktop.app import application

    categories = svc.list_categories(seeded_db)
    assert all(c.name_ar for c in categories)
    application("ar")
    try:
        d = HeadcountDialog(None, categories=categories, sources=svc.list_sources(seeded_db))
        qtbot.addWidget(d)
        grid = d.findChild(QFormLayout)
        assert grid is not None
        for c in categories:
            caption = grid.labelForField(d.counts[c.id].parentWidget())
            assert isinstance(caption, QLabel)
            assert caption.text().strip() == c.name_ar
            assert c.name_ar in d.counts[c.id].accessibleName()
    finally:
        application("en")
