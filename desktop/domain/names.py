"""A record's name in a language: one rule for the window, the reports and the case list's
order.

Categories carry an English ``name``, an Arabic ``name_ar`` and a Kurmanji ``name_ku``;
facilities ``name`` and ``name_ar``; people a Latin ``name_latin`` and an Arabic-script
``name_arabic``. A record is named in the language asked for where it has a name in it:

* Arabic (``ar``): the Arabic name;
* Sorani (``ckb``): the Arabic name too. Sorani is written in Arabic script, right to left;
  no record has a Sorani name of its own, and of the names it has the Arabic one is the one
  a Sorani reader reads in the script and direction of the page (a Kurmanji name is in Latin
  letters, with Kurmanji's own spelling). So a Sorani window and a Sorani report show the
  same names as an Arabic one, and people's names are shown Arabic-script first in both;
* Kurmanji (``ku``): the Kurmanji name (categories; facilities and people have none, so
  their Latin name);
* English, and any language the record has no name in: the English (Latin) name.

``docs/architecture.md`` ("Names in the window's language") says where this is used.
"""

from __future__ import annotations

import unicodedata

ARABIC_SCRIPT = frozenset({"ar", "ckb"})  # languages written in Arabic script


def in_arabic_script(lang: str) -> bool:
    return lang in ARABIC_SCRIPT


def localized(name: str, name_ar: str | None, name_ku: str | None, lang: str) -> str:
    """``name`` in ``lang`` where the record has a name in it, else ``name``."""
    if name_ar and lang in ARABIC_SCRIPT:
        return name_ar
    if name_ku and lang == "ku":
        return name_ku
    return name


def both(name: str, name_ar: str | None, name_ku: str | None, lang: str) -> tuple[str, str]:
    """(the name shown in ``lang``, the name in the other script or ""): a facility named
    "مخيم الهول" in Arabic has "al-Hol camp" beside it, and the reverse in English."""
    shown = localized(name, name_ar, name_ku, lang)
    if lang in ARABIC_SCRIPT and name_ar:
        return shown, name
    return shown, name_ar or ""


def _arabic_letter(char: str) -> bool:
    return (
        "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" or "\u08a0" <= char <= "\u08ff"
    )


SortKey = tuple[tuple[tuple[str, str], ...], tuple[str, ...]]


def sort_key(text: str) -> SortKey:
    """What names are ordered by in every language: letter by letter (case folded). A Latin
    letter with a mark is a letter of its own after the plain one, as the Kurmanji alphabet
    orders them (c, ç, d; s, ş, t; u, û, v). An Arabic letter's marks (the hamza of أ, إ, ؤ,
    ئ, the madda of آ, vowel signs) are not: أ, إ, آ are alef, ordered by the letters that
    follow, and the marks decide only between names otherwise the same, as Arabic
    dictionaries order them. The Arabic letters otherwise follow their Unicode order, which
    is the alphabet's."""
    letters: list[tuple[str, str]] = []
    arabic_marks: list[str] = []
    for char in unicodedata.normalize("NFD", text.casefold()):
        if unicodedata.combining(char) and letters:
            base, marks = letters[-1]
            if _arabic_letter(base):
                arabic_marks[-1] += char
            else:
                letters[-1] = (base, marks + char)
        else:
            letters.append((char, ""))
            arabic_marks.append("")
    return tuple(letters), tuple(arabic_marks)
