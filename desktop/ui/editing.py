"""Editing a record in a form: explicit save, a dirty marker, undo and redo of unsaved edits,
and validation messages beside the field they concern.

A view lays out its widgets with ``RecordForm.add_row``; its controller loads plain values
with ``load``, reads ``values()``/``changes()`` to save, and shows a ``ValidationError``
with ``show_problems``. Every edit is a QUndoCommand on the form's QUndoStack; consecutive
typing in one field merges into one command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.numbers import ascii_digits
from desktop.domain.stored import as_text
from desktop.ui import script
from desktop.ui.problem_text import message_text
from desktop.ui.widgets.date_field import DateField

_NO_DATE = QDate(1900, 1, 1)


class _Binding:
    def __init__(
        self,
        name: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        error: QLabel,
    ) -> None:
        self.name = name
        self.widget = widget
        self.get = get
        self.put = put
        self.error = error
        self.last: Any = None


class _Edit(QUndoCommand):
    def __init__(self, form: RecordForm, binding: _Binding, old: Any, new: Any) -> None:
        super().__init__(form.tr("Edit %1").replace("%1", binding.name))
        self.form = form
        self.binding = binding
        self.old = old
        self.new = new
        self._first = True

    def id(self) -> int:
        return 1000 + self.form.index_of(self.binding)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Edit) or other.binding is not self.binding:
            return False
        if not isinstance(self.binding.widget, QLineEdit | QPlainTextEdit):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._first:  # the widget already shows the new value
            self._first = False
        else:
            self.form.put(self.binding, self.new)
        self.form.changed_by_user()

    def undo(self) -> None:
        self.form.put(self.binding, self.old)
        self.form.changed_by_user()


class RecordForm(QObject):
    """The editable fields of one record."""

    edited = Signal()  # any change by the user, an undo or a redo
    dirty_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._bindings: dict[str, _Binding] = {}
        self._loaded: dict[str, Any] = {}
        self._quiet = False
        self._dirty = False
        self._routed = False  # Ctrl+Z in a field goes to this form's stack (route_undo)
        self._labels: dict[str, str] = {}

    # -- layout helpers --------------------------------------------------------------------
    def add_row(
        self, layout: QFormLayout, label: str, widget: QWidget, name: str, *, object_name: str
    ) -> QWidget:
        """Add ``widget`` under ``label`` with an error label beneath it, and bind it."""
        widget.setObjectName(object_name)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        error = QLabel()
        error.setObjectName(f"{object_name}Error")
        error.setAccessibleName(self.tr("Problem with %1").replace("%1", label.replace("&", "")))
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        layout.addRow(caption, box)
        self.bind(name, widget, error)
        self._labels[name] = label.replace("&", "")
        return box

    def field_labels(self) -> dict[str, str]:
        """Each field's caption as the form shows it (without its accelerator)."""
        return dict(self._labels)

    def bind(self, name: str, widget: QWidget, error: QLabel) -> None:
        get, put, signal = _accessors(widget)
        binding = _Binding(name, widget, get, put, error)
        self._bindings[name] = binding
        signal.connect(lambda *_args, b=binding: self._on_widget_changed(b))
        if self._routed:
            self._watch_keys(widget)

    # -- one undo history ------------------------------------------------------------------
    def route_undo(self) -> None:
        """Undo and Redo pressed in one of the form's text fields act on the form's stack
        (the page's Edit ▸ Undo), not on the field's own history: one history per page,
        and the next Edit ▸ Undo undoes the next edit."""
        if self._routed:
            return
        self._routed = True
        for binding in self._bindings.values():
            self._watch_keys(binding.widget)

    def _watch_keys(self, widget: QWidget) -> None:
        for part in (widget, *widget.findChildren(QWidget)):
            if isinstance(part, QLineEdit | QPlainTextEdit):
                part.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()  # not the field's: the window's Undo/Redo shortcut takes it
            return True
        return super().eventFilter(watched, event)

    def index_of(self, binding: _Binding) -> int:
        return list(self._bindings.values()).index(binding)

    # -- values ----------------------------------------------------------------------------
    def load(self, values: dict[str, Any]) -> None:
        """Show a record as saved: no undo history, not dirty, no problems shown."""
        self._quiet = True
        try:
            for name, binding in self._bindings.items():
                binding.put(values.get(name))
                binding.last = binding.get()
            self._loaded = {name: b.get() for name, b in self._bindings.items()}
        finally:
            self._quiet = False
        self.undo_stack.clear()
        self.clear_problems()
        self._set_dirty(False)

    def values(self) -> dict[str, Any]:
        return {name: b.get() for name, b in self._bindings.items()}

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if self._loaded.get(k) != v}

    def loaded(self) -> dict[str, Any]:
        return dict(self._loaded)

    def is_dirty(self) -> bool:
        return self._dirty

    def revert(self) -> None:
        self.load(self._loaded)
        self.edited.emit()

    def widget(self, name: str) -> QWidget:
        return self._bindings[name].widget

    def value_text(self, name: str | None, stored: str | None) -> str | None:
        """A value as the history stores it (text) in the words the form shows for it:
        a choice by its item's text (a category, a facility, a status, "Yes"), anything
        else as stored."""
        binding = self._bindings.get(name or "")
        if stored is None or binding is None or not isinstance(binding.widget, QComboBox):
            return stored
        combo = binding.widget
        for index in range(combo.count()):
            if as_text(combo.itemData(index)) == stored:
                return combo.itemText(index).strip()
        return stored

    def set_enabled(self, enabled: bool) -> None:
        for b in self._bindings.values():
            b.widget.setEnabled(enabled)

    # -- problems --------------------------------------------------------------------------
    def show_problems(self, error: ValidationError | None) -> None:
        for name, binding in self._bindings.items():
            messages = [message_text(m) for m in error.for_field(name)] if error else []
            binding.error.setText("\n".join(messages))
            binding.error.setVisible(bool(messages))
        self._make_room()

    def _make_room(self) -> None:
        owner = self.parent()
        if isinstance(owner, QWidget):
            make_room(owner)

    def clear_problems(self) -> None:
        self.show_problems(None)

    def reveal_problem(self) -> bool:
        """Bring the first field that shows a problem into view (its tab raised, scrolled
        to) and put the keyboard in it; False when no field shows one."""
        binding = next((b for b in self._bindings.values() if not b.error.isHidden()), None)
        if binding is None:
            return False
        child: QWidget = binding.widget
        parent = child.parentWidget()
        while parent is not None:
            tabs = parent.parentWidget()
            if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()
        area = binding.widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(binding.error)
            area.ensureWidgetVisible(binding.widget)
        binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def problem_text(self, name: str) -> str:
        b = self._bindings[name]
        return b.error.text() if not b.error.isHidden() else ""

    # -- internals -------------------------------------------------------------------------
    def put(self, binding: _Binding, value: Any) -> None:
        self._quiet = True
        try:
            binding.put(value)
            binding.last = binding.get()
        finally:
            self._quiet = False

    def _on_widget_changed(self, binding: _Binding) -> None:
        if self._quiet:
            return
        new = binding.get()
        if new == binding.last:
            return
        old, binding.last = binding.last, new
        self.undo_stack.push(_Edit(self, binding, old, new))

    def changed_by_user(self) -> None:
        self._set_dirty(bool(self.changes()))
        self.edited.emit()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)


