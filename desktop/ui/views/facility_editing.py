"""Editing a facility record: checking it as it is typed, saving it (and, when someone else
saved it meanwhile, merging field by field), and deleting it when nothing depends on it.
A mixin of ``FacilityController``, which owns the state named below."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, SignalInstance

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
from desktop.services.facilities import (
    FacilityDetail,
    FacilityRecord,
    delete_facility,
    save_facility,
)
from desktop.ui.changes import Kind
from desktop.ui.dialogs import conflict, messages
from desktop.ui.widgets.number_limits import limit_problem

if TYPE_CHECKING:
    from desktop.services.database import Database
    from desktop.ui.editing import RecordForm
    from desktop.ui.main_window import MainWindow
    from desktop.ui.models.facility_tree import FacilityTreeModel
    from desktop.ui.tasks import TaskRunner
    from desktop.ui.views.facilities_page import FacilitiesPage


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


class FacilityEditing:
    """Validation, save, conflict merge and delete; see ``FacilityController``."""

    page: FacilitiesPage
    window: MainWindow
    database: Database
    tasks: TaskRunner
    model: FacilityTreeModel
    form: RecordForm
    current_id: int | None
    detail: FacilityDetail | None
    creating: bool
    _form_record: FacilityRecord | None  # the stored record the form was loaded from
    _saving: bool
    saved: SignalInstance
    deleted: SignalInstance

    def label(self) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _update_actions(self, valid: bool | None = None) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def form_record_id(self) -> int | None:
        """The facility the form's values belong to (None for a new one)."""
        if self.creating or self._form_record is None:
            return None
        return self._form_record.id

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
            facility_id=self.form_record_id(),
            others=self.model.neighbours(),
        )
        if problems:
            return None, ValidationError(problems, record=self.label())
        return fields, None

    def _check(self) -> None:
        _fields, error = self.validate()
        self.form.show_problems(error if self.form.is_dirty() else None)
        self._update_actions(valid=error is None)

    def save(
        self,
        then: Callable[[], None] | None = None,
        otherwise: Callable[[], None] | None = None,
    ) -> None:
        """Save the record on show in the background; ``then`` runs after it is saved,
        ``otherwise`` when it cannot be (problems are shown beside their fields)."""
        if self._saving:
            return
        fields, error = self.validate()
        if fields is None:
            self.form.show_problems(error)
            if otherwise:
                otherwise()
            return
        # The record the form holds, whatever the list has moved on to meanwhile.
        loaded = None if self.creating else self._form_record
        if not self.creating and loaded is None:
            if otherwise:
                otherwise()
            return
        facility_id = loaded.id if loaded else None
        version = loaded.version if loaded else None

        def done(record: FacilityRecord) -> None:
            self._saving = False
            self.creating = False
            self.current_id = record.id
            self._form_record = record
            self.form.load(form_values(record))
            self.saved.emit(record.id)
            if then:
                then()
            self.window.announce(Kind.FACILITIES)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self._update_actions()
            if isinstance(exc, ValidationError):
                self.form.show_problems(exc)
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
        self._saving = True
        self._update_actions()
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
        base = self._form_record.fields().as_dict() if self._form_record else {}
        theirs = {name: exc.theirs.get(name) for name, _label in names}
        merged = conflict.ConflictDialog.ask(
            self.page,
            record_label=self.label(),
            fields=names,
            base=base,
            theirs=theirs,
            yours=yours.as_dict(),
        )
        if merged is None:
            return None
        return FacilityFields.from_mapping(merged)

    def delete(self) -> None:
        if self.creating:
            self.revert()
            return
        row = self.model.row_for(self.current_id)
        loaded = self._form_record
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
            messages.tell_error(self.page, _tr("Cannot delete"), str(exc))
            return
        if not messages.confirm(
            self.page,
            _tr("Delete facility"),
            _tr("Delete “%1” and its headcount history? This cannot be undone.").replace(
                "%1", row.name
            ),
        ):
            return
        facility_id, version = row.id, loaded.version
        above = self.page.tree.indexAbove(self.model.index_of(facility_id))
        database = self.database
        self._saving = True

        def done(_result: object) -> None:
            self._saving = False
            self.form.load(form_values(None))
            self.current_id = self.model.facility_id(above)
            self._form_record = None
            self.detail = None
            self.deleted.emit(facility_id)
            self.window.announce(Kind.FACILITIES)

        def failed(exc: BaseException) -> None:
            self._saving = False
            if isinstance(exc, RuleError | ConflictError):
                messages.tell_error(self.page, _tr("Cannot delete"), str(exc))
            else:
                self._failed(exc)

        self.tasks.run(
            lambda _ctx: delete_facility(
                database, facility_id=facility_id, expected_version=version
            ),
            success=done,
            failure=failed,
        )
