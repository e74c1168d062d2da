"""The operating-system account running the program, as the database knows it: the name of
the process's user id (on Windows, the account's name from the system), never the
``USER``, ``LOGNAME`` or ``USERNAME`` variables that ``getpass.getuser()`` reads first and
anyone can set to another account's name. The identity of a SQLite file's user and the
administrator that migration 0004 records for an older file are both this name."""

from __future__ import annotations

import os
import sys

from desktop.domain.accounts import composed, numbered

# Account names are compared without case on Windows (``domain.accounts.account_key``).
WINDOWS = sys.platform == "win32"


def os_account() -> str:
    """The operating-system account running the program: the name of the process's user
    id, never ``USER``, ``LOGNAME`` or ``USERNAME``, which anyone can set to another
    account's name (``getpass.getuser()`` reads them first), in NFC. An account without a name
    (a container's user id without a passwd entry) is known by its number, ``uid:1001``,
    so that two of them are never one person."""
    try:
        name = _account_name()
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        name = ""
    return composed(name) if name else _unnamed()


if sys.platform == "win32":

    def _account_name() -> str:
        import ctypes
        from ctypes import wintypes

        size = wintypes.DWORD(257)
        buffer = ctypes.create_unicode_buffer(size.value)
        if not ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):
            raise ctypes.WinError()
        return buffer.value

    def _unnamed() -> str:
        return "unknown"  # Windows names every account it runs a program as

else:

    def _account_name() -> str:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name

    def _unnamed() -> str:
        return numbered(os.getuid())
