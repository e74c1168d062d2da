"""The Cases page: search box, filters, the list of every case (a million rows scroll and
sort through the database) and the selected case's detail beside it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.case_records import CaseOptions
from desktop.services.cases import SORT_KEYS, CaseQuery, case_options
from desktop.ui.changes import Kind
from desktop.ui.host import WindowHost
from desktop.ui.i18n import current_language
from desktop.ui.models.case_table import CaseIdRole, CaseTableModel
from desktop.ui.tasks import TaskContext
from desktop.ui.views.case_columns import ColumnChooser
from desktop.ui.views.case_controller import CaseController
from desktop.ui.views.case_detail import CaseDetailView
from desktop.ui.views.case_filters import FilterBar
from desktop.ui.views.case_loading import case_label
from desktop.ui.widgets.naming import record_table

SPLITTER_KEY = "cases/splitter"
SORT_KEY = "cases/sort"
SHORT_DEBOUNCE_MS = 250  # one character matches a large share of a million names
DEBOUNCE_MS = 60
DEFAULT_WIDTH = 120
# The widths of the columns in a first window, each widened to its title where that is wider.
DEFAULT_WIDTHS = {
    "case_no": 100,
    "name_latin": 220,
    "name_arabic": 180,
    "sex": 70,
    "birth_year": 60,
    "nationality": 80,
    "category": DEFAULT_WIDTH,
    "facility": DEFAULT_WIDTH,
    "status": DEFAULT_WIDTH,
    "held_since": DEFAULT_WIDTH,
}


class CasesPage(QWidget):
    ready = Signal()
    watches = Kind.CASES | Kind.DECISIONS | Kind.FACILITIES | Kind.CATEGORIES | Kind.AMNESTIES

    def __init__(self, window: WindowHost) -> None:
        super().__init__()
        self.main = window
        self.setObjectName("casesPage")
        self.setAccessibleName(self.tr("Cases"))
        self._options: CaseOptions | None = None
        self._ready = False
        self._pending_open: int | None = None
        self._searched = False  # the user changed the query: its results decide the case

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setPlaceholderText(
            self.tr("Search by case number or name, in Latin or Arabic script…")
        )
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        self.count_label.setAccessibleName(self.tr("Number of cases shown"))
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.categories_button.setObjectName("caseCategories")
        self.categories_button.setAccessibleName(self.tr("Edit detainee categories"))
        self.filters = FilterBar(window.settings)

        self.model = CaseTableModel(window.database, window.tasks, self)
        self.table = record_table("caseTable", self.tr("Cases"), self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setObjectName("caseTableHeader")
        self.table.horizontalHeader().setAccessibleName(
            self.tr("Case columns: click to sort, right-click to choose")
        )
        self.table.horizontalHeader().setDefaultSectionSize(DEFAULT_WIDTH)
        self.columns = ColumnChooser(self.table, window.settings)
        if not self.columns.restore():
            self._default_widths()
        self.model.set_visible_rows(self._visible_rows)

        self.detail = CaseDetailView()
        self.controller = CaseController(window, self.detail, parent=self.detail)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.categories_button)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("caseExport")
        self.export_button.setAccessibleName(self.tr("Export the cases shown"))
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.filters)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("casesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        # Small windows stay possible: the panes squeeze rather than widen the window.
        left.setMinimumWidth(320)
        self.detail.setMinimumWidth(max(300, self.detail.narrowest()))  # buttons not cut
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        state = window.settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([700, 500])
        self.splitter.splitterMoved.connect(
            lambda *_a: window.settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self.apply_query)
        self.search.textChanged.connect(self._search_edited)
        self.filters.changed.connect(self.apply_query)
        self.categories_button.clicked.connect(self.edit_categories)
        self.model.counted.connect(lambda _n: self._show_count())
        self.model.loaded.connect(self._list_loaded)
        self.model.modelReset.connect(self._show_count)
        self.model.failed.connect(self._list_failed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.controller.shown.connect(self._select_shown)
        find = QAction(self.tr("Find case"), self)
        find.setObjectName("caseFindAction")
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        save = QAction(self.tr("Save case"), self)
        save.setObjectName("caseSaveAction")
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(lambda: self.controller.save())
        self.addActions([find, save])

        sort = str(window.settings.value(SORT_KEY, "case_no"))
        key, _, order = sort.partition(":")
        query = CaseQuery(
            sort=key if key in SORT_KEYS else "case_no",
            descending=order == "desc",
            lang=current_language(),  # categories and facilities named and sorted so
        )
        self.table.horizontalHeader().setSortIndicator(
            self.model.column_of(query.sort),
            Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder,
        )
        self.model.set_query(query)
        self.table.setSortingEnabled(True)
        self.reload_options()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- the page contract ---------------------------------------------------------------
    def is_ready(self) -> bool:
        return self._ready

    def can_close(self) -> bool:
        if not self.controller.is_dirty():
            return True
        closing: list[bool] = []

        def after_save() -> None:
            if closing:
                QTimer.singleShot(0, self.main.close)

        proceed = self.controller.leave(after_save)
        if proceed and not self.controller.is_dirty() and not self.controller.is_busy():
            return True  # discarded
        closing.append(True)
        return False  # saving: the window closes when the save is done, or stays

    def undo_stack(self) -> QUndoStack:
        return self.detail.form.undo_stack

    def refresh(self, kinds: Kind) -> None:
        """Show what the database holds now: the list where it is (the rows read again in
        place), the choices of the filters, and the case on show unless it has unsaved
        edits."""
        if kinds & (Kind.CASES | Kind.FACILITIES | Kind.CATEGORIES):
            self.reload_options()  # then the list is read again
        else:
            self.model.refresh()
        if not self.controller.is_dirty():
            self.controller.reload()

    def focus_list(self) -> None:
        self.table.setFocus()

    def open_case(self, detainee_id: int) -> None:
        """Show one case (from elsewhere in the window)."""
        self._pending_open = detainee_id
        self.controller.open(detainee_id)

    # -- loading -------------------------------------------------------------------------
    def reload_options(self) -> None:
        database = self.main.database

        def op(_ctx: TaskContext) -> CaseOptions:
            return case_options(database)

        self.main.tasks.run(op, success=self._options_loaded)

    def _options_loaded(self, options: CaseOptions) -> None:
        first = self._options is None
        self._options = options
        self.filters.set_options(options)
        self.controller.set_options(options)
        self._show_count()
        if not first:
            self.model.refresh()
        self._check_ready()

    def _list_loaded(self) -> None:
        """A new query's first rows: the highlighted row is the case the detail shows when
        it is among them; else the first result is opened (or, when nothing matches, no
        case), and the status bar says so. A case with unsaved edits stays on show."""
        controller = self.controller
        record = controller.case_on_show()
        searched, self._searched = self._searched, False
        if controller.is_new() or (record is None and self._pending_open is not None):
            self._reselect(QModelIndex())  # a case opened from elsewhere is on its way
        elif record is not None and (not searched or self.model.row_of(record.id) is not None):
            # the first rows, or a case opened from elsewhere: the case stays on show
            self._reselect(QModelIndex())
            self._select_shown(record.id)
        elif record is not None and controller.is_dirty():
            self._reselect(QModelIndex())
            self.main.statusBar().showMessage(
                self.tr(
                    "%1 has unsaved changes and stays on show; it is not among the results."
                ).replace("%1", case_label(record)),
                8000,
            )
        elif self.model.total:
            # Not selectRow(0): right to left it looks for the column at the viewport's far
            # edge, finds none while the columns are narrower than the view, selects nothing.
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            if record is not None:
                self.main.statusBar().showMessage(
                    self.tr("%1 is not among the results: the first result is shown.").replace(
                        "%1", case_label(record)
                    ),
                    8000,
                )
        else:
            self._reselect(QModelIndex())
            controller.show_nothing(self._nothing_text())
        self._check_ready()

    def _nothing_text(self) -> str:
        """Why no case is on show: none matches, or (nothing searched or filtered) there is
        none yet."""
        if not self.search.text().strip() and self.filters.filters().is_empty():
            return self.tr("No case yet: New case adds one; File ▸ Import… brings in a list.")
        return self.tr("No case matches the search.")

    def _check_ready(self) -> None:
        if not self._ready and self._options is not None and self.model.is_loaded():
            self._ready = True
            self.ready.emit()

    def _list_failed(self, message: str) -> None:
        self.count_label.setText(message)

    def _show_count(self) -> None:
        total = self._options.total if self._options is not None else None
        shown = self.locale().toString(self.model.total) if self.model.is_counted() else "…"
        if total is None:
            self.count_label.setText(shown)
            return
        self.count_label.setText(
            self.tr("%1 of %2").replace("%1", shown).replace("%2", self.locale().toString(total))
        )

    # -- the query -----------------------------------------------------------------------
    def _search_edited(self, text: str) -> None:
        typed = text.strip()
        if not typed:
            self._debounce.stop()
            self.apply_query()
            return
        self._debounce.start(SHORT_DEBOUNCE_MS if len(typed) == 1 else DEBOUNCE_MS)

    def current_query(self) -> CaseQuery:
        base = CaseQuery(
            search=self.search.text(),
            sort=self.model.query().sort,
            descending=self.model.query().descending,
            lang=self.model.query().lang,
        )
        return self.filters.filters().apply(base)

    def apply_query(self) -> None:
        self._debounce.stop()
        query = self.current_query()
        if query != self.model.query():
            self._searched = True
            self.model.set_query(query)
            self._show_count()
        self.main.settings.setValue(
            SORT_KEY, f"{query.sort}:{'desc' if query.descending else 'asc'}"
        )

    def _default_widths(self) -> None:
        """Each column as wide as it is by default, or as its title (with the sort arrow)
        where the title is wider: "Hejmara dosyeyê" was cut to "Hejmara dos" in Kurmanji."""
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)  # as it is once sorting is on: room for the arrow
        for key, width in DEFAULT_WIDTHS.items():
            column = self.model.column_of(key)
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def _visible_rows(self) -> tuple[int, int]:
        first = self.table.rowAt(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        if first >= 0 and last < 0:
            last = self.model.rowCount() - 1
        return first, last

    # -- selection and detail ------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        detainee_id = current.siblingAtColumn(0).data(CaseIdRole)
        if detainee_id is None:
            return
        if not self.controller.open(int(detainee_id)):
            self._reselect(previous)

    def _reselect(self, index: QModelIndex) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                selection.clear()
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()

    def _select_shown(self, detainee_id: int) -> None:
        self._pending_open = None
        row = self.model.row_of(detainee_id)
        current = self.table.currentIndex()
        if row is None or (current.isValid() and current.row() == row):
            return
        self._reselect(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))

    def export(self) -> None:
        from desktop.ui.views.list_export import export_cases  # when first used

        filters = self.filters
        export_cases(
            self,
            self.main.database,
            self.model,
            self.table,
            [filters.facility, filters.category, filters.status, filters.nationality],
        )

    def edit_categories(self) -> None:
        from desktop.ui.dialogs.categories import edit_categories  # when first used

        edit_categories(self.window(), self.main)


def create_page(window: WindowHost) -> CasesPage:
    return CasesPage(window)
