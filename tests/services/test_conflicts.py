"""Conflicting edits, on SQLite and PostgreSQL, with two users (two Database objects) on one
database: a save over a version someone else saved in the meantime is refused with their
values and version, nothing is overwritten, and after merging the save goes on top."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from identities import as_user
from sqlalchemy import select

from desktop.domain.errors import ConflictError
from desktop.services import facilities
from desktop.services.common import apply_changes, get_or_fail, record_values
from desktop.services.database import Database, open_database
from desktop.services.history import history_for
from desktop.store.models import Facility


@pytest.fixture
def two_users(seeded_backend_url: str) -> Iterator[tuple[Database, Database]]:
    # Two people: the database's administrator and a clerk, each with their own login.
    a = open_database(seeded_backend_url, create=False)
    b = as_user(a, "officer_b", "clerk")
    yield a, b
    a.dispose()
    b.dispose()


def al_hol(db: Database) -> int:
    with db.read() as s:
        fid = s.scalar(select(Facility.id).where(Facility.name == "al-Hol camp"))
    assert fid is not None
    return fid


def load(db: Database, fid: int) -> tuple[dict[str, Any], int]:
    """What a form shows: the record's values and the version a save must expect."""
    with db.read() as s:
        facility = get_or_fail(s, Facility, fid, "facility")
        return record_values(facility), facility.version


def save(db: Database, fid: int, expected: int, changes: dict[str, Any]) -> int:
    with db.session() as s:
        facility = get_or_fail(s, Facility, fid, "facility")
        apply_changes(s, facility, expected_version=expected, changes=changes, label="al-Hol camp")
        s.flush()
        return facility.version


def test_a_save_over_someone_elses_newer_save_is_refused_and_overwrites_nothing(
    two_users: tuple[Database, Database],
):
    a, b = two_users
    fid = al_hol(a)
    base_a, version_a = load(a, fid)
    base_b, version_b = load(b, fid)
    assert version_a == version_b

    assert save(a, fid, version_a, {"operator": "SDF", "capacity": 70000}) == version_a + 1
    with pytest.raises(ConflictError) as conflict:
        save(b, fid, version_b, {"capacity": 65000, "notes": "B's note"})

    err = conflict.value
    assert err.version == version_a + 1 and err.expected == version_b
    assert err.theirs["operator"] == "SDF" and err.theirs["capacity"] == 70000
    assert err.theirs["notes"] == base_b["notes"]  # every field, not only the ones B typed
    assert err.yours == {"capacity": 65000, "notes": "B's note"}
    assert err.changed_fields() == ["capacity", "notes"]
    saved, version = load(a, fid)
    assert (saved["operator"], saved["capacity"], saved["notes"]) == (
        "SDF",
        70000,
        base_a["notes"],
    )
    assert version == version_a + 1

    # B merges (keeps A's capacity, adds the note) and saves on top of A's version.
    merged = {**err.theirs, "notes": "B's note"}
    changes = {k: v for k, v in merged.items() if err.theirs[k] != v}
    assert err.version is not None
    assert save(b, fid, err.version, changes) == version_a + 2
    final, _ = load(a, fid)
    assert (final["operator"], final["capacity"], final["notes"]) == ("SDF", 70000, "B's note")

    history = history_for(a, table="facility", record_id=fid)
    assert next((e.who, e.field, e.after) for e in history if e.field == "notes") == (
        "officer_b",
        "notes",
        "B's note",
    )
    assert (a.identity.login, "capacity", "70000") in [(e.who, e.field, e.after) for e in history]
    assert "65000" not in {e.after for e in history}  # the refused save left no trace


