"""The largest (and smallest) values the application accepts for its numbers.

One place for every bound: the forms check them as a person types, import and the command
line refuse a row or an argument that breaks them, and the database refuses them too (CHECK
constraints on PostgreSQL, triggers on SQLite), so that no path can store a number the rest
of the application cannot compute with (a sentence end in the year 10353, an integer wider
than the database's 64 bits).
"""

from __future__ import annotations

# A facility's design capacity: the largest camp reported (al-Hol) held about 70,000.
CAPACITY_MAX = 1_000_000
# A headcount's total, and each category's count within it.
HEADCOUNT_MAX = 10_000_000
# A sentence in months: 150 years.
SENTENCE_MONTHS_MAX = 12 * 150
# Years (of birth, of a decision); dates are checked against today where that matters.
YEAR_MIN = 1900
YEAR_MAX = 2100
# The denominator of a reduction such as 1/2 or 2/3.
FRACTION_DENOMINATOR_MAX = 1_000
# Synthetic cases added by one ``demo`` run.
DEMO_CASES_MAX = 10_000_000
