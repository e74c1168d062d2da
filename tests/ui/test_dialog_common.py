"""The button row and the ``ask()`` runner the dialogs share (``ui/dialogs/common.py``),
on a real review dialog and a real transfer-like check."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QVBoxLayout

from desktop.domain.sentences import FractionError, parse_fraction
from desktop.ui.dialogs.common import (
    Standard,
    accept_or_cancel,
    answer,
    fraction_problem,
    keep_typing,
)
from desktop.ui.dialogs.review import ReviewDialog


def test_the_row_names_its_buttons_and_wires_them(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    buttons, save = accept_or_cancel(
        dialog, "sample", accept=Standard.Save, accessible="Save it", cancel="Cancel it"
    )
    assert buttons.objectName() == "sampleButtons"
    assert save is buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.objectName() == "sampleSave" and save.accessibleName() == "Save it"
    cancel = buttons.findChild(QPushButton, "sampleCancel")
    assert cancel is not None and cancel.accessibleName() == "Cancel it"
    with qtbot.waitSignal(dialog.rejected):
        cancel.click()
    with qtbot.waitSignal(dialog.accepted):
        save.click()


def test_a_check_runs_instead_of_accepting(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    checked: list[bool] = []
    _buttons, ok = accept_or_cancel(
        dialog,
        "checked",
        text="Go",
        accept_name="checkedGo",
        on_accept=lambda: checked.append(True),
    )
    assert ok.objectName() == "checkedGo" and ok.text() == "Go"
    ok.click()
    assert checked == [True]
    assert dialog.result() != QDialog.DialogCode.Accepted  # the check did not accept


def test_answer_gives_the_value_when_accepted_and_none_when_cancelled(qtbot):
    shown = ReviewDialog(None, summary="Decision 1", reject=True)
    shown.text.setPlainText("  No court record  ")
    QTimer.singleShot(0, shown.accept)
    assert answer(shown, ReviewDialog.answer) == "No court record"
    with qtbot.waitSignal(shown.destroyed):  # deleted afterwards
        pass

    cancelled = ReviewDialog(None, summary="Decision 2", reject=True)
    cancelled.text.setPlainText("Late")
    QTimer.singleShot(0, cancelled.reject)
    assert answer(cancelled, ReviewDialog.answer) is None


def test_a_reduction_that_is_not_a_fraction_is_worded_by_the_window(qapp):
    for typed, words in (("half", "Write the reduction as a fraction"), ("3/2", "at most 1")):
        try:
            parse_fraction(typed)
        except FractionError as exc:
            assert words in fraction_problem(exc) and fraction_problem(exc) != str(exc)
        else:
            raise AssertionError(f"{typed!r} was taken as a reduction")


def test_a_dialog_that_asks_before_dropping_typing_is_freed_quietly(qtbot):
    """A dialog that asks before Esc drops its typing, freed as garbage (by the collector,
    as the window's dialogs are), says nothing: its filter kept the dialog in a Python
    attribute, the collector cleared that first, and the dialog's last events then raised
    an AttributeError in the filter."""
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QLineEdit("typed"))
    keep_typing(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    freed: list[bool] = []
    weakref.finalize(dialog, lambda: freed.append(True))
    holder: list[object] = [dialog]
    holder.append(holder)  # only a reference cycle holds it now
    del dialog, holder
    gc.collect()
    assert freed == [True]
    QCoreApplication.processEvents()  # nothing left to say: pytest-qt fails on an exception
