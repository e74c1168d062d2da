"""What the user's role may do, shown in the window.

Every action and button that does something a role may not do is disabled for that role,
with a tooltip naming the role that may ("Needs the reviewer role; your role is clerk").
The table below names them by object name, so a page needs no code of its own: the window
applies it to each page when the page is built, and to its menus once. A control the role
may not use stays disabled even when its page's controller enables it later (after a
selection, an edit).

This is the window's courtesy, not the rule: the services refuse the same actions, and on
a PostgreSQL server the database itself does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.domain.roles import Permission, Role, may, role_that_may

if TYPE_CHECKING:  # the window is built before the identity services are imported
    from desktop.services.identity import Identity

CONTEXT = "Permissions"

# Object name -> what using it does.
GUARDED: dict[str, Permission] = {
    # facilities and headcounts
    "newFacilityAction": Permission.EDIT_RECORDS,
    "saveFacilityAction": Permission.EDIT_RECORDS,
    "deleteFacilityAction": Permission.EDIT_RECORDS,
    "addHeadcount": Permission.EDIT_RECORDS,
    "editHeadcount": Permission.EDIT_RECORDS,
    "deleteHeadcount": Permission.EDIT_RECORDS,
    # cases
    "caseNew": Permission.EDIT_RECORDS,
    "caseSave": Permission.EDIT_RECORDS,
    "caseSaveAction": Permission.EDIT_RECORDS,
    "caseTransfer": Permission.EDIT_RECORDS,
    "caseNewDecision": Permission.PROPOSE,
    "caseRevokeDecision": Permission.REVOKE,
    "caseExport": Permission.EXPORT_PERSONAL,
    "caseCategories": Permission.EDIT_CATEGORY_TREE,
    # amnesties
    "newAmnestyAction": Permission.EDIT_AMNESTIES,
    "saveAmnestyAction": Permission.EDIT_AMNESTIES,
    "decideAction": Permission.PROPOSE,
    "applyAmnestyAction": Permission.PROPOSE,
    "revokeDecision": Permission.REVOKE,
    # waiting for approval
    "approveProposal": Permission.APPROVE,
    "rejectProposal": Permission.APPROVE,
    # menus
    "importAction": Permission.IMPORT,
    "exportAction": Permission.EXPORT_PERSONAL,
    "categoriesAction": Permission.EDIT_CATEGORY_TREE,
    "approvalSettingsAction": Permission.APPROVAL_SETTINGS,
    "backupAction": Permission.MAINTENANCE,
    "restoreAction": Permission.MAINTENANCE,
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def role_name(role: Role | None) -> str:
    names = {
        Role.VIEWER: tr("viewer"),
        Role.CLERK: tr("clerk"),
        Role.REVIEWER: tr("reviewer"),
        Role.ADMINISTRATOR: tr("administrator"),
    }
    return names[role] if role is not None else tr("none")


def refusal_tip(identity: Identity, permission: Permission) -> str:
    """The tooltip of a control the user's role may not use."""
    return (
        tr("Needs the %1 role; your role is %2.")
        .replace("%1", role_name(role_that_may(permission)))
        .replace("%2", role_name(identity.role))
    )


class _KeepDisabled(QObject):
    """Puts a widget back to disabled whenever its controller enables it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def _lock_action(action: QAction, tip: str) -> None:
    if action.property("roleLocked"):
        return
    action.setProperty("roleLocked", True)
    action.setEnabled(False)
    action.setToolTip(tip)
    action.setStatusTip(tip)

    def keep() -> None:
        if action.isEnabled():
            action.setEnabled(False)

    action.changed.connect(keep)


def _lock_widget(widget: QWidget, tip: str, keeper: _KeepDisabled) -> None:
    if widget.property("roleLocked"):
        return
    widget.setProperty("roleLocked", True)
    widget.setEnabled(False)
    widget.setToolTip(tip)
    widget.installEventFilter(keeper)


def apply(root: QObject, identity: Identity) -> int:
    """Disable, under ``root``, every guarded control ``identity``'s role may not use.
    Returns how many were disabled."""
    keeper = root.findChild(_KeepDisabled, "roleKeeper")
    if keeper is None:
        keeper = _KeepDisabled(root)
        keeper.setObjectName("roleKeeper")
    locked = 0
    for name, permission in GUARDED.items():
        if may(identity.role, permission):
            continue
        tip = refusal_tip(identity, permission)
        for action in root.findChildren(QAction, name):
            _lock_action(action, tip)
            locked += 1
        for widget in root.findChildren(QWidget, name):
            _lock_widget(widget, tip, keeper)
            locked += 1
    return locked
