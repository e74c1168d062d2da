"""Four eyes in the window: a clerk proposes a release in one window, a reviewer approves it
in a second window on the same database file, and the person's status changes only then.
Controls a role may not use are disabled, with a tooltip naming the role that may."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from sqlalchemy import text

from desktop.services.database import Database, open_database
from desktop.services.users import add_user
from desktop.ui.dialogs.decision import DecisionDialog
from desktop.ui.dialogs.review import ReviewDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.views.approvals_page import ApprovalsPage

GENERAL = 1


@pytest.fixture
def accounts(seeded_path: Path) -> Iterator[dict[str, Database]]:
    """The file's administrator (the account that created it) adds a clerk, a reviewer and
    a viewer; each gets the database as that operating-system account would open it."""
    admin = open_database(str(seeded_path), create=False)
    for login, role in (("clerk1", "clerk"), ("rev1", "reviewer"), ("view1", "viewer")):
        add_user(admin, login, role)
    opened = {
        login: open_database(str(seeded_path), create=False, account=login)
        for login in ("clerk1", "rev1", "view1")
    }
    opened["admin"] = admin
    yield opened
    for database in opened.values():
        database.dispose()


def open_window(qtbot, database: Database, tmp_path: Path, name: str) -> MainWindow:
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    return window


def held_person(db: Database) -> tuple[int, str]:
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT id, case_no FROM detainee d WHERE status = 'held' AND violent_crime = 0 "
                "AND NOT EXISTS (SELECT 1 FROM amnesty_decision a WHERE a.detainee_id = d.id) "
                "ORDER BY id LIMIT 1"
            )
        ).one()
    return int(row[0]), str(row[1])


def status_of(db: Database, person_id: int) -> str:
    with db.engine.connect() as conn:
        return str(
            conn.execute(
                text("SELECT status FROM detainee WHERE id = :i"), {"i": person_id}
            ).scalar()
        )


def propose_release(qtbot, window: MainWindow, person_id: int) -> int:
    """The clerk enters a release through the decision form and saves it."""
    dialog = DecisionDialog(window, window.database, amnesty_id=GENERAL, detainee_id=person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.amnesty.count() > 0 and dialog._busy == 0, timeout=10_000)
    dialog.outcome.setFocus()
    while dialog.outcome.currentData() != "released":
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.decided, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.proposed
    return int(saved.args[0])


def approvals_page(qtbot, window: MainWindow) -> ApprovalsPage:
    window.show_page("approvals")
    assert window.current_page_name() == "approvals"
    page = window.pages["approvals"]
    assert isinstance(page, ApprovalsPage)
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    return page


def test_a_clerk_proposes_and_a_reviewer_in_another_window_approves(
    qtbot, accounts: dict[str, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    clerk_window = open_window(qtbot, accounts["clerk1"], tmp_path, "clerk")
    assert clerk_window.identity_label.text() == "clerk1 · clerk"
    person_id, case_no = held_person(accounts["admin"])

    decision_id = propose_release(qtbot, clerk_window, person_id)
    assert "waits" in clerk_window.statusBar().currentMessage() or "Proposed" in (
        clerk_window.statusBar().currentMessage()
    )
    assert status_of(accounts["admin"], person_id) == "held"  # a proposal changes nothing

    # The clerk sees the proposal waiting, but may not approve it.
    page = approvals_page(qtbot, clerk_window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert clerk_window.navigation.item(4).text() == "Waiting for approval (1)"
    assert not page.approve_button.isEnabled()
    assert "reviewer" in page.approve_button.toolTip() and "clerk" in page.approve_button.toolTip()

    # The reviewer, in a second window on the same file, approves it.
    reviewer_window = open_window(qtbot, accounts["rev1"], tmp_path, "reviewer")
    qtbot.waitUntil(lambda: reviewer_window.waiting_count() == 1, timeout=10_000)
    assert reviewer_window.navigation.item(4).text() == "Waiting for approval (1)"
    review = approvals_page(qtbot, reviewer_window)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=10_000)
    assert case_no in review.detail.text() and "clerk1" in review.detail.text()
    assert review.approve_button.isEnabled()
    asked: list[str] = []

    def answer(_parent, *, summary: str, reject: bool = False) -> str:
        asked.append(summary)
        assert not reject
        return "Checked against the council's list"

    monkeypatch.setattr(ReviewDialog, "ask", classmethod(lambda cls, *a, **k: answer(*a, **k)))
    qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status_of(accounts["admin"], person_id) == "released", timeout=10_000)
    assert str(decision_id) in asked[0] and case_no in asked[0]
    qtbot.waitUntil(lambda: review.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: reviewer_window.waiting_count() == 0, timeout=10_000)
    assert reviewer_window.navigation.item(4).text() == "Waiting for approval"

    with accounts["admin"].engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT state, proposed_by, approved_by, approval_note FROM amnesty_decision "
                "WHERE id = :i"
            ),
            {"i": decision_id},
        ).one()
        who = conn.execute(
            text(
                "SELECT who FROM change_log WHERE table_name = 'detainee' AND record_id = :i "
                "AND field = 'status'"
            ),
            {"i": person_id},
        ).scalar()
    assert tuple(row) == ("approved", "clerk1", "rev1", "Checked against the council's list")
    assert who == "rev1"

    # The clerk's window notices the other user's write and shows it.
    clerk_window.change_watch.check()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: clerk_window.waiting_count() == 0, timeout=10_000)


def test_a_reviewer_cannot_approve_their_own_proposal_and_may_reject_others(
    qtbot, accounts: dict[str, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    reviewer_window = open_window(qtbot, accounts["rev1"], tmp_path, "reviewer")
    person_id, _ = held_person(accounts["admin"])
    propose_release(qtbot, reviewer_window, person_id)
    page = approvals_page(qtbot, reviewer_window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()
    assert "another reviewer" in page.approve_button.toolTip()

    # The administrator (another person) rejects it with a reason; nothing changes.
    admin_window = open_window(qtbot, accounts["admin"], tmp_path, "admin")
    review = approvals_page(qtbot, admin_window)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=10_000)
    monkeypatch.setattr(
        ReviewDialog,
        "ask",
        classmethod(lambda cls, *_a, **k: "Wrong person" if k["reject"] else None),
    )
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.model.rowCount() == 0, timeout=10_000)
    with accounts["admin"].engine.connect() as conn:
        state, reason = conn.execute(
            text("SELECT state, rejection_reason FROM amnesty_decision WHERE detainee_id = :i"),
            {"i": person_id},
        ).one()
    assert (state, reason) == ("rejected", "Wrong person")
    assert status_of(accounts["admin"], person_id) == "held"


def test_a_viewer_sees_every_page_but_may_change_nothing(
    qtbot, accounts: dict[str, Database], tmp_path: Path
):
    window = open_window(qtbot, accounts["view1"], tmp_path, "viewer")
    assert window.identity_label.text() == "view1 · viewer"
    for name in ("facilities", "cases", "amnesties", "reports", "approvals"):
        window.show_page(name)
        page = window.pages[name]
        qtbot.waitUntil(lambda p=page: getattr(p, "is_ready", lambda: True)(), timeout=15_000)
    locked = {
        "caseNewDecision": "clerk",
        "caseSave": "clerk",
        "decideAction": "clerk",
        "applyAmnestyAction": "clerk",
        "saveFacilityAction": "clerk",
        "caseRevokeDecision": "reviewer",
        "approveProposal": "reviewer",
        "newAmnestyAction": "administrator",
        "backupAction": "administrator",
        "exportAction": "clerk",
    }
    from PySide6.QtCore import QObject

    for name, role in locked.items():
        found = window.findChildren(QObject, name)
        assert found, name
        for control in found:
            assert not control.isEnabled(), name
            assert f"Needs the {role} role; your role is viewer." == control.toolTip(), name
    # A controller that enables a control later does not undo the role's lock.
    save = window.findChild(QObject, "caseSave")
    save.setEnabled(True)
    assert not save.isEnabled()


def test_the_administrator_turns_approval_off_and_a_release_takes_effect_at_once(
    qtbot, accounts: dict[str, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from PySide6.QtGui import QAction

    from desktop.services.decisions import decide
    from desktop.ui.dialogs.approval_settings import ApprovalSettingsDialog

    clerk_window = open_window(qtbot, accounts["clerk1"], tmp_path, "clerk")
    clerk_action = clerk_window.findChild(QAction, "approvalSettingsAction")
    assert not clerk_action.isEnabled()
    assert clerk_action.toolTip() == "Needs the administrator role; your role is clerk."

    window = open_window(qtbot, accounts["admin"], tmp_path, "admin")
    action = window.findChild(QAction, "approvalSettingsAction")
    assert action.isEnabled()
    shown: list[tuple[bool, list[tuple[int, str, frozenset[str]]]]] = []

    def answer(_parent, *, on, amnesties):
        shown.append((on, amnesties))
        return False, {a[0]: {"released"} for a in amnesties}

    monkeypatch.setattr(
        ApprovalSettingsDialog, "ask", classmethod(lambda cls, *a, **k: answer(*a, **k))
    )
    action.trigger()
    qtbot.waitUntil(lambda: "saved" in window.statusBar().currentMessage(), timeout=10_000)
    assert shown[0][0] is True  # on by default
    assert shown[0][1][0][2] == frozenset({"released", "reduced"})
    with accounts["admin"].engine.connect() as conn:
        logged = conn.execute(
            text("SELECT who, before, after FROM change_log WHERE field = 'approval'")
        ).one()
    assert tuple(logged) == (accounts["admin"].identity.login, "on", "off")

    person_id, _ = held_person(accounts["admin"])
    record = decide(
        accounts["clerk1"], amnesty_id=GENERAL, detainee_id=person_id, outcome="released"
    )
    assert record.state == "approved"
    assert status_of(accounts["admin"], person_id) == "released"


def test_a_batch_decided_meanwhile_is_named_in_the_window_language(accounts):
    """A batch another reviewer approved meanwhile: in Arabic the refusal said "already
    approved" in English (the stored word)."""
    from datetime import date

    from desktop.app import application
    from desktop.domain.errors import RuleError
    from desktop.services import approvals
    from desktop.services.apply_amnesty import apply_bulk, select_candidates
    from desktop.ui.problem_text import DECISION_STATES, error_text

    clerk, reviewer = accounts["clerk1"], accounts["rev1"]
    rows = select_candidates(clerk, amnesty_id=GENERAL).rows
    batch = apply_bulk(
        clerk,
        amnesty_id=GENERAL,
        detainee_ids=[r.detainee_id for r in rows[:2]],
        outcome="released",
        fraction=None,
        decision_date=date(2020, 10, 15),
        decided_by="Review board",
    ).batch_id
    approvals.approve_batch(reviewer, batch)
    with pytest.raises(RuleError) as refused:
        approvals.approve_batch(reviewer, batch)
    assert "already approved" in str(refused.value)  # the command line's English
    application("ar")
    try:
        shown = error_text(refused.value)
        word = QCoreApplication.translate("Messages", DECISION_STATES["approved"])
    finally:
        application("en")
    assert "approved" not in shown and word in shown


