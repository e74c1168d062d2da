"""Editing a facility record: checking it as it is typed, saving it (and, when someone else
saved it meanwhile, merging field by field), and deleting it when nothing depends on it.

``FacilityEditor`` is a collaborator that ``FacilityController`` owns: it holds the stored
record the form was loaded from and whether a write is under way, and is handed exactly
what it uses (the form, the list's model, the services, and a few callbacks)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeView, QWidget

from desktop.domain.errors import ConflictError, RuleError, ValidationError
from desktop.domain.facility_rules import (
    FacilityFields,
    capacity_problem,
    check_deletable,
    clean,
    facility_problems,
)
from desktop.domain.limits import CAPACITY_MAX
from desktop.domain.numbers import parse_count
from desktop.services.database import Database
from desktop.services.facilities import (
    FacilityRecord,
    delete_facility,
    save_facility,
)
from desktop.ui.dialogs import conflict, messages
from desktop.ui.editing import RecordForm
from desktop.ui.models.facility_tree import FacilityTreeModel
from desktop.ui.problem_text import error_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.number_limits import limit_problem


def _tr(text: str) -> str:
    return QCoreApplication.translate("FacilityController", text)


def form_values(record: FacilityRecord | None) -> dict[str, Any]:
    """The form's field values for a stored record (or a new one)."""
    if record is None:
        fields = FacilityFields(name="")
        return {**fields.as_dict(), "capacity": "", "name_ar": "", "notes": ""}
    values = record.fields().as_dict()
    values["capacity"] = "" if record.capacity is None else str(record.capacity)
    return values


