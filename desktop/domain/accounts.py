"""The names of operating-system accounts, as a SQLite file knows its users by them.

* An account the system's user database has no name for (a container's user id without a
  passwd entry, some domain set-ups) is known by its number, ``uid:1001``: distinct for
  every such account, the same on every run, and never the name of another account (a
  colon is in no account name, on POSIX systems or on Windows).
* Any other name an account can have is taken, in any script (Arabic, Kurdish, Greek…), as
  the system reports it, in Unicode's composed form (NFC), so that a name typed with
  combining accents is the same account. Refused are names that could pass for another:
  letters of two scripts (a Cyrillic "а" among Latin letters), compatibility forms
  (fullwidth letters), digits of two systems, invisible control, format and direction
  characters, and blanks other than single inner spaces.
* Case is the system's rule: on Windows "Rana" and "rana" are one account, on POSIX
  systems two (``account_key``).
"""

from __future__ import annotations

import re
import unicodedata

from desktop.domain.messages import Msg

NUMBERED = re.compile(r"^uid:[0-9]{1,10}$")
MAX_ACCOUNT_NAME = 200
# Besides letters, marks and digits: what account names hold on POSIX systems (``_ . - $``,
# ``@`` of a domain account, ``\\`` of a winbind one) and on Windows (also ``'`` and a space).
_PUNCTUATION = frozenset("_.-$@\\'")
# Scripts that are written together: Japanese mixes kanji and kana, Korean hangul and hanja.
_TOGETHER = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK", "IDEOGRAPHIC": "CJK"}


def numbered(uid: int) -> str:
    """The name of the account of user id ``uid`` that has no name of its own."""
    return f"uid:{uid}"


def composed(name: str) -> str:
    """``name`` in Unicode's composed form (NFC), as the accounts are compared."""
    return unicodedata.normalize("NFC", name)


def account_key(name: str, *, windows: bool) -> str:
    """What two names of one account share: the NFC name, without case on Windows."""
    name = composed(name)
    return name.casefold() if windows else name


def _script(ch: str) -> str:
    """The script of a letter, from its Unicode name ("ARABIC LETTER …" is Arabic)."""
    word = unicodedata.name(ch, "UNKNOWN").split()[0]
    return _TOGETHER.get(word, word)


def account_name_fault(name: str) -> Msg | None:
    """Why ``name`` (NFC) cannot be an account's name in the file, or None."""
    if not name:
        return Msg("is empty")
    if len(name) > MAX_ACCOUNT_NAME:
        return Msg("has at most {max} characters", max=MAX_ACCOUNT_NAME)
    if NUMBERED.match(name):
        return None
    categories = [unicodedata.category(ch) for ch in name]
    if any(c[0] == "C" or c in ("Zl", "Zp") for c in categories):
        return Msg("holds invisible control or direction characters")
    if any(c == "Zs" and ch != " " for ch, c in zip(name, categories, strict=True)) or (
        name != name.strip(" ") or "  " in name
    ):
        return Msg("holds spaces other than single spaces between words")
    if unicodedata.normalize("NFKC", name) != name:
        return Msg(
            "holds compatibility forms (such as fullwidth letters): a look-alike of another name"
        )
    for ch, c in zip(name, categories, strict=True):
        if c[0] not in "LMN" and ch not in _PUNCTUATION and ch != " ":
            return Msg("holds the character {ch!r}, which no account name has", ch=ch)
    scripts = sorted({_script(ch) for ch, c in zip(name, categories, strict=True) if c[0] == "L"})
    if len(scripts) > 1:
        return Msg(
            "mixes scripts ({scripts}): a letter of one can pass for another's",
            scripts=", ".join(s.title() for s in scripts),
        )
    zeros = {
        ord(ch) - unicodedata.digit(ch) for ch, c in zip(name, categories, strict=True) if c == "Nd"
    }
    if len(zeros) > 1:
        return Msg("mixes digits of two systems: one can pass for another")
    if not any(c[0] in "LN" for c in categories):
        return Msg("has no letter or digit")
    return None
