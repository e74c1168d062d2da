"""The benchmark database (built with ``case-tracker init`` and ``demo``, kept between runs)
and what every figure is told."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import ROOT

CACHE = ROOT / "benchmarks" / ".cache"


@dataclass
class Context:
    db: Path
    cases: int
    repeat: int
    quick: bool
    tiny: bool = False  # the test suite's run: proves every figure works, measures nothing

    @property
    def url(self) -> str:
        return str(self.db)


def database_for(cases: int, cache: Path = CACHE) -> Path:
    """A seeded database topped up with synthetic cases to ``cases`` in all."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"bench-{cases}.db"
    if path.exists():
        return path
    partial = cache / f"bench-{cases}.building.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    run = [sys.executable, "-m", "desktop"]
    subprocess.run([*run, "init", "--db", str(partial)], check=True, cwd=ROOT)
    extra = cases - 10_000
    if extra > 0:
        subprocess.run(
            [*run, "demo", "--db", str(partial), "--cases", str(extra), "--seed", "9"],
            check=True,
            cwd=ROOT,
        )
    import sqlite3

    conn = sqlite3.connect(partial)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    partial.rename(path)
    return path
