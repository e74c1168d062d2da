"""What the case detail shows beside the fields: transfers, decisions and the change
history; moving a person to another facility; and the people a new or edited case may
duplicate."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased

from desktop.domain.case_rules import transfer_problems
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.messages import Msg
from desktop.domain.names import localized
from desktop.domain.roles import Permission
from desktop.services.case_records import (
    CaseRecord,
    CaseRow,
    TransferRecord,
    case_row,
    record_of,
)
from desktop.services.common import apply_changes, get_or_fail
from desktop.services.database import Database
from desktop.services.history import HistoryEntry
from desktop.services.history import history_for as _history_for
from desktop.services.identity import authorize
from desktop.store.case_queries import ROW_COLUMNS, names_by_id, word_exists
from desktop.store.models import (
    Detainee,
    DetaineeToken,
    Facility,
    Transfer,
)
from desktop.store.search import name_words

DUPLICATE_LIMIT = 20


def transfers_for(
    database: Database, *, detainee_id: int, lang: str = "en"
) -> list[TransferRecord]:
    """A person's moves between facilities, oldest first, the facilities named in ``lang``
    (``desktop.domain.names``)."""
    source = aliased(Facility)
    target = aliased(Facility)
    query = (
        select(Transfer, source.name, source.name_ar, target.name, target.name_ar)
        .outerjoin(source, source.id == Transfer.from_facility_id)
        .join(target, target.id == Transfer.to_facility_id)
        .where(Transfer.detainee_id == detainee_id)
        .order_by(Transfer.transferred_on, Transfer.id)
    )
    with database.read() as s:
        return [
            TransferRecord(
                id=t.id,
                transferred_on=t.transferred_on,
                from_facility_id=t.from_facility_id,
                from_facility=(
                    localized(from_name, from_ar, None, lang) if from_name is not None else None
                ),
                to_facility_id=t.to_facility_id,
                to_facility=localized(to_name, to_ar, None, lang),
                recorded_by=t.recorded_by,
                reason=t.reason,
            )
            for t, from_name, from_ar, to_name, to_ar in s.execute(query)
        ]


def transfer_case(
    database: Database,
    *,
    detainee_id: int,
    to_facility_id: int,
    transferred_on: date,
    expected_version: int,
    reason: str | None = None,
) -> CaseRecord:
    """Move a person held to another facility on a date: a Transfer row records the move
    and the person's facility changes, so both facilities' live counts follow."""
    with database.session() as s:
        authorize(s, database, Permission.EDIT_RECORDS)
        person = get_or_fail(s, Detainee, detainee_id, "case")
        last = s.scalar(
            select(func.max(Transfer.transferred_on)).where(Transfer.detainee_id == detainee_id)
        )
        problems = transfer_problems(
            status=person.status,
            from_facility_id=person.facility_id,
            to_facility_id=to_facility_id,
            on=transferred_on,
            held_since=person.held_since,
            last_transfer=last,
        )
        if not problems and s.get(Facility, to_facility_id) is None:
            problems.append(FieldProblem("to_facility_id", Msg("No such facility"), to_facility_id))
        if problems:
            raise ValidationError(problems, record=Msg("case {case_no}", case_no=person.case_no))
        origin = person.facility_id
        apply_changes(
            s,
            person,
            expected_version=expected_version,
            changes={"facility_id": to_facility_id},
            label=Msg("case {case_no}", case_no=person.case_no),
        )
        s.add(
            Transfer(
                detainee_id=person.id,
                from_facility_id=origin,
                to_facility_id=to_facility_id,
                transferred_on=transferred_on,
                recorded_by=database.actor,
                reason=(reason or "").strip() or None,
            )
        )
        s.flush()
        return record_of(s, person)


def history_for(database: Database, *, detainee_id: int, limit: int = 500) -> list[HistoryEntry]:
    """Who changed which field of the case, when, from what to what; newest first."""
    return _history_for(database, table=Detainee.__tablename__, record_id=detainee_id, limit=limit)


def duplicate_candidates(
    database: Database,
    *,
    name_latin: str,
    name_arabic: str | None = None,
    birth_year: int | None = None,
    exclude_id: int | None = None,
    limit: int = DUPLICATE_LIMIT,
    lang: str = "en",
) -> list[CaseRow]:
    """People who may be this person already: every folded word of the Latin name (or of
    the Arabic name) is one of their name tokens, and they were born the same year (any
    year when it is not known). Mohammed Ahmad 1985 finds Muhammad Ahmed al-Hasan 1985.
    Their categories and facilities are named in ``lang``."""
    groups = [name_words(name) for name in (name_latin, name_arabic) if name and name.strip()]
    found: dict[int, CaseRow] = {}
    with database.read() as s:
        categories, facilities = names_by_id(s, lang)
        for tokens in groups:
            if not tokens:
                continue
            # The rarest token drives; the others and the year are checked per person.
            rarest = min(
                tokens,
                key=lambda t: s.scalar(select(func.count()).where(DetaineeToken.token == t)) or 0,
            )
            conds: list[ColumnElement[bool]] = [
                Detainee.id.in_(
                    select(DetaineeToken.detainee_id).where(DetaineeToken.token == rarest)
                ),
                *(word_exists(t, exact=True) for t in tokens if t != rarest),
            ]
            if birth_year is not None:
                conds.append(Detainee.birth_year + 0 == birth_year)
            if exclude_id is not None:
                conds.append(Detainee.id != exclude_id)
            query = select(*ROW_COLUMNS).where(*conds).order_by(Detainee.case_no).limit(limit)
            for row in s.execute(query):
                found.setdefault(int(row.id), case_row(row, categories, facilities))
    return sorted(found.values(), key=lambda r: r.case_no)[:limit]
