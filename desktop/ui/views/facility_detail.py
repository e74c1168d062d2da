"""The detail pane of a facility: a header with population, occupancy and their sources, and
three tabs — the record's editable fields, population over time (chart and headcount
history) and the people held. Layout and display only; the controller decides."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import FacilityKind, FacilityStatus
from desktop.reports import labels
from desktop.services.facilities import FacilityDetail, OccupancyRow
from desktop.ui import script
from desktop.ui.editing import DigitsLineEdit, RecordForm
from desktop.ui.models import facility_text as text
from desktop.ui.models.headcount_table import HeadcountTableModel
from desktop.ui.views.facility_people_view import FacilityPeopleView, table
from desktop.ui.views.occupancy_chart import OccupancyChart
from desktop.ui.widgets.history_panel import HistoryPanel
from desktop.ui.widgets.naming import push_button
from desktop.ui.widgets.wrapping_label import WrappingLabel

WARNING_STYLE = "color: #b00020; font-weight: bold;"


def _label(object_name: str, accessible: str, *, rich: bool = True) -> QLabel:
    label = WrappingLabel()  # its lines are never drawn over the widget beneath
    label.setObjectName(object_name)
    label.setAccessibleName(accessible)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FacilityDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facilityDetail")
        self.setAccessibleName(self.tr("Facility detail"))
        self.form = RecordForm(self)

        # The name in the interface's script, the other one beneath; plain text, so that
        # each line starts at the window's leading edge whatever script the name is in.
        self.title = _label("facilityTitle", self.tr("Facility"), rich=False)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title_ar = _label(
            "facilityTitleOther", self.tr("Name in the other script"), rich=False
        )
        font = self.title_ar.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_ar.setFont(font)
        self.population = _label("facilityPopulation", self.tr("Population"))
        self.provenance = _label("facilityProvenance", self.tr("Source of the population figure"))
        self.provenance.setStyleSheet("color: #505050;")
        self.occupancy = _label("facilityOccupancy", self.tr("Occupancy"))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("facilityTabs")
        self.tabs.setAccessibleName(self.tr("Facility detail sections"))
        self.tabs.addTab(self._record_tab(), self.tr("&Record"))
        self.tabs.addTab(
            _scrolling(self._population_tab(), "facilityPopulationScroll"),
            self.tr("&Population over time"),
        )
        self.people = FacilityPeopleView()
        self.tabs.addTab(_scrolling(self.people, "facilityPeopleScroll"), self.tr("People &held"))
        self.history = HistoryPanel.of_form(self.form, object_name="facilityHistory")
        self.tabs.addTab(self.history, self.tr("His&tory"))
        self.tabs.setUsesScrollButtons(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.title_ar)
        layout.addWidget(self.population)
        layout.addWidget(self.provenance)
        layout.addWidget(self.occupancy)
        layout.addWidget(self.tabs, 1)

    # -- layout ----------------------------------------------------------------------------
    def _record_tab(self) -> QWidget:
        body = QWidget()
        body.setObjectName("facilityRecordTab")
        grid = QFormLayout(body)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add = self.form.add_row
        self.name = QLineEdit()
        add(grid, self.tr("&Name"), self.name, "name", object_name="facilityName")
        self.name_ar = QLineEdit()
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        add(grid, self.tr("Name in &Arabic"), self.name_ar, "name_ar", object_name="facilityNameAr")
        self.parent_combo = QComboBox()
        add(grid, self.tr("&Inside"), self.parent_combo, "parent_id", object_name="facilityParent")
        self.kind = QComboBox()
        for value, shown in labels.choices(FacilityKind, labels.facility_kind).items():
            self.kind.addItem(shown, value)
        add(grid, self.tr("&Kind"), self.kind, "kind", object_name="facilityKind")
        self.governorate = QLineEdit()
        add(
            grid,
            self.tr("&Governorate"),
            self.governorate,
            "governorate",
            object_name="facilityGovernorate",
        )
        self.operator = QLineEdit()
        add(grid, self.tr("&Operator"), self.operator, "operator", object_name="facilityOperator")
        self.capacity = DigitsLineEdit()
        self.capacity.setPlaceholderText(self.tr("unknown"))
        self.capacity.setToolTip(
            self.tr("Design capacity: a whole number, or empty when it is not known")
        )
        add(grid, self.tr("&Capacity"), self.capacity, "capacity", object_name="facilityCapacity")
        self.status = QComboBox()
        for value, shown in labels.choices(FacilityStatus, labels.facility_status).items():
            self.status.addItem(shown, value)
        add(grid, self.tr("&Status"), self.status, "status", object_name="facilityStatus")
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(60)
        self.notes.setTabChangesFocus(True)  # Tab goes on to the next control, as elsewhere
        add(grid, self.tr("N&otes"), self.notes, "notes", object_name="facilityNotes")
        self.synthetic = _label("facilitySynthetic", self.tr("Synthetic record"))
        self.synthetic.setStyleSheet("color: #8a6d00;")
        grid.addRow(self.synthetic)
        return _scrolling(body, "facilityRecordScroll")

    def _population_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("facilityPopulationTab")
        self.chart = OccupancyChart()
        self.capacity_note = _label("chartCapacityNote", self.tr("Capacity"))
        self.headcounts_model = HeadcountTableModel(self)
        self.headcounts = table(
            "headcountTable", self.tr("Headcount history"), self.headcounts_model
        )
        self.headcounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.headcounts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_headcount = push_button("addHeadcount", self.tr("&Add headcount…"))
        self.edit_headcount = push_button("editHeadcount", self.tr("C&hange…"))
        self.delete_headcount = push_button("deleteHeadcount", self.tr("De&lete headcount"))
        buttons = QHBoxLayout()
        for b in (self.add_headcount, self.edit_headcount, self.delete_headcount):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        history = _label("headcountCaption", self.tr("Headcount history"))
        history.setText(self.tr("<b>Headcount history</b> (as reported, newest first)"))
        column.addWidget(history)
        column.addWidget(self.headcounts, 1)
        column.addLayout(buttons)
        upper = QWidget()
        top = QVBoxLayout(upper)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.chart, 1)
        top.addWidget(self.capacity_note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("populationSplitter")
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 170])
        layout = QVBoxLayout(page)
        layout.addWidget(split)
        return page

    # -- display ---------------------------------------------------------------------------
    def set_parent_choices(self, rows: Sequence[OccupancyRow], exclude: int | None) -> None:
        """Fill "Inside" with every facility but ``exclude``, sections indented under theirs."""
        combo = self.parent_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none — a facility of its own)"), None)
        by_parent: dict[int | None, list[OccupancyRow]] = {}
        for r in rows:
            by_parent.setdefault(r.parent_id, []).append(r)

        def add(parent: int | None, depth: int, seen: frozenset[int]) -> None:
            for r in sorted(by_parent.get(parent, []), key=lambda r: r.name.casefold()):
                if r.id in seen:
                    continue
                if r.id != exclude:
                    combo.addItem("    " * depth + script.shown_name(r.name, r.name_ar), r.id)
                add(r.id, depth + 1, seen | {r.id})

        add(None, 0, frozenset())
        combo.blockSignals(False)

    def show_header(self, detail: FacilityDetail | None, *, new_record: bool = False) -> None:
        if new_record or detail is None:
            self.title.setText(self.tr("New facility"))
            self.title_ar.hide()
            self.population.setText(self.tr("Not saved yet."))
            self.provenance.clear()
            self.occupancy.clear()
            self.synthetic.clear()
            return
        r = detail.record
        o = detail.occupancy
        first, other = script.names(r.name, r.name_ar)
        self.title.setText(script.line(first))
        self.title_ar.setText(script.line(other))
        self.title_ar.setVisible(bool(other))
        if o.headcount is not None:
            self.population.setText(
                self.tr("Population <b>%1</b> as of %2 — latest reported headcount")
                .replace("%1", _escape(text.population_text(o)))
                .replace("%2", _escape(text.as_of(o.headcount_as_of, o.headcount_as_of_precision)))
            )
            self.provenance.setText(
                self.tr("Source: %1").replace(
                    "%1", script.embed(_escape(detail.latest.source if detail.latest else ""))
                )
                + "<br>"
                + self.tr("Counted from case records: %1 held now").replace(
                    "%1", text.number(o.held)
                )
            )
        else:
            self.population.setText(
                self.tr(
                    "Population <b>%1</b> — counted from the case records of people held now"
                ).replace("%1", text.number(o.held))
            )
            self.provenance.setText(self.tr("No headcount has been reported for this facility."))
        tooltip = text.population_source(o)
        self.population.setToolTip(tooltip)
        self.provenance.setToolTip(tooltip)
        self.occupancy.setToolTip(text.occupancy_tooltip(o))
        if o.capacity is None:
            self.occupancy.setStyleSheet("")
            self.occupancy.setText(self.tr("Occupancy unknown: design capacity not reported."))
        elif o.overcrowded:
            self.occupancy.setStyleSheet(WARNING_STYLE)
            self.occupancy.setText(
                self.tr("Overcrowded: %1 of capacity %2 (%3 people over)")
                .replace("%1", _escape(text.occupancy_text(o)))
                .replace("%2", text.number(o.capacity))
                .replace("%3", text.number(o.population - o.capacity))
            )
        else:
            self.occupancy.setStyleSheet("")
            self.occupancy.setText(
                self.tr("Occupancy %1 of capacity %2")
                .replace("%1", _escape(text.occupancy_text(o)))
                .replace("%2", text.number(o.capacity))
            )
        self.synthetic.setText(
            self.tr("Synthetic record for demonstration; not a real facility.")
            if r.synthetic
            else ""
        )
        self.synthetic.setVisible(r.synthetic)

    def show_none(self) -> None:
        """No facility to show (none yet, or the last one deleted): what to do instead."""
        self.title.setText(self.tr("No facility yet"))
        self.title_ar.hide()
        self.population.setText(
            self.tr("New facility (Ctrl+N) adds one; File ▸ Import… brings in a list.")
        )
        self.provenance.clear()
        self.occupancy.clear()
        self.occupancy.setStyleSheet("")
        self.synthetic.clear()
        self.synthetic.hide()

    def show_text_starts(self) -> None:
        """Long values read from their start (setText leaves the cursor at the end)."""
        for edit in (self.name, self.name_ar, self.governorate, self.operator):
            edit.setCursorPosition(0)

    def show_population(self, detail: FacilityDetail | None) -> None:
        if detail is None:
            self.headcounts_model.set_rows([])
            self.chart.show_figures([], capacity=None, held=0)
            self.capacity_note.clear()
            return
        self.headcounts_model.set_rows(detail.headcounts)
        o = detail.occupancy
        self.chart.show_figures(detail.headcounts, capacity=o.capacity, held=o.held)
        self.capacity_note.setText(
            self.tr("Design capacity not reported (unknown), so no capacity line is drawn.")
            if o.capacity is None
            else self.tr("Dashed line: design capacity %1.").replace("%1", text.number(o.capacity))
        )


def _scrolling(body: QWidget, object_name: str) -> QScrollArea:
    """``body`` in a scroll area, so that a small window shows all of it by scrolling."""
    scroll = QScrollArea()
    scroll.setObjectName(object_name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
