"""Roles, what each may do, and the rules of four-eyes approval, in plain Python.

Four roles, each including everything the one before it may do:

* **viewer**: reads everything, previews and prints reports;
* **clerk**: also edits facilities, headcounts, cases, the use of categories and transfers,
  imports lists, proposes decisions and exports lists of people;
* **reviewer**: also approves or rejects other people's proposals and revokes decisions;
* **administrator**: also amnesties and their rules, the category tree, users and roles,
  approval settings, backup, restore and migrations.

Exporting lists of people takes personal data out of the system: it is a permission of its
own, off for viewers.

On PostgreSQL the database enforces these (group roles ``casetracker_<role>``, GRANTs and
triggers); the services check them first so that a refusal reads in plain words. On a
SQLite file they are a procedure, not a security boundary (see docs/security.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from desktop.domain.enums import CaseStatus, Outcome
from desktop.domain.errors import RuleError
from desktop.domain.messages import DECISION_STATE, PERMISSION, ROLE, Msg, Term

GROUP_PREFIX = "casetracker_"


class Role(StrEnum):
    """The roles, from least to most trusted; each includes the ones before it."""

    VIEWER = "viewer"
    CLERK = "clerk"
    REVIEWER = "reviewer"
    ADMINISTRATOR = "administrator"

    @property
    def rank(self) -> int:
        return ROLES.index(self)

    @property
    def group(self) -> str:
        """The PostgreSQL group role of this role."""
        return f"{GROUP_PREFIX}{self.value}"


ROLES: tuple[Role, ...] = (Role.VIEWER, Role.CLERK, Role.REVIEWER, Role.ADMINISTRATOR)


class Permission(StrEnum):
    """Everything a role may or may not do. The value is the action in words, as it is
    written in refusals ("Your role, clerk, may not approve decisions")."""

    READ = "read records"
    PRINT = "preview and print reports"
    EDIT_RECORDS = "edit facilities, headcounts, cases and transfers"
    IMPORT = "import lists"
    PROPOSE = "propose decisions"
    EXPORT_PERSONAL = "export lists of people"
    APPROVE = "approve decisions"  # and reject them
    REVOKE = "revoke decisions"
    CHANGE_STATUS = "change a person's status or sentence outside an approved decision"
    EDIT_AMNESTIES = "edit amnesties and their rules"
    EDIT_CATEGORY_TREE = "edit the category tree"
    MANAGE_USERS = "manage users and roles"
    APPROVAL_SETTINGS = "change approval settings"
    MAINTENANCE = "back up, restore or migrate the database"


# The least role that may do each thing; every role above it may too.
LEAST_ROLE: dict[Permission, Role] = {
    Permission.READ: Role.VIEWER,
    Permission.PRINT: Role.VIEWER,
    Permission.EDIT_RECORDS: Role.CLERK,
    Permission.IMPORT: Role.CLERK,
    Permission.PROPOSE: Role.CLERK,
    Permission.EXPORT_PERSONAL: Role.CLERK,
    Permission.APPROVE: Role.REVIEWER,
    Permission.REVOKE: Role.REVIEWER,
    Permission.CHANGE_STATUS: Role.REVIEWER,
    Permission.EDIT_AMNESTIES: Role.ADMINISTRATOR,
    Permission.EDIT_CATEGORY_TREE: Role.ADMINISTRATOR,
    Permission.MANAGE_USERS: Role.ADMINISTRATOR,
    Permission.APPROVAL_SETTINGS: Role.ADMINISTRATOR,
    Permission.MAINTENANCE: Role.ADMINISTRATOR,
}


def role_that_may(permission: Permission) -> Role:
    """The least role that may do ``permission`` (for tooltips: "needs the reviewer role")."""
    return LEAST_ROLE[permission]


def may(role: Role | None, permission: Permission) -> bool:
    """Whether ``role`` (None: no role in this database) may do ``permission``."""
    if role is None:
        return False
    return role.rank >= LEAST_ROLE[permission].rank


def parse_role(text: str) -> Role:
    """A role from its name; RuleError naming the roles otherwise."""
    try:
        return Role(text.strip().lower())
    except ValueError:
        names = ", ".join(r.value for r in ROLES)
        raise RuleError(
            Msg("no role {text!r}; the roles are {names}", text=text, names=names)
        ) from None


class PermissionDenied(RuleError):
    """The user's role (or the approval rules) forbid the action; nothing was written."""

    def __init__(self, message: str, *, record: str | None = None) -> None:
        super().__init__(message, record=record)