def test_a_save_racing_between_read_and_write_is_refused_too(
    two_users: tuple[Database, Database],
):
    """A saves while B is between reading and writing the same record: one of the two saves
    is refused with both sides' values, never silently overwritten.

    PostgreSQL lets A commit first, and B's write then finds a newer version. On SQLite a
    unit of work that writes holds the write lock from its start (BEGIN IMMEDIATE), so A
    waits for B, and A's save, made against the version A had read, is the one refused."""
    import threading

    a, b = two_users
    fid = al_hol(a)
    backend = a.engine.dialect.name
    outcome: dict[str, BaseException | int] = {}
    with b.session() as s:
        facility = get_or_fail(s, Facility, fid, "facility")
        version = facility.version

        def a_saves() -> None:
            try:
                outcome["a"] = save(a, fid, version, {"capacity": 12345})
            except BaseException as exc:
                outcome["a"] = exc

        racer = threading.Thread(target=a_saves)
        racer.start()
        if backend == "postgresql":
            racer.join(10)
            with pytest.raises(ConflictError) as conflict:
                apply_changes(
                    s, facility, expected_version=version, changes={"capacity": 1}, label="x"
                )
            assert conflict.value.version == version + 1
            assert conflict.value.theirs["capacity"] == 12345
        else:
            racer.join(0.5)
            assert racer.is_alive(), "A's save must wait for B's unit of work"
            apply_changes(s, facility, expected_version=version, changes={"capacity": 1}, label="x")
    racer.join(15)
    saved, saved_version = load(b, fid)
    assert saved_version == version + 1
    if backend == "postgresql":
        assert saved["capacity"] == 12345
    else:
        refused = outcome["a"]
        assert isinstance(refused, ConflictError)
        assert refused.theirs["capacity"] == 1 and refused.version == version + 1
        assert saved["capacity"] == 1


def test_the_facility_service_refuses_a_stale_save(two_users: tuple[Database, Database]):
    """The same through the facilities service the window uses."""
    a, b = two_users
    fid = al_hol(a)
    record_a = facilities.get_facility(a, facility_id=fid).record
    record_b = facilities.get_facility(b, facility_id=fid).record
    from dataclasses import replace

    facilities.save_facility(
        a,
        values=replace(record_a.fields(), capacity=71000),
        facility_id=fid,
        expected_version=record_a.version,
    )
    with pytest.raises(ConflictError) as conflict:
        facilities.save_facility(
            b,
            values=replace(record_b.fields(), governorate="Hasakah"),
            facility_id=fid,
            expected_version=record_b.version,
        )
    assert conflict.value.theirs["capacity"] == 71000
    assert conflict.value.version == record_a.version + 1
    current = facilities.get_facility(b, facility_id=fid).record
    assert (current.capacity, current.governorate) == (71000, record_a.governorate)


def test_approval_settings_saved_over_someone_elses_newer_save_are_refused(
    seeded_backend_url: str,
):
    """Two administrators with the approval settings open: the second to save wrote back
    every setting as their dialog had loaded it, so turning approval back on (or an
    amnesty's outcomes) was silently undone by a colleague who had changed something
    else. Now that save is refused, naming the settings, and changes nothing."""
    from desktop.domain.errors import RuleError
    from desktop.services.approval_settings import (
        approval_settings,
        save_approval_settings,
        set_approval,
    )

    a = open_database(seeded_backend_url, create=False)
    b = as_user(a, "admin_b", "administrator")
    try:
        set_approval(a, on=False)
        seen_a, seen_b = approval_settings(a), approval_settings(b)
        on_b, amnesties_b = seen_b
        assert on_b is False
        save_approval_settings(
            a, on=True, outcomes={i: set(o) for i, _t, o in seen_a[1]}, seen=seen_a
        )
        first = amnesties_b[0][0]
        mine = {i: set(o) | ({"denied"} if i == first else set()) for i, _t, o in amnesties_b}
        with pytest.raises(RuleError, match="approval settings were changed by someone else"):
            save_approval_settings(b, on=on_b, outcomes=mine, seen=seen_b)
        assert approval_settings(a)[0] is True
        assert "denied" not in dict((i, o) for i, _t, o in approval_settings(a)[1])[first]
        # reloaded, the same change saves
        seen_b = approval_settings(b)
        save_approval_settings(b, on=True, outcomes=mine, seen=seen_b)
        assert "denied" in dict((i, o) for i, _t, o in approval_settings(a)[1])[first]
    finally:
        a.dispose()
        b.dispose()
