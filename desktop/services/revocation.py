"""Revoking a decision entered by mistake: never deleted, marked revoked with who, when and
why, and its effects reversed in the same transaction, or refused when reversal is unsafe.

Revoking needs the reviewer role. ``revoked_by`` is the identity the database established
(the ``by`` argument of older callers is ignored). A proposal that was never approved has
no effects to reverse: revoking it withdraws it. A rejected decision cannot be revoked.

Reversal is safe only when the person still shows what the decision set: a release is
reversed (status back to what it was before) only while the person is still released and
has not been moved since; a reduction is reversed (sentence end back) only while the
sentence end is still the one the reduction computed and no later decision built on it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import or_, select

from desktop.domain.decision_rules import RevocationBlock
from desktop.domain.enums import CaseStatus, Outcome
from desktop.domain.errors import (
    FieldProblem,
    RevocationUnsafe,
    RuleError,
    ValidationError,
)
from desktop.domain.messages import Msg
from desktop.domain.roles import DecisionState, Permission
from desktop.services.database import Database
from desktop.services.decision_records import (
    DecisionRecord,
    clean,
    decision_record,
    locked_decision,
    writing,
)
from desktop.services.identity import authorize
from desktop.store.models import Amnesty, AmnestyDecision, Transfer

__all__ = ["RevocationBlock", "RevocationUnsafe", "revoke_decision"]


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def revoke_decision(
    database: Database, *, decision_id: int, reason: str, by: str | None = None
) -> DecisionRecord:
    """Revoke one decision and reverse its effects; refuses (nothing written) when the
    person has changed since in a way that makes the reversal unsafe, and PermissionDenied
    when the user's role may not revoke decisions."""
    del by  # who revokes is the identity the database established
    problems = []
    if not clean(reason):
        problems.append(FieldProblem("reason", Msg("a revocation needs a reason")))
    if problems:
        raise ValidationError(
            problems, record=Msg("decision {decision_id}", decision_id=decision_id)
        )
    with writing(database, "the revocation") as s:
        identity = authorize(
            s,
            database,
            Permission.REVOKE,
            record=Msg("decision {decision_id}", decision_id=decision_id),
        )
        decision, person, label = locked_decision(s, decision_id)
        title = s.get_one(Amnesty, decision.amnesty_id).title
        if decision.revoked_at is not None:
            raise RuleError(
                Msg(
                    "already revoked on {revoked_at:%Y-%m-%d} by {revoked_by}",
                    revoked_at=decision.revoked_at,
                    revoked_by=decision.revoked_by,
                ),
                record=label,
            )
        if decision.state == DecisionState.REJECTED:
            raise RuleError(
                Msg("the decision was rejected; there is nothing to revoke"), record=label
            )
        in_force = decision.state == DecisionState.APPROVED
        later = s.scalars(
            select(AmnestyDecision.id).where(
                AmnestyDecision.detainee_id == person.id,
                AmnestyDecision.id != decision.id,
                AmnestyDecision.revoked_at.is_(None),
                AmnestyDecision.state == DecisionState.APPROVED.value,
                AmnestyDecision.outcome.in_([Outcome.RELEASED.value, Outcome.REDUCED.value]),
                or_(
                    AmnestyDecision.id > decision.id,
                    AmnestyDecision.sentence_end_before == decision.sentence_end_after,
                )
                if decision.outcome == Outcome.REDUCED
                else AmnestyDecision.id > decision.id,
            )
        ).first()
        if not in_force:
            pass  # a proposal changed nothing: withdrawing it reverses nothing
        elif decision.outcome == Outcome.RELEASED:
            if person.status != CaseStatus.RELEASED:
                raise RevocationUnsafe(
                    Msg(
                        "the person's status is now {status!r}, not 'released' as this decision set it; it was changed since, so the release cannot be reversed safely. Correct the case first.",
                        status=person.status,
                    ),
                    why=RevocationBlock.STATUS_CHANGED,
                    status=person.status,
                    record=label,
                )
            moved = s.scalar(
                select(Transfer.id).where(
                    Transfer.detainee_id == person.id,
                    Transfer.transferred_on >= decision.decision_date,
                )
            )
            if moved is not None:
                raise RevocationUnsafe(
                    Msg(
                        "the person was transferred after this decision; the release cannot be reversed safely"
                    ),
                    why=RevocationBlock.TRANSFERRED,
                    record=label,
                )
            if later is not None:
                raise RevocationUnsafe(
                    Msg(
                        "a later decision ({later}) changed this person; revoke it first",
                        later=later,
                    ),
                    why=RevocationBlock.LATER_DECISION,
                    later=later,
                    record=label,
                )
            person.status = decision.status_before or CaseStatus.HELD.value
        elif decision.outcome == Outcome.REDUCED:
            if person.sentence_end != decision.sentence_end_after:
                unknown = Msg("not recorded")
                after = decision.sentence_end_after
                raise RevocationUnsafe(
                    Msg(
                        "the sentence end is now {now}, not {value} as this reduction set it; it was changed since, so the reduction cannot be reversed safely",
                        now=person.sentence_end or unknown,
                        value=after or unknown,
                    ),
                    why=RevocationBlock.SENTENCE_END_CHANGED,
                    sentence_end=person.sentence_end,
                    expected_end=after,
                    record=label,
                )
            if later is not None:
                raise RevocationUnsafe(
                    Msg(
                        "a later decision ({later}) changed this person's sentence; revoke it first",
                        later=later,
                    ),
                    why=RevocationBlock.LATER_DECISION,
                    later=later,
                    record=label,
                )
            person.sentence_end = decision.sentence_end_before
        decision.revoked_at = _utc_now()
        decision.revoked_by = identity.login
        decision.revoked_reason = clean(reason)
        s.flush()
        return decision_record(decision, title, person.case_no)
