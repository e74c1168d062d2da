"""SIGKILL at random moments during an import and during a bulk decision (20 kills in all):
after each, the database is sound and holds exactly the state before or exactly the state
after. ``benchmarks/crash_soak.py`` runs the same with many more kills."""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest
from benchmarks_loader import crash_soak

pytestmark = pytest.mark.slow  # kills real processes many times

KILLS_PER_SCENARIO = 10


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    work = tmp_path_factory.mktemp("crash")
    found = crash_soak.prepare(work, cases=5_000)
    for scenario in found:
        crash_soak.calibrate(scenario, work)
    return work, found


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("name", ["import", "bulk-decision"])
def test_killed_mid_write_leaves_before_or_after(scenarios, name: str):
    work, found = scenarios
    scenario = next(s for s in found if s.name == name)
    rng = random.Random(f"crash-{name}")
    outcomes = [crash_soak.kill_once(scenario, work, rng, i) for i in range(KILLS_PER_SCENARIO)]
    for outcome in outcomes:
        assert outcome.problems == (), outcome
        assert outcome.state in ("before", "after"), outcome
    tally = Counter((o.alive, o.state) for o in outcomes)
    print(f"{name} ({scenario.variant}): {dict(tally)}")
    assert any(o.alive for o in outcomes), "no kill landed while the operation ran"
    if name == "bulk-decision":  # the bulk decision service itself was killed
        assert scenario.variant.startswith("ready apply_bulk")


def test_the_soak_script_runs_at_a_tiny_size(capsys):
    assert crash_soak.main(["--kills", "2", "--cases", "300"]) == 0
    out = capsys.readouterr().out
    assert "2 kills, 0 failed" in out
