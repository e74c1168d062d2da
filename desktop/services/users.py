"""``case-tracker users``: the accounts that may work on the database, and their roles.

Administrators only; every change is recorded in the history (table ``app_user``).

* **PostgreSQL:** a user is a server login in one of the group roles
  ``casetracker_<role>``. ``add_user`` runs ``CREATE ROLE name LOGIN PASSWORD … IN ROLE …``
  (through a SECURITY DEFINER function that checks the caller is an administrator); the
  password is turned into a SCRAM-SHA-256 verifier on this computer, so the server never
  receives it in clear and the application stores none. Authentication is the server's.
* **SQLite file:** a user is an operating-system account known to the file, with its role;
  the account that created the file is its administrator. The operating system
  authenticates the account; a file has no passwords. This is a procedure, not a security
  boundary: the owner of a file can change it with other tools (docs/security.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from desktop.domain.accounts import account_key, account_name_fault, composed
from desktop.domain.enums import ChangeAction
from desktop.domain.errors import NotFoundError, RuleError
from desktop.domain.messages import Msg
from desktop.domain.roles import GROUP_PREFIX, Permission, Role, parse_role
from desktop.services.database import Database
from desktop.services.identity import Identity, authorize, role_of
from desktop.store.history import utc_now
from desktop.store.models import AppUser, ChangeLog
from desktop.store.os_user import WINDOWS

LOGIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")
MIN_PASSWORD = 8


@dataclass(frozen=True)
class UserRecord:
    login: str
    role: Role | None
    display_name: str | None
    disabled: bool


def check_login(login: str, *, server: bool = True) -> str:
    """A login name. On PostgreSQL: letters, digits, ``_ . @ -``, starting with a letter or
    ``_``. On a SQLite file: any name an operating-system account can have, in NFC, that
    cannot pass for another (``domain.accounts``), or the number of an account without a
    name (``uid:1001``)."""
    if not server:
        name = composed(login.strip())
        fault = account_name_fault(name)
        if fault is None and name.lower().startswith(GROUP_PREFIX):
            fault = Msg("starts with {group_prefix}", group_prefix=GROUP_PREFIX)
        if fault is not None:
            raise RuleError(Msg("not an account name: {login!r} {fault}", login=login, fault=fault))
        return name
    name = login.strip()
    if not LOGIN.match(name) or name.lower().startswith(GROUP_PREFIX):
        raise RuleError(
            Msg(
                "not a valid login name: {login!r} (letters, digits, _ . @ -, at most 63 characters, starting with a letter; not starting with {group_prefix})",
                login=login,
                group_prefix=GROUP_PREFIX,
            )
        )
    return name


def known_user(s: Session, name: str) -> AppUser | None:
    """The row of ``app_user`` of the account ``name`` (NFC) on a file, by the system's rule
    of case: on Windows "Rana" and "rana" are one account."""
    user = s.get(AppUser, name)
    if user is None and WINDOWS:
        key = account_key(name, windows=True)
        user = next(
            (u for u in s.scalars(select(AppUser)) if account_key(u.login, windows=True) == key),
            None,
        )
    return user


def _log(
    s: Session, identity: Identity, login: str, field: str, before: str | None, after: str
) -> None:
    s.execute(
        insert(ChangeLog).values(
            at=utc_now(),
            who=identity.who,
            table_name=AppUser.__tablename__,
            record_id=0,
            action=(ChangeAction.INSERT if before is None else ChangeAction.UPDATE).value,
            field=field,
            before=None if before is None else f"{login}: {before}",
            after=f"{login}: {after}",
        )
    )


def _verifier(s: Session, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for ``login``, computed by libpq here."""
    driver = s.connection().connection.driver_connection
    pgconn = driver.pgconn  # type: ignore[union-attr]
    verifier: bytes = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return verifier.decode()


