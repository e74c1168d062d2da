"""Name search through the ``detainee_token`` index: every folded word of a person's names
and case number is a row, so a typed prefix is an indexed range scan on both SQLite and
PostgreSQL. Folding (Arabic variants, Latin accents, transliterations) is the domain's."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import SelectBase, and_, select

from desktop.domain.folding import query_tokens, search_key
from desktop.store.models import DetaineeToken

TOKEN_LENGTH = 80


@lru_cache(maxsize=4096)
def name_tokens(*names: str | None) -> tuple[str, ...]:
    """The distinct index tokens of one person's names (Latin and Arabic script)."""
    key = search_key(*(n for n in names if n))
    return tuple(dict.fromkeys(t[:TOKEN_LENGTH] for t in key.split()))


def prefix_upper(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix + "\U0010ffff"


def matching_ids(text: str) -> SelectBase | None:
    """A subquery of the ids of people every typed word of whose ``text`` begins one of their
    name tokens; None when ``text`` has nothing to search for."""
    words = query_tokens(text)
    if not words:
        return None
    queries = [
        select(DetaineeToken.detainee_id).where(
            and_(DetaineeToken.token >= word, DetaineeToken.token < prefix_upper(word))
        )
        for word in words
    ]
    if len(queries) == 1:
        return queries[0]
    return queries[0].intersect(*queries[1:])
