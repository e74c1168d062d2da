"""The History panel shows one record's changes, newest first: when (local time), who,
what kind of change, which field, before and after."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import select

from desktop.services.database import Database
from desktop.services.facilities import facility_history
from desktop.services.history import HistoryEntry, history_for
from desktop.store.models import Facility
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.history_panel import HistoryModel, HistoryPanel, local_time

ROWS = [
    HistoryEntry(datetime(2026, 3, 2, 9, 30), "Rana", "update", "capacity", "100", "150"),
    HistoryEntry(datetime(2026, 3, 1, 8, 0), "Rana", "update", "notes", None, "Line one\nLine two"),
    HistoryEntry(datetime(2026, 2, 1, 12, 0), "Karim", "insert", "name", None, "Centre 7"),
    HistoryEntry(datetime(2026, 2, 1, 12, 0), "Karim", "delete", None, None, None),
]


@pytest.fixture
def panel(qtbot) -> HistoryPanel:
    p = HistoryPanel(field_labels={"capacity": "Design capacity"})
    qtbot.addWidget(p)
    return p


WHEN, WHO, ACTION, FIELD, BEFORE, AFTER = range(6)


def cell(model: HistoryModel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_the_model_passes_the_model_tester(qtmodeltester, panel: HistoryPanel):
    panel.load(ROWS)
    qtmodeltester.check(panel.model)
    panel.load([])
    qtmodeltester.check(panel.model)


def test_rows_show_who_what_and_the_values_before_and_after(panel: HistoryPanel):
    panel.load(ROWS)
    m = panel.model
    assert m.rowCount() == 4
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "When",
        "Who",
        "Change",
        "Field",
        "Before",
        "After",
    ]
    assert [cell(m, 0, c) for c in range(1, 6)] == [
        "Rana",
        "Changed",
        "Design capacity",
        "100",
        "150",
    ]
    assert cell(m, 1, BEFORE) == "—"
    assert cell(m, 1, AFTER) == "Line one…"  # one line in the table
    assert cell(m, 1, AFTER, Qt.ItemDataRole.ToolTipRole) == "Line one\nLine two"
    assert cell(m, 2, ACTION) == "Created"
    assert cell(m, 2, FIELD) == "name"  # no label given: the field's name
    assert cell(m, 3, ACTION) == "Deleted"
    assert cell(m, 3, FIELD) == "(whole record)"
    shown = QLocale().toString(local_time(ROWS[0].at), QLocale.FormatType.ShortFormat)
    assert cell(m, 0, WHEN) == shown
    assert panel.status.text() == "Changes recorded: 4, newest first."
    assert not panel.table.isHidden()


def test_stored_utc_times_are_shown_in_local_time():
    moment = local_time(datetime(2026, 3, 2, 9, 30))
    assert moment.toUTC().time().hour() == 9 and moment.toUTC().time().minute() == 30
    assert moment.timeSpec() == Qt.TimeSpec.LocalTime


def test_an_empty_history_says_so(panel: HistoryPanel):
    panel.load([])
    assert panel.status.text() == "No changes recorded yet."
    assert panel.table.isHidden()
    panel.clear()
    assert panel.status.text() == "No record is selected."


def test_load_record_reads_the_history_in_the_background(
    qtbot, panel: HistoryPanel, seeded_db: Database
):
    with seeded_db.session() as s:
        facility = s.scalars(select(Facility).where(Facility.name == "al-Hol camp")).one()
        facility.capacity = 75000
        fid = facility.id
    tasks = TaskRunner(panel)
    panel.load_record(tasks, lambda: facility_history(seeded_db, facility_id=fid))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert cell(panel.model, 0, WHO) == seeded_db.identity.login
    assert cell(panel.model, 0, AFTER) == "75000"
    assert panel.model.record(0) == history_for(seeded_db, table="facility", record_id=fid)[0]
    tasks.wait()


def test_an_answer_for_an_earlier_record_is_dropped(
    qtbot, panel: HistoryPanel, seeded_db: Database
):
    with seeded_db.session() as s:
        first, second = s.scalars(select(Facility).order_by(Facility.id).limit(2)).all()
        first.notes = "first changed"
        second.notes = "second changed"
        ids = (first.id, second.id)
    shown: list[str | None] = []
    panel.model.modelReset.connect(
        lambda: shown.append(panel.model.record(0).after if panel.model.rowCount() else None)
    )
    tasks = TaskRunner(panel)
    for fid in ids:
        panel.load_record(tasks, lambda fid=fid: facility_history(seeded_db, facility_id=fid))
    # One worker answers in order: once the second answer is shown, the first has come too.
    qtbot.waitUntil(lambda: "second changed" in shown, timeout=10_000)
    assert shown == ["second changed"]
    tasks.wait()


def test_the_panel_looks_right(qtbot, panel: HistoryPanel, tmp_path: Path):
    panel.load(ROWS)
    panel.resize(720, 260)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.grab().save(str(tmp_path / "history.png"))
    assert panel.table.accessibleName() and panel.table.objectName() == "historyTable"
    assert panel.model.record(0) == ROWS[0]


def test_every_detail_names_its_history_the_way_its_form_does(qtbot):
    """The case, facility and amnesty details make their History tab one way
    (``HistoryPanel.of_form``): a field by its form caption, a stored choice in the form's
    words, and the amnesty's stored fields that have no row in its form by their own."""
    from desktop.ui.views.amnesty_detail import AmnestyDetailView
    from desktop.ui.views.case_detail import CaseDetailView
    from desktop.ui.views.facility_detail import FacilityDetailView

    case, facility, amnesty = CaseDetailView(), FacilityDetailView(), AmnestyDetailView()
    for view in (case, facility, amnesty):
        qtbot.addWidget(view)
    at = datetime(2026, 3, 2, 9, 30)
    panels: list[tuple[HistoryPanel, str, str, str]] = [
        (case.history_panel, "status", "held", "released"),
        (facility.history, "status", "open", "closed"),
        (amnesty.history, "issued_on_precision", "day", "month"),
    ]
    for panel, field, before, after in panels:
        form = {case.history_panel: case.form, facility.history: facility.form}.get(
            panel, amnesty.form
        )
        panel.load([HistoryEntry(at, "Rana", "update", field, before, after)])
        m = panel.model
        assert cell(m, 0, FIELD) == form.field_labels()[field]
        assert cell(m, 0, BEFORE) == form.value_text(field, before) != before
        assert cell(m, 0, AFTER) == form.value_text(field, after) != after
    amnesty.history.load([HistoryEntry(at, "Rana", "update", "rules_json", "{}", "{}")])
    assert cell(amnesty.history.model, 0, FIELD) == "Rules"
