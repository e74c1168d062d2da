"""Occupancy by facility: capacity, the latest headcount as reported, the people counted
from records, occupancy against capacity, an overcrowding flag, totals, a chart, and the
reported network figures beside what the records count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import CaseStatus, FacilityKind, Metric
from desktop.domain.figures import occupancy_percent
from desktop.reports import labels
from desktop.reports.builders.lookups import Categories, Facilities, Sources
from desktop.reports.builders.reported import reported_note
from desktop.reports.builders.words import (
    as_of,
    check_language,
    combined_precision,
    figure,
    figure_cell,
    generated_at,
    is_right_to_left,
    translate,
)
from desktop.reports.content import BarChart, Block, Cell, Column, Paragraph, ReportContent, Table
from desktop.store.models import Detainee, Facility, ReportedTotal
from desktop.store.occupancy import OccupancyRow, occupancy_rows


@dataclass(frozen=True)
class _Network:
    """One reported network aggregate and what the records count for it."""

    label: str
    reported: int | str
    as_of: str
    precision: str
    counted: int
    counted_how: str
    note: str


def build_occupancy(
    session: Session,
    *,
    facility_id: int | None = None,
    lang: str,
    database_name: str,
    now: datetime | None = None,
) -> ReportContent:
    """Every facility (or one with its sections) with how full it is."""
    check_language(lang)
    facilities = Facilities(session, lang)
    sources = Sources(session)
    rows_by_id = {r.id: r for r in occupancy_rows(session)}
    if facility_id is not None:
        wanted = facilities.with_descendants(facility_id)
        filter_text = (
            translate("Report", "Facility: %1 and its sections").replace(
                "%1", facilities.name(facility_id)
            )
            if len(wanted) > 1
            else translate("Report", "Facility: %1").replace("%1", facilities.name(facility_id))
        )
    else:
        wanted = list(rows_by_id)
        filter_text = translate("Report", "All facilities")
    ordered = [rows_by_id[i] for i in facilities.tree_order(wanted) if i in rows_by_id]

    table, notes = _facility_table(ordered, facilities, sources)
    blocks: list[Block] = [
        Paragraph(
            translate(
                "Report",
                "Headcounts are reported figures, shown as reported (≈ approximate, "
                "“more than” a lower bound) with the date they refer to. People held are "
                "counted from the individual records in this database when the report was "
                "generated. Occupancy is the latest headcount, or where there is none the "
                "people counted from records, against design capacity.",
            )
        ),
        table,
    ]
    unknown = [facilities.name(r.id) for r in ordered if r.capacity is None]
    if unknown:
        blocks.append(
            Paragraph(
                translate(
                    "Report",
                    "Design capacity not reported, so occupancy cannot be computed: %1.",
                ).replace("%1", ", ".join(unknown))
            )
        )
    if facility_id is None:
        network = _network(session, facilities, sources, Categories(session, lang))
        if network:
            blocks.append(_network_table(network))
            notes.extend(n.note for n in network)
    chart = _chart(ordered, facilities)
    if chart is not None:
        blocks.append(chart)
    notes.append(
        translate(
            "Report",
            "Counted from records: individual records with the status “held” in this "
            "database when the report was generated; exact counts of what is recorded.",
        )
    )
    synthetic_rows = [r for r in ordered if r.synthetic]
    if synthetic_rows:
        notes.append(
            translate(
                "Report",
                "%1 of the facilities shown are synthetic demonstration records; their names "
                "and capacities are invented, not reported.",
            ).replace("%1", str(len(synthetic_rows)))
        )
    synthetic = bool(synthetic_rows) or _synthetic_people_held(session, wanted)
    return ReportContent(
        title=translate("Report", "Occupancy by facility"),
        generated_at=generated_at(now),
        database_name=database_name,
        filter_text=filter_text,
        blocks=blocks,
        contains_personal_data=False,
        includes_synthetic=synthetic,
        right_to_left=is_right_to_left(lang),
        notes=[*notes, *sources.references()],
    )


def _facility_table(
    rows: list[OccupancyRow], facilities: Facilities, sources: Sources
) -> tuple[Table, list[str]]:
    columns = [
        Column("facility", translate("Report", "Facility"), width=2.9),
        Column("capacity", translate("Report", "Capacity"), numeric=True, width=1.0),
        Column("headcount", translate("Report", "Latest headcount"), numeric=True, width=1.15),
        Column("as_of", translate("Report", "As of"), width=0.95),
        Column("held", translate("Report", "Held (records)"), numeric=True, width=1.0),
        Column("occupancy", translate("Report", "Occupancy %"), numeric=True, width=1.05),
        Column("flag", translate("Report", "Over capacity"), width=1.0),
    ]
    shown = {r.id for r in rows}
    unknown = translate("Report", "unknown")
    over = translate("Report", "Yes")
    body: list[list[Cell]] = []
    highlight: set[int] = set()
    notes: list[str] = []
    for index, r in enumerate(rows):
        occupancy = r.occupancy
        body.append(
            [
                facilities.label(r.id),
                r.capacity if r.capacity is not None else unknown,
                figure(r.headcount, r.headcount_precision or "exact")
                if r.headcount is not None
                else "",
                as_of(r.headcount_as_of, r.headcount_as_of_precision or "day"),
                r.held,
                round(occupancy, 1) if occupancy is not None else None,
                over if r.overcrowded else "",
            ]
        )
        if r.overcrowded:
            highlight.add(index)
        if r.headcount is not None:
            notes.append(
                translate("Report", "%1: headcount %2 (%3), as of %4; source %5.")
                .replace("%1", facilities.name(r.id))
                .replace("%2", figure(r.headcount, r.headcount_precision or "exact"))
                .replace("%3", labels.precision_word(r.headcount_precision or "exact"))
                .replace("%4", as_of(r.headcount_as_of, r.headcount_as_of_precision or "day"))
                .replace("%5", sources.ref(title=r.headcount_source))
            )

    # A section's people are inside its camp's headcount and capacity: add them once.
    def counted_once(r: OccupancyRow) -> bool:
        return not any(a in shown for a in facilities.ancestors(r.id))

    tops = [r for r in rows if counted_once(r)]
    capacity = sum(r.capacity for r in tops if r.capacity is not None)
    reported = [r for r in tops if r.headcount is not None]
    headcount = (
        figure(
            sum(r.headcount or 0 for r in reported),
            combined_precision([r.headcount_precision or "exact" for r in reported]),
        )
        if reported
        else ""
    )
    with_capacity = [r for r in rows if r.capacity]
    total_occupancy = occupancy_percent(
        sum(r.population for r in with_capacity if counted_once(r)),
        sum(r.capacity or 0 for r in with_capacity if counted_once(r)),
    )
    overcrowded = sum(1 for r in rows if r.overcrowded)
    totals: list[Cell] = [
        translate("Report", "Total (%1 facilities)").replace("%1", str(len(rows))),
        capacity if with_capacity else "",
        headcount,
        "",
        sum(r.held for r in rows),
        round(total_occupancy, 1) if total_occupancy is not None else None,
        overcrowded,
    ]
    if any(not counted_once(r) for r in rows):
        notes.append(
            translate(
                "Report",
                "Totals count a section's headcount and capacity once, as part of its camp's; "
                "the total occupancy covers the facilities with a known capacity.",
            )
        )
    table = Table(
        columns,
        body,
        title=translate("Report", "Facilities"),
        totals=totals,
        highlight_rows=frozenset(highlight),
    )
    return table, notes


def _chart(rows: list[OccupancyRow], facilities: Facilities) -> BarChart | None:
    charted = [r for r in rows if r.occupancy is not None]
    if not charted:
        return None
    return BarChart(
        title=translate("Report", "Occupancy against design capacity (%)"),
        labels=[facilities.name(r.id) for r in charted],
        series=[
            (translate("Report", "Occupancy %"), [round(r.occupancy or 0.0, 1) for r in charted])
        ],
        limits=[100.0] * len(charted),
        limit_label=translate("Report", "Capacity (100 %)"),
    )


def _synthetic_people_held(session: Session, facility_ids: list[int]) -> bool:
    query = select(
        exists().where(
            Detainee.synthetic.is_(True),
            Detainee.status == CaseStatus.HELD.value,
            Detainee.facility_id.in_(facility_ids),
        )
    )
    return bool(session.scalar(query))


def _network(
    session: Session, facilities: Facilities, sources: Sources, categories: Categories
) -> list[_Network]:
    """The reported aggregates about facilities and people held (not an amnesty's), each
    beside the same figure counted from records."""
    totals = session.scalars(
        select(ReportedTotal)
        .where(
            ReportedTotal.amnesty_id.is_(None),
            ReportedTotal.metric.in_([Metric.FACILITIES.value, Metric.DETAINED.value]),
        )
        .order_by(ReportedTotal.id)
    ).all()
    centres = select(Facility.id).where(Facility.kind == FacilityKind.DETENTION_CENTRE.value)
    result = []
    for total in totals:
        if total.metric == Metric.FACILITIES.value:
            counted = int(session.scalar(select(func.count()).select_from(centres.subquery())) or 0)
            how = translate("Report", "detention centres on record")
        else:
            query = select(func.count()).where(Detainee.status == CaseStatus.HELD.value)
            if total.facility_id is not None:
                query = query.where(
                    Detainee.facility_id.in_(facilities.with_descendants(total.facility_id))
                )
                how = translate("Report", "held in %1 and its sections").replace(
                    "%1", facilities.name(total.facility_id)
                )
            else:
                query = query.where(Detainee.facility_id.in_(centres))
                how = translate("Report", "held in detention centres")
            if total.category_id is not None:
                query = query.where(
                    Detainee.category_id.in_(categories.with_descendants(total.category_id))
                )
                how += ", " + categories.name(total.category_id)
            counted = int(session.scalar(query) or 0)
        reported = figure_cell(total.value, total.precision)
        when = as_of(total.as_of, total.as_of_precision)
        note = reported_note(
            label=total.label,
            value=total.value,
            precision=total.precision,
            day=total.as_of,
            day_precision=total.as_of_precision,
            source=sources.ref(total.source_id),
            note=total.note,
        )
        result.append(
            _Network(
                total.label,
                reported,
                when,
                labels.precision_word(total.precision),
                counted,
                how,
                note,
            )
        )
    return result


def _network_table(network: list[_Network]) -> Table:
    columns = [
        Column("figure", translate("Report", "Figure"), width=2.9),
        Column("reported", translate("Report", "Reported"), numeric=True, width=1.1),
        Column("as_of", translate("Report", "As of"), width=0.7),
        Column("precision", translate("Report", "Precision"), width=1.2),
        Column("counted", translate("Report", "Counted from records"), numeric=True, width=1.1),
        Column("how", translate("Report", "What was counted"), width=2.0),
    ]
    rows: list[list[Cell]] = [
        [n.label, n.reported, n.as_of, n.precision, n.counted, n.counted_how] for n in network
    ]
    return Table(
        columns,
        rows,
        title=translate("Report", "Reported network figures beside counts from records"),
    )


__all__ = ["build_occupancy"]
