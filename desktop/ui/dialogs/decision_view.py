"""What a decision would do, in words, for the decision form's preview box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import Outcome
from desktop.reports import labels
from desktop.services.decisions import DecisionPreview, PersonChoice
from desktop.ui import script
from desktop.ui.models import amnesty_text as text
from desktop.ui.problem_text import message_text

WARN = "#8a1c14"
GOOD = "#1b5e20"


def _tr(source: str) -> str:
    return QCoreApplication.translate("DecisionDialog", source)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def preview_html(
    preview: DecisionPreview | None, person: PersonChoice | None, outcome_chosen: bool
) -> str:
    if person is None:
        return _tr("Pick the person: type a case number or a name, then choose from the list.")
    if not outcome_chosen:
        return _tr("Choose the outcome to see what it changes.")
    if preview is None:
        return _tr("Correct the marked fields to see what the decision changes.")
    lines: list[str] = []
    before = labels.case_status(preview.status_before)
    after = labels.case_status(preview.status_after)
    if preview.outcome == Outcome.RELEASED and preview.status_after != preview.status_before:
        lines.append(
            _tr("Status: %1 → <b>%2</b>; the person leaves the count of people held.")
            .replace("%1", before)
            .replace("%2", after)
        )
    elif preview.outcome == Outcome.REDUCED and preview.sentence_end_after is not None:
        line = (
            _tr("Sentence end: %1 → <b>%2</b>")
            .replace("%1", text.day(preview.sentence_end_before))
            .replace("%2", text.day(preview.sentence_end_after))
        )
        if preview.term_before is not None and preview.term_after is not None:
            line += " " + (
                _tr("(term %1 → %2, cut by %3)")
                .replace("%1", text.months(preview.term_before))
                .replace("%2", text.months(preview.term_after))
                .replace("%3", preview.fraction or "")
            )
        lines.append(line)
        if preview.sentence_end_after <= preview.decision_date:
            lines.append(
                f'<span style="color:{WARN}">'
                + _tr("The new end has already passed on the decision date.")
                + "</span>"
            )
    else:
        lines.append(_tr("Nothing changes on the person (status stays %1).").replace("%1", before))
    if preview.replaces_pending_id is not None:
        lines.append(
            _tr("Replaces the pending decision %1 (its history is kept).").replace(
                "%1", script.record_number(preview.replaces_pending_id)
            )
        )
    if preview.exclusions:
        reasons = "; ".join(_escape(message_text(r)) for r in preview.exclusions)
        if preview.needs_override:
            lines.append(
                f'<span style="color:{WARN}"><b>'
                + _tr("The amnesty's criteria exclude this person")
                + f"</b>: {reasons}. "
                + _tr("To decide anyway, give the reason for the override.")
                + "</span>"
            )
        else:
            lines.append(
                _tr("The amnesty's criteria exclude this person: %1.").replace("%1", reasons)
            )
    else:
        lines.append(
            f'<span style="color:{GOOD}">' + _tr("Meets the amnesty's criteria.") + "</span>"
        )
    if preview.problems:
        lines.append(
            f'<span style="color:{WARN}">'
            + _tr("Cannot be saved yet: see the marked fields.")
            + "</span>"
        )
    return "<br>".join(lines)
