"""Reports under four-eyes approval: the amnesty report counts the decisions in force and
shows proposals apart; the case sheet names the proposer and the approver; with approval
off every report says "decisions not independently approved" (read back from PDF and CSV)."""

from __future__ import annotations

import csv
from pathlib import Path

from acct_helpers import GENERAL, eligible_sentenced, person
from identities import approve_as_second_reviewer
from pypdf import PdfReader

from desktop.reports.render import render
from desktop.services.approval_settings import set_approval
from desktop.services.database import Database
from desktop.services.decisions import decide
from desktop.services.reports import build_report

NOT_APPROVED = "Decisions not independently approved"


def test_the_amnesty_report_counts_decisions_in_force_and_shows_proposals_apart(
    seeded_db: Database,
):
    decide(
        seeded_db, amnesty_id=GENERAL, detainee_id=eligible_sentenced(seeded_db), outcome="released"
    )
    content = build_report(seeded_db, kind="amnesty", amnesty_ref=GENERAL)
    reconciliation = next(t for t in content.tables() if t.title.startswith("Reported totals"))
    released = next(r for r in reconciliation.rows if r[0] == "Released")
    assert released[4] == 631 and released[5] == 0  # the proposal is not counted
    waiting = next(t for t in content.tables() if t.title.startswith("Proposals waiting"))
    assert [list(r) for r in waiting.rows] == [["Released", 1]]
    assert NOT_APPROVED not in content.marks()


def test_the_case_sheet_names_the_proposer_and_the_approver(seeded_db: Database):
    pid = eligible_sentenced(seeded_db)
    record = decide(seeded_db, amnesty_id=GENERAL, detainee_id=pid, outcome="released")
    case_no = str(person(seeded_db, pid)["case_no"])
    sheet = build_report(seeded_db, kind="case", case_no=case_no)
    [row] = next(t for t in sheet.tables() if t.title == "Amnesty decisions").rows
    me = seeded_db.identity.login
    assert str(row[-1]).startswith(f"Proposed by {me} on ") and "waiting for approval" in row[-1]
    approve_as_second_reviewer(seeded_db, record.id)
    sheet = build_report(seeded_db, kind="case", case_no=case_no)
    [row] = next(t for t in sheet.tables() if t.title == "Amnesty decisions").rows
    assert str(row[-1]).startswith(f"Proposed by {me}; approved by second_reviewer on ")


def test_with_approval_off_every_report_says_decisions_not_independently_approved(
    qapp, seeded_db: Database, tmp_path: Path
):
    set_approval(seeded_db, on=False)
    reports = {
        "occupancy": {},
        "amnesty": {"amnesty_ref": GENERAL},
        "case": {"case_no": "SYN-000001"},
        "roster": {"facility_ref": "al-Hol camp"},
    }
    for kind, refs in reports.items():
        content = build_report(seeded_db, kind=kind, **refs)  # type: ignore[arg-type]
        assert NOT_APPROVED in content.marks(), kind
    content = build_report(seeded_db, kind="amnesty", amnesty_ref=GENERAL)
    pdf, sheet = tmp_path / "amnesty.pdf", tmp_path / "amnesty.csv"
    render(content, pdf)
    render(content, sheet)
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages]
    assert pages and all(NOT_APPROVED in page for page in pages)
    with sheet.open(encoding="utf-8-sig", newline="") as f:
        assert [NOT_APPROVED] in list(csv.reader(f))
    set_approval(seeded_db, on=True)
    assert NOT_APPROVED not in build_report(seeded_db, kind="occupancy").marks()
