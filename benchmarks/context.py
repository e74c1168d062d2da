"""The benchmark database (built with ``case-tracker init`` and ``demo``, kept between runs)
and what every figure is told."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory
from urllib.parse import quote

from benchmarks.harness import ROOT

CACHE = ROOT / "benchmarks" / ".cache"


@dataclass
class Context:
    db: Path
    cases: int
    repeat: int
    quick: bool
    tiny: bool = False  # the test suite's run: proves every figure works, measures nothing
    cache: Path = CACHE  # where databases and files made for the figures are kept

    @property
    def url(self) -> str:
        return str(self.db)


def database_for(cases: int, cache: Path = CACHE) -> Path:
    """A seeded database topped up with synthetic cases to ``cases`` in all."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"bench-{cases}.db"
    if path.exists():
        _bring_up_to_date(path)
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


def _bring_up_to_date(path: Path) -> None:
    """A cached database built by an older version gets the current schema (its new
    indexes included) before anything is measured on it, so no figure pays for the upgrade
    or measures the old schema; the checked copy ``migrate`` makes first is not kept."""
    import sqlite3

    from desktop.store.migrate import head_revision

    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        current = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if current is not None and current[0] == head_revision():
        return
    before = set(path.parent.iterdir())
    run = [sys.executable, "-m", "desktop", "migrate", "--db", str(path)]
    subprocess.run(run, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    for made in set(path.parent.iterdir()) - before:
        if made.is_file() and made.name.startswith(path.name):
            made.unlink()


@contextmanager
def scratch_copy(db: Path, name: str = "copy") -> Iterator[Path]:
    """A copy of ``db`` in a temporary folder (for figures that write), removed afterwards."""
    with TemporaryDirectory(prefix="bench-", dir=db.parent) as folder:
        target = Path(folder) / f"{name}.db"
        shutil.copyfile(db, target)
        wal = Path(f"{db}-wal")
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, Path(f"{target}-wal"))
        yield target
