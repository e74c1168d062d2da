"""Picking the person a decision is for: a field with a completer over case numbers and
names (Arabic or Latin spellings), searched in the background as the user types."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from desktop.services.database import Database
from desktop.services.decisions import PersonChoice, find_people
from desktop.ui.models import amnesty_text as text
from desktop.ui.models.candidate_people import ID_ROLE, PersonChoicesModel
from desktop.ui.tasks import TaskRunner

DELAY_MS = 200
LIMIT = 30


class PersonPicker(QLineEdit):
    """Type a case number or a name, pick from the list; ``person`` is the one picked."""

    picked = Signal(object)  # PersonChoice, or None when the pick is undone by typing
    searched = Signal()  # results of a search have arrived

    def __init__(self, database: Database, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.person: PersonChoice | None = None
        self._generation = 0
        self.setPlaceholderText(self.tr("Case number or name, then pick from the list"))
        self.choices = PersonChoicesModel(self)
        self.completer_ = QCompleter(self.choices, self)
        self.completer_.setObjectName("personCompleter")
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        popup = self.completer_.popup()
        assert popup is not None
        popup.setObjectName("personChoices")
        popup.setAccessibleName(self.tr("People found"))
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._typed)

    def set_person(self, person: PersonChoice | None, *, locked: bool = False) -> None:
        self.person = person
        self.setText(
            text.person_label(person.case_no, person.name_latin, person.name_arabic)
            if person
            else ""
        )
        self.setReadOnly(locked)
        self.picked.emit(person)

    def _typed(self, _text: str) -> None:
        if self.person is not None:
            self.person = None
            self.picked.emit(None)
        self._timer.start()

    def _search(self) -> None:
        typed = self.text()
        self._generation += 1
        generation = self._generation
        database = self.database

        def done(found: list[PersonChoice]) -> None:
            if generation != self._generation or self.text() != typed:
                return
            self.choices.set_rows(found)
            exact = [p for p in found if p.case_no.casefold() == typed.strip().casefold()]
            if len(exact) == 1:
                self._popup().hide()
                self.set_person(exact[0])
            elif found and self.hasFocus():
                self.completer_.complete()
            self.searched.emit()

        if not typed.strip():
            self.choices.set_rows([])
            self.searched.emit()
            return
        self.tasks.run(lambda _ctx: find_people(database, text=typed, limit=LIMIT), success=done)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None
        return popup

    def _activated(self, index: QModelIndex) -> None:
        person_id = index.data(ID_ROLE)
        person = next((p for p in self.choices.rows() if p.id == person_id), None)
        if person is not None:
            QTimer.singleShot(0, lambda: self.set_person(person))
