"""A case sheet: one person's record, their amnesty decisions and transfers, and lines to
sign; made to fit one page where the record allows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import NotFoundError
from desktop.reports import labels
from desktop.reports.builders.lookups import Categories, Facilities
from desktop.reports.builders.words import (
    check_language,
    day_text,
    generated_at,
    is_right_to_left,
    translate,
    yes_no,
)
from desktop.reports.content import (
    Block,
    Cell,
    Column,
    KeyValues,
    ReportContent,
    SignatureLines,
    Table,
)
from desktop.store.models import Amnesty, AmnestyDecision, Detainee, Transfer


def build_case_sheet(
    session: Session,
    *,
    detainee_id: int,
    lang: str,
    database_name: str,
    now: datetime | None = None,
) -> ReportContent:
    check_language(lang)
    person = session.get(Detainee, detainee_id)
    if person is None:
        raise NotFoundError("case", detainee_id)
    facilities = Facilities(session, lang)
    categories = Categories(session, lang)

    sentence = ""
    if person.sentence_months is not None:
        sentence = translate("Report", "%1 months").replace("%1", str(person.sentence_months))
    items = [
        (translate("Report", "Case number"), person.case_no),
        (translate("Report", "Name (Latin script)"), person.name_latin),
        (translate("Report", "Name (Arabic script)"), person.name_arabic or ""),
        (translate("Report", "Sex"), labels.sex(person.sex)),
        (translate("Report", "Birth year"), str(person.birth_year or "")),
        (translate("Report", "Nationality"), person.nationality or ""),
        (translate("Report", "Category"), categories.name(person.category_id)),
        (translate("Report", "Facility"), facilities.label(person.facility_id)),
        (translate("Report", "Held since"), day_text(person.held_since)),
        (translate("Report", "Status"), labels.case_status(person.status)),
        (translate("Report", "Charge summary"), person.charge_summary or ""),
        (translate("Report", "Accused of a violent crime"), yes_no(person.violent_crime)),
        (translate("Report", "Sentence"), sentence),
        (translate("Report", "Sentence start"), day_text(person.sentence_start)),
        (translate("Report", "Sentence end"), day_text(person.sentence_end)),
    ]
    if person.notes:
        items.append((translate("Report", "Notes"), person.notes))
    if person.synthetic:
        items.append(
            (
                translate("Report", "Record"),
                translate("Report", "Synthetic demonstration record; not a real person."),
            )
        )
    decisions, synthetic_decisions = _decisions(session, detainee_id)
    blocks: list[Block] = [
        KeyValues(translate("Report", "Person"), items),
        decisions,
        _transfers(session, detainee_id, facilities),
        SignatureLines(
            [
                translate("Report", "Prepared by (records officer)"),
                translate("Report", "Reviewed by"),
                translate("Report", "Date"),
            ]
        ),
    ]
    return ReportContent(
        title=translate("Report", "Case sheet: %1").replace("%1", person.case_no),
        generated_at=generated_at(now),
        database_name=database_name,
        filter_text=translate("Report", "Case %1").replace("%1", person.case_no),
        blocks=blocks,
        contains_personal_data=True,
        includes_synthetic=bool(person.synthetic) or synthetic_decisions,
        right_to_left=is_right_to_left(lang),
        notes=[
            translate(
                "Report",
                "Every field is from the individual record in this database when the sheet "
                "was generated; revoked decisions are listed with who revoked them.",
            )
        ],
    )


def _day(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment is not None else ""


def _approval(decision: AmnestyDecision) -> str:
    """Who proposed the decision and who approved or rejected it, in words."""
    proposer = decision.proposed_by or translate("Report", "not recorded")
    if decision.state == "proposed":
        return (
            translate("Report", "Proposed by %1 on %2, waiting for approval")
            .replace("%1", proposer)
            .replace("%2", _day(decision.proposed_at))
        )
    if decision.state == "rejected":
        return (
            translate("Report", "Proposed by %1; rejected by %2 on %3: %4")
            .replace("%1", proposer)
            .replace("%2", decision.rejected_by or "")
            .replace("%3", _day(decision.rejected_at))
            .replace("%4", decision.rejection_reason or "")
        )
    if decision.approved_by:
        return (
            translate("Report", "Proposed by %1; approved by %2 on %3")
            .replace("%1", proposer)
            .replace("%2", decision.approved_by)
            .replace("%3", _day(decision.approved_at))
        )
    if decision.before_approval:
        return translate("Report", "In force; recorded before approval was required")
    return translate("Report", "In force; recorded by %1 without approval").replace("%1", proposer)


def _decisions(session: Session, detainee_id: int) -> tuple[Table, bool]:
    query = (
        select(AmnestyDecision, Amnesty.title)
        .join(Amnesty, Amnesty.id == AmnestyDecision.amnesty_id)
        .where(AmnestyDecision.detainee_id == detainee_id)
        .order_by(AmnestyDecision.decision_date, AmnestyDecision.id)
    )
    rows: list[list[Cell]] = []
    synthetic = False
    for decision, title in session.execute(query):
        fraction = (
            (decision.fraction_num, decision.fraction_den)
            if decision.fraction_num is not None and decision.fraction_den is not None
            else None
        )
        ends = ""
        if decision.sentence_end_before or decision.sentence_end_after:
            ends = f"{day_text(decision.sentence_end_before) or '—'} → " + (
                day_text(decision.sentence_end_after) or "—"
            )
        state = _approval(decision)
        if decision.revoked_at is not None:
            state += "; " + (
                translate("Report", "Revoked %1 by %2")
                .replace("%1", decision.revoked_at.date().isoformat())
                .replace("%2", decision.revoked_by or "")
            )
            if decision.revoked_reason:
                state += f": {decision.revoked_reason}"
        details = "; ".join(
            part
            for part in (
                decision.guarantor
                and translate("Report", "guarantor: %1").replace("%1", decision.guarantor),
                decision.conditions
                and translate("Report", "conditions: %1").replace("%1", decision.conditions),
                decision.notes,
            )
            if part
        )
        rows.append(
            [
                title,
                labels.outcome(decision.outcome, fraction),
                day_text(decision.decision_date),
                decision.decided_by or "",
                ends,
                details,
                state,
            ]
        )
        synthetic = synthetic or bool(decision.synthetic)
    columns = [
        # widths in millimetres of the 180 mm of an A4 page: dates on one line
        Column("amnesty", translate("Report", "Amnesty"), width=27),
        Column("outcome", translate("Report", "Outcome"), width=22),
        Column("date", translate("Report", "Date"), width=19),
        Column("by", translate("Report", "Decided by"), width=20),
        Column("ends", translate("Report", "Sentence end before → after"), width=36),
        Column("details", translate("Report", "Guarantor, conditions, notes"), width=23),
        Column("state", translate("Report", "State"), width=33),
    ]
    return Table(columns, rows, title=translate("Report", "Amnesty decisions")), synthetic


def _transfers(session: Session, detainee_id: int, facilities: Facilities) -> Table:
    query = (
        select(
            Transfer.transferred_on,
            Transfer.from_facility_id,
            Transfer.to_facility_id,
            Transfer.recorded_by,
            Transfer.reason,
        )
        .where(Transfer.detainee_id == detainee_id)
        .order_by(Transfer.transferred_on, Transfer.id)
    )
    rows: list[list[Cell]] = [
        [
            day_text(on),
            facilities.label(source) if source is not None else "",
            facilities.label(target),
            by or "",
            reason or "",
        ]
        for on, source, target, by, reason in session.execute(query)
    ]
    columns = [
        Column("date", translate("Report", "Date"), width=20),
        Column("from", translate("Report", "From"), width=38),
        Column("to", translate("Report", "To"), width=38),
        Column("by", translate("Report", "Recorded by"), width=30),
        Column("reason", translate("Report", "Reason"), width=54),
    ]
    return Table(columns, rows, title=translate("Report", "Transfers"))
