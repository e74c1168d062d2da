"""The operating-system account running the program, as the database knows it: the name of
the process's user id (on Windows, the account's name from the system), never the
``USER``, ``LOGNAME`` or ``USERNAME`` variables that ``getpass.getuser()`` reads first and
anyone can set to another account's name. The identity of a SQLite file's user and the
administrator that migration 0004 records for an older file are both this name."""

from __future__ import annotations

import os
import sys


def os_account() -> str:
    """The operating-system account running the program: the name of the process's user
    id, never ``USER``, ``LOGNAME`` or ``USERNAME``, which anyone can set to another
    account's name (``getpass.getuser()`` reads them first)."""
    try:
        return _account_name() or "unknown"
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        return "unknown"


if sys.platform == "win32":

    def _account_name() -> str:
        import ctypes
        from ctypes import wintypes

        size = wintypes.DWORD(257)
        buffer = ctypes.create_unicode_buffer(size.value)
        if not ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):
            raise ctypes.WinError()
        return buffer.value

else:

    def _account_name() -> str:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
