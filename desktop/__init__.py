"""Case Tracker: records of detention facilities, detainees and amnesty decisions.

This module stays importable by any Python 3 so that ``python3 -m desktop.bootstrap``
can find a suitable interpreter on a machine whose ``python3`` is too old.
"""

__version__ = "0.1.0"
