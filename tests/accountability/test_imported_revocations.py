"""A revocation imported from another system's list, on both stores: the history of this
database names who recorded it here; what the file said is kept beside it, marked as
imported."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

from acct_helpers import GENERAL, eligible_sentenced, person
from sqlalchemy import text

from desktop.services.amnesty_decisions import AmnestyDecisionRow, decisions_for_amnesty
from desktop.services.database import open_database
from desktop.services.exporting import export_list
from desktop.services.identity import whoami
from desktop.services.importing import import_file


def _decisions_file(db, tmp_path: Path, case_no: str) -> Path:  # type: ignore[no-untyped-def]
    """A decisions file of one revoked denial for ``case_no``, in the export's columns."""
    exported = tmp_path / "all.csv"
    export_list(db, kind="decisions", path=exported)
    with exported.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    with db.engine.connect() as conn:
        title = conn.execute(text("SELECT title FROM amnesty WHERE id = :i"), {"i": GENERAL})
        amnesty = title.scalar_one()
    row = dict.fromkeys(header, "")
    row |= {
        "amnesty": amnesty,
        "case_no": case_no,
        "outcome": "denied",
        "decision_date": "2020-10-20",
        "revoked_at": "2021-01-05 10:00:00",
        "revoked_by": "reviewer2",
        "revoked_reason": "decided again on appeal",
        "synthetic": "no",
    }
    path = tmp_path / "revoked.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([header, [row[c] for c in header]])
    return path


def test_an_imported_revocation_is_recorded_as_by_the_importer_on_both_stores(
    seeded_backend_url: str, tmp_path: Path
):
    """An imported decision's ``revoked_by`` was kept as the file wrote it on a SQLite
    file (so a clerk's import could record a revocation "by reviewer2", a colleague who
    never touched it), and replaced by the importer's login on PostgreSQL: the same file
    told two histories. Both stores now record the importer, as the server always did,
    and keep the file's name apart, marked as imported; an export writes the file's name
    again, so importing the same list twice adds nothing."""
    db = open_database(seeded_backend_url, create=False)
    try:
        me = whoami(db).login
        pid = eligible_sentenced(db)
        path = _decisions_file(db, tmp_path, str(person(db, pid)["case_no"]))
        assert import_file(db, kind="decisions", path=path).added == 1
        query = text(
            "SELECT revoked_by, imported_revoked_by, revoked_reason FROM amnesty_decision "
            "WHERE detainee_id = :p"
        )
        with db.engine.connect() as conn:
            rows = [tuple(r) for r in conn.execute(query, {"p": pid})]
        assert rows == [(me, "reviewer2", "decided again on appeal")]
        [shown] = [
            r
            for r in decisions_for_amnesty(db, amnesty_id=GENERAL, limit=100_000).rows
            if r.detainee_id == pid
        ]
        assert (shown.revoked, shown.revoked_by, shown.imported_revoked_by) == (
            True,
            me,
            "reviewer2",
        )
        again = import_file(db, kind="decisions", path=path)
        assert (again.added, again.unchanged) == (0, 1)
        out = tmp_path / "out.csv"
        export_list(db, kind="decisions", path=out)
        with out.open(encoding="utf-8-sig", newline="") as f:
            mine = [r for r in csv.DictReader(f) if r["case_no"] == person(db, pid)["case_no"]]
        assert [r["revoked_by"] for r in mine] == ["reviewer2"]
    finally:
        db.dispose()


def test_the_amnesty_page_says_an_imported_revocation_was_imported(qapp):
    """The Decisions tab of an amnesty names who revoked a decision; for an imported
    revocation it names the importer and says what the list said, marked as imported."""
    from desktop.ui.models.amnesty_tables import AmnestyDecisionsModel

    model = AmnestyDecisionsModel()
    row = AmnestyDecisionRow(
        id=1, detainee_id=1, case_no="SYN-1", name="X", outcome="denied", fraction=None,
        decision_date=date(2020, 10, 20), decided_by=None, override_reason=None, revoked=True,
        revoked_by="clerk", synthetic=False, imported_revoked_by="reviewer2",
    )  # fmt: skip
    model.set_rows([row, replace(row, id=2, imported_revoked_by=None)])
    note = model.columnCount() - 1
    assert model.index(0, note).data() == "revoked by clerk (imported; the list says by reviewer2)"
    assert model.index(1, note).data() == "revoked by clerk"
