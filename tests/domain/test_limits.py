"""The bounds of ``desktop.domain.limits`` in the domain rules that the form, import and the
command line share: each refusal names the field and the bound."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from desktop.domain import limits
from desktop.domain.case_rules import (
    CaseFields,
    case_problems,
    normalize_case_no,
    parse_months,
    parse_year,
)
from desktop.domain.cells import category_counts, day, fraction, whole
from desktop.domain.decision_rules import outcome_problems
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.facility_rules import (
    FacilityFields,
    HeadcountFields,
    capacity_problem,
    facility_problems,
    headcount_problems,
)
from desktop.domain.numbers import parse_count

TODAY = date(2026, 1, 1)


def messages(problems: list[FieldProblem], name: str) -> list[str]:
    return [p.message for p in problems if p.field == name]


def case(**values: object) -> CaseFields:
    return CaseFields(case_no="T-1", name_latin="Test Person", facility_id=1, **values)  # type: ignore[arg-type]


def test_a_sentence_over_its_bound_is_refused_naming_the_bound():
    at_bound = case(sentence_months=limits.SENTENCE_MONTHS_MAX)
    assert case_problems(at_bound, today=TODAY) == []
    over = case_problems(case(sentence_months=2_000_000_000), today=TODAY)
    assert messages(over, "sentence_months") == [
        "At most 1800 months (150 years): check the number"
    ]
    assert messages(case_problems(case(sentence_months=-1), today=TODAY), "sentence_months")


def test_sentence_dates_outside_the_years_are_refused():
    problems = case_problems(case(sentence_start=date(9999, 1, 1)), today=TODAY)
    assert messages(problems, "sentence_start") == ["A date between 1900 and 2100"]


def test_typed_months_and_years_are_bounded_and_read_only_our_digits():
    assert parse_months("١٨٠٠") == 1800
    with pytest.raises(ValidationError, match="Months: at most 1800"):
        parse_months("99999999999999999999999")
    with pytest.raises(ValidationError, match="Not a year"):
        parse_year("¹⁹⁹⁰")
    with pytest.raises(ValidationError, match="Not a year: a year is between 1900 and 2100"):
        parse_year("12345")
    with pytest.raises(ValueError, match="not a whole number"):
        parse_count("1" * 5000)


def test_capacity_over_its_bound_is_refused_by_the_form_and_the_rules():
    assert capacity_problem(str(limits.CAPACITY_MAX)) is None
    problem = capacity_problem("1000001")
    assert problem is not None and problem.message == "Capacity: at most 1,000,000"
    fields = FacilityFields(name="Camp", kind="camp", capacity=limits.CAPACITY_MAX + 1)
    assert messages(facility_problems(fields, facility_id=None, others=[]), "capacity") == [
        "Capacity: at most 1,000,000"
    ]


def test_headcounts_over_their_bound_are_refused():
    fields = HeadcountFields(
        as_of=date(2020, 10, 1),
        total=limits.HEADCOUNT_MAX + 1,
        precision="exact",
        source_id=1,
        parts=((1, limits.HEADCOUNT_MAX + 1),),
    )
    problems = headcount_problems(fields, today=TODAY)
    assert messages(problems, "total") == ["The total: at most 10,000,000"]
    assert messages(problems, "category_1") == ["A count: at most 10,000,000"]


def test_a_fraction_with_a_huge_denominator_is_refused():
    assert outcome_problems("reduced", Fraction(1, limits.FRACTION_DENOMINATOR_MAX)) == []
    (problem,) = outcome_problems("reduced", Fraction(1, 10**12))
    assert problem.field == "fraction" and "at most 1,000" in problem.message


@pytest.mark.parametrize(
    ("parse", "value", "rule"),
    [
        (whole(0, limits.CAPACITY_MAX), "1e300", "must be a whole number from 0 to 1000000"),
        (whole(0, limits.CAPACITY_MAX), 1e300, "must be a whole number from 0 to 1000000"),
        (whole(0, limits.SENTENCE_MONTHS_MAX), "9" * 5000, "from 0 to 1800"),
        (whole(1900, 2100, what="a year"), "¹⁹⁹⁰", "is not a year"),
        (fraction(), "1/1001", "denominator is at most 1,000"),
        (fraction(), "1e-300", "denominator is at most 1,000"),
        (category_counts(), "women=10000001", "at most 10,000,000"),
        (day(), "9999-12-31", "a year from 1900 to 2100"),
        (day(), date(1, 1, 1), "a year from 1900 to 2100"),
    ],
)
def test_import_cells_refuse_values_over_the_bounds(parse, value, rule):
    with pytest.raises(ValueError, match=rule):
        parse(value)


def test_one_case_number_normalisation():
    for written in (
        "syn-000001",
        " SYN-٠٠٠٠٠١ ",
        "ＳＹＮ－０００００１",
        "SYN\u2010000001",
        "syn-۰۰۰۰۰۱",
    ):
        assert normalize_case_no(written) == "SYN-000001", written
