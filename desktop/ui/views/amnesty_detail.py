"""The selected amnesty: its decree and rules (editable), its outcomes counted from records
beside the reported totals, and the decisions taken under it. Layout only; the controller
(``amnesty_controller``) fills it and reacts to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import DatePrecision
from desktop.reports import labels
from desktop.services.amnesties import AmnestyDetail, ReconciliationRow
from desktop.ui import script
from desktop.ui.editing import RecordForm
from desktop.ui.models import amnesty_text as text
from desktop.ui.models.amnesty_tables import AmnestyDecisionsModel, ReconciliationModel
from desktop.ui.views.amnesty_rules import RulesEditor
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.history_panel import HistoryPanel
from desktop.ui.widgets.naming import named, record_table


def _table(object_name: str, accessible: str) -> QTableView:
    table = record_table(object_name, accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setObjectName(f"{object_name}Header")
    header.setAccessibleName(accessible)
    return table


# The outcomes table keeps room for this many rows (an amnesty has a few outcomes).
RECONCILIATION_ROWS_SHOWN = 4
# The Decisions tab, while shown, keeps room for this many rows: at 1024x700 the decree
# above took the page's height and left it one row and a half.
DECISION_ROWS_SHOWN = 4


def _rows_height(table: QTableView, rows: int) -> int:
    """The height ``table`` takes to show its header and ``rows`` rows whole above a
    horizontal scroll bar."""
    return (
        table.horizontalHeader().sizeHint().height()
        + rows * table.verticalHeader().defaultSectionSize()
        + table.horizontalScrollBar().sizeHint().height()
        + 2 * table.frameWidth()
    )


class AmnestyDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amnestyDetail")
        self.setAccessibleName(self.tr("Amnesty"))
        self.form = RecordForm(self)

        self.heading = named(QLabel(), "amnestyHeading", self.tr("Amnesty title"))
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)

        self.top_tabs = named(QTabWidget(), "amnestyTopTabs", self.tr("Decree and rules"))
        self.top_tabs.addTab(self._decree_tab(), self.tr("Decree"))
        self.top_tabs.addTab(self._rules_tab(), self.tr("Rules"))
        self.bottom_tabs = named(
            QTabWidget(), "amnestyBottomTabs", self.tr("Outcomes and decisions")
        )
        self.bottom_tabs.addTab(self._outcomes_tab(), self.tr("Outcomes"))
        self.bottom_tabs.addTab(self._decisions_tab(), self.tr("Decisions"))
        self.history = HistoryPanel.of_form(
            self.form,
            object_name="amnestyHistory",
            more_labels={
                "rules_json": self.tr("Rules"),
                "approval_outcomes": self.tr("Outcomes that need a second person's approval"),
                "source_id": self.tr("Source"),
            },
        )
        self.bottom_tabs.addTab(self.history, self.tr("History"))
        self.bottom_tabs.currentChanged.connect(self._room_for_decisions)

        self.splitter = named(
            QSplitter(Qt.Orientation.Vertical), "amnestySplitter", self.tr("Amnesty")
        )
        self.splitter.addWidget(self.top_tabs)
        self.splitter.addWidget(self.bottom_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # the decree's fields, down to its Source row, before the outcomes
        self.splitter.setSizes([470, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)

    # -- tabs ------------------------------------------------------------------------------
    def _decree_tab(self) -> QWidget:
        self.title = QLineEdit()
        self.issued_by = QLineEdit()
        self.requested_by = QLineEdit()
        self.issued_on = DateField()
        self.precision = QComboBox()
        for value, label in labels.choices(DatePrecision, labels.date_precision).items():
            self.precision.addItem(label, value)
        self.criteria_text = QPlainTextEdit()
        self.criteria_text.setTabChangesFocus(True)
        self.criteria_text.setMaximumHeight(72)
        self.source = named(QLabel(), "amnestySource", self.tr("Source"))
        self.source.setWordWrap(True)
        form = QFormLayout()
        f = self.form
        f.add_row(form, self.tr("&Title"), self.title, "title", object_name="amnestyTitle")
        f.add_row(
            form, self.tr("Issued &by"), self.issued_by, "issued_by", object_name="amnestyIssuedBy"
        )
        f.add_row(
            form,
            self.tr("Re&quested by"),
            self.requested_by,
            "requested_by",
            object_name="amnestyRequestedBy",
        )
        f.add_row(
            form, self.tr("Issued &on"), self.issued_on, "issued_on", object_name="amnestyIssuedOn"
        )
        f.add_row(
            form,
            self.tr("Date &known to"),
            self.precision,
            "issued_on_precision",
            object_name="amnestyDatePrecision",
        )
        f.add_row(
            form,
            self.tr("&Criteria as written"),
            self.criteria_text,
            "criteria_text",
            object_name="amnestyCriteriaText",
        )
        form.addRow(self.tr("Source"), self.source)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addStretch(1)
        return self._scrolled(page, "amnestyDecreeScroll")

    def _rules_tab(self) -> QWidget:
        self.rules = RulesEditor()
        self.rules_summary = named(QLabel(), "rulesSummary", self.tr("What the rules select"))
        self.rules_summary.setWordWrap(True)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.rules_summary)
        column.addWidget(self.rules)
        column.addStretch(1)
        return self._scrolled(page, "amnestyRulesScroll")

    def _outcomes_tab(self) -> QWidget:
        self.reconciliation = ReconciliationModel(self)
        self.reconciliation_table = _table(
            "reconciliationTable", self.tr("Outcomes counted and reported")
        )
        self.reconciliation_table.setModel(self.reconciliation)
        header = self.reconciliation_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.reconciliation_note = named(
            QLabel(), "reconciliationNote", self.tr("About these figures")
        )
        self.reconciliation_note.setWordWrap(True)
        self.reconciliation_note.setTextFormat(Qt.TextFormat.RichText)
        self.reconciliation.modelReset.connect(self._fit_reconciliation)
        self._fit_reconciliation()
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.reconciliation_table, 1)
        column.addWidget(self.reconciliation_note)
        # Short of height (1024x700) the note scrolls beneath the table instead of being
        # drawn over it.
        return self._scrolled(page, "amnestyOutcomesScroll")

    def _fit_reconciliation(self) -> None:
        """The table keeps room for its rows (a few; more scroll), so that the note beneath
        it, longer in Kurdish and Arabic, cannot squeeze them out of sight."""
        table = self.reconciliation_table
        rows = max(2, min(RECONCILIATION_ROWS_SHOWN, self.reconciliation.rowCount()))
        table.setMinimumHeight(_rows_height(table, rows))

    def _room_for_decisions(self) -> None:
        """While the Decisions tab is shown its table keeps room for a few decisions, taken
        from the decree above (which then scrolls): at 1024x700 the splitter's share left
        it one decision and a half. The decree has its room back to show its Source row
        whole beside the Outcomes tab, the first shown."""
        table = self.decisions_table
        shown = self.bottom_tabs.currentWidget() is table.parentWidget()
        table.setMinimumHeight(_rows_height(table, DECISION_ROWS_SHOWN) if shown else 0)

    def _decisions_tab(self) -> QWidget:
        self.decisions = AmnestyDecisionsModel(self)
        self.decisions_table = _table(
            "amnestyDecisionsTable", self.tr("Decisions under this amnesty")
        )
        self.decisions_table.setModel(self.decisions)
        header = self.decisions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 110), (1, 220), (2, 150), (3, 95), (4, 150)):
            self.decisions_table.setColumnWidth(column, width)
        self.decisions_count = named(QLabel(), "amnestyDecisionsCount", self.tr("Decisions shown"))
        self.open_case_button = named(
            QPushButton(self.tr("Open &case")), "openDecisionCase", self.tr("Open case")
        )
        self.revoke_button = named(
            QPushButton(self.tr("Re&voke decision…")), "revokeDecision", self.tr("Revoke decision")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.decisions_count, 1)
        buttons.addWidget(self.open_case_button)
        buttons.addWidget(self.revoke_button)
        page = QWidget()
        rows = QVBoxLayout(page)
        rows.addWidget(self.decisions_table, 1)
        rows.addLayout(buttons)
        return page

    def _scrolled(self, page: QWidget, object_name: str) -> QScrollArea:
        scroll = named(QScrollArea(), object_name, page.accessibleName() or self.tr("Amnesty"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    # -- filling ---------------------------------------------------------------------------
    def show_heading(self, detail: AmnestyDetail | None) -> None:
        if detail is None:
            self.heading.setText(script.rich(f"<h3>{self.tr('New amnesty')}</h3>"))
            return
        issued = text.as_of(detail.issued_on, detail.issued_on_precision)
        by = f" — {script.embed(detail.issued_by)}" if detail.issued_by else ""
        self.heading.setText(
            script.rich(
                f"<h3>{script.embed(_escape(detail.title))}</h3><p>{_escape(issued + by)}</p>"
            )
        )

    def show_none(self) -> None:
        """No amnesty to show: the decree takes no typing, and the heading says what to do."""
        self.heading.setText(
            script.rich(
                f"<h3>{_escape(self.tr('No amnesty yet'))}</h3><p>"
                + _escape(self.tr("New amnesty (Ctrl+N) adds a decree and its rules."))
                + "</p>"
            )
        )
        self.set_editable(False)

    def set_editable(self, editable: bool) -> None:
        """The decree's fields and rules take typing only while an amnesty is on show."""
        self.form.set_enabled(editable)
        self.rules.setEnabled(editable)

    def show_reconciliation_note(self, rows: list[ReconciliationRow] | None) -> None:
        """What the counted and reported figures are, their sources, and whether they agree."""
        if rows is None:
            self.reconciliation_note.setText("")
            return
        counted = {(r.outcome, r.fraction): r for r in rows}.values()
        synthetic = sum(r.counted_synthetic for r in counted)
        parts = [
            self.tr(
                "<b>Counted</b>: decisions recorded in this database that stand (not revoked)"
                "%1. <b>Reported</b>: the figures as the source published them, with their "
                "precision and date."
            ).replace(
                "%1",
                self.tr(", %1 of them about synthetic demo records").replace(
                    "%1", text.number(synthetic)
                )
                if synthetic
                else "",
            )
        ]
        sources = sorted({r.source for r in rows if r.source})
        if sources:
            parts.append(
                (self.tr("Source: %1.") if len(sources) == 1 else self.tr("Sources: %1.")).replace(
                    "%1", "; ".join(script.embed(_escape(s)) for s in sources)
                )
            )
        differences = sum(1 for r in rows if r.differs)
        if not rows:
            parts.append(self.tr("Nothing decided or reported yet."))
        elif differences:
            which = (
                self.tr("one outcome")
                if differences == 1
                else self.tr("%1 outcomes").replace("%1", text.number(differences))
            )
            parts.append(
                '<span style="color:#8a1c14"><b>'
                + self.tr("Counted and reported differ for %1 (highlighted).").replace("%1", which)
                + "</b></span>"
            )
        else:
            parts.append(self.tr("Counted figures agree with what was reported."))
        self.reconciliation_note.setText(" ".join(parts))


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
