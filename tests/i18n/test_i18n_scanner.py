"""The scanner finds what Qt looks up at run time, under the context Qt uses."""

from __future__ import annotations

from pathlib import Path

from desktop.tools.i18n_scan import scan

HELPERS = """
from PySide6.QtCore import QCoreApplication

CONTEXT = "Facilities"


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


_t = lambda s: QCoreApplication.translate("Lambdas", s)  # noqa: E731
"""

USER = """
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from pkg import helpers as text
from pkg.helpers import tr as facility_tr
from .helpers import _t


def _tr(source):
    return QCoreApplication.translate("Local", source)


LATER = QT_TRANSLATE_NOOP("Menu", "Chosen later")


class Page(QWidget):
    def build(self, window: "MainWindow", other: QWidget | None, anything) -> None:
        self.tr("Own")
        super().tr("Via super")
        self.tr("Plural %n", "", 3)
        window.tr("Annotated")
        other.tr("Optional")
        anything.tr("Unknown class")
        view = QTableView()
        view.tr("Made here")
        text.tr("Through the module")
        facility_tr("Imported by name")
        _t("From a lambda")
        _tr("Local helper")
        QCoreApplication.translate("Explicit", "Line one\\nline \\"two\\"", "disambiguation")
        words.translate("Report", "Any translate")
        self.tr(variable)
        "x".translate(TABLE)


tr("Module-level tr without a helper")
"""


def test_contexts_are_those_qt_uses_at_run_time(tmp_path: Path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "helpers.py").write_text(HELPERS)
    (package / "user.py").write_text(USER)
    files = [Path("pkg/__init__.py"), Path("pkg/helpers.py"), Path("pkg/user.py")]
    lookups, unresolved = scan(tmp_path, files)
    found = {(item.context, item.source, item.comment, item.plural) for item in lookups}
    assert found == {
        ("Menu", "Chosen later", "", False),
        ("Page", "Own", "", False),
        ("Page", "Via super", "", False),
        ("Page", "Plural %n", "", True),
        ("MainWindow", "Annotated", "", False),
        ("QWidget", "Optional", "", False),
        ("QTableView", "Made here", "", False),
        ("Facilities", "Through the module", "", False),
        ("Facilities", "Imported by name", "", False),
        ("Lambdas", "From a lambda", "", False),
        ("Local", "Local helper", "", False),
        ("Explicit", 'Line one\nline "two"', "disambiguation", False),
        ("Report", "Any translate", "", False),
    }
    assert {u.call for u in unresolved} == {
        "anything.tr('Unknown class')",
        "tr('Module-level tr without a helper')",
    }
    assert all(u.where.startswith("pkg/user.py:") for u in unresolved)


TABLES = """
from PySide6.QtCore import QCoreApplication

FILTERS = {
    ".pdf": ("PDF document", "*.pdf"),
    ".csv": ("CSV table (UTF-8)", "*.csv"),
}
KINDS = ("Camp", "Prison")


def _tr(text):
    return QCoreApplication.translate("Dialogs", text)


def filters(suffix, kind, label):
    _tr(FILTERS[suffix][0])
    _tr(FILTERS[".csv"][0])
    _tr(KINDS[kind])
    _tr(label)
    _tr(FILTERS[suffix][1].upper())
"""


def test_texts_read_from_a_table_of_the_module_are_found(tmp_path: Path):
    """File types of a save dialog live in a table; each one the call can read is found
    (the patterns beside them are not), and a text from a parameter stays unknown."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "tables.py").write_text(TABLES)
    lookups, unresolved = scan(tmp_path, [Path("pkg/__init__.py"), Path("pkg/tables.py")])
    found = sorted((item.context, item.source) for item in lookups)
    assert found == [
        ("Dialogs", "CSV table (UTF-8)"),
        ("Dialogs", "CSV table (UTF-8)"),
        ("Dialogs", "Camp"),
        ("Dialogs", "PDF document"),
        ("Dialogs", "Prison"),
    ]
    assert unresolved == []
