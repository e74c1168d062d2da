"""Transfer to…: where a person held is moved, on which date, and why.

``TransferDialog.ask(parent, record=..., options=...)`` returns a ``TransferRequest`` or
None when cancelled; tests replace ``ask``. The rules (not the facility they are in, not in
the future, not before they were held) are checked here beside the fields, and again by
the service that records the move."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_rules import transfer_problems
from desktop.services.case_records import CaseOptions, CaseRecord
from desktop.ui import script
from desktop.ui.dialogs.common import accept_or_cancel, answer, keep_typing
from desktop.ui.problem_text import message_text
from desktop.ui.views.case_filters import fill_tree_combo
from desktop.ui.widgets.date_field import DateField


@dataclass(frozen=True)
class TransferRequest:
    to_facility_id: int
    transferred_on: date
    reason: str | None


class TransferDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, *, record: CaseRecord, options: CaseOptions | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        keep_typing(self)
        self.setAccessibleName(self.tr("Transfer to another facility"))
        self.setWindowTitle(self.tr("Transfer %1").replace("%1", record.case_no))
        self.record = record
        # the person and the facility in the window's script, as the case page names them
        person = script.shown_name(record.name_latin, record.name_arabic)
        now = next(
            (c for c in (options.facilities if options else ()) if c.id == record.facility_id),
            None,
        )
        where = script.shown_name(now.name, now.name_ar) if now else record.facility
        intro = QLabel(
            self.tr("Move <b>%1</b> from <b>%2</b> to another facility.")
            .replace("%1", html.escape(person))
            .replace("%2", html.escape(where) if where else self.tr("(no facility)"))
        )
        intro.setWordWrap(True)
        self.facility = QComboBox()
        self.facility.setObjectName("transferFacility")
        self.facility.setAccessibleName(self.tr("Facility to move to"))
        choices = tuple(
            c for c in (options.facilities if options else ()) if c.id != record.facility_id
        )
        fill_tree_combo(self.facility, choices, self.tr("Choose a facility…"))
        self.on = DateField(QDate.currentDate())
        self.on.setObjectName("transferDate")
        self.on.setAccessibleName(self.tr("Date of the transfer"))
        self.reason = QLineEdit()
        self.reason.setObjectName("transferReason")
        self.reason.setAccessibleName(self.tr("Reason for the transfer"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for label, widget, field in (
            (self.tr("&To"), self.facility, "to_facility_id"),
            (self.tr("&Date"), self.on, "transferred_on"),
            (self.tr("&Reason"), self.reason, "reason"),
        ):
            error = QLabel()
            error.setObjectName(f"{widget.objectName()}Error")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self.errors[field] = error
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, box)
        self.general = QLabel()
        self.general.setStyleSheet("color: #b00020;")
        self.general.hide()
        buttons, _ok = accept_or_cancel(
            self,
            "transfer",
            text=self.tr("Transfer"),
            accessible=self.tr("Record the transfer"),
            cancel=self.tr("Cancel"),
            on_accept=self.try_accept,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def request(self) -> TransferRequest | None:
        target = self.facility.currentData()
        d = self.on.date()
        on = date(d.year(), d.month(), d.day())
        problems = transfer_problems(
            status=self.record.status,
            from_facility_id=self.record.facility_id,
            to_facility_id=target,
            on=on,
            held_since=self.record.held_since,
        )
        for error in self.errors.values():
            error.hide()
        self.general.hide()
        for p in problems:
            target_label = self.errors.get(p.field) or self.general
            target_label.setText(message_text(p.message))
            target_label.show()
        self.adjustSize()
        if problems or target is None:
            return None
        return TransferRequest(int(target), on, self.reason.text().strip() or None)

    def try_accept(self) -> None:
        if self.request() is not None:
            self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, record: CaseRecord, options: CaseOptions | None
    ) -> TransferRequest | None:
        return answer(cls(parent, record=record, options=options), cls.request)
