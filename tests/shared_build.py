"""Build a session-wide file once per test run, shared by the pytest-xdist workers.

Each worker is its own process with its own session fixtures; a template database that
every worker built for itself would cost the build once per worker. Here the first worker
to ask builds it (into a temporary name, then renamed, under a file lock), and the others
wait for it and use the same file. Without xdist, or where ``fcntl`` is missing (Windows),
each session builds its own in its own temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest


def built_once(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> Path:
    """The file ``name`` made by ``build(path)``: once per run, whatever the workers."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    try:
        import fcntl
    except ImportError:  # Windows: one build per worker
        fcntl = None  # type: ignore[assignment]
    if worker is None or fcntl is None:
        path = tmp_path_factory.mktemp(Path(name).stem) / name
        build(path)
        return path
    shared = tmp_path_factory.getbasetemp().parent  # the run's folder, above each worker's
    target = shared / name
    with (shared / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.exists():
            building = shared / f"building-{worker}-{name}"
            build(building)
            building.rename(target)
    return target
