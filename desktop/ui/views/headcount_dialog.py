"""Adding or changing one headcount: date and how precise it is, total and how it was
reported, counts per category, and its source (an existing one or a new one, created in the
same transaction as the headcount). OK stays disabled while a rule is broken; the problem is
shown beside its field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import DatePrecision, Precision
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.facility_rules import (
    HeadcountFields,
    NewSource,
    clean,
    headcount_problems,
    normalise_as_of,
)
from desktop.domain.limits import HEADCOUNT_MAX
from desktop.domain.messages import capitalised, reason
from desktop.domain.numbers import parse_count
from desktop.reports import labels
from desktop.services.headcounts import CategoryRecord, HeadcountRecord, SourceRecord
from desktop.ui import script
from desktop.ui.dialogs.common import accept_or_cancel, answer, keep_typing
from desktop.ui.editing import DigitsLineEdit, RecordForm
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.number_limits import limit_problem

NEW_SOURCE = -1


@dataclass(frozen=True)
class HeadcountEdit:
    """What the dialog returns: the headcount's values and, if chosen, a new source."""

    values: HeadcountFields
    new_source: NewSource | None = None


class HeadcountDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        categories: Sequence[CategoryRecord],
        sources: Sequence[SourceRecord],
        record: HeadcountRecord | None = None,
        facility_name: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("headcountDialog")
        keep_typing(self)
        title = self.tr("Change headcount") if record else self.tr("Add headcount")
        if facility_name:
            title += f" — {facility_name}"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._today = today or date.today()
        self._categories = list(categories)
        self.form = RecordForm(self)

        layout = QVBoxLayout(self)
        grid = QFormLayout()
        layout.addLayout(grid)
        add = self.form.add_row

        self.as_of = DateField()
        add(grid, self.tr("&As of"), self.as_of, "as_of", object_name="headcountAsOf")
        self.as_of_precision = self._combo(labels.choices(DatePrecision, labels.date_precision))
        add(
            grid,
            self.tr("Date &known to the"),
            self.as_of_precision,
            "as_of_precision",
            object_name="headcountAsOfPrecision",
        )
        self.total = DigitsLineEdit()
        add(grid, self.tr("&Total"), self.total, "total", object_name="headcountTotal")
        self.precision = self._combo(labels.choices(Precision, labels.precision))
        add(
            grid,
            self.tr("&Reported as"),
            self.precision,
            "precision",
            object_name="headcountPrecision",
        )
        self.source = QComboBox()
        self.source.addItem(self.tr("(choose a source)"), None)
        for s in sources:
            shown = f"{s.title} ({s.publisher})" if s.publisher else s.title
            self.source.addItem(shown, s.id)
        self.source.addItem(self.tr("New source…"), NEW_SOURCE)
        add(grid, self.tr("&Source"), self.source, "source", object_name="headcountSource")
        self.source_title = QLineEdit()
        self.source_title_row = add(
            grid,
            self.tr("New source &title"),
            self.source_title,
            "source_title",
            object_name="headcountSourceTitle",
        )
        self.source_publisher = QLineEdit()
        self.source_publisher_row = add(
            grid,
            self.tr("New source &publisher"),
            self.source_publisher,
            "source_publisher",
            object_name="headcountSourcePublisher",
        )
        counts_caption = QLabel(self.tr("<b>By category</b> (leave empty if not reported)"))
        counts_caption.setObjectName("headcountCategoriesCaption")
        grid.addRow(counts_caption)
        self.counts: dict[int, DigitsLineEdit] = {}
        for c in self._categories:
            edit = DigitsLineEdit()
            shown = script.shown_name(c.name, c.name_ar, c.name_ku)  # as the case page names it
            edit.setAccessibleName(self.tr("Count of %1").replace("%1", shown))
            indent = "    " if c.parent_id is not None else ""
            add(
                grid,
                indent + shown,
                edit,
                f"category_{c.id}",
                object_name=f"headcountCategory{c.id}",
            )
            self.counts[c.id] = edit
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)  # Tab goes on to the buttons, as elsewhere
        add(grid, self.tr("&Note"), self.note, "note", object_name="headcountNote")

        self.buttons, self.ok_button = accept_or_cancel(
            self, "headcount", accessible=self.tr("OK"), cancel=self.tr("Cancel")
        )
        layout.addWidget(self.buttons)

        initial: dict[str, object] = {
            "as_of": record.as_of if record else self._today,
            "as_of_precision": record.as_of_precision if record else DatePrecision.DAY.value,
            "total": str(record.total) if record else "",
            "precision": record.precision if record else Precision.EXACT.value,
            "source": record.source_id if record else None,
            "note": record.note if record else "",
        }
        if record:
            for part in record.parts:
                initial[f"category_{part.category_id}"] = str(part.count)
        self.form.load(initial)
        self.form.edited.connect(self.check)
        self.check()

    @staticmethod
    def _combo(labels: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        for value, shown in labels.items():
            combo.addItem(shown, value)
        return combo

    def collect(self) -> tuple[HeadcountEdit | None, list[FieldProblem]]:
        """The edit the fields describe, or the problems that stop it."""
        v = self.form.values()
        problems: list[FieldProblem] = []

        def count(name: str, raw: str, *, required: bool) -> int | None:
            try:
                value = parse_count(raw, allow_unknown=not required)
            except ValueError as exc:
                problems.append(FieldProblem(name, capitalised(reason(exc)), raw))
                return None
            beyond = limit_problem(name, raw, maximum=HEADCOUNT_MAX)
            if beyond is not None:
                problems.append(beyond)
                return None
            return value

        total = count("total", v["total"], required=True)
        parts: list[tuple[int, int]] = []
        for cid in self.counts:
            n = count(f"category_{cid}", v[f"category_{cid}"], required=False)
            if n is not None:
                parts.append((cid, n))
        new_source = None
        if v["source"] == NEW_SOURCE:
            new_source = NewSource(v["source_title"], clean(v["source_publisher"]))
        fields = HeadcountFields(
            as_of=normalise_as_of(v["as_of"], v["as_of_precision"]) if v["as_of"] else None,
            total=total,
            precision=v["precision"],
            as_of_precision=v["as_of_precision"],
            source_id=v["source"] if v["source"] not in (None, NEW_SOURCE) else None,
            note=clean(v["note"]),
            parts=tuple(parts),
        )
        named = {p.field for p in problems}
        problems += [
            p
            for p in headcount_problems(fields, new_source=new_source, today=self._today)
            if p.field not in named
        ]
        if problems:
            return None, problems
        return HeadcountEdit(fields, new_source), []

    def check(self) -> None:
        is_new = self.source.currentData() == NEW_SOURCE
        self.source_title_row.setVisible(is_new)
        self.source_publisher_row.setVisible(is_new)
        label_title = self._form_label(self.source_title_row)
        label_publisher = self._form_label(self.source_publisher_row)
        for caption in (label_title, label_publisher):
            if caption is not None:
                caption.setVisible(is_new)
        edit, problems = self.collect()
        self.form.show_problems(ValidationError(problems) if problems else None)
        self.ok_button.setEnabled(edit is not None)

    def _form_label(self, row: QWidget) -> QWidget | None:
        for grid in self.findChildren(QFormLayout):
            caption = grid.labelForField(row)
            if caption is not None:
                return caption
        return None

    def edit(self) -> HeadcountEdit | None:
        return self.collect()[0]

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        categories: Sequence[CategoryRecord],
        sources: Sequence[SourceRecord],
        record: HeadcountRecord | None = None,
        facility_name: str = "",
    ) -> HeadcountEdit | None:
        """Show the dialog; the edit when the user pressed OK, else None."""
        dialog = cls(
            parent,
            categories=categories,
            sources=sources,
            record=record,
            facility_name=facility_name,
        )
        return answer(dialog, cls.edit)
