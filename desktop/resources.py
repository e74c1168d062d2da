"""Where the bundled resources (fonts, translations, icons, styles) and seed data live.

In a checkout they are the top-level ``resources/`` and ``seeds/`` folders; an installed
wheel carries them inside the package as ``desktop/_resources`` and ``desktop/_seeds``
(see ``[tool.hatch.build.targets.wheel.force-include]`` in ``pyproject.toml``); the packaged
application (PyInstaller, ``desktop/packaging/case_tracker.spec``) carries them in the same
place inside its own folder (``sys._MEIPASS``), and never looks beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import desktop


def _locate(installed: str, checkout: str) -> Path:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "desktop" / installed
    package_dir = Path(desktop.__file__).resolve().parent
    inside = package_dir / installed
    if inside.is_dir():
        return inside
    return package_dir.parent / checkout


def resources_dir() -> Path:
    """The folder holding ``fonts/``, ``i18n/``, ``icons/`` and ``styles/``."""
    return _locate("_resources", "resources")


def seeds_dir() -> Path:
    """The folder holding the seed data files."""
    return _locate("_seeds", "seeds")
