"""Typed errors raised by rules and services.

Each names what was wrong so that the window can show it beside the field and the
command line can print it naming the record, field or row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.messages import FIELD, RECORD, Msg, Term, joined

# A message lists at most this many problems, and then how many more there are.
PROBLEMS_SHOWN = 100


class CaseTrackerError(Exception):
    """Base of every error the application expects and explains to the user."""


@dataclass(frozen=True)
class FieldProblem:
    """One broken rule: which field, which value, and the rule in words."""

    field: str
    message: str
    value: object = None
    row: int | None = None

    def describe(self, record: str | None = None) -> Msg:
        where: list[str] = []
        if record:
            where.append(record)
        if self.row is not None:
            where.append(Msg("row {row}", row=self.row))
        where.append(Msg("field '{field}'", field=Term(FIELD, self.field)))
        place = joined(", ", where)
        if self.value is None:
            return Msg("{place}: {message}", place=place, message=self.message)
        return Msg(
            "{place} (value {value!r}): {message}",
            place=place,
            value=self.value,
            message=self.message,
        )


@dataclass
class ValidationError(CaseTrackerError):
    """One or more fields break a rule. Nothing was written."""

    problems: list[FieldProblem] = field(default_factory=list)
    record: str | None = None

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        return "; ".join(self.lines())

    def lines(self) -> list[Msg]:
        """One message per problem shown, then how many more there are."""
        shown = [p.describe(self.record) for p in self.problems[:PROBLEMS_SHOWN]]
        rest = len(self.problems) - PROBLEMS_SHOWN
        if rest > 0:
            shown.append(Msg("and {rest:,} more problem(s)", rest=rest))
        return shown

    def for_field(self, name: str) -> list[str]:
        return [p.message for p in self.problems if p.field == name]


class RuleError(CaseTrackerError):
    """An action breaks a rule that is not about one field (e.g. delete while in use)."""

    def __init__(self, message: str, *, record: str | None = None) -> None:
        self.record = record
        self.message = message
        super().__init__(
            Msg("{record}: {message}", record=record, message=message) if record else message
        )


class ProposalChanged(RuleError):
    """Approving the proposal is refused because the person changed since it was made.
    ``change`` (a ``roles.ProposalChange``), ``status`` and ``sentence_end`` (the person's
    now) let the window word it; the message is the command line's English."""

    def __init__(
        self,
        message: str,
        *,
        change: str,
        status: str,
        sentence_end: date | None,
        record: str | None = None,
    ) -> None:
        super().__init__(message, record=record)
        self.change = change
        self.status = status
        self.sentence_end = sentence_end


class RevocationUnsafe(RuleError):
    """Revoking is refused because reversing the decision's effect is no longer safe.
    ``why`` (a ``decision_rules.RevocationBlock``) and the person's ``status`` or
    ``sentence_end`` now, the ``expected_end`` the reduction set and the ``later`` decision's
    id let the window word it; the message is the command line's English."""

    def __init__(
        self,
        message: str,
        *,
        why: str,
        record: str | None = None,
        status: str | None = None,
        sentence_end: date | None = None,
        expected_end: date | None = None,
        later: int | None = None,
    ) -> None:
        super().__init__(message, record=record)
        self.why = why
        self.status = status
        self.sentence_end = sentence_end
        self.expected_end = expected_end
        self.later = later


class NotFoundError(CaseTrackerError):
    """A record named by id, number or name does not exist."""

    def __init__(self, kind: str, ref: object) -> None:
        self.kind = kind
        self.ref = ref
        super().__init__(Msg("no {kind} {ref!r}", kind=Term(RECORD, kind), ref=ref))


class ConflictError(CaseTrackerError):
    """Someone else saved the record since it was loaded; nothing was overwritten.

    ``theirs`` holds the record's current saved values (every field, not only the ones you
    changed) and ``version`` its current version: to save on top of theirs after merging,
    save again with ``expected_version=error.version``. ``yours`` holds the changes that were
    refused, ``expected`` the version they were based on."""

    def __init__(
        self,
        record: str,
        theirs: Mapping[str, object],
        yours: Mapping[str, object],
        *,
        version: int | None = None,
        expected: int | None = None,
    ) -> None:
        self.record = record
        self.theirs: dict[str, object] = dict(theirs)
        self.yours: dict[str, object] = dict(yours)
        self.version = version
        self.expected = expected
        super().__init__(
            Msg("{record} was changed by someone else since you opened it", record=record)
        )

    def changed_fields(self) -> list[str]:
        """The fields of yours whose saved value is now different from what you typed."""
        return [k for k, v in self.yours.items() if k in self.theirs and self.theirs[k] != v]


class DatabaseError(CaseTrackerError):
    """The database cannot be opened, read or written (locked, read-only, full, newer)."""


class PassphraseNeeded(DatabaseError):
    """The database is encrypted and no passphrase was given: ask for one and try again."""

    def __init__(self, name: str | None = None, *, hint: str | None = None) -> None:
        self.name = name
        where = Msg("{name} is encrypted", name=name) if name else Msg("this database is encrypted")
        needed = Msg("{where}: a passphrase is needed", where=where)
        super().__init__(Msg("{needed}; {hint}", needed=needed, hint=hint) if hint else needed)


class WrongPassphrase(DatabaseError):
    """The passphrase does not open the encrypted database; nothing was read or written."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name
        super().__init__(
            Msg("wrong passphrase for {name} (or not an encrypted Case Tracker file)", name=name)
            if name
            else Msg("wrong passphrase (or not an encrypted Case Tracker file)")
        )
