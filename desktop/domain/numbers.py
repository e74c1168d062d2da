"""Reading numbers as people type them: Arabic-Indic and Persian digits, thousands
separators, and "unknown" for a figure nobody has reported."""

from __future__ import annotations

from desktop.domain.messages import Msg

DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
    "01234567890123456789",
)
SEPARATORS = str.maketrans("", "", ",٬ \u00a0\u202f'")
UNKNOWN_WORDS = {"", "unknown", "?", "غير معروف", "نامعلوم", "nayê zanîn", "نەزانراو"}


# A number written with more digits than this is refused as it is read (Python refuses to
# read one of more than 4,300); any bound of ``desktop.domain.limits`` has far fewer.
DIGITS_MAX = 100


# The largest id a record can have: the database's integers are signed 64-bit.
ID_MAX = 2**63 - 1


def ascii_digits(text: str) -> str:
    return text.translate(DIGITS)


def record_id(text: str) -> int | None:
    """``text`` read as a record's id (ASCII, Arabic-Indic or Persian digits), or None when
    no record can have it: not digits (``²`` is a digit to Python, but no number), zero, or
    past the database's integers (which would fail in the driver, not find nothing)."""
    digits = ascii_digits(text.strip())
    if not (digits.isascii() and digits.isdigit()) or len(digits) > len(str(ID_MAX)):
        return None
    value = int(digits)
    return value if 1 <= value <= ID_MAX else None


def parse_count(text: str, *, allow_unknown: bool = True) -> int | None:
    """A non-negative whole number, or None for unknown. Raises ValueError with a message
    a user can act on."""
    cleaned = ascii_digits(text.strip()).translate(SEPARATORS)
    if text.strip().casefold() in UNKNOWN_WORDS or cleaned == "":
        if allow_unknown:
            return None
        raise ValueError(Msg("a number is required"))
    if cleaned.startswith("-") and cleaned[1:].isdigit():
        raise ValueError(Msg("must not be negative"))
    if not (cleaned.isascii() and cleaned.isdigit()):  # "¹⁹⁹⁰" is digits, but no number
        raise ValueError(Msg("not a whole number: {name!r}", name=shown(text.strip())))
    if len(cleaned) > DIGITS_MAX:
        raise ValueError(
            Msg("not a whole number: more than {digits_max} digits", digits_max=DIGITS_MAX)
        )
    return int(cleaned)


def shown(text: str, limit: int = 200) -> str:
    """At most ``limit`` characters of ``text`` for a message, saying how much was cut."""
    if len(text) <= limit:
        return text
    return Msg("{text}… ({count:,} more characters)", text=text[:limit], count=len(text) - limit)
