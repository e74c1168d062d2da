"""The domain's limits on numbers (``desktop.domain.limits``), checked as a person types:
a problem to show beside the field before Save is offered, rather than a refusal (or an
overflow) at save time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.errors import FieldProblem
from desktop.domain.numbers import parse_count


def _tr(text: str) -> str:
    return QCoreApplication.translate("NumberLimits", text)


def limit_problem(field: str, typed: str, *, maximum: int, minimum: int = 0) -> FieldProblem | None:
    """Why the whole number in ``typed`` is out of [``minimum``, ``maximum``], or None when
    it is within, empty, or not a whole number (the field's own rule says so then)."""
    try:
        value = parse_count(typed)
    except ValueError:
        return None
    if value is None or minimum <= value <= maximum:
        return None
    locale = QLocale()
    if value > maximum:
        message = _tr("At most %1").replace("%1", locale.toString(maximum))
    else:
        message = _tr("At least %1").replace("%1", locale.toString(minimum))
    return FieldProblem(field, message, typed.strip())