def add_user(
    database: Database, login: str, role: Role | str, *, password: str | None = None
) -> UserRecord:
    """Add a user with ``role``. On PostgreSQL a login role (with ``password``, when given,
    for scram-sha-256 authentication); on a SQLite file an account known to the file."""
    name = check_login(login, server=database.server)
    chosen = role if isinstance(role, Role) else parse_role(role)
    if password is not None and len(password) < MIN_PASSWORD:
        raise RuleError(
            Msg("a password has at least {min_password} characters", min_password=MIN_PASSWORD),
            record=Msg("user {name}", name=name),
        )
    with database.session() as s:
        identity = authorize(
            s, database, Permission.MANAGE_USERS, record=Msg("user {name}", name=name)
        )
        if database.server:
            verifier = _verifier(s, name, password) if password else None
            s.execute(
                text("SELECT casetracker_add_user(:login, :role, :verifier)"),
                {"login": name, "role": chosen.value, "verifier": verifier},
            )
            return UserRecord(name, chosen, None, False)
        if password is not None:
            raise RuleError(
                Msg(
                    "a SQLite file has no passwords: the operating system authenticates the account"
                ),
                record=Msg("user {name}", name=name),
            )
        existing = known_user(s, name)
        if existing is not None and existing.login != name and existing.role is not None:
            raise RuleError(
                Msg(
                    "the file already knows this account, as {known} (the system does not tell the case of its names apart)",
                    known=existing.login,
                ),
                record=Msg("user {name}", name=name),
            )
        if existing is not None and existing.role is not None:
            raise RuleError(
                Msg("the file already knows this account"), record=Msg("user {name}", name=name)
            )
        if existing is None:
            s.add(
                AppUser(login=name, role=chosen.value, added_at=utc_now(), added_by=identity.login)
            )
        else:  # known only by a display name it set itself
            existing.role, existing.disabled = chosen.value, False
        s.flush()
        _log(s, identity, name, "role", None, chosen.value)
        return UserRecord(name, chosen, existing.display_name if existing else None, False)


def list_users(database: Database) -> list[UserRecord]:
    """Every user and their role, by login (administrators only)."""
    with database.read() as s:
        authorize(s, database, Permission.MANAGE_USERS)
        names = {
            r.login: r.display_name for r in s.execute(select(AppUser.login, AppUser.display_name))
        }
        if database.server:
            # The role a login holds, disabled or not (``casetracker_role`` is the role it
            # may act with: none once disabled).
            rows = s.execute(
                text(
                    "SELECT DISTINCT r.rolname AS login, "
                    "casetracker_granted_role(r.rolname) AS role, "
                    "NOT r.rolcanlogin AS disabled "
                    "FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
                    "JOIN pg_roles g ON g.oid = m.roleid "
                    "WHERE g.rolname LIKE 'casetracker\\_%' AND r.rolname NOT LIKE 'casetracker\\_%' "
                    "ORDER BY r.rolname"
                )
            ).all()
            return [
                UserRecord(str(r.login), role_of(r.role), names.get(r.login), bool(r.disabled))
                for r in rows
            ]
        users = s.scalars(select(AppUser).where(AppUser.role.is_not(None)).order_by(AppUser.login))
        return [
            UserRecord(u.login, role_of(u.role), u.display_name, bool(u.disabled)) for u in users
        ]


def _not_self(identity: Identity, name: str, what: str) -> None:
    windows = WINDOWS and not identity.server  # a server's logins are its own, by case
    if account_key(name, windows=windows) == account_key(identity.login, windows=windows):
        raise RuleError(
            Msg("you cannot {what} yourself; ask another administrator", what=what),
            record=Msg("user {name}", name=name),
        )


def set_role(database: Database, login: str, role: Role | str) -> UserRecord:
    """Give the user ``role`` instead of the one they have (administrators; not oneself)."""
    name = composed(login.strip())
    chosen = role if isinstance(role, Role) else parse_role(role)
    with database.session() as s:
        identity = authorize(
            s, database, Permission.MANAGE_USERS, record=Msg("user {name}", name=name)
        )
        _not_self(identity, name, "change the role of")
        if database.server:
            s.execute(
                text("SELECT casetracker_set_role(:login, :role)"),
                {"login": name, "role": chosen.value},
            )
            return UserRecord(name, chosen, None, False)
        user = known_user(s, name)
        if user is None or user.role is None:
            raise NotFoundError("user", name)
        before = user.role
        user.role = chosen.value
        s.flush()
        _log(s, identity, name, "role", before, chosen.value)
        return UserRecord(name, chosen, user.display_name, bool(user.disabled))


def disable_user(database: Database, login: str) -> UserRecord:
    """Stop the user working on the database: on PostgreSQL the login can no longer log in
    (NOLOGIN); on a SQLite file the account loses its role (administrators; not oneself)."""
    name = composed(login.strip())
    with database.session() as s:
        identity = authorize(
            s, database, Permission.MANAGE_USERS, record=Msg("user {name}", name=name)
        )
        _not_self(identity, name, "disable")
        if database.server:
            s.execute(text("SELECT casetracker_disable_user(:login)"), {"login": name})
            return UserRecord(name, None, None, True)
        user = known_user(s, name)
        if user is None or user.role is None:
            raise NotFoundError("user", name)
        if user.disabled:
            raise RuleError(
                Msg("the user is already disabled"), record=Msg("user {name}", name=name)
            )
        user.disabled = True
        s.flush()
        _log(s, identity, name, "disabled", "false", "true")
        return UserRecord(name, role_of(user.role), user.display_name, True)
