"""The category editor: a tree of the categories; add, add inside, rename, move, delete
refused while in use; from the cases page and from Tools."""

from __future__ import annotations

from case_page_helpers import cases_page
from PySide6.QtCore import Qt

from desktop.ui.dialogs import categories as dialog_module
from desktop.ui.dialogs import messages
from desktop.ui.dialogs.categories import TOP, CategoriesDialog
from desktop.ui.main_window import MainWindow


def open_dialog(qtbot, window: MainWindow) -> CategoriesDialog:
    dialog = CategoriesDialog(window, window.database, window.tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def choose(dialog: CategoriesDialog, name: str) -> None:
    [item] = dialog.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    dialog.tree.setCurrentItem(item)


def names(dialog: CategoriesDialog) -> dict[str, str | None]:
    """Each category's name and its parent's name."""
    by_id = dialog.records
    return {
        r.name: by_id[r.parent_id].name if r.parent_id is not None else None for r in by_id.values()
    }


def wait_changed(qtbot, dialog: CategoriesDialog, check) -> None:
    qtbot.waitUntil(lambda: check(names(dialog)), timeout=10_000)


def test_tree_shows_nesting_and_people(qtbot, window: MainWindow):
    dialog = open_dialog(qtbot, window)
    [foreign] = dialog.tree.findItems("Third-country foreigner", Qt.MatchFlag.MatchExactly)
    assert foreign.child(0).text(0) == "European national"
    assert foreign.child(0).text(3) == "800"


def test_add_inside_rename_and_move(qtbot, window: MainWindow, monkeypatch):
    dialog = open_dialog(qtbot, window)
    answers = iter(["Central Asian", "Central Asians"])
    monkeypatch.setattr(dialog_module, "ask_name", lambda *_a, **_k: next(answers))
    choose(dialog, "Third-country foreigner")
    dialog.add_inside_button.click()
    wait_changed(qtbot, dialog, lambda n: n.get("Central Asian") == "Third-country foreigner")
    assert dialog.current().name == "Central Asian"
    dialog.rename_button.click()
    wait_changed(qtbot, dialog, lambda n: "Central Asians" in n)
    offered: list[list[str]] = []

    def ask_parent(_parent, _title, choices):
        offered.append([label for label, _id in choices])
        return TOP

    monkeypatch.setattr(dialog_module, "ask_parent", ask_parent)
    choose(dialog, "Third-country foreigner")
    dialog.move_button.click()
    # A category is never offered a place under itself or its descendants.
    assert "European national" not in offered[0] and "Central Asians" not in offered[0]
    choose(dialog, "Central Asians")
    dialog.move_button.click()
    wait_changed(qtbot, dialog, lambda n: n.get("Central Asians", "x") is None)
    assert dialog.changed


def test_delete_is_refused_while_in_use_and_done_when_unused(
    qtbot, window: MainWindow, monkeypatch
):
    dialog = open_dialog(qtbot, window)
    errors: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    monkeypatch.setattr(messages, "tell_error", lambda _p, _t, text: errors.append(text))
    choose(dialog, "Iraqi national")
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "2,000 people" in errors[0]
    assert "Iraqi national" in names(dialog)
    monkeypatch.setattr(dialog_module, "ask_name", lambda *_a, **_k: "Unused")
    dialog.add_button.click()
    wait_changed(qtbot, dialog, lambda n: "Unused" in n)
    choose(dialog, "Unused")
    dialog.delete_button.click()
    wait_changed(qtbot, dialog, lambda n: "Unused" not in n)


def test_the_editor_opens_from_tools_and_the_page_and_refreshes_filters(
    qtbot, window: MainWindow, monkeypatch
):
    page = cases_page(qtbot, window)
    [action] = [a for a in window.menu("tools").actions() if a.objectName() == "categoriesAction"]
    opened = []

    def ask(_parent, database, tasks) -> bool:
        from desktop.services import categories

        opened.append(True)
        if len(opened) == 1:
            categories.create_category(database, name="Returnees")
        return len(opened) == 1

    monkeypatch.setattr(CategoriesDialog, "ask", ask)
    action.trigger()
    qtbot.waitUntil(lambda: page.filters.category.findText("Returnees") >= 0, timeout=10_000)
    assert page.detail.category.findText("Returnees") >= 0
    page.categories_button.click()
    assert len(opened) == 2
