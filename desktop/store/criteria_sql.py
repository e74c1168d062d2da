"""Amnesty criteria as an SQL filter over ``detainee``, so that selecting everyone an amnesty
covers is one query, not Python over every row; and the facts of people for the Python check.

The filter has exactly the semantics of :meth:`desktop.domain.criteria.Criteria.exclusions`:
a NULL fact never satisfies a rule about it (``violent_crime IS NULL`` is not "no violent
crime"), and a category code covers its sub-categories. A test runs both over the seeded
database and requires them to agree person by person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, and_, false, select, true
from sqlalchemy.orm import Session

from desktop.domain.criteria import Criteria, PersonFacts
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.messages import Msg
from desktop.store.models import Category, Detainee


class CategoryTree:
    """Every category with its parent, loaded once per query (the table is small)."""

    def __init__(self, rows: Iterable[tuple[int, int | None, str]]) -> None:
        self.parent: dict[int, int | None] = {}
        self.code: dict[int, str] = {}
        self.id_of: dict[str, int] = {}
        for cid, parent_id, code in rows:
            self.parent[cid] = parent_id
            self.code[cid] = code
            self.id_of[code] = cid

    @classmethod
    def load(cls, session: Session) -> CategoryTree:
        return cls(
            (r.id, r.parent_id, r.code)
            for r in session.execute(select(Category.id, Category.parent_id, Category.code))
        )

    def chain(self, category_id: int | None) -> tuple[str, ...]:
        """The category's code and the codes of every category it sits within."""
        codes: list[str] = []
        seen: set[int] = set()
        current = category_id
        while current is not None and current in self.code and current not in seen:
            seen.add(current)
            codes.append(self.code[current])
            current = self.parent[current]
        return tuple(codes)

    def covered(self, codes: Sequence[str]) -> set[int]:
        """The ids of the categories ``codes`` name and of everything nested within them."""
        ids = {cid for cid in self.code if set(self.chain(cid)) & set(codes)}
        return ids

    def unknown(self, codes: Sequence[str]) -> list[str]:
        return [c for c in codes if c not in self.id_of]


def check_codes(tree: CategoryTree, criteria: Criteria) -> None:
    """Refuse criteria that name a category the database does not have."""
    problems = [
        FieldProblem(f"rules.{key}", Msg("no category with code {code!r}", code=code), code)
        for key in ("category_include", "category_exclude")
        for code in tree.unknown(getattr(criteria, key))
    ]
    if problems:
        raise ValidationError(problems)


def criteria_filter(criteria: Criteria, tree: CategoryTree) -> ColumnElement[bool]:
    """A WHERE clause over ``detainee`` selecting the people ``criteria`` select."""
    check_codes(tree, criteria)
    d = Detainee.__table__.c
    clauses: list[ColumnElement[bool]] = []
    if criteria.nationality_include:
        clauses.append(d.nationality.in_(criteria.nationality_include))
    if criteria.nationality_exclude:
        clauses.append(
            and_(d.nationality.is_not(None), d.nationality.not_in(criteria.nationality_exclude))
        )
    if criteria.category_include:
        ids = tree.covered(criteria.category_include)
        clauses.append(d.category_id.in_(sorted(ids)) if ids else false())
    if criteria.category_exclude:
        ids = tree.covered(criteria.category_exclude)
        clauses.append(
            and_(d.category_id.is_not(None), d.category_id.not_in(sorted(ids)))
            if ids
            else d.category_id.is_not(None)
        )
    if criteria.exclude_violent_crime:
        clauses.append(d.violent_crime.is_(False))
    if criteria.held_since_before is not None:
        clauses.append(and_(d.held_since.is_not(None), d.held_since < criteria.held_since_before))
    low, high = criteria.sentence_min_months, criteria.sentence_max_months
    if low is not None or high is not None:
        clauses.append(d.sentence_months.is_not(None))
        if low is not None:
            clauses.append(d.sentence_months >= low)
        if high is not None:
            clauses.append(d.sentence_months <= high)
    return and_(true(), *clauses)


def facts_of(session: Session, detainee_ids: Sequence[int]) -> dict[int, PersonFacts]:
    """The facts the criteria test, for each of ``detainee_ids``."""
    tree = CategoryTree.load(session)
    out: dict[int, PersonFacts] = {}
    d = Detainee.__table__.c
    for start in range(0, len(detainee_ids), 5000):
        chunk = detainee_ids[start : start + 5000]
        query = select(
            d.id, d.nationality, d.category_id, d.violent_crime, d.held_since, d.sentence_months
        ).where(d.id.in_(chunk))
        for r in session.execute(query):
            out[r.id] = PersonFacts(
                nationality=r.nationality,
                category_codes=tree.chain(r.category_id),
                violent_crime=r.violent_crime,
                held_since=r.held_since,
                sentence_months=r.sentence_months,
            )
    return out
