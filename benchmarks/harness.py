"""Measuring: repeated timings, medians and spread, peak memory of a child process, and the
result table."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Samples:
    """Repeated measurements. ``stat`` says which of them the figure stands for: the median
    (default) or the 95th percentile (for latencies whose tail matters)."""

    values: list[float]
    unit: str = "s"
    stat: str = "median"

    @property
    def value(self) -> float:
        return self.p95 if self.stat == "p95" else self.median

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def p95(self) -> float:
        ordered = sorted(self.values)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def spread(self) -> float:
        return (max(self.values) - min(self.values)) if self.values else 0.0

    def show(self) -> str:
        if self.stat == "p95":
            return f"p95 {self.p95 * 1000:.1f} ms (n={len(self.values)})"
        if self.unit == "s":
            return f"{self.median * 1000:.1f} ms ±{self.spread * 500:.1f}"
        if self.unit == "MiB":
            return f"{self.median:.0f} MiB ±{self.spread / 2:.0f}"
        if self.unit == "rows/s":
            return f"{self.median:,.0f} rows/s"
        return f"{self.median:.3g} {self.unit}"


@dataclass
class Figure:
    name: str
    ours: Samples
    baseline: Samples
    baseline_name: str
    goal: str
    met: bool | None
    notes: list[str] = field(default_factory=list)
    key: str = ""  # the name of the measurement that made it (``--only`` takes it)

    @property
    def ratio(self) -> float:
        """Ours over the baseline (for rows/s, higher is better; for times, lower)."""
        return self.ours.value / self.baseline.value if self.baseline.value else float("inf")


def timed(fn: Callable[[], object], repeat: int, *, warmup: int = 1) -> Samples:
    for _ in range(warmup):
        fn()
    values = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        values.append(time.perf_counter() - started)
    return Samples(values)


def run_child(
    module: str, *args: str, timeout: float = 600, stamped: bool = False
) -> dict[str, object]:
    """Run ``python -m benchmarks.<module> ARGS`` in a fresh process (for start-up and memory
    figures); it prints one JSON object as its last line. ``stamped``: the parent's
    ``time.time()`` just before the process is started is passed as the last argument."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", f"benchmarks.{module}", *args]
    if stamped:
        command.append(repr(time.time()))
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{module} {' '.join(args)} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def table(figures: list[Figure], cases: int) -> str:
    lines = [
        f"Case Tracker benchmarks at {cases:,} cases ({time.strftime('%Y-%m-%d')}, "
        f"{os.cpu_count()} cores)",
        "",
        "| figure | ours | baseline | ratio | goal | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for f in figures:
        met = "yes" if f.met else ("no" if f.met is False else "–")
        lines.append(
            f"| {f.name} | {f.ours.show()} | {f.baseline.show()} ({f.baseline_name}) "
            f"| {f.ratio:.3g}x | {f.goal} | {met} |"
        )
    notes = [f"- {f.name}: {n}" for f in figures for n in f.notes]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines)


def write_results(figures: list[Figure], cases: int, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = {
        "cases": cases,
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "figures": [
            {
                **asdict(f),
                "ratio": f.ratio,
                "ours_median": f.ours.median,
                "baseline_median": f.baseline.median,
                "ours_value": f.ours.value,
                "baseline_value": f.baseline.value,
            }
            for f in figures
        ],
    }
    (out / "results.json").write_text(json.dumps(data, indent=2), "utf-8")
    (out / "results.md").write_text(table(figures, cases) + "\n", "utf-8")
