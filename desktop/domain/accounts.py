"""The names of operating-system accounts, as a SQLite file knows its users by them.

An account the system's user database has no name for (a container's user id without a
passwd entry, some domain set-ups) is known by its number, ``uid:1001``: distinct for
every such account, the same on every run, and never the name of another account (a
colon is in no account name, on POSIX systems or on Windows)."""

from __future__ import annotations

import re

NUMBERED = re.compile(r"^uid:[0-9]{1,10}$")


def numbered(uid: int) -> str:
    """The name of the account of user id ``uid`` that has no name of its own."""
    return f"uid:{uid}"
