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

from desktop.domain.limits import FRACTION_DENOMINATOR_MAX, HEADCOUNT_MAX, YEAR_MAX, YEAR_MIN
from desktop.domain.messages import Msg
from desktop.domain.numbers import DIGITS_MAX, ascii_digits

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
                    raise ValueError(Msg("must be at most {limit} characters", limit=limit))
                return result
            if required:  # blank text
                raise ValueError(Msg("is required"))
            return None
        if blank(value):
            if required:
                raise ValueError(Msg("is required"))
            return None
        if isinstance(value, datetime | date):
            value = value.isoformat()
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        result = unquote_text(str(value).strip())
        if limit is not None and len(result) > limit:
            raise ValueError(Msg("must be at most {limit} characters", limit=limit))
        return result

    return parse


def whole(
    low: int | None = 0,
    high: int | None = None,
    *,
    required: bool = False,
    what: str = Msg("a whole number"),
) -> Parser:
    """A whole number from ``low`` to ``high``; ``what`` names it in the message for digits
    that are not ours to read (superscripts, circled or other scripts' digits): ``¹⁹⁹⁰`` is
    "not a year"."""
    if low is not None and high is not None:
        rule = Msg("must be a whole number from {low} to {high}", low=low, high=high)
    elif low is not None:
        rule = Msg("must be a whole number of at least {low}", low=low)
    else:
        rule = Msg("must be a whole number")
    odd_digits = Msg(
        "is not {what}: write it with the digits 0-9 or ٠-٩; {rule}", what=what, rule=rule
    )

    def parse(value: object) -> object:
        if (value.__class__ is str and value.isdecimal() and len(value) <= DIGITS_MAX) or (
            value.__class__ is float and value.is_integer()  # a spreadsheet's number
        ):
            number = int(value)
            if (low is not None and number < low) or (high is not None and number > high):
                raise ValueError(rule)
            return number
        if blank(value):
            if required:
                raise ValueError(Msg("is required"))
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
            digits = cleaned.removeprefix("-")
            # isascii: "¹⁹⁹⁰" and other digits int() cannot read are not numbers here
            if digits and not digits.isascii() and any(c.isdigit() for c in digits):
                raise ValueError(odd_digits)
            if not (digits.isascii() and digits.isdigit()) or len(digits) > DIGITS_MAX:
                raise ValueError(rule)
            number = int(cleaned)
        if (low is not None and number < low) or (high is not None and number > high):
            raise ValueError(rule)
        return number

    return parse


YEARS = Msg("a year from {low} to {high}", low=YEAR_MIN, high=YEAR_MAX)


def _in_years(found: date) -> date:
    if not YEAR_MIN <= found.year <= YEAR_MAX:
        raise ValueError(Msg("must be a date in {years}", years=YEARS))
    return found


def day(*, required: bool = False) -> Parser:
    def parse(value: object) -> object:
        if value.__class__ is str and len(value) == 10:
            with contextlib.suppress(ValueError):
                found = date.fromisoformat(value)
                if YEAR_MIN <= found.year <= YEAR_MAX:
                    return found
        elif value.__class__ is date and YEAR_MIN <= value.year <= YEAR_MAX:  # a sheet's date
            return value
        if blank(value):
            if required:
                raise ValueError(Msg("is required"))
            return None
        if isinstance(value, datetime):
            return _in_years(value.date())
        if isinstance(value, date):
            return _in_years(value)
        try:
            found = date.fromisoformat(ascii_digits(str(value).strip()))
        except ValueError:
            raise ValueError(Msg("must be a date written YYYY-MM-DD")) from None
        return _in_years(found)

    return parse


def moment() -> Parser:
    def parse(value: object) -> object:
        if blank(value):
            return None
        if isinstance(value, datetime):
            found = value
        elif isinstance(value, date):
            found = datetime(value.year, value.month, value.day)
        else:
            try:
                found = datetime.fromisoformat(ascii_digits(str(value).strip()))
            except ValueError:
                raise ValueError(
                    Msg("must be a date and time written YYYY-MM-DD HH:MM:SS")
                ) from None
        _in_years(found.date())
        return found

    return parse


def choice(
    allowed: tuple[str, ...], default: str | None = None, *, optional: bool = False
) -> Parser:
    """One of ``allowed`` (any case); a blank cell is ``default``, or None when
    ``optional``, else refused."""
    rule = Msg("must be one of {names}", names=", ".join(allowed))
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
                raise ValueError(Msg("is required; {rule}", rule=rule))
            return default
        found = lowered.get(str(value).strip().casefold())
        if found is None:
            raise ValueError(rule)
        return found

    return parse


def yes_no(default: bool | None) -> Parser:
    rule = (
        Msg("must be yes or no, or empty for unknown")
        if default is None
        else Msg("must be yes or no")
    )

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
        if (  # already a code as stored
            value.__class__ is str
            and len(value) == 2
            and value.isascii()
            and value.isalpha()
            and value.isupper()
        ):
            return value
        if blank(value):
            return None
        code = str(value).strip().upper()
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            raise ValueError(Msg("must be a two-letter country code (ISO 3166-1), e.g. SY"))
        return code

    return parse


def fraction() -> Parser:
    def parse(value: object) -> object:
        if blank(value):
            return None
        written = ascii_digits(str(value).strip())
        try:
            if len(written) > 2 * DIGITS_MAX:
                raise ValueError(written)
            found = Fraction(written)
        except (ValueError, ZeroDivisionError):
            raise ValueError(Msg("must be a fraction such as 1/2")) from None
        if not 0 < found <= 1:
            raise ValueError(Msg("must be a fraction more than 0 and at most 1, such as 1/2"))
        if found.denominator > FRACTION_DENOMINATOR_MAX:
            raise ValueError(
                Msg(
                    "must be a fraction whose denominator is at most {fraction_denominator_max:,}",
                    fraction_denominator_max=FRACTION_DENOMINATOR_MAX,
                )
            )
        return (found.numerator, found.denominator)

    return parse


def category_counts() -> Parser:
    rule = Msg("must be category=count pairs separated by ';', e.g. syrian=120; iraqi=30")

    def parse(value: object) -> object:
        if blank(value):
            return ()
        pairs: dict[str, int] = {}
        for part in str(value).split(";"):
            if not part.strip():
                continue
            code, sep, count = part.partition("=")
            digits = ascii_digits(count.strip())
            if (
                not sep
                or not code.strip()
                or not (digits.isascii() and digits.isdigit())
                or code.strip() in pairs
            ):
                raise ValueError(rule)
            if len(digits) > DIGITS_MAX or int(digits) > HEADCOUNT_MAX:
                raise ValueError(
                    Msg("a count must be at most {headcount_max:,}", headcount_max=HEADCOUNT_MAX)
                )
            pairs[code.strip()] = int(digits)
        return tuple(sorted(pairs.items()))

    return parse


def format_category_counts(pairs: Iterable[tuple[str, int]]) -> str:
    return "; ".join(f"{code}={count}" for code, count in pairs)


def format_fraction(num: int | None, den: int | None) -> str | None:
    return f"{num}/{den}" if num is not None and den is not None else None