def test_the_arabic_approvals_page_writes_decision_numbers_in_arabic_digits(
    qtbot, accounts: dict[str, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The summary the reviewer is asked about and the status line after the approval wrote
    the decision's number in Latin digits in the Arabic window, where its tables and the
    status bar elsewhere use the window's digits."""
    from desktop.app import application
    from desktop.services.decisions import decide

    person_id, _ = held_person(accounts["admin"])
    record = decide(
        accounts["clerk1"], amnesty_id=GENERAL, detainee_id=person_id, outcome="released"
    )
    assert record.state == "proposed"
    latin = str(record.id)
    arabic = latin.translate({ord("0") + i: chr(0x0660 + i) for i in range(10)})
    application("ar")
    try:
        window = open_window(qtbot, accounts["rev1"], tmp_path, "reviewer")
        page = approvals_page(qtbot, window)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        asked: list[str] = []

        def answer(_parent, *, summary: str, reject: bool = False) -> str:
            asked.append(summary)
            return ""

        monkeypatch.setattr(ReviewDialog, "ask", classmethod(lambda cls, *a, **k: answer(*a, **k)))
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                status_of(accounts["admin"], person_id) == "released"
                and bool(window.statusBar().currentMessage())
            ),
            timeout=10_000,
        )
        message = window.statusBar().currentMessage()
        assert window.statusBar().grab().save(str(tmp_path / "approvals-status-ar.png"))
        window.tasks.wait()
    finally:
        application("en")
    assert arabic in asked[0] and latin not in asked[0]
    assert arabic in message and latin not in message
