"""Approval settings (administrators): whether decisions need a second person's approval,
and per amnesty which outcomes need it. ``ApprovalSettingsDialog.ask`` returns the chosen
``(on, {amnesty_id: outcomes})`` or None when cancelled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.reports import labels
from desktop.ui.dialogs.common import Standard, accept_or_cancel, answer

OUTCOMES = ("released", "reduced", "denied")


class ApprovalSettingsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        on: bool,
        amnesties: list[tuple[int, str, frozenset[str]]],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalSettingsDialog")
        self.setAccessibleName(self.tr("Approval settings"))
        self.setWindowTitle(self.tr("Approval settings"))
        self.setMinimumWidth(620)
        self._ids = [a[0] for a in amnesties]

        self.on = QCheckBox(
            self.tr("Decisions that change liberty or a sentence need a second person's approval")
        )
        self.on.setObjectName("approvalOn")
        self.on.setAccessibleName(self.tr("Approval by a second person"))
        self.on.setChecked(on)
        warning = QLabel(
            self.tr(
                "Turn this off only for a one-person office: decisions then take effect when "
                "recorded, the change is recorded in the history, and every report says "
                "“decisions not independently approved”."
            )
        )
        warning.setObjectName("approvalOffWarning")
        warning.setWordWrap(True)

        self.table = QTableWidget(len(amnesties), 1 + len(OUTCOMES))
        self.table.setObjectName("approvalOutcomes")
        self.table.setAccessibleName(self.tr("Outcomes that need approval, per amnesty"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Amnesty")] + [labels.outcome(o) for o in OUTCOMES]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(OUTCOMES)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, (_id, title, outcomes) in enumerate(amnesties):
            self.table.setItem(row, 0, QTableWidgetItem(title))
            for column, outcome in enumerate(OUTCOMES, start=1):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if outcome in outcomes else Qt.CheckState.Unchecked
                )
                self.table.setItem(row, column, item)
        self.on.toggled.connect(self.table.setEnabled)
        self.table.setEnabled(on)

        buttons, _save = accept_or_cancel(self, "approvalSettings", accept=Standard.Save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.on)
        layout.addWidget(warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def answer(self) -> tuple[bool, dict[int, set[str]]]:
        outcomes: dict[int, set[str]] = {}
        for row, amnesty_id in enumerate(self._ids):
            outcomes[amnesty_id] = {
                outcome
                for column, outcome in enumerate(OUTCOMES, start=1)
                if (item := self.table.item(row, column)) is not None
                and item.checkState() == Qt.CheckState.Checked
            }
        return self.on.isChecked(), outcomes

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        on: bool,
        amnesties: list[tuple[int, str, frozenset[str]]],
    ) -> tuple[bool, dict[int, set[str]]] | None:
        return answer(cls(parent, on=on, amnesties=amnesties), cls.answer)
