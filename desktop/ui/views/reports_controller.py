"""What the Reports page does: loads the choices, checks what a report needs, and sends it
to the preview, a printer or a file through ``ReportOutput`` (content built in the worker).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QLocale, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import CaseTrackerError, NotFoundError, RuleError
from desktop.reports.content import ReportContent
from desktop.services.reports import (
    ReportChoices,
    build_report,
    case_numbers,
    check_case,
    report_choices,
)
from desktop.ui import script
from desktop.ui.dialogs import messages, print_dialogs
from desktop.ui.dialogs.print_output import Build, ReportOutput, Saved
from desktop.ui.host import WindowHost
from desktop.ui.i18n import LANGUAGES, current_language
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import TaskContext
from desktop.ui.views.protocols import ReportsForm


@dataclass(frozen=True)
class Request:
    """One report as the user asked for it."""

    kind: str
    amnesty_id: int | None
    facility_id: int | None
    case_no: str | None
    lang: str
    name: str  # for the suggested file name


class ReportsController(QObject):
    """Talks to its page through ``ReportsForm`` and to the window through ``WindowHost``;
    ``parent`` is the page as the widget its dialogs open over, ``output`` sends the
    reports to the preview, printers and files."""

    ready = Signal()  # the choices are read

    def __init__(
        self, view: ReportsForm, window: WindowHost, output: ReportOutput, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.parent_widget = parent
        self.window = window
        self.database = window.database
        self.loaded = False
        self.choices = ReportChoices((), ())
        self.output = output
        self._completion = QStringListModel(self)
        view.completer.setModel(self._completion)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(200)

        view.kind.currentIndexChanged.connect(self._kind_changed)
        view.case_no.textEdited.connect(lambda _text: self._typing.start())
        view.case_no.textEdited.connect(lambda _text: view.show_error(""))
        self._typing.timeout.connect(self._complete_case)
        view.preview_button.clicked.connect(self.preview)
        view.print_button.clicked.connect(self.print_)
        view.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        view.csv_button.clicked.connect(lambda: self.save(".csv"))
        view.xlsx_button.clicked.connect(lambda: self.save(".xlsx"))
        self.output.saved.connect(self._saved)
        self.output.printed.connect(self._printed)
        self.output.previewed.connect(lambda _dialog: self._idle(self.tr("Preview open.")))
        self.output.failed.connect(self._failed)
        # A preview open beside the window shows what the database holds, whichever page
        # is on show when the records change.
        window.changed.connect(self._records_changed)
        self.output.cancelled.connect(
            lambda: self._idle(self.tr("Cancelled; nothing was written."))
        )

        lang = current_language()
        view.language.setText(
            self.tr("Language of the report: %1 (the interface language)").replace(
                "%1", LANGUAGES[lang][0] if lang in LANGUAGES else lang
            )
        )
        self._kind_changed()
        self.reload()

    def is_ready(self) -> bool:
        return self.loaded

    def _records_changed(self, _kinds: object) -> None:
        self.output.refresh_previews()

    # -- choices ---------------------------------------------------------------------------

    def reload(self) -> None:
        database, lang = self.database, current_language()
        self.window.tasks.run(
            lambda _ctx: report_choices(database, lang=lang),
            success=self._choices_loaded,
            failure=self._load_failed,
        )

    def _choices_loaded(self, choices: ReportChoices) -> None:
        self.choices = choices
        view = self.view
        keep = view.amnesty.currentData()
        view.amnesty.clear()
        for c in choices.amnesties:
            view.amnesty.addItem(c.label, c.id)
        if keep is not None and view.amnesty.findData(keep) >= 0:
            view.amnesty.setCurrentIndex(view.amnesty.findData(keep))
        self._fill_facilities()
        self.loaded = True
        self._update_buttons()
        self.ready.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.loaded = True
        view = self.view
        view.show_error(
            self.tr("Cannot read the report choices: %1").replace("%1", error_text(exc))
        )
        self.ready.emit()

    def _fill_facilities(self) -> None:
        """Occupancy and amnesty outcomes may cover every facility; a roster needs one."""
        combo = self.view.facility
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if self.kind() != "roster":
            combo.addItem(self.tr("All facilities"), None)
        for c in self.choices.facilities:
            combo.addItem(c.label, c.id)
        index = combo.findData(keep)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _complete_case(self) -> None:
        prefix = self.view.case_no.text().strip()
        if len(prefix) < 2:
            return
        database = self.database
        self.window.tasks.run(
            lambda _ctx: case_numbers(database, prefix=prefix, limit=20),
            success=self._show_completions,
            failure=lambda _exc: None,
        )

    def _show_completions(self, numbers: list[str]) -> None:
        self._completion.setStringList(numbers)
        if numbers and self.view.case_no.hasFocus():
            self.view.completer.complete()

    # -- the form --------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.view.kind.currentData())

    def _kind_changed(self, _index: int = 0) -> None:
        kind = self.kind()
        self.view.show_rows(
            amnesty=kind == "amnesty",
            facility=kind in ("occupancy", "amnesty", "roster"),
            case=kind == "case",
        )
        descriptions = {
            "occupancy": self.tr(
                "Capacity, latest headcount, people counted from records and occupancy for "
                "every facility (or one with its sections), with the reported network figures."
            ),
            "amnesty": self.tr(
                "Decisions under one amnesty by outcome, category and facility, with the "
                "reported totals beside the counted ones."
            ),
            "case": self.tr(
                "One person's record with their decisions and transfers, and lines to sign. "
                "Contains personal data."
            ),
            "roster": self.tr(
                "Everyone held in a facility or section, grouped by category. Contains "
                "personal data."
            ),
        }
        self.view.description.setText(descriptions[kind])
        self.view.show_error("")
        self._fill_facilities()
        self._update_buttons()

    def _update_buttons(self) -> None:
        usable = self.loaded and not self.output.busy
        for button in self.view.output_buttons():
            button.setEnabled(usable)

    def request(self) -> Request | None:
        """What the user asked for, or None after saying beside the field what is missing."""
        view, kind = self.view, self.kind()
        amnesty_id = view.amnesty.currentData() if kind == "amnesty" else None
        facility_id = view.facility.currentData() if kind != "case" else None
        case_no = view.case_no.text().strip() if kind == "case" else None
        problem = ""
        field: QWidget | None = None
        if kind == "amnesty" and amnesty_id is None:
            problem, field = self.tr("Choose an amnesty."), view.amnesty
        elif kind == "roster" and facility_id is None:
            problem, field = self.tr("Choose a facility or section."), view.facility
        elif kind == "case" and not case_no:
            problem, field = self.tr("Enter a case number."), view.case_no
        view.show_error(problem)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)  # what is typed next goes there
            return None
        if kind == "case":
            name = f"case-{case_no}"
        elif kind == "amnesty":
            name = f"amnesty-{view.amnesty.currentText()}"
        elif facility_id is not None:
            name = f"{kind}-{view.facility.currentText()}"
        else:
            name = f"{kind}-{date.today().isoformat()}"
        return Request(kind, amnesty_id, facility_id, case_no, current_language(), name)

    def builder(self, request: Request) -> Build:
        database = self.database

        def build(ctx: TaskContext) -> ReportContent:
            ctx.check()
            return build_report(
                database,
                kind=request.kind,
                amnesty_ref=request.amnesty_id,
                case_no=request.case_no,
                facility_ref=request.facility_id,
                lang=request.lang,
            )

        return build

    # -- outputs ---------------------------------------------------------------------------

    def preview(self) -> None:
        request = self.request()
        if request is None:
            return
        self._busy(self.tr("Preparing the preview…"))
        self.output.preview(self.builder(request))

    def print_(self) -> None:
        request = self.request()
        if request is None:
            return
        self._busy(self.tr("Preparing to print…"))
        self.output.print(self.builder(request))
        if not self.output.busy:  # the print dialog was cancelled
            self._idle("")

    def save(self, suffix: str) -> None:
        request = self.request()
        if request is None:
            return
        if request.case_no is None:
            self._ask_path_and_save(request, suffix)
            return
        # A case sheet: the case number is checked before a file name is asked for.
        database, typed = self.database, request.case_no
        self._busy(self.tr("Looking up case %1…").replace("%1", typed))

        def found(case_no: str) -> None:
            self._idle("")
            self._ask_path_and_save(
                replace(request, case_no=case_no, name=f"case-{case_no}"), suffix
            )

        self.window.tasks.run(
            lambda _ctx: check_case(database, case_no=typed), success=found, failure=self._failed
        )

    def _ask_path_and_save(self, request: Request, suffix: str) -> None:
        path = print_dialogs.ask_save_path(
            self.parent_widget,
            title=self.tr("Save report as"),
            suffix=suffix,
            name=request.name,
        )
        if path is None:
            return
        self._busy(self.tr("Writing %1…").replace("%1", script.embed(path.name)))
        self.output.save(self.builder(request), path)

    # -- results ---------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.view.status.setText(script.sentence(text))
        for button in self.view.output_buttons():
            button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.view.status.setText(script.sentence(text))
        self._update_buttons()

    # A file's path or a printer's name is set apart in its own direction (a Sorani line
    # that starts with a Latin path otherwise reads left to right), and a count is written
    # in the window's digits.
    def _saved(self, saved: Saved) -> None:
        if saved.pages is not None:
            text = self.tr("Saved %1 (%2 pages).").replace("%2", QLocale().toString(saved.pages))
        else:
            text = self.tr("Saved %1.")
        self._idle(text.replace("%1", script.embed(str(saved.path))))

    def _printed(self, printer: str, pages: int) -> None:
        self._idle(
            self.tr("Sent %1 pages to %2.")
            .replace("%1", QLocale().toString(pages))
            .replace("%2", script.embed(printer))
        )

    def _failed(self, exc: BaseException) -> None:
        self._idle("")
        if isinstance(exc, NotFoundError | RuleError):
            self.view.show_error(error_text(exc))  # beside the fields it is about
            if self.kind() == "case":  # no such case: the number, ready to be typed again
                self.view.case_no.setFocus(Qt.FocusReason.OtherFocusReason)
                self.view.case_no.selectAll()
        elif isinstance(exc, CaseTrackerError | OSError):
            messages.tell_error(
                self.parent_widget, self.tr("The report was not made"), error_text(exc)
            )
        else:
            raise exc
