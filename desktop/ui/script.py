"""Names and embedded text in the interface's script and direction.

Records carry a Latin name and, often, an Arabic one (``name_ar``; categories a Kurmanji
one too). The window names a record by the rule the reports use (``desktop.domain.names``)
in its own language: a window in a language written in Arabic script (Arabic, Sorani) shows
the Arabic name first, the Latin one beside or beneath it; the Kurmanji window a category's
Kurmanji name; the other windows the Latin name. Text of one direction set inside a sentence of
the other (a Latin source title in an Arabic line) is wrapped in Unicode isolates so that its
punctuation stays with it instead of mirroring to the line's far end.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from desktop.domain import names as naming
from desktop.ui.i18n import current_language

ARABIC_SCRIPT = naming.ARABIC_SCRIPT
FSI = "\u2068"  # first strong isolate: the run takes the direction of its first letter
PDI = "\u2069"  # pop directional isolate
RLM, LRM = "\u200f", "\u200e"  # marks that set a plain line's direction


def isolate(value: str) -> str:
    """``value`` kept in its own direction inside a line of either direction."""
    return f"{FSI}{value}{PDI}" if value else value


def right_to_left(value: str) -> bool | None:
    """The direction of ``value``'s first strong letter: True for Arabic script, False for
    Latin, None when it has none (digits, punctuation)."""
    for char in value:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return None


def window_right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def embed(value: str) -> str:
    """``value`` set inside a line (or a table cell) of the window: isolated when it runs
    the other way (a Latin source title in the Arabic window keeps its closing parentheses
    with it), as it is otherwise. A value with no letter at all (a typed "−3" or "-3.5")
    is isolated in a right-to-left window too: it is then laid out left to right, where
    the sentence would have taken its minus to the number's far side ("3−")."""
    direction = right_to_left(value)
    if direction is None:
        return isolate(value) if window_right_to_left() else value
    return isolate(value) if direction != window_right_to_left() else value


def line(value: str) -> str:
    """``value`` as a line of its own in a plain-text label: it starts at the window's
    leading edge (a label otherwise aligns a Latin line left in a right-to-left window)
    and its punctuation stays with it."""
    if not value:
        return value
    mark = RLM if window_right_to_left() else LRM
    return mark + isolate(value)


def sentence(value: str) -> str:
    """A sentence of the window's language, laid out in the window's direction even when it
    starts with a run of the other script (a Sorani sentence that starts with a file's Latin
    path read left to right from the left edge): a right-to-left mark leads it in a
    right-to-left window; in a left-to-right one it is as it is."""
    return RLM + value if value and window_right_to_left() else value


def rich(html: str) -> str:
    """Rich text laid out in the window's direction (a rich-text label otherwise takes the
    direction of its first letter)."""
    return f"<div dir='{'rtl' if window_right_to_left() else 'ltr'}'>{html}</div>"


def in_arabic_script(lang: str | None = None) -> bool:
    return naming.in_arabic_script(lang or current_language())


def names(
    name: str, name_ar: str | None, name_ku: str | None = None, lang: str | None = None
) -> tuple[str, str]:
    """(the name to show first, the one in the other script or "") in the interface's
    language."""
    return naming.both(name, name_ar, name_ku, lang or current_language())


def shown_name(
    name: str, name_ar: str | None, name_ku: str | None = None, lang: str | None = None
) -> str:
    """The record's name in the interface's language (``desktop.domain.names.localized``)."""
    return naming.localized(name, name_ar, name_ku, lang or current_language())


def person_name(name_latin: str, name_arabic: str | None, lang: str | None = None) -> str:
    """A person's name in the interface's script: the Arabic-script one in Arabic and
    Sorani (where recorded), else the Latin one."""
    return shown_name(name_latin, name_arabic, None, lang)


def person_names(
    name_latin: str, name_arabic: str | None, lang: str | None = None
) -> tuple[str, str]:
    """(a person's name in the interface's script, the other one or "")."""
    return names(name_latin, name_arabic, None, lang)


def record_number(number: int) -> str:
    """A record's number (a decision's id) as the window writes it: in its own digits, with
    no group separator, since it names a record as a case number does."""
    return digits(str(number))


def digits(text: str) -> str:
    """``text`` with its digits in the locale's own (Arabic-Indic in the Arabic and Sorani
    windows): dates, fractions and years written with ASCII digits by the layers below."""
    zero = QLocale().zeroDigit()
    if zero == "0" or not text:
        return text
    base = ord(zero)
    return text.translate({ord("0") + i: chr(base + i) for i in range(10)})


def day(value: date | None, empty: str = "—") -> str:
    """A date as the window shows it: ISO order, the locale's digits."""
    return digits(value.isoformat()) if value is not None else empty
