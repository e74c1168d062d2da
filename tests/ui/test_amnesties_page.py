"""The Amnesties page: the general amnesty with its reconciliation, editing the decree and
its rules, new amnesties, and the decision actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy import text
from window_helpers import window_in

from desktop.services.apply_amnesty import select_candidates
from desktop.services.approvals import approve, approve_batch, pending
from desktop.services.database import open_database
from desktop.services.decisions import decide
from desktop.services.users import add_user
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.apply_amnesty import ApplyAmnestyDialog
from desktop.ui.dialogs.decision import DecisionDialog
from desktop.ui.dialogs.revoke import RevokeDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.amnesty_tables import DIFFERS_ROLE
from desktop.ui.models.facility_tree import COL_POPULATION
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
    # A release is proposed: the reconciliation counts decisions in force only.
    assert reconciliation(page)[0] == ("Released", "631", "631", "matches")
    add_user(window.database, "reviewer2", "reviewer")
    assert window.database.path is not None
    reviewer = open_database(str(window.database.path), create=False, account="reviewer2")
    try:
        proposal = next(p for p in pending(reviewer) if p.detainee_id == pid)
        approve(reviewer, proposal.id)
    finally:
        reviewer.dispose()
    # The window notices the other user's approval and shows it.
    with qtbot.waitSignal(page.controller.detail_shown, timeout=10_000):
        window.change_watch.check()
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
    # Who revoked is the login, not the name typed in the dialog.
    revoked = page.detail.decisions.index(0, 5).data()
    assert f"revoked by {window.database.identity.login}" in revoked and "Officer A" not in revoked
    table.selectRow(0)
    assert not page.detail.revoke_button.isEnabled()


def held_by_facility(window: MainWindow) -> dict[int, int]:
    with window.database.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT facility_id, count(*) FROM detainee WHERE status = 'held' "
                "AND facility_id IS NOT NULL GROUP BY facility_id"
            )
        )
        return {int(f): int(n) for f, n in rows}


def records_cells(window: MainWindow) -> dict[int, str]:
    """The Facilities tree's population cell of every facility counted from records."""
    model = window.pages["facilities"].model
    return {
        row.id: model.index_of(row.id, COL_POPULATION).data()
        for row in model.all_rows()
        if row.headcount is None
    }


