"""The Amnesties page: the general amnesty with its reconciliation, editing the decree and
its rules, new amnesties, and the decision actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy import text

from desktop.services.decisions import decide
from desktop.ui.dialogs.apply_amnesty import ApplyAmnestyDialog
from desktop.ui.dialogs.decision import DecisionDialog
from desktop.ui.dialogs.revoke import RevokeDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.amnesty_tables import DIFFERS_ROLE
from desktop.ui.views.amnesties_page import AmnestiesPage
from desktop.ui.views.amnesty_rules import CODE_ROLE

GENERAL = 1


@pytest.fixture
def page(qtbot, window: MainWindow) -> AmnestiesPage:
    window.show_page("amnesties")
    p = window.pages["amnesties"]
    assert isinstance(p, AmnestiesPage)
    qtbot.waitUntil(lambda: p.is_ready() and p.controller.detail is not None, timeout=15_000)
    return p


def scalar(window: MainWindow, sql: str, **params: object) -> object:
    with window.database.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def reconciliation(page: AmnestiesPage) -> list[tuple[str, ...]]:
    model = page.detail.reconciliation
    return [tuple(str(model.index(r, c).data()) for c in range(4)) for r in range(model.rowCount())]


def test_the_general_amnesty_shows_counted_and_reported_outcomes(
    page: AmnestiesPage, qtmodeltester
):
    detail = page.detail
    assert "General amnesty, October 2020" in detail.heading.text()
    assert detail.title.text() == "General amnesty, October 2020"
    assert detail.precision.currentData() == "month"
    assert reconciliation(page) == [
        ("Released", "631", "631", "matches"),
        ("Sentence reduced by 1/2", "253", "253", "matches"),
    ]
    assert "Hundreds of ISIS members" in detail.reconciliation.index(0, 5).data()
    assert "agree" in detail.reconciliation_note.text()
    assert "884 of them about synthetic" in detail.reconciliation_note.text()
    assert detail.decisions_count.text() == "884 decisions"
    assert detail.rules.violent.isChecked()
    for model in (page.model, detail.reconciliation, detail.decisions):
        qtmodeltester.check(model)


def test_every_operated_widget_of_the_page_is_named(page: AmnestiesPage):
    for tab in range(2):
        page.detail.top_tabs.setCurrentIndex(tab)
        page.detail.bottom_tabs.setCurrentIndex(tab)
        missing = [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in page.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QAbstractItemView | QComboBox | QLineEdit | QSpinBox)
            and w.isVisibleTo(page)
            and (not w.objectName() or not w.accessibleName())
            and not w.objectName().startswith("qt_")
        ]
        assert missing == []


def test_editing_the_rules_with_checkboxes_saves_them_as_data(
    qtbot, page: AmnestiesPage, window: MainWindow
):
    rules = page.detail.rules
    page.detail.top_tabs.setCurrentIndex(1)
    assert not page.save_action.isEnabled()
    items = [rules.exclude.item(i) for i in range(rules.exclude.count())]
    foreign = next(item for item in items if item.data(CODE_ROLE) == "foreign")
    rect = rules.exclude.visualItemRect(foreign)
    box = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(rules.exclude.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert foreign.checkState() == Qt.CheckState.Checked
    assert page.save_action.isEnabled() and window.isWindowModified()
    assert "not in category foreign" in page.detail.rules_summary.text()
    page.undo_stack().undo()
    assert foreign.checkState() == Qt.CheckState.Unchecked and not page.save_action.isEnabled()
    page.undo_stack().redo()
    qtbot.keyClicks(rules.nat_exclude, "fr de")
    with qtbot.waitSignal(page.controller.saved, timeout=10_000):
        page.save_action.trigger()
    stored = scalar(window, "SELECT rules_json FROM amnesty WHERE id = 1")
    assert stored == (
        '{"category_exclude": ["foreign"], "exclude_violent_crime": true, '
        '"nationality_exclude": ["FR", "DE"]}'
    )
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    assert not page.save_action.isEnabled()


def test_malformed_rules_and_fields_are_shown_beside_them(
    qtbot, page: AmnestiesPage, window: MainWindow
):
    rules = page.detail.rules
    qtbot.keyClicks(rules.nat_include, "SYR")
    assert "is not ISO code" in rules.problem_text("nationality_include")
    page.detail.title.clear()
    qtbot.keyClicks(page.detail.title, " ")
    page.detail.issued_on.setDate(QDate.currentDate().addDays(3))
    page.save_action.trigger()
    qtbot.waitUntil(lambda: bool(page.detail.form.problem_text("title")), timeout=10_000)
    assert "required" in page.detail.form.problem_text("title")
    assert "future" in page.detail.form.problem_text("issued_on")
    assert (
        scalar(window, "SELECT title FROM amnesty WHERE id = 1") == "General amnesty, October 2020"
    )
    page.revert_action.trigger()
    assert page.detail.title.text() == "General amnesty, October 2020"
    assert rules.problem_text("nationality_include") == "" and not page.controller.is_dirty()


def test_unsaved_changes_are_asked_about_before_they_are_lost(
    qtbot, page: AmnestiesPage, monkeypatch
):
    from desktop.ui.dialogs import unsaved

    asked = []
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda _p, label: asked.append(label) or "cancel")
    qtbot.keyClicks(page.detail.issued_by, " (edited)")
    page.new_action.trigger()
    assert asked == ["General amnesty, October 2020"]
    assert page.detail.title.text() == "General amnesty, October 2020"  # stayed
    assert not page.can_close()
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda _p, _label: "discard")
    assert page.can_close()
    assert not page.controller.is_dirty()


def test_a_new_amnesty_is_created_from_the_form(qtbot, page: AmnestiesPage, window: MainWindow):
    page.new_action.trigger()
    assert page.detail.title.text() == "" and not page.decide_action.isEnabled()
    qtbot.keyClicks(page.detail.title, "General amnesty, October 2020")
    page.detail.issued_on.setDate(QDate(2021, 3, 15))
    page.save_action.trigger()
    qtbot.waitUntil(lambda: bool(page.detail.form.problem_text("title")), timeout=10_000)
    assert "another amnesty has this title" in page.detail.form.problem_text("title")
    page.detail.title.clear()
    qtbot.keyClicks(page.detail.title, "Spring amnesty 2021")
    page.detail.rules.min_check.setChecked(True)
    page.detail.rules.min_months.setValue(6)
    with qtbot.waitSignal(page.controller.detail_shown, timeout=10_000) as shown:
        page.save_action.trigger()
    new_id = shown.args[0]
    assert page.model.rowCount() == 2
    assert scalar(window, "SELECT rules_json FROM amnesty WHERE id = :i", i=new_id) == (
        '{"sentence_min_months": 6}'
    )
    assert page.detail.reconciliation.rowCount() == 0
    assert page.decide_action.isEnabled()


def test_a_decision_from_the_page_updates_the_reconciliation_and_can_be_revoked(
    qtbot, page: AmnestiesPage, window: MainWindow, monkeypatch
):
    pid = scalar(
        window,
        "SELECT id FROM detainee d WHERE status = 'held' AND violent_crime = 0 AND NOT EXISTS "
        "(SELECT 1 FROM amnesty_decision a WHERE a.detainee_id = d.id) ORDER BY id LIMIT 1",
    )

    def ask(cls, parent, database, *, detainee_id=None, amnesty_id=None):
        assert amnesty_id == GENERAL and detainee_id is None
        return decide(database, amnesty_id=GENERAL, detainee_id=int(pid), outcome="released").id

    monkeypatch.setattr(DecisionDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(page.controller.detail_shown, timeout=10_000):
        page.decide_action.trigger()
    rows = reconciliation(page)
    assert rows[0] == ("Released", "632", "631", "+1 (differs)")
    assert page.detail.reconciliation.index(0, 0).data(DIFFERS_ROLE) is True
    assert page.detail.reconciliation.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "differ for one outcome" in page.detail.reconciliation_note.text()

    # The newest decision is first in the Decisions tab: revoke it.
    page.detail.bottom_tabs.setCurrentIndex(1)
    table = page.detail.decisions_table
    table.selectRow(0)
    assert page.detail.decisions.index(0, 0).data() == scalar(
        window, "SELECT case_no FROM detainee WHERE id = :i", i=pid
    )
    asked = []
    monkeypatch.setattr(
        RevokeDialog,
        "ask",
        classmethod(
            lambda cls, parent, *, record, default_by: (
                asked.append(record) or ("Wrong person", "Officer A")
            )
        ),
    )
    assert page.detail.revoke_button.isEnabled()
    with qtbot.waitSignal(page.controller.detail_shown, timeout=10_000):
        qtbot.mouseClick(page.detail.revoke_button, Qt.MouseButton.LeftButton)
    assert asked[0].outcome == "released"
    assert scalar(window, "SELECT status FROM detainee WHERE id = :i", i=pid) == "held"
    assert reconciliation(page)[0] == ("Released", "631", "631", "matches")
    assert "revoked by Officer A" in page.detail.decisions.index(0, 5).data()
    table.selectRow(0)
    assert not page.detail.revoke_button.isEnabled()


def test_apply_amnesty_opens_the_review_and_refreshes(qtbot, page: AmnestiesPage, monkeypatch):
    called = []
    monkeypatch.setattr(
        ApplyAmnestyDialog,
        "ask",
        classmethod(lambda cls, parent, database, *, amnesty_id: called.append(amnesty_id)),
    )
    page.apply_action.trigger()
    assert called == [GENERAL]
    assert page.is_ready()
