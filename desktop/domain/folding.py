"""Spelling-insensitive folding of personal names for indexed search.

A name is folded into *tokens* at write time (stored by :func:`search_key` in an indexed
column as ``" tok1 tok2 ... "``) and what the user types is folded by :func:`query_tokens`
with the very same rules. A person matches when every typed token is the prefix of one of
their tokens: ``key LIKE '% ' || token || '%'`` for each token, joined with AND.
There is no transliteration between scripts: Arabic tokens stay in Arabic letters,
Latin tokens in Latin letters, and a person is found in either script only if both
spellings were recorded.

Arabic script (:func:`fold_arabic`)
-----------------------------------
* tashkeel U+064B-U+065F, superscript alef U+0670, Quranic marks U+0610-U+061A and
  U+06D6-U+06ED, tatweel U+0640 -> removed: مُحَمَّد -> محمد, محـــمد -> محمد
* أ إ آ ٱ (hamza, madda, wasla on alef) -> ا: أحمد -> احمد, إبراهيم -> ابراهيم
* ة (ta marbuta), and ە ھ ۀ (Kurdish, Persian) -> ه: فاطمة -> فاطمه
* ى (alef maqsura), ئ (hamza on ya), and ی ێ (Persian, Kurdish) -> ي: مصطفى -> مصطفي
* ؤ (hamza on waw), and ۆ (Kurdish) -> و: فؤاد -> فواد
* ک (Persian kaf) -> ك; ڵ ڕ (Kurdish) -> ل ر: کریم -> كريم
* Arabic-Indic digits ٠-٩ and extended ۰-۹ -> 0-9: ٢٠٢٠ -> 2020
* ء (lone hamza) is kept, so علاء (Alaa) stays apart from علا (Ola)
* zero-width joiners, bidi marks, the Arabic letter mark and soft hyphens -> removed

Presentation forms and ligatures are decomposed first (NFKC: ﻻ -> لا, ﷲ -> الله).
Then, per word: the article ال is removed from any word of three letters or more
(الحسن -> حسن, الياس -> ياس) except الله, which is kept whole; a glued عبدال... splits in
two (عبدالرحمن -> عبد رحمن, عبدالله -> عبد الله), so glued and spaced spellings meet.

Latin script (:func:`fold_latin`)
---------------------------------
Letters are casefolded and stripped of accents (NFKD, combining marks dropped), after
ş ș š -> sh, ṯ þ -> th, ḏ -> dh, ḫ ẖ -> kh, ġ -> gh, ı -> i, ø -> o, ł -> l, đ -> d,
ħ -> h, æ -> ae, œ -> oe. So Müller -> muller, ÇELİK -> celik, Şahin -> shahin before the
rules below (after them: mulir, silik, shahin; keys need not be readable). The marks
ʿ ʾ ʼ ʻ ' ` ’ ‘ ´ are deleted inside a word (Sa'id -> said); hyphens, dots and any other
punctuation separate words. Then, per sequence of words:

* an article word is dropped before another word: al, el, il, ul always, and the
  assimilated forms ad at ar as ash az an ath adh (also with e/i/u) when the next word
  starts with that consonant (al-Hassan, El Sayed, ash-Shami, Abd ar-Rahman, Nur ud-Din);
* abd compounds split: Abdul/Abdel/Abdal/Abdur/... -> abd, glued Abdulrahman,
  Abderrahmane -> abd rahman; all spellings of Allah (Abdullah, Abdallah, Abd Allah,
  Nasr Ullah) give the token ``allah``;
* din compounds split: Noureddine, Nuruddin, Salaheddine -> nur din, sala din.

and per word, in this order (a small phonetic skeleton):

==  ===========================================  ======================================
1   ee -> i                                      Saeed -> said, Nabeel -> nabil
2   o -> u                                       Omar -> umar, Mostafa -> mustafa
3   dj -> j, ch -> sh, ph -> f, q ck -> k,       Djamel, Rachid, Mustapha, Tariq,
    c -> s before e i y else k,                  Yacine -> yasine, Marc -> mark,
    g -> j except in gh, v -> w                  Gamal -> jamal, Ghada, Vahid -> wahid
4   e after a vowel -> i                         Wael -> wail, Ismael -> ismail
5   e before i/y closing a syllable -> a         Hussein -> hussain, Zeinab -> zainab
6   e as the word's first vowel -> i             Hesham -> hisham, Eman -> iman
7   e of the pattern (C)aCeC (fa'il) -> i        Khaled -> khalid, Yasser -> yassir
8   e after a u-syllable, before a consonant     Mohsen -> muhsin, Youssef -> yussif
    -> i
9   final e after a consonant (4+ letters):      Amine -> amin, Abderrahmane
    dropped
10  any other e -> a                             Ahmed -> ahmad, Mohamed -> muhamad
11  doubled letters -> one                       Mohammed -> muhamad, Alaa -> ala
12  y -> i except at the start or between        Layla -> laila, Aly -> ali,
    vowels (and after i)                         Ziyad -> ziad; Sayyid -> sayid
13  final h after a vowel (4+ letters):          Hamzah -> hamza, Fatimah -> fatima
    dropped
14  irregular results: yusif -> yusuf,           Yousef, Younes, Omer, Mehmet, Ibn
    yunis -> yunus, umir -> umar,
    mihmat mihmad -> muhamad, ibn -> bin
==  ===========================================  ======================================

So Mohammed, Muhammad, Mohamad, Mohamed, Muhammed, Mohammad, Mehmet -> muhamad;
Ahmed, Ahmad -> ahmad; while Omar (umar) / Ammar (amar), Ali (ali) / Alaa (ala) and
Hassan (hasan) / Hussein (husain) stay apart. Words containing digits are kept as typed.

Partial input (:func:`query_tokens`)
------------------------------------
The last typed word may be incomplete unless the text ends with a space. Letters whose
folding depends on the next letter are left off its end - e (could become a or i or
vanish), c g p (ch, gh, ph) and y after a vowel - so that Moham, Muham, Mohamme all
find Mohammed and Khale finds Khaled. Beyond that, such a word folds to what it and each
of its one-letter continuations share, since the letters to come can change how the
typed ones fold (rules 7, 9 and 14 look at the whole word): Khaled finds Khaleda (khal),
Yousi finds Yusuf (yus). A last word that can only be the start of an article (a, al, el,
as, ...) is ignored after other words (Abd al -> abd). Glued abd forms split early
(Abdelrah -> abd rah; Abdullat -> abd lat), but not while the rest could still be Allah or
a short word's end (Abdull, Abdelr -> abd: Abdullatif, Abdelra).
An Arabic last word that is still ا, ال or الل (the article, which stored words no longer
have, or the start of الله) is not searched until the next letter (الح -> ح), so that
typing الحسن or آلاء letter by letter never loses the person.
The stored key (:func:`search_key`) also holds what a name is typed through before its
folding settles: its article words (Al Rashid: al rashid, so A, Al and "Al " find it),
each word with a dj read as d (djamila: damila; Abdelmadjid: abd madid, so D and Abdelmad
find them), the spelling before an irregular result (Mehmet: mihmat, Ibn: ibn), the
skeleton of a lone Ullah (ula) and allah for a word starting with an Allah spelling
(Allahverdi).
Spellings kept apart on
purpose or by limitation: Hassen (hasin) vs Hassan, Fatma vs Fatima, Sherif (shirif) vs
Sharif, Osman vs Othman, Dhafer vs Zafer, glued Elsayed vs El Sayed (the stored key
also holds sayid for a glued Elsayed, so typing El Sayed or Sayed finds it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "fold",
    "fold_arabic",
    "fold_latin",
    "key_tokens",
    "query_tokens",
    "search_key",
    "tokens",
]

# ---------------------------------------------------------------- Arabic letters

_ARABIC_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ة": "ه",
    "ە": "ه",
    "ھ": "ه",
    "ۀ": "ه",
    "ى": "ي",
    "ئ": "ي",
    "ی": "ي",
    "ێ": "ي",
    "ؤ": "و",
    "ۆ": "و",
    "ک": "ك",
    "ڵ": "ل",
    "ڕ": "ر",
}
_REMOVED = [
    *range(0x0610, 0x061B),  # Quranic honorific marks
    *range(0x064B, 0x0660),  # tashkeel
    0x0670,  # superscript alef
    *range(0x06D6, 0x06EE),  # Quranic annotation marks
    0x0640,  # tatweel
    0x00AD,  # soft hyphen
    0x061C,  # Arabic letter mark
    *range(0x200B, 0x2010),  # zero-width space, joiners, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings
    *range(0x2066, 0x206A),  # bidi isolates
    0xFEFF,  # byte order mark
]
_ARABIC_TABLE: dict[int, str | None] = {cp: None for cp in _REMOVED}
_ARABIC_TABLE.update({ord(k): v for k, v in _ARABIC_LETTERS.items()})
_ARABIC_TABLE.update({0x0660 + d: str(d) for d in range(10)})
_ARABIC_TABLE.update({0x06F0 + d: str(d) for d in range(10)})

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_WORD = re.compile(r"[^\W_]+")

# ---------------------------------------------------------------- Latin letters

_LATIN_LETTERS = {
    "ş": "sh",
    "ș": "sh",
    "š": "sh",
    "ṯ": "th",
    "þ": "th",
    "ḏ": "dh",
    "ḫ": "kh",
    "ẖ": "kh",
    "ġ": "gh",
    "ı": "i",
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ħ": "h",
    "æ": "ae",
    "œ": "oe",
}
_LATIN_TABLE: dict[int, str | None] = {ord(k): v for k, v in _LATIN_LETTERS.items()}
_LATIN_TABLE.update({ord(c): None for c in "ʿʾʼʻ'`’‘´"})

_ARTICLE = re.compile(r"[aeiu](l|th|dh|sh|[tdrzsn])")
_ARTICLE_START = re.compile(r"[aeiu](?:l|th?|dh?|sh?|[rzn])?")
_ABD_SOLO = re.compile(r"abd(?:[aeiou]{1,2}(?:l|th|dh|sh|[tdrzsn]))?")
_ABD_GLUED = re.compile(r"abd([aeiou]{1,2}l?)?([a-z]{3,})")
_ABD_PARTIAL = re.compile(r"abd([aeiou]{1,2}l?)?([a-z]*)")
_ALLAH_AFTER_ABD = re.compile(r"[aeiu]?l{1,2}ah?")
_ALLAH_PARTIAL = re.compile(r"[aeiu]?l{1,2}(?:ah?)?")
_ALLAH_ALONE = frozenset({"allah", "alla", "ullah", "illah"})
_ALLAH_START = re.compile("|".join(sorted(_ALLAH_ALONE)))
_DIN = re.compile(r"([a-z]{3,}|)[aeiu][ld]d(?:i|ee)ne?")
_GLUED_ARTICLE = re.compile(r"[ae]l([^aeiou][a-z]{2,})")
_DJ = re.compile(r"dj+")
_VOLATILE_END = re.compile(r"(?:[ecgp]|(?<=[aeiou])y)+$")

_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        ("ee", "i"),  # 1
        ("o", "u"),  # 2
        ("ch", "sh"),
        ("ph", "f"),
        ("q|ck", "k"),
        ("c(?=[eiy])", "s"),
        ("c", "k"),
        ("g(?!h)", "j"),
        ("dj", "j"),  # 3 (after g: dg is dj)
        ("v", "w"),
        ("(?<=[aiu])e", "i"),  # 4
        ("e(?=[iy](?![aeiou]))", "a"),  # 5
        ("^([^aeiou]*)e", r"\1i"),  # 6
        (r"^([^aeiou]*a+(?:sh|kh|th|dh|gh|([^aeiou])\2?))e([^aeiou]+)$", r"\1i\3"),  # 7
        ("(u[^aeiou]+)e(?=[^aeiou])", r"\1i"),  # 8
        ("^(.{2,}[^aeiou])e$", r"\1"),  # 9
        ("e", "a"),  # 10
        (r"(.)\1+", r"\1"),  # 11
        ("(?<=[^aeu])y|(?<=[aeu])y(?![aeiou])", "i"),  # 12
        (r"(.)\1+", r"\1"),
        ("^(.{2,}[aiu])h$", r"\1"),  # 13
    ]
]
_IRREGULAR = {  # 14
    "yusif": "yusuf",
    "yunis": "yunus",
    "umir": "umar",
    "mihmat": "muhamad",
    "mihmad": "muhamad",
    "ibn": "bin",
}
_IRREGULAR_RESULTS = frozenset(_IRREGULAR.values())


# ---------------------------------------------------------------- Arabic words


def _arabic_chars(text: str) -> str:
    """Presentation forms decomposed and the Arabic table applied, a word at a time (both
    act within a word, so the result is that of the whole text; repeated words are cached).
    ASCII text is unchanged: NFKC leaves it as it is and the table has no ASCII letter."""
    if text.isascii():
        return text
    return "".join(_arabic_word_chars(w) for w in _SPACES_KEPT.split(text))


@lru_cache(maxsize=65536)
def _arabic_word_chars(word: str) -> str:
    if word.isascii():
        return word
    return unicodedata.normalize("NFKC", word).translate(_ARABIC_TABLE)


def _arabic_word(word: str, partial: bool) -> list[str]:
    if word.startswith("عبد") and len(word) > 3:
        rest = word[3:]
        if rest.startswith("ال") and len(rest) > 2:
            return ["عبد", *_arabic_word(rest, partial)]
        if partial and "ال".startswith(rest):
            return ["عبد"]
    if partial and word != "الله" and "الله".startswith(word):
        # ا, ال, الل: the article (stripped from what is stored) or الله; the next letter
        # tells them apart, so the word is not searched yet (as Latin e, c, g, p).
        return []
    if word == "الله":
        return [word]
    if word.startswith("ال") and len(word) > 2:
        return [word[2:]]
    return [word]


def _arabic_words(words: list[str], partial_last: bool) -> list[str]:
    out: list[str] = []
    for i, word in enumerate(words):
        if _ARABIC_SCRIPT.search(word):
            out.extend(_arabic_word(word, partial_last and i == len(words) - 1))
        else:
            out.append(word)
    return out


# ---------------------------------------------------------------- Latin words

_SPACES_KEPT = re.compile(r"(\s+)")


@lru_cache(maxsize=65536)
def _latin_word_chars(word: str) -> str:
    if word.isascii() and "'" not in word and "`" not in word:
        return word.lower()  # the same as below for ASCII, without the Unicode passes
    text = unicodedata.normalize("NFKC", word).casefold().translate(_LATIN_TABLE)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _latin_chars(text: str) -> str:
    """Case and accents folded, word by word (cached per word)."""
    return "".join(_latin_word_chars(w) for w in _SPACES_KEPT.split(text))


def _skeleton(word: str, partial: bool) -> str:
    if not partial:
        return _whole_skeleton(word)
    # A word still being typed folds to what it and every one-letter continuation share:
    # the letters to come can change how the typed ones fold (aabeb folds to aabib by rule
    # 7, which holds only at a word's end, aabeba to ababa; yusif to yusuf, yusifa not).
    # A d before j is left out: the stored key keeps such a word with dj read as d.
    stem = _whole_skeleton(_VOLATILE_END.sub("", word))
    nexts = _NEXT_AFTER_D if word.endswith("d") else _NEXT_LETTERS
    return _common_prefix([stem, *(_whole_skeleton(word + c) for c in nexts)])


_NEXT_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_NEXT_AFTER_D = _NEXT_LETTERS.replace("j", "")


def _whole_skeleton(word: str) -> str:
    folded = _rule_skeleton(word)
    return _IRREGULAR.get(folded, folded)


def _rule_skeleton(word: str) -> str:
    for pattern, replacement in _RULES:
        word = pattern.sub(replacement, word)
    return word


def _common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


@lru_cache(maxsize=65536)
def _latin_parts(word: str, partial: bool) -> tuple[str, ...]:
    """One Latin word's folded tokens; a pure function of the word, so cached (names
    repeat the same words over and over)."""
    return tuple(_latin_parts_of(word, partial))


def _latin_parts_of(word: str, partial: bool) -> list[str]:
    """Splits one Latin word into folded tokens (abd and din compounds, Allah)."""
    if word in _ALLAH_ALONE:
        return ["allah"]
    if _ABD_SOLO.fullmatch(word):
        return ["abd"]
    abd = (_ABD_PARTIAL if partial else _ABD_GLUED).fullmatch(word)
    if abd:
        rest = abd[2]
        allah = _ALLAH_PARTIAL if partial else _ALLAH_AFTER_ABD
        if not rest or (partial and (len(rest) < 3 or allah.fullmatch(rest))):
            # Typed so far, a rest shorter than a glued word's may yet be the end of one
            # word (Abdelra, Abduh: kept whole), and what could be Allah may go on as
            # another word (Abdull: Abdullatif).
            return ["abd"]
        if allah.fullmatch(rest):
            return ["abd", "allah"]
        return ["abd", *_latin_parts(rest, partial)]
    din = _DIN.fullmatch(word)
    if din and partial:  # typed so far, Nuraldin may yet be one word (Nuraldini)
        return [_skeleton(din.group(1), True)] if din.group(1) else []
    if din:
        return [_skeleton(din.group(1), False), "din"] if din.group(1) else ["din"]
    folded = _skeleton(word, partial)
    return [folded] if folded else []


def _dropped_article(article: str | None, next_word: str) -> bool:
    """Whether an article word is dropped before ``next_word``: ``article`` is its consonant
    (``_ARTICLE``; None for a word that is no article): al, el, il, ul always, an
    assimilated one (ash, ad, ...) before a word starting with its consonant."""
    return article is not None and (article == "l" or next_word.startswith(article))


def _latin_words(words: list[str], partial_last: bool, alternates: bool = False) -> list[str]:
    out: list[str] = []
    last = len(words) - 1
    for i, word in enumerate(words):
        if not (word.isascii() and word.isalpha()):
            out.append(word)
            continue
        if i < last and not alternates:  # a stored key keeps articles: Al is typed first
            article = _ARTICLE.fullmatch(word)
            if _dropped_article(article[1] if article else None, words[i + 1]):
                continue
        partial = partial_last and i == last
        if partial and i > 0 and _ARTICLE_START.fullmatch(word):
            continue
        parts = _latin_parts(word, partial)
        out.extend(parts)
        if not alternates:
            continue
        if any(part in _IRREGULAR_RESULTS for part in parts):  # Ibn is typed I, Ib first
            out.append(_rule_skeleton(word))
        glued = _GLUED_ARTICLE.fullmatch(word)
        if word in _ALLAH_ALONE:  # Ullah is typed U, Ul first
            out.append(_whole_skeleton(word))
        elif _ALLAH_START.match(word):  # Allahverdi, Allamu: Allah or Alla typed first
            out.append("allah")
        elif glued:
            out.extend(_latin_parts(glued.group(1), False))
        for dj in _DJ.finditer(word):  # typed so far, "D" or "Abdelmad" has not met the j yet
            out.extend(_latin_parts(word[: dj.start() + 1] + word[dj.end() :], False))
    return out


# ---------------------------------------------------------------- public API


def _fold_words(text: str, partial_last: bool = False, alternates: bool = False) -> list[str]:
    words = _WORD.findall(_latin_chars(_arabic_chars(text)))
    return _latin_words(_arabic_words(words, partial_last), partial_last, alternates)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def fold_arabic(text: str) -> str:
    """Arabic-script folding only (see the module table); other words pass unchanged.

    Returns the words separated by single spaces; punctuation separates words.
    """
    return " ".join(_arabic_words(_WORD.findall(_arabic_chars(text)), False))


def fold_latin(text: str) -> str:
    """Latin-script folding only: case, accents, articles, compounds and skeleton.

    Non-Latin words are only casefolded. Returns the words separated by single spaces.
    """
    return " ".join(_latin_words(_WORD.findall(_latin_chars(text)), False))


def fold(text: str) -> str:
    """Both foldings, for text in any mixture of scripts: space-separated tokens."""
    return " ".join(_fold_words(text))


def tokens(text: str) -> list[str]:
    """The folded tokens of one name, without repeats, in order."""
    return _unique(_fold_words(text))


def search_key(*names: str) -> str:
    """The indexed search key of one person from all their names: ``" tok1 tok2 "``.

    Always starts and ends with a space, so that ``key LIKE '% ' || prefix || '%'``
    matches a word prefix. A glued article (Elsayed) also stores the bare word (sayid), and
    a word with dj also the word with dj read as d (Djamila: damila), which its first
    letters typed (D, Da…) fold to.
    """
    return " " + "".join(tok + " " for tok in key_tokens(*names))


def key_tokens(*names: str) -> tuple[str, ...]:
    """The tokens of :func:`search_key`, without repeats, in order: the same folding as
    ``_fold_words(name, alternates=True)`` for each name, a piece at a time from a cache (a
    bulk import folds millions of names whose words repeat)."""
    found: list[str] = []
    for name in names:
        for chunk in name.split():
            for piece in chunk.split("-"):  # a separator that no folding step changes
                if piece.isascii() and piece.isdigit():  # kept as it is, and seldom repeated
                    found.append(piece)
                else:
                    found.extend(_piece_tokens(piece))
    return tuple(dict.fromkeys(tok for tok in found if tok))


@lru_cache(maxsize=65536)
def _piece_tokens(piece: str) -> tuple[str, ...]:
    """The stored tokens of one piece of a name (no whitespace, no hyphen): its words after
    the character folding and the Arabic word rules, each ASCII word of letters folded with
    its alternates, any other word kept as it is (:func:`_latin_words`). A stored key keeps
    article words, so each word folds alone."""
    if piece.isascii() and piece.isalnum():
        words = [piece.lower()]
    else:
        words = _arabic_words(_WORD.findall(_latin_chars(_arabic_chars(piece))), False)
    return tuple(_latin_words(words, False, alternates=True))


def query_tokens(text: str) -> list[str]:
    """Folds typed text into tokens for an AND of word-prefix matches on :func:`search_key`.

    The last word counts as possibly incomplete unless the text ends in whitespace.
    An empty list means nothing searchable was typed.
    """
    partial = bool(text) and not text[-1].isspace()
    return _unique(_fold_words(text, partial_last=partial))