def preview_text(qtbot, dialog: QPrintPreviewDialog, path: Path) -> str:
    """What the open preview paints, printed from it to a PDF and read back."""
    widget = dialog.findChild(QPrintPreviewWidget)
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    widget.print()
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_applying_an_amnesty_shows_the_new_figures_on_every_page(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
):
    db = window.database
    candidates = select_candidates(db, amnesty_id=GENERAL).rows
    person = candidates[0]
    chosen = {person.detainee_id, *(r.detainee_id for r in candidates[1:40])}
    case_no = scalar(window, "SELECT case_no FROM detainee WHERE id = :i", i=person.detainee_id)

    # The person's case on the Cases page, found by typing the case number.
    window.show_page("cases")
    cases = window.pages["cases"]
    qtbot.waitUntil(cases.is_ready, timeout=15_000)
    cases.search.setFocus()
    qtbot.keyClicks(cases.search, str(case_no))
    qtbot.waitUntil(
        lambda: cases.controller.record is not None and cases.controller.record.case_no == case_no,
        timeout=15_000,
    )
    assert cases.detail.status.currentData() == "held"
    status_column = cases.model.column_of("status")
    assert cases.model.index(0, status_column).data() == "Held"

    # The occupancy report's preview stays open beside the window.
    window.show_page("reports")
    reports = window.pages["reports"]
    qtbot.waitUntil(reports.is_ready, timeout=15_000)
    reports.kind.setCurrentIndex(reports.kind.findData("occupancy"))
    with qtbot.waitSignal(reports.controller.output.previewed, timeout=30_000) as opened:
        qtbot.mouseClick(reports.preview_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]

    window.show_page("facilities")
    qtbot.waitUntil(window.pages["facilities"].is_ready, timeout=15_000)
    before = held_by_facility(window)
    facility = scalar(
        window, "SELECT facility_id FROM detainee WHERE id = :i", i=person.detainee_id
    )
    assert records_cells(window)[facility] == f"{before[facility]:,} (records)"

    # Apply the general amnesty to the chosen people, through the real dialog.
    window.show_page("amnesties")
    page = window.pages["amnesties"]
    qtbot.waitUntil(lambda: page.is_ready() and page.controller.detail is not None, timeout=15_000)
    monkeypatch.setattr(messages, "confirm", lambda _parent, _title, _body: True)
    results: list[object] = []

    def review() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ApplyAmnestyDialog)
        qtbot.waitUntil(lambda: dialog.candidates is not None, timeout=30_000)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("released"))
        dialog.model.set_all(True)
        dialog.model.untick([i for i in dialog.model.ticked_ids() if i not in chosen])
        assert set(dialog.model.ticked_ids()) == chosen
        dialog.applied.connect(results.append)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, review)
    refreshed = []
    reports.controller.output.preview_refreshed.connect(refreshed.append)
    page.apply_action.trigger()
    assert len(results) == 1
    # The releases are proposed as one batch: nothing changes until a second person
    # approves it; here a reviewer of the same file approves it from elsewhere, and this
    # window notices that other user's write.
    assert held_by_facility(window) == before
    qtbot.waitUntil(lambda: refreshed == [preview], timeout=30_000)  # the proposal's write
    batch_id = results[0].batch_id  # type: ignore[attr-defined]
    assert batch_id is not None
    add_user(db, "reviewer2", "reviewer")
    assert db.path is not None
    reviewer = open_database(str(db.path), create=False, account="reviewer2")
    try:
        approve_batch(reviewer, batch_id)
    finally:
        reviewer.dispose()
    window.change_watch.check()
    after = held_by_facility(window)
    held = sum(after.values())
    assert held == sum(before.values()) - len(chosen)
    assert (
        scalar(
            window,
            "SELECT count(*) FROM detainee WHERE id = :i AND status = 'released'",
            i=person.detainee_id,
        )
        == 1
    )

    # The status bar, at once.
    qtbot.waitUntil(lambda: f"{held:,} held" in window.status_label.text(), timeout=15_000)
    # The Amnesties page on show: its reconciliation counts the new decisions.
    qtbot.waitUntil(
        lambda: reconciliation(page)[0][1] == str(631 + len(chosen)) and page.is_ready(),
        timeout=15_000,
    )
    # The preview open beside the window, although the Reports page is hidden.
    qtbot.waitUntil(lambda: refreshed == [preview, preview], timeout=30_000)
    painted = preview_text(qtbot, preview, tmp_path / "preview.pdf")
    facility_name = scalar(window, "SELECT name FROM facility WHERE id = :i", i=facility)
    assert f"{facility_name} " in painted
    assert f" {after[facility]:,} " in painted.split(str(facility_name), 1)[1][:80]
    preview.close()

    # The Facilities tree: every facility counted from records reads the database's count.
    window.show_page("facilities")
    qtbot.waitUntil(
        lambda: (
            records_cells(window)
            == {f: f"{after.get(f, 0):,} (records)" for f in records_cells(window)}
        ),
        timeout=15_000,
    )
    assert records_cells(window)[facility] == f"{after[facility]:,} (records)"

    # The Cases list and the case on show: released, still the same case, still selected.
    window.show_page("cases")
    qtbot.waitUntil(
        lambda: (
            cases.model.index(0, status_column).data() == "Released"
            and cases.detail.status.currentData() == "released"
        ),
        timeout=15_000,
    )
    assert cases.controller.record.case_no == case_no
    assert cases.table.currentIndex().row() == 0


def test_the_history_tab_shows_who_changed_the_title(
    qtbot, page: AmnestiesPage, window: MainWindow
):
    history = page.detail.history
    qtbot.waitUntil(lambda: "No changes recorded yet." in history.status.text(), timeout=10_000)
    old = page.detail.title.text()
    page.detail.title.setText(old + " (corrected)")
    with qtbot.waitSignal(page.controller.saved, timeout=10_000):
        page.save_action.trigger()
    page.detail.bottom_tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=10_000)
    m = history.model
    row = [m.index(0, c).data() for c in range(1, 6)]
    assert row == [window.database.identity.login, "Changed", "Title", old, old + " (corrected)"]


