"""What the server itself refuses, whatever client sends it, tried as the office's logins
with their own passwords (what ``psql`` would send): a disabled login's open sessions, names
a session shadows with temporary tables, and an effect a decision applies at once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from fractions import Fraction

import psycopg
import pytest
from acct_helpers import GENERAL, eligible_sentenced, person
from psycopg import errors

from desktop.domain import decision_rules as rules
from desktop.domain.sentences import add_months
from desktop.services import users

pytestmark = pytest.mark.postgres

_WRITABLE = """
SELECT c.relname,
       has_table_privilege(%(login)s, c.oid, 'DELETE') AS can_delete,
       (SELECT min(a.attname) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          AND has_column_privilege(%(login)s, c.oid, a.attnum, 'UPDATE')) AS update_column,
       has_any_column_privilege(%(login)s, c.oid, 'INSERT') AS can_insert
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
  AND (has_table_privilege(%(login)s, c.oid, 'DELETE')
       OR has_any_column_privilege(%(login)s, c.oid, 'UPDATE')
       OR has_any_column_privilege(%(login)s, c.oid, 'INSERT'))
ORDER BY c.relname
"""


def _writes(conn: psycopg.Connection, login: str) -> list[str]:
    """One statement for every kind of write ``login`` is granted on every table; each
    matches no row, so it changes nothing, but the server still decides whether it may."""
    statements = []
    for table, can_delete, column, can_insert in conn.execute(_WRITABLE, {"login": login}):
        if can_insert:
            statements.append(f'INSERT INTO "{table}" SELECT * FROM "{table}" WHERE false')
        if column is not None:
            statements.append(f'UPDATE "{table}" SET "{column}" = "{column}" WHERE false')
        if can_delete:
            statements.append(f'DELETE FROM "{table}" WHERE false')
    return statements


@contextmanager
def _login(office, name: str, role: str) -> Iterator[psycopg.Connection]:  # type: ignore[no-untyped-def]
    """A psql session of a new login ``name`` with ``role``, dropped afterwards."""
    password = f"{name}-pass-1"
    users.add_user(office.db("admin"), name, role, password=password)
    try:
        with psycopg.connect(
            host="127.0.0.1",
            port=office.server.port,
            user=name,
            password=password,
            dbname=office.name,
            autocommit=True,
        ) as conn:
            yield conn
    finally:
        office.server._admin(f'DROP OWNED BY "{name}" CASCADE')
        office.server._admin(f'DROP ROLE IF EXISTS "{name}"')


@pytest.mark.parametrize("role", ["clerk", "administrator"])
def test_a_disabled_login_writes_nothing_from_the_sessions_it_still_has_open(office, role):
    """``users disable`` stops new logins (NOLOGIN); the decision triggers refused a
    disabled login, but its psql left open could still write every other table its group
    was granted: a dismissed clerk went on editing facilities and headcounts (and cases'
    notes), a dismissed administrator amnesties, categories and settings. Every write of
    every table is now refused once the login is disabled, whichever table it is."""
    admin = office.db("admin")
    with _login(office, f"leaving_{role}", role) as conn:
        statements = _writes(conn, f"leaving_{role}")
        tables = {s.split('"')[1] for s in statements}
        assert {"facility", "headcount", "detainee", "change_log", "transfer"} <= tables
        if role == "administrator":
            assert {"amnesty", "category", "db_setting", "app_user"} <= tables
        for statement in statements:  # allowed while the login is enabled
            conn.execute(statement)
        users.disable_user(admin, f"leaving_{role}")
        for statement in statements:
            with pytest.raises(errors.InsufficientPrivilege, match="disabled"):
                conn.execute(statement)
        with pytest.raises(errors.InsufficientPrivilege, match="disabled"):
            conn.execute("UPDATE facility SET notes = 'after leaving' WHERE id = 1")
        # it can still read until its sessions are ended (docs/postgresql.md)
        assert conn.execute("SELECT count(*) FROM facility").fetchone() is not None
    assert person(admin, 1)["id"] == 1


def test_temporary_tables_do_not_stand_in_for_the_servers_own(office):
    """A session's temporary tables come first in its search path, also inside the
    server's trigger functions, which read the approval setting, the amnesty and the
    roles by their plain names. A clerk's psql could create a temporary ``db_setting``
    saying approval is off and record a release in force, then set the person released:
    out of custody with nobody's approval. Or a temporary ``pg_database`` naming the clerk
    the database's owner, and the triggers took the clerk for an administrator. The
    server's functions now look their names up in a fixed path, the session's temporary
    tables last."""
    admin = office.db("admin")
    released, freed = eligible_sentenced(admin), eligible_sentenced(admin, skip=1)
    with office.raw("clerk", autocommit=False) as conn:
        conn.execute("CREATE TEMP TABLE db_setting (key text, value text)")
        conn.execute("INSERT INTO db_setting VALUES ('approval', 'off')")
        state = conn.execute(
            "INSERT INTO amnesty_decision (amnesty_id, detainee_id, outcome, decision_date, "
            "synthetic, version) VALUES (%s, %s, 'released', '2020-10-10', false, 1) "
            "RETURNING state",
            (GENERAL, released),
        ).fetchone()
        assert state == ("proposed",)
        with pytest.raises(errors.InsufficientPrivilege, match="outside an approved decision"):
            conn.execute(
                "UPDATE public.detainee SET status = 'released' WHERE id = %s", (released,)
            )
    with office.raw("clerk", autocommit=False) as conn:
        conn.execute("CREATE TEMP TABLE pg_database (datname name, datdba oid)")
        conn.execute(
            "INSERT INTO pg_database SELECT current_database(), oid FROM pg_catalog.pg_roles "
            "WHERE rolname = 'clerk'"
        )
        with pytest.raises(errors.InsufficientPrivilege, match="outside an approved decision"):
            conn.execute("UPDATE detainee SET status = 'released' WHERE id = %s", (freed,))
    assert [person(admin, p)["status"] for p in (released, freed)] == ["held", "held"]


def test_a_temporary_history_does_not_take_the_record_of_a_role_change(office):
    """``casetracker_set_role`` runs as the owner and writes its history row by the plain
    name ``change_log``: an administrator's session with a temporary ``change_log`` made a
    clerk an administrator and the record of it went into the temporary table, gone at
    the end of the session."""
    # a login of its own: logins are the cluster's, and the other tests' clerk stays one
    with _login(office, "promoted", "clerk"), office.raw("admin") as conn:
        conn.execute("CREATE TEMP TABLE change_log (LIKE public.change_log INCLUDING ALL)")
        conn.execute("SELECT casetracker_set_role('promoted', 'administrator')")
        assert conn.execute("SELECT count(*) FROM pg_temp.change_log").fetchone() == (0,)
        logged = conn.execute(
            "SELECT who, after FROM public.change_log WHERE table_name = 'app_user' "
            "AND field = 'role' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert logged == ("admin", "promoted: administrator")


def test_every_function_of_the_server_looks_names_up_in_its_own_path(office):
    with office.raw("viewer") as conn:
        paths = dict(
            conn.execute(
                "SELECT p.oid::regprocedure::text, p.proconfig FROM pg_proc p "
                "JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = 'public' AND p.proname LIKE 'casetracker%'"
            ).fetchall()
        )
    assert len(paths) >= 17
    assert {
        name: config for name, config in paths.items()
        if config != ["search_path=pg_catalog, public, pg_temp"]
    } == {}  # fmt: skip


def _in_force(conn: psycopg.Connection, pid: int, outcome: str, **recorded: object) -> None:
    """A decision for ``pid`` in force at once (approval is off), with what it records."""
    values = {"fraction_num": None, "fraction_den": None, **recorded}
    columns = ", ".join(values)
    marks = ", ".join(["%s"] * len(values))
    conn.execute(
        "INSERT INTO amnesty_decision (amnesty_id, detainee_id, outcome, decision_date, "
        f"synthetic, version, {columns}) VALUES (%s, %s, %s, '2020-10-20', false, 1, {marks})",
        (GENERAL, pid, outcome, *values.values()),
    )


def test_with_approval_off_a_clerk_applies_only_the_effect_the_rules_give(office):
    """With approval off a decision takes effect when recorded, and the server let a
    clerk's login change the person along with any decision in force written in the same
    transaction, whatever effect it recorded: a "reduction by 1/2" whose new end was the
    decision's own day walked a person out years early; a status or end "before" that was
    not the person's would be restored by a later revocation. The server now applies only
    the effect the rules give for the person as they stood: held, the recorded "before"
    theirs, and the reduced end computed from their sentence and the fraction."""
    from desktop.services.apply_amnesty import apply_bulk, select_candidates
    from desktop.services.approval_settings import set_approval
    from desktop.services.decisions import decide

    admin, clerk = office.db("admin"), office.db("clerk")
    set_approval(admin, on=False)
    pid = eligible_sentenced(admin)
    p = person(admin, pid)
    right = decide(clerk, amnesty_id=GENERAL, detainee_id=eligible_sentenced(admin, skip=1),
                   outcome="reduced", fraction=Fraction(1, 3))  # fmt: skip
    before = {"status_before": "held", "sentence_end_before": p["sentence_end"]}
    unfounded = (
        ("reduced", {**before, "fraction_num": 1, "fraction_den": 2,
                     "sentence_end_after": date(2020, 10, 20)}),
        ("reduced", {**before, "fraction_num": 1, "fraction_den": 10,
                     "sentence_end_after": p["sentence_start"]}),
        ("reduced", {**before, "sentence_end_before": date(2099, 1, 1), "fraction_num": 1,
                     "fraction_den": 3, "sentence_end_after": right.sentence_end_after}),
        ("released", {**before, "status_before": "escaped",
                      "sentence_end_after": p["sentence_end"]}),
    )  # fmt: skip
    # the third borrows the right end of a person with the same sentence, if there is one;
    # the end it gives "before" is wrong either way
    for outcome, recorded in unfounded:
        with office.raw("clerk", autocommit=False) as conn:
            _in_force(conn, pid, outcome, **recorded)
            change = ("status = 'released'" if outcome == "released"
                      else "sentence_end = %(end)s")  # fmt: skip
            with pytest.raises(errors.InsufficientPrivilege, match="outside an approved decision"):
                conn.execute(
                    f"UPDATE detainee SET {change} WHERE id = %(id)s",
                    {"id": pid, "end": recorded["sentence_end_after"]},
                )
    assert person(admin, pid) == p
    # The rules' own effect, sent the same way, is applied.
    expected = rules.effects(
        "reduced",
        Fraction(1, 3),
        "held",
        rules.Sentence(p["sentence_months"], p["sentence_start"], p["sentence_end"]),
    ).sentence_end_after
    with office.raw("clerk", autocommit=False) as conn:
        _in_force(conn, pid, "reduced", **before, fraction_num=1, fraction_den=3,
                  sentence_end_after=expected)  # fmt: skip
        conn.execute("UPDATE detainee SET sentence_end = %s WHERE id = %s", (expected, pid))
        conn.commit()
    assert person(admin, pid)["sentence_end"] == expected != p["sentence_end"]
    # and "Apply amnesty" reduces many at once, each by the same rule
    candidates = [r.detainee_id for r in select_candidates(clerk, amnesty_id=GENERAL).rows]
    olds = {i: old for i in candidates if (old := person(admin, i))["sentence_months"]}
    olds = dict(list(olds.items())[:40])
    ids = list(olds)
    done = apply_bulk(
        clerk,
        amnesty_id=GENERAL,
        detainee_ids=ids,
        outcome="reduced",
        fraction=Fraction(2, 3),
        decision_date=date(2020, 10, 21),
        decided_by=None,
    )
    assert done.reduced == len(ids) == 40
    for i, old in olds.items():
        sentence = rules.Sentence(
            old["sentence_months"], old["sentence_start"], old["sentence_end"]
        )
        reduced = rules.effects("reduced", Fraction(2, 3), "held", sentence).sentence_end_after
        assert person(admin, i)["sentence_end"] == reduced


def test_the_servers_reduction_is_the_domains(office):
    """The server computes a reduction's new end as ``decision_rules.effects`` does, for
    ends at the ends of months, terms of 0 and 1 month, and fractions up to the whole."""
    cases = []
    starts = [date(2019, 1, 31), date(2020, 2, 29), date(2018, 6, 15), date(2021, 12, 1)]
    for start in starts:
        for months in (0, 1, 2, 7, 25, 36, 120, 480):
            for end in (None, add_months(start, months), add_months(start, months) + timedelta(1),
                        start - timedelta(1)):  # fmt: skip
                for fraction in (Fraction(1, 2), Fraction(1, 3), Fraction(2, 3), Fraction(1, 1),
                                 Fraction(1, 1000), Fraction(999, 1000)):  # fmt: skip
                    cases.append((start, end, months, fraction))
    with office.raw("viewer") as conn:
        got = conn.execute(
            "SELECT casetracker_reduced_end(s, e, m, n, d) FROM unnest("
            "%s::date[], %s::date[], %s::int[], %s::int[], %s::int[]) AS t(s, e, m, n, d)",
            (
                [c[0] for c in cases],
                [c[1] for c in cases],
                [c[2] for c in cases],
                [c[3].numerator for c in cases],
                [c[3].denominator for c in cases],
            ),
        ).fetchall()
    expected = [
        rules.effects("reduced", f, "held", rules.Sentence(m, s, e)).sentence_end_after
        for s, e, m, f in cases
    ]
    assert [g[0] for g in got] == expected


def test_who_revised_a_decision_is_written_by_the_server(office):
    """The server wrote a decision's reviser only when its content changed; a clerk's login
    could set ``revised_by`` and ``revised_at`` alone, on any decision, in force ones too:
    "revised by reviewer1 on 2019-01-01", an act nobody did. What it sends is now
    replaced by what the server knows, as for the proposer."""
    with office.raw("clerk") as conn:
        decision = conn.execute(
            "SELECT id, revised_by, revised_at FROM amnesty_decision ORDER BY id LIMIT 1"
        ).fetchone()
        assert decision is not None
        for change in ("revised_by = 'reviewer1'", "revised_at = '2019-01-01'"):
            conn.execute(f"UPDATE amnesty_decision SET {change} WHERE id = %s", (decision[0],))
        assert conn.execute(
            "SELECT id, revised_by, revised_at FROM amnesty_decision WHERE id = %s",
            (decision[0],),
        ).fetchone() == tuple(decision)


def test_an_administrator_manages_the_logins_of_case_tracker_only(office):
    """``casetracker_set_role`` and ``casetracker_disable_user`` run as the database's
    owner, who may alter any role it can: a Case Tracker administrator could disable
    (NOLOGIN) the logins of other applications on the same server, the owner's own, or a
    superuser when the owner is one, and pull any of them into a Case Tracker group. They
    now act only on the logins of Case Tracker's groups (never the owner, a superuser or a
    group itself, whose memberships make the roles' ladder)."""
    for name, extra in (("other_app", ""), ("other_super", " SUPERUSER")):
        office.server._admin(f"CREATE ROLE {name} LOGIN{extra}")
    try:
        with office.raw("admin") as conn:
            for name in ("other_app", "other_super", "postgres", "casetracker_clerk"):
                for call in ("casetracker_disable_user(%s)", "casetracker_set_role(%s, 'viewer')"):
                    with pytest.raises(errors.RaiseException, match="not a Case Tracker user"):
                        conn.execute(f"SELECT {call}", (name,))
            rows = conn.execute(
                "SELECT r.rolname, r.rolcanlogin, "
                "(SELECT count(*) FROM pg_auth_members m WHERE m.member = r.oid) "
                "FROM pg_roles r WHERE r.rolname IN ('other_app', 'other_super') "
                "ORDER BY r.rolname"
            ).fetchall()
        assert rows == [("other_app", True, 0), ("other_super", True, 0)]
    finally:
        for name in ("other_app", "other_super"):
            office.server._admin(f"DROP ROLE IF EXISTS {name}")