class FacilityEditor:
    """Validation, save, conflict merge and delete of the facility record in ``form``."""

    def __init__(
        self,
        *,
        form: RecordForm,
        model: FacilityTreeModel,
        tree: QTreeView,
        parent: QWidget,
        database: Database,
        tasks: TaskRunner,
        creating: Callable[[], bool],
        label: Callable[[], str],
        busy_changed: Callable[[], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.form = form
        self.model = model
        self.tree = tree
        self.parent = parent
        self.database = database
        self.tasks = tasks
        self._creating = creating
        self._label = label
        self._busy_changed = busy_changed
        self._failed = failed
        self.record: FacilityRecord | None = None  # the stored record the form was loaded from
        self.saving = False

    def load(self, record: FacilityRecord | None) -> None:
        """Show ``record`` in the form (None: an empty form for a new facility)."""
        self.record = record
        self.form.load(form_values(record))

    def record_id(self) -> int | None:
        """The facility the form's values belong to (None for a new one)."""
        if self._creating() or self.record is None:
            return None
        return self.record.id

    def validate(self) -> tuple[FacilityFields | None, ValidationError | None]:
        """The fields on show as a facility, or the rules they break."""
        v = self.form.values()
        # the bound in the window's own (translated) words first, then the domain's rule
        capacity_issue = limit_problem(
            "capacity", v["capacity"], maximum=CAPACITY_MAX
        ) or capacity_problem(v["capacity"])
        fields = FacilityFields(
            name=v["name"],
            kind=v["kind"],
            status=v["status"],
            parent_id=v["parent_id"],
            name_ar=clean(v["name_ar"]),
            governorate=clean(v["governorate"]),
            operator=clean(v["operator"]),
            capacity=None if capacity_issue else parse_count(v["capacity"]),
            notes=clean(v["notes"]),
        )
        problems = [capacity_issue] if capacity_issue else []
        problems += facility_problems(
            fields,
            facility_id=self.record_id(),
            others=self.model.neighbours(),
        )
        if problems:
            return None, ValidationError(problems, record=self._label())
        return fields, None

    def check(self) -> bool:
        """Show the rules the edits break beside their fields; True when they break none."""
        _fields, error = self.validate()
        self.form.show_problems(error if self.form.is_dirty() else None)
        return error is None

    def save(
        self,
        saved: Callable[[FacilityRecord], None],
        then: Callable[[], None] | None = None,
        otherwise: Callable[[], None] | None = None,
    ) -> None:
        """Save the record on show in the background; ``saved`` (which shows the stored
        record, see ``load``) and then ``then`` run after it is saved, ``otherwise`` when it
        cannot be (problems are shown beside their fields)."""
        if self.saving:
            return
        fields, error = self.validate()
        if fields is None:
            self.form.show_problems(error)
            self.form.reveal_problem()
            if otherwise:
                otherwise()
            return
        creating = self._creating()
        # The record the form holds, whatever the list has moved on to meanwhile.
        loaded = None if creating else self.record
        if not creating and loaded is None:
            if otherwise:
                otherwise()
            return
        facility_id = loaded.id if loaded else None
        version = loaded.version if loaded else None

        def done(record: FacilityRecord) -> None:
            self.saving = False
            saved(record)
            if then:
                then()

        def failed(exc: BaseException) -> None:
            self.saving = False
            self._busy_changed()
            if isinstance(exc, ValidationError):
                self.form.show_problems(exc)
                self.form.reveal_problem()
            elif isinstance(exc, ConflictError) and facility_id is not None:
                merged = self._merge(exc, fields)
                if merged is not None and exc.version is not None:
                    self._save_fields(merged, facility_id, exc.version, done, failed)
                    return
            else:
                self._failed(exc)
            if otherwise:
                otherwise()

        self._save_fields(fields, facility_id, version, done, failed)

    def _save_fields(
        self,
        fields: FacilityFields,
        facility_id: int | None,
        version: int | None,
        done: Callable[[FacilityRecord], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        database = self.database
        self.saving = True
        self._busy_changed()
        self.tasks.run(
            lambda _ctx: save_facility(
                database, values=fields, facility_id=facility_id, expected_version=version
            ),
            success=done,
            failure=failed,
        )

    def _merge(self, exc: ConflictError, yours: FacilityFields) -> FacilityFields | None:
        """Someone saved the facility since it was loaded: let the user choose, field by
        field, between their values and these edits (None: keep editing, nothing saved)."""
        names = [
            ("name", _tr("Name")),
            ("name_ar", _tr("Name in Arabic")),
            ("parent_id", _tr("Inside")),
            ("kind", _tr("Kind")),
            ("governorate", _tr("Governorate")),
            ("operator", _tr("Operator")),
            ("capacity", _tr("Capacity")),
            ("status", _tr("Status")),
            ("notes", _tr("Notes")),
        ]
        base = self.record.fields().as_dict() if self.record else {}
        theirs = {name: exc.theirs.get(name) for name, _label in names}
        merged = conflict.ConflictDialog.ask(
            self.parent,
            record_label=self._label(),
            fields=names,
            base=base,
            theirs=theirs,
            yours=yours.as_dict(),
        )
        if merged is None:
            return None
        return FacilityFields.from_mapping(merged)

    def delete(self, facility_id: int | None, deleted: Callable[[int, int | None], None]) -> None:
        """Delete the facility on show, once confirmed, when nothing depends on it;
        ``deleted(its id, the id of the facility above it)`` when done."""
        row = self.model.row_for(facility_id)
        loaded = self.record
        if row is None or loaded is None or loaded.id != row.id:
            return  # its detail is still loading
        try:
            check_deletable(
                row.name,
                held=row.held,
                other_records=0,
                sections=self.model.section_names(row.id),
            )
        except RuleError as exc:
            messages.tell_error(self.parent, _tr("Cannot delete"), error_text(exc))
            return
        if not messages.confirm(
            self.parent,
            _tr("Delete facility"),
            _tr("Delete “%1” and its headcount history? This cannot be undone.").replace(
                "%1", row.name
            ),
        ):
            return
        row_id, version = row.id, loaded.version
        above = self.tree.indexAbove(self.model.index_of(row_id))
        database = self.database
        self.saving = True

        def done(_result: object) -> None:
            self.saving = False
            self.load(None)
            deleted(row_id, self.model.facility_id(above))

        def failed(exc: BaseException) -> None:
            self.saving = False
            if isinstance(exc, RuleError | ConflictError):
                messages.tell_error(self.parent, _tr("Cannot delete"), error_text(exc))
            else:
                self._failed(exc)

        self.tasks.run(
            lambda _ctx: delete_facility(database, facility_id=row_id, expected_version=version),
            success=done,
            failure=failed,
        )
