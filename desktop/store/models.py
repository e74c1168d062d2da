"""The schema, as SQLAlchemy 2 typed models.

The database enforces what it can: foreign keys, CHECKs on enumerations and counts, unique
names within a parent, one final decision per person and amnesty, and a ``version`` column on
every editable record so that a save over someone else's newer save is detected.

The upper bounds of ``desktop.domain.limits`` (capacity, headcounts, sentence months,
fraction denominators) are not declared here: migration 0003 adds them as CHECK constraints
on PostgreSQL and as triggers on SQLite, where a CHECK cannot be added without rebuilding
the table, so a CHECK declared here would describe a constraint SQLite files do not have.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    false,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from desktop.domain.enums import (
    CaseStatus,
    ChangeAction,
    DatePrecision,
    FacilityKind,
    FacilityStatus,
    Metric,
    Outcome,
    Precision,
    Sex,
    values,
)
from desktop.domain.roles import ROLES, DecisionState

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# A person has at most one standing final decision (proposed or in force) per amnesty.
FINAL_WHERE = "outcome <> 'pending' AND revoked_at IS NULL AND state <> 'rejected'"


class PartialIndex(Index):
    """An index of the rows that match ``where``, on SQLite and on PostgreSQL alike.

    Naming ``postgresql_where`` when the index is declared would import the PostgreSQL
    dialect (and asyncio) into every process, a tenth of the window's start on a SQLite
    file; the PostgreSQL option is filled in instead when that dialect first asks for the
    index's options (creating it, reflecting, comparing). The DDL is the same."""

    def __init__(self, name: str, *columns: str, where: str, unique: bool = False) -> None:
        self.where = where
        super().__init__(name, *columns, unique=unique, sqlite_where=text(where))

    def _kw_reg_for_dialect_cls(self, dialect_name: str) -> Any:  # type: ignore[override]
        options = Index._kw_reg_for_dialect_cls(dialect_name)
        if dialect_name == "postgresql":
            options["where"] = text(self.where)
        return options


def _in(column: str, allowed: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in allowed)
    return f"{column} IN ({quoted})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Editable records carry a version that every UPDATE checks and bumps."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Source(Base):
    """Where a reported figure comes from."""

    __tablename__ = "source"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(400))
    publisher: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)


class Facility(Versioned, Base):
    __tablename__ = "facility"
    __table_args__ = (
        CheckConstraint(_in("kind", values(FacilityKind)), name="kind"),
        CheckConstraint(_in("status", values(FacilityStatus)), name="status"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        Index("uq_facility_parent_name", text("coalesce(parent_id, 0)"), "name", unique=True),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("facility.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    name_ar: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    governorate: Mapped[str | None] = mapped_column(String(100))
    operator: Mapped[str | None] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=FacilityStatus.OPEN.value)
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


class Category(Versioned, Base):
    """A detainee category; categories nest (European within foreign)."""

    __tablename__ = "category"
    __table_args__ = (
        Index("uq_category_parent_name", text("coalesce(parent_id, 0)"), "name", unique=True),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="RESTRICT"), index=True
    )
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_ar: Mapped[str | None] = mapped_column(String(200))
    name_ku: Mapped[str | None] = mapped_column(String(200))


class Headcount(Versioned, Base):
    """How many people a facility held on a date, with its source and precision."""

    __tablename__ = "headcount"
    __table_args__ = (
        CheckConstraint("total >= 0", name="total"),
        CheckConstraint(_in("precision", values(Precision)), name="precision"),
        CheckConstraint(_in("as_of_precision", values(DatePrecision)), name="as_of_precision"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(
        ForeignKey("facility.id", ondelete="CASCADE"), index=True
    )
    as_of: Mapped[date] = mapped_column(Date)
    as_of_precision: Mapped[str] = mapped_column(String(10), default=DatePrecision.DAY.value)
    total: Mapped[int] = mapped_column(Integer)
    precision: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(Text)


class HeadcountCategory(Base):
    """Part of a headcount: how many of one category."""

    __tablename__ = "headcount_category"
    __table_args__ = (CheckConstraint("count >= 0", name="count"),)
    headcount_id: Mapped[int] = mapped_column(
        ForeignKey("headcount.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("category.id", ondelete="RESTRICT"), primary_key=True
    )
    count: Mapped[int] = mapped_column(Integer)


class Detainee(Versioned, Base):
    """A case: one person held, with the facts amnesty criteria test."""

    __tablename__ = "detainee"
    __table_args__ = (
        CheckConstraint(_in("sex", values(Sex)), name="sex"),
        CheckConstraint(_in("status", values(CaseStatus)), name="status"),
        CheckConstraint(
            "birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2100)", name="birth_year"
        ),
        CheckConstraint("sentence_months IS NULL OR sentence_months >= 0", name="sentence"),
        Index("ix_detainee_facility_status", "facility_id", "status"),
        Index("ix_detainee_category_status", "category_id", "status"),
        Index("ix_detainee_name_latin_id", "name_latin", "id"),
        Index("ix_detainee_name_arabic_id", "name_arabic", "id"),
        Index("ix_detainee_nationality_id", "nationality", "id"),
        Index("ix_detainee_birth_year_id", "birth_year", "id"),
        Index("ix_detainee_held_since_id", "held_since", "id"),
        Index("ix_detainee_status_id", "status", "id"),
        Index("ix_detainee_status_held_since", "status", "held_since"),
        Index("ix_detainee_sex_id", "sex", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(40), unique=True)
    name_latin: Mapped[str] = mapped_column(String(200))
    name_arabic: Mapped[str | None] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1), default=Sex.UNKNOWN.value)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    nationality: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="RESTRICT"), index=True
    )
    facility_id: Mapped[int | None] = mapped_column(
        ForeignKey("facility.id", ondelete="RESTRICT"), index=True
    )
    held_since: Mapped[date | None] = mapped_column(Date)
    charge_summary: Mapped[str | None] = mapped_column(Text)
    violent_crime: Mapped[bool | None] = mapped_column(Boolean)  # None: not known
    sentence_months: Mapped[int | None] = mapped_column(Integer)
    sentence_start: Mapped[date | None] = mapped_column(Date)
    sentence_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=CaseStatus.HELD.value)
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


