"""Saving the amnesty on show: the background operation that creates or updates it, and
the problems of a refused save shown beside the fields (and rules) they concern; a save
over someone else's newer save refused. Everything it needs is passed in explicitly."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.amnesties import AmnestyDetail, create_amnesty, update_amnesty
from desktop.services.database import Database
from desktop.ui.dialogs import messages
from desktop.ui.editing import RecordForm
from desktop.ui.views.amnesty_rules import RulesEditor

DECREE_TAB = 0
RULES_TAB = 1


def _tr(source: str) -> str:
    return QCoreApplication.translate("AmnestyController", source)


def save_operation(
    database: Database,
    values: Mapping[str, Any],
    rules: dict[str, Any],
    stored: AmnestyDetail | None,
) -> Callable[[object], AmnestyDetail]:
    """The worker's part: create the amnesty (``stored`` None) or update ``stored``, refused
    when someone else saved it since its ``version`` was read."""
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
        if stored is None:
            return create_amnesty(database, **common)
        return update_amnesty(
            database, amnesty_id=stored.id, expected_version=stored.version, **common
        )

    return op


def show_save_problem(
    exc: BaseException,
    *,
    form: RecordForm,
    rules: RulesEditor,
    tabs: QTabWidget,
    parent: QWidget,
    label: str,
) -> bool:
    """Show why a save was refused: rule problems beside their fields, on the tab that holds
    them; a newer save by someone else in a message. False for any other failure."""
    if isinstance(exc, ValidationError):
        form.show_problems(exc)
        rules.show_problems(exc)
        only_rules = all(p.field.startswith("rules") for p in exc.problems)
        tabs.setCurrentIndex(RULES_TAB if exc.problems and only_rules else DECREE_TAB)
        form.reveal_problem()  # the decree's first field in error, in view, with the keyboard
        return True
    if isinstance(exc, ConflictError):
        messages.tell_error(
            parent,
            _tr("Saved by someone else"),
            _tr(
                "%1 was changed by someone else since you opened it. Your changes are "
                "still in the form: note them, Revert, and enter them again."
            ).replace("%1", label),
        )
        return True
    return False
