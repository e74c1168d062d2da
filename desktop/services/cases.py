"""Cases: the list (count and pages by keyset), search, one case, and saving one.

Each function is one user action with its own short session, returning plain records.
The list's search box, the decision dialog's completer and ``case-tracker search`` all use
the same matching (``desktop.store.case_queries``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.domain.case_rules import CaseFields, check_case, normalize_case_no
from desktop.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop.domain.messages import Msg
from desktop.domain.roles import Permission
from desktop.domain.sentences import add_months
from desktop.services.case_records import (
    CaseOptions,
    CasePage,
    CaseRecord,
    CaseRow,
    Choice,
    case_row,
    record_of,
)
from desktop.store.case_list import SORT_KEYS, CaseQuery, Cursor, QueryStopped

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.services.database import Database
    from desktop.store.case_pages import PageRows
    from desktop.store.case_queries import Plan

PAGE_SIZE = 200
SEARCH_LIMIT = 50
# A case edit changing one of these needs Permission.CHANGE_STATUS (the reviewer role): a
# release or a reduction goes through an approved decision, and a reduction is computed
# from the start and length.
SENTENCE_FIELDS = frozenset({"status", "sentence_end", "sentence_start", "sentence_months"})
Cancelled = Callable[[], bool]

__all__ = [
    "PAGE_SIZE",
    "SORT_KEYS",
    "CaseOptions",
    "CasePage",
    "CaseQuery",
    "CaseRecord",
    "CaseRow",
    "Cursor",
    "QueryStopped",
    "case_options",
    "count_cases",
    "find_case",
    "get_case",
    "page_cases",
    "save_case",
    "search_cases",
]
# Imported without SQLAlchemy (the window holds a ``CaseQuery`` and the first rows before the
# engine exists): each function imports the SQL it runs.


def count_cases(database: Database, *, query: CaseQuery, cancelled: Cancelled | None = None) -> int:
    """How many cases the list shows for ``query``."""
    from desktop.store import case_pages
    from desktop.store.case_queries import plan

    with database.read() as s, case_pages.guard(s, cancelled=cancelled):
        return case_pages.count(s, plan(s, query, rarest=True))


def page_cases(
    database: Database,
    *,
    query: CaseQuery,
    limit: int = PAGE_SIZE,
    after: Cursor | None = None,
    before: Cursor | None = None,
    at: int | None = None,
    counts: tuple[int, ...] | None = None,
    cancelled: Cancelled | None = None,
) -> CasePage:
    """Up to ``limit`` rows of the list: from the start, after the row at cursor ``after``,
    before the row at ``before``, or from position ``at`` (a jump; ``counts`` are the rows
    per sort segment a previous jump returned, to skip counting them again). Categories and
    facilities are named in ``query.lang``."""
    from desktop.store import case_pages
    from desktop.store.case_queries import names_by_id, plan

    with database.read() as s:
        planned = plan(s, query)

        def reader(p: Plan) -> PageRows:
            if at is not None:
                return case_pages.page_at(s, p, at, limit, counts)
            if before is not None:
                return case_pages.page_before(s, p, before, limit)
            return case_pages.page_after(s, p, after, limit)

        page = case_pages.read(s, planned, reader, cancelled=cancelled)
        categories, facilities = names_by_id(s, query.lang)
    rows = tuple(case_row(r, categories, facilities) for r in page.rows)
    return CasePage(rows, page.first, page.last, page.counts)


def search_cases(database: Database, *, text: str, limit: int = SEARCH_LIMIT) -> list[CaseRow]:
    """The cases whose case number starts with ``text`` or whose names match every typed
    word (folded: Mohammed finds Muhammad, أحمد finds احمد), in case-number order. The
    window's search box selects exactly these."""
    from desktop.store.case_queries import SearchSpec

    if SearchSpec.of(text) is None or limit < 1:
        return []
    return list(page_cases(database, query=CaseQuery(search=text), limit=limit).rows)


def case_options(database: Database) -> CaseOptions:
    """Facilities, categories and nationalities to filter and choose from."""
    from sqlalchemy import func, select

    from desktop.store.case_queries import nationalities
    from desktop.store.models import Category, Detainee, Facility

    with database.read() as s:
        facilities = tuple(
            Choice(int(r.id), r.name, r.parent_id, r.name_ar)
            for r in s.execute(
                select(Facility.id, Facility.name, Facility.parent_id, Facility.name_ar).order_by(
                    func.lower(Facility.name), Facility.id
                )
            )
        )
        categories = tuple(
            Choice(int(r.id), r.name, r.parent_id, r.name_ar, r.name_ku)
            for r in s.execute(
                select(
                    Category.id,
                    Category.name,
                    Category.parent_id,
                    Category.name_ar,
                    Category.name_ku,
                ).order_by(func.lower(Category.name), Category.id)
            )
        )
        found = tuple(nationalities(s))
        total = int(s.scalar(select(func.count()).select_from(Detainee)) or 0)
    return CaseOptions(facilities, categories, found, total)


