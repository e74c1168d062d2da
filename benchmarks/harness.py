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
    values: list[float]
    unit: str = "s"

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
        if self.unit == "s":
            return f"{self.median * 1000:.1f} ms ±{self.spread * 500:.1f}"
        if self.unit == "MiB":
            return f"{self.median:.0f} MiB"
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

    @property
    def ratio(self) -> float:
        if self.ours.unit == "rows/s":
            return self.ours.median / self.baseline.median if self.baseline.median else float("inf")
        return self.ours.median / self.baseline.median if self.baseline.median else float("inf")


def timed(fn: Callable[[], object], repeat: int, *, warmup: int = 1) -> Samples:
    for _ in range(warmup):
        fn()
    values = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        values.append(time.perf_counter() - started)
    return Samples(values)


def run_child(module: str, *args: str, timeout: float = 600) -> dict[str, object]:
    """Run ``python -m benchmarks.<module> ARGS`` in a fresh process (for start-up and memory
    figures); it prints one JSON object as its last line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *args],
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
            }
            for f in figures
        ],
    }
    (out / "results.json").write_text(json.dumps(data, indent=2), "utf-8")
    (out / "results.md").write_text(table(figures, cases) + "\n", "utf-8")
