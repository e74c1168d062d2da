"""How a value is written as text in the change history (``change_log.before``/``after``),
the same everywhere: the store writes it so, and the window reads a choice back so."""

from __future__ import annotations

from datetime import date


def as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):  # a datetime too
        return value.isoformat()
    return str(value)