def get_case(database: Database, *, detainee_id: int) -> CaseRecord:
    from desktop.services.common import get_or_fail
    from desktop.store.models import Detainee

    with database.read() as s:
        return record_of(s, get_or_fail(s, Detainee, detainee_id, "case"))


def find_case(database: Database, *, case_no: str) -> CaseRecord:
    """The case with this number (typed in any case, with Arabic-Indic digits too)."""
    from sqlalchemy import select

    from desktop.store.models import Detainee

    number = normalize_case_no(case_no)
    with database.read() as s:
        found = s.scalars(select(Detainee).where(Detainee.case_no == number)).first()
        if found is None:
            raise NotFoundError("case", case_no.strip())
        return record_of(s, found)


def with_sentence_end(fields: CaseFields) -> CaseFields:
    """A missing sentence end computed from its start and length."""
    if fields.sentence_end is None and fields.sentence_start and fields.sentence_months:
        return replace(
            fields, sentence_end=add_months(fields.sentence_start, fields.sentence_months)
        )
    return fields


def write_tokens(s: Session, detainee_id: int, latin: str, arabic: str | None) -> None:
    """The person's name tokens, replaced in the caller's transaction."""
    from sqlalchemy import delete, insert

    from desktop.store.models import DetaineeToken
    from desktop.store.search import name_tokens

    s.execute(delete(DetaineeToken).where(DetaineeToken.detainee_id == detainee_id))
    tokens = name_tokens(latin, arabic)
    if tokens:
        s.execute(
            insert(DetaineeToken),
            [{"token": t, "detainee_id": detainee_id} for t in tokens],
        )


def _check_references(s: Session, f: CaseFields, detainee_id: int | None) -> None:
    from sqlalchemy import select

    from desktop.store.models import Category, Detainee, Facility

    problems: list[FieldProblem] = []
    taken = s.scalar(
        select(Detainee.id).where(Detainee.case_no == f.case_no, Detainee.id != (detainee_id or 0))
    )
    if taken is not None:
        problems.append(FieldProblem("case_no", Msg("Another case has this number"), f.case_no))
    if f.category_id is not None and s.get(Category, f.category_id) is None:
        problems.append(FieldProblem("category_id", Msg("No such category"), f.category_id))
    if f.facility_id is not None and s.get(Facility, f.facility_id) is None:
        problems.append(FieldProblem("facility_id", Msg("No such facility"), f.facility_id))
    if problems:
        raise ValidationError(problems, record=Msg("case {case_no}", case_no=f.case_no))


def save_case(
    database: Database,
    *,
    fields: CaseFields,
    detainee_id: int | None = None,
    expected_version: int | None = None,
) -> CaseRecord:
    """Create a case (``detainee_id`` None) or save changes to one, refusing to overwrite a
    newer save (ConflictError). A person's facility changes by a transfer, not here."""
    from desktop.services.common import apply_changes, get_or_fail
    from desktop.services.identity import authorize
    from desktop.store.models import Detainee

    f = check_case(with_sentence_end(fields))
    with database.session() as s:
        authorize(s, database, Permission.EDIT_RECORDS)
        _check_references(s, f, detainee_id)
        if detainee_id is None:
            person = Detainee(**f.as_dict(), synthetic=False)
            s.add(person)
            s.flush()
            write_tokens(s, person.id, person.name_latin, person.name_arabic)
            return record_of(s, person)
        person = get_or_fail(s, Detainee, detainee_id, "case")
        if f.facility_id != person.facility_id and person.facility_id is not None:
            raise ValidationError(
                [
                    FieldProblem(
                        "facility_id",
                        Msg("Use Transfer to move a person: it records where they were"),
                        f.facility_id,
                    )
                ],
                record=Msg("case {case_no}", case_no=person.case_no),
            )
        changes = {k: v for k, v in f.as_dict().items() if getattr(person, k) != v}
        if changes.keys() & SENTENCE_FIELDS:
            # a release or a reduction goes through an approved decision, not a case edit;
            # the start and length of the sentence are what a reduction is computed from
            authorize(
                s,
                database,
                Permission.CHANGE_STATUS,
                record=Msg("case {case_no}", case_no=person.case_no),
            )
        if expected_version is None:
            expected_version = person.version
        names_changed = "name_latin" in changes or "name_arabic" in changes
        apply_changes(
            s,
            person,
            expected_version=expected_version,
            changes=changes,
            label=Msg("case {case_no}", case_no=person.case_no),
        )
        if names_changed:
            write_tokens(s, person.id, person.name_latin, person.name_arabic)
        return record_of(s, person)


def has_synthetic_cases(database: Database) -> bool:
    """Whether any case is synthetic (exports and reports then say so)."""
    from sqlalchemy import select

    from desktop.store.models import Detainee

    with database.read() as s:
        return (
            s.scalar(select(Detainee.id).where(Detainee.synthetic.is_(True)).limit(1)) is not None
        )
