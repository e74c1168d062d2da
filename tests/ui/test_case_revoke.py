"""Revoking a decision from a person's case: the decision stays, marked revoked with who
and why, and the person is held again."""

from __future__ import annotations

from sqlalchemy import text

from desktop.ui.dialogs import revoke as revoke_dialog
from tests.ui.case_page_helpers import cases_page, shown_case


def released_person(window) -> tuple[int, str]:
    with window.database.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT p.id, p.case_no FROM amnesty_decision d JOIN detainee p "
                "ON p.id = d.detainee_id WHERE d.outcome = 'released' ORDER BY p.id LIMIT 1"
            )
        ).one()
    return row.id, row.case_no


def test_revoking_a_release_from_the_case_restores_the_person(qtbot, window, monkeypatch):
    page = cases_page(qtbot, window)
    person_id, case_no = released_person(window)
    page.open_case(person_id)
    shown_case(qtbot, page, case_no)
    view = page.controller.view
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.decisions.rowCount() == 1, timeout=10_000)
    assert not view.revoke_button.isEnabled()  # nothing chosen yet
    view.decisions_view.setCurrentIndex(view.decisions.index(0, 0))
    assert view.revoke_button.isEnabled()
    asked = []

    def answer(_parent, *, record, default_by):
        asked.append(record.id)
        return "entered for the wrong person", "Reviewer One"

    monkeypatch.setattr(
        revoke_dialog.RevokeDialog, "ask", classmethod(lambda cls, *a, **k: answer(*a, **k))
    )
    view.revoke_button.click()
    qtbot.waitUntil(lambda: page.controller.record.status == "held", timeout=10_000)
    assert len(asked) == 1
    with window.database.engine.connect() as conn:
        decision = conn.execute(
            text(
                "SELECT revoked_by, revoked_reason, revoked_at FROM amnesty_decision "
                "WHERE detainee_id = :id"
            ),
            {"id": person_id},
        ).one()
    # Who revoked is the login the database established, never a name typed in the dialog.
    assert decision.revoked_by == window.database.identity.login != "Reviewer One"
    assert decision.revoked_reason == "entered for the wrong person"
    assert decision.revoked_at is not None
    qtbot.waitUntil(lambda: view.decisions.rowCount() == 1, timeout=10_000)
    view.decisions_view.setCurrentIndex(view.decisions.index(0, 0))
    assert not view.revoke_button.isEnabled()  # a revoked decision cannot be revoked again


def test_an_unsafe_revocation_from_the_case_is_refused_in_the_windows_words(
    qtbot, window, monkeypatch
):
    from desktop.ui.dialogs import messages

    page = cases_page(qtbot, window)
    person_id, case_no = released_person(window)
    page.open_case(person_id)
    shown_case(qtbot, page, case_no)
    view = page.controller.view
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.decisions.rowCount() == 1, timeout=10_000)
    view.decisions_view.setCurrentIndex(view.decisions.index(0, 0))
    with window.database.engine.begin() as conn:  # the person escaped since the release
        conn.execute(text("UPDATE detainee SET status = 'escaped' WHERE id = :i"), {"i": person_id})
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "tell_error", lambda _p, title, body: told.append((title, body)))
    monkeypatch.setattr(
        revoke_dialog.RevokeDialog, "ask", classmethod(lambda cls, *a, **k: ("mistake", "me"))
    )
    view.revoke_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    title, body = told[0]
    assert title == "Revocation refused"
    assert body.startswith("The person's status is now “Escaped”")
    with window.database.engine.connect() as conn:
        revoked = conn.execute(
            text("SELECT revoked_at FROM amnesty_decision WHERE detainee_id = :i"), {"i": person_id}
        ).scalar()
    assert revoked is None  # nothing written
