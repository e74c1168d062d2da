"""Seed loading: the reported figures, the categories and the synthetic demo.

All of it goes in through SQLAlchemy Core in batches, inside the caller's transaction, so a
failed seed leaves nothing behind. Being a bulk load, each records one history row for the
load as a whole (who, when, what), in the same transaction.
"""

from __future__ import annotations

import json
import random
import tomllib
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, insert, select, text, update

from desktop.domain.enums import CaseStatus, Outcome
from desktop.domain.sentences import add_months, parse_fraction, reduced_months
from desktop.resources import seeds_dir
from desktop.store import synthetic
from desktop.store.history import utc_now
from desktop.store.models import (
    Amnesty,
    AmnestyDecision,
    Category,
    ChangeLog,
    Detainee,
    DetaineeToken,
    Facility,
    Headcount,
    HeadcountCategory,
    ReportedTotal,
    Setting,
    Source,
)
from desktop.store.search import fresh_name_tokens, name_tokens

BATCH = 20_000
# Held (on PostgreSQL) from reading the highest case number until the new cases are
# committed, so that two ``demo`` runs at once never take the same numbers.
NUMBERING_LOCK_KEY = zlib.crc32(b"case-tracker case numbers")
Progress = Callable[[int, int], None]


def _toml(name: str) -> dict[str, Any]:
    return tomllib.loads((seeds_dir() / name).read_text("utf-8"))


def _date(text: str) -> date:
    return date.fromisoformat(text)


def load_categories(conn: Connection, path: Path | None = None) -> dict[str, int]:
    """Insert the seed categories that are missing; return every category id by code."""
    data = tomllib.loads((path or seeds_dir() / "categories.toml").read_text("utf-8"))
    ids: dict[str, int] = {
        code: cid for code, cid in conn.execute(select(Category.code, Category.id))
    }
    for item in data["category"]:
        if item["code"] in ids:
            continue
        ids[item["code"]] = conn.execute(
            insert(Category)
            .values(
                code=item["code"],
                name=item["name"],
                name_ar=item.get("name_ar"),
                name_ku=item.get("name_ku"),
                parent_id=ids.get(item["parent"]) if "parent" in item else None,
                version=1,
            )
            .returning(Category.id)
        ).scalar_one()
    return ids


def load_reported(conn: Connection, categories: dict[str, int]) -> None:
    """Sources, the facilities the source names, their headcounts, the reported totals and
    the amnesty, exactly as ``seeds/reported.toml`` states them."""
    data = _toml("reported.toml")
    sources: dict[str, int] = {}
    for s in data["source"]:
        sources[s["code"]] = conn.execute(
            insert(Source)
            .values(
                code=s["code"],
                title=s["title"],
                publisher=s.get("publisher"),
                published=s.get("published"),
                note=s.get("note"),
            )
            .returning(Source.id)
        ).scalar_one()
    facilities: dict[str, int] = {}
    for f in data["facility"]:
        facilities[f["code"]] = conn.execute(
            insert(Facility)
            .values(
                name=f["name"],
                name_ar=f.get("name_ar"),
                parent_id=facilities[f["parent"]] if "parent" in f else None,
                kind=f["kind"],
                governorate=f.get("governorate"),
                operator=f.get("operator"),
                capacity=f.get("capacity"),
                status=f.get("status", "open"),
                synthetic=False,
                notes=f.get("notes"),
                version=1,
            )
            .returning(Facility.id)
        ).scalar_one()
    for h in data["headcount"]:
        hid = conn.execute(
            insert(Headcount)
            .values(
                facility_id=facilities[h["facility"]],
                total=h["total"],
                precision=h["precision"],
                as_of=_date(h["as_of"]),
                as_of_precision=h["as_of_precision"],
                source_id=sources[h["source"]],
                note=h.get("note"),
                version=1,
            )
            .returning(Headcount.id)
        ).scalar_one()
        if "category" in h:
            conn.execute(
                insert(HeadcountCategory).values(
                    headcount_id=hid, category_id=categories[h["category"]], count=h["total"]
                )
            )
    amnesties: dict[str, int] = {}
    for a in data["amnesty"]:
        amnesties[a["code"]] = conn.execute(
            insert(Amnesty)
            .values(
                title=a["title"],
                issued_by=a.get("issued_by"),
                requested_by=a.get("requested_by"),
                issued_on=_date(a["issued_on"]),
                issued_on_precision=a["issued_on_precision"],
                criteria_text=a.get("criteria_text"),
                rules_json=json.dumps(a.get("rules", {}), sort_keys=True),
                source_id=sources[a["source"]],
                version=1,
            )
            .returning(Amnesty.id)
        ).scalar_one()
    for t in data["reported_total"]:
        fraction = parse_fraction(t["fraction"]) if "fraction" in t else None
        conn.execute(
            insert(ReportedTotal).values(
                code=t["code"],
                label=t["label"],
                metric=t["metric"],
                value=t["value"],
                precision=t["precision"],
                as_of=_date(t["as_of"]),
                as_of_precision=t["as_of_precision"],
                amnesty_id=amnesties[t["amnesty"]] if "amnesty" in t else None,
                facility_id=facilities[t["facility"]] if "facility" in t else None,
                category_id=categories[t["category"]] if "category" in t else None,
                fraction_num=fraction.numerator if fraction else None,
                fraction_den=fraction.denominator if fraction else None,
                source_id=sources[t["source"]],
                note=t.get("note"),
            )
        )