def denied(
    role: Role | None, permission: Permission, *, record: str | None = None
) -> PermissionDenied:
    """The refusal of ``permission`` to ``role``, in plain words."""
    least = role_that_may(permission).value
    if role is None:
        message = Msg(
            "Your login has no Case Tracker role here and may not {permission} "
            "(the {least} role may)",
            permission=Term(PERMISSION, permission.value),
            least=Term(ROLE, least),
        )
    else:
        message = Msg(
            "Your role, {role}, may not {permission} (the {least} role may)",
            role=Term(ROLE, role.value),
            permission=Term(PERMISSION, permission.value),
            least=Term(ROLE, least),
        )
    return PermissionDenied(message, record=record)


def require(role: Role | None, permission: Permission, *, record: str | None = None) -> None:
    """Raise PermissionDenied unless ``role`` may do ``permission``."""
    if not may(role, permission):
        raise denied(role, permission, record=record)


# --- four-eyes approval ------------------------------------------------------------------

# The outcomes that change liberty or a sentence: by default these need approval.
DEFAULT_APPROVAL_OUTCOMES: frozenset[str] = frozenset({Outcome.RELEASED, Outcome.REDUCED})
APPROVABLE_OUTCOMES: frozenset[str] = frozenset({Outcome.RELEASED, Outcome.REDUCED, Outcome.DENIED})


class DecisionState(StrEnum):
    """Where a decision stands. A revoked decision keeps its state and is marked revoked."""

    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"


def format_outcomes(outcomes: Iterable[str]) -> str:
    """The stored form of a set of outcomes: sorted, comma-separated ('' for none)."""
    return ",".join(sorted({o.strip() for o in outcomes if o.strip()}))


def parse_outcomes(text: str | None) -> frozenset[str]:
    """The outcomes of a stored ``format_outcomes`` text; None means the default."""
    if text is None:
        return DEFAULT_APPROVAL_OUTCOMES
    return frozenset(o for o in (p.strip() for p in text.split(",")) if o)


def check_outcomes(outcomes: Iterable[str]) -> frozenset[str]:
    """The outcomes an administrator may make need approval; RuleError names a wrong one."""
    chosen = frozenset(o.strip() for o in outcomes if o.strip())
    wrong = sorted(chosen - APPROVABLE_OUTCOMES)
    if wrong:
        allowed = ", ".join(sorted(APPROVABLE_OUTCOMES))
        raise RuleError(
            Msg(
                "{names} cannot need approval; choose among {allowed}",
                names=", ".join(wrong),
                allowed=allowed,
            )
        )
    return chosen


def needs_approval(outcome: str, *, approval_on: bool, outcomes: frozenset[str]) -> bool:
    """Whether a decision of ``outcome`` is saved as proposed rather than in force."""
    return approval_on and outcome in outcomes


class ProposalChange(StrEnum):
    """How the person changed since a proposal, so that approving it now would be wrong."""

    NO_LONGER_HELD = "no_longer_held"  # a release, but the person is no longer held
    SENTENCE_END_MOVED = "sentence_end_moved"  # a reduction, but the sentence end moved


def change_since_proposal(
    outcome: str, status: str, end_before: date | None, end_now: date | None
) -> ProposalChange | None:
    """What stands in the way of approving a proposal of ``outcome`` made when the
    sentence ended on ``end_before``, for a person now of ``status`` whose sentence ends on
    ``end_now``; None when nothing does."""
    if outcome == Outcome.RELEASED and status != CaseStatus.HELD:
        return ProposalChange.NO_LONGER_HELD
    if outcome == Outcome.REDUCED and end_now != end_before:
        return ProposalChange.SENTENCE_END_MOVED
    return None


def approval_refusal(
    *,
    role: Role | None,
    login: str,
    proposer: str | None,
    state: str,
    revoked: bool,
    record: str,
) -> PermissionDenied | RuleError | None:
    """Why ``login`` (with ``role``) may not approve or reject the decision ``record``, or
    None when it may. The same rules the PostgreSQL triggers enforce."""
    if not may(role, Permission.APPROVE):
        return PermissionDenied(
            Msg(
                "Your role, {role}, may not approve decisions (the reviewer role may)",
                role=Term(ROLE, role.value if role else "none"),
            ),
            record=record,
        )
    if revoked:
        return RuleError(
            Msg("the decision was revoked; only a proposal can be approved"), record=record
        )
    if state != DecisionState.PROPOSED:
        return RuleError(
            Msg(
                "the decision is already {state}; only a proposal can be approved or rejected",
                state=Term(DECISION_STATE, state),
            ),
            record=record,
        )
    if proposer is not None and proposer == login:
        return PermissionDenied(
            Msg("Decisions you proposed must be approved by another reviewer"), record=record
        )
    return None
