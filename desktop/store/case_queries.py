"""What the case list asks for, turned into SQL that an index can answer at a million rows.

A ``CaseQuery`` is a search text, filters (facility, category, status, nationality) and a
sort column. ``plan(session, query)`` decides, before each query, which index should drive:

* **driven**: one condition selects few rows (fewer than ``DRIVE_LIMIT``, measured by a
  bounded count on its own index): those rows are fetched through that index and sorted
  (a small temporary B-tree). The other conditions are written so that no index can be used
  for them (``coalesce(facility_id, NULL)``), so that SQLite cannot pick a worse plan.
* **walk**: every condition selects many rows: the sort column's index is walked in order
  and each row is checked (search words by a correlated EXISTS on the token index), which
  finds a page's rows after a few thousand steps at most.

Search matches a person when every folded word typed (``desktop.domain.folding``) is the
prefix of one of their name tokens (``detainee_token``), or - for input without blanks -
when their case number starts with the typed text in upper case (case numbers are stored
in upper case: ``desktop.domain.case_rules``).

Sorting puts unknown values (NULL) last in both directions; the category and facility
columns sort by the category's or facility's name in the query's language (the name the
list shows), as groups walked one after another on the ``(category_id)`` /
``(facility_id)`` indexes (SQLite indexes end with the rowid): the order of the groups is
computed from the small tables, so no index on a name is needed in any language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    intersect,
    null,
    or_,
    select,
    union,
)
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import SQLColumnExpression

from desktop.domain.case_rules import case_no_prefix
from desktop.domain.category_rules import with_descendants
from desktop.domain.folding import query_tokens
from desktop.domain.names import localized
from desktop.store.case_list import GROUP_SORT_KEYS, PLAIN_SORT_KEYS
from desktop.store.case_list import SORT_KEYS as SORT_KEYS
from desktop.store.case_list import CaseQuery as CaseQuery
from desktop.store.models import Category, Detainee, DetaineeToken, Facility
from desktop.store.search import TOKEN_LENGTH, prefix_upper

DRIVE_LIMIT = 20_000  # a condition selecting fewer rows than this drives the query
COUNT_CAP = 30_000  # conditions are counted up to this many rows when planning
WORDS_COUNT_CAP = 150_000  # several words' token ranges: enough to know the rarest

PLAIN_SORTS: dict[str, InstrumentedAttribute[Any]] = {
    "case_no": Detainee.case_no,
    "name_latin": Detainee.name_latin,
    "name_arabic": Detainee.name_arabic,
    "sex": Detainee.sex,
    "birth_year": Detainee.birth_year,
    "nationality": Detainee.nationality,
    "status": Detainee.status,
    "held_since": Detainee.held_since,
}
GROUP_SORTS: dict[str, tuple[InstrumentedAttribute[Any], type[Category] | type[Facility]]] = {
    "category": (Detainee.category_id, Category),
    "facility": (Detainee.facility_id, Facility),
}
if (tuple(PLAIN_SORTS), tuple(GROUP_SORTS)) != (PLAIN_SORT_KEYS, GROUP_SORT_KEYS):
    raise AssertionError("case_list's sort keys differ from the columns sorted here")
NULLABLE = {"name_arabic", "birth_year", "nationality", "held_since"}
ROW_COLUMNS = (
    Detainee.id,
    Detainee.case_no,
    Detainee.name_latin,
    Detainee.name_arabic,
    Detainee.sex,
    Detainee.birth_year,
    Detainee.nationality,
    Detainee.category_id,
    Detainee.facility_id,
    Detainee.status,
    Detainee.held_since,
)


@dataclass(frozen=True)
class SearchSpec:
    """The typed text as the index sees it: a case-number prefix (None when the text has
    blanks) and folded word prefixes."""

    case_prefix: str | None
    words: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> SearchSpec | None:
        stripped = text.strip()
        if not stripped:
            return None
        words = tuple(dict.fromkeys(w[:TOKEN_LENGTH] for w in query_tokens(text)))
        prefix = case_no_prefix(stripped) if not any(c.isspace() for c in stripped) else None
        if not words and not prefix:
            return None
        return cls(prefix, words)


def word_range(word: str) -> ColumnElement[bool]:
    return and_(DetaineeToken.token >= word, DetaineeToken.token < prefix_upper(word))


def case_range(prefix: str, column: ColumnElement[Any] | None = None) -> ColumnElement[bool]:
    col = Detainee.case_no if column is None else column
    return and_(col >= prefix, col < prefix_upper(prefix))


def word_exists(word: str, *, exact: bool = False) -> ColumnElement[bool]:
    """Correlated: this person has a token starting with (or equal to) ``word`` (one probe
    of the ``(detainee_id, token)`` index)."""
    match = DetaineeToken.token == word if exact else word_range(word)
    return exists().where(DetaineeToken.detainee_id == Detainee.id, match)


def words_ids(words: tuple[str, ...], *, distinct: bool = True) -> Select[Any]:
    """The ids of the people who have a token starting with each of ``words``: one token
    range, or the intersection of several taken rarest first (SQLite keeps the first in a
    temporary B-tree and probes it with the next, so the rarest makes the fewest inserts).
    One id per person (unless ``distinct`` is false: for ``IN``, which needs none)."""
    ranges = [select(DetaineeToken.detainee_id).where(word_range(w)) for w in words]
    if len(ranges) == 1:
        return ranges[0].distinct() if distinct else ranges[0]
    return select(intersect(*ranges).subquery().c[0])


def _noindex(column: SQLColumnExpression[Any], sqlite: bool) -> Any:
    """``column`` in a form no index serves, of the same type (SQLite only: PostgreSQL
    plans with statistics)."""
    if not sqlite:
        return column
    return func.coalesce(column, null())


@dataclass(frozen=True)
class Driver:
    """A condition that could drive the query, and how many rows its index selects."""

    kind: str  # "none", "filter", "search"
    estimate: int
    words: tuple[str, ...] = ()  # search words whose token ranges give the driving ids


@dataclass(frozen=True)
class Plan:
    """The conditions of one query and the index that drives it."""

    query: CaseQuery
    sqlite: bool
    facility_set: frozenset[int] | None
    category_set: frozenset[int] | None
    search: SearchSpec | None
    driver: Driver = Driver("none", 0)
    forced: bool = False  # drive by the rarest condition however many rows it selects

    @property
    def walk(self) -> bool:
        """True when the sort column's index is walked (and the conditions checked)."""
        if self.driver.kind == "none":
            return True
        return not self.forced and self.driver.estimate >= DRIVE_LIMIT

    @property
    def conditional(self) -> bool:
        return self.driver.kind != "none"

    @property
    def parts(self) -> int:
        """How many independent conditions the rows must meet (words and filters)."""
        q = self.query
        filters = [q.facility_ids, q.category_ids, q.statuses, q.nationalities]
        words = len(self.search.words) if self.search is not None else 0
        return words + sum(1 for f in filters if f)

    def driving(self) -> Plan:
        """This plan driven by its rarest condition (for counts and deep jumps)."""
        return replace(self, forced=True)

    def filter_conditions(self, *, indexed: bool) -> list[ColumnElement[bool]]:
        q = self.query

        def col(c: SQLColumnExpression[Any], name: str) -> Any:
            # The sort column's own filter may use its index (the walk is on it anyway).
            if indexed or name == q.sort:
                return c
            return _noindex(c, self.sqlite)

        conds: list[ColumnElement[bool]] = []
        if self.facility_set is not None:
            conds.append(col(Detainee.facility_id, "facility").in_(self.facility_set))
        if self.category_set is not None:
            conds.append(col(Detainee.category_id, "category").in_(self.category_set))
        if q.statuses:
            conds.append(col(Detainee.status, "status").in_(q.statuses))
        if q.nationalities:
            conds.append(col(Detainee.nationality, "nationality").in_(q.nationalities))
        return conds

    def search_condition(self, *, skip: tuple[str, ...] = ()) -> ColumnElement[bool] | None:
        """Every typed word begins a name token, or the case number begins with the text.
        ``skip``: words already guaranteed by the driving ids (which then include the
        people found by case number too)."""
        spec = self.search
        if spec is None:
            return None
        words = [w for w in spec.words if w not in skip]
        if skip and not words:
            return None
        names = and_(*(word_exists(w) for w in words)) if words else None
        if spec.case_prefix is None:
            return names
        by_number = case_range(spec.case_prefix, _noindex(Detainee.case_no, self.sqlite))
        return by_number if names is None else or_(by_number, names)

    def driver_ids(self) -> Select[Any] | None:
        """The ids the driving words (all of them) and the case-number prefix select."""
        spec = self.search
        if spec is None or self.driver.kind != "search":
            return None
        parts: list[Select[Any]] = []
        if spec.case_prefix is not None:
            parts.append(select(Detainee.id).where(case_range(spec.case_prefix)))
        if self.driver.words:
            parts.append(words_ids(self.driver.words, distinct=False))
        if len(parts) == 1:
            return parts[0]
        return select(union(*parts).subquery().c[0])

    def conditions(self) -> list[ColumnElement[bool]]:
        """Every condition of the query, written so that the chosen index drives."""
        by_search = self.driver.kind == "search" and not self.walk
        conds = self.filter_conditions(indexed=self.driver.kind == "filter" and not self.walk)
        ids = self.driver_ids() if by_search else None
        if ids is not None:
            conds.append(Detainee.id.in_(ids))
        found = self.search_condition(skip=self.driver.words if by_search else ())
        if found is not None:
            conds.append(found)
        return conds

    def count_statements(self) -> list[Select[Any]]:
        """Statements whose counts add up to how many people the query selects, each
        counted through its driving index. A search alone is counted as the people whose
        case number starts with the text plus the people found by name whose case number
        does not (no union of a million ids to sort)."""
        counting = self.driving()
        spec = counting.search
        by_search = counting.driver.kind == "search"
        rest = counting.search_condition(skip=counting.driver.words) if by_search else None
        if (
            by_search
            and spec is not None
            and rest is None
            and not counting.filter_conditions(indexed=True)
        ):
            statements = []
            if spec.case_prefix is not None:
                statements.append(
                    select(func.count()).select_from(Detainee).where(case_range(spec.case_prefix))
                )
            if counting.driver.words:
                ids = words_ids(counting.driver.words).subquery()
                if spec.case_prefix is None:
                    statements.append(select(func.count()).select_from(ids))
                else:
                    number = _noindex(Detainee.case_no, self.sqlite)
                    statements.append(
                        select(func.count())
                        .select_from(ids)
                        .join(Detainee, Detainee.id == ids.c[0])
                        .where(~case_range(spec.case_prefix, number))
                    )
            return statements
        return [select(func.count()).select_from(Detainee).where(*counting.conditions())]


