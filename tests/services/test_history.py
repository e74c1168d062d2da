"""The change history, on SQLite and PostgreSQL: every insert, update and delete made
through ``Database.session()`` is logged in its transaction (who, when, which record and
field, before and after), and the log itself can be neither changed nor deleted."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Row, select, text
from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import ConflictError
from desktop.services.common import apply_changes, get_or_fail
from desktop.services.database import Database, open_database
from desktop.services.history import HistoryEntry, history_for
from desktop.services.identity import os_account, run_label
from desktop.store.models import (
    Category,
    ChangeLog,
    Facility,
    Headcount,
    HeadcountCategory,
    Source,
)


@pytest.fixture
def db(seeded_backend_url: str) -> Iterator[Database]:
    database = open_database(seeded_backend_url, create=False)
    # A typed name is only a display name now: the history records the login the database
    # established (the server login on PostgreSQL, the operating-system account on SQLite).
    database.actor = "Rana Records-Officer"
    yield database
    database.dispose()


def log_rows(db: Database, table: str, record_id: int) -> list[Row[Any]]:
    columns = [ChangeLog.at, ChangeLog.who, ChangeLog.action, ChangeLog.field]
    with db.read() as s:
        return list(
            s.execute(
                select(*columns, ChangeLog.before, ChangeLog.after)
                .where(ChangeLog.table_name == table, ChangeLog.record_id == record_id)
                .order_by(ChangeLog.id)
            )
        )


def new_facility(db: Database, name: str = "History test centre", **values: object) -> int:
    with db.session() as s:
        facility = Facility(name=name, kind="detention_centre", **values)
        s.add(facility)
        s.flush()
        return facility.id


def test_an_insert_is_logged_under_the_new_records_id_with_who_and_when(db: Database):
    started = datetime.now(UTC).replace(tzinfo=None) - timedelta(seconds=2)
    first = new_facility(db, "First new centre", capacity=120)
    second = new_facility(db, "Second new centre", governorate="al-Hasakeh")
    assert first != second

    rows = log_rows(db, "facility", second)
    assert {r.action for r in rows} == {"insert"}
    fields = {r.field: (r.before, r.after) for r in rows}
    assert fields["name"] == (None, "Second new centre")
    assert fields["governorate"] == (None, "al-Hasakeh")
    assert fields["kind"] == (None, "detention_centre")
    assert fields["status"] == (None, "open")  # a default the database was given
    assert "capacity" not in fields  # nothing to log for an empty field
    assert "version" not in fields and "id" not in fields
    assert {r.who for r in rows} == {db.identity.login}
    assert db.identity.login != "Rana Records-Officer"
    ended = datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=2)
    assert all(started <= r.at <= ended for r in rows)  # UTC on both backends
    assert ("capacity", None, "120") in [
        (r.field, r.before, r.after) for r in log_rows(db, "facility", first)
    ]


def test_an_update_logs_each_changed_field_with_its_value_before(db: Database):
    fid = new_facility(db, "Update test centre", capacity=100, operator="SDF")
    db.actor = "Second Officer"
    with db.session() as s:
        facility = get_or_fail(s, Facility, fid, "facility")
        facility.capacity = 150
        facility.operator = "SDF"  # set, but not changed: not logged
        facility.notes = "Extended in spring"
    updates = [r for r in log_rows(db, "facility", fid) if r.action == "update"]
    assert sorted((r.field, r.before, r.after) for r in updates) == [
        ("capacity", "100", "150"),
        ("notes", None, "Extended in spring"),
    ]
    assert {r.who for r in updates} == {db.identity.login}  # the display name is not who


def test_a_value_set_without_being_loaded_is_logged_with_its_real_value_before(db: Database):
    fid = new_facility(db, "Blind update centre", capacity=300)
    with db.session() as s:
        facility = get_or_fail(s, Facility, fid, "facility")
        s.expire(facility, ["capacity"])  # the old value is not in the session
        facility.capacity = 310
    (row,) = [r for r in log_rows(db, "facility", fid) if r.action == "update"]
    assert (row.field, row.before, row.after) == ("capacity", "300", "310")


def test_a_delete_logs_the_values_the_record_had(db: Database):
    fid = new_facility(db, "Delete test centre", capacity=80, notes="Closed down")
    with db.session() as s:
        facility = get_or_fail(s, Facility, fid, "facility")
        facility.capacity = 999  # changed, then deleted in the same transaction
        s.delete(facility)
    deletes = {
        r.field: (r.before, r.after) for r in log_rows(db, "facility", fid) if r.action == "delete"
    }
    assert deletes["name"] == ("Delete test centre", None)
    assert deletes["capacity"] == ("80", None)  # the saved value, not the unsaved 999
    assert deletes["notes"] == ("Closed down", None)


def test_a_rolled_back_or_refused_change_leaves_no_history(db: Database):
    fid = new_facility(db, "Rollback centre", capacity=50)
    before = len(log_rows(db, "facility", fid))
    with pytest.raises(RuntimeError), db.session() as s:
        get_or_fail(s, Facility, fid, "facility").capacity = 60
        s.flush()
        raise RuntimeError("the user's action failed after the flush")
    with pytest.raises(ConflictError), db.session() as s:
        facility = get_or_fail(s, Facility, fid, "facility")
        apply_changes(s, facility, expected_version=0, changes={"capacity": 70}, label="x")
    assert len(log_rows(db, "facility", fid)) == before
    with db.session() as s:  # the next change is logged alone
        get_or_fail(s, Facility, fid, "facility").capacity = 75
    updates = [(r.before, r.after) for r in log_rows(db, "facility", fid) if r.action == "update"]
    assert updates == [("50", "75")]


def test_parts_with_a_composite_key_are_logged_under_their_record(db: Database):
    with db.session() as s:
        fid = s.scalar(select(Facility.id).where(Facility.name == "al-Hol camp"))
        source = s.scalar(select(Source.id).limit(1))
        category = s.scalar(select(Category.id).where(Category.code == "syrian"))
        headcount = Headcount(
            facility_id=fid,
            as_of=date(2021, 3, 1),
            total=60000,
            precision="approximate",
            source_id=source,
        )
        s.add(headcount)
        s.flush()
        s.add(HeadcountCategory(headcount_id=headcount.id, category_id=category, count=25000))
        hid = headcount.id
    with db.session() as s:
        part = s.get(HeadcountCategory, (hid, category))
        assert part is not None
        part.count = 26000
    with db.session() as s:
        part = s.get(HeadcountCategory, (hid, category))
        s.delete(part)
    rows = [(r.action, r.field, r.before, r.after) for r in log_rows(db, "headcount_category", hid)]
    key = f"category_id={category}"
    assert ("insert", key, None, None) in rows
    assert ("insert", f"count [{key}]", None, "25000") in rows
    assert ("update", f"count [{key}]", "25000", "26000") in rows
    assert ("delete", f"count [{key}]", "26000", None) in rows


def test_history_for_gives_one_records_changes_newest_first(db: Database):
    fid = new_facility(db, "Panel centre", capacity=10)
    other = new_facility(db, "Other centre", capacity=20)
    for capacity in (11, 12, 13):
        with db.session() as s:
            get_or_fail(s, Facility, fid, "facility").capacity = capacity
    with db.session() as s:
        get_or_fail(s, Facility, other, "facility").capacity = 21

    entries = history_for(db, table="facility", record_id=fid)
    assert all(isinstance(e, HistoryEntry) for e in entries)
    assert [(e.action, e.field, e.before, e.after) for e in entries[:3]] == [
        ("update", "capacity", "12", "13"),
        ("update", "capacity", "11", "12"),
        ("update", "capacity", "10", "11"),
    ]
    assert {e.action for e in entries[3:]} == {"insert"}
    assert all(e.who == db.identity.login for e in entries)
    assert "21" not in {e.after for e in entries}
    assert len(history_for(db, table="facility", record_id=fid, limit=2)) == 2
    with pytest.raises(AttributeError):
        entries[0].after = "forged"  # type: ignore[misc]


@pytest.mark.parametrize(
    "statement", ["UPDATE change_log SET who = 'forger'", "DELETE FROM change_log"]
)
def test_the_history_cannot_be_changed_or_deleted(db: Database, statement: str):
    new_facility(db, "Append-only centre")
    with db.engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM change_log")).scalar()
    with pytest.raises(DBAPIError) as refused, db.engine.begin() as conn:
        conn.execute(text(statement))
    assert "append-only" in str(refused.value)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM change_log")).scalar() == count
        assert (
            conn.execute(text("SELECT count(*) FROM change_log WHERE who = 'forger'")).scalar() == 0
        )


def test_truncating_the_history_is_refused_on_postgresql(pg_seeded_url: str):
    db = open_database(pg_seeded_url, create=False)
    try:
        new_facility(db, "Truncate centre")
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text("TRUNCATE change_log"))
    finally:
        db.dispose()


def test_case_tracker_user_is_a_label_beside_the_login_never_instead_of_it(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setenv("CASE_TRACKER_USER", "  Office Script  ")
    assert run_label() == "Office Script"
    account = os_account()
    monkeypatch.setenv("LOGNAME", "loginname")
    monkeypatch.setenv("USER", "loginname")
    # still the account, whatever the label or the login variables say
    assert os_account() == account == pwd.getpwuid(os.getuid()).pw_name
    monkeypatch.delenv("CASE_TRACKER_USER")
    assert run_label() is None


def test_cli_writes_are_logged_under_the_account_labelled_by_case_tracker_user(seeded_path):
    """A command that writes through the ORM logs the operating-system account, with the
    label ``CASE_TRACKER_USER`` gives a scripted run beside it."""
    script = (
        "from desktop.services.database import open_database\n"
        "from desktop.store.models import Facility\n"
        f"db = open_database({str(seeded_path)!r}, create=False)\n"
        "with db.session() as s:\n"
        "    s.add(Facility(name='Scripted centre', kind='prison'))\n"
        "db.dispose()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "CASE_TRACKER_USER": "Nightly import"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    db = open_database(str(seeded_path), create=False)
    try:
        with db.read() as s:
            fid = s.scalar(select(Facility.id).where(Facility.name == "Scripted centre"))
        assert fid is not None
        assert {e.who for e in history_for(db, table="facility", record_id=fid)} == {
            f"{os_account()} (Nightly import)"
        }
    finally:
        db.dispose()
