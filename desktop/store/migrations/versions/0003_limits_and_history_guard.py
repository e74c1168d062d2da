"""bounds on numbers, and no history row replaced

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

* The largest capacity, headcount, category count, sentence and fraction denominator the
  application accepts (``desktop/domain/limits.py`` when this was written; the numbers are
  copied here so that this migration never changes): CHECK constraints on PostgreSQL, and
  BEFORE INSERT / BEFORE UPDATE triggers on SQLite, whose tables cannot take a new CHECK
  without being rebuilt.
* On SQLite, ``REPLACE INTO change_log`` (``INSERT OR REPLACE``) with an existing id deletes
  the old row without firing the delete trigger of 0002: a BEFORE INSERT trigger refuses any
  insert whose id is already there. (``INSERT ... ON CONFLICT DO UPDATE`` is refused by the
  same trigger, and its update path by 0002's update trigger.) On PostgreSQL every statement
  that changes or removes a row (UPDATE, DELETE, MERGE, ``ON CONFLICT DO UPDATE``,
  TRUNCATE) already fires 0002's triggers.
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HISTORY_MESSAGE = "change history is append-only"

# (table, column, largest value, constraint or trigger name)
BOUNDS = (
    ("facility", "capacity", 1_000_000, "capacity_max"),
    ("headcount", "total", 10_000_000, "total_max"),
    ("headcount_category", "count", 10_000_000, "count_max"),
    ("detainee", "sentence_months", 1_800, "sentence_max"),
    ("amnesty_decision", "fraction_den", 1_000, "fraction_den_max"),
)


def _message(table: str, column: str, high: int) -> str:
    return f"{table}.{column} must be at most {high}"


def _refuse_rows_over_bounds() -> None:
    """Stop before any change when stored rows already break a bound, naming them."""
    conn = op.get_bind()
    found = []
    for table, column, high, _name in BOUNDS:
        count = conn.execute(
            text(f'SELECT count(*) FROM {table} WHERE "{column}" > {high}')
        ).scalar()
        if count:
            found.append(f"{count} row(s) of {table} with {column} above {high}")
    if found:
        from desktop.domain.errors import DatabaseError

        raise DatabaseError(
            "cannot upgrade the database: "
            + "; ".join(found)
            + ". Correct them with the previous version first. Nothing was changed."
        )


def upgrade() -> None:
    _refuse_rows_over_bounds()
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER change_log_no_replace BEFORE INSERT ON change_log "
            "WHEN EXISTS (SELECT 1 FROM change_log WHERE id = NEW.id) "
            f"BEGIN SELECT RAISE(ABORT, '{HISTORY_MESSAGE}'); END"
        )
        for table, column, high, name in BOUNDS:
            message = _message(table, column, high)
            for event, verb in (("INSERT", "insert"), (f"UPDATE OF {column}", "update")):
                op.execute(
                    f"CREATE TRIGGER {table}_{name}_{verb} BEFORE {event} ON {table} "
                    f'WHEN NEW."{column}" > {high} '
                    f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
    else:
        for table, column, high, name in BOUNDS:
            op.execute(
                f"ALTER TABLE {table} ADD CONSTRAINT ck_{table}_{name} "
                f'CHECK ("{column}" IS NULL OR "{column}" <= {high})'
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER change_log_no_replace")
        for table, _column, _high, name in BOUNDS:
            for verb in ("insert", "update"):
                op.execute(f"DROP TRIGGER {table}_{name}_{verb}")
    else:
        for table, _column, _high, name in BOUNDS:
            op.execute(f"ALTER TABLE {table} DROP CONSTRAINT ck_{table}_{name}")
