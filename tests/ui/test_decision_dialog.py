"""Entering one amnesty decision through the form, as a user would: type, pick from the
completer, choose, Save; and the form's rules shown beside the fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.services.approvals import approve
from desktop.services.database import Database, open_database
from desktop.services.decisions import decisions_for_case
from desktop.services.users import add_user
from desktop.ui.dialogs.decision import DecisionDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.candidate_people import ID_ROLE

GENERAL = 1
# The offscreen platform's notices when the completer's popup opens (not problems of ours).
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def first(db: Database, where: str) -> tuple[int, str]:
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                f"SELECT id, case_no FROM detainee d WHERE {where} AND NOT EXISTS (SELECT 1 "
                "FROM amnesty_decision a WHERE a.detainee_id = d.id) ORDER BY id LIMIT 1"
            )
        ).one()
    return int(row[0]), str(row[1])


def history(db: Database, detainee_id: int) -> list[tuple[str, str, str]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)  # type: ignore[misc]
            for r in conn.execute(
                text(
                    "SELECT field, before, after FROM change_log WHERE table_name = 'detainee' "
                    "AND record_id = :i ORDER BY id"
                ),
                {"i": detainee_id},
            )
        ]


def type_in(widget, typed: str) -> None:
    """Text in Arabic script, as an input method commits it (keyClicks cannot send it)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(typed)
    QApplication.sendEvent(widget, event)


def open_dialog(qtbot, window: MainWindow, **kwargs: int) -> DecisionDialog:
    dialog = DecisionDialog(window, window.database, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.amnesty.count() > 0 and dialog._busy == 0, timeout=10_000)
    return dialog


def pick(qtbot, dialog: DecisionDialog, typed: str, detainee_id: int) -> None:
    """Type into the person field and click the person in the completer's list."""
    dialog.person.setFocus()
    qtbot.keyClicks(dialog.person, typed)
    popup = dialog.person.completer_.popup()
    qtbot.waitUntil(popup.isVisible, timeout=10_000)
    model = popup.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == detainee_id)
    index = model.index(row, 0)
    popup.scrollTo(index)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: dialog.person.person is not None, timeout=5_000)
    assert dialog.person.person.id == detainee_id


def choose(qtbot, dialog: DecisionDialog, outcome: str) -> None:
    dialog.outcome.setFocus()
    while dialog.outcome.currentData() != outcome:
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        pass


@OFFSCREEN_POPUP
def test_a_release_entered_through_the_form_is_in_the_case_history(
    qtbot, window: MainWindow, qtmodeltester
):
    db = window.database
    pid, case_no = first(db, "status = 'held' AND violent_crime = 0")
    dialog = open_dialog(qtbot, window, amnesty_id=GENERAL)
    assert not dialog.save_button.isEnabled()

    pick(qtbot, dialog, case_no[:-1], pid)
    qtmodeltester.check(dialog.person.choices)
    choose(qtbot, dialog, "released")
    qtbot.waitUntil(lambda: "→ <b>Released</b>" in dialog.effects.text(), timeout=10_000)
    assert "Meets the amnesty" in dialog.effects.text()
    qtbot.keyClicks(dialog.guarantor, "Sheikh of the Synthetic tribe")
    qtbot.keyClicks(dialog.conditions, "Report to the council monthly")
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.decided, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [record] = decisions_for_case(db, detainee_id=pid)
    assert record.id == saved.args[0] == dialog.decision_id
    assert (record.outcome, record.guarantor, record.conditions) == (
        "released",
        "Sheikh of the Synthetic tribe",
        "Report to the council monthly",
    )
    assert record.decided_by == db.actor
    assert dialog.result() == DecisionDialog.DialogCode.Accepted
    # A release is a proposal: nothing changes on the person until another reviewer approves.
    assert record.state == "proposed" and record.proposed_by == db.identity.login
    assert ("status", "held", "released") not in history(db, pid)
    add_user(db, "reviewer2", "reviewer")
    assert db.path is not None
    reviewer = open_database(str(db.path), create=False, account="reviewer2")
    try:
        approved = approve(reviewer, record.id)
    finally:
        reviewer.dispose()
    assert approved.approved_by == "reviewer2"
    assert ("status", "held", "released") in history(db, pid)


