"""One rule names a record in a language, for the window and the reports alike."""

from __future__ import annotations

import pytest

from desktop.domain.names import both, localized, sort_key

CATEGORY = ("Syrian ISIS member", "عضو سوري في داعش", "Endamê Sûrî yê DAIŞê")


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", "Syrian ISIS member"),
        ("ar", "عضو سوري في داعش"),
        ("ckb", "عضو سوري في داعش"),  # Sorani: Arabic script, as the Arabic window
        ("ku", "Endamê Sûrî yê DAIŞê"),
    ],
)
def test_a_category_is_named_in_the_language(lang: str, shown: str) -> None:
    assert localized(*CATEGORY, lang) == shown


def test_a_missing_name_falls_back_to_the_english_one() -> None:
    assert localized("al-Hol camp", None, None, "ar") == "al-Hol camp"
    assert localized("al-Hol camp", "", None, "ckb") == "al-Hol camp"
    assert localized("al-Hol camp", "مخيم الهول", None, "ku") == "al-Hol camp"


def test_both_names_the_other_script_beside_the_shown_one() -> None:
    assert both("al-Hol camp", "مخيم الهول", None, "ar") == ("مخيم الهول", "al-Hol camp")
    assert both("al-Hol camp", "مخيم الهول", None, "en") == ("al-Hol camp", "مخيم الهول")
    assert both("al-Hol camp", None, None, "ckb") == ("al-Hol camp", "")


def test_names_sort_in_the_order_of_their_alphabet() -> None:
    kurmanji = ["Zarok", "Çiya", "Cudî", "Dêrik", "Şengal", "Sûr", "Tirbespî", "ûçik", "Urfa"]
    assert sorted(kurmanji, key=sort_key) == [
        "Cudî",
        "Çiya",
        "Dêrik",
        "Sûr",
        "Şengal",
        "Tirbespî",
        "Urfa",
        "ûçik",
        "Zarok",
    ]
    arabic = ["نساء", "أطفال", "مواطن عراقي", "عضو سوري في داعش", "أجنبي من بلد ثالث"]
    assert sorted(arabic, key=sort_key) == [
        "أجنبي من بلد ثالث",
        "أطفال",
        "عضو سوري في داعش",
        "مواطن عراقي",
        "نساء",
    ]
    assert sort_key("European") < sort_key("iraqi") < sort_key("Syrian")


def test_an_arabic_hamza_orders_only_names_otherwise_equal() -> None:
    """Arabic orders أ, إ, آ as alef: by the letters that follow, the hamza deciding only
    between names that are otherwise the same (Kurmanji's ç, ş, ê are letters of their
    own, after c, s, e)."""
    assert sorted(["اتحاد", "أبو", "ابو", "إبراهيم"], key=sort_key) == [
        "إبراهيم",
        "ابو",
        "أبو",
        "اتحاد",
    ]
