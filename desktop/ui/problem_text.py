"""Messages of rules and errors in the interface's language.

The layers below refuse with ``Msg`` values (``desktop.domain.messages``): English text that
keeps its template and parameters. ``message_text`` asks the catalog for the template under
the context ``MESSAGES`` and formats the translation with the parameters, each shown in the
user's language too: a parameter that is a ``Msg`` in its own words, a ``Term`` (a status,
an outcome, a kind of record) by its label, a number and a date in the locale's digits. A
translation that lacks or misspells a placeholder of its template falls back to the English
(tests/i18n fails on such a catalog entry). ``error_text`` is what the window says about
an error; ``problem_lines`` the problems of a ``ValidationError``, one line each.

Every place of the window that shows a problem or an error's message goes through here (or
through ``desktop.ui.refusals.refusal_text``, which words some refusals its own way and
hands the others here).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from string import Formatter
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain import messages as kinds
from desktop.domain.errors import ValidationError
from desktop.domain.messages import Msg, MsgList, Term, placeholders, reason
from desktop.domain.roles import Role
from desktop.reports import labels
from desktop.ui import script
from desktop.ui.i18n import current_language
from desktop.ui.permissions import role_name

# The context of every template (desktop.domain.messages.CONTEXT; tests/i18n checks that
# they are the same, and the scanner needs the literal here).
MESSAGES = "Messages"

# The words of Terms the window has no label for elsewhere.
RECORDS = {
    "amnesty": "amnesty",
    "case": "case",
    "category": "category",
    "decision": "decision",
    "facility": "facility",
    "headcount": "headcount",
    "proposed batch": "proposed batch",
    "user": "user",
}
PERMISSIONS = {
    "read records": "read records",
    "preview and print reports": "preview and print reports",
    "edit facilities, headcounts, cases and transfers": (
        "edit facilities, headcounts, cases and transfers"
    ),
    "import lists": "import lists",
    "propose decisions": "propose decisions",
    "export lists of people": "export lists of people",
    "approve decisions": "approve decisions",
    "revoke decisions": "revoke decisions",
    "change a person's status or sentence outside an approved decision": (
        "change a person's status or sentence outside an approved decision"
    ),
    "edit amnesties and their rules": "edit amnesties and their rules",
    "edit the category tree": "edit the category tree",
    "manage users and roles": "manage users and roles",
    "change approval settings": "change approval settings",
    "back up, restore or migrate the database": "back up, restore or migrate the database",
}
# The captions of fields named in messages ("field 'title'"); any other field (a column of
# an imported file) is shown by its name.
FIELDS = {
    "as_of": "date of the count",
    "as_of_precision": "precision of the date",
    "birth_year": "year of birth",
    "capacity": "capacity",
    "case_no": "case number",
    "category": "category",
    "category_id": "category",
    "code": "code",
    "decision_date": "decision date",
    "detainee": "person",
    "detainee_ids": "people",
    "exclude_violent_crime": "accused of a violent crime",
    "facility": "facility",
    "facility_id": "facility",
    "fraction": "fraction",
    "held_since": "held since",
    "held_since_before": "held since before",
    "issued_on": "date of issue",
    "issued_on_precision": "precision of the date of issue",
    "kind": "kind",
    "name": "name",
    "name_ar": "name in Arabic",
    "name_arabic": "name in Arabic",
    "name_latin": "name in Latin letters",
    "nationality": "nationality",
    "outcome": "outcome",
    "override_reason": "reason for the override",
    "parent_id": "inside",
    "passphrase": "passphrase",
    "precision": "precision",
    "reason": "reason",
    "rules": "rules",
    "sentence_end": "sentence end",
    "sentence_max_months": "longest sentence (months)",
    "sentence_months": "sentence (months)",
    "sex": "sex",
    "source": "source",
    "source_title": "title of the source",
    "status": "status",
    "title": "title",
    "to_facility_id": "facility to move to",
    "total": "total",
    "transferred_on": "date of the transfer",
}
# The punctuation between joined messages (Arabic script has its own comma and semicolon).
SEPARATORS = {", ": ", ", "; ": "; "}
DECISION_STATES = {
    "proposed": "proposed",
    "approved": "approved",
    "rejected": "rejected",
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(MESSAGES, source)


def _role(value: str) -> str:
    try:
        return role_name(Role(value))
    except ValueError:
        return role_name(None) if value == "none" else value


def _record(value: str) -> str:
    return _tr(RECORDS[value]) if value in RECORDS else value


def _permission(value: str) -> str:
    return _tr(PERMISSIONS[value]) if value in PERMISSIONS else value


def _field(value: str) -> str:
    return _tr(FIELDS[value]) if value in FIELDS else value


def _decision_state(value: str) -> str:
    return _tr(DECISION_STATES[value]) if value in DECISION_STATES else value


TERM_LABELS: dict[str, Callable[[str], str]] = {
    kinds.RECORD: _record,
    kinds.CASE_STATUS: labels.case_status,
    kinds.OUTCOME: labels.outcome,
    kinds.ROLE: _role,
    kinds.PERMISSION: _permission,
    kinds.DECISION_STATE: _decision_state,
    kinds.FIELD: _field,
}


def term_text(term: Term) -> str:
    label = TERM_LABELS.get(term.kind)
    return label(str(term)) if label is not None else str(term)


def _number(value: int | float, spec: str) -> str:
    locale = QLocale()
    if "," not in spec:  # a year, a row, an id: no group separator
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(value, int):
        return locale.toString(value)
    digits = spec.rpartition(".")[2].rstrip("f")
    if spec.endswith("f") and digits.isdigit():  # {ratio:,.0f}
        return locale.toString(value, "f", int(digits))
    return locale.toString(value, "g", 12)


# How a quoted value ({name!r}: the English shows Python's 'quotes') is set in a sentence;
# each language puts its own quotation marks (Arabic and Sorani «…», as the window's
# sentences do).
QUOTED = "“{value}”"


def quoted(text: str) -> str:
    """``text`` in the interface's quotation marks, kept in its own direction (a Latin
    name in an Arabic sentence keeps its punctuation with it)."""
    template = _tr(QUOTED)
    if placeholders(template) != {"value"}:
        template = QUOTED
    return template.replace("{value}", script.embed(text))


class _LocalFormatter(Formatter):
    """Formats a translated template: parameters in the interface's language."""

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "r" and isinstance(value, Term):
            return term_text(value)
        if conversion == "r" and isinstance(value, Msg):  # a value cut short (numbers.shown)
            return quoted(message_text(value))
        if conversion == "r" and isinstance(value, str):
            return quoted(repr(value)[1:-1])  # control characters still escaped as in English
        if conversion in ("s", "a") and isinstance(value, Msg | Term):
            return message_text(value)
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Msg):
            return message_text(value)
        if isinstance(value, Term):
            return term_text(value)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int | float):
            return _number(value, format_spec)
        if isinstance(value, date) and format_spec:  # {revoked_at:%Y-%m-%d}
            return script.digits(format(value, format_spec))
        if isinstance(value, datetime):
            return script.digits(value.isoformat(sep=" ", timespec="seconds"))
        if isinstance(value, date):
            return script.day(value)
        return str(format(value, format_spec))


