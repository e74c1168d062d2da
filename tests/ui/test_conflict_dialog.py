"""Conflicting edits in the window: the merge dialog shows base, theirs and yours per
field and returns the chosen values; two windows on one file never overwrite each other
silently, and the merged save lands on top of the other window's save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import select

from desktop.domain.errors import ConflictError
from desktop.services.common import apply_changes, get_or_fail, record_values
from desktop.services.database import Database, open_database
from desktop.services.history import history_for
from desktop.services.users import add_user
from desktop.store.models import Facility
from desktop.ui.dialogs.conflict import THEIRS, YOURS, ConflictDialog

FIELDS = [("name", "Name"), ("capacity", "Capacity"), ("notes", "Notes"), ("status", "Status")]
BASE = {"name": "Centre 7", "capacity": 100, "notes": None, "status": "open"}
THEIRS_VALUES = {"name": "Centre 7", "capacity": 150, "notes": None, "status": "closed"}
YOURS_VALUES = {"name": "Centre Seven", "capacity": 120, "notes": None, "status": "open"}


@pytest.fixture
def dialog(qtbot) -> ConflictDialog:
    d = ConflictDialog(
        None,
        record_label="Centre 7",
        fields=FIELDS,
        base=BASE,
        theirs=THEIRS_VALUES,
        yours=YOURS_VALUES,
    )
    qtbot.addWidget(d)
    return d


def test_only_differing_fields_are_offered_with_safe_defaults(dialog: ConflictDialog):
    assert set(dialog.choices) == {"name", "capacity", "status"}  # notes: the same on both
    assert dialog.choices["name"].choice() == YOURS  # only you changed it
    assert dialog.choices["status"].choice() == THEIRS  # only they changed it
    assert dialog.choices["capacity"].choice() == THEIRS  # both did: theirs unless chosen
    assert dialog.findChild(QLabel, "conflictBase_capacity").text() == "100"
    assert dialog.choices["capacity"].theirs.text() == "150"
    assert dialog.choices["capacity"].yours.text() == "120"
    assert dialog.merged() == {
        "name": "Centre Seven",
        "capacity": 150,
        "notes": None,
        "status": "closed",
    }


def test_choosing_per_field_and_all_at_once(qtbot, dialog: ConflictDialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    radio = dialog.choices["capacity"].yours
    # On the button's indicator: a radio button takes clicks on its indicator and text.
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert dialog.merged()["capacity"] == 120
    assert dialog.summary.text().startswith("Fields that take your value: 2.")
    qtbot.mouseClick(dialog.take_mine, Qt.MouseButton.LeftButton)
    assert dialog.merged() == YOURS_VALUES
    qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
    assert dialog.merged() == THEIRS_VALUES
    assert "keeps all their values" in dialog.summary.text()


def test_ask_returns_the_merge_or_none(monkeypatch: pytest.MonkeyPatch, qtbot):
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])

    def fake_exec(self: ConflictDialog) -> int:
        self.choose("capacity", YOURS)
        return int(next(answers).value)

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)
    kwargs: dict[str, Any] = {
        "record_label": "Centre 7",
        "fields": FIELDS,
        "base": BASE,
        "theirs": THEIRS_VALUES,
        "yours": YOURS_VALUES,
    }
    merged = ConflictDialog.ask(None, **kwargs)
    assert merged == {"name": "Centre Seven", "capacity": 120, "notes": None, "status": "closed"}
    assert ConflictDialog.ask(None, **kwargs) is None


def test_every_operable_widget_is_named(dialog: ConflictDialog):
    from PySide6.QtWidgets import QAbstractButton

    for button in dialog.findChildren(QAbstractButton):
        assert button.objectName(), button.text()
        assert button.accessibleName(), button.objectName()


def test_the_dialog_looks_right(qtbot, dialog: ConflictDialog, tmp_path: Path):
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(tmp_path / "conflict.png"))


def test_service_and_dialog_merge_two_users_edits(qtbot, seeded_path: Path, monkeypatch):
    """A and B load version 1; A saves; B's save is refused with A's values; B merges in
    the dialog and saves on top."""
    a = open_database(str(seeded_path), create=False)
    b = open_database(str(seeded_path), create=False)
    try:
        with a.read() as s:
            fid = s.scalar(select(Facility.id).where(Facility.name == "al-Hol camp"))
            assert fid is not None
        with b.read() as s:
            facility = get_or_fail(s, Facility, fid, "facility")
            base, version = record_values(facility), facility.version
        with a.session() as s:
            facility = get_or_fail(s, Facility, fid, "facility")
            apply_changes(
                s,
                facility,
                expected_version=version,
                changes={"capacity": 70000},
                label="al-Hol camp",
            )
        yours = {**base, "notes": "B's note"}
        with pytest.raises(ConflictError) as refused, b.session() as s:
            facility = get_or_fail(s, Facility, fid, "facility")
            apply_changes(
                s,
                facility,
                expected_version=version,
                changes={"notes": "B's note"},
                label="al-Hol camp",
            )
        err = refused.value

        monkeypatch.setattr(ConflictDialog, "exec", lambda self: 1)
        fields = [(n, n.title()) for n in ("capacity", "notes", "operator")]
        merged = ConflictDialog.ask(
            None, record_label=err.record, fields=fields, base=base, theirs=err.theirs, yours=yours
        )
        assert merged == {"capacity": 70000, "notes": "B's note", "operator": base["operator"]}
        with b.session() as s:
            facility = get_or_fail(s, Facility, fid, "facility")
            changes = {k: v for k, v in merged.items() if err.theirs[k] != v}
            assert err.version is not None
            apply_changes(
                s, facility, expected_version=err.version, changes=changes, label="al-Hol camp"
            )
        with a.read() as s:
            saved = get_or_fail(s, Facility, fid, "facility")
            assert (saved.capacity, saved.notes, saved.version) == (70000, "B's note", version + 2)
    finally:
        a.dispose()
        b.dispose()


# -- two windows on one file ----------------------------------------------------------------


def _open_window(qtbot, database: Database, path: Path):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(database, QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.show()
    return window


def _show_facility(qtbot, window, facility_id: int):
    page = window.pages["facilities"]
    with qtbot.waitSignal(
        page.controller.detail_shown, timeout=20_000, check_params_cb=lambda i: i == facility_id
    ):
        window.open_facility(facility_id)
    return page


def test_two_windows_on_one_file_never_overwrite_each_other(
    qtbot, seeded_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from desktop.ui.dialogs import messages, unsaved

    errors: list[str] = []  # modal boxes would block the test: record them instead
    monkeypatch.setattr(messages, "tell_error", lambda _p, _title, text: errors.append(text))
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda *_a: unsaved.DISCARD)
    admin = open_database(str(seeded_path), create=False)
    try:  # two clerks, each working as their own operating-system account
        add_user(admin, "officer_a", "clerk")
        add_user(admin, "officer_b", "clerk")
    finally:
        admin.dispose()
    a_db = open_database(str(seeded_path), create=False, account="officer_a")
    b_db = open_database(str(seeded_path), create=False, account="officer_b")
    try:
        with a_db.read() as s:
            fid = s.scalar(select(Facility.id).where(Facility.name == "al-Hol camp"))
        assert fid is not None
        win_a = _open_window(qtbot, a_db, tmp_path / "a.ini")
        win_b = _open_window(qtbot, b_db, tmp_path / "b.ini")
        page_a = _show_facility(qtbot, win_a, fid)
        page_b = _show_facility(qtbot, win_b, fid)
        base_operator = page_b.detail.operator.text()

        page_a.detail.capacity.clear()
        qtbot.keyClicks(page_a.detail.capacity, "70000")
        with qtbot.waitSignal(page_a.controller.saved, timeout=20_000):
            page_a.save_action.trigger()

        seen: list[dict[str, str]] = []

        def accept_defaults(self: ConflictDialog) -> int:
            seen.append({name: choice.choice() for name, choice in self.choices.items()})
            return 1

        monkeypatch.setattr(ConflictDialog, "exec", accept_defaults)
        page_b.detail.notes.setFocus()
        qtbot.keyClicks(page_b.detail.notes, "Checked by B")
        page_b.detail.operator.clear()
        qtbot.keyClicks(page_b.detail.operator, "Internal security")
        with qtbot.waitSignal(page_b.controller.saved, timeout=20_000):
            page_b.save_action.trigger()

        assert errors == []
        assert len(seen) == 1, "B's save over A's newer one must ask"
        assert seen[0]["capacity"] == THEIRS  # A's change, kept
        assert seen[0]["notes"] == YOURS  # B's changes, kept
        assert seen[0]["operator"] == YOURS
        with a_db.read() as s:
            saved = get_or_fail(s, Facility, fid, "facility")
            assert saved.capacity == 70000
            assert saved.operator == "Internal security" != base_operator
            assert "Checked by B" in (saved.notes or "")
        whos = {(e.who, e.field) for e in history_for(a_db, table="facility", record_id=fid)}
        assert ("officer_a", "capacity") in whos and ("officer_b", "notes") in whos
        assert not page_b.detail.form.is_dirty()
    finally:
        for db in (a_db, b_db):
            db.dispose()
