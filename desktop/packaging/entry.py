"""Entry point of the frozen executables (``case-tracker`` and, on Windows and macOS, the
windowed ``CaseTracker``): the same command line as the installed console script.

A windowed executable on Windows has no standard streams (``sys.stdout`` is None); messages
written there would raise, so they go nowhere instead and the window reports problems in
its own dialogs.
"""

import os
import sys


def _streams_or_null() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _streams_or_null()
    from desktop.__main__ import main

    sys.exit(main())
