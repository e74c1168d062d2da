"""Refusals in the interface's words. The services refuse with typed errors whose message
is the command line's English; where the error carries what was wrong as a typed value
(``ProposalChanged``, ``RevocationUnsafe``), the window words it here through the catalog.
Any other error keeps its own message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.reports import labels
from desktop.services.approvals import ProposalChange, ProposalChanged
from desktop.services.revocation import RevocationBlock, RevocationUnsafe
from desktop.ui import script
from desktop.ui.problem_text import error_text


def _tr(source: str) -> str:
    return QCoreApplication.translate("Refusals", source)


def proposal_change_text(change: str, *, status: str, sentence_end: str) -> str:
    """Why a proposal cannot be approved now: how the person changed since it was made.
    ``sentence_end`` is already shown as a day."""
    if change == ProposalChange.NO_LONGER_HELD:
        return _tr(
            "The person is now %1, no longer held as when the release was proposed."
        ).replace("%1", labels.case_status(status))
    return _tr("The sentence end is now %1, not as when the reduction was proposed.").replace(
        "%1", sentence_end
    )


def _revocation_text(exc: RevocationUnsafe) -> str:
    if exc.why == RevocationBlock.STATUS_CHANGED:
        return _tr(
            "The person's status is now “%1”, not released as this decision set it: the "
            "release cannot be reversed safely. Correct the case first."
        ).replace("%1", labels.case_status(exc.status or ""))
    if exc.why == RevocationBlock.TRANSFERRED:
        return _tr(
            "The person was transferred after this decision: the release cannot be reversed safely."
        )
    if exc.why == RevocationBlock.SENTENCE_END_CHANGED:
        return (
            _tr(
                "The sentence end is now %1, not %2 as this reduction set it: the reduction "
                "cannot be reversed safely."
            )
            .replace("%1", script.day(exc.sentence_end))
            .replace("%2", script.day(exc.expected_end))
        )
    return _tr("A later decision (%1) changed this person; revoke it first.").replace(
        "%1", str(exc.later)
    )


def refusal_text(exc: BaseException) -> str:
    """What the window says about a refusal: typed refusals in the interface's language,
    any other error by its message, in the interface's language."""
    if isinstance(exc, ProposalChanged):
        return proposal_change_text(
            exc.change, status=exc.status, sentence_end=script.day(exc.sentence_end)
        )
    if isinstance(exc, RevocationUnsafe):
        return _revocation_text(exc)
    return error_text(exc)
