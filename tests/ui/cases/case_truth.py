"""The case list's order written as plain SQL, to check the model and the services."""

from __future__ import annotations

from sqlalchemy import text

from desktop.services.database import Database
from desktop.store.case_queries import CaseQuery

PLAIN = {
    "case_no",
    "name_latin",
    "name_arabic",
    "sex",
    "birth_year",
    "nationality",
    "status",
    "held_since",
}


def expected_ids(
    db: Database, query: CaseQuery, where: str = "1=1", limit: int | None = None, offset: int = 0
) -> list[int]:
    """Ids in list order: unknown values last either way; category and facility by name."""
    direction = "DESC" if query.descending else "ASC"
    if query.sort in PLAIN:
        col = f"d.{query.sort}"
        order = f"({col} IS NULL), {col} {direction}, d.id {direction}"
        join = ""
    else:
        table = query.sort
        order = (
            f"(d.{table}_id IS NULL), lower(g.name) {direction}, g.id {direction}, d.id {direction}"
        )
        join = f"LEFT JOIN {table} g ON g.id = d.{table}_id"
    sql = f"SELECT d.id FROM detainee d {join} WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {limit} OFFSET {offset}"
    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(text(sql))]


def count(db: Database, where: str = "1=1") -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(text(f"SELECT count(*) FROM detainee d WHERE {where}")).scalar_one()
        )
