"""One set of words for stored values: lists, forms and reports say the same."""

from __future__ import annotations

from enum import StrEnum

import pytest

from desktop.domain.enums import (
    CaseStatus,
    DatePrecision,
    FacilityKind,
    FacilityStatus,
    Outcome,
    Precision,
    Sex,
)
from desktop.reports import labels
from desktop.reports.builders import words


@pytest.mark.parametrize(
    ("enum", "table"),
    [
        (Sex, labels.SEX),
        (CaseStatus, labels.CASE_STATUS),
        (FacilityKind, labels.FACILITY_KIND),
        (FacilityStatus, labels.FACILITY_STATUS),
        (Precision, labels.PRECISION),
        (Precision, labels.PRECISION_WORD),
        (DatePrecision, labels.DATE_PRECISION),
        (Outcome, labels.OUTCOME),
    ],
)
def test_every_value_of_each_enumeration_has_its_words(enum: type[StrEnum], table: dict):
    assert set(table) == set(enum)
    assert all(isinstance(text, str) and text for text in table.values())


def test_the_words_for_stored_values():
    assert labels.sex("U") == "Not known"
    assert labels.sex_letter("U") == "?" and labels.sex_letter("F") == "F"
    assert labels.case_status("held") == "Held"
    assert labels.facility_kind("detention_centre") == "Detention centre"
    assert labels.facility_status("unknown") == "Unknown"
    assert labels.precision("lower_bound") == "Lower bound (more than)"
    assert labels.precision_word("lower_bound") == "lower bound"
    assert labels.date_precision("month") == "Month only"
    assert labels.outcome("reduced") == "Sentence reduced"
    assert labels.outcome("reduced", (1, 2)) == "Sentence reduced by 1/2"
    assert labels.outcome("reduced", "1/3") == "Sentence reduced by 1/3"
    # a value the tables do not know is shown as stored; nothing is shown as a dash
    assert labels.case_status("lost") == "lost"
    assert labels.precision(None) == "—"
    assert list(labels.choices(Outcome, labels.outcome)) == [o.value for o in Outcome]


def test_the_words_go_through_the_installed_translator():
    seen: list[tuple[str, str]] = []

    def translator(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper()

    words.install_translator(translator)
    try:
        assert labels.sex("M") == "MALE"
        assert labels.facility_status("open") == "OPEN"
        assert labels.outcome("reduced", (1, 2)) == "SENTENCE REDUCED BY %1".replace("%1", "1/2")
    finally:
        words.install_translator(None)
    assert ("Report", "Male") in seen and ("Facilities", "Open") in seen
