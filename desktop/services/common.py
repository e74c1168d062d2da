"""What services share: loading a versioned record and saving changes to it without ever
overwriting someone else's newer save."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.store.models import Base, Versioned


def get_or_fail[M: Base](session: Session, model: type[M], record_id: int, kind: str) -> M:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(kind, record_id)
    return obj


def apply_changes(
    session: Session,
    obj: Versioned,
    *,
    expected_version: int,
    changes: Mapping[str, Any],
    label: str,
) -> None:
    """Set ``changes`` on ``obj`` if nobody saved it since ``expected_version``; otherwise
    raise ConflictError with their values and yours, field by field."""
    current = int(obj.version)
    if current != expected_version:
        theirs = {k: getattr(obj, k) for k in changes}
        raise ConflictError(label, theirs=theirs, yours=dict(changes))
    for key, value in changes.items():
        setattr(obj, key, value)
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise ConflictError(label, theirs={}, yours=dict(changes)) from None
