"""``case-tracker decide``: the same rules as the form, errors naming field and rule, nothing
written on refusal, usage errors exit 2."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from identities import approve_as_second_reviewer
from sqlalchemy import create_engine, inspect, text

from desktop.services.database import open_database

TITLE = "General amnesty, October 2020"


def query(path: Path, sql: str, **params: object) -> list[tuple]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def checksum(path: Path) -> str:
    engine = create_engine(f"sqlite:///{path}")
    digest = hashlib.sha256()
    try:
        with engine.connect() as conn:
            for table in sorted(inspect(conn).get_table_names()):
                rows = sorted(
                    repr(tuple(r)) for r in conn.execute(text(f'SELECT * FROM "{table}"'))
                )
                digest.update(table.encode() + "".join(rows).encode())
    finally:
        engine.dispose()
    return digest.hexdigest()


def approve_elsewhere(path: Path, decision_id: int) -> None:
    """A second reviewer approves the proposal (the four-eyes rule)."""
    db = open_database(str(path), create=False)
    try:
        approve_as_second_reviewer(db, decision_id)
    finally:
        db.dispose()


def decision_of(path: Path, case_no: str) -> int:
    return int(
        query(
            path,
            "SELECT a.id FROM amnesty_decision a JOIN detainee d ON d.id = a.detainee_id "
            "WHERE d.case_no = :c",
            c=case_no,
        )[0][0]
    )


def case_where(path: Path, where: str) -> str:
    return query(
        path,
        f"SELECT case_no FROM detainee d WHERE {where} AND NOT EXISTS (SELECT 1 FROM "
        "amnesty_decision a WHERE a.detainee_id = d.id) ORDER BY id LIMIT 1",
    )[0][0]


def test_a_release_by_amnesty_id(cli, seeded_path: Path):
    case_no = case_where(seeded_path, "status = 'held' AND violent_crime = 0")
    done = cli(
        "decide",
        "--db",
        str(seeded_path),
        "--amnesty",
        "1",
        "--case",
        case_no,
        "--outcome",
        "released",
        "--date",
        "2020-10-08",
        "--by",
        "Review board",
        "--note",
        "Guaranteed by his tribe",
    )
    assert done.returncode == 0, done.stderr
    decision_id = decision_of(seeded_path, case_no)
    assert done.stdout.startswith(f"proposed decision {decision_id}: case {case_no} released")
    assert "waiting for approval" in done.stdout
    assert query(seeded_path, "SELECT status FROM detainee WHERE case_no = :c", c=case_no) == [
        ("held",)
    ]
    approve_elsewhere(seeded_path, decision_id)
    assert query(seeded_path, "SELECT status FROM detainee WHERE case_no = :c", c=case_no) == [
        ("released",)
    ]
    assert query(
        seeded_path,
        "SELECT a.decision_date, a.decided_by, a.notes FROM amnesty_decision a "
        "JOIN detainee d ON d.id = a.detainee_id WHERE d.case_no = :c",
        c=case_no,
    ) == [("2020-10-08", "Review board", "Guaranteed by his tribe")]


def test_a_reduction_by_exact_title_with_a_fraction(cli, seeded_path: Path):
    case_no = case_where(
        seeded_path, "status = 'held' AND violent_crime = 0 AND sentence_months IS NOT NULL"
    )
    done = cli(
        "decide",
        "--db",
        str(seeded_path),
        "--amnesty",
        TITLE,
        "--case",
        case_no,
        "--outcome",
        "reduced",
        "--fraction",
        "1/3",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("proposed decision ") and "reduced by 1/3" in done.stdout
    approve_elsewhere(seeded_path, decision_of(seeded_path, case_no))
    [(num, den, after)] = query(
        seeded_path,
        "SELECT fraction_num, fraction_den, sentence_end_after FROM amnesty_decision a "
        "JOIN detainee d ON d.id = a.detainee_id WHERE d.case_no = :c",
        c=case_no,
    )
    assert (num, den) == (1, 3)
    assert query(
        seeded_path, "SELECT sentence_end FROM detainee WHERE case_no = :c", c=case_no
    ) == [(after,)]


@pytest.mark.parametrize(
    ("where", "extra", "named"),
    [
        (
            "status = 'held' AND violent_crime = 0",
            ["--date", "2020-09-30"],
            "field 'decision_date'",
        ),
        (
            "status = 'held' AND violent_crime = 0",
            ["--date", "2999-01-01"],
            "field 'decision_date'",
        ),
        ("status = 'held' AND violent_crime = 1", [], "field 'override_reason'"),
        ("status = 'released'", [], "field 'detainee'"),
    ],
)
def test_refusals_exit_1_naming_the_field_and_write_nothing(
    cli, seeded_path: Path, where: str, extra: list[str], named: str
):
    case_no = query(seeded_path, f"SELECT case_no FROM detainee WHERE {where} ORDER BY id LIMIT 1")[
        0
    ][0]
    before = checksum(seeded_path)
    done = cli(
        "decide",
        "--db",
        str(seeded_path),
        "--amnesty",
        "1",
        "--case",
        case_no,
        "--outcome",
        "released",
        *extra,
    )
    assert done.returncode == 1
    assert named in done.stderr and f"case {case_no}" in done.stderr
    assert checksum(seeded_path) == before


def test_an_override_reason_lets_an_excluded_person_be_released(cli, seeded_path: Path):
    case_no = case_where(seeded_path, "status = 'held' AND violent_crime = 1")
    done = cli(
        "decide",
        "--db",
        str(seeded_path),
        "--amnesty",
        "1",
        "--case",
        case_no,
        "--outcome",
        "released",
        "--override-reason",
        "Charge withdrawn on review",
    )
    assert done.returncode == 0, done.stderr
    assert "override: Charge withdrawn on review" in done.stdout
    assert query(
        seeded_path,
        "SELECT override_reason FROM amnesty_decision a JOIN detainee d ON d.id = a.detainee_id "
        "WHERE d.case_no = :c",
        c=case_no,
    ) == [("Charge withdrawn on review",)]


def test_unknown_records_and_a_second_decision_exit_1(cli, seeded_path: Path):
    db = ["decide", "--db", str(seeded_path)]
    missing_case = cli(*db, "--amnesty", "1", "--case", "NOPE-1", "--outcome", "denied")
    assert missing_case.returncode == 1 and "no case 'NOPE-1'" in missing_case.stderr
    missing_amnesty = cli(
        *db, "--amnesty", "General amnesty", "--case", "SYN-000001", "--outcome", "denied"
    )
    assert missing_amnesty.returncode == 1 and "no amnesty" in missing_amnesty.stderr
    decided = query(
        seeded_path,
        "SELECT d.case_no FROM amnesty_decision a JOIN detainee d ON d.id = a.detainee_id LIMIT 1",
    )[0][0]
    again = cli(*db, "--amnesty", "1", "--case", decided, "--outcome", "denied")
    assert again.returncode == 1 and "already has a decision" in again.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--case", "SYN-000001", "--outcome", "released"],  # no --amnesty
        ["--amnesty", "1", "--case", "SYN-000001", "--outcome", "freed"],
        ["--amnesty", "1", "--case", "SYN-000001", "--outcome", "reduced", "--fraction", "half"],
        ["--amnesty", "1", "--case", "SYN-000001", "--outcome", "denied", "--date", "8/10/2020"],
    ],
)
def test_usage_errors_exit_2(cli, seeded_path: Path, args: list[str]):
    done = cli("decide", "--db", str(seeded_path), *args)
    assert done.returncode == 2
    assert "usage:" in done.stderr


def test_decide_finds_the_case_number_however_it_is_typed(cli, seeded_path):
    """Case numbers are stored upper case with ASCII digits; users type them otherwise."""
    import sqlite3

    conn = sqlite3.connect(seeded_path)
    case_no = conn.execute(
        "SELECT case_no FROM detainee WHERE status = 'held' AND violent_crime = 0 "
        "AND id NOT IN (SELECT detainee_id FROM amnesty_decision) ORDER BY id LIMIT 1"
    ).fetchone()[0]
    conn.close()
    typed = case_no.lower().replace("0", "٠")
    result = cli(
        "decide",
        "--db",
        str(seeded_path),
        "--amnesty",
        "General amnesty, October 2020",
        "--case",
        typed,
        "--outcome",
        "denied",
        "--date",
        "2020-10-20",
    )
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(seeded_path)
    outcome = conn.execute(
        "SELECT d.outcome FROM amnesty_decision d JOIN detainee p ON p.id = d.detainee_id "
        "WHERE p.case_no = ?",
        (case_no,),
    ).fetchone()
    conn.close()
    assert outcome == ("denied",)


@pytest.mark.parametrize("ref", ["99999999999999999999999", "²"])
@pytest.mark.parametrize(
    ("command", "refusal"),
    [
        (["approve", "{ref}"], "not a decision id"),
        (["reject", "{ref}", "--reason", "x"], "not a decision id"),
        (["pending", "--amnesty", "{ref}"], "no amnesty"),
        (
            ["decide", "--amnesty", "{ref}", "--case", "SYN-000001", "--outcome", "denied"],
            "no amnesty",
        ),
        (["report", "amnesty", "--amnesty", "{ref}", "--out", "{out}"], "no amnesty"),
        (["report", "roster", "--facility", "{ref}", "--out", "{out}"], "no facility"),
    ],
    ids=["approve", "reject", "pending", "decide", "report-amnesty", "report-roster"],
)
def test_an_id_no_record_can_have_is_refused_by_name_not_with_a_traceback(
    cli, seeded_path: Path, tmp_path: Path, command: list[str], refusal: str, ref: str
):
    """Digits beyond the database's 64-bit integers, and digits int() does not read
    (a superscript), as a decision id or a REF: no record has that id or that name."""
    out = str(tmp_path / "out.pdf")
    args = [part.format(ref=ref, out=out) for part in command]
    result = cli(*args, "--db", str(seeded_path))
    assert result.returncode in (1, 2), result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert refusal in result.stderr, result.stderr
