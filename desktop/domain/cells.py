"""Reading one cell of an imported list: text, whole numbers, dates, choices, yes/no,
fractions and category counts, from CSV text or the numbers and dates of an XLSX sheet.

Each parser returns the value to store or raises ``ValueError`` with the rule in words.
Text a spreadsheet would run as a formula is written with a leading quote by export
(:func:`quote_text`) and read back without it (:func:`unquote_text`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from datetime import date, datetime
from fractions import Fraction

from desktop.domain.numbers import ascii_digits

Parser = Callable[[object], object]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
YES = {"yes", "y", "true", "1", "نعم", "erê", "بەڵێ"}
NO = {"no", "n", "false", "0", "لا", "na", "نەخێر"}


def needs_quote(text: str) -> bool:
    """Whether a spreadsheet would take ``text`` for a formula (or it starts with the quote
    that marks one that was kept as text)."""
    return text.startswith(FORMULA_START) or (text.startswith("'") and needs_quote(text[1:]))


def quote_text(text: str) -> str:
    """CSV text that a spreadsheet will not run: ``=1+1`` is written ``'=1+1``."""
    return "'" + text if needs_quote(text) else text


def unquote_text(text: str) -> str:
    """The inverse of :func:`quote_text`: ``'=1+1`` is read as ``=1+1``; ``'Ali`` stays."""
    return text[1:] if text.startswith("'") and needs_quote(text[1:]) else text


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(limit: int | None = None, *, required: bool = False) -> Parser:
    def parse(value: object) -> object:
        if value.__class__ is str:  # the common case, first and fast
            result = value.strip()
            if result:
                if result[0] == "'":
                    result = unquote_text(result)
                if limit is not None and len(result) > limit:
                    raise ValueError(f"must be at most {limit} characters")
                return result
        if blank(value):
            if required:
                raise ValueError("is required")
            return None
        if isinstance(value, datetime | date):
            value = value.isoformat()
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        result = unquote_text(str(value).strip())
        if limit is not None and len(result) > limit:
            raise ValueError(f"must be at most {limit} characters")
        return result

    return parse


def whole(low: int | None = 0, high: int | None = None, *, required: bool = False) -> Parser:
    span = (
        f"from {low} to {high}"
        if low is not None and high is not None
        else (f"of at least {low}" if low is not None else "")
    )
    rule = f"must be a whole number {span}".strip()

    def parse(value: object) -> object:
        if value.__class__ is str and value.isdecimal():
            number = int(value)
            if (low is not None and number < low) or (high is not None and number > high):
                raise ValueError(rule)
            return number
        if blank(value):
            if required:
                raise ValueError("is required")
            return None
        if isinstance(value, bool):
            raise ValueError(rule)
        if isinstance(value, int):
            number = value
        elif isinstance(value, float):
            if not value.is_integer():
                raise ValueError(rule)
            number = int(value)
        else:
            cleaned = ascii_digits(str(value).strip()).replace(",", "").replace("٬", "")
            if not cleaned.lstrip("-").isdigit():
                raise ValueError(rule)
            number = int(cleaned)
        if (low is not None and number < low) or (high is not None and number > high):
            raise ValueError(rule)
        return number

    return parse


def day(*, required: bool = False) -> Parser:
    def parse(value: object) -> object:
        if value.__class__ is str and len(value) == 10:
            with contextlib.suppress(ValueError):
                return date.fromisoformat(value)
        if blank(value):
            if required:
                raise ValueError("is required")
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(ascii_digits(str(value).strip()))
        except ValueError:
            raise ValueError("must be a date written YYYY-MM-DD") from None

    return parse


def moment() -> Parser:
    def parse(value: object) -> object:
        if blank(value):
            return None
        if isinstance(value, datetime):
            return value
        if isinstance(value, date):
            return datetime(value.year, value.month, value.day)
        try:
            return datetime.fromisoformat(ascii_digits(str(value).strip()))
        except ValueError:
            raise ValueError("must be a date and time written YYYY-MM-DD HH:MM:SS") from None

    return parse


def choice(
    allowed: tuple[str, ...], default: str | None = None, *, optional: bool = False
) -> Parser:
    """One of ``allowed`` (any case); a blank cell is ``default``, or None when
    ``optional``, else refused."""
    rule = "must be one of " + ", ".join(allowed)
    lowered = {a.casefold(): a for a in allowed}
    exact = {a: a for a in allowed}

    def parse(value: object) -> object:
        found = exact.get(value) if value.__class__ is str else None
        if found is not None:
            return found
        if blank(value):
            if optional:
                return None
            if default is None:
                raise ValueError("is required; " + rule)
            return default
        found = lowered.get(str(value).strip().casefold())
        if found is None:
            raise ValueError(rule)
        return found

    return parse


def yes_no(default: bool | None) -> Parser:
    rule = "must be yes or no" + (", or empty for unknown" if default is None else "")

    def parse(value: object) -> object:
        if value == "yes":
            return True
        if value == "no":
            return False
        if blank(value):
            return default
        if isinstance(value, bool):
            return value
        word = str(value).strip().casefold()
        if word in YES:
            return True
        if word in NO:
            return False
        raise ValueError(rule)

    return parse


def country() -> Parser:
    def parse(value: object) -> object:
        if blank(value):
            return None
        code = str(value).strip().upper()
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            raise ValueError("must be a two-letter country code (ISO 3166-1), e.g. SY")
        return code

    return parse


def fraction() -> Parser:
    def parse(value: object) -> object:
        if blank(value):
            return None
        try:
            found = Fraction(ascii_digits(str(value).strip()))
        except (ValueError, ZeroDivisionError):
            raise ValueError("must be a fraction such as 1/2") from None
        if not 0 < found <= 1:
            raise ValueError("must be a fraction more than 0 and at most 1, such as 1/2")
        return (found.numerator, found.denominator)

    return parse


def category_counts() -> Parser:
    rule = "must be category=count pairs separated by ';', e.g. syrian=120; iraqi=30"

    def parse(value: object) -> object:
        if blank(value):
            return ()
        pairs: dict[str, int] = {}
        for part in str(value).split(";"):
            if not part.strip():
                continue
            code, sep, count = part.partition("=")
            digits = ascii_digits(count.strip())
            if not sep or not code.strip() or not digits.isdigit() or code.strip() in pairs:
                raise ValueError(rule)
            pairs[code.strip()] = int(digits)
        return tuple(sorted(pairs.items()))

    return parse


def format_category_counts(pairs: Iterable[tuple[str, int]]) -> str:
    return "; ".join(f"{code}={count}" for code, count in pairs)


def format_fraction(num: int | None, den: int | None) -> str | None:
    return f"{num}/{den}" if num is not None and den is not None else None
