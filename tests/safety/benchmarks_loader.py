"""Loads ``benchmarks/crash_soak.py`` (not a package) for the safety tests, which share its
checksums and its kill-and-check machinery."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_soak.py"
_spec = importlib.util.spec_from_file_location("crash_soak", _PATH)
assert _spec is not None and _spec.loader is not None
crash_soak = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("crash_soak", crash_soak)
_spec.loader.exec_module(crash_soak)

__all__ = ["crash_soak"]