def _accessors(widget: QWidget) -> tuple[Callable[[], Any], Callable[[Any], None], Any]:
    """How to read, write and watch each kind of field widget."""
    if isinstance(widget, QLineEdit):

        def put_text(v: Any) -> None:
            widget.setText("" if v is None else str(v))

        return widget.text, put_text, widget.textChanged
    if isinstance(widget, QPlainTextEdit):

        def put_plain(v: Any) -> None:
            widget.setPlainText("" if v is None else str(v))

        return widget.toPlainText, put_plain, widget.textChanged
    if isinstance(widget, QComboBox):

        def get_combo() -> Any:
            return widget.currentData()

        def put_combo(v: Any) -> None:
            index = widget.findData(v)
            widget.setCurrentIndex(index if index >= 0 else 0)

        return get_combo, put_combo, widget.currentIndexChanged
    if isinstance(widget, QCheckBox):

        def put_check(v: Any) -> None:
            widget.setChecked(bool(v))

        return widget.isChecked, put_check, widget.toggled
    if isinstance(widget, DateField):
        widget.setMinimumDate(_NO_DATE)
        widget.setSpecialValueText(" ")

        def get_date() -> date | None:
            d = widget.date()
            return None if d == _NO_DATE else date(d.year(), d.month(), d.day())

        def put_date(v: Any) -> None:
            widget.setDate(QDate(v.year, v.month, v.day) if isinstance(v, date) else _NO_DATE)

        return get_date, put_date, widget.dateChanged
    raise TypeError(f"no binding for {type(widget).__name__}")


def make_room(part: QWidget) -> None:
    """The dialog ``part`` is in grows to show its text whole (problems beneath fields, a
    preview): a window's minimum height does not count text that wraps, so a message of
    several lines was drawn over the next field, cut off; longer still in Kurdish and
    Arabic. A page's form scrolls instead, and a dialog grows no taller than the screen."""
    window = part.window()
    layout = window.layout() if isinstance(window, QDialog) else None
    if layout is None or not window.isVisible() or not layout.hasHeightForWidth():
        return
    # Text just set (a wrapped label's new lines) reaches the window's layout through the
    # layout requests of the boxes it sits in: settle those first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > window.height():
        window.resize(window.width(), needed)


class DigitsLineEdit(QLineEdit):
    """A line edit for numbers that accepts Arabic-Indic digits as typed and shows what was
    typed; the controller parses with ``desktop.domain.numbers.parse_count``. A number the
    program puts there (a stored one) is written in the window's digits, as the tables and
    the date fields beside it write theirs."""

    def setText(self, text: str | None) -> None:
        super().setText(script.digits(text or ""))

    def ascii_text(self) -> str:
        return ascii_digits(self.text())