def test_with_no_amnesty_the_decree_takes_no_typing_and_says_how_to_add_one(
    qtbot, empty_db, settings
):
    """On a database with no amnesty yet, the decree's fields and rules took typing that
    went nowhere (no Save, no unsaved mark), under a blank heading."""
    window = MainWindow(empty_db, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    window.show_page("amnesties")
    page = window.pages["amnesties"]
    assert isinstance(page, AmnestiesPage)
    qtbot.waitUntil(page.is_ready, timeout=15_000)
    detail = page.detail
    qtbot.waitUntil(lambda: not detail.title.isEnabled(), timeout=15_000)
    assert not detail.rules.isEnabled()
    qtbot.keyClicks(detail.title, "Typed into nothing")
    assert detail.title.text() == ""
    heading = detail.heading.text()
    assert "No amnesty yet" in heading and "New amnesty" in heading

    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(detail.title.isEnabled)
    assert detail.rules.isEnabled()
    qtbot.keyClicks(detail.title, "First amnesty")
    qtbot.waitUntil(page.save_action.isEnabled)
    page.controller.revert()
    window.tasks.wait()


def test_the_rules_name_categories_in_the_window_script(qtbot, seeded_db, settings):
    """In Arabic (and Sorani) the rules' category lists named every category in English
    ("Iraqi national") where the case page and its filters use the Arabic name."""

    with seeded_db.engine.connect() as conn:
        arabic = {
            code: name_ar
            for code, name_ar in conn.execute(text("SELECT code, name_ar FROM category"))
        }
    assert all(arabic.values())
    with window_in(qtbot, seeded_db, settings, "ar", size=None) as window:
        window.show_page("amnesties")
        page = window.pages["amnesties"]
        assert isinstance(page, AmnestiesPage)
        qtbot.waitUntil(lambda: page.is_ready() and page.controller.detail is not None)
        for listing in (page.detail.rules.include, page.detail.rules.exclude):
            items = [listing.item(i) for i in range(listing.count())]
            assert len(items) == len(arabic)
            assert {i.data(CODE_ROLE): i.text().strip() for i in items} == arabic


def test_escape_reverts_unsaved_edits_as_on_the_facilities_page(qtbot, window, page):
    """Esc reverted a facility's unsaved edits but did nothing to an amnesty's."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    title = page.detail.title
    saved_title = title.text()
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClicks(title, " (edited)")
    qtbot.waitUntil(window.isWindowModified)
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: title.text() == saved_title)
    assert not window.isWindowModified()


@pytest.mark.parametrize("lang", ["en", "ku", "ckb"])
def test_the_amnesty_titles_keep_to_one_line_at_1024(qtbot, seeded_db, settings, lang):
    """At 1024x700 the Amnesties list's title column wrapped "General amnesty, October
    2020" to three lines (Kurmanji; two in English): the list kept a fixed share of the
    page, narrower than its columns, beside a detail that could have given the room."""

    with window_in(qtbot, seeded_db, settings, lang, size=(1024, 700)) as window:
        window.show_page("amnesties")
        page = window.pages["amnesties"]
        assert isinstance(page, AmnestiesPage)
        qtbot.waitUntil(lambda: page.is_ready() and page.model.rowCount() > 0, timeout=15_000)
        title = page.list.horizontalHeader()
        # the width the longest title takes on one line
        qtbot.waitUntil(lambda: page.list.sizeHintForColumn(0) > 0)
        one_line = page.list.sizeHintForColumn(0)
        qtbot.waitUntil(lambda: title.sectionSize(0) >= one_line, timeout=5_000)
        line = page.list.fontMetrics().lineSpacing()
        assert page.list.rowHeight(0) < 2 * line
        # the detail keeps the larger part of the page
        list_width, detail_width = page.splitter.sizes()
        assert detail_width > list_width


@pytest.mark.parametrize("lang", ["ku", "ckb"])
def test_the_outcomes_table_shows_its_rows_at_1024x700(qtbot, seeded_db, settings, lang):
    """At 1024x700 in Sorani the Outcomes tab showed the counted-and-reported table's
    header and not one of its rows (Kurmanji: one of two): the note beneath took the room."""

    with window_in(qtbot, seeded_db, settings, lang, size=(1024, 700)) as window:
        window.show_page("amnesties")
        page = window.pages["amnesties"]
        assert isinstance(page, AmnestiesPage)
        table = page.detail.reconciliation_table
        qtbot.waitUntil(
            lambda: page.is_ready() and page.detail.reconciliation.rowCount() >= 2,
            timeout=15_000,
        )
        rows = page.detail.reconciliation.rowCount()
        last = table.rowViewportPosition(rows - 1) + table.rowHeight(rows - 1)
        qtbot.waitUntil(lambda: table.viewport().height() >= last, timeout=5_000)


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_the_decisions_tab_shows_several_rows_at_1024x700(
    qtbot, seeded_db, settings, lang, tmp_path
):
    """At 1024x700 the Decisions tab showed one decision and a half of its 884: the decree
    above kept seven tenths of the page, blank beneath its Source row."""
    from desktop.ui.views.amnesty_detail import DECISION_ROWS_SHOWN

    with window_in(qtbot, seeded_db, settings, lang, size=(1024, 700)) as window:
        window.show_page("amnesties")
        page = window.pages["amnesties"]
        assert isinstance(page, AmnestiesPage)
        detail = page.detail
        detail.bottom_tabs.setCurrentIndex(1)
        table = detail.decisions_table
        qtbot.waitUntil(
            lambda: page.is_ready() and detail.decisions.rowCount() > DECISION_ROWS_SHOWN,
            timeout=15_000,
        )
        last = DECISION_ROWS_SHOWN - 1
        bottom = table.rowViewportPosition(last) + table.rowHeight(last)
        qtbot.waitUntil(lambda: table.viewport().height() > 0)
        assert window.grab().save(str(tmp_path / f"decisions-{lang}.png"))
        assert table.viewport().height() >= bottom, (table.viewport().height(), bottom)
