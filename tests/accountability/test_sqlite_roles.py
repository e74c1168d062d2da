"""The same roles and four-eyes workflow on a SQLite file, with operating-system accounts
as the identities (tests act as another account with ``open_database(..., account=...)``).
On a file this is a procedure, not a security boundary (docs/security.md)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from acct_helpers import GENERAL, eligible_sentenced, person
from sqlalchemy import text

from desktop.domain.errors import CaseTrackerError, RuleError
from desktop.domain.roles import PermissionDenied, Role
from desktop.services import approvals, users
from desktop.services.approval_settings import is_approval_on, set_approval
from desktop.services.database import Database, open_database
from desktop.services.decisions import decide, revoke_decision
from desktop.services.exporting import export_list
from desktop.services.identity import whoami


@pytest.fixture
def accounts(seeded_path: Path) -> Iterator[dict[str, Database]]:
    owner = open_database(str(seeded_path), create=False)
    opened = {"owner": owner}
    for login, role in [
        ("clerk_os", "clerk"),
        ("reviewer_a", "reviewer"),
        ("reviewer_b", "reviewer"),
        ("viewer_os", "viewer"),
    ]:
        users.add_user(owner, login, role)
        opened[login] = open_database(str(seeded_path), create=False, account=login)
    yield opened
    for database in opened.values():
        database.dispose()


def test_the_creator_of_a_file_is_its_administrator_and_others_have_their_roles(accounts):
    assert accounts["owner"].identity.role == Role.ADMINISTRATOR
    assert whoami(accounts["clerk_os"]).role == Role.CLERK
    assert whoami(accounts["viewer_os"]).may_export is False


def test_propose_then_approve_by_another_reviewer_on_a_file(accounts, tmp_path: Path):
    clerk, rev_a, rev_b, viewer = (
        accounts[n] for n in ("clerk_os", "reviewer_a", "reviewer_b", "viewer_os")
    )
    pid = eligible_sentenced(clerk)
    with pytest.raises(PermissionDenied, match="Your role, viewer, may not propose decisions"):
        decide(viewer, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    proposal = decide(clerk, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    assert proposal.proposed_by == "clerk_os" and person(clerk, pid)["status"] == "held"
    with pytest.raises(PermissionDenied, match="Your role, clerk, may not approve decisions"):
        approvals.approve(clerk, proposal.id)
    assert approvals.approve(rev_a, proposal.id).approved_by == "reviewer_a"
    assert person(clerk, pid)["status"] == "released"
    with pytest.raises(RuleError, match="already approved"):
        approvals.reject(rev_b, proposal.id, "too late")
    with pytest.raises(PermissionDenied, match="Your role, clerk, may not revoke decisions"):
        revoke_decision(clerk, decision_id=proposal.id, reason="Mistake")

    own = decide(
        rev_a, amnesty_id=GENERAL, detainee_id=eligible_sentenced(clerk), outcome="reduced"
    )
    with pytest.raises(PermissionDenied, match="Decisions you proposed must be approved"):
        approvals.approve(rev_a, own.id)

    with pytest.raises(PermissionDenied, match="may not export lists of people"):
        export_list(viewer, kind="cases", path=tmp_path / "c.csv")
    with pytest.raises(PermissionDenied, match="may not manage users"):
        users.add_user(clerk, "friend", "administrator")
    with pytest.raises(PermissionDenied, match="may not change approval settings"):
        set_approval(rev_a, on=False)


def test_a_disabled_account_loses_its_role(accounts):
    users.disable_user(accounts["owner"], "reviewer_b")
    again = open_database(str(accounts["owner"].path), create=False, account="reviewer_b")
    try:
        assert again.identity.role is None
        proposal = decide(
            accounts["clerk_os"],
            amnesty_id=GENERAL,
            detainee_id=eligible_sentenced(again),
            outcome="released",
        )
        with pytest.raises(PermissionDenied, match="no Case Tracker role"):
            approvals.approve(again, proposal.id)
    finally:
        again.dispose()


def test_two_reviewers_approving_at_once_on_a_file_exactly_one_succeeds(accounts):
    clerk = accounts["clerk_os"]
    proposal = decide(
        clerk, amnesty_id=GENERAL, detainee_id=eligible_sentenced(clerk), outcome="released"
    )
    barrier = threading.Barrier(2)
    results: list[object] = []

    def approve(db: Database) -> None:
        barrier.wait()
        try:
            results.append(approvals.approve(db, proposal.id).approved_by)
        except CaseTrackerError as exc:
            results.append(exc)

    threads = [
        threading.Thread(target=approve, args=(accounts[n],)) for n in ("reviewer_a", "reviewer_b")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(type(r).__name__ for r in results) == ["RuleError", "str"], results
    assert "already approved" in str(next(r for r in results if not isinstance(r, str)))


def test_approval_off_for_a_one_person_office_is_recorded(accounts):
    owner = accounts["owner"]
    set_approval(owner, on=False)
    assert not is_approval_on(owner)
    pid = eligible_sentenced(owner)
    record = decide(owner, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    assert record.in_force and person(owner, pid)["status"] == "released"


def test_an_imported_release_is_a_proposal_by_the_importer(accounts, tmp_path: Path):
    import csv

    from desktop.services.importing import import_file

    owner, clerk = accounts["owner"], accounts["clerk_os"]
    exported = tmp_path / "decisions.csv"
    export_list(owner, kind="decisions", path=exported)
    with exported.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    released = next(r for r in rows if r[header.index("outcome")] == "released")
    pid = eligible_sentenced(owner)
    released[header.index("case_no")] = str(person(owner, pid)["case_no"])
    one = tmp_path / "one.csv"
    with one.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([header, released])
    import_file(clerk, kind="decisions", path=one)
    [waiting] = approvals.pending(clerk)
    assert (waiting.detainee_id, waiting.proposed_by, waiting.mine) == (pid, "clerk_os", True)
    assert person(owner, pid)["status"] == "held"
    assert approvals.approve(accounts["reviewer_a"], waiting.id).approved_by == "reviewer_a"
    assert person(owner, pid)["status"] == "released"


def test_a_viewer_prints_reports_but_may_not_export_a_roster_as_a_spreadsheet(accounts):
    from desktop.services.reports import check_report_output

    viewer = accounts["viewer_os"]
    check_report_output(viewer, kind="roster", suffix=".pdf")
    check_report_output(viewer, kind="occupancy", suffix=".xlsx")
    for suffix in (".csv", ".XLSX"):
        with pytest.raises(PermissionDenied, match="may not export lists of people"):
            check_report_output(viewer, kind="roster", suffix=suffix)
    check_report_output(accounts["clerk_os"], kind="roster", suffix=".csv")


def test_a_person_who_changed_since_the_proposal_is_named_by_a_typed_change(accounts):
    """The window words the change from ``change`` (and the person's status now); the
    command line keeps its English."""
    clerk, reviewer = accounts["clerk_os"], accounts["reviewer_a"]
    released, reduced = eligible_sentenced(clerk), eligible_sentenced(clerk, skip=1)
    release = decide(clerk, amnesty_id=GENERAL, detainee_id=released, outcome="released")
    reduction = decide(
        clerk, amnesty_id=GENERAL, detainee_id=reduced, outcome="reduced", fraction=Fraction(1, 2)
    )
    rows = {r.id: r for r in approvals.pending(reviewer)}
    assert rows[release.id].change is None and rows[release.id].warning is None
    assert rows[reduction.id].change is None
    with clerk.engine.begin() as conn:  # someone records an escape and a new sentence end
        conn.execute(text("UPDATE detainee SET status = 'escaped' WHERE id = :i"), {"i": released})
        conn.execute(
            text("UPDATE detainee SET sentence_end = '2031-01-02' WHERE id = :i"), {"i": reduced}
        )
    rows = {r.id: r for r in approvals.pending(reviewer)}
    assert rows[release.id].change == approvals.ProposalChange.NO_LONGER_HELD
    assert rows[release.id].warning == (
        "is now escaped, no longer held as when the release was proposed"
    )
    assert rows[reduction.id].change == approvals.ProposalChange.SENTENCE_END_MOVED
    assert rows[reduction.id].sentence_end_now == date(2031, 1, 2)
    with pytest.raises(approvals.ProposalChanged, match="the person is now escaped") as refused:
        approvals.approve(reviewer, release.id)
    assert refused.value.change == approvals.ProposalChange.NO_LONGER_HELD
    assert refused.value.status == "escaped"
    with pytest.raises(approvals.ProposalChanged, match="sentence end is now 2031-01-02"):
        approvals.approve(reviewer, reduction.id)
    assert person(clerk, released)["status"] == "escaped"


def test_environment_variables_do_not_make_the_command_line_another_account(accounts, cli):
    """The account is the operating system's (the process's user id), not ``USER`` or
    ``LOGNAME``, which anyone can set: a reviewer who names another reviewer there may not
    approve their own proposal, and the history does not record the other name."""
    owner = accounts["owner"]
    pid = eligible_sentenced(owner)
    proposal = decide(owner, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    other = dict.fromkeys(("USER", "LOGNAME", "LNAME", "USERNAME"), "reviewer_a")
    db = str(owner.path)
    assert "login: reviewer_a" not in cli("whoami", "--db", db, env=other).stdout
    refused = cli("approve", str(proposal.id), "--db", db, env=other)
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "must be approved by another reviewer" in refused.stderr
    assert person(owner, pid)["status"] == "held"
    with owner.engine.connect() as conn:
        forged = conn.execute(text("SELECT count(*) FROM change_log WHERE who = 'reviewer_a'"))
        assert forged.scalar_one() == 0


def test_an_imported_proposal_is_approved_only_with_the_effect_the_rules_give(
    accounts, tmp_path: Path
):
    """A clerk could import a decisions file whose "reduced by 1/2" proposal carried a
    sentence end of its own choosing (63 years later than the sentence as it stood), or a
    release whose status before was "deceased"; the reviewer approved "reduced by 1/2" and
    the sentence was lengthened, and revoking the release would have recorded a living
    person as deceased. Approval now applies only the effect the rules give for the person
    as they stand, and refuses, changing nothing, otherwise."""
    import csv

    from desktop.services.importing import import_file

    owner, clerk, reviewer = accounts["owner"], accounts["clerk_os"], accounts["reviewer_a"]
    exported = tmp_path / "decisions.csv"
    export_list(owner, kind="decisions", path=exported)
    with exported.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    column = header.index
    reduced_pid, released_pid = eligible_sentenced(owner), eligible_sentenced(owner, skip=1)
    reduced = next(r for r in rows if r[column("outcome")] == "reduced")
    released = next(r for r in rows if r[column("outcome")] == "released")
    for row, pid in ((reduced, reduced_pid), (released, released_pid)):
        row[column("case_no")] = str(person(owner, pid)["case_no"])
        row[column("sentence_end_before")] = str(person(owner, pid)["sentence_end"])
    reduced[column("fraction")] = "1/2"
    reduced[column("status_before")] = "held"
    reduced[column("sentence_end_after")] = "2099-01-01"
    released[column("status_before")] = "deceased"
    crafted = tmp_path / "crafted.csv"
    with crafted.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([header, reduced, released])
    import_file(clerk, kind="decisions", path=crafted)
    waiting = {p.detainee_id: p for p in approvals.pending(reviewer)}
    assert waiting[reduced_pid].fraction == "1/2"
    before = {pid: person(owner, pid) for pid in (reduced_pid, released_pid)}
    expected = approvals_preview_end(owner, reduced_pid)
    with pytest.raises(RuleError, match=f"ends this person's sentence on {expected}, not on 2099"):
        approvals.approve(reviewer, waiting[reduced_pid].id)
    with pytest.raises(RuleError, match="status before it as deceased, but it is held"):
        approvals.approve(reviewer, waiting[released_pid].id)
    assert {pid: person(owner, pid) for pid in before} == before
    assert len(approvals.pending(reviewer)) == 2  # still waiting: to be rejected


def approvals_preview_end(database: Database, pid: int) -> object:
    """The sentence end a reduction by 1/2 of the person's sentence gives, as ``decide``
    would propose it."""
    from desktop.services.decisions import preview_decision

    preview = preview_decision(
        database, amnesty_id=GENERAL, detainee_id=pid, outcome="reduced", fraction=Fraction(1, 2)
    )
    return preview.sentence_end_after


def test_a_clerk_may_not_move_the_start_or_length_a_reduction_is_computed_from(accounts):
    """A clerk may not change a person's sentence, but could change its start and length on
    the case form: moving the start 20 years back and then proposing the amnesty's routine
    "reduced by 1/2", which a reviewer approved as such, ended a sentence of 2036 in 2018,
    that is at once. Both now need the reviewer role, as the sentence end and the status do."""
    from dataclasses import replace

    from desktop.services.cases import get_case, save_case

    owner, clerk = accounts["owner"], accounts["clerk_os"]
    pid = eligible_sentenced(owner)
    case = get_case(clerk, detainee_id=pid)
    start = case.fields().sentence_start
    assert start is not None and case.fields().sentence_months is not None
    for change in (
        {"sentence_start": start.replace(year=start.year - 20)},
        {"sentence_months": case.fields().sentence_months * 3},
    ):
        with pytest.raises(PermissionDenied, match="Your role, clerk, may not change a person's"):
            save_case(clerk, fields=replace(case.fields(), **change), detainee_id=pid)
    assert get_case(owner, detainee_id=pid).fields() == case.fields()
    notes = replace(case.fields(), notes="seen by the clerk")  # the rest of a case is a clerk's
    assert save_case(clerk, fields=notes, detainee_id=pid).fields().notes == "seen by the clerk"
    moved = replace(case.fields(), sentence_start=start.replace(year=start.year - 1))
    assert save_case(accounts["reviewer_a"], fields=moved, detainee_id=pid).fields() == moved


def test_a_display_name_or_label_cannot_hide_or_rewrite_what_others_read(accounts, cli):
    """A display name is listed to administrators (``users list``) and a run's label is
    written into the history beside the login. Both took terminal escapes and directional
    overrides: a viewer's display name could erase the line above it in an administrator's
    terminal, and a label could reverse what the history shows after the login. A display
    name holding them is refused; a label is recorded without them."""
    from desktop.services.identity import set_display_name

    viewer, owner = accounts["viewer_os"], accounts["owner"]
    for hiding in ("\x1b[1A\x1b[2KRana", "Rana \u202enimda"):
        with pytest.raises(RuleError, match="invisible control or direction characters"):
            set_display_name(viewer, hiding)
    assert whoami(viewer).display_name is None
    assert set_display_name(viewer, "Rana Haddad").display_name == "Rana Haddad"
    db = str(owner.path)
    label = {"CASE_TRACKER_USER": "Nightly\x1b[2K \u202eimport\u202c"}
    done = cli("users", "add", "late_clerk", "--role", "clerk", "--db", db, env=label)
    assert done.returncode == 0, done.stderr
    with owner.engine.connect() as conn:
        who = conn.execute(
            text("SELECT who FROM change_log WHERE after = 'late_clerk: clerk'")
        ).scalar_one()
    assert who == f"{owner.identity.login} (Nightly[2K import)"  # the escape made inert
    assert "\x1b" not in cli("whoami", "--db", db, env=label).stdout
