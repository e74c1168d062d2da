"""Export… on the facility and case lists: what the list shows, with its filter and its
visible columns in their visible order, to XLSX, CSV or PDF (desktop/ui/export_action).

The GUI thread only reads the page (its query, columns and filters); every database
query runs in the background export."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QTableView, QTreeView, QWidget

from desktop.reports.content import Cell
from desktop.services.cases import has_synthetic_cases, page_cases
from desktop.services.database import Database
from desktop.ui.export_action import ListRows, export_rows
from desktop.ui.models.case_table import CaseTableModel
from desktop.ui.models.case_text import cell_text
from desktop.ui.models.facility_tree import FacilityTreeModel
from desktop.ui.tasks import TaskContext

EXPORT_PAGE = 5_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListExport", text)


def _visible_columns(view: QTreeView | object, model: object) -> list[int]:
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()  # type: ignore[attr-defined]
    count = model.columnCount()  # type: ignore[attr-defined]
    return [
        header.logicalIndex(visual)
        for visual in range(count)
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]


def export_facilities(
    parent: QWidget, model: FacilityTreeModel, tree: QTreeView, search: str
) -> None:
    """The tree as shown (sections under their camp, filtered and sorted), gathered on the
    GUI thread from the model's cache: a few dozen rows."""
    columns = _visible_columns(tree, model)
    titles = [(str(c), str(model.headerData(c, Qt.Orientation.Horizontal) or "")) for c in columns]
    rows: list[list[Cell]] = []
    synthetic = False

    def walk(parent: QModelIndex, depth: int) -> None:
        nonlocal synthetic
        for r in range(model.rowCount(parent)):
            first = model.index(r, 0, parent)
            row = model.row_for(model.facility_id(first))
            synthetic = synthetic or bool(getattr(row, "synthetic", False))
            cells: list[Cell] = []
            for c in columns:
                text = model.index(r, c, parent).data(Qt.ItemDataRole.DisplayRole)
                cells.append(
                    ("    " * depth if c == 0 else "") + ("" if text is None else str(text))
                )
            rows.append(cells)
            walk(first, depth + 1)

    walk(QModelIndex(), 0)
    search = search.strip()
    export_rows(
        parent,
        title=_tr("Facilities"),
        filter_text=_tr("search: %1").replace("%1", search) if search else _tr("all facilities"),
        columns=titles,
        fetch_rows=lambda _ctx: ListRows(rows, synthetic),
        personal=False,
    )


def export_cases(
    parent: QWidget,
    database: Database,
    model: CaseTableModel,
    table: QTableView,
    filters: Sequence[QComboBox],
) -> None:
    """Every case of the current search, ``filters`` and sort, read page by page in the
    worker through the same service the list uses."""
    query = model.query()
    keys = [model.column_key(c) for c in _visible_columns(table, model)]
    titles = [
        (key, str(model.headerData(model.column_of(key), Qt.Orientation.Horizontal) or ""))
        for key in keys
    ]
    described = [combo.currentText() for combo in filters if combo.currentData() is not None]
    if query.search.strip():
        described.insert(0, _tr("search: %1").replace("%1", query.search.strip()))
    filter_text = "; ".join(described) if described else _tr("all cases")

    def fetch(ctx: TaskContext) -> ListRows:
        """In the worker: whether any case is synthetic (an unindexed query, so never
        on the GUI thread), then the rows page by page; Cancel stops either query."""
        synthetic = has_synthetic_cases(database)
        ctx.check()
        rows: list[list[Cell]] = []
        after = None
        while True:
            page_rows = page_cases(
                database, query=query, limit=EXPORT_PAGE, after=after, cancelled=ctx.cancelled
            )
            ctx.check()
            rows.extend([cell_text(r, k) for k in keys] for r in page_rows.rows)
            if len(page_rows.rows) < EXPORT_PAGE or page_rows.last is None:
                return ListRows(rows, synthetic)
            after = page_rows.last

    export_rows(
        parent,
        title=_tr("Cases"),
        filter_text=filter_text,
        columns=titles,
        fetch_rows=fetch,
        personal=True,
    )
