"""Names the dead-code check (vulture) must not report: they are called by a framework, not
by our code. Qt calls the overridden virtual methods, SQLAlchemy the event listeners and
declarative hooks, openpyxl and the SQLite driver read the attributes set on their objects.
Add a name here only when a framework calls it; delete code that nothing calls."""

# ruff: noqa
# mypy: ignore-errors
_ = object()

# Qt virtual methods overridden by our widgets (QWizardPage, QUndoCommand, QMainWindow).
_.isComplete
_.mergeWith
_.closeEvent

# SQLAlchemy: event listeners (registered by decorator) and declarative hooks.
_on_connect  # desktop/store/engine.py, "connect" event
_on_begin  # desktop/store/engine.py, "begin" event
_before  # desktop/store/history.py, "before_flush" event
_after  # desktop/store/history.py, "after_flush" event
__mapper_args__  # desktop/store/models.py, Versioned
_.isolation_level  # the sqlite3 connection's attribute, set in the connect hook


# openpyxl cell and sheet attributes, read when the workbook is saved.
_.fill
_.border
_.alignment
_.freeze_panes
_.data_type
_.rightToLeft

# pytest reads these module-level names and hooks by name.
pytest_plugins
pytestmark
pytest_collection_modifyitems  # a pytest hook, called by name
font_dict  # pypdf's text visitor passes its arguments by keyword
font_size
disambiguation  # QTranslator.translate, overridden in a test

# Columns of the user table, written by the services and read by administrators in SQL.
_.added_at
_.added_by
# Called by the accountability migration's downgrade (migrations are not scanned).
uninstall
# The date field answers what QDateEdit answers, for code that treats them alike.
_.minimumDate
# zipfile reads this attribute of the entries a test builds.
_.compress_type

# string.Formatter's hook, called by vformat (desktop/ui/problem_text.py).
_.format_field

# openpyxl.reader.excel.ExcelReader calls read_strings and reads shared_strings
# (desktop/services/sheets.py: the shared strings as written).
_.read_strings
_.shared_strings
