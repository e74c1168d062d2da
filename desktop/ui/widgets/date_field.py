"""One date field for every date the window asks for: typed whole as text, with a calendar
popup as well, and what was understood shown beneath it.

A person types ``2020-11-15``, ``15/11/2020`` or the same in Arabic-Indic digits
(``١٥/١١/٢٠٢٠``); the line beneath says "15 November 2020" as soon as the text is a date,
or what is wrong with it. Text that is not a date is never taken silently: when the field is
left (or Enter is pressed) it shows the date it keeps and says so. What is typed stays as
typed while it is typed; a date the field shows (a stored one, or a typed one once the field
is left) is written as the window's tables write dates: ISO order, the locale's digits.

The API is the part of ``QDateEdit``'s that the forms use (``date``, ``setDate``,
``dateChanged``, ``minimumDate``/``setMinimumDate``, ``setMaximumDate``,
``setSpecialValueText``), so that a form binds it like one. An empty field is "no date":
``date()`` is then the minimum date, as a ``QDateEdit`` with special value text gives it.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.domain.numbers import ascii_digits
from desktop.ui import script

ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
DAY_FIRST = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def written(value: QDate) -> str:
    """A date as the field writes it: as the window's tables show one (ISO order, the
    locale's digits: Arabic-Indic in the Arabic and Sorani windows)."""
    return script.day(date(value.year(), value.month(), value.day()))


def parse_typed_date(typed: str) -> date | None:
    """The date in ``typed`` (``YYYY-MM-DD`` or ``DD/MM/YYYY``, any digits); None when the
    text is empty. Raises ValueError saying what is wrong."""
    text = ascii_digits(typed.strip()).replace("\u066b", "/").replace("\u200f", "")
    if not text:
        return None
    match = ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = DAY_FIRST.match(text)
        if not match:
            raise ValueError("format")
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError("no such day") from None


class DateField(QWidget):
    """A date typed as text or picked from a calendar; see the module's description."""

    dateChanged = Signal(QDate)

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum = QDate(1752, 9, 14)
        self._maximum = QDate(9999, 12, 31)
        self._empty_allowed = False
        self._date = value if value is not None and value.isValid() else QDate.currentDate()
        self._typing_from: QDate | None = None  # the date before the text was edited
        self._modified = False  # the user typed or picked a date since it was last set

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD or DD/MM/YYYY"))
        self.edit.setToolTip(
            self.tr("Type the date as 2020-11-15 or 15/11/2020, or pick it from the calendar")
        )
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("dateFieldCalendar")
        self.calendar.setGridVisible(True)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_opens)
        self.button.setMenu(menu)
        self.understood = QLabel()
        self.understood.setObjectName("dateFieldUnderstood")
        self.understood.setStyleSheet("color: palette(placeholder-text);")
        self.understood.setTextFormat(Qt.TextFormat.PlainText)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(row)
        column.addWidget(self.understood)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._settle)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._show(self._date)

    # -- the QDateEdit part that forms use -------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate) -> None:
        if not value.isValid():
            return
        value = max(self._minimum, min(self._maximum, value))
        self._typing_from = None
        self._modified = False
        self._show(value)
        self._set(value)

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    def setMinimumDate(self, value: QDate) -> None:
        self._minimum = QDate(value)
        self.calendar.setMinimumDate(value)
        if self._date < value:
            self.setDate(value)

    def setMaximumDate(self, value: QDate) -> None:
        self._maximum = QDate(value)
        self.calendar.setMaximumDate(value)

    def setSpecialValueText(self, _text: str) -> None:
        """As with QDateEdit: the minimum date stands for "no date", shown empty."""
        self._empty_allowed = True
        self._show(self._date)

    def text(self) -> str:
        return self.edit.text()

    def isModified(self) -> bool:
        """As QLineEdit's: the user typed or picked a date since the program last set one
        (a dialog asks before such work is dropped)."""
        return self._modified

    def setObjectName(self, name: str) -> None:
        """The parts are named after the field (for tests and accessibility tools)."""
        super().setObjectName(name)
        self.edit.setObjectName(f"{name}Text")
        self.button.setObjectName(f"{name}Calendar")
        self.understood.setObjectName(f"{name}Understood")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("%1: choose from a calendar").replace("%1", name))

    # -- internals -------------------------------------------------------------------------
    def _is_empty_date(self, value: QDate) -> bool:
        return self._empty_allowed and value == self._minimum

    def _show(self, value: QDate) -> None:
        empty = self._is_empty_date(value)
        self.edit.setText("" if empty else written(value))
        self._say(value, empty)

    def _say(self, value: QDate | None, empty: bool = False, problem: str = "") -> None:
        if problem:
            self.understood.setText(problem)
            self.understood.setStyleSheet("color: #b00020;")
            return
        self.understood.setStyleSheet("color: palette(placeholder-text);")
        if empty or value is None:
            self.understood.setText(self.tr("No date") if self._empty_allowed else "")
            return
        self.understood.setText(self.locale().toString(value, QLocale.FormatType.LongFormat))

    def _understand(self, typed: str) -> tuple[QDate | None, str]:
        """The date typed (None for empty) and, when it is not one, why."""
        try:
            day = parse_typed_date(typed)
        except ValueError as exc:
            if str(exc) == "no such day":
                return None, self.tr("There is no such day: %1").replace("%1", typed.strip())
            return None, self.tr("Not a date yet: type 2020-11-15 or 15/11/2020")
        if day is None:
            if self._empty_allowed:
                return self._minimum, ""
            return None, self.tr("A date is needed")
        value = QDate(day.year, day.month, day.day)
        if value < self._minimum or value > self._maximum:
            return None, self.tr("Out of range: %1 to %2").replace(
                "%1", written(self._minimum)
            ).replace("%2", written(self._maximum))
        return value, ""

    def _typed(self, typed: str) -> None:
        self._modified = True
        if self._typing_from is None:
            self._typing_from = QDate(self._date)
        value, problem = self._understand(typed)
        if value is None:
            # Not a date (yet): the field holds the date it had before the typing, not a
            # date passed on the way ("2019-02-3" on the way to "2019-02-30").
            self._say(None, problem=problem)
            self._set(self._typing_from)
            return
        self._say(value, self._is_empty_date(value))
        self._set(value)

    def _settle(self) -> None:
        """Leaving the field: text that is not a date gives way to the date kept, and the
        line beneath says so."""
        self._typing_from = None
        value, problem = self._understand(self.edit.text())
        if value is not None:
            self._show(value)
            return
        kept = self._date
        self._show(kept)
        shown = self.tr("no date") if self._is_empty_date(kept) else written(kept)
        self._say(None, problem=self.tr("%1; kept %2").replace("%1", problem).replace("%2", shown))

    def _calendar_opens(self) -> None:
        self.calendar.setSelectedDate(
            QDate.currentDate() if self._is_empty_date(self._date) else self._date
        )
        # The keyboard goes to the calendar's days once the popup is up.
        QTimer.singleShot(0, lambda: self.calendar.setFocus(Qt.FocusReason.PopupFocusReason))

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        self._modified = True
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _set(self, value: QDate) -> None:
        if value != self._date:
            self._date = QDate(value)
            self.dateChanged.emit(QDate(value))
