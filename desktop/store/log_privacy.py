"""Keep personal data out of logs, even at DEBUG.

The engines are created with ``hide_parameters=True``, so statement parameters never reach a
log or an error message. SQLAlchemy's DEBUG level also logs every result row it fetches
(``Row (...)``), names included; :func:`hide_result_rows` drops those records from its
engine loggers. Statements, timings and column names are still logged.
"""

from __future__ import annotations

import logging

ENGINE_LOGGERS = ("sqlalchemy.engine.Engine", "sqlalchemy.engine.base.Engine")


class HideResultRows(logging.Filter):
    """Drops SQLAlchemy's "Row (...)" debug records, which carry the data itself."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row "))


def hide_result_rows() -> None:
    """Install the filter on SQLAlchemy's engine loggers (once; safe to call again)."""
    for name in ENGINE_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, HideResultRows) for f in logger.filters):
            logger.addFilter(HideResultRows())