def test_a_scripted_runs_label_cannot_hide_or_reorder_who_the_history_names(office):
    """The history reads ``login (label)``; the application leaves out of a label the
    characters that hide or reorder text, but the server took a psql session's label as
    sent: a right-to-left override in it made "clerk (…)" read as something else in every
    history panel."""
    with office.raw("clerk") as conn:
        conn.execute(
            "SELECT set_config('casetracker.label', %s, false)",
            ("\u202e1reweiver \x1b[8m  by\tnight\u2066",),
        )
        who = conn.execute(
            "INSERT INTO change_log (at, who, table_name, record_id, action) "
            "VALUES (now(), 'x', 'facility', 1, 'update') RETURNING who"
        ).fetchone()
    assert who == ("clerk (1reweiver [8m by night)",)


def test_when_a_change_was_made_is_the_servers_clock(office):
    """The server wrote the history's ``who`` whatever the client sent, but kept its ``at``:
    a clerk's login could add history dated years back ("2019-01-01: status held →
    released"), so that a change appeared to have been made, and reviewed, long before."""
    with office.raw("clerk") as conn:
        at, now = conn.execute(
            "INSERT INTO change_log (at, who, table_name, record_id, action, field, before, "
            "after) VALUES ('2019-01-01', 'x', 'detainee', 5, 'update', 'status', 'held', "
            "'released') RETURNING at, (now() AT TIME ZONE 'utc')::timestamp(0)"
        ).fetchone()
    assert at == now


