"""What services share: loading a versioned record and saving changes to it without ever
overwriting someone else's newer save."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.store.models import Base, Versioned


def get_or_fail[M: Base](session: Session, model: type[M], record_id: int, kind: str) -> M:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(kind, record_id)
    return obj


def record_values(obj: object) -> dict[str, Any]:
    """Every stored field of a loaded record except its key and version."""
    mapper = inspect(obj).mapper
    primary = {c.key for c in mapper.primary_key}
    return {
        a.key: getattr(obj, a.key)
        for a in mapper.column_attrs
        if a.key not in primary and a.key != "version"
    }


def _saved_now(session: Session, obj: object) -> tuple[dict[str, Any], int | None]:
    """The record as it is saved now, read outside the session's failed transaction."""
    state = inspect(obj)
    mapper = state.mapper
    names = [a.key for a in mapper.column_attrs]
    columns = [mapper.get_property(n).columns[0] for n in names]
    key = state.key[1] if state.key is not None else mapper.primary_key_from_instance(obj)
    where = [c == v for c, v in zip(mapper.primary_key, key, strict=True)]
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    with engine.connect() as conn:
        row = conn.execute(select(*columns).where(*where)).first()
    if row is None:
        return {}, None
    values = dict(zip(names, row, strict=True))
    primary = {c.key for c in mapper.primary_key}
    version = values.pop("version", None)
    return {k: v for k, v in values.items() if k not in primary}, version


def check_version(
    obj: Versioned, *, expected_version: int, label: str, yours: Mapping[str, Any] | None = None
) -> None:
    """Refuse (ConflictError with their saved values and version, and yours) when someone
    saved ``obj`` since ``expected_version``; for saves and deletes alike."""
    current = int(obj.version)
    if current != expected_version:
        raise ConflictError(
            label,
            theirs=record_values(obj),
            yours=dict(yours or {}),
            version=current,
            expected=expected_version,
        )


def apply_changes(
    session: Session,
    obj: Versioned,
    *,
    expected_version: int,
    changes: Mapping[str, Any],
    label: str,
) -> None:
    """Set ``changes`` on ``obj`` if nobody saved it since ``expected_version``; otherwise
    raise ConflictError with their saved values (every field) and version, and yours.

    To save on top of theirs after the user has merged, call again with
    ``expected_version=error.version``."""
    check_version(obj, expected_version=expected_version, label=label, yours=changes)
    for key, value in changes.items():
        setattr(obj, key, value)
    try:
        session.flush()
    except (StaleDataError, OperationalError) as exc:
        # Saved by someone else between this session's read and its write: PostgreSQL's
        # UPDATE then finds no row of the expected version; SQLite refuses to let a
        # transaction that read an older snapshot write ("database is locked").
        session.rollback()
        theirs, version = _saved_now(session, obj)
        if isinstance(exc, OperationalError) and version == expected_version:
            raise
        raise ConflictError(
            label, theirs=theirs, yours=dict(changes), version=version, expected=expected_version
        ) from None
