"""Reading numbers as people type them: Arabic-Indic and Persian digits, thousands
separators, and "unknown" for a figure nobody has reported."""

from __future__ import annotations

DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
    "01234567890123456789",
)
SEPARATORS = str.maketrans("", "", ",٬ \u00a0\u202f'")
UNKNOWN_WORDS = {"", "unknown", "?", "غير معروف", "نامعلوم", "nayê zanîn", "نەزانراو"}


def ascii_digits(text: str) -> str:
    return text.translate(DIGITS)


def parse_count(text: str, *, allow_unknown: bool = True) -> int | None:
    """A non-negative whole number, or None for unknown. Raises ValueError with a message
    a user can act on."""
    cleaned = ascii_digits(text.strip()).translate(SEPARATORS)
    if text.strip().casefold() in UNKNOWN_WORDS or cleaned == "":
        if allow_unknown:
            return None
        raise ValueError("a number is required")
    if cleaned.startswith("-") and cleaned[1:].isdigit():
        raise ValueError("must not be negative")
    if not cleaned.isdigit():
        raise ValueError(f"not a whole number: {text.strip()!r}")
    return int(cleaned)
