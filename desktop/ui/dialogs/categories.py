"""Detainee categories, as a tree: add, add inside, rename, move under another, delete.

The service refuses what breaks a rule (a name taken among siblings, a move under the
category's own descendant, deleting one in use) and the dialog says why. Names and the
new place are asked through ``ask_name`` and ``ask_parent``, which tests replace;
``CategoriesDialog.ask(parent, database, tasks)`` is True when anything changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.category_rules import descendants
from desktop.domain.errors import CaseTrackerError
from desktop.services import categories as svc
from desktop.services.database import Database
from desktop.ui.changes import Kind
from desktop.ui.dialogs import messages
from desktop.ui.host import WindowHost
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import TaskContext, TaskRunner
from desktop.ui.widgets.naming import push_button

TOP = -1  # ask_parent's answer for "at the top level"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CategoriesDialog", text)


def ask_name(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value.strip() if ok and value.strip() else None


def ask_parent(parent: QWidget, title: str, choices: list[tuple[str, int]]) -> int | None:
    """One of ``choices`` (label, id; ``TOP`` for the top level), or None when cancelled."""
    labels = [label for label, _id in choices]
    value, ok = QInputDialog.getItem(parent, title, _tr("Put it under:"), labels, 0, False)
    if not ok:
        return None
    return dict(choices).get(value)


class CategoriesDialog(QDialog):
    def __init__(self, parent: QWidget | None, database: Database, tasks: TaskRunner) -> None:
        super().__init__(parent)
        self.setObjectName("categoriesDialog")
        self.setAccessibleName(self.tr("Detainee categories"))
        self.setWindowTitle(self.tr("Detainee categories"))
        self.database = database
        self.tasks = tasks
        self.changed = False
        self.loaded = False
        self.closed = False
        self.records: dict[int, svc.CategoryRecord] = {}
        self.tree = QTreeWidget()
        self.tree.setObjectName("categoriesTree")
        self.tree.setAccessibleName(self.tr("Categories"))
        self.tree.setHeaderLabels(
            [self.tr("Category"), self.tr("Arabic"), self.tr("Code"), self.tr("People")]
        )
        self.tree.setColumnWidth(0, 220)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.add_button = push_button("categoryAdd", self.tr("Add…"), self.tr("Add a category"))
        self.add_inside_button = push_button(
            "categoryAddInside", self.tr("Add inside…"), self.tr("Add a category inside this one")
        )
        self.rename_button = push_button(
            "categoryRename", self.tr("Rename…"), self.tr("Rename the category")
        )
        self.move_button = push_button(
            "categoryMove", self.tr("Move…"), self.tr("Move the category under another")
        )
        self.delete_button = push_button(
            "categoryDelete", self.tr("Delete"), self.tr("Delete the category")
        )
        self.add_button.clicked.connect(lambda: self.add(inside=False))
        self.add_inside_button.clicked.connect(lambda: self.add(inside=True))
        self.rename_button.clicked.connect(self.rename)
        self.move_button.clicked.connect(self.move_current)
        self.delete_button.clicked.connect(self.delete)
        self.note = QLabel(
            self.tr(
                "A category used by people, headcounts or reported totals, or with "
                "categories inside it, cannot be deleted."
            )
        )
        self.note.setWordWrap(True)
        side = QVBoxLayout()
        for b in (
            self.add_button,
            self.add_inside_button,
            self.rename_button,
            self.move_button,
            self.delete_button,
        ):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.tree, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("categoriesClose")
        close.button(QDialogButtonBox.StandardButton.Close).setObjectName("categoriesCloseButton")
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self.resize(640, 420)
        self._update_buttons()
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        database = self.database

        def op(_ctx: TaskContext) -> list[svc.CategoryRecord]:
            return svc.list_categories(database)

        self.tasks.run(op, success=lambda rows: self._show(rows, select), failure=self._failed)

    def _show(self, rows: list[svc.CategoryRecord], select: int | None) -> None:
        if self.closed:
            return
        current = select if select is not None else self.current_id()
        self.records = {r.id: r for r in rows}
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        pending = list(rows)
        while pending:  # parents before children; rows are sorted by name
            rest = []
            for r in pending:
                if (
                    r.parent_id is not None
                    and r.parent_id not in items
                    and r.parent_id in self.records
                ):
                    rest.append(r)
                    continue
                parent = items.get(r.parent_id) if r.parent_id is not None else None
                item = QTreeWidgetItem(
                    [r.name, r.name_ar or "", r.code, QLocale().toString(r.people)]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, r.id)
                item.setTextAlignment(
                    3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                if parent is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                items[r.id] = item
            if len(rest) == len(pending):
                break
            pending = rest
        self.tree.expandAll()
        for column in range(1, self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        if current in items:
            self.tree.setCurrentItem(items[current])
        self.loaded = True
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def current(self) -> svc.CategoryRecord | None:
        cid = self.current_id()
        return self.records.get(cid) if cid is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current()
        for b in (self.add_inside_button, self.rename_button, self.move_button):
            b.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        if chosen is not None:
            uses = chosen.in_use or chosen.children
            self.delete_button.setToolTip(
                self.tr("In use: cannot be deleted") if uses else self.tr("Delete this category")
            )

    # -- actions ---------------------------------------------------------------------------
    def _run(self, op: Callable[[], Any], select: Callable[[Any], int | None]) -> None:
        def done(result: Any) -> None:
            self.changed = True
            if not self.closed:
                self.reload(select(result))

        self.tasks.run(lambda _ctx: op(), success=done, failure=self._failed)

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CaseTrackerError):
            if self.closed:
                return
            messages.tell_error(self, self.tr("Categories"), error_text(exc))
            return
        raise exc

    def add(self, *, inside: bool) -> None:
        parent = self.current() if inside else None
        if inside and parent is None:
            return
        title = (
            self.tr("New category inside %1").replace("%1", parent.name)
            if parent is not None
            else self.tr("New category")
        )
        name = ask_name(self, title, self.tr("Name:"))
        if name is None:
            return
        database = self.database
        parent_id = parent.id if parent is not None else None
        self._run(
            lambda: svc.create_category(database, name=name, parent_id=parent_id),
            lambda r: r.id,
        )

    def rename(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        name = ask_name(self, self.tr("Rename category"), self.tr("Name:"), chosen.name)
        if name is None or name == chosen.name:
            return
        database = self.database
        self._run(
            lambda: svc.rename_category(
                database,
                category_id=chosen.id,
                expected_version=chosen.version,
                name=name,
                name_ar=chosen.name_ar,
                name_ku=chosen.name_ku,
            ),
            lambda r: r.id,
        )

    def move_current(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        parent_of = {r.id: r.parent_id for r in self.records.values()}
        below = descendants(chosen.id, parent_of)
        choices = [(self.tr("(top level)"), TOP)] + [
            (r.name, r.id) for r in self.records.values() if r.id != chosen.id and r.id not in below
        ]
        answer = ask_parent(self, self.tr("Move %1").replace("%1", chosen.name), choices)
        if answer is None:
            return
        parent_id = None if answer == TOP else answer
        database = self.database
        self._run(
            lambda: svc.move_category(
                database,
                category_id=chosen.id,
                expected_version=chosen.version,
                parent_id=parent_id,
            ),
            lambda r: r.id,
        )

    def delete(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        if not messages.confirm(
            self,
            self.tr("Delete category"),
            self.tr("Delete the category “%1”?").replace("%1", chosen.name),
        ):
            return
        database = self.database
        self._run(
            lambda: svc.delete_category(
                database, category_id=chosen.id, expected_version=chosen.version
            ),
            lambda _r: None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, database: Database, tasks: TaskRunner) -> bool:
        """Show the dialog until closed; True when a category was added, changed or
        deleted."""
        dialog = cls(parent, database, tasks)
        try:
            dialog.exec()
            tasks.wait()
            return dialog.changed
        finally:
            dialog.deleteLater()


def edit_categories(parent: QWidget, host: WindowHost) -> bool:
    """Show the editor over ``parent`` (Tools ▸ Detainee categories…, or the Cases page);
    when something changed, every page that offers categories shows them again."""
    changed = CategoriesDialog.ask(parent, host.database, host.tasks)
    if changed:
        host.announce(Kind.CATEGORIES)
    return changed
