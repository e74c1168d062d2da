"""The case list's filters: facility, category (each with what is nested inside), status and
nationality; filter sets saved by name in the settings."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import names
from desktop.domain.enums import CaseStatus
from desktop.reports import labels
from desktop.services.case_records import CaseOptions, Choice
from desktop.services.cases import CaseQuery
from desktop.ui import script

SAVED_KEY = "cases/saved_filters"


@dataclass(frozen=True)
class Filters:
    facility_id: int | None = None
    category_id: int | None = None
    status: str | None = None
    nationality: str | None = None

    def apply(self, query: CaseQuery) -> CaseQuery:
        return replace(
            query,
            facility_ids=(self.facility_id,) if self.facility_id is not None else (),
            category_ids=(self.category_id,) if self.category_id is not None else (),
            statuses=(self.status,) if self.status else (),
            nationalities=(self.nationality,) if self.nationality else (),
        )

    def is_empty(self) -> bool:
        return self == Filters()


def ask_filter_name(parent: QWidget, suggestion: str) -> str | None:
    """The name to save the current filters under (tests replace this)."""
    text, ok = QInputDialog.getText(
        parent,
        parent.tr("Save filters"),
        parent.tr("Name of this set of filters:"),
        text=suggestion,
    )
    return text.strip() if ok and text.strip() else None


def shown(choice: Choice) -> str:
    """A category's or facility's name in the window's language."""
    return script.shown_name(choice.name, choice.name_ar, choice.name_ku)


def nested(choices: tuple[Choice, ...]) -> list[tuple[Choice, int]]:
    """Choices in tree order (children after their parent, each level in the order of the
    names shown), with their depth."""
    children: dict[int | None, list[Choice]] = {}
    ids = {c.id for c in choices}
    for c in sorted(choices, key=lambda c: (names.sort_key(shown(c)), c.id)):
        parent = c.parent_id if c.parent_id in ids else None
        children.setdefault(parent, []).append(c)
    out: list[tuple[Choice, int]] = []

    def visit(parent: int | None, depth: int) -> None:
        for c in children.get(parent, []):
            out.append((c, depth))
            visit(c.id, depth + 1)

    visit(None, 0)
    return out


