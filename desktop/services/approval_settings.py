"""Approval settings: whether decisions need a second person's approval at all (for the
database), and which outcomes need it (per amnesty; by default released and reduced).

Only administrators change them, and each change is recorded in the history. With approval
off (a one-person office) decisions take effect when recorded, and every report says
"decisions not independently approved".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.domain.enums import ChangeAction
from desktop.domain.errors import RuleError
from desktop.domain.messages import Msg
from desktop.domain.roles import (
    Permission,
    check_outcomes,
    format_outcomes,
    needs_approval,
    parse_outcomes,
)
from desktop.services.common import get_or_fail
from desktop.services.database import Database
from desktop.services.identity import authorize
from desktop.store.history import utc_now
from desktop.store.models import Amnesty, ChangeLog, Setting

APPROVAL_KEY = "approval"


def approval_on(session: Session) -> bool:
    """Whether the database requires approval (the default) or an administrator turned it off."""
    value = session.scalar(select(Setting.value).where(Setting.key == APPROVAL_KEY))
    return value != "off"


def outcomes_needing_approval(amnesty: Amnesty) -> frozenset[str]:
    return parse_outcomes(amnesty.approval_outcomes)


def decision_needs_approval(session: Session, amnesty: Amnesty, outcome: str) -> bool:
    """Whether a decision of ``outcome`` under ``amnesty`` is saved as a proposal."""
    return needs_approval(
        outcome, approval_on=approval_on(session), outcomes=outcomes_needing_approval(amnesty)
    )


def is_approval_on(database: Database) -> bool:
    with database.read() as s:
        return approval_on(s)


def _switch(s: Session, who: str, *, on: bool) -> None:
    """Turn approval on or off inside the session's transaction, recorded in the history."""
    before = approval_on(s)
    if before == on:
        return
    value = "on" if on else "off"
    setting = s.get(Setting, APPROVAL_KEY)
    if setting is None:
        s.add(Setting(key=APPROVAL_KEY, value=value))
    else:
        setting.value = value
    s.flush()
    s.execute(
        insert(ChangeLog).values(
            at=utc_now(),
            who=who,
            table_name=Setting.__tablename__,
            record_id=0,
            action=ChangeAction.UPDATE.value,
            field=APPROVAL_KEY,
            before="on" if before else "off",
            after=value,
        )
    )


def set_approval(database: Database, *, on: bool) -> bool:
    """Turn approval on or off for the database (administrators); recorded in the history."""
    with database.session() as s:
        identity = authorize(s, database, Permission.APPROVAL_SETTINGS)
        _switch(s, identity.who, on=on)
    return on


def approval_outcomes(database: Database, *, amnesty_id: int) -> frozenset[str]:
    with database.read() as s:
        amnesty = get_or_fail(s, Amnesty, amnesty_id, "amnesty")
        return outcomes_needing_approval(amnesty)


def set_approval_outcomes(
    database: Database, *, amnesty_id: int, outcomes: Iterable[str]
) -> frozenset[str]:
    """Which outcomes of decisions under the amnesty need approval (administrators)."""
    chosen = check_outcomes(outcomes)
    with database.session() as s:
        authorize(
            s,
            database,
            Permission.APPROVAL_SETTINGS,
            record=Msg("amnesty {amnesty_id}", amnesty_id=amnesty_id),
        )
        amnesty = get_or_fail(s, Amnesty, amnesty_id, "amnesty")
        amnesty.approval_outcomes = format_outcomes(chosen)
    return chosen


def approval_settings(database: Database) -> tuple[bool, list[tuple[int, str, frozenset[str]]]]:
    """For the settings dialog: whether approval is on, and each amnesty's id, title and
    the outcomes that need approval under it."""
    with database.read() as s:
        on = approval_on(s)
        rows = s.execute(select(Amnesty).order_by(Amnesty.issued_on, Amnesty.id)).scalars()
        return on, [(a.id, a.title, outcomes_needing_approval(a)) for a in rows]


def save_approval_settings(
    database: Database,
    *,
    on: bool,
    outcomes: Mapping[int, Iterable[str]],
    seen: tuple[bool, list[tuple[int, str, frozenset[str]]]],
) -> None:
    """Save the settings dialog in one transaction (administrators): approval on or off for
    the database, and per amnesty the outcomes that need it; each change is recorded.
    ``seen`` is what the dialog was opened with (:func:`approval_settings`): when another
    administrator has saved other settings since, nothing is saved (RuleError), as the
    dialog would otherwise write back every setting as it had loaded it."""
    checked = {amnesty_id: check_outcomes(chosen) for amnesty_id, chosen in outcomes.items()}
    with database.session() as s:
        identity = authorize(s, database, Permission.APPROVAL_SETTINGS)
        seen_on, seen_outcomes = seen
        now = {a.id: outcomes_needing_approval(a) for a in s.scalars(select(Amnesty))}
        if approval_on(s) != seen_on or any(
            now.get(amnesty_id) != chosen for amnesty_id, _title, chosen in seen_outcomes
        ):
            raise RuleError(
                Msg(
                    "the approval settings were changed by someone else since you opened them; "
                    "nothing was saved. Open them again to see their changes"
                )
            )
        _switch(s, identity.who, on=on)
        for amnesty_id, chosen in checked.items():
            amnesty = get_or_fail(s, Amnesty, amnesty_id, "amnesty")
            stored = format_outcomes(chosen)
            if amnesty.approval_outcomes != stored and outcomes_needing_approval(amnesty) != chosen:
                amnesty.approval_outcomes = stored