def test_an_excluded_person_needs_the_override_reason_typed_in_the_form(qtbot, window: MainWindow):
    db = window.database
    pid, _case_no = first(db, "status = 'held' AND violent_crime = 1")
    dialog = open_dialog(qtbot, window, amnesty_id=GENERAL, detainee_id=pid)
    assert dialog.person.isReadOnly()
    assert not dialog.override_reason.isVisibleTo(dialog)
    choose(qtbot, dialog, "released")
    qtbot.waitUntil(lambda: dialog.override_reason.isVisibleTo(dialog), timeout=10_000)
    assert "accused of a violent crime" in dialog.form.problem_text("override_reason")
    # It says it cannot be saved yet, and Save agrees: disabled, and a click does nothing.
    assert "Cannot be saved yet" in dialog.effects.text()
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.save()  # Ctrl+S or a stray Enter reach the same refusal
    assert dialog.isVisible() and decisions_for_case(db, detainee_id=pid) == []

    qtbot.keyClicks(dialog.override_reason, "Charge withdrawn on review")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    assert "Cannot be saved yet" not in dialog.effects.text()
    with qtbot.waitSignal(dialog.decided, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [record] = decisions_for_case(db, detainee_id=pid)
    assert record.override_reason == "Charge withdrawn on review"


def test_a_reduction_shows_the_new_end_and_a_person_without_a_sentence_is_refused(
    qtbot, window: MainWindow
):
    db = window.database
    unsentenced, _ = first(db, "status = 'held' AND violent_crime = 0 AND sentence_months IS NULL")
    dialog = open_dialog(qtbot, window, amnesty_id=GENERAL, detainee_id=unsentenced)
    choose(qtbot, dialog, "reduced")
    qtbot.waitUntil(lambda: bool(dialog.form.problem_text("outcome")), timeout=10_000)
    assert "needs a sentence" in dialog.form.problem_text("outcome")
    dialog.reject()

    sentenced, _ = first(
        db, "status = 'held' AND violent_crime = 0 AND sentence_months IS NOT NULL"
    )
    dialog = open_dialog(qtbot, window, amnesty_id=GENERAL, detainee_id=sentenced)
    choose(qtbot, dialog, "reduced")
    assert dialog.fraction.isEnabled()
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.ok, timeout=10_000)
    end = dialog.preview.sentence_end_after
    assert end is not None and end.isoformat() in dialog.effects.text()
    dialog.fraction.clear()
    qtbot.keyClicks(dialog.fraction, "3/2")
    qtbot.waitUntil(lambda: bool(dialog.form.problem_text("fraction")), timeout=10_000)
    assert not dialog.save_button.isEnabled()
    # in the window's words (translated), not the command line's "a reduction must be ..."
    assert dialog.form.problem_text("fraction") == (
        "A reduction is more than 0 and at most 1, such as 1/2 or 1/3."
    )
    dialog.fraction.clear()
    qtbot.keyClicks(dialog.fraction, "half")
    qtbot.waitUntil(
        lambda: (
            dialog.form.problem_text("fraction")
            == "Write the reduction as a fraction, such as 1/2."
        ),
        timeout=10_000,
    )
    assert not dialog.save_button.isEnabled()
    dialog.fraction.clear()
    qtbot.keyClicks(dialog.fraction, "1/5000")  # beyond the limit of a reduction's parts
    qtbot.waitUntil(lambda: "1,000" in dialog.form.problem_text("fraction"), timeout=10_000)
    assert not dialog.save_button.isEnabled()
    dialog.fraction.clear()
    type_in(dialog.fraction, "١/٣")  # Arabic-Indic digits are read as typed
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview.fraction == "1/3", timeout=10_000
    )
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.decided, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [record] = decisions_for_case(db, detainee_id=sentenced)
    assert record.fraction == "1/3"


def test_a_date_before_the_amnesty_is_shown_beside_the_date(qtbot, window: MainWindow):
    from PySide6.QtCore import QDate

    pid, _ = first(window.database, "status = 'held' AND violent_crime = 0")
    dialog = open_dialog(qtbot, window, amnesty_id=GENERAL, detainee_id=pid)
    choose(qtbot, dialog, "denied")
    dialog.decision_date.setDate(QDate(2020, 9, 30))
    qtbot.waitUntil(lambda: bool(dialog.form.problem_text("decision_date")), timeout=10_000)
    assert "earliest 2020-10-01" in dialog.form.problem_text("decision_date")
    assert "Cannot be saved yet" in dialog.effects.text()
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert decisions_for_case(window.database, detainee_id=pid) == []


def test_ask_returns_none_when_cancelled(qtbot, window: MainWindow, monkeypatch):
    monkeypatch.setattr(DecisionDialog, "exec", lambda self: DecisionDialog.DialogCode.Rejected)
    assert DecisionDialog.ask(window, window.database, amnesty_id=GENERAL) is None


