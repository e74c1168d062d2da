"""Properties of the cell parsers of imported lists, and of fraction and date parsing
(hypothesis): what export writes, import reads back unchanged; Arabic-Indic digits read as
ASCII ones; and every other input is either read or refused with ``ValueError`` (a rule in
words), never another exception."""

from __future__ import annotations

from datetime import date, datetime
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import cells
from desktop.domain.cells import format_category_counts, format_fraction, quote_text
from desktop.domain.decision_rules import format_fraction as format_reduction
from desktop.domain.limits import YEAR_MAX, YEAR_MIN
from desktop.domain.sentences import parse_fraction, reduced_months

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EASTERN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# Whatever a cell may hold: CSV text, or the numbers and dates of an XLSX sheet.
cell_values = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
)
PARSERS = {
    "text": cells.text(40),
    "whole": cells.whole(0, 10_000),
    "day": cells.day(),
    "moment": cells.moment(),
    "choice": cells.choice(("held", "released"), "held"),
    "yes_no": cells.yes_no(None),
    "country": cells.country(),
    "fraction": cells.fraction(),
    "category_counts": cells.category_counts(),
}


@pytest.mark.parametrize("name", sorted(PARSERS))
@given(value=cell_values)
def test_every_cell_is_read_or_refused_with_a_rule(name: str, value: object):
    parse = PARSERS[name]
    try:
        parse(value)
    except ValueError as exc:
        assert str(exc)  # the rule, in words


@given(st.text(max_size=40))
def test_text_quoted_for_a_spreadsheet_reads_back_as_written(text: str):
    assert cells.unquote_text(quote_text(text)) == text
    assert not cells.needs_quote(quote_text(text)) or quote_text(text).startswith("'")
    stripped = text.strip()
    if stripped:
        assert cells.text()(quote_text(stripped)) == stripped


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from([None, ARABIC_INDIC, EASTERN]))
def test_whole_numbers_read_back_in_any_digits(number: int, digits: dict[int, str] | None):
    written = str(number) if digits is None else str(number).translate(digits)
    assert cells.whole(0, None)(written) == number
    assert cells.whole(0, None)(f"{number:,}") == number
    assert cells.whole(0, None)(float(number)) == number
    if number > 0:
        with pytest.raises(ValueError, match="whole number"):
            cells.whole(0, number - 1)(written)


IN_RANGE_DATES = st.dates(min_value=date(YEAR_MIN, 1, 1), max_value=date(YEAR_MAX, 12, 31))
OUT_OF_RANGE_DATES = st.one_of(
    st.dates(max_value=date(YEAR_MIN - 1, 12, 31)),
    st.dates(min_value=date(YEAR_MAX + 1, 1, 1)),
)


@given(IN_RANGE_DATES, st.sampled_from([None, ARABIC_INDIC, EASTERN]))
def test_dates_read_back_in_any_digits(day: date, digits: dict[int, str] | None):
    written = day.isoformat() if digits is None else day.isoformat().translate(digits)
    assert cells.day()(written) == day
    assert cells.day()(f"  {written} ") == day
    assert cells.day()(datetime(day.year, day.month, day.day, 13, 5)) == day
    assert cells.moment()(day) == datetime(day.year, day.month, day.day)


@given(st.datetimes(min_value=datetime(YEAR_MIN, 1, 1), max_value=datetime(YEAR_MAX, 12, 31)))
def test_moments_read_back(moment: datetime):
    assert cells.moment()(moment.isoformat(sep=" ")) == moment


@given(OUT_OF_RANGE_DATES)
def test_dates_outside_the_accepted_years_are_refused(day: date):
    with pytest.raises(ValueError, match="year from"):
        cells.day()(day.isoformat())


fractions = st.builds(
    lambda a, b: Fraction(min(a, b), max(a, b)),
    st.integers(min_value=1, max_value=1_000),
    st.integers(min_value=1, max_value=1_000),
)


@given(fractions, st.sampled_from([None, ARABIC_INDIC, EASTERN]))
def test_fractions_read_back_in_lowest_terms(value: Fraction, digits: dict[int, str] | None):
    written = format_reduction(value)
    assert written is not None
    shown = written if digits is None else written.translate(digits)
    assert cells.fraction()(shown) == (value.numerator, value.denominator)
    assert format_fraction(*cells.fraction()(written)) == written  # type: ignore[misc]
    assert parse_fraction(written) == value
    # the same fraction not in lowest terms reads as the same value
    assert parse_fraction(f"{value.numerator * 3}/{value.denominator * 3}") == value


@given(st.integers(min_value=-1_000, max_value=1_000), st.integers(min_value=1, max_value=1_000))
def test_fractions_outside_zero_to_one_are_refused(num: int, den: int):
    value = Fraction(num, den)
    if 0 < value <= 1:
        return
    with pytest.raises(ValueError, match="more than 0 and at most 1"):
        parse_fraction(f"{num}/{den}")
    with pytest.raises(ValueError, match="more than 0 and at most 1"):
        cells.fraction()(f"{num}/{den}")


@given(st.integers(min_value=0, max_value=12 * 150), fractions)
def test_a_reduction_never_lengthens_a_sentence(months: int, fraction: Fraction):
    left = reduced_months(months, fraction)
    assert 0 <= left <= months
    assert left == months - int(months * fraction)


codes = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12)


@given(st.dictionaries(codes, st.integers(min_value=0, max_value=10**7), max_size=6))
def test_category_counts_read_back(counts: dict[str, int]):
    pairs = sorted(counts.items())
    assert cells.category_counts()(format_category_counts(pairs)) == tuple(pairs)
