"""The "People held" tab: who is held in a facility counted by category beside the latest
reported headcount, and a page of the people themselves, each opening their case."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.facilities import FacilityDetail, PeoplePage
from desktop.ui.models import facility_text as text
from desktop.ui.models.facility_people import CategoryComparisonModel, HeldPeopleModel
from desktop.ui.widgets.naming import push_button, record_table
from desktop.ui.widgets.wrapping_label import WrappingLabel


def table(object_name: str, accessible: str, model: QAbstractItemModel) -> QTableView:
    view = record_table(object_name, accessible, model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setObjectName(f"{object_name}Header")
    header.setAccessibleName(accessible)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    vertical = view.verticalHeader()
    vertical.setObjectName(f"{object_name}RowHeader")
    vertical.setAccessibleName(accessible)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    vertical.hide()
    return view


class FacilityPeopleView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facilityPeopleTab")
        self.setAccessibleName(self.tr("People held"))
        self.comparison_model = CategoryComparisonModel(self)
        self.comparison = table(
            "categoryComparison",
            self.tr("People held by category beside the latest headcount"),
            self.comparison_model,
        )
        self.comparison.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.comparison_caption = WrappingLabel()
        self.comparison_caption.setObjectName("categoryComparisonCaption")

        self.people_model = HeldPeopleModel(self)
        self.people = table("heldPeople", self.tr("People held"), self.people_model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_caption = WrappingLabel()
        self.people_caption.setObjectName("heldPeopleCaption")
        self.more = push_button("morePeople", self.tr("Show &more"))
        self.open_case = push_button("openCase", self.tr("&Open case"))
        row = QHBoxLayout()
        row.addWidget(self.people_caption, 1)
        row.addWidget(self.more)
        row.addWidget(self.open_case)

        upper = QWidget()
        top = QVBoxLayout(upper)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.comparison_caption)
        top.addWidget(self.comparison, 1)
        lower = QWidget()
        bottom = QVBoxLayout(lower)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addLayout(row)
        bottom.addWidget(self.people, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("peopleSplitter")
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def show_detail(self, detail: FacilityDetail | None) -> None:
        if detail is None:
            self.comparison_model.set_comparison([], held_total=0, latest=None)
            self.comparison_caption.clear()
            self.show_people(PeoplePage(0, ()), replace=True)
            return
        self.comparison_model.set_comparison(
            detail.by_category, held_total=detail.occupancy.held, latest=detail.latest
        )
        latest = detail.latest
        if latest is None:
            caption = self.tr(
                "<b>Held, by category</b>, counted from case records. No headcount reported."
            )
        else:
            caption = (
                self.tr(
                    "<b>Held, by category</b>, counted from case records, beside the headcount "
                    "of %1 (%2; source: %3). Difference = records − reported."
                )
                .replace("%1", text.as_of(latest.as_of, latest.as_of_precision))
                .replace("%2", text.figure(latest.total, latest.precision))
                .replace("%3", latest.source_title)
            )
        self.comparison_caption.setText(caption)
        self.comparison.resizeColumnsToContents()
        self.show_people(detail.people, replace=True)

    def show_people(self, page: PeoplePage, *, replace: bool) -> None:
        if replace:
            self.people_model.set_rows(page.people)
        else:
            self.people_model.append_rows(page.people)
        shown = self.people_model.rowCount()
        if page.total == 0:
            caption = self.tr("No one is held here according to the case records.")
        elif shown < page.total:
            caption = (
                self.tr("Showing the first %1 of %2 people held (by case number).")
                .replace("%1", text.number(shown))
                .replace("%2", text.number(page.total))
            )
        else:
            caption = self.tr("All %1 people held.").replace("%1", text.number(page.total))
        self.people_caption.setText(caption)
        self.more.setEnabled(shown < page.total)
        self.open_case.setEnabled(shown > 0)
        if replace:
            self.people.resizeColumnsToContents()
