"""One rule for tests that need something outside Python: ``require(condition, reason)``.

On a developer's machine a missing program, driver or printer skips the test with its
reason. When the environment variable ``CI`` is set, the same test fails instead, naming the
reason, so that CI cannot pass by skipping (PostgreSQL, SQLCipher, the printer, poppler).
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def require(condition: object, reason: str) -> None:
    """Go on when ``condition`` holds; otherwise skip the test (fail it under CI).

    Usable inside a test or fixture and at module level (the whole module skips)."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"required in CI: {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def require_module(name: str, why: str = "") -> ModuleType:
    """The module ``name`` (a third-party driver, never one of the project's own)."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        require(False, f"the {name} module is not installed{why} ({exc})")
        raise AssertionError("unreachable") from exc
