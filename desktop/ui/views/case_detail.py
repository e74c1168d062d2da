"""The case detail: every field of one case in a form, and its decisions, transfers and
change history in tabs. This module lays out; ``case_controller`` decides."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QMargins, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import CaseStatus, Sex
from desktop.reports import labels
from desktop.services.case_records import CaseOptions
from desktop.ui.editing import DigitsLineEdit, RecordForm
from desktop.ui.views.case_detail_tables import (
    decisions_model,
    transfers_model,
)
from desktop.ui.views.case_filters import fill_tree_combo
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.history_panel import HistoryPanel
from desktop.ui.widgets.naming import push_button, record_table


def _table(name: str, accessible: str, model: QAbstractItemModel) -> QTableView:
    view = record_table(name, accessible, model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setObjectName(f"{name}Header")
    columns = QCoreApplication.translate("QTableView", "Columns of %1")
    view.horizontalHeader().setAccessibleName(columns.replace("%1", accessible))
    return view


class CaseDetailView(QWidget):
    """Layout of one case: heading, buttons, a form and tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.setAccessibleName(self.tr("Case detail"))
        self.form = RecordForm(self)

        self.heading = QLabel(self.tr("<h3>No case chosen</h3>"))
        self.heading.setObjectName("caseHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        # The person's name in the window's script in the heading, the other one beneath
        # (plain text, starting at the window's leading edge), as a facility's heading.
        self.other_heading = QLabel()
        self.other_heading.setObjectName("caseOtherHeading")
        self.other_heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.other_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.other_heading.setFont(font)
        self.synthetic = QLabel(self.tr("Synthetic record: not a real person"))
        self.synthetic.setObjectName("caseSynthetic")
        self.synthetic.setStyleSheet(
            "background: #fff3cd; color: #664d03; padding: 2px 6px; border-radius: 3px;"
        )
        self.synthetic.hide()

        self.new_button = push_button("caseNew", self.tr("New case"), self.tr("Create a new case"))
        self.save_button = push_button("caseSave", self.tr("Save"), self.tr("Save the case"))
        self.discard_button = push_button(
            "caseDiscard", self.tr("Discard"), self.tr("Discard the unsaved changes")
        )
        self.transfer_button = push_button(
            "caseTransfer", self.tr("Transfer to…"), self.tr("Transfer to another facility")
        )
        buttons = QHBoxLayout()
        for b in (self.new_button, self.transfer_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        self.save_button.setDefault(True)
        self.button_row = buttons

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.tabs.addTab(self._fields_tab(), self.tr("Details"))
        self.decisions = decisions_model(self)
        self.transfers = transfers_model(self)
        self.history_panel = HistoryPanel.of_form(self.form, object_name="caseHistory")
        self.history = self.history_panel.model
        self.new_decision_button = push_button(
            "caseNewDecision",
            self.tr("New decision…"),
            self.tr("Record a new amnesty decision for this person"),
        )
        self.revoke_button = push_button(
            "caseRevokeDecision",
            self.tr("Revoke…"),
            self.tr("Revoke the chosen decision, which was entered by mistake"),
        )
        self.revoke_button.setEnabled(False)
        self.decisions_view = _table("caseDecisions", self.tr("Amnesty decisions"), self.decisions)
        decisions_tab = QWidget()
        column = QVBoxLayout(decisions_tab)
        column.addWidget(self.decisions_view)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        row.addWidget(self.new_decision_button)
        column.addLayout(row)
        self.tabs.addTab(decisions_tab, self.tr("Decisions"))
        self.transfers_view = _table("caseTransfers", self.tr("Transfers"), self.transfers)
        self.tabs.addTab(self.transfers_view, self.tr("Transfers"))
        self.tabs.addTab(self.history_panel, self.tr("History"))

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.heading)
        names.addWidget(self.other_heading)
        names.addWidget(self.synthetic, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(names, 1)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

    def narrowest(self) -> int:
        """The narrowest the pane may be: its buttons whole, in any language."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        return self.button_row.sizeHint().width() + margins.left() + margins.right()

    # -- the form --------------------------------------------------------------------------
    def _fields_tab(self) -> QWidget:
        self.case_no = QLineEdit()
        self.case_no.setMaxLength(40)
        self.name_latin = QLineEdit()
        self.name_arabic = QLineEdit()
        self.name_arabic.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.sex = QComboBox()
        for value in Sex:
            self.sex.addItem(labels.sex(value.value), value.value)
        self.birth_year = DigitsLineEdit()
        self.birth_year.setPlaceholderText(self.tr("e.g. 1985; empty if unknown"))
        self.nationality = QLineEdit()
        self.nationality.setMaxLength(2)
        self.nationality.setPlaceholderText(self.tr("ISO code, e.g. SY"))
        self.category = QComboBox()
        self.facility = QComboBox()
        self.held_since = DateField()
        self.status = QComboBox()
        for status in CaseStatus:
            self.status.addItem(labels.case_status(status.value), status.value)
        self.violent_crime = QComboBox()
        self.violent_crime.addItem(self.tr("Not known"), None)
        self.violent_crime.addItem(self.tr("Yes"), True)
        self.violent_crime.addItem(self.tr("No"), False)
        self.charge_summary = QPlainTextEdit()
        self.sentence_months = DigitsLineEdit()
        self.sentence_months.setPlaceholderText(self.tr("months; empty if none"))
        self.sentence_start = DateField()
        self.sentence_end = DateField()
        self.notes = QPlainTextEdit()
        for edit in (self.charge_summary, self.notes):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)

        rows = [
            (self.tr("Case &number"), self.case_no, "case_no", "caseNumber"),
            (self.tr("Name (&Latin)"), self.name_latin, "name_latin", "caseNameLatin"),
            (self.tr("Name (&Arabic)"), self.name_arabic, "name_arabic", "caseNameArabic"),
            (self.tr("Se&x"), self.sex, "sex", "caseSex"),
            (self.tr("&Year of birth"), self.birth_year, "birth_year", "caseBirthYear"),
            (self.tr("Nationalit&y"), self.nationality, "nationality", "caseNationality"),
            (self.tr("Cate&gory"), self.category, "category_id", "caseCategory"),
            (self.tr("&Facility"), self.facility, "facility_id", "caseFacility"),
            (self.tr("Held &since"), self.held_since, "held_since", "caseHeldSince"),
            (self.tr("S&tatus"), self.status, "status", "caseStatus"),
            (
                self.tr("Accused of a &violent crime"),
                self.violent_crime,
                "violent_crime",
                "caseViolent",
            ),
            (self.tr("&Charges"), self.charge_summary, "charge_summary", "caseCharges"),
            (
                self.tr("Sentence (&months)"),
                self.sentence_months,
                "sentence_months",
                "caseSentenceMonths",
            ),
            (
                self.tr("Sentence st&arts"),
                self.sentence_start,
                "sentence_start",
                "caseSentenceStart",
            ),
            (self.tr("Sentence &ends"), self.sentence_end, "sentence_end", "caseSentenceEnd"),
            (self.tr("N&otes"), self.notes, "notes", "caseNotes"),
        ]
        inner = QWidget()
        form_layout = QFormLayout(inner)
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A caption too long beside its field (Kurmanji's "Bi sûcekî tundiyê tê
        # tawanbarkirin") goes above it, rather than the fields past the pane's edge.
        form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, widget, name, object_name in rows:
            self.form.add_row(form_layout, label, widget, name, object_name=object_name)
        scroll = QScrollArea()
        scroll.setObjectName("caseFieldsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def field_label(self, name: str | None) -> str:
        if name is None:
            return ""
        return self.form.field_labels().get(name, name)

    def set_options(self, options: CaseOptions) -> None:
        """The categories and facilities to choose from (keeps the current choice)."""
        quiet = self.form.blockSignals(True)
        try:
            fill_tree_combo(self.category, options.categories, self.tr("(none)"))
            fill_tree_combo(self.facility, options.facilities, self.tr("(none)"))
        finally:
            self.form.blockSignals(quiet)
