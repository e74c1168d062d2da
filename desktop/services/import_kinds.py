"""How each importable list is checked against the database and written.

``resolve(conn, kind, rows)`` takes the rows that passed the cell rules and returns a
:class:`Plan`: the references found (natural keys to ids), the problems of rows whose
references are missing, ambiguous or clash with records already there, how many rows are
identical to existing records (left as they are, so importing the same file twice changes
nothing), and a ``write`` that inserts the rest inside the caller's transaction.

Import adds records; it never changes or deletes existing ones.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, select

from desktop.domain.errors import FieldProblem
from desktop.domain.facility_rules import normalise_as_of
from desktop.domain.import_rules import CASES, DECISIONS, FACILITIES, HEADCOUNTS, Kind, problem
from desktop.domain.messages import Msg
from desktop.domain.roles import parse_outcomes
from desktop.store import bulk_io, seed
from desktop.store.history import utc_now
from desktop.store.models import (
    Amnesty,
    AmnestyDecision,
    Detainee,
    DetaineeToken,
    Facility,
    Headcount,
    HeadcountCategory,
    Setting,
    Source,
)

Rows = Sequence[tuple[int, tuple[Any, ...]]]
Step = Callable[[int], None]  # called with the number of rows written so far
WRITE_BATCH = 20_000


@dataclass
class Plan:
    kind: Kind
    problems: list[FieldProblem] = field(default_factory=list)
    unchanged: int = 0
    proposals: int = 0  # decisions added as proposals, awaiting another reviewer's approval
    new: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)
    write: Callable[[Connection, Step], list[int]] = lambda _c, _s: []

    def fail(self, row: int, column: str, message: str, value: object) -> None:
        self.problems.append(problem(self.kind, row, column, message, value))


class FacilityIndex:
    """Facilities by (name, parent name), the key people and exports use."""

    def __init__(self, rows: list[tuple[int, str, str | None]]) -> None:
        self.by_key: dict[tuple[str, str | None], list[int]] = defaultdict(list)
        self.by_name: dict[str, list[int]] = defaultdict(list)
        for fid, name, parent in rows:
            self.by_key[(name, parent)].append(fid)
            self.by_name[name].append(fid)

    def find(self, plan: Plan, row: int, name: str, parent: str | None, column: str) -> int | None:
        ids = self.by_key.get((name, parent), [])
        if len(ids) == 1:
            return ids[0]
        if not ids:
            message = (
                Msg("no facility with this name under {parent}", parent=parent)
                if parent
                else Msg("no facility with this name at the top level")
            )
        else:
            message = (
                Msg("more than one facility has this name under {parent}", parent=parent)
                if parent
                else Msg("more than one facility has this name at the top level")
            )
        plan.fail(row, column, message, name)
        return None


def resolve(conn: Connection, kind: Kind, rows: Rows, *, login: str | None = None) -> Plan:
    """The plan of an import; ``login`` is who imports (the proposer of imported decisions
    that need approval)."""
    if kind.name == "decisions":
        return _decisions(conn, rows, login=login)
    resolver = {
        "facilities": _facilities,
        "cases": _cases,
        "headcounts": _headcounts,
    }[kind.name]
    return resolver(conn, rows)


def _needing_approval(conn: Connection) -> dict[int, frozenset[str]]:
    """Per amnesty, the outcomes whose decisions are proposals (none when approval is off)."""
    off = conn.execute(select(Setting.value).where(Setting.key == "approval")).scalar() == "off"
    return {
        amnesty_id: frozenset() if off else parse_outcomes(outcomes)
        for amnesty_id, outcomes in conn.execute(select(Amnesty.id, Amnesty.approval_outcomes))
    }


# --- cases --------------------------------------------------------------------------------


class CaseRows:
    """Checks cases a batch at a time against the database and the rows before them, for an
    import that streams its file: the categories and facilities are read once, the case
    numbers of each batch looked up together. ``plan`` gathers the problems and the count
    of unchanged rows; ``added`` counts the rows that passed."""

    def __init__(self, conn: Connection) -> None:
        self.plan = Plan(CASES)
        self.categories = bulk_io.codes(conn, "categories")
        self.facilities = FacilityIndex(bulk_io.facility_index(conn))
        self.seen: dict[str, int] = {}
        self.added = 0
        self.batch_new: list[tuple[int, tuple[Any, ...]]] = []  # the last batch's new rows

    def check(self, conn: Connection, rows: Rows) -> list[tuple[Any, ...]]:
        """The rows of this batch to insert (tuples for ``seed.insert_detainee_rows``)."""
        plan, seen = self.plan, self.seen
        existing_ids = bulk_io.case_ids(conn, [v[0] for _n, v in rows if v[0] not in seen])
        existing = {
            r[0]: r for r in bulk_io.rows_where(conn, "cases", Detainee.case_no, existing_ids)
        }
        categories, find_facility = self.categories, self.facilities.find
        inserts: list[tuple[Any, ...]] = []
        self.batch_new = new = []
        for number, v in rows:
            case_no = v[0]
            if case_no in seen:
                plan.fail(
                    number,
                    "case_no",
                    Msg("appears twice in the file (also row {row})", row=seen[case_no]),
                    case_no,
                )
                continue
            seen[case_no] = number
            if existing and case_no in existing:
                if existing[case_no] == v:
                    plan.unchanged += 1
                else:
                    plan.fail(
                        number,
                        "case_no",
                        Msg(
                            "a case with this number already exists with other values; import "
                            "adds records and never changes them"
                        ),
                        case_no,
                    )
                continue
            category_id = None
            if v[6] is not None:
                category_id = categories.get(v[6])
                if category_id is None:
                    plan.fail(number, "category", Msg("no category with this code"), v[6])
                    continue
            facility_id = None
            if v[7] is not None:
                facility_id = find_facility(plan, number, v[7], v[8], "facility")
                if facility_id is None:
                    continue
            new.append((number, v))
            # seed.DETAINEE_ROW: the file's columns with the references found, version 1
            inserts.append((*v[:6], category_id, facility_id, *v[9:], 1))
        self.added += len(inserts)
        return inserts


def write_cases(
    c: Connection, inserts: list[tuple[Any, ...]], step: Step | None = None
) -> list[int]:
    """Insert checked cases and their search tokens, in the caller's transaction, in
    batches (``step`` told the number written after each)."""
    ids: list[int] = []
    for start in range(0, len(inserts), WRITE_BATCH):
        ids.extend(seed.insert_detainee_rows(c, inserts[start : start + WRITE_BATCH]))
        if step is not None:
            step(len(ids))
    return ids


# Drop the indexes of the people and their search tokens around an import (and build them
# again before the commit) when it adds at least this many cases and at least one for every
# DEFER_RATIO cases already there: building the twelve indexes of 1,100,000 people again
# costs about what keeping them costs for 100,000 inserted ones (measured on two cores).
DEFER_FROM = 50_000
DEFER_RATIO = 4


@contextmanager
def defer_case_indexes(c: Connection, rows: int) -> Iterator[None]:
    """The detainee indexes dropped while ``rows`` new cases go in (rebuilt before the
    commit) on SQLite when they are many and many against the cases already there; else a
    larger page cache while they go into the indexed tables (SQLite). SQLite's DDL is part
    of the transaction: a rollback (a problem, a Cancel, a crash) leaves every index as it
    was, and readers keep seeing the committed database with its indexes. Never dropped on
    PostgreSQL, where DROP INDEX would lock readers out of the table until the commit."""
    tables = [cast(Table, Detainee.__table__), cast(Table, DetaineeToken.__table__)]
    if (
        c.dialect.name == "sqlite"
        and rows >= DEFER_FROM
        and rows * DEFER_RATIO >= bulk_io.count_rows(c, "cases")
    ):  # appending to tables without indexes needs no larger cache
        with seed.indexes_deferred(c, tables, when=True):
            yield
    else:
        with bulk_io.larger_page_cache(c):
            yield


def _cases(conn: Connection, rows: Rows) -> Plan:
    checker = CaseRows(conn)
    inserts = checker.check(conn, rows)
    plan = checker.plan
    plan.new = checker.batch_new

    def write(c: Connection, step: Step) -> list[int]:
        with defer_case_indexes(c, len(inserts)):
            return write_cases(c, inserts, step)

    plan.write = write
    return plan


# --- facilities ---------------------------------------------------------------------------


def _facilities(conn: Connection, rows: Rows) -> Plan:
    plan = Plan(FACILITIES)
    existing: dict[tuple[str, str | None], tuple[Any, ...]] = {}
    for batch in bulk_io.stream_rows(conn, "facilities"):
        existing.update({(r[0], r[1]): r for r in batch})
    index = FacilityIndex(bulk_io.facility_index(conn))
    seen: dict[tuple[str, str | None], int] = {}
    new: dict[tuple[str, str | None], tuple[int, tuple[Any, ...]]] = {}
    for number, v in rows:
        key = (v[0], v[1])
        if key in seen:
            plan.fail(
                number,
                "name",
                Msg("appears twice in the file (also row {row})", row=seen[key]),
                v[0],
            )
            continue
        seen[key] = number
        if key in existing:
            if existing[key] == v:
                plan.unchanged += 1
            else:
                plan.fail(
                    number,
                    "name",
                    Msg(
                        "a facility with this name and parent already exists with other values; "
                        "import adds records and never changes them"
                    ),
                    v[0],
                )
            continue
        new[key] = (number, v)
    new_by_name: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for key in new:
        new_by_name[key[0]].append(key)
    # Each new facility's parent: an existing facility or another new row, by name.
    parent_of: dict[tuple[str, str | None], int | tuple[str, str | None] | None] = {}
    for key, (number, v) in new.items():
        if v[1] is None:
            parent_of[key] = None
            continue
        found: list[int | tuple[str, str | None]] = [*index.by_name.get(v[1], [])]
        found += new_by_name.get(v[1], [])
        if len(found) == 1:
            parent_of[key] = found[0]
        elif not found:
            plan.fail(
                number,
                "parent",
                Msg("no facility with this name, in the database or the file"),
                v[1],
            )
        else:
            plan.fail(number, "parent", Msg("more than one facility has this name"), v[1])
    order = _parents_first(plan, new, parent_of)
    plan.new = [new[key] for key in order]

    def write(c: Connection, step: Step) -> list[int]:
        ids: dict[tuple[str, str | None], int] = {}
        for key in order:
            v = new[key][1]
            parent = parent_of[key]
            values = {
                "name": v[0],
                "parent_id": ids[parent] if isinstance(parent, tuple) else parent,
                "name_ar": v[2],
                "kind": v[3],
                "governorate": v[4],
                "operator": v[5],
                "capacity": v[6],
                "status": v[7],
                "synthetic": v[8],
                "notes": v[9],
                "version": 1,
            }
            ids[key] = bulk_io.insert_returning_id(c, Facility, values)
            step(len(ids))
        return list(ids.values())

    plan.write = write
    return plan


def _parents_first(
    plan: Plan,
    new: dict[tuple[str, str | None], tuple[int, tuple[Any, ...]]],
    parent_of: dict[tuple[str, str | None], int | tuple[str, str | None] | None],
) -> list[tuple[str, str | None]]:
    order: list[tuple[str, str | None]] = []
    placed: set[tuple[str, str | None]] = set()
    waiting = [k for k in new if k in parent_of]
    while waiting:
        ready = [
            k for k in waiting if not isinstance(parent_of[k], tuple) or parent_of[k] in placed
        ]
        if not ready:
            for key in waiting:
                plan.fail(
                    new[key][0], "parent", Msg("the parents of these rows form a loop"), key[1]
                )
            break
        order.extend(ready)
        placed.update(ready)
        waiting = [k for k in waiting if k not in placed]
    return order


# --- decisions ----------------------------------------------------------------------------


def _decisions(conn: Connection, rows: Rows, *, login: str | None = None) -> Plan:
    """Imported decisions are records (their effects are not applied); one whose outcome
    needs approval, and that is not revoked, is imported as a proposal by the importer."""
    plan = Plan(DECISIONS)
    needing = _needing_approval(conn)
    now = utc_now().replace(microsecond=0)
    amnesties = bulk_io.codes(conn, "amnesties")
    people = bulk_io.case_ids(conn, [v[1] for _n, v in rows])
    existing = set(bulk_io.rows_where(conn, "decisions", Detainee.case_no, people))
    finals = bulk_io.final_decisions(conn, people.values())
    in_file: dict[tuple[int, int], int] = {}
    inserts: list[dict[str, Any]] = []
    for number, v in rows:
        amnesty_id = amnesties.get(v[0])
        if amnesty_id is None:
            plan.fail(number, "amnesty", Msg("no amnesty with this title"), v[0])
        detainee_id = people.get(v[1])
        if detainee_id is None:
            plan.fail(
                number, "case_no", Msg("no case with this number (import the cases first)"), v[1]
            )
        if amnesty_id is None or detainee_id is None:
            continue
        if v in existing:
            plan.unchanged += 1
            continue
        if v[2] != "pending" and v[13] is None:
            pair = (detainee_id, amnesty_id)
            if pair in finals:
                plan.fail(
                    number,
                    "outcome",
                    Msg("this person already has a final decision under this amnesty"),
                    v[2],
                )
                continue
            if pair in in_file:
                plan.fail(
                    number,
                    "outcome",
                    Msg(
                        "a second final decision for this person and amnesty (also row {row})",
                        row=in_file[pair],
                    ),
                    v[2],
                )
                continue
            in_file[pair] = number
        fraction = v[3]
        plan.new.append((number, v))
        proposed = v[2] in needing.get(amnesty_id, frozenset()) and v[13] is None
        plan.proposals += proposed
        inserts.append(
            {
                "amnesty_id": amnesty_id,
                "detainee_id": detainee_id,
                "outcome": v[2],
                "fraction_num": fraction[0] if fraction else None,
                "fraction_den": fraction[1] if fraction else None,
                "decision_date": v[4],
                "decided_by": v[5],
                "guarantor": v[6],
                "conditions": v[7],
                "notes": v[8],
                "override_reason": v[9],
                "status_before": v[10],
                "sentence_end_before": v[11],
                "sentence_end_after": v[12],
                # A revocation in the file is recorded here by the importer (the server
                # writes its login on PostgreSQL); the file's revoker is kept as imported.
                "revoked_at": v[13],
                "revoked_by": login if v[13] is not None else None,
                "imported_revoked_by": v[14],
                "revoked_reason": v[15],
                "synthetic": v[16],
                "version": 1,
                "state": "proposed" if proposed else "approved",
                "proposed_by": login,
                "proposed_at": now,
            }
        )

    def write(c: Connection, step: Step) -> list[int]:
        for start in range(0, len(inserts), WRITE_BATCH):
            bulk_io.insert_many(c, AmnestyDecision, inserts[start : start + WRITE_BATCH])
            step(min(start + WRITE_BATCH, len(inserts)))
        return []

    plan.write = write
    return plan


# --- headcounts ---------------------------------------------------------------------------


def _headcounts(conn: Connection, rows: Rows) -> Plan:
    """A headcount is one source's figure for a facility on a date: its key is the
    facility, the date and the source. A row identical to a headcount already there is
    left as it is; a row whose key is there with other values (a corrected figure, or a
    second figure from one source for one day) is refused like a case whose number exists
    with other values, never added beside it."""
    plan = Plan(HEADCOUNTS)
    facilities = FacilityIndex(bulk_io.facility_index(conn))
    categories = bulk_io.codes(conn, "categories")
    sources = bulk_io.codes(conn, "sources")
    existing: dict[tuple[Any, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for batch in bulk_io.stream_rows(conn, "headcounts"):
        for r in batch:
            existing[_headcount_key(r)].append(_without_title(r))
    new_sources: dict[str, str] = {}
    seen: dict[tuple[Any, ...], int] = {}
    todo: list[tuple[int, dict[str, Any], str, tuple[tuple[int, int], ...]]] = []
    for number, row in rows:
        # "Oct 2020" is stored on the 1st, as the form stores it, whatever day the file has
        v = (*row[:2], normalise_as_of(row[2], row[3]), *row[3:])
        before = len(plan.problems)
        facility_id = facilities.find(plan, number, v[0], v[1], "facility")
        if v[6] not in sources and v[6] not in new_sources:
            if v[7] is None:
                plan.fail(
                    number,
                    "source_title",
                    Msg("is required for a source code new to the database"),
                    None,
                )
            else:
                new_sources[v[6]] = v[7]
        parts = []
        for code, count in v[8]:
            if code not in categories:
                plan.fail(number, "by_category", Msg("no category with this code"), code)
            elif v[4] is not None and count > v[4]:  # the form's rule too
                message = Msg("a category cannot count more than the total")
                plan.fail(number, "by_category", message, f"{code}={count}")
            else:
                parts.append((categories[code], count))
        if len(plan.problems) > before or facility_id is None:
            continue
        key = _headcount_key(v)
        if key in seen:
            plan.fail(
                number,
                "as_of",
                Msg("the same headcount appears twice (also row {row})", row=seen[key]),
                v[2],
            )
            continue
        seen[key] = number
        if key in existing:
            if _without_title(v) in existing[key]:
                plan.unchanged += 1
            else:
                plan.fail(
                    number,
                    "as_of",
                    Msg(
                        "a headcount of this facility from this source on this date already "
                        "exists with other values; import adds records and never changes them"
                    ),
                    v[2],
                )
            continue
        values = {
            "facility_id": facility_id,
            "as_of": v[2],
            "as_of_precision": v[3],
            "total": v[4],
            "precision": v[5],
            "note": v[9],
            "version": 1,
        }
        plan.new.append((number, v))
        todo.append((number, values, v[6], tuple(parts)))

    def write(c: Connection, step: Step) -> list[int]:
        for code, title in new_sources.items():
            sources[code] = bulk_io.insert_returning_id(c, Source, {"code": code, "title": title})
        ids = []
        for _number, values, source, parts in todo:
            hid = bulk_io.insert_returning_id(
                c, Headcount, {**values, "source_id": sources[source]}
            )
            bulk_io.insert_many(
                c,
                HeadcountCategory,
                [{"headcount_id": hid, "category_id": cid, "count": n} for cid, n in parts],
            )
            ids.append(hid)
            step(len(ids))
        return ids

    plan.write = write
    return plan


def _headcount_key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """The facility (name and parent), the date and the source's code of a headcount."""
    return (row[0], row[1], row[2], row[6])


def _without_title(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A headcount without its source's title: the code names the source."""
    return row[:7] + row[8:]
