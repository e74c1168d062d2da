"""The one skip rule: skip on a developer's machine, fail under CI."""

from __future__ import annotations

import pytest
from requirements import require, require_module


def test_a_missing_requirement_skips_here_and_fails_in_ci(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no printer here"):
        require(False, "no printer here")
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="required in CI: no printer here"):
        require(False, "no printer here")


def test_a_met_requirement_runs_the_test(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CI", "1")
    require(True, "never shown")
    assert require_module("sqlite3").sqlite_version


def test_a_missing_module_is_named(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="no_such_driver_xyz module is not installed"):
        require_module("no_such_driver_xyz")
