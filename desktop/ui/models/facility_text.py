"""How facility figures read in the window: translated labels for the stored values, and
reported figures shown as reported ("≈ 65,000", "more than 24") with where they come from."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.enums import DatePrecision, Precision
from desktop.domain.figures import format_as_of, format_value
from desktop.reports import labels
from desktop.services.facilities import OccupancyRow
from desktop.ui import script


def tr(text: str) -> str:
    return QCoreApplication.translate("Facilities", text)


def number(value: int) -> str:
    return QLocale().toString(value)


def signed(value: int) -> str:
    if value > 0:
        return "+" + number(value)
    if value < 0:
        return "−" + number(-value)
    return number(0)


def figure(value: int, precision: str) -> str:
    """A reported figure as reported: "631", "≈ 65,000", "more than 24"."""
    return format_value(
        value,
        precision,
        number=number,
        more_than=tr("more than %1"),
        fewer_than=tr("fewer than %1"),
    )


def as_of(day: date | None, precision: str | None) -> str:
    """A date only as precisely as it was reported: "2020", "Oct 2020", "2020-10-15"."""
    months = tuple(
        QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)
    )
    return script.digits(format_as_of(day, precision or DatePrecision.DAY.value, months=months))


def capacity_text(capacity: int | None) -> str:
    return tr("unknown") if capacity is None else number(capacity)


def population_text(row: OccupancyRow) -> str:
    if row.headcount is not None and row.headcount_precision:
        return figure(row.headcount, row.headcount_precision)
    return number(row.held)


def population_cell(row: OccupancyRow) -> str:
    """The population and where it comes from, short: "≈ 65,000 (Oct 2020)", "366 (records)"."""
    if row.headcount is not None:
        return (
            tr("%1 (%2)")
            .replace("%1", population_text(row))
            .replace("%2", as_of(row.headcount_as_of, row.headcount_as_of_precision))
        )
    return tr("%1 (records)").replace("%1", number(row.held))


def population_source(row: OccupancyRow) -> str:
    """The population figure with its source, in a sentence."""
    if row.headcount is not None:
        return (
            tr("Latest headcount: %1 as of %2 (%3). Source: %4")
            .replace("%1", population_text(row))
            .replace("%2", as_of(row.headcount_as_of, row.headcount_as_of_precision))
            .replace("%3", labels.precision_word(row.headcount_precision))
            .replace("%4", script.embed(row.headcount_source or tr("not recorded")))
        )
    return tr("Counted from the case records of the %1 people held there now.").replace(
        "%1", number(row.held)
    )


def occupancy_text(row: OccupancyRow) -> str:
    occupancy = row.occupancy
    if occupancy is None:
        return tr("unknown")
    precision = (
        row.headcount_precision
        if row.headcount is not None and row.headcount_precision
        else Precision.EXACT.value
    )
    return figure(round(occupancy), precision) + "%"


def occupancy_tooltip(row: OccupancyRow) -> str:
    if row.capacity is None:
        return tr("Capacity unknown: occupancy cannot be worked out.")
    text = (
        tr("%1 of a capacity of %2")
        .replace("%1", occupancy_text(row))
        .replace("%2", number(row.capacity))
    )
    if row.overcrowded:
        text += " — " + tr("overcrowded by %1 people").replace(
            "%1", number(row.population - row.capacity)
        )
    return text
