"""Kill an import and a bulk decision with SIGKILL at random moments; after every kill the
database must be sound (``integrity_check``, ``foreign_key_check``) and hold exactly the
state before the operation or exactly the state after it (a checksum of every table's
content and of the schema, compared with the two known ones).

    python benchmarks/crash_soak.py --kills 200 --cases 60000

The test suite runs the same machinery at a small size (tests/safety/test_crash.py). The
bulk decision is ``desktop.services.apply_amnesty.apply_bulk``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

IMPORT_SCRIPT = """
import sys
from pathlib import Path
from desktop.services.database import open_database
from desktop.services.importing import import_file
db = open_database(sys.argv[1], create=False)
print("ready", flush=True)
import_file(db, kind="cases", path=Path(sys.argv[2]),
            progress=lambda d, t: print("progress", d, t, flush=True))
db.dispose()
print("done", flush=True)
"""

BULK_SCRIPT = """
import sys
from datetime import date

from sqlalchemy import select
from desktop.services.apply_amnesty import apply_bulk, select_candidates
from desktop.services.database import open_database
from desktop.store.models import Amnesty
db = open_database(sys.argv[1], create=False)
progress = lambda d, t: print("progress", d, t, flush=True)
with db.read() as s:
    amnesty_id = s.scalar(select(Amnesty.id).order_by(Amnesty.id))
ids = [r.detainee_id for r in select_candidates(db, amnesty_id=amnesty_id).rows]
print("ready apply_bulk", len(ids), flush=True)
apply_bulk(db, amnesty_id=amnesty_id, detainee_ids=ids, outcome="released",
           fraction=None, decision_date=date(2020, 11, 2),
           decided_by="crash test", progress=progress)
db.dispose()
print("done", flush=True)
"""


def recover(path: Path) -> None:
    """Open the file read-write once, as the next program to use it would, so that SQLite
    rolls back an interrupted transaction (hot journal) or replays the committed WAL."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def soundness(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
        return problems
    finally:
        conn.close()


def checksum(path: Path) -> str:
    """A digest of the schema and of every table's rows (change_log without its times, the
    decisions without their times and batch ids: they differ from run to run)."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(path)
    try:
        for row in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ):
            digest.update(repr(row).encode())
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            if table == "change_log":
                columns = [c for c in columns if c != "at"]
            if table == "amnesty_decision":  # when proposed, and the batch's random id
                columns = [c for c in columns if not c.endswith("_at") and c != "batch_id"]
            names = ", ".join(f'"{c}"' for c in columns)
            digest.update(table.encode())
            for row in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


@dataclass
class Scenario:
    name: str
    base: Path
    script: str
    args: tuple[str, ...] = ()
    before: str = ""
    after: str = ""
    ready_s: float = 0.0
    total_s: float = 0.0
    variant: str = ""


def _copy_base(scenario: Scenario, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(scenario.base, target)
    os.chmod(target, 0o600)
    return target


def _start(scenario: Scenario, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CASE_TRACKER_USER": "crash-test"}
    return subprocess.Popen(
        [sys.executable, "-c", scenario.script, str(db), *scenario.args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def calibrate(scenario: Scenario, work: Path) -> None:
    """One uninterrupted run: the checksums before and after, and how long it takes."""
    db = _copy_base(scenario, work / f"{scenario.name}-reference.db")
    scenario.before = checksum(db)
    started = time.perf_counter()
    proc = _start(scenario, db)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    scenario.ready_s = time.perf_counter() - started
    scenario.variant = line.strip()
    _out, err = proc.communicate(timeout=600)
    scenario.total_s = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{scenario.name} failed without a kill: {err[-2000:]}")
    recover(db)
    scenario.after = checksum(db)
    if scenario.after == scenario.before:
        raise RuntimeError(f"{scenario.name} changed nothing; the test would prove nothing")


@dataclass(frozen=True)
class Outcome:
    scenario: str
    delay: float
    alive: bool
    state: str
    problems: tuple[str, ...]


def kill_once(scenario: Scenario, work: Path, rng: random.Random, index: int) -> Outcome:
    """Start the operation, wait until it is ready, kill it at a random moment within its
    expected run, and judge the file."""
    db = _copy_base(scenario, work / f"{scenario.name}-{index}.db")
    proc = _start(scenario, db)
    assert proc.stdout is not None
    proc.stdout.readline()  # "ready": the database is open, the operation begins
    delay = rng.uniform(0.0, max(scenario.total_s - scenario.ready_s, 0.05) * 0.9)
    time.sleep(delay)
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    recover(db)
    problems = tuple(soundness(db))
    found = checksum(db)
    state = {scenario.before: "before", scenario.after: "after"}.get(found, "NEITHER")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return Outcome(scenario.name, delay, alive, state, problems)


def prepare(work: Path, cases: int, seed_cases: int | None = None) -> list[Scenario]:
    """Two base databases: one to import ``cases`` synthetic cases into, one seeded (with
    ``seed_cases`` more demo cases, if given) for the bulk decision."""
    sys.path.insert(0, str(ROOT))
    from desktop.services.database import add_demo, init_database, open_database
    from desktop.services.exporting import export_list
    from desktop.services.importing import import_file

    source = open_database(str(work / "source.db"), seed_demo=False)
    add_demo(source, cases, 11)
    export_list(source, kind="facilities", path=work / "facilities.csv")
    export_list(source, kind="cases", path=work / "cases.csv")
    source.dispose()
    target = open_database(str(work / "import-base.db"), seed_demo=False)
    import_file(target, kind="facilities", path=work / "facilities.csv")
    target.dispose()
    seeded = init_database(str(work / "bulk-base.db"))
    if seed_cases:
        add_demo(seeded, seed_cases, 12)
    seeded.dispose()
    for name in ("import-base.db", "bulk-base.db"):
        recover(work / name)
    return [
        Scenario("import", work / "import-base.db", IMPORT_SCRIPT, (str(work / "cases.csv"),)),
        Scenario("bulk-decision", work / "bulk-base.db", BULK_SCRIPT),
    ]


def soak(scenarios: list[Scenario], work: Path, kills: int, seed: int) -> list[Outcome]:
    rng = random.Random(seed)
    for scenario in scenarios:
        calibrate(scenario, work)
    outcomes = []
    for index in range(kills):
        scenario = scenarios[index % len(scenarios)]
        outcomes.append(kill_once(scenario, work, rng, index))
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--cases", type=int, default=60_000)
    parser.add_argument("--seed", type=int, default=2020)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        scenarios = prepare(work, args.cases)
        outcomes = soak(scenarios, work, args.kills, args.seed)
        for s in scenarios:
            print(
                f"{s.name} ({s.variant}): ready after {s.ready_s:.2f} s, done after {s.total_s:.2f} s"
            )
    tally = Counter((o.scenario, o.alive, o.state) for o in outcomes)
    for (name, alive, state), n in sorted(tally.items()):
        print(f"{name}: {'killed mid-run' if alive else 'had finished'} -> {state}: {n}")
    bad = [o for o in outcomes if o.problems or o.state == "NEITHER"]
    for o in bad:
        print(f"FAILED {o.scenario} after {o.delay:.3f} s: {o.state} {o.problems[:3]}")
    print(f"{len(outcomes)} kills, {len(bad)} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