def fill_tree_combo(combo: QComboBox, choices: tuple[Choice, ...], first: str) -> None:
    """``first`` (data None), then the choices indented under their parents."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for choice, depth in nested(choices):
        combo.addItem("    " * depth + shown(choice), choice.id)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def fit_first_item(combo: QComboBox) -> None:
    """Keep ``combo`` wide enough for its first item ("Any category"), whole; longer
    choices (facility names) are elided when chosen, whole in the list."""
    metrics = combo.fontMetrics()
    wanted = metrics.horizontalAdvance(combo.itemText(0)) if combo.count() else 0
    letters = -(-wanted // max(1, metrics.horizontalAdvance("x"))) + 1
    combo.setMinimumContentsLength(max(5, letters))


class FilterBar(QWidget):
    """Combo boxes for the filters and the saved sets of them."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseFilters")
        self._settings = settings
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        self.facility = self._combo("caseFilterFacility", self.tr("Filter by facility"))
        self.category = self._combo("caseFilterCategory", self.tr("Filter by category"))
        self.status = self._combo("caseFilterStatus", self.tr("Filter by status"))
        self.nationality = self._combo("caseFilterNationality", self.tr("Filter by nationality"))
        self.status.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.status.addItem(labels.case_status(status.value), status.value)
        self.nationality.addItem(self.tr("Any nationality"), None)
        self.facility.addItem(self.tr("Any facility"), None)
        self.category.addItem(self.tr("Any category"), None)
        self.saved = self._combo("caseSavedFilters", self.tr("Saved filters"))
        self.save_button = QPushButton(self.tr("Save filters…"))
        self.save_button.setObjectName("caseSaveFilters")
        self.save_button.setAccessibleName(self.tr("Save these filters by name"))
        self.delete_button = QPushButton(self.tr("Forget"))
        self.delete_button.setObjectName("caseForgetFilters")
        self.delete_button.setAccessibleName(self.tr("Forget the chosen saved filters"))
        # Two filters a row, then the saved sets of them, so that each box shows its whole
        # "Any …" (each says what it filters: "Any category") in a narrow pane and in the
        # longer words of Sorani, and the case detail beside keeps its room.
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        for row, combo in (
            (layout, self.facility),
            (layout, self.category),
            (second, self.status),
            (second, self.nationality),
        ):
            row.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._edited)
        saved_row = QHBoxLayout()
        saved_row.setContentsMargins(0, 0, 0, 0)
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.save_button)
        saved_row.addWidget(self.delete_button)
        saved_row.addStretch(1)
        outer.addLayout(layout)
        outer.addLayout(second)
        outer.addLayout(saved_row)
        self.saved.activated.connect(self._recall)
        self.save_button.clicked.connect(self.save_current)
        self.delete_button.clicked.connect(self.forget_current)
        self._fill_saved()
        for combo in (self.facility, self.category, self.status, self.nationality, self.saved):
            fit_first_item(combo)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setMinimumContentsLength(5)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    # -- options and values ----------------------------------------------------------------
    def set_options(self, options: CaseOptions) -> None:
        fill_tree_combo(self.facility, options.facilities, self.tr("Any facility"))
        fill_tree_combo(self.category, options.categories, self.tr("Any category"))
        current = self.nationality.currentData()
        self.nationality.blockSignals(True)
        self.nationality.clear()
        self.nationality.addItem(self.tr("Any nationality"), None)
        for code in options.nationalities:
            self.nationality.addItem(code, code)
        index = self.nationality.findData(current)
        self.nationality.setCurrentIndex(max(index, 0))
        self.nationality.blockSignals(False)

    def filters(self) -> Filters:
        return Filters(
            self.facility.currentData(),
            self.category.currentData(),
            self.status.currentData(),
            self.nationality.currentData(),
        )

    def set_filters(self, filters: Filters) -> None:
        pairs = [
            (self.facility, filters.facility_id),
            (self.category, filters.category_id),
            (self.status, filters.status),
            (self.nationality, filters.nationality),
        ]
        for combo, value in pairs:
            combo.blockSignals(True)
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
        self._edited()

    def _edited(self) -> None:
        self.changed.emit()

    # -- saved sets ------------------------------------------------------------------------
    def saved_filters(self) -> dict[str, Filters]:
        raw = self._settings.value(SAVED_KEY, "{}")
        try:
            data = json.loads(str(raw))
        except ValueError:
            return {}
        return {str(name): Filters(**values) for name, values in data.items()}

    def _store(self, saved: dict[str, Filters]) -> None:
        data = {name: asdict(f) for name, f in sorted(saved.items())}
        self._settings.setValue(SAVED_KEY, json.dumps(data, ensure_ascii=False))
        self._fill_saved()

    def _fill_saved(self) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("Saved filters…"), None)
        for name in self.saved_filters():
            self.saved.addItem(name, name)
        self.saved.blockSignals(False)
        self.delete_button.setEnabled(False)

    def save_current(self) -> None:
        name = ask_filter_name(self, self.saved.currentData() or "")
        if not name:
            return
        saved = self.saved_filters()
        saved[name] = self.filters()
        self._store(saved)
        self.saved.setCurrentIndex(self.saved.findData(name))
        self.delete_button.setEnabled(True)

    def forget_current(self) -> None:
        name = self.saved.currentData()
        if name is None:
            return
        saved = self.saved_filters()
        saved.pop(name, None)
        self._store(saved)

    def _recall(self, index: int) -> None:
        name = self.saved.itemData(index)
        self.delete_button.setEnabled(name is not None)
        if name is None:
            return
        found = self.saved_filters().get(name)
        if found is not None:
            self.set_filters(found)