_FORMATTER = _LocalFormatter()


def translated_template(template: str) -> str | None:
    """The catalog's translation of ``template``; None when the translation's placeholders
    are not exactly the template's (the message is then shown in English)."""
    translated = _tr(template)
    if translated != template and placeholders(translated) != placeholders(template):
        return None
    return translated


def message_text(message: object) -> str:
    """``message`` in the interface's language: a ``Msg`` through the catalog, a ``Term``
    by its label, anything else as its text. English shows the message as it is."""
    if not isinstance(message, Msg | Term) or current_language() == "en":
        return str(message)
    if isinstance(message, Term):
        return term_text(message)
    if isinstance(message, MsgList):
        separator = message.separator
        if separator in SEPARATORS:
            separator = _tr(SEPARATORS[separator])
        return separator.join(message_text(part) for part in message.parts)
    template = translated_template(message.template)
    if template is None:
        return str(message)
    if not message.params:
        text = template
    else:
        try:
            text = _FORMATTER.vformat(template, (), message.params)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            return str(message)
    return text[:1].upper() + text[1:] if message.capital else text


def problem_lines(error: ValidationError) -> list[str]:
    """The problems of ``error``, one line each, in the interface's language."""
    return [message_text(line) for line in error.lines()]


def error_text(exc: BaseException) -> str:
    """What the window says about an error: its message in the interface's language."""
    if current_language() == "en":
        return str(exc)
    if isinstance(exc, ValidationError):
        return "\n".join(problem_lines(exc))
    return message_text(reason(exc))


__all__ = [
    "DECISION_STATES",
    "FIELDS",
    "MESSAGES",
    "PERMISSIONS",
    "RECORDS",
    "SEPARATORS",
    "error_text",
    "message_text",
    "problem_lines",
    "quoted",
    "term_text",
    "translated_template",
]
