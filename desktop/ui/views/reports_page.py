"""The Reports page: choose a report and what it is about, then preview, print or save it.

``ReportsView`` lays the widgets out; ``ReportsController`` (reports_controller.py) decides.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.builders.words import install_translator
from desktop.ui.changes import Kind
from desktop.ui.dialogs.print_output import ReportOutput
from desktop.ui.host import WindowHost
from desktop.ui.views.reports_controller import ReportsController
from desktop.ui.widgets.naming import push_button

KIND_ROWS = {"amnesty": 1, "facility": 2, "case": 3}


class ReportsView(QWidget):
    """Layout only: the report chooser, its parameters, the output buttons, a status line."""

    ready = Signal()
    watches = Kind.ALL

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.setAccessibleName(self.tr("Reports"))
        self.controller: ReportsController | None = None

        heading = QLabel(f"<h2>{self.tr('Reports')}</h2>")
        heading.setObjectName("reportsHeading")

        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        self.kind.setAccessibleName(self.tr("Report"))
        for key, title in (
            ("occupancy", self.tr("Occupancy by facility")),
            ("amnesty", self.tr("Outcomes of an amnesty")),
            ("case", self.tr("Case sheet")),
            ("roster", self.tr("Facility roster")),
        ):
            self.kind.addItem(title, key)

        self.amnesty = QComboBox()
        self.amnesty.setObjectName("reportAmnesty")
        self.amnesty.setAccessibleName(self.tr("Amnesty"))

        self.facility = QComboBox()
        self.facility.setObjectName("reportFacility")
        self.facility.setAccessibleName(self.tr("Facility or section"))

        self.case_no = QLineEdit()
        self.case_no.setObjectName("reportCase")
        self.case_no.setAccessibleName(self.tr("Case number"))
        self.case_no.setPlaceholderText(self.tr("e.g. SYN-000123"))
        self.case_no.setClearButtonEnabled(True)
        self.completer = QCompleter([], self.case_no)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.case_no.setCompleter(self.completer)

        self.description = QLabel()
        self.description.setObjectName("reportDescription")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setStyleSheet("color: palette(placeholder-text);")

        self.error = QLabel()
        self.error.setObjectName("reportError")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()

        self.language = QLabel()
        self.language.setObjectName("reportLanguage")

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Report:"), self.kind)
        self.form.addRow(self.tr("&Amnesty:"), self.amnesty)
        self.form.addRow(self.tr("&Facility:"), self.facility)
        self.form.addRow(self.tr("Case &number:"), self.case_no)
        self.form.addRow("", self.error)
        self.form.addRow("", self.language)

        chooser = QGroupBox(self.tr("What to report"))
        chooser.setObjectName("reportChooser")
        chooser.setMaximumWidth(760)
        inner = QVBoxLayout(chooser)
        inner.addLayout(self.form)
        inner.addWidget(self.description)

        self.preview_button = push_button("previewButton", self.tr("Pre&view…"))
        self.print_button = push_button("printButton", self.tr("&Print…"))
        self.pdf_button = push_button("savePdfButton", self.tr("Save as P&DF…"))
        self.csv_button = push_button("saveCsvButton", self.tr("Save as &CSV…"))
        self.xlsx_button = push_button("saveXlsxButton", self.tr("Save as &XLSX…"))
        buttons = QHBoxLayout()
        for button in (
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.csv_button,
            self.xlsx_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(chooser)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def output_buttons(self) -> list[QPushButton]:
        return [
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.csv_button,
            self.xlsx_button,
        ]

    def show_rows(self, *, amnesty: bool, facility: bool, case: bool) -> None:
        self.form.setRowVisible(KIND_ROWS["amnesty"], amnesty)
        self.form.setRowVisible(KIND_ROWS["facility"], facility)
        self.form.setRowVisible(KIND_ROWS["case"], case)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # the window asks these
    def refresh(self, _kinds: Kind) -> None:
        """The choices (amnesties, facilities), read again; open previews follow every
        change by themselves, shown or not (see ``ReportsController``)."""
        if self.controller is not None:
            self.controller.reload()

    def focus_list(self) -> None:
        self.kind.setFocus()

    def is_ready(self) -> bool:
        return self.controller is not None and self.controller.is_ready()

    def can_close(self) -> bool:
        return True


def create_page(window: WindowHost) -> ReportsView:
    # install_language does this too; a window built without it still gets report words
    # in the interface language (see desktop/reports/builders/words.py)
    install_translator(QCoreApplication.translate)
    view = ReportsView()
    output = ReportOutput(view, window.tasks)
    view.controller = ReportsController(view, window, output, parent=view)
    view.controller.ready.connect(view.ready)
    return view