def test_a_standing_decision_is_named_in_the_window_language(qtbot, window: MainWindow):
    """In Arabic, "already has a decision under this amnesty" named the standing outcome
    by its stored English word ("reduced") and its date in Latin digits."""
    from desktop.app import application
    from desktop.reports import labels

    with window.database.engine.connect() as conn:
        detainee_id, when = conn.execute(
            text(
                "SELECT detainee_id, decision_date FROM amnesty_decision WHERE amnesty_id = :a "
                "AND outcome = 'reduced' AND state = 'approved' AND revoked_at IS NULL "
                "ORDER BY id LIMIT 1"
            ),
            {"a": GENERAL},
        ).one()
    application("ar")
    try:
        dialog = open_dialog(qtbot, window, detainee_id=int(detainee_id), amnesty_id=GENERAL)
        qtbot.waitUntil(lambda: dialog.form.problem_text("detainee") != "")
        shown = dialog.form.problem_text("detainee")
        assert "reduced" not in shown
        assert labels.outcome("reduced") in shown
        assert str(when)[:10] not in shown  # the date in the locale's digits
        dialog.reject()
    finally:
        application("en")


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_a_problem_beneath_a_field_is_not_drawn_over_the_next(qtbot, window: MainWindow, lang: str):
    """A person already decided for, with "Sentence reduced" chosen: the two problems
    beneath the Person field wrap to three lines (four in Sorani) and were drawn over the
    Outcome field, cut off, and in Sorani the preview's last line was cut off too: the
    dialog did not grow to show them."""
    from PySide6.QtWidgets import QLabel

    from desktop.app import application

    with window.database.engine.connect() as conn:
        detainee_id = conn.execute(
            text(
                "SELECT detainee_id FROM amnesty_decision WHERE amnesty_id = :a AND outcome = "
                "'released' AND revoked_at IS NULL ORDER BY id LIMIT 1"
            ),
            {"a": GENERAL},
        ).scalar_one()
    application(lang)
    try:
        dialog = open_dialog(qtbot, window, detainee_id=int(detainee_id), amnesty_id=GENERAL)
        dialog.outcome.setFocus()
        while dialog.outcome.currentData() != "reduced":
            qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: "\n" in dialog.form.problem_text("detainee"), timeout=10_000)
        problem = dialog.findChild(QLabel, "decisionPersonError")
        assert problem is not None

        def whole(label: QLabel) -> bool:
            return label.height() >= label.heightForWidth(label.width())

        def clear_of_the_next_field() -> bool:
            bottom = problem.mapTo(dialog, problem.rect().bottomLeft()).y()
            below = dialog.outcome.mapTo(dialog, dialog.outcome.rect().topLeft()).y()
            return whole(problem) and bottom < below and whole(dialog.effects)

        qtbot.waitUntil(clear_of_the_next_field, timeout=5_000)
        dialog.reject()
    finally:
        application("en")


def test_the_saved_decision_is_numbered_in_the_window_digits(qtbot, window: MainWindow):
    """In Sorani the status bar said "بڕیاری 885 بۆ دۆسیەی …" in Latin digits, where the
    decision's problems, the revoke dialog and every table number it "٨٨٥". A number past
    a thousand is written whole, as the Approvals page writes it ("٢٠٠٠", not "٢٬٠٠٠"): it
    names a record, as a case number does."""
    from PySide6.QtCore import QLocale

    from desktop.app import application

    with window.database.engine.begin() as conn:  # the next decision is number 2000
        conn.execute(
            text(
                "UPDATE amnesty_decision SET id = 1999 "
                "WHERE id = (SELECT max(id) FROM amnesty_decision)"
            )
        )
    detainee_id, _case_no = first(window.database, "status = 'held' AND violent_crime = 0")
    application("ckb")
    try:
        dialog = open_dialog(qtbot, window, detainee_id=detainee_id, amnesty_id=GENERAL)
        dialog.outcome.setFocus()
        while dialog.outcome.currentData() != "released":
            qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
        with qtbot.waitSignal(dialog.decided, timeout=10_000) as saved:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        decision_id = int(saved.args[0])
        assert decision_id == 2000
        shown = window.statusBar().currentMessage()
        assert "٢٠٠٠" in shown and str(decision_id) not in shown, shown
        assert QLocale().toString(decision_id) not in shown  # no group separator
    finally:
        application("en")


def test_a_person_changed_after_the_preview_is_not_decided_on_unseen_effects(
    qtbot, window: MainWindow, monkeypatch
):
    """Another program corrected the person's sentence while the form showed the new end
    the reduction would give: Save is refused with a message, nothing is written, and the
    preview shows the effects as they are now, ready to be saved knowingly."""
    from dataclasses import replace

    from desktop.domain.sentences import add_months
    from desktop.services.cases import get_case, save_case
    from desktop.ui.dialogs import messages

    db = window.database
    pid, _ = first(db, "status = 'held' AND violent_crime = 0 AND sentence_months IS NOT NULL")
    dialog = open_dialog(qtbot, window, amnesty_id=GENERAL, detainee_id=pid)
    choose(qtbot, dialog, "reduced")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    shown = dialog.preview
    assert shown is not None and shown.sentence_end_after is not None
    assert db.path is not None
    other = open_database(str(db.path), create=False)
    try:
        case = get_case(other, detainee_id=pid)
        assert case.sentence_end is not None and case.sentence_months is not None
        corrected = replace(
            case.fields(),
            sentence_months=case.sentence_months + 24,
            sentence_end=add_months(case.sentence_end, 24),
        )
        save_case(other, fields=corrected, detainee_id=pid, expected_version=case.version)
    finally:
        other.dispose()
    told: list[str] = []
    monkeypatch.setattr(messages, "tell_error", lambda _p, _title, text: told.append(text))
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert told and "changed since the preview" in told[0]
    assert decisions_for_case(db, detainee_id=pid) == []
    assert dialog.isVisible()
    qtbot.waitUntil(
        lambda: (
            dialog.preview is not None
            and dialog.preview.sentence_end_before == add_months(shown.sentence_end_before, 24)
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.decided, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [record] = decisions_for_case(db, detainee_id=pid)
    assert record.sentence_end_before == dialog.preview.sentence_end_before
