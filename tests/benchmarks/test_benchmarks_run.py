"""The benchmarks run end to end at a tiny size (they are measured by hand, never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.slow
def test_every_figure_runs_and_writes_its_table(tmp_path: Path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--cases",
            "10000",
            "--repeat",
            "1",
            "--tiny",
            "--cache",
            str(tmp_path / "cache"),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads((tmp_path / "out" / "results.json").read_text("utf-8"))
    from benchmarks.__main__ import FIGURES
    from benchmarks.frozen_figures import frozen_executable

    # The packaged start-up is measured only when dist/CaseTracker has been built.
    expected = set(FIGURES) - (set() if frozen_executable() else {"frozen_start"})
    assert {f["key"] for f in data["figures"]} == expected
    assert all(f["ours"]["values"] and f["baseline"]["values"] for f in data["figures"])
    assert all(f["ratio"] > 0 for f in data["figures"])
    table = (tmp_path / "out" / "results.md").read_text("utf-8")
    # header, separator, one row per figure
    assert table.count("\n| ") == len(data["figures"]) + 2
    assert "search keystroke at 10,000 cases, p95" in table
