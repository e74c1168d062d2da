"""Apply amnesty…: review everyone the rules select, untick people, commit in one
transaction from the worker; Cancel writes nothing."""

from __future__ import annotations

import hashlib
import threading

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from sqlalchemy import inspect, text

from desktop.services import apply_amnesty as apply_amnesty_service
from desktop.services.approvals import approve_batch
from desktop.services.database import Database, open_database
from desktop.services.users import add_user
from desktop.ui.dialogs import apply_amnesty, messages
from desktop.ui.dialogs.apply_amnesty import ApplyAmnestyDialog
from desktop.ui.main_window import MainWindow

GENERAL = 1


def checksum(db: Database) -> str:
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            rows = sorted(repr(tuple(r)) for r in conn.execute(text(f'SELECT * FROM "{table}"')))
            digest.update(table.encode() + "".join(rows).encode())
    return digest.hexdigest()


def scalar(db: Database, sql: str) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


def open_dialog(qtbot, window: MainWindow) -> ApplyAmnestyDialog:
    dialog = ApplyAmnestyDialog(window, window.database, amnesty_id=GENERAL)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        dialog.show()
    return dialog


def choose(dialog: ApplyAmnestyDialog, outcome: str) -> None:
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))


def test_the_preview_counts_by_category_and_facility_and_people_can_be_unticked(
    qtbot, window: MainWindow, qtmodeltester
):
    dialog = open_dialog(qtbot, window)
    model = dialog.model
    total = model.rowCount()
    assert total == len(dialog.candidates.rows) > 5000  # type: ignore[union-attr]
    qtmodeltester.check(model)
    qtmodeltester.check(dialog.by_category)
    assert sum(n for _c, n in dialog.by_category.counts()) == total
    assert sum(n for _f, n in dialog.by_facility.counts()) == total
    assert f"{total:,} of {total:,}" in dialog.ticked_label.text()

    # Untick the first person as a user would: click the tick box.
    index = model.index(0, 0)
    rect = dialog.table.visualRect(index)
    box = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert not model.is_ticked(0)
    assert sum(n for _c, n in dialog.by_category.counts()) == total - 1
    assert model.record(0).detainee_id not in model.ticked_ids()  # type: ignore[union-attr]

    choose(dialog, "reduced")
    assert dialog.untick_unsentenced.isVisibleTo(dialog)
    assert not dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.untick_unsentenced, Qt.MouseButton.LeftButton)
    assert all(r.sentenced for r in model.ticked())
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.untick_all, Qt.MouseButton.LeftButton)
    assert model.ticked_ids() == [] and not dialog.apply_button.isEnabled()


def test_apply_commits_the_ticked_people_in_one_go(qtbot, window: MainWindow, monkeypatch):
    db = window.database
    dialog = open_dialog(qtbot, window)
    dialog.model.set_all(False)
    chosen = [dialog.model.record(r).detainee_id for r in range(200)]  # type: ignore[union-attr]
    dialog.model.set_all(True)
    dialog.model.untick(dialog.model.ticked_ids()[200:])
    assert dialog.model.ticked_ids() == chosen
    choose(dialog, "released")
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, body: asked.append(body) or True)
    with qtbot.waitSignal(dialog.applied, timeout=30_000) as done:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "200 people" in asked[0]
    result = done.args[0]
    # Releases are proposed as one batch: nothing changes on the people until approval.
    assert (result.proposed, result.released, result.batch_id is not None) == (200, 0, True)
    placeholders = ",".join(str(i) for i in chosen)
    released = f"SELECT count(*) FROM detainee WHERE id IN ({placeholders}) AND status = 'released'"
    assert scalar(db, released) == 0
    add_user(db, "reviewer2", "reviewer")
    assert db.path is not None
    reviewer = open_database(str(db.path), create=False, account="reviewer2")
    try:
        approved = approve_batch(reviewer, result.batch_id)
    finally:
        reviewer.dispose()
    assert (approved.decisions, approved.released) == (200, 200)
    assert scalar(db, released) == 200
    assert scalar(db, "SELECT count(*) FROM amnesty_decision WHERE outcome = 'released'") == 831
    assert (
        scalar(
            db,
            f"SELECT count(*) FROM change_log WHERE table_name = 'detainee' AND field = 'status' "
            f"AND record_id IN ({placeholders})",
        )
        == 200
    )
    assert dialog.result() == ApplyAmnestyDialog.DialogCode.Accepted


