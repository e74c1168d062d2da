"""Outcomes of one amnesty: the decisions counted by outcome, by category and by facility,
the reported totals beside the counted ones, and a chart of both.

The counting is ``desktop.store.amnesty_queries.decision_counts``, the same query the
amnesty page reconciles with: a revoked decision counts for nothing, a reduction is
counted per fraction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from desktop.domain.enums import Outcome
from desktop.domain.errors import NotFoundError
from desktop.reports import labels
from desktop.reports.builders.lookups import Categories, Facilities, Sources
from desktop.reports.builders.reported import reported_note
from desktop.reports.builders.words import (
    as_of,
    check_language,
    figure_cell,
    generated_at,
    is_right_to_left,
    translate,
)
from desktop.reports.content import (
    BarChart,
    Block,
    Cell,
    Column,
    KeyValues,
    Paragraph,
    ReportContent,
    Table,
)
from desktop.store.amnesty_queries import (
    DecisionCount,
    ReportedFigure,
    decision_counts,
    proposal_counts,
    reported_totals,
)
from desktop.store.models import Amnesty

OUTCOMES = (Outcome.RELEASED, Outcome.REDUCED, Outcome.DENIED, Outcome.PENDING)
Fraction = tuple[int, int] | None


def build_amnesty(
    session: Session,
    *,
    amnesty_id: int,
    facility_id: int | None = None,
    lang: str,
    database_name: str,
    now: datetime | None = None,
) -> ReportContent:
    check_language(lang)
    amnesty = session.get(Amnesty, amnesty_id)
    if amnesty is None:
        raise NotFoundError("amnesty", amnesty_id)
    facilities = Facilities(session, lang)
    categories = Categories(session, lang)
    sources = Sources(session)
    scope = facilities.with_descendants(facility_id) if facility_id is not None else None
    counts = decision_counts(session, amnesty_id, scope)
    filter_text = translate("Report", "Amnesty: %1").replace("%1", amnesty.title)
    if facility_id is not None:
        filter_text += "; " + translate("Report", "people in %1 and its sections").replace(
            "%1", facilities.name(facility_id)
        )

    details = KeyValues(
        translate("Report", "Amnesty"),
        [
            (translate("Report", "Title"), amnesty.title),
            (translate("Report", "Issued by"), amnesty.issued_by or ""),
            (translate("Report", "Requested by"), amnesty.requested_by or ""),
            (
                translate("Report", "Issued"),
                as_of(amnesty.issued_on, amnesty.issued_on_precision),
            ),
            (translate("Report", "Criteria"), amnesty.criteria_text or ""),
            (
                translate("Report", "Source"),
                sources.ref(amnesty.source_id)
                if amnesty.source_id is not None
                else translate("Report", "source not recorded"),
            ),
        ],
    )
    reconciliation, chart, notes = _reconciliation(session, amnesty_id, counts, sources, scope)
    blocks: list[Block] = [
        details,
        Paragraph(
            translate(
                "Report",
                "Reported totals are aggregates as reported, with their precision and date. "
                "Counted figures are the decisions in force (approved, not revoked) recorded "
                "in this database for individual people when the report was generated; "
                "proposals waiting for approval are shown apart and not counted.",
            )
        ),
        reconciliation,
        *_proposals(session, amnesty_id),
        *([chart] if chart is not None else []),
        _breakdown(
            counts,
            translate("Report", "Decisions by category"),
            translate("Report", "Category"),
            lambda c: c.category_id,
            categories.name,
            sorted({c.category_id for c in counts}, key=categories.rank),
        ),
        _breakdown(
            counts,
            translate("Report", "Decisions by facility"),
            translate("Report", "Facility"),
            lambda c: c.facility_id,
            facilities.label,
            _facility_order(facilities, {c.facility_id for c in counts}),
        ),
    ]
    synthetic = any(c.synthetic for c in counts)
    if synthetic:
        notes.append(
            translate(
                "Report",
                "%1 of the counted decisions are synthetic demonstration records.",
            ).replace("%1", f"{sum(c.count for c in counts if c.synthetic):,}")
        )
    notes.append(
        translate(
            "Report",
            "Decisions are counted under the facility and category the person has now.",
        )
    )
    return ReportContent(
        title=translate("Report", "Amnesty outcomes: %1").replace("%1", amnesty.title),
        generated_at=generated_at(now),
        database_name=database_name,
        filter_text=filter_text,
        blocks=blocks,
        contains_personal_data=False,
        includes_synthetic=synthetic,
        right_to_left=is_right_to_left(lang),
        notes=[*notes, *sources.references()],
    )


def _proposals(session: Session, amnesty_id: int) -> list[Block]:
    """The proposals waiting for approval, by outcome: shown, never counted."""
    waiting = proposal_counts(session, amnesty_id)
    if not waiting:
        return []
    rows: list[list[Cell]] = [
        [labels.outcome(o, None), waiting[o]] for o in OUTCOMES if waiting.get(o)
    ]
    return [
        Table(
            [
                Column("outcome", translate("Report", "Outcome"), width=2.0),
                Column("proposed", translate("Report", "Proposed"), numeric=True, width=1.0),
            ],
            rows,
            title=translate("Report", "Proposals waiting for approval (not counted above)"),
            totals=[None, sum(waiting.values())],
        )
    ]


def _facility_order(facilities: Facilities, ids: set[int | None]) -> list[int | None]:
    known = [i for i in ids if i is not None]
    ordered: list[int | None] = list(facilities.tree_order(known))
    if None in ids:
        ordered.append(None)
    return ordered


def _key(outcome: str, fraction: Fraction) -> tuple[str, Fraction]:
    return (outcome, fraction if outcome == Outcome.REDUCED else None)


def _reconciliation(
    session: Session,
    amnesty_id: int,
    counts: list[DecisionCount],
    sources: Sources,
    scope: list[int] | None,
) -> tuple[Table, BarChart | None, list[str]]:
    """Reported totals beside counted decisions, one row per outcome (and fraction)."""
    rank = {o.value: i for i, o in enumerate(OUTCOMES)}
    reported = sorted(
        reported_totals(session, amnesty_id), key=lambda t: (rank.get(t.metric, 9), t.id)
    )
    counted: Counter[tuple[str, Fraction]] = Counter()
    for c in counts:
        counted[_key(c.outcome, c.fraction)] += c.count
    keys: list[tuple[str, Fraction]] = []
    by_key: dict[tuple[str, Fraction], ReportedFigure] = {}
    notes: list[str] = []
    for total in reported:
        if total.metric not in {o.value for o in OUTCOMES}:
            continue
        fraction = (
            (total.fraction_num, total.fraction_den)
            if total.fraction_num is not None and total.fraction_den is not None
            else None
        )
        key = _key(total.metric, fraction)
        if key not in by_key:
            by_key[key] = total
            keys.append(key)
        notes.append(
            reported_note(
                label=total.label,
                value=total.value,
                precision=total.precision,
                day=total.as_of,
                day_precision=total.as_of_precision,
                source=sources.ref(title=total.source),
                note=total.note,
            )
        )
    extra = sorted(
        (k for k in counted if k not in by_key), key=lambda k: (rank.get(k[0], 9), k[1] or (0, 0))
    )
    keys.extend(extra)
    columns = [
        Column("outcome", translate("Report", "Outcome"), width=2.0),
        Column("reported", translate("Report", "Reported"), numeric=True, width=1.0),
        Column("precision", translate("Report", "Precision"), width=1.0),
        Column("as_of", translate("Report", "As of"), width=0.9),
        Column("counted", translate("Report", "Counted from records"), numeric=True, width=1.1),
        Column("difference", translate("Report", "Difference"), numeric=True, width=1.0),
    ]
    rows: list[list[Cell]] = []
    highlight: set[int] = set()
    for index, key in enumerate(keys):
        found = by_key.get(key)
        n = counted.get(key, 0)
        difference: Cell = None
        if found is not None and scope is None:
            difference = n - found.value
            if difference != 0:
                highlight.add(index)
        rows.append(
            [
                labels.outcome(key[0], key[1]),
                figure_cell(found.value, found.precision) if found is not None else "",
                labels.precision_word(found.precision) if found is not None else "",
                as_of(found.as_of, found.as_of_precision) if found is not None else "",
                n,
                difference,
            ]
        )
    if scope is not None and by_key:
        notes.append(
            translate(
                "Report",
                "Reported totals cover the whole amnesty; the counts cover the chosen "
                "facility only, so no difference is shown.",
            )
        )
    table = Table(
        columns,
        rows,
        title=translate("Report", "Reported totals beside counted decisions"),
        totals=[None, None, None, None, sum(counted.values()), None],
        highlight_rows=frozenset(highlight),
    )
    chart = None
    if keys:
        chart = BarChart(
            title=translate("Report", "Reported and counted, by outcome"),
            labels=[labels.outcome(k[0], k[1]) for k in keys],
            series=[
                (
                    translate("Report", "Reported"),
                    [float(by_key[k].value) if k in by_key else 0.0 for k in keys],
                ),
                (
                    translate("Report", "Counted from records"),
                    [float(counted.get(k, 0)) for k in keys],
                ),
            ],
        )
    return table, chart, notes


def _breakdown(
    counts: list[DecisionCount],
    title: str,
    group_title: str,
    group_of: Callable[[DecisionCount], int | None],
    name: Callable[[int | None], str],
    order: list[int | None],
) -> Table:
    """Counts by outcome for each category (or facility), with totals."""
    columns = [Column("group", group_title, width=2.6)]
    outcome_columns = [
        (Outcome.RELEASED.value, translate("Report", "Released")),
        (Outcome.REDUCED.value, translate("Report", "Sentence reduced")),
        (Outcome.DENIED.value, translate("Report", "Denied")),
        (Outcome.PENDING.value, translate("Report", "Pending")),
    ]
    columns += [Column(key, label, numeric=True, width=1.0) for key, label in outcome_columns]
    columns.append(Column("total", translate("Report", "Total"), numeric=True, width=0.9))
    table: dict[int | None, Counter[str]] = {g: Counter() for g in order}
    for c in counts:
        table.setdefault(group_of(c), Counter())[c.outcome] += c.count
    rows: list[list[Cell]] = []
    for group in order:
        counter = table[group]
        rows.append(
            [
                name(group),
                *(counter.get(key, 0) for key, _ in outcome_columns),
                sum(counter.values()),
            ]
        )
    totals: list[Cell] = [
        None,
        *(sum(c.count for c in counts if c.outcome == key) for key, _ in outcome_columns),
        sum(c.count for c in counts),
    ]
    return Table(columns, rows, title=title, totals=totals)
