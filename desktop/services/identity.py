"""Who is working: the identity the database establishes, never a typed name.

* **PostgreSQL:** the server login (``session_user``), authenticated by the server; the role
  is the login's membership of the group roles ``casetracker_<role>`` (``pg_has_role``). The
  server itself writes the login into the history and into a decision's proposer, approver,
  rejecter, reviser and revoker.
* **SQLite file:** the operating-system account running the program
  (the name of the process's user id); its role is the one the file records for it in ``app_user`` (the
  account that created the file is its administrator). An account the file does not know,
  or a disabled one, has no role: it can read (nothing stops the owner of a file reading
  it) but the services refuse every change.

A typed name is at most a *display name* kept beside the login (``set_display_name``).
``CASE_TRACKER_USER`` labels a scripted run ("Nightly import"): the history then reads
``login (Nightly import)``; the label never replaces the login.

Tests (never the window or the command line) may act as another operating-system account
on a SQLite file with ``open_database(..., account=NAME)``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.accounts import account_key, composed
from desktop.domain.case_rules import HIDDEN_CHARACTERS, hides_text, without_hidden
from desktop.domain.errors import RuleError
from desktop.domain.messages import Msg
from desktop.domain.roles import Permission, Role, may, require
from desktop.store.os_user import WINDOWS
from desktop.store.os_user import os_account as os_account  # the login of a SQLite file

if TYPE_CHECKING:  # imported without SQLAlchemy: the window knows who you are before it
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from desktop.services.database import Database

ENV_USER = "CASE_TRACKER_USER"
MAX_NAME = 200


@dataclass(frozen=True)
class Identity:
    """The user as the database knows them."""

    login: str
    role: Role | None  # None: no role in this database (may read only, on a SQLite file)
    display_name: str | None = None
    label: str | None = None  # CASE_TRACKER_USER of a scripted run
    server: bool = False  # True on PostgreSQL: the server enforces the role

    @property
    def who(self) -> str:
        """What the history records: the login, with the label of a scripted run."""
        return f"{self.login} ({self.label})" if self.label else self.login

    @property
    def role_name(self) -> str:
        return self.role.value if self.role is not None else "none"

    @property
    def may_export(self) -> bool:
        """Whether lists of people (personal data) may be exported."""
        return may(self.role, Permission.EXPORT_PERSONAL)

    def may(self, permission: Permission) -> bool:
        return may(self.role, permission)

    @property
    def shown(self) -> str:
        """One line for a status bar: "Rana Haddad (rana) · reviewer"."""
        name = f"{self.display_name} ({self.login})" if self.display_name else self.login
        return f"{name} · {self.role_name}"


def run_label() -> str | None:
    """``CASE_TRACKER_USER``, the label of a scripted run, or None. It is written into the
    history beside the login, so characters that hide or reorder what it shows (control
    characters, terminal escapes, directional overrides) are left out."""
    value = " ".join(without_hidden(" ".join(os.environ.get(ENV_USER, "").split())).split())
    return value[:80] or None


def role_of(value: str | None) -> Role | None:
    """The role a stored or server value names; None for none or an unknown one."""
    try:
        return Role(value) if value else None
    except ValueError:
        return None


def read_identity(
    conn: Connection | Session, *, account: str | None, label: str | None
) -> Identity:
    """The identity on this connection: the server login on PostgreSQL, ``account`` (else
    the operating-system account) on SQLite."""
    from sqlalchemy import select, text
    from sqlalchemy.orm import Session

    from desktop.store.models import AppUser

    bind = conn.get_bind() if isinstance(conn, Session) else conn
    user_row = select(AppUser.login, AppUser.role, AppUser.display_name, AppUser.disabled)
    if bind.dialect.name == "postgresql":
        if account is not None:
            raise RuleError(
                Msg("on a server database the identity is the login; it cannot be chosen")
            )
        row = conn.execute(
            text("SELECT session_user::text AS login, casetracker_role(session_user) AS role")
        ).one()
        login, role = str(row.login), role_of(row.role)
        display = conn.execute(select(AppUser.display_name).where(AppUser.login == login)).scalar()
        return Identity(login, role, display, label, server=True)
    login = composed(account or os_account())
    user = conn.execute(user_row.where(AppUser.login == login)).first()
    if user is None and WINDOWS:  # one account, whatever the case of its name
        key = account_key(login, windows=True)
        user = next(
            (u for u in conn.execute(user_row) if account_key(u.login, windows=True) == key), None
        )
    if user is None:
        return identity_of_user(login, None, label)
    found = (user.role, user.display_name, bool(user.disabled))
    return identity_of_user(user.login, found, label)


def identity_of_user(
    login: str, user: tuple[str | None, str | None, bool] | None, label: str | None
) -> Identity:
    """The identity of ``login`` on a SQLite file from its row of ``app_user`` (role,
    display name, disabled; None when it has none): a disabled user has no role."""
    if user is None:
        return Identity(login, None, None, label)
    role, display_name, disabled = user
    return Identity(login, None if disabled else role_of(role), display_name, label)


def authorize(
    session: Session, database: Database, permission: Permission, *, record: str | None = None
) -> Identity:
    """The identity as the database knows it now (its role re-read inside this
    transaction), or PermissionDenied in plain words when its role may not ``permission``."""
    identity = read_identity(session, account=database.account, label=database.identity.label)
    require(identity.role, permission, record=record)
    return identity


def check(database: Database, permission: Permission, *, record: str | None = None) -> Identity:
    """``authorize`` in a short read of its own, for work that does not go through
    ``database.session()`` (imports, exports, backups)."""
    with database.read() as s:
        return authorize(s, database, permission, record=record)


def whoami(database: Database) -> Identity:
    """``case-tracker whoami``: the login, display name and role, read now."""
    with database.read() as s:
        identity = read_identity(s, account=database.account, label=database.identity.label)
    database.identity = identity
    return identity


def set_display_name(database: Database, name: str | None) -> Identity:
    """Keep ``name`` as the display name beside the login (None or blank: none). It is
    shown beside the login; the history still records the login."""
    cleaned = " ".join((name or "").split()) or None
    if cleaned is not None and hides_text(cleaned):  # shown to administrators (users list)
        raise RuleError(HIDDEN_CHARACTERS)
    if cleaned is not None and len(cleaned) > MAX_NAME:
        raise RuleError(Msg("a display name has at most {max_name} characters", max_name=MAX_NAME))
    from desktop.store.history import utc_now
    from desktop.store.models import AppUser

    login = database.identity.login
    with database.session() as s:
        user = s.get(AppUser, login)
        if user is None:
            s.add(AppUser(login=login, display_name=cleaned, added_at=utc_now(), added_by=login))
        else:
            user.display_name = cleaned
    return whoami(database)