def test_when_a_decision_was_revoked_is_the_servers_clock(office):
    """The server wrote who revoked a decision, but kept the time the client sent: a
    reviewer's login could revoke a release today dated "2019-01-01", before the person's
    later decisions and transfers, which the revocation's checks and the history read by
    date."""
    from desktop.services.decisions import decide

    clerk = office.db("clerk")
    proposal = decide(clerk, amnesty_id=GENERAL, detainee_id=eligible_sentenced(clerk),
                      outcome="denied")  # fmt: skip
    with office.raw("reviewer1") as conn:
        at, now = conn.execute(
            "UPDATE amnesty_decision SET revoked_at = '2019-01-01', revoked_by = 'x', "
            "revoked_reason = 'entered by mistake' WHERE id = %s "
            "RETURNING revoked_at, (now() AT TIME ZONE 'utc')::timestamp(0)",
            (proposal.id,),
        ).fetchone()
    assert at == now


def test_a_display_name_kept_with_psql_is_held_to_the_applications_rules(office):
    """A login may keep its own display name (row-level security); the application refuses
    one with characters that hide or reorder text, but a viewer's psql could keep
    "\\u202eadmin" beside its login in every administrator's ``users list``, and record
    that an administrator had added its row."""
    with office.raw("viewer") as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="invisible"):
            conn.execute(
                "INSERT INTO app_user (login, display_name) VALUES ('viewer', %s)",
                ("\u202enimda",),
            )
        added = conn.execute(
            "INSERT INTO app_user (login, display_name, added_by, added_at) "
            "VALUES ('viewer', 'Vee', 'admin', '2019-01-01') RETURNING added_by, added_at"
        ).fetchone()
        assert added is not None and added[0] == "viewer" and added[1].year > 2019
        with pytest.raises(errors.InsufficientPrivilege, match="invisible"):
            conn.execute("UPDATE app_user SET display_name = %s WHERE login = 'viewer'",
                         ("Vee\u2066",))  # fmt: skip
        conn.execute("UPDATE app_user SET added_by = 'admin' WHERE login = 'viewer'")
        assert conn.execute(
            "SELECT display_name, added_by FROM app_user WHERE login = 'viewer'"
        ).fetchone() == ("Vee", "viewer")


@pytest.mark.parametrize("login", ["viewer", "clerk"])
def test_what_a_login_may_not_do_at_all_held(office, login):
    """Tried as an adversary and refused by the grants as they stood: emptying a table,
    COPY into the history or a table the role may not write, moving a sequence, creating
    objects in the schema, calling the user-management functions."""
    with office.raw(login) as conn:
        for statement in (
            "TRUNCATE headcount",
            "TRUNCATE change_log",
            "TRUNCATE amnesty_decision CASCADE",
            "COPY amnesty FROM STDIN",
            "SELECT setval('amnesty_decision_id_seq', 1)",
            "CREATE TABLE public.shadow (a integer)",
            "CREATE FUNCTION public.casetracker_role(text) RETURNS text "
            "LANGUAGE sql AS $$ SELECT 'administrator' $$",
            "SELECT casetracker_disable_user('admin')",
            "SELECT casetracker_set_role('reviewer1', 'viewer')",
            "ALTER TABLE detainee DISABLE TRIGGER casetracker_person_guard",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
