"""accountability: who proposed, approved or rejected a decision; users; approval settings

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-04

Every decision already in the database is marked approved and "recorded before approval was
required", so that the figures counted from approved decisions (the seeded 631 and 253)
still reconcile. On a SQLite file the account that migrates it becomes its administrator
(it owns the file). On PostgreSQL the group roles, grants and triggers are installed
(``desktop.store.pg_security``).
"""

import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from desktop.store.os_user import os_account

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_FINAL = "outcome <> 'pending' AND revoked_at IS NULL"
NEW_FINAL = "outcome <> 'pending' AND revoked_at IS NULL AND state <> 'rejected'"
NEW_COLUMNS = (
    sa.Column("state", sa.String(length=10), server_default="approved", nullable=False),
    sa.Column("proposed_by", sa.String(length=200), nullable=True),
    sa.Column("proposed_at", sa.DateTime(), nullable=True),
    sa.Column("approved_by", sa.String(length=200), nullable=True),
    sa.Column("approved_at", sa.DateTime(), nullable=True),
    sa.Column("approval_note", sa.Text(), nullable=True),
    sa.Column("rejected_by", sa.String(length=200), nullable=True),
    sa.Column("rejected_at", sa.DateTime(), nullable=True),
    sa.Column("rejection_reason", sa.Text(), nullable=True),
    sa.Column("revised_by", sa.String(length=200), nullable=True),
    sa.Column("revised_at", sa.DateTime(), nullable=True),
    sa.Column("batch_id", sa.String(length=40), nullable=True),
    sa.Column("before_approval", sa.Boolean(), server_default=sa.false(), nullable=False),
)


@contextmanager
def _quiet_reflection() -> Iterator[None]:
    """SQLite's batch mode reflects the table and warns that it skips expression indexes
    of other tables; they are not touched here."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*expression-based index")
        yield


def upgrade() -> None:
    with _quiet_reflection():
        _upgrade()


def downgrade() -> None:
    with _quiet_reflection():
        _downgrade()


# 0003's bound on a reduction's denominator is a pair of SQLite triggers on amnesty_decision;
# recreating the table in batch mode drops them, so they are put back after each batch.
FRACTION_BOUND = 1_000


def _restore_fraction_triggers() -> None:
    message = f"amnesty_decision.fraction_den must be at most {FRACTION_BOUND}"
    for event, verb in (("INSERT", "insert"), ("UPDATE OF fraction_den", "update")):
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS amnesty_decision_fraction_den_max_{verb} "
            f"BEFORE {event} ON amnesty_decision "
            f'WHEN NEW."fraction_den" > {FRACTION_BOUND} '
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )


def _upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.create_table(
        "app_user",
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("disabled", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=True),
        sa.Column("added_by", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "role IS NULL OR role IN ('viewer', 'clerk', 'reviewer', 'administrator')",
            name=op.f("ck_app_user_role"),
        ),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_app_user")),
    )
    # a plain ADD COLUMN: recreating amnesty would break the decisions' foreign keys
    op.add_column("amnesty", sa.Column("approval_outcomes", sa.String(length=100), nullable=True))
    with op.batch_alter_table("amnesty_decision", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_amnesty_decision_final",
            sqlite_where=sa.text(OLD_FINAL),
            postgresql_where=sa.text(OLD_FINAL),
        )
        for column in NEW_COLUMNS:
            batch_op.add_column(column)
    op.execute("UPDATE amnesty_decision SET state = 'approved', before_approval = true")
    with op.batch_alter_table("amnesty_decision", schema=None) as batch_op:
        batch_op.create_check_constraint(
            "state", "state IN ('proposed', 'approved', 'rejected')"
        )
        batch_op.create_check_constraint(
            "approval_names_who",
            "state <> 'approved' OR approved_at IS NULL OR approved_by IS NOT NULL",
        )
        batch_op.create_check_constraint(
            "rejection_names_who",
            "state <> 'rejected' OR (rejected_by IS NOT NULL AND rejection_reason IS NOT NULL)",
        )
        batch_op.create_index(
            "uq_amnesty_decision_final",
            ["detainee_id", "amnesty_id"],
            unique=True,
            sqlite_where=sa.text(NEW_FINAL),
            postgresql_where=sa.text(NEW_FINAL),
        )
        batch_op.create_index(
            "ix_amnesty_decision_proposed",
            ["amnesty_id", "id"],
            unique=False,
            sqlite_where=sa.text("state = 'proposed'"),
            postgresql_where=sa.text("state = 'proposed'"),
        )
        batch_op.create_index(
            batch_op.f("ix_amnesty_decision_batch_id"), ["batch_id"], unique=False
        )
    if sqlite:
        _restore_fraction_triggers()
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        account = os_account()  # the account the application will know the user by
        op.execute(
            sa.text(
                "INSERT INTO app_user (login, role, disabled, added_at, added_by) "
                "VALUES (:login, 'administrator', 0, :at, :login)"
            ).bindparams(login=account, at=now)
        )
    else:
        from desktop.store import pg_security

        pg_security.install(bind)


def _downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        from desktop.store import pg_security

        pg_security.uninstall(bind)
        op.execute("DROP POLICY IF EXISTS app_user_read ON app_user")
        op.execute("DROP POLICY IF EXISTS app_user_own ON app_user")
        op.execute("DROP POLICY IF EXISTS app_user_admin ON app_user")
    with op.batch_alter_table("amnesty_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amnesty_decision_batch_id"))
        batch_op.drop_index(
            "ix_amnesty_decision_proposed",
            sqlite_where=sa.text("state = 'proposed'"),
            postgresql_where=sa.text("state = 'proposed'"),
        )
        batch_op.drop_index(
            "uq_amnesty_decision_final",
            sqlite_where=sa.text(NEW_FINAL),
            postgresql_where=sa.text(NEW_FINAL),
        )
        batch_op.drop_constraint("rejection_names_who", type_="check")
        batch_op.drop_constraint("approval_names_who", type_="check")
        batch_op.drop_constraint("state", type_="check")
        for column in reversed(NEW_COLUMNS):
            batch_op.drop_column(column.name)
        batch_op.create_index(
            "uq_amnesty_decision_final",
            ["detainee_id", "amnesty_id"],
            unique=True,
            sqlite_where=sa.text(OLD_FINAL),
            postgresql_where=sa.text(OLD_FINAL),
        )
    if bind.dialect.name == "sqlite":
        _restore_fraction_triggers()
    op.drop_column("amnesty", "approval_outcomes")
    op.drop_table("app_user")
