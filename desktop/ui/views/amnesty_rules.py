"""Editing an amnesty's rules with checkboxes and lists, never raw JSON. The editor reads
and writes the rules object of ``desktop.domain.criteria``; validation is the domain's, and
its problems are shown beside the part of the editor they concern."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import names
from desktop.domain.errors import ValidationError
from desktop.domain.limits import SENTENCE_MONTHS_MAX
from desktop.services.amnesties import CategoryChoice
from desktop.ui import script
from desktop.ui.problem_text import message_text
from desktop.ui.widgets.date_field import DateField

_SPLIT = re.compile(r"[\s,;،]+")
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _error_label(object_name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setAccessibleName(accessible)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def in_shown_order(choices: Sequence[CategoryChoice]) -> list[CategoryChoice]:
    """``choices`` as a tree (each after the one it is nested in), each level in the order
    of the names the window shows (as the Cases page's filters list them)."""
    codes = {c.code for c in choices}
    children: dict[str | None, list[CategoryChoice]] = {}
    for c in choices:
        parent = c.parent_code if c.parent_code in codes else None
        children.setdefault(parent, []).append(c)
    ordered: list[CategoryChoice] = []

    def visit(parent: str | None) -> None:
        kids = children.get(parent, [])
        for c in sorted(
            kids, key=lambda c: names.sort_key(script.shown_name(c.name, c.name_ar, c.name_ku))
        ):
            ordered.append(c)
            visit(c.code)

    visit(None)
    return ordered


class RulesEditor(QWidget):
    """Checkboxes for the rules, lists of categories, nationality codes as typed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesEditor")
        self.setAccessibleName(self.tr("Rules the application checks"))
        self._quiet = False
        self._errors: dict[str, QLabel] = {}

        self.violent = QCheckBox(
            self.tr("Exclude people accused of a violent crime (“no blood on their hands”)")
        )
        self._name(self.violent, "ruleViolentCrime", self.tr("Exclude violent crime"))
        violent_note = QLabel(
            self.tr(
                "Where it is not recorded whether the person is accused of a violent crime, "
                "the rule does not select them: deciding for them needs an override with a "
                "reason."
            )
        )
        violent_note.setObjectName("ruleViolentCrimeNote")
        violent_note.setWordWrap(True)
        violent_note.setStyleSheet("color: #555555;")

        self.include = self._category_list("ruleCategoryInclude", self.tr("Only these categories"))
        self.exclude = self._category_list("ruleCategoryExclude", self.tr("Not these categories"))
        categories = QGridLayout()
        categories.addWidget(QLabel(self.tr("Only these categories (none ticked: any)")), 0, 0)
        categories.addWidget(QLabel(self.tr("Not these categories")), 0, 1)
        categories.addWidget(self.include, 1, 0)
        categories.addWidget(self.exclude, 1, 1)
        categories.addWidget(self._error("category_include", "ruleCategoryIncludeError"), 2, 0)
        categories.addWidget(self._error("category_exclude", "ruleCategoryExcludeError"), 2, 1)
        nesting = QLabel(self.tr("A category covers the categories within it."))
        nesting.setObjectName("ruleCategoryNote")
        nesting.setStyleSheet("color: #555555;")
        categories.addWidget(nesting, 3, 0, 1, 2)

        self.nat_include = QLineEdit()
        self._name(self.nat_include, "ruleNationalityInclude", self.tr("Only these nationalities"))
        self.nat_include.setPlaceholderText(self.tr("ISO codes, e.g. SY IQ (empty: any)"))
        self.nat_exclude = QLineEdit()
        self._name(self.nat_exclude, "ruleNationalityExclude", self.tr("Not these nationalities"))
        self.nat_exclude.setPlaceholderText(self.tr("ISO codes, e.g. FR DE"))

        self.held_check = QCheckBox(self.tr("Held since before"))
        self._name(self.held_check, "ruleHeldSinceCheck", self.tr("Held since before: on"))
        self.held_date = DateField()
        self._name(self.held_date, "ruleHeldSinceBefore", self.tr("Held since before"))
        self.held_date.setDate(QDate.currentDate())

        self.min_check = QCheckBox(self.tr("Sentence at least"))
        self._name(self.min_check, "ruleSentenceMinCheck", self.tr("Sentence at least: on"))
        self.min_months = self._months("ruleSentenceMin", self.tr("Sentence at least, months"))
        self.max_check = QCheckBox(self.tr("Sentence at most"))
        self._name(self.max_check, "ruleSentenceMaxCheck", self.tr("Sentence at most: on"))
        self.max_months = self._months("ruleSentenceMax", self.tr("Sentence at most, months"))

        form = QFormLayout()
        form.addRow(
            self.tr("Only nationalities"), self._with_error(self.nat_include, "nationality_include")
        )
        form.addRow(
            self.tr("Not nationalities"), self._with_error(self.nat_exclude, "nationality_exclude")
        )
        held = QHBoxLayout()
        held.addWidget(self.held_check)
        held.addWidget(self.held_date)
        held.addStretch(1)
        form.addRow(self._boxed(held, "held_since_before"))
        sentence = QHBoxLayout()
        for w in (self.min_check, self.min_months, self.max_check, self.max_months):
            sentence.addWidget(w)
        sentence.addStretch(1)
        form.addRow(self._boxed(sentence, "sentence_min_months", "sentence_max_months"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.violent)
        layout.addWidget(violent_note)
        layout.addWidget(self._error("exclude_violent_crime", "ruleViolentCrimeError"))
        layout.addLayout(categories)
        layout.addLayout(form)
        self._general = self._error("", "rulesError")
        layout.addWidget(self._general)

        self.violent.toggled.connect(self._emit)
        for edit in (self.nat_include, self.nat_exclude):
            edit.textEdited.connect(self._emit)
        for box in (self.held_check, self.min_check, self.max_check):
            box.toggled.connect(self._enable)
            box.toggled.connect(self._emit)
        self.held_date.dateChanged.connect(self._emit)
        self.min_months.valueChanged.connect(self._emit)
        self.max_months.valueChanged.connect(self._emit)
        self.include.itemChanged.connect(self._emit)
        self.exclude.itemChanged.connect(self._emit)
        self._enable()

    # -- building --------------------------------------------------------------------------
    def _name(self, widget: QWidget, object_name: str, accessible: str) -> None:
        widget.setObjectName(object_name)
        widget.setAccessibleName(accessible)

    def _months(self, object_name: str, accessible: str) -> QSpinBox:
        box = QSpinBox()
        self._name(box, object_name, accessible)
        box.setRange(0, SENTENCE_MONTHS_MAX)
        box.setSuffix(self.tr(" months"))
        return box

    def _category_list(self, object_name: str, accessible: str) -> QListWidget:
        widget = QListWidget()
        self._name(widget, object_name, accessible)
        widget.setMaximumHeight(130)
        return widget

    def _error(self, key: str, object_name: str) -> QLabel:
        label = _error_label(object_name, self.tr("Problem with a rule"))
        self._errors[key] = label
        return label

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        return self._boxed_widgets([widget], key)

    def _boxed(self, layout: QHBoxLayout, *keys: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(layout)
        for key in keys:
            column.addWidget(self._error(key, f"rule{key.title().replace('_', '')}Error"))
        return box

    def _boxed_widgets(self, widgets: list[QWidget], key: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        for w in widgets:
            column.addWidget(w)
        column.addWidget(self._error(key, f"rule{key.title().replace('_', '')}Error"))
        return box

    def set_categories(self, choices: Sequence[CategoryChoice]) -> None:
        keep = self.rules()
        self._quiet = True
        try:
            for widget in (self.include, self.exclude):
                widget.clear()
                for c in in_shown_order(choices):
                    # in the window's language, as the case page names them
                    shown = script.shown_name(c.name, c.name_ar, c.name_ku)
                    item = QListWidgetItem("    " * c.depth + shown)
                    item.setData(CODE_ROLE, c.code)
                    item.setToolTip(c.code)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    widget.addItem(item)
        finally:
            self._quiet = False
        self.set_rules(keep)

    # -- values ----------------------------------------------------------------------------
    def set_rules(self, rules: dict[str, Any]) -> None:
        """Show a rules object (as stored) without reporting a change."""
        self._quiet = True
        try:
            self.violent.setChecked(bool(rules.get("exclude_violent_crime")))
            self._set_codes(self.include, rules.get("category_include", []))
            self._set_codes(self.exclude, rules.get("category_exclude", []))
            self.nat_include.setText(" ".join(rules.get("nationality_include", [])))
            self.nat_exclude.setText(" ".join(rules.get("nationality_exclude", [])))
            held = rules.get("held_since_before")
            self.held_check.setChecked(held is not None)
            if isinstance(held, str):
                day = date.fromisoformat(held)
                self.held_date.setDate(QDate(day.year, day.month, day.day))
            low, high = rules.get("sentence_min_months"), rules.get("sentence_max_months")
            self.min_check.setChecked(low is not None)
            self.min_months.setValue(int(low or 0))
            self.max_check.setChecked(high is not None)
            self.max_months.setValue(int(high or 0))
        finally:
            self._quiet = False
        self._enable()

    def rules(self) -> dict[str, Any]:
        """The rules object the editor shows (validated by ``parse_rules`` on save)."""
        out: dict[str, Any] = {}
        for key, edit in (
            ("nationality_include", self.nat_include),
            ("nationality_exclude", self.nat_exclude),
        ):
            codes = [c.upper() for c in _SPLIT.split(edit.text().strip()) if c]
            if codes:
                out[key] = codes
        for key, widget in (("category_include", self.include), ("category_exclude", self.exclude)):
            codes = self._codes(widget)
            if codes:
                out[key] = codes
        if self.violent.isChecked():
            out["exclude_violent_crime"] = True
        if self.held_check.isChecked():
            d = self.held_date.date()
            out["held_since_before"] = date(d.year(), d.month(), d.day()).isoformat()
        if self.min_check.isChecked():
            out["sentence_min_months"] = self.min_months.value()
        if self.max_check.isChecked():
            out["sentence_max_months"] = self.max_months.value()
        return out

    def show_problems(self, error: ValidationError | None) -> None:
        shown: dict[str, list[str]] = {}
        for p in error.problems if error else []:
            if p.field == "rules" or p.field.startswith("rules."):
                key = p.field.partition(".")[2]
                shown.setdefault(key if key in self._errors else "", []).append(
                    message_text(p.message)
                )
        for key, label in self._errors.items():
            messages = shown.get(key, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))

    def problem_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    # -- internals -------------------------------------------------------------------------
    def _codes(self, widget: QListWidget) -> list[str]:
        return [
            str(widget.item(i).data(CODE_ROLE))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _set_codes(self, widget: QListWidget, codes: list[str]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            checked = item.data(CODE_ROLE) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _enable(self) -> None:
        self.held_date.setEnabled(self.held_check.isChecked() and self.held_check.isEnabled())
        self.min_months.setEnabled(self.min_check.isChecked() and self.min_check.isEnabled())
        self.max_months.setEnabled(self.max_check.isChecked() and self.max_check.isEnabled())

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()
