"""The packaged application's recipe, cheaply (the build itself and its smoke commands are
proven by .ci/package): resources are found inside the frozen folder, never beside it, and
the bootstrap's ``package`` command runs the spec in this checkout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop import bootstrap
from desktop.resources import resources_dir, seeds_dir

ROOT = Path(__file__).resolve().parent.parent


def test_a_frozen_application_reads_resources_from_its_own_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "desktop" / "_resources"
    assert seeds_dir() == tmp_path / "desktop" / "_seeds"


def test_the_package_command_runs_pyinstaller_on_the_spec():
    command = bootstrap.package_command("python", ["--clean"])
    assert command[:3] == ["python", "-m", "PyInstaller"]
    spec = Path(command[-2])
    assert spec.is_file() and spec.suffix == ".spec"
    assert command[-1] == "--clean"
    assert Path(command[command.index("--distpath") + 1]) == ROOT / "dist"


def test_the_spec_ships_every_resource_folder_the_application_reads():
    spec = (ROOT / "desktop" / "packaging" / "case_tracker.spec").read_text("utf-8")
    for source in ("resources/fonts", "resources/i18n", "resources/icons", "seeds"):
        assert f'"{source}"' in spec
        assert any((ROOT / source).iterdir())
    assert '"desktop/store/migrations/versions"' in spec


def test_a_new_window_is_started_with_the_packaged_executable_itself(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    from desktop.ui.menus.encryption import new_window_command

    path = tmp_path / "secret.db"
    assert new_window_command(path) == (sys.executable, ["-m", "desktop", "--db", str(path)])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "case-tracker"))
    assert new_window_command(path) == (str(tmp_path / "case-tracker"), ["--db", str(path)])
