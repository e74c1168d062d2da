"""Qt objects are freed on the GUI thread, once: a Qt object held by a reference cycle and
collected on the database worker's thread was destroyed there while the window used it,
and a runner freed by its own task's delivery deleted that delivery's signals twice. Both
crashed the process (in the test suite, several times)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.ui.collector import collect_due

ROOT = Path(__file__).resolve().parents[2]


def probe(mode: str) -> dict[str, object]:
    script = Path(__file__).with_name("lifetime_probe.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(script), mode],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-3000:])
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_dialogs_held_by_cycles_are_destroyed_on_the_gui_thread_while_a_worker_allocates():
    assert probe("cycles") == {"threads": ["MainThread"], "destroyed": 900}


def test_a_runner_whose_last_holder_is_its_own_task_is_freed_once_on_the_gui_thread():
    """A list's model let go while its count runs (its page closed, a test ended): the
    task's delivery then held the last references to the model and its runner, and
    deleting the delivery's signals freed the runner, which deleted them again."""
    assert probe("last-result") == {
        "delivered": 20,
        "runners freed on": ["MainThread"],
        "freed": 20,
    }


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
