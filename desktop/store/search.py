"""Name search through the ``detainee_token`` index: every folded word of a person's names
and case number is a row, so a typed prefix is an indexed range scan on both SQLite and
PostgreSQL. Folding (Arabic variants, Latin accents, transliterations) is the domain's."""

from __future__ import annotations

from functools import lru_cache

from desktop.domain.folding import key_tokens, tokens

TOKEN_LENGTH = 80


def fresh_name_tokens(*names: str | None) -> tuple[str, ...]:
    """The distinct index tokens of one person's names (Latin and Arabic script), folded
    without :func:`name_tokens`' cache (a bulk import's names are seen once each)."""
    found = key_tokens(*(n for n in names if n))  # distinct already
    if all(len(t) <= TOKEN_LENGTH for t in found):
        return found
    return tuple(dict.fromkeys(t[:TOKEN_LENGTH] for t in found))


name_tokens = lru_cache(maxsize=4096)(fresh_name_tokens)


def name_words(name: str) -> tuple[str, ...]:
    """The folded words that say who one name is, as the index holds them: without the
    article words and alternate spellings that the index also keeps for typing (so
    Mehmet al-Hasan is the words of Muhammad Hasan)."""
    return tuple(dict.fromkeys(t[:TOKEN_LENGTH] for t in tokens(name)))


def prefix_upper(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix + "\U0010ffff"