def ensure_synthetic_centres(conn: Connection, spec: synthetic.SyntheticSpec) -> list[int]:
    """The synthetic centres' ids, creating them when the database has none."""
    ids = list(
        conn.execute(
            select(Facility.id)
            .where(Facility.synthetic.is_(True), Facility.kind == "detention_centre")
            .order_by(Facility.id)
        ).scalars()
    )
    if ids:
        return ids
    rows = synthetic.centre_rows(spec)
    for row in rows:
        row["version"] = 1
    return list(conn.execute(insert(Facility).returning(Facility.id), rows).scalars())


def insert_detainees(conn: Connection, batch: list[dict[str, Any]]) -> list[int]:
    """Insert people and the search tokens of their names, in the caller's transaction.
    A row may carry its tokens precomputed under ``_tokens``; returns the new ids."""
    tokens_of = [
        row.pop("_tokens", None) or name_tokens(row["name_latin"], row.get("name_arabic"))
        for row in batch
    ]
    if conn.dialect.name == "sqlite":
        ids = _next_ids(conn, len(batch))
        for row, detainee_id in zip(batch, ids, strict=True):
            row["id"] = detainee_id
        _sqlite_executemany(conn, Detainee.__tablename__, batch)
    else:
        ids = list(
            conn.execute(
                insert(Detainee).returning(Detainee.id, sort_by_parameter_order=True), batch
            ).scalars()
        )
    _insert_tokens(conn, ids, tokens_of)
    return ids


def _next_ids(conn: Connection, count: int) -> list[int]:
    """The ids of ``count`` new people on SQLite: within the write transaction nobody else
    can insert, so they can be given."""
    start = int(conn.execute(select(func.coalesce(func.max(Detainee.id), 0))).scalar_one())
    return list(range(start + 1, start + 1 + count))


# The columns of a person as :func:`insert_detainee_rows` takes them, a tuple in this order.
DETAINEE_ROW = (
    "case_no",
    "name_latin",
    "name_arabic",
    "sex",
    "birth_year",
    "nationality",
    "category_id",
    "facility_id",
    "held_since",
    "charge_summary",
    "violent_crime",
    "sentence_months",
    "sentence_start",
    "sentence_end",
    "status",
    "synthetic",
    "notes",
    "version",
)
_DETAINEE_INSERT = (
    f"INSERT INTO detainee (id, {', '.join(DETAINEE_ROW)}) "
    f"VALUES ({', '.join('?' * (len(DETAINEE_ROW) + 1))})"
)
assert DETAINEE_ROW[8] == "held_since" and DETAINEE_ROW[12:14] == ("sentence_start", "sentence_end")


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def insert_detainee_rows(conn: Connection, rows: list[tuple[Any, ...]]) -> list[int]:
    """Insert people given as tuples in :data:`DETAINEE_ROW` order (dates as ``date``,
    yes/no as ``bool``) with the search tokens of their names, in the caller's transaction;
    returns the new ids. The bulk import's way: no dictionary a row."""
    if not rows:
        return []
    tokens_of = [fresh_name_tokens(row[1], row[2]) for row in rows]
    if conn.dialect.name == "sqlite":
        ids = _next_ids(conn, len(rows))
        day = _day
        conn.exec_driver_sql(
            _DETAINEE_INSERT,
            [  # sqlite3 binds a bool as 0 or 1; dates are stored as SQLAlchemy does, ISO text
                (i, *r[:8], day(r[8]), r[9], r[10], r[11], day(r[12]), day(r[13]), *r[14:])
                for i, r in zip(ids, rows, strict=True)
            ],
        )
    else:
        ids = list(
            conn.execute(
                insert(Detainee).returning(Detainee.id, sort_by_parameter_order=True),
                [dict(zip(DETAINEE_ROW, row, strict=True)) for row in rows],
            ).scalars()
        )
    _insert_tokens(conn, ids, tokens_of)
    return ids


