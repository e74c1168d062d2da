"""Reference cycles are collected on the GUI thread only: a Qt object held by a cycle and
collected on the database worker's thread is destroyed there while the window uses it, and
the process crashes (it did, in the test suite, twice)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.ui.collector import collect_due

ROOT = Path(__file__).resolve().parents[2]


def test_dialogs_held_by_cycles_are_destroyed_on_the_gui_thread_while_a_worker_allocates():
    probe = Path(__file__).with_name("collector_probe.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(probe)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-3000:])
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"threads": ["MainThread"], "destroyed": 900}


def test_what_is_due_is_collected_and_nothing_before():
    class Cycle:
        def __init__(self) -> None:
            self.me = self

    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        assert collect_due() == 0  # nothing was allocated since: nothing to do
        for _ in range(gc.get_threshold()[0] + 10):
            Cycle()
        assert collect_due() >= gc.get_threshold()[0]  # the young ones, as the timer would
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        if was:
            gc.enable()
