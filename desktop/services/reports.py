"""Reports as user actions: what can be reported on, and one report's content.

``build_report`` resolves the records a report is about (an id, or an exact title, name or
case number), reads everything in one short read-only session and returns the plain
``ReportContent`` that every output (preview, printer, PDF, CSV, XLSX) is rendered from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.errors import NotFoundError, RuleError
from desktop.domain.messages import Msg
from desktop.domain.numbers import record_id
from desktop.domain.roles import Permission
from desktop.reports.builders.amnesty import build_amnesty
from desktop.reports.builders.case_sheet import build_case_sheet
from desktop.reports.builders.lookups import Facilities
from desktop.reports.builders.occupancy import build_occupancy
from desktop.reports.builders.roster import build_roster
from desktop.reports.builders.words import LANGUAGES
from desktop.reports.content import ReportContent
from desktop.services.approval_settings import approval_on
from desktop.services.database import Database
from desktop.services.identity import check
from desktop.store.models import Amnesty, Detainee, Facility

KINDS = ("occupancy", "amnesty", "case", "roster")
CASE_PREFIX_LIMIT = 50


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class ReportChoices:
    """What the reports page offers: every amnesty, every facility (sections after their
    camp, labelled with it)."""

    amnesties: tuple[Choice, ...]
    facilities: tuple[Choice, ...]


def report_choices(database: Database, *, lang: str = "en") -> ReportChoices:
    with database.read() as s:
        amnesties = tuple(
            Choice(i, title)
            for i, title in s.execute(
                select(Amnesty.id, Amnesty.title).order_by(Amnesty.issued_on.desc(), Amnesty.id)
            )
        )
        tree = Facilities(s, lang if lang in LANGUAGES else "en")
        facilities = tuple(Choice(i, tree.label(i)) for i in tree.tree_order())
    return ReportChoices(amnesties, facilities)


def case_numbers(database: Database, *, prefix: str, limit: int = 20) -> list[str]:
    """Case numbers starting with ``prefix`` (any case), in order, for completion."""
    text = prefix.strip().upper()
    if not text:
        return []
    with database.read() as s:
        query = (
            select(Detainee.case_no)
            .where(Detainee.case_no >= text, Detainee.case_no < text + "\U0010ffff")
            .order_by(Detainee.case_no)
            .limit(min(limit, CASE_PREFIX_LIMIT))
        )
        return list(s.scalars(query))


def check_case(database: Database, *, case_no: str) -> str:
    """The stored case number of ``case_no`` (exact, else the only one equal ignoring case);
    ``NotFoundError`` when there is none. A case sheet checks this before anything is asked."""
    with database.read() as s:
        detainee_id = resolve_case(s, case_no)
        return str(s.scalar(select(Detainee.case_no).where(Detainee.id == detainee_id)))


def build_report(
    database: Database,
    *,
    kind: str,
    amnesty_ref: str | int | None = None,
    case_no: str | None = None,
    facility_ref: str | int | None = None,
    lang: str = "en",
    now: datetime | None = None,
) -> ReportContent:
    """The content of one report. ``kind`` is occupancy, amnesty, case or roster; the
    amnesty report needs ``amnesty_ref``, the case sheet ``case_no``, the roster
    ``facility_ref`` (occupancy and amnesty take it as an optional filter).

    Raises NotFoundError for a reference that matches nothing, RuleError for a missing or
    ambiguous one."""
    if kind not in KINDS:
        raise RuleError(
            Msg("unknown report {kind!r}; choose one of {names}", kind=kind, names=", ".join(KINDS))
        )
    if lang not in LANGUAGES:
        raise RuleError(
            Msg(
                "unknown language {lang!r}; choose one of {names}",
                lang=lang,
                names=", ".join(LANGUAGES),
            )
        )
    with database.read() as s:
        content = _build(
            s,
            kind=kind,
            amnesty_ref=amnesty_ref,
            case_no=case_no,
            facility_ref=facility_ref,
            lang=lang,
            now=now,
            name=database.name,
        )
        if not approval_on(s):  # every report says so while approval is off
            content = replace(content, not_independently_approved=True)
    return content


def _build(
    s: Session,
    *,
    kind: str,
    amnesty_ref: str | int | None,
    case_no: str | None,
    facility_ref: str | int | None,
    lang: str,
    now: datetime | None,
    name: str,
) -> ReportContent:
    facility_id = resolve_facility(s, facility_ref) if _given(facility_ref) else None
    if kind == "occupancy":
        return build_occupancy(s, facility_id=facility_id, lang=lang, database_name=name, now=now)
    if kind == "amnesty":
        if not _given(amnesty_ref):
            raise RuleError(
                Msg("the amnesty outcomes report needs an amnesty: its id or exact title")
            )
        return build_amnesty(
            s,
            amnesty_id=resolve_amnesty(s, amnesty_ref),
            facility_id=facility_id,
            lang=lang,
            database_name=name,
            now=now,
        )
    if kind == "case":
        if case_no is None or not case_no.strip():
            raise RuleError(Msg("the case sheet needs a case number"))
        return build_case_sheet(
            s, detainee_id=resolve_case(s, case_no), lang=lang, database_name=name, now=now
        )
    if facility_id is None:
        raise RuleError(Msg("the roster needs a facility or section: its id or exact name"))
    return build_roster(s, facility_id=facility_id, lang=lang, database_name=name, now=now)


# Reports that list people: as a spreadsheet they take personal data out of the system.
LISTS_OF_PEOPLE = frozenset({"roster"})
# The reports a refusal names, in words the window translates.
REPORT_WORDS = {"roster": Msg("roster")}
SPREADSHEETS = frozenset({".csv", ".xlsx"})


def check_report_output(database: Database, *, kind: str, suffix: str) -> None:
    """PermissionDenied when the user may not write this report in this form: previewing
    and printing are every role's; a roster as CSV or XLSX is an export of a list of people
    (``Permission.EXPORT_PERSONAL``, not a viewer's)."""
    if kind in LISTS_OF_PEOPLE and suffix.lower() in SPREADSHEETS:
        check(
            database,
            Permission.EXPORT_PERSONAL,
            record=Msg(
                "the {kind} as {lower}", kind=REPORT_WORDS.get(kind, kind), lower=suffix.lower()
            ),
        )
    else:
        check(database, Permission.PRINT)


def _given(ref: str | int | None) -> bool:
    return ref is not None and str(ref).strip() != ""


def _as_id(ref: str | int) -> int | None:
    return record_id(str(ref))


def resolve_amnesty(session: Session, ref: str | int | None) -> int:
    """An amnesty's id from its id or exact title."""
    if ref is None:
        raise NotFoundError("amnesty", ref)
    number = _as_id(ref)
    if number is not None and session.get(Amnesty, number) is not None:
        return number
    found = session.scalar(select(Amnesty.id).where(Amnesty.title == str(ref).strip()))
    if found is None:
        raise NotFoundError("amnesty", str(ref))
    return int(found)


def resolve_facility(session: Session, ref: str | int | None) -> int:
    """A facility's id from its id or exact name (in Latin or Arabic script)."""
    if ref is None:
        raise NotFoundError("facility", ref)
    number = _as_id(ref)
    if number is not None and session.get(Facility, number) is not None:
        return number
    text = str(ref).strip()
    found = list(
        session.scalars(
            select(Facility.id)
            .where(or_(Facility.name == text, Facility.name_ar == text))
            .order_by(Facility.id)
        )
    )
    if not found:
        raise NotFoundError("facility", text)
    if len(found) > 1:
        ids = ", ".join(str(i) for i in found)
        raise RuleError(
            Msg(
                "{count} facilities are named {text!r} (ids {ids}); give the id instead",
                count=len(found),
                text=text,
                ids=ids,
            )
        )
    return found[0]


def resolve_case(session: Session, case_no: str) -> int:
    """A person's id from their case number (exact, else the only one equal ignoring case)."""
    text = case_no.strip()
    found = session.scalar(select(Detainee.id).where(Detainee.case_no == text))
    if found is None:
        matches = list(
            session.scalars(
                select(Detainee.id).where(func.upper(Detainee.case_no) == text.upper()).limit(2)
            )
        )
        if len(matches) != 1:
            raise NotFoundError("case", text)
        found = matches[0]
    return int(found)