def test_cancel_during_the_commit_leaves_the_file_unchanged(qtbot, window: MainWindow, monkeypatch):
    db = window.database
    dialog = open_dialog(qtbot, window)
    choose(dialog, "released")
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    monkeypatch.setattr(apply_amnesty_service, "BATCH", 500)
    real = apply_amnesty.apply_bulk
    reached = []
    pressed = threading.Event()  # set once the user has pressed Cancel

    def slow(database, **kwargs):
        report = kwargs["progress"]

        def progress(done: int, total: int) -> None:
            report(done, total)  # raises Cancelled once the user has pressed Cancel
            reached.append(done)
            pressed.wait(60)  # the batch is written; the next waits, as on a slow disk

        kwargs["progress"] = progress
        return real(database, **kwargs)

    monkeypatch.setattr(apply_amnesty, "apply_bulk", slow)
    before = checksum(db)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    progress = dialog.progress
    assert isinstance(progress, QProgressDialog)
    qtbot.waitUntil(lambda: bool(reached), timeout=15_000)  # the first batch is written
    cancel = next(b for b in progress.findChildren(QPushButton))
    with qtbot.waitSignal(dialog.stopped, timeout=15_000) as stopped:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        pressed.set()
    assert stopped.args[0] == "Cancelled: nothing was written."
    assert dialog.status.text() == "Cancelled: nothing was written."
    assert dialog.isVisible() and dialog.result_ is None
    window.tasks.wait()
    assert checksum(db) == before
    assert dialog.apply_button.isEnabled()  # it can be tried again


def test_people_categories_and_facilities_are_named_in_the_window_script(qtbot, window):
    """In Arabic (and Sorani) Apply amnesty listed each person, category and facility by
    its English name ("Syrian ISIS member", "Synthetic Detention Centre 20") where the
    case page shows the Arabic one."""
    from desktop.app import application

    application("ar")
    try:
        dialog = open_dialog(qtbot, window)
        model = dialog.model
        first = model.record(0)
        assert first.name_arabic and first.category_ar and first.facility_ar
        shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
        assert first.name_arabic in shown and first.name_latin not in shown
        assert first.category_ar in shown and first.facility_ar in shown
        counted = dialog.by_facility
        names = {counted.data(counted.index(r, 0)) for r in range(counted.rowCount())}
        assert first.facility_ar in names and first.facility not in names
        dialog.reject()
    finally:
        application("en")


def test_a_person_changed_since_the_list_was_shown_refuses_the_apply(
    qtbot, window: MainWindow, monkeypatch
):
    """A colleague recorded a pending decision for one of the people on the list after it
    was shown: applying would have replaced it unseen. The apply is refused naming the
    person, and nothing is written."""
    from desktop.services.decisions import decide

    db = window.database
    dialog = open_dialog(qtbot, window)
    dialog.model.set_all(False)
    first = dialog.model.record(0)
    assert first is not None and not first.pending
    dialog.model.set_all(True)
    dialog.model.untick(dialog.model.ticked_ids()[20:])
    choose(dialog, "denied")
    decide(db, amnesty_id=GENERAL, detainee_id=first.detainee_id, outcome="pending")
    before = checksum(db)
    told: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    monkeypatch.setattr(messages, "tell_error", lambda _p, _t, body: told.append(body))
    with qtbot.waitSignal(dialog.stopped, timeout=30_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert told and first.case_no in told[0] and "review" in told[0]
    assert checksum(db) == before


def test_the_kurmanji_introduction_is_whole_once_the_people_are_shown(qtbot, window, tmp_path):
    """In Kurmanji the dialog drawn once the people were shown cut its introduction at the
    top: the amnesty's criteria and the summary beneath them, a line longer than in English,
    kept the one line each had while the list was loading."""
    from desktop.app import application

    application("ku")
    try:
        dialog = open_dialog(qtbot, window)
        assert dialog.grab().save(str(tmp_path / "apply-amnesty-ku.png"))
        for label in (dialog.heading, dialog.summary):
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
        dialog.reject()
        window.tasks.wait()
    finally:
        application("en")
