"""The note under a table that names a reported figure: what, how much, how precisely, as
of when and from which source, with the figure's own note."""

from __future__ import annotations

from datetime import date

from desktop.reports import labels
from desktop.reports.builders.words import as_of, figure, translate


def reported_note(
    *,
    label: str,
    value: int,
    precision: str,
    day: date | None,
    day_precision: str,
    source: str,
    note: str | None,
) -> str:
    """ "Released: 631 (exact), as of Oct 2020; source [1]." and the figure's note."""
    text = (
        translate("Report", "%1: %2 (%3), as of %4; source %5.")
        .replace("%1", label)
        .replace("%2", figure(value, precision))
        .replace("%3", labels.precision_word(precision))
        .replace("%4", as_of(day, day_precision))
        .replace("%5", source)
    )
    return f"{text} {note}" if note else text