class DetaineeToken(Base):
    """One folded word of a person's names or case number, for indexed prefix search
    (``token >= 'moh' AND token < 'moi'``) that works the same on SQLite and PostgreSQL."""

    __tablename__ = "detainee_token"
    # The primary key (token, detainee_id) answers a typed prefix; this index answers "does
    # this person have a token starting so" without reading the table (the search's checks
    # of the other words), and a person's tokens when they are replaced or deleted.
    __table_args__ = (Index("ix_detainee_token_detainee_token", "detainee_id", "token"),)
    token: Mapped[str] = mapped_column(
        String(80).with_variant(String(80, collation="C"), "postgresql"), primary_key=True
    )
    detainee_id: Mapped[int] = mapped_column(
        ForeignKey("detainee.id", ondelete="CASCADE"), primary_key=True
    )


class Transfer(Base):
    """A move of one person between facilities; history, never edited."""

    __tablename__ = "transfer"
    __table_args__ = (CheckConstraint("from_facility_id <> to_facility_id", name="moves"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    detainee_id: Mapped[int] = mapped_column(
        ForeignKey("detainee.id", ondelete="CASCADE"), index=True
    )
    from_facility_id: Mapped[int | None] = mapped_column(
        ForeignKey("facility.id", ondelete="RESTRICT")
    )
    to_facility_id: Mapped[int] = mapped_column(ForeignKey("facility.id", ondelete="RESTRICT"))
    transferred_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)


class Amnesty(Versioned, Base):
    __tablename__ = "amnesty"
    __table_args__ = (
        CheckConstraint(_in("issued_on_precision", values(DatePrecision)), name="date_precision"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), unique=True)
    issued_by: Mapped[str | None] = mapped_column(String(300))
    requested_by: Mapped[str | None] = mapped_column(String(300))
    issued_on: Mapped[date] = mapped_column(Date)
    issued_on_precision: Mapped[str] = mapped_column(String(10), default=DatePrecision.DAY.value)
    criteria_text: Mapped[str | None] = mapped_column(Text)
    rules_json: Mapped[str] = mapped_column(Text, default="{}")  # criteria as data
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id", ondelete="RESTRICT"))
    # Which outcomes need a second person's approval ("released,reduced"); None: the default.
    approval_outcomes: Mapped[str | None] = mapped_column(String(100))


class AmnestyDecision(Versioned, Base):
    """One person under one amnesty. Revoked, never deleted."""

    __tablename__ = "amnesty_decision"
    __table_args__ = (
        CheckConstraint(_in("outcome", values(Outcome)), name="outcome"),
        CheckConstraint(
            "(outcome = 'reduced') = (fraction_num IS NOT NULL AND fraction_den IS NOT NULL)",
            name="fraction_with_reduction",
        ),
        CheckConstraint(
            "fraction_num IS NULL OR (fraction_num > 0 AND fraction_den > 0 "
            "AND fraction_num <= fraction_den)",
            name="fraction",
        ),
        CheckConstraint("(revoked_at IS NULL) = (revoked_by IS NULL)", name="revocation_names_who"),
        PartialIndex(
            "uq_amnesty_decision_final",
            "detainee_id",
            "amnesty_id",
            unique=True,
            where=FINAL_WHERE,
        ),
        CheckConstraint(_in("state", values(DecisionState)), name="state"),
        CheckConstraint(
            "state <> 'approved' OR approved_at IS NULL OR approved_by IS NOT NULL",
            name="approval_names_who",
        ),
        CheckConstraint(
            "state <> 'rejected' OR (rejected_by IS NOT NULL AND rejection_reason IS NOT NULL)",
            name="rejection_names_who",
        ),
        PartialIndex(
            "ix_amnesty_decision_proposed", "amnesty_id", "id", where="state = 'proposed'"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    amnesty_id: Mapped[int] = mapped_column(
        ForeignKey("amnesty.id", ondelete="RESTRICT"), index=True
    )
    detainee_id: Mapped[int] = mapped_column(
        ForeignKey("detainee.id", ondelete="RESTRICT"), index=True
    )
    outcome: Mapped[str] = mapped_column(String(20))
    fraction_num: Mapped[int | None] = mapped_column(Integer)
    fraction_den: Mapped[int | None] = mapped_column(Integer)
    decision_date: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    guarantor: Mapped[str | None] = mapped_column(String(300))
    conditions: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    override_reason: Mapped[str | None] = mapped_column(Text)
    status_before: Mapped[str | None] = mapped_column(String(20))
    sentence_end_before: Mapped[date | None] = mapped_column(Date)
    sentence_end_after: Mapped[date | None] = mapped_column(Date)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(200))
    revoked_reason: Mapped[str | None] = mapped_column(Text)
    # Who revoked it as the list it was imported from says (an unchecked name from another
    # system); ``revoked_by`` is then the login that imported it.
    imported_revoked_by: Mapped[str | None] = mapped_column(String(200))
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    # Four-eyes approval: who proposed, approved, rejected or last revised the decision and
    # when (on PostgreSQL set by the server from session_user, whatever the client sends).
    state: Mapped[str] = mapped_column(
        String(10), default=DecisionState.APPROVED.value, server_default="approved"
    )
    proposed_by: Mapped[str | None] = mapped_column(String(200))
    proposed_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    approval_note: Mapped[str | None] = mapped_column(Text)
    rejected_by: Mapped[str | None] = mapped_column(String(200))
    rejected_at: Mapped[datetime | None] = mapped_column(DateTime)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    revised_by: Mapped[str | None] = mapped_column(String(200))
    revised_at: Mapped[datetime | None] = mapped_column(DateTime)
    batch_id: Mapped[str | None] = mapped_column(String(40), index=True)
    # Recorded before approval was required (the migration and the seed set it): in force
    # without a second person's approval.
    before_approval: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class AppUser(Base):
    """An account known to the database: its display name and, on a SQLite file, its role
    (on PostgreSQL the role is the login's membership of a ``casetracker_*`` group role)."""

    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint(
            f"role IS NULL OR {_in('role', tuple(r.value for r in ROLES))}", name="role"
        ),
    )
    login: Mapped[str] = mapped_column(String(200), primary_key=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(20))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    added_at: Mapped[datetime | None] = mapped_column(DateTime)
    added_by: Mapped[str | None] = mapped_column(String(200))


class ReportedTotal(Base):
    """An aggregate figure as reported, where individual records are not known."""

    __tablename__ = "reported_total"
    __table_args__ = (
        CheckConstraint(_in("metric", values(Metric)), name="metric"),
        CheckConstraint(_in("precision", values(Precision)), name="precision"),
        CheckConstraint(_in("as_of_precision", values(DatePrecision)), name="as_of_precision"),
        CheckConstraint("value >= 0", name="value"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    label: Mapped[str] = mapped_column(String(300))
    metric: Mapped[str] = mapped_column(String(20))
    value: Mapped[int] = mapped_column(Integer)
    precision: Mapped[str] = mapped_column(String(20))
    as_of: Mapped[date] = mapped_column(Date)
    as_of_precision: Mapped[str] = mapped_column(String(10))
    amnesty_id: Mapped[int | None] = mapped_column(ForeignKey("amnesty.id", ondelete="CASCADE"))
    facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id", ondelete="CASCADE"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="RESTRICT"))
    fraction_num: Mapped[int | None] = mapped_column(Integer)
    fraction_den: Mapped[int | None] = mapped_column(Integer)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(Text)


class ChangeLog(Base):
    """Who changed what, when, with the values before and after. Append-only."""

    __tablename__ = "change_log"
    __table_args__ = (
        CheckConstraint(_in("action", values(ChangeAction)), name="action"),
        Index("ix_change_log_record", "table_name", "record_id", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    who: Mapped[str] = mapped_column(String(200))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(60))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """Facts about the database itself (what was seeded, when)."""

    __tablename__ = "db_setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
