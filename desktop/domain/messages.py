"""Messages that the window can show in the user's language and the command line prints in
English, from one value.

A rule says what was wrong as ``Msg("must be at most {limit} characters", limit=80)``: a
``str`` whose value is the English text (``template.format(**params)``), so the command
line, the logs and every comparison read it exactly as before, and that keeps its
``template`` and ``params``. The window (``desktop.ui.problem_text``) asks the catalog for
the template under the context ``CONTEXT`` and formats the translation with the
parameters: a parameter that is itself a ``Msg`` or a ``Term`` is translated too, numbers
and dates are written in the user's locale. ``desktop.tools.i18n_scan`` extracts every
``Msg("literal", ...)`` of the application, so a template must be a literal where it is
written (tests/i18n fails on a rule's message built from a plain string or an f-string).

A ``Term`` is a stored word of the domain inside a message (a status, an outcome, a kind of
record): its value is the stored English word, and the window shows its label.
"""

from __future__ import annotations

from collections.abc import Iterable
from string import Formatter

# The translation context of every template.
CONTEXT = "Messages"

# Kinds of Term.
RECORD = "record"  # a kind of record: "case", "facility", "amnesty", ...
CASE_STATUS = "case_status"  # a person's status: "held", "released", ...
OUTCOME = "outcome"  # a decision's outcome: "released", "reduced", ...
ROLE = "role"  # a user's role: "clerk", "reviewer", ...
PERMISSION = "permission"  # what a role may do: "approve decisions", ...
DECISION_STATE = "decision_state"  # a decision's state: "proposed", "approved", ...
FIELD = "field"  # a field of a record or a column of a list: "title", "capacity", ...


class Msg(str):
    """English text with the template and named parameters it was made from."""

    template: str
    params: dict[str, object]
    capital = False  # shown with its first letter a capital (see ``capitalised``)

    def __new__(cls, template: str, /, **params: object) -> Msg:
        text = template.format(**params) if params else template
        made = super().__new__(cls, text)
        made.template = template
        made.params = params
        return made


class MsgList(Msg):
    """Messages joined by a separator: its value is ``separator.join(parts)``."""

    separator: str
    parts: tuple[str, ...]

    def __new__(cls, separator: str, parts: Iterable[str]) -> MsgList:
        items = tuple(parts)
        made = str.__new__(cls, separator.join(items))
        made.template = ""
        made.params = {}
        made.separator = separator
        made.parts = items
        return made


class Term(str):
    """A stored word of the domain (``kind`` says which table labels it)."""

    kind: str

    def __new__(cls, kind: str, value: str) -> Term:
        made = super().__new__(cls, value)
        made.kind = kind
        return made


def capitalised(message: str) -> str:
    """``message.capitalize()``, and for a ``Msg`` one that the window shows with its first
    letter a capital in its own language too."""
    if not isinstance(message, Msg) or isinstance(message, MsgList):
        return message.capitalize()
    made = str.__new__(Msg, message.capitalize())
    made.template = message.template
    made.params = message.params
    made.capital = True
    return made


def joined(separator: str, parts: Iterable[str]) -> Msg:
    """The parts one after the other with ``separator`` between them, each translated on
    its own (the separator is punctuation and stays as it is)."""
    return MsgList(separator, parts)


def placeholders(template: str) -> set[str]:
    """The names of a template's ``{placeholders}`` (a template that cannot be parsed has
    the one name ``"{"``, which no template has)."""
    try:
        return {name for _text, name, _spec, _conv in Formatter().parse(template) if name}
    except ValueError:
        return {"{"}


__all__ = [
    "CASE_STATUS",
    "CONTEXT",
    "DECISION_STATE",
    "FIELD",
    "OUTCOME",
    "PERMISSION",
    "RECORD",
    "ROLE",
    "Msg",
    "MsgList",
    "Term",
    "capitalised",
    "joined",
    "placeholders",
    "reason",
]


def reason(exc: BaseException) -> str:
    """What an exception says: the ``Msg`` it was raised with (so that the window can
    translate it), else its text."""
    lines = getattr(exc, "lines", None)  # a ValidationError: one message per problem
    if callable(lines):
        return joined("; ", lines())
    args = exc.args
    if len(args) == 1 and isinstance(args[0], Msg):
        return args[0]
    return str(exc)