def _tree(session: Session, model: type[Category] | type[Facility]) -> dict[int, int | None]:
    return {int(i): p for i, p in session.execute(select(model.id, model.parent_id))}


def _count(session: Session, query: Select[Any], cap: int = COUNT_CAP) -> int:
    """How many rows ``query`` gives, counted on its index up to ``cap``."""
    inner = query.limit(cap).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def _search_driver(by_number: int, sizes: list[tuple[int, str]]) -> Driver:
    """Drive by the rarest word's token range (the other words checked per person on the
    ``(detainee_id, token)`` index), or by the intersection of all the words' ranges, rarest
    first, when that is cheaper: an intersection costs about one B-tree insert or probe per
    token, a check one correlated probe (measured at a million cases: several times one
    insert)."""
    if not sizes:
        return Driver("search", by_number)
    rarest, word = sizes[0]
    checks = rarest * (len(sizes) - 1)
    total = sum(n for n, _w in sizes)
    if len(sizes) > 1 and total < 5 * checks:
        return Driver("search", by_number + rarest, tuple(w for _n, w in sizes))
    return Driver("search", by_number + rarest, (word,))


def plan(session: Session, query: CaseQuery, *, rarest: bool = False) -> Plan:
    """The conditions of ``query`` and the index that should drive it: the condition whose
    own index selects the fewest rows (each counted on its index, up to ``COUNT_CAP``: at
    most about 3 ms each). ``rarest``: several words are counted further
    (``WORDS_COUNT_CAP``), so that the rarest is known however common they all are (for a
    count, which reads every match; a page is mostly found by walking)."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    facility_set = category_set = None
    if query.facility_ids:
        facility_set = frozenset(with_descendants(query.facility_ids, _tree(session, Facility)))
    if query.category_ids:
        category_set = frozenset(with_descendants(query.category_ids, _tree(session, Category)))
    result = Plan(query, sqlite, facility_set, category_set, SearchSpec.of(query.search))
    candidates: list[Driver] = []
    filters = result.filter_conditions(indexed=True)
    if filters:
        candidates.append(Driver("filter", _count(session, select(Detainee.id).where(*filters))))
    spec = result.search
    if spec is not None:
        by_number = 0
        if spec.case_prefix is not None:
            by_number = _count(session, select(Detainee.id).where(case_range(spec.case_prefix)))
            if by_number == 0 and spec.words:
                # No case number starts so: leave the alternative out of every walk.
                spec = replace(spec, case_prefix=None)
                result = replace(result, search=spec)
        cap = WORDS_COUNT_CAP if rarest and len(spec.words) > 1 else COUNT_CAP
        sizes = sorted(
            (_count(session, select(DetaineeToken.detainee_id).where(word_range(w)), cap), w)
            for w in spec.words
        )
        candidates.append(_search_driver(by_number, sizes))
    if candidates:
        result = replace(result, driver=min(candidates, key=lambda d: d.estimate))
    return result


def nationalities(session: Session) -> list[str]:
    """The distinct nationalities recorded, read by skipping along their index (one seek
    per value, not a scan of every person)."""
    found: list[str] = []
    current = session.scalar(select(func.min(Detainee.nationality)))
    while current is not None and len(found) < 500:
        found.append(current)
        current = session.scalar(
            select(func.min(Detainee.nationality)).where(Detainee.nationality > current)
        )
    return found


def names_by_id(session: Session, lang: str) -> tuple[dict[int, str], dict[int, str]]:
    """The names of every category and facility in ``lang``, by id (small tables)."""
    categories = {
        int(i): localized(n, ar, ku, lang)
        for i, n, ar, ku in session.execute(
            select(Category.id, Category.name, Category.name_ar, Category.name_ku)
        )
    }
    facilities = {
        int(i): localized(n, ar, None, lang)
        for i, n, ar in session.execute(select(Facility.id, Facility.name, Facility.name_ar))
    }
    return categories, facilities
