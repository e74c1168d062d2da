"""Report tests paint with Qt; run them without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