def _insert_tokens(conn: Connection, ids: list[int], tokens_of: Sequence[Sequence[str]]) -> None:
    pairs = [
        (token, detainee_id)
        for detainee_id, tokens in zip(ids, tokens_of, strict=True)
        for token in tokens
    ]
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO detainee_token (token, detainee_id) VALUES (?, ?)", pairs)
    else:
        conn.execute(insert(DetaineeToken), [{"token": t, "detainee_id": i} for t, i in pairs])


def _sqlite_converter(sample: object) -> Callable[[Any], Any] | None:
    """How SQLAlchemy would store a value of this type on SQLite, or None to pass it as is."""
    if isinstance(sample, bool):
        return lambda v: None if v is None else int(v)
    if isinstance(sample, date):
        return lambda v: None if v is None else v.isoformat()
    return None


def _sqlite_executemany(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """A bulk insert straight through the driver: SQLAlchemy's per-row parameter processing
    costs more than SQLite's insert itself at a million rows."""
    if not rows:
        return
    columns = list(rows[0])
    samples = {c: next((r[c] for r in rows if r[c] is not None), None) for c in columns}
    converters = [(c, _sqlite_converter(samples[c])) for c in columns]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    if all(conv is None for _c, conv in converters):
        values = [tuple(row[c] for c in columns) for row in rows]
    else:
        values = [
            tuple(row[c] if conv is None else conv(row[c]) for c, conv in converters)
            for row in rows
        ]
    conn.exec_driver_sql(sql, values)


@contextmanager
def indexes_deferred(conn: Connection, tables: list[Table], *, when: bool) -> Iterator[None]:
    """For a bulk load much larger than the table: drop the tables' plain (non-unique)
    indexes, load, and build them again, all inside the caller's transaction."""
    dropped = [ix for t in tables for ix in t.indexes if not ix.unique] if when else []
    for ix in dropped:
        ix.drop(conn)
    yield
    for ix in dropped:
        ix.create(conn)


def _insert_batches(
    conn: Connection, rows: Iterable[dict[str, Any]], total: int, progress: Progress | None
) -> None:
    existing = int(conn.execute(select(func.count()).select_from(Detainee)).scalar_one())
    tables = [cast(Table, Detainee.__table__), cast(Table, DetaineeToken.__table__)]
    with indexes_deferred(conn, tables, when=total >= 50_000 and total > existing):
        batch: list[dict[str, Any]] = []
        done = 0
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                insert_detainees(conn, batch)
                done += len(batch)
                batch = []
                if progress:
                    progress(done, total)
        if batch:
            insert_detainees(conn, batch)
            done += len(batch)
            if progress:
                progress(done, total)


def lock_numbering(conn: Connection) -> None:
    """Take, for the rest of the caller's transaction, the right to allocate case numbers:
    a transaction-scoped advisory lock on PostgreSQL, the write lock on SQLite (which a
    write transaction begun with BEGIN IMMEDIATE already holds). Another run waits here
    until this transaction ends, and then reads the numbers it committed."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": NUMBERING_LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("UPDATE db_setting SET key = key WHERE 0")


def next_synthetic_number(conn: Connection, prefix: str) -> int:
    last = conn.execute(
        select(func.max(Detainee.case_no)).where(Detainee.case_no.like(f"{prefix}%"))
    ).scalar()
    return int(last[len(prefix) :]) + 1 if last else 1


def log_bulk_load(conn: Connection, *, who: str, kind: str, summary: str) -> None:
    """The one history row of a bulk load (``kind`` "seed" or "demo"): who, when, what."""
    conn.execute(
        insert(ChangeLog).values(
            at=utc_now(),
            who=who,
            table_name=kind,
            record_id=0,
            action="insert",
            field=kind,
            before=None,
            after=summary,
        )
    )


def _count(conn: Connection, model: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(model)).scalar() or 0)


def add_demo_cases(
    conn: Connection,
    count: int,
    seed: int,
    progress: Progress | None = None,
    *,
    who: str = "unknown",
) -> int:
    """Add ``count`` synthetic held cases (``case-tracker demo``); returns the first number."""
    lock_numbering(conn)
    spec = synthetic.load_spec()
    categories = load_categories(conn)
    centres = ensure_synthetic_centres(conn, spec)
    first = next_synthetic_number(conn, spec["case_prefix"])
    rows = synthetic.case_rows(
        spec,
        count=count,
        first_number=first,
        seed=seed,
        category_ids=categories,
        facility_ids=centres,
    )
    _insert_batches(conn, rows, count, progress)
    prefix = spec["case_prefix"]
    log_bulk_load(
        conn,
        who=who,
        kind="demo",
        summary=f"demo: {count:,} synthetic cases added ({prefix}{first:06d} onwards), seed {seed}",
    )
    return first


def load_demo(conn: Connection, categories: dict[str, int]) -> None:
    """The seeded demo: 10,000 synthetic detainees in the reported proportions and the
    general amnesty's 631 releases and 253 halved terms as individual decisions."""
    spec = synthetic.load_spec()
    centres = ensure_synthetic_centres(conn, spec)
    counts = spec.counts
    rows = synthetic.case_rows(
        spec,
        count=sum(counts.values()),
        first_number=1,
        seed=int(spec["seed"]),
        category_ids=categories,
        facility_ids=centres,
        quotas=counts,
    )
    _insert_batches(conn, rows, sum(counts.values()), None)
    _seed_decisions(conn, spec, categories)


def _seed_decisions(
    conn: Connection, spec: synthetic.SyntheticSpec, categories: dict[str, int]
) -> None:
    plan = spec["amnesty"]
    amnesty_id, issued_on = conn.execute(
        select(Amnesty.id, Amnesty.issued_on).where(
            Amnesty.title == "General amnesty, October 2020"
        )
    ).one()
    eligible = conn.execute(
        select(
            Detainee.id, Detainee.sentence_start, Detainee.sentence_months, Detainee.sentence_end
        )
        .where(
            Detainee.category_id == categories["syrian"],
            Detainee.violent_crime.is_(False),
            Detainee.synthetic.is_(True),
        )
        .order_by(Detainee.id)
    ).all()
    rng = random.Random(f"{spec['seed']}-amnesty")
    sentenced = [r for r in eligible if r.sentence_months]
    halved = rng.sample(sentenced, int(plan["halved"]))
    halved_ids = {r.id for r in halved}
    released = rng.sample([r for r in eligible if r.id not in halved_ids], int(plan["released"]))
    common = {
        "amnesty_id": amnesty_id,
        "decision_date": issued_on,
        "decided_by": plan["decided_by"],
        "synthetic": True,
        "version": 1,
        "status_before": CaseStatus.HELD.value,
        # recorded before approval was required: in force, reconciled with 631 and 253
        "state": "approved",
        "before_approval": True,
    }
    decisions: list[dict[str, Any]] = []
    for r in released:
        decisions.append(
            {
                **common,
                "detainee_id": r.id,
                "outcome": Outcome.RELEASED.value,
                "fraction_num": None,
                "fraction_den": None,
                "sentence_end_before": r.sentence_end,
                "sentence_end_after": None,
            }
        )
    half = Fraction(1, 2)
    new_ends: list[dict[str, Any]] = []
    for r in halved:
        end = add_months(r.sentence_start, reduced_months(r.sentence_months, half))
        decisions.append(
            {
                **common,
                "detainee_id": r.id,
                "outcome": Outcome.REDUCED.value,
                "fraction_num": 1,
                "fraction_den": 2,
                "sentence_end_before": r.sentence_end,
                "sentence_end_after": end,
            }
        )
        new_ends.append({"b_id": r.id, "b_end": end})
    conn.execute(insert(AmnestyDecision), decisions)
    conn.execute(
        update(Detainee)
        .where(Detainee.id.in_([r.id for r in released]))
        .values(status=CaseStatus.RELEASED.value)
    )

    conn.execute(
        update(Detainee)
        .where(Detainee.id == bindparam("b_id"))
        .values(sentence_end=bindparam("b_end")),
        new_ends,
    )


def seed_all(conn: Connection, *, demo: bool = True, who: str = "unknown") -> None:
    """Everything a new database starts with."""
    categories = load_categories(conn)
    load_reported(conn, categories)
    if demo:
        load_demo(conn, categories)
    conn.execute(
        insert(Setting).values(key="seeded", value="reported+demo" if demo else "reported")
    )
    what = "reported figures and synthetic demo" if demo else "reported figures"
    log_bulk_load(
        conn,
        who=who,
        kind="seed",
        summary=f"seeded ({what}): {_count(conn, Detainee):,} cases, "
        f"{_count(conn, Facility):,} facilities, {_count(conn, Amnesty):,} amnesties, "
        f"{_count(conn, AmnestyDecision):,} decisions, {_count(conn, Source):,} sources",
    )
