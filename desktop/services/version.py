"""The application's version and the schema revision it writes, for ``--version`` and
Help ▸ About."""

from __future__ import annotations

from desktop import __version__
from desktop.store import migrate


def application_version() -> str:
    return __version__


def schema_revision() -> str:
    """The newest schema revision this application knows: the one it creates and migrates
    to. A database at a newer revision is refused (written by a newer Case Tracker)."""
    return migrate.head_revision()


def version_text() -> str:
    """``case-tracker --version``: the version and the schema revision."""
    return f"case-tracker {application_version()} (schema {schema_revision()})"
