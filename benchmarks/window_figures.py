"""Window figures measured in fresh processes (``window_probe``): start to a usable case list,
and peak memory while browsing the list."""

from __future__ import annotations

import statistics

from benchmarks.context import Context
from benchmarks.harness import Figure, Samples, run_child

START_GOAL = 3.0  # ours within 3 times the start of a bare window with a table
MEMORY_GOAL_MIB = 150.0
MEMORY_GOAL_RATIO = 0.3


def start_up(ctx: Context) -> Figure:
    """From the parent starting the process to the first rows of the case list shown, beside
    a process that only shows a QMainWindow with a table of a few rows. Runs alternate (ours, bare, ours, ...)
    so that both see the same machine; one unmeasured pair first warms the disk cache."""
    runs = max(1, ctx.repeat)
    ours: list[float] = []
    bare: list[float] = []
    peaks: list[float] = []
    for attempt in range(runs + 1):
        mine = run_child("window_probe", "start-ours", str(ctx.db), stamped=True)
        theirs = run_child("window_probe", "start-bare", stamped=True)
        if attempt == 0:
            continue  # warm-up
        ours.append(float(mine["usable"]))  # type: ignore[arg-type]
        bare.append(float(theirs["usable"]))  # type: ignore[arg-type]
        peaks.append(float(mine["peak_mib"]))  # type: ignore[arg-type]
    mine_s, bare_s = Samples(ours), Samples(bare)
    return Figure(
        name=f"start to a usable case list ({ctx.cases:,} cases)",
        ours=mine_s,
        baseline=bare_s,
        baseline_name="a bare QMainWindow with a table shown",
        goal=f"<= {START_GOAL}x",
        met=mine_s.median <= START_GOAL * bare_s.median,
        notes=[
            "from the parent starting `python -m benchmarks.window_probe` to the first rows "
            "of the Cases page's table (interpreter start and every import included); "
            f"ours peaks at {statistics.median(peaks):.0f} MiB by then",
        ],
    )


def memory(ctx: Context) -> Figure:
    """Peak resident memory: the window opened, the case list jumped to 10 %, 50 %, 90 % and
    its end, searched four ways, sorted by name and jumped again; beside QSqlQueryModel
    with every row fetched into a QTableView."""
    runs = 1 if ctx.tiny else max(1, min(ctx.repeat, 3))
    ours: list[float] = []
    bare: list[float] = []
    at_start: list[float] = []
    loading: list[float] = []
    for _ in range(runs):
        mine = run_child("window_probe", "memory-ours", str(ctx.db))
        theirs = run_child("window_probe", "memory-bare", str(ctx.db))
        ours.append(float(mine["peak_mib"]))  # type: ignore[arg-type]
        at_start.append(float(mine["after_start_mib"]))  # type: ignore[arg-type]
        bare.append(float(theirs["peak_mib"]))  # type: ignore[arg-type]
        loading.append(float(theirs["seconds"]))  # type: ignore[arg-type]
    mine_s, bare_s = Samples(ours, "MiB"), Samples(bare, "MiB")
    notes = [
        f"ours is already at {statistics.median(at_start):.0f} MiB when the first rows are "
        "shown (interpreter, Qt, SQLAlchemy, the window); browsing adds "
        f"{mine_s.median - statistics.median(at_start):.0f} MiB",
        f"the baseline fetched {ctx.cases:,} rows in {statistics.median(loading):.2f} s",
    ]
    return Figure(
        name=f"peak memory browsing {ctx.cases:,} cases",
        ours=mine_s,
        baseline=bare_s,
        baseline_name="QSqlQueryModel with every row fetched",
        goal=f"<= {MEMORY_GOAL_MIB:.0f} MiB; <= {MEMORY_GOAL_RATIO}x",
        met=mine_s.median <= MEMORY_GOAL_MIB and mine_s.median <= MEMORY_GOAL_RATIO * bare_s.median,
        notes=notes,
    )
