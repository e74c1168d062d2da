"""Start-up of the packaged application (``dist/CaseTracker``, built by ``python -m
desktop.bootstrap package``) beside the installed one (``python -m desktop`` in this
environment): both open the window on the same database, wait until its data is shown, save a
screenshot and exit (``--screenshot``, the command-line contract's own "usable" point).

Without a frozen build the figure is skipped with a message (nothing is measured)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.context import Context
from benchmarks.harness import ROOT, Figure, Samples

FROZEN_DIR = ROOT / "dist" / "CaseTracker"
GOAL = 1.05  # no slower than the installed application (5 % for the machine's noise)


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far (0 on Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def frozen_executable() -> Path | None:
    """The packaged ``case-tracker`` executable, when it has been built."""
    name = "case-tracker.exe" if sys.platform == "win32" else "case-tracker"
    path = FROZEN_DIR / name
    return path if path.is_file() and os.access(path, os.X_OK) else None


def _screenshot_seconds(command: list[str], db: Path, folder: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one ``--screenshot`` process."""
    shot = folder / "shot.png"
    shot.unlink(missing_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
    }
    env.pop("CASE_TRACKER_DB", None)
    before = _children_cpu()
    started = time.perf_counter()
    result = subprocess.run(
        [*command, "--db", str(db), "--lang", "en", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        cwd=ROOT,  # the installed application is this checkout's `desktop`
        env=env,
        timeout=600,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0 or not shot.is_file():
        raise RuntimeError(f"{command[0]} --screenshot failed:\n{result.stderr[-2000:]}")
    return seconds, _children_cpu() - before


def frozen_start(ctx: Context) -> list[Figure]:
    """The packaged and the installed application, alternating (frozen, installed, ...), one
    unmeasured pair first to warm the disk cache (none in the tiny run)."""
    frozen = frozen_executable()
    if frozen is None:
        print(
            f"  skipped: no packaged application at {FROZEN_DIR} "
            "(build it with `python -m desktop.bootstrap package`)",
            file=sys.stderr,
        )
        return []
    installed = [sys.executable, "-m", "desktop"]
    runs = 1 if ctx.tiny else max(1, ctx.repeat)
    warm_up = 0 if ctx.tiny else 1  # the test suite's tiny run measures one cold pair
    ours: list[float] = []
    theirs: list[float] = []
    cpu_ours: list[float] = []
    cpu_theirs: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for attempt in range(warm_up + runs):
            mine = _screenshot_seconds([str(frozen)], ctx.db, folder)
            other = _screenshot_seconds(installed, ctx.db, folder)
            if attempt < warm_up:
                continue
            ours.append(mine[0])
            theirs.append(other[0])
            cpu_ours.append(mine[1])
            cpu_theirs.append(other[1])
    mine_s, theirs_s = Samples(ours), Samples(theirs)
    return [
        Figure(
            name=f"packaged start to a screenshot ({ctx.cases:,} cases)",
            ours=mine_s,
            baseline=theirs_s,
            baseline_name="the installed application, `python -m desktop`",
            goal=f"<= {GOAL}x",
            met=mine_s.median <= GOAL * theirs_s.median,
            notes=[
                "from starting the process to its exit after `--screenshot` saved the window "
                "with its data shown (interpreter, imports, database open, first page); "
                f"packaged: {frozen.relative_to(ROOT)}",
                f"CPU time (user + system, less sensitive to a busy machine): packaged "
                f"{statistics.median(cpu_ours):.2f} s, installed "
                f"{statistics.median(cpu_theirs):.2f} s",
            ],
        )
    ]
