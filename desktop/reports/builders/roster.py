"""A facility roster: everyone held in a facility (with its sections) or in one section,
grouped by category; tens of thousands of rows when needed (one query, plain tuples)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import CaseStatus
from desktop.domain.errors import NotFoundError
from desktop.reports import labels
from desktop.reports.builders.lookups import Categories, Facilities, Sources
from desktop.reports.builders.words import (
    as_of,
    check_language,
    day_text,
    figure,
    generated_at,
    is_right_to_left,
    translate,
)
from desktop.reports.content import Block, Cell, Column, Paragraph, ReportContent, Table
from desktop.store.models import Detainee
from desktop.store.occupancy import held_by_category, occupancy_rows


def build_roster(
    session: Session,
    *,
    facility_id: int,
    lang: str,
    database_name: str,
    now: datetime | None = None,
) -> ReportContent:
    check_language(lang)
    facilities = Facilities(session, lang)
    if facility_id not in facilities.nodes:
        raise NotFoundError("facility", facility_id)
    categories = Categories(session, lang)
    sources = Sources(session)
    scope = facilities.with_descendants(facility_id)
    several = len(scope) > 1
    name = facilities.name(facility_id)

    by_category: dict[int | None, int] = {}
    for fid in scope:
        for c in held_by_category(session, fid):
            by_category[c.category_id] = by_category.get(c.category_id, 0) + c.held
    order = sorted(by_category, key=lambda cid: (categories.rank(cid), cid or 0))
    summary = Table(
        [
            Column("category", translate("Report", "Category"), width=3.0),
            Column("held", translate("Report", "Held (records)"), numeric=True, width=1.0),
        ],
        [[categories.name(cid), by_category[cid]] for cid in order],
        title=translate("Report", "People held by category"),
        totals=[None, sum(by_category.values())],
    )

    rank = {cid: i for i, cid in enumerate(order)}
    query = (
        select(
            Detainee.category_id,
            Detainee.case_no,
            Detainee.name_latin,
            Detainee.name_arabic,
            Detainee.sex,
            Detainee.birth_year,
            Detainee.nationality,
            Detainee.held_since,
            Detainee.sentence_end,
            Detainee.facility_id,
            Detainee.synthetic,
        )
        .where(Detainee.facility_id.in_(scope), Detainee.status == CaseStatus.HELD.value)
        .order_by(Detainee.name_latin, Detainee.id)
    )
    place: dict[int | None, int] = {fid: i for i, fid in enumerate(scope)}
    people = sorted(
        session.execute(query).all(),
        key=lambda r: (place.get(r[9], 0) if several else 0, rank.get(r[0], len(rank))),
    )
    synthetic = False
    rows: list[list[Cell]] = []
    for r in people:
        group = categories.name(r[0])
        if several:  # one group per section and category, named by both
            group = f"{facilities.name(r[9])} · {group}"
        rows.append(
            [
                group,
                r[1],
                r[2],
                r[3] or "",
                labels.sex_letter(r[4]),
                r[5],
                r[6] or "",
                day_text(r[7]),
                day_text(r[8]),
            ]
        )
        synthetic = synthetic or bool(r[10])
    # widths in millimetres of an A4 page's 180 mm (only their ratios matter); the short
    # English headings (Sex, Born, Nat.) are longer words in the other languages
    narrow = (8.5, 10.5, 9.8) if lang == "en" else (13.5, 12.5, 15.5)
    names = 180 - 21.5 - 41 - sum(narrow)
    columns = [
        Column(
            "category",
            translate("Report", "Facility and category")
            if several
            else translate("Report", "Category"),
        ),
        Column("case_no", translate("Report", "Case number"), width=21.5),
        Column("name", translate("Report", "Name"), width=names * 0.56),
        Column("name_ar", translate("Report", "Name (Arabic)"), width=names * 0.44),
        Column("sex", translate("Report", "Sex"), width=narrow[0]),
        Column("born", translate("Report", "Born"), numeric=True, width=narrow[1]),
        Column("nationality", translate("Report", "Nat."), width=narrow[2]),
        Column("held_since", translate("Report", "Held since"), width=20.5),
        Column("sentence_end", translate("Report", "Sentence end"), width=20.5),
    ]
    roster = Table(
        columns,
        rows,
        title=translate("Report", "People held"),
        group_key="category",
    )

    blocks: list[Block] = [summary]
    notes = [
        translate(
            "Report",
            "People held: individual records with the status “held” in %1 when the roster "
            "was generated.",
        ).replace(
            "%1",
            translate("Report", "%1 and its sections").replace("%1", name) if several else name,
        )
    ]
    in_scope = set(scope)
    reported = [r for r in occupancy_rows(session) if r.id in in_scope and r.headcount is not None]
    for h in reported:
        text = (
            translate(
                "Report",
                "The latest reported headcount of %1 is %2 (%3, as of %4); %5 of them have "
                "individual records here.",
            )
            .replace("%1", facilities.name(h.id))
            .replace("%2", figure(h.headcount or 0, h.headcount_precision or "exact"))
            .replace("%3", labels.precision_word(h.headcount_precision or "exact"))
            .replace("%4", as_of(h.headcount_as_of, h.headcount_as_of_precision or "day"))
            .replace("%5", f"{h.held:,}")
        )
        blocks.append(Paragraph(text))
        notes.append(
            translate("Report", "%1: headcount %2 (%3), as of %4; source %5.")
            .replace("%1", facilities.name(h.id))
            .replace("%2", figure(h.headcount or 0, h.headcount_precision or "exact"))
            .replace("%3", labels.precision_word(h.headcount_precision or "exact"))
            .replace("%4", as_of(h.headcount_as_of, h.headcount_as_of_precision or "day"))
            .replace("%5", sources.ref(title=h.headcount_source))
        )
    blocks.append(roster)
    if synthetic:
        notes.append(
            translate(
                "Report", "%1 of the people listed are synthetic demonstration records."
            ).replace("%1", f"{sum(1 for r in people if r[10]):,}")
        )
    filter_text = (
        (
            translate("Report", "Facility: %1 and its sections").replace("%1", name)
            if several
            else translate("Report", "Facility: %1").replace("%1", facilities.label(facility_id))
        )
        + "; "
        + translate("Report", "status: held")
    )
    return ReportContent(
        title=translate("Report", "Roster: %1").replace("%1", name),
        generated_at=generated_at(now),
        database_name=database_name,
        filter_text=filter_text,
        blocks=blocks,
        contains_personal_data=True,
        includes_synthetic=synthetic,
        right_to_left=is_right_to_left(lang),
        notes=[*notes, *sources.references()],
    )
