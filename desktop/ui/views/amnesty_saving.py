"""Saving the amnesty on show: create or update in the background; problems beside the
fields (and rules) they concern; a save over someone else's newer save refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.amnesties import AmnestyDetail, create_amnesty, update_amnesty
from desktop.ui.dialogs import messages

if TYPE_CHECKING:
    from desktop.ui.views.amnesty_controller import AmnestyController


def _tr(source: str) -> str:
    return QCoreApplication.translate("AmnestyController", source)


def save_amnesty(c: AmnestyController, then: Callable[[], None] | None = None) -> None:
    values = c.form.values()
    rules = c.rules.rules()
    database = c.database
    creating = c.creating
    detail = c.detail
    common = {
        "title": values["title"],
        "issued_on": values["issued_on"],
        "issued_on_precision": values["issued_on_precision"],
        "issued_by": values["issued_by"],
        "requested_by": values["requested_by"],
        "criteria_text": values["criteria_text"],
        "rules": rules,
    }

    def op(_ctx: object) -> AmnestyDetail:
        if creating or detail is None:
            return create_amnesty(database, **common)
        return update_amnesty(
            database, amnesty_id=detail.id, expected_version=detail.version, **common
        )

    def done(saved: AmnestyDetail) -> None:
        c.mark_saved(saved)
        if then is not None:
            then()

    def failed(exc: BaseException) -> None:
        c.saving = False
        c.update_actions()
        if isinstance(exc, ValidationError):
            c.form.show_problems(exc)
            c.rules.show_problems(exc)
            if any(p.field.startswith("rules") for p in exc.problems) and not any(
                not p.field.startswith("rules") for p in exc.problems
            ):
                c.view.top_tabs.setCurrentIndex(1)
            else:
                c.view.top_tabs.setCurrentIndex(0)
            c.emit_ready()
            return
        if isinstance(exc, ConflictError):
            messages.tell_error(
                c.page,
                _tr("Saved by someone else"),
                _tr(
                    "%1 was changed by someone else since you opened it. Your changes are "
                    "still in the form: note them, Revert, and enter them again."
                ).replace("%1", c.label()),
            )
            c.emit_ready()
            return
        c.emit_ready()
        c.failed(exc)

    c.saving = True
    c.update_actions()
    c.tasks.run(op, success=done, failure=failed)
