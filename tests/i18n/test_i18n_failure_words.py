"""Failures of the database, of a backup and of a CSV file reach the Arabic window in
Arabic: why a write failed (locked, full, read-only), a damaged database, why a backup
cannot be restored, what is wrong with a CSV row. Each failure here is real (a second
connection holding the write lock, a page limit, ``query_only``, flipped bytes, a foreign
file); the English the command line prints stays exactly what it was.

The templates these messages are made of were new when this file was written: until the
shipped catalogs translate them, ``in_arabic`` installs the Arabic of ``NEW`` below for the
ones the shipped Arabic catalog lacks, so that each test checks the lookup of the right
template with its parameters; once the catalog has them, the shipped translations are the
ones tested."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction

from desktop.app import application
from desktop.domain.errors import CaseTrackerError, DatabaseError, RuleError
from desktop.domain.import_rules import CASES, KINDS, VALUE_SHOWN, problem
from desktop.domain.messages import CONTEXT, RECORD, Msg, Term
from desktop.domain.roles import PermissionDenied
from desktop.services import exporting, users
from desktop.services.backups import check_backup, restore_database
from desktop.services.database import Database, add_demo, open_database
from desktop.services.reports import check_report_output
from desktop.services.sheets import open_sheet
from desktop.store.damage import DatabaseDamaged
from desktop.tools import i18n as tools
from desktop.ui.dialogs import restore as restore_dialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.problem_text import error_text, message_text
from tests.i18n.window_helpers import install_arabic_messages

TIMEOUT = 20_000

# The Arabic of the templates this change introduced (the lead's translations replace them
# in the shipped catalog; these are only installed for a template it does not have yet).
NEW = {
    "the database is locked by another program (another Case Tracker or a tool holding a "
    "write); try again when it has finished": "قاعدة البيانات مقفلة من برنامج آخر (نسخة أخرى "
    "من Case Tracker أو أداة تكتب فيها)؛ حاول مجددًا عندما ينتهي",
    "database or disk is full; free some space and try again": (
        "قاعدة البيانات أو القرص ممتلئ؛ أفرغ بعض المساحة وحاول مجددًا"
    ),
    "the disk reported an input/output error": "أبلغ القرص عن خطأ في الإدخال والإخراج",
    "the database refused it ({text})": "رفضته قاعدة البيانات ({text})",
    "restore from a backup (the newest is {newest})": "استعد من نسخة احتياطية (أحدثها {newest})",
    "restore from a backup (none was found beside it)": (
        "استعد من نسخة احتياطية (لم توجد أي نسخة بجانبه)"
    ),
    "the database file is damaged; {advice}. Nothing was written.": (
        "ملف قاعدة البيانات تالف؛ {advice}. لم يُكتب شيء."
    ),
    "database disk image is malformed": "بنية ملف قاعدة البيانات على القرص تالفة",
    "file is not a database": "الملف ليس قاعدة بيانات",
    "unable to open database file": "تعذّر فتح ملف قاعدة البيانات",
    "disk I/O error": "خطأ في إدخال القرص وإخراجه",
    "foreign key: {row}": "مفتاح خارجي: {row}",
    "cannot read it: {strerror}": "تعذّرت قراءته: {strerror}",
    "not an SQLite database (or an encrypted one, which restore does not take)": (
        "ليس قاعدة بيانات SQLite (أو هو قاعدة مشفّرة لا تقبلها الاستعادة)"
    ),
    "not a Case Tracker database (no tables {names})": (
        "ليس قاعدة بيانات Case Tracker (لا جداول {names})"
    ),
    "it has no schema revision": "لا يحمل رقم مراجعة للمخطط",
    "its schema ({revision}) is from a newer or unknown version of Case Tracker": (
        "مخططه ({revision}) من إصدار أحدث من Case Tracker أو غير معروف"
    ),
    "not readable as {name} text; save the file as CSV UTF-8": (
        "لا يُقرأ نصًّا بترميز {name}؛ احفظ الملف بصيغة CSV UTF-8"
    ),
    "a cell is longer than {cell_max:,} characters": "في الملف خلية أطول من {cell_max:,} حرف",
    "not a readable CSV row ({detail})": "ليس صف CSV قابلًا للقراءة ({detail})",
    "XLSX workbook": "مصنف XLSX",
    "ODS spreadsheet": "جدول ODS",
    "export of facilities": "تصدير المرافق",
    "export of cases": "تصدير القضايا",
    "export of decisions": "تصدير القرارات",
    "export of headcounts": "تصدير التعدادات",
    "export of categories": "تصدير الفئات",
    "export of amnesties": "تصدير قرارات العفو",
    "import cancelled; nothing was written": "أُلغي الاستيراد؛ لم يُكتب شيء",
    "export cancelled; no file was written": "أُلغي التصدير؛ لم يُكتب أي ملف",
    "the file already exists; nothing was written": "الملف موجود من قبل؛ لم يُكتب شيء",
    "the database": "قاعدة البيانات",
    "not recorded": "غير مسجّل",
    "withheld: personal data": "محجوبة: بيانات شخصية",
    "{text}… ({count:,} more characters)": "{text}… ({count:,} حرفًا أخرى)",
    "“{value}”": "«{value}»",
    "roster": "قائمة المحتجزين",
}
# Names that stay in Latin letters in an Arabic sentence (the catalogs write them so).
NAMES = {"Case", "Tracker", "SQLite", "CSV", "UTF-8", "XLSX"}


def latin_words(shown: str, *values: str) -> list[str]:
    """The words in Latin letters left in ``shown`` once the given values (file names,
    table names, a driver's detail) and the product's names are taken out: none should be
    left of an English sentence."""
    for value in values:
        shown = shown.replace(value, " ")
    words = shown.replace("(", " ").replace(")", " ").split()
    return [
        w
        for w in words
        if any("a" <= c.lower() <= "z" for c in w) and w.strip(".,:;؛،") not in NAMES
    ]


def _missing_from_the_catalog() -> dict[str, str]:
    shipped = tools.read_catalog(tools.catalog_path("ar"))
    return {
        source: arabic
        for source, arabic in NEW.items()
        if not (
            (found := shipped.get((CONTEXT, source, ""))) is not None
            and found.finished
            and found.translation
        )
    }


@pytest.fixture
def in_arabic(qapp, tmp_path: Path) -> Iterator[Callable[[Any], str]]:
    """Shows an error or a message as the Arabic window does."""
    (tmp_path / "catalog").mkdir()
    application("ar")
    missing = _missing_from_the_catalog()
    translator = install_arabic_messages(tmp_path / "catalog", missing) if missing else None

    def shown(what: Any) -> str:
        return error_text(what) if isinstance(what, BaseException) else message_text(what)

    yield shown
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
    application("en")


def test_the_new_templates_are_the_ones_the_catalogs_are_asked_for() -> None:
    """What ``NEW`` translates is what the scanner extracts, so the lead's translations of
    the extracted strings are the ones these tests then use."""
    keys = {k[1] for k in tools.extract() if k[0] == CONTEXT}
    assert sorted(set(NEW) - keys) == []
    # and each still has its template's placeholders in the Arabic given here
    from desktop.domain.messages import placeholders

    assert [s for s, t in NEW.items() if placeholders(s) != placeholders(t)] == []


# --- why a write failed -----------------------------------------------------------------


def _demo_fails(path: Path) -> DatabaseError:
    """The refusal of adding 2,000 demo cases to the database at ``path``."""
    with pytest.raises(DatabaseError) as caught:
        database = open_database(str(path), create=False)
        try:
            add_demo(database, 2_000, 7)
        finally:
            database.dispose()
    return caught.value


def test_a_locked_database_is_said_in_arabic(
    empty_path: Path, monkeypatch: pytest.MonkeyPatch, in_arabic
) -> None:
    monkeypatch.setenv("CASE_TRACKER_BUSY_TIMEOUT_MS", "200")
    other = sqlite3.connect(empty_path, isolation_level=None)  # another program's write
    other.execute("BEGIN EXCLUSIVE")
    try:
        failure = _demo_fails(empty_path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert str(failure) == (
        "adding 2,000 synthetic cases failed: the database is locked by another program "
        "(another Case Tracker or a tool holding a write); try again when it has finished. "
        "Nothing was written."
    )
    shown = in_arabic(failure)
    assert "مقفلة من برنامج آخر" in shown and "٢٬٠٠٠" in shown
    assert latin_words(shown) == [], shown


def test_a_full_disk_is_said_in_arabic(
    empty_path: Path, connection_setup: list[str], in_arabic
) -> None:
    pages = sqlite3.connect(empty_path).execute("PRAGMA page_count").fetchone()[0]
    connection_setup.append(f"PRAGMA max_page_count = {pages + 5}")
    failure = _demo_fails(empty_path)
    assert "failed: database or disk is full; free some space and try again." in str(failure)
    shown = in_arabic(failure)
    assert "ممتلئ" in shown and latin_words(shown) == [], shown


def test_a_read_only_database_is_said_in_arabic(
    empty_path: Path, connection_setup: list[str], in_arabic
) -> None:
    connection_setup.append("PRAGMA query_only = ON")  # refuses writes as a read-only file
    failure = _demo_fails(empty_path)
    assert "failed: the database or its folder is read-only; it cannot be changed here" in str(
        failure
    )
    shown = in_arabic(failure)
    assert shown != str(failure) and latin_words(shown) == [], shown


def test_a_damaged_database_is_said_in_arabic(seeded_path: Path, in_arabic) -> None:
    data = bytearray(seeded_path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16384] = bytes(b ^ 0xFF for b in data[middle : middle + 16384])
    seeded_path.write_bytes(bytes(data))
    failure = _demo_fails(seeded_path)
    assert isinstance(failure, DatabaseDamaged)
    assert str(failure) == (
        "case-tracker.db: the database file is damaged; restore from a backup (none was "
        "found beside it). Nothing was written."
    )
    shown = in_arabic(failure)
    assert shown.startswith("case-tracker.db: ") and "تالف" in shown
    assert latin_words(shown, "case-tracker.db") == [], shown


# --- why a backup cannot be restored ----------------------------------------------------


def _foreign_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE facility (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO facility (name) VALUES (?)", [("x" * 200,)] * 2_000)
    conn.commit()
    conn.close()
    return path


def _damaged_copy(path: Path) -> Path:
    data = bytearray(_foreign_sqlite(path).read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page after the header: the schema
    path.write_bytes(bytes(data))
    return path


def _text_file(path: Path) -> Path:
    path.write_text("minutes of a meeting, not a database", "utf-8")
    return path


def _newer_schema(seeded_path: Path, path: Path) -> Path:
    path.write_bytes(seeded_path.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    return path


BACKUPS: dict[str, tuple[Callable[[Path, Path], Path], str, tuple[str, ...]]] = {
    "missing": (lambda _s, p: p, "no such file", ()),
    "text": (
        lambda _s, p: _text_file(p),
        "not an SQLite database (or an encrypted one, which restore does not take)",
        (),
    ),
    "foreign": (
        lambda _s, p: _foreign_sqlite(p),
        "not a Case Tracker database (no tables alembic_version, amnesty, amnesty_decision, "
        "detainee)",
        ("alembic_version, amnesty, amnesty_decision, detainee",),
    ),
    "damaged": (lambda _s, p: _damaged_copy(p), "database disk image is malformed", ()),
    "newer": (
        _newer_schema,
        "its schema (9999_from_the_future) is from a newer or unknown version of Case Tracker",
        ("9999_from_the_future",),
    ),
}


@pytest.mark.parametrize("kind", list(BACKUPS))
def test_why_a_backup_cannot_be_restored_is_said_in_arabic(
    kind: str, seeded_path: Path, tmp_path: Path, in_arabic
) -> None:
    make, english, values = BACKUPS[kind]
    backup = make(seeded_path, tmp_path / "monday.db")
    facts = check_backup(path=backup)
    assert facts.problems == (english,)
    before = seeded_path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        restore_database(db=str(seeded_path), source=backup)
    assert str(caught.value) == f"monday.db cannot be restored: {english}. Nothing was replaced."
    assert seeded_path.read_bytes() == before
    for shown in (in_arabic(facts.problems[0]), in_arabic(caught.value)):
        assert shown != english and latin_words(shown, "monday.db", *values) == [], shown


def test_the_restore_menu_says_why_in_arabic(
    qtbot,
    seeded_db: Database,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    in_arabic,
) -> None:
    """File ▸ Restore from backup… on a backup that is not an SQLite file: the Arabic
    window's refusal is Arabic throughout (the file's name apart)."""
    backup = _damaged_copy(tmp_path / "monday.db")
    errors: list[str] = []
    monkeypatch.setattr(restore_dialogs, "choose_backup", lambda _p, _f: backup)
    monkeypatch.setattr(restore_dialogs, "confirm_restore", pytest.fail)
    monkeypatch.setattr(
        "desktop.ui.menus.backups.messages.tell_error", lambda _p, _t, text: errors.append(text)
    )
    window = MainWindow(seeded_db, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=TIMEOUT):
        window.show()
    found = window.findChild(QAction, "restoreAction")
    assert found is not None
    found.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT)
    window.tasks.wait()
    assert "monday.db" in errors[0] and "تالفة" in errors[0]
    assert latin_words(errors[0], "monday.db") == [], errors[0]


# --- what is wrong with a CSV file --------------------------------------------------------


def _read_all(path: Path) -> RuleError:
    with pytest.raises(RuleError) as caught, open_sheet(path) as sheet:
        for _row in sheet.rows:
            pass
    return caught.value


def test_a_csv_row_that_is_not_utf8_is_said_in_arabic(tmp_path: Path, in_arabic) -> None:
    path = tmp_path / "cases.csv"
    good = b"".join(b"A-%d,Ahmad\r\n" % n for n in range(20_000))  # past the first reads
    path.write_bytes(b"case_no,name_latin\r\n" + good + b"A-x,Ahm\xe9d\r\n")
    failure = _read_all(path)
    assert str(failure).startswith("cases.csv: row ")
    assert str(failure).endswith("): not readable as UTF-8 text; save the file as CSV UTF-8")
    assert "(the header)" not in str(failure)
    shown = in_arabic(failure)
    assert any("٠" <= c <= "٩" for c in shown), shown  # the row in the window's digits
    assert latin_words(shown, "cases.csv") == [], shown


def test_a_csv_cell_too_long_is_said_in_arabic(tmp_path: Path, in_arabic) -> None:
    path = tmp_path / "cases.csv"
    path.write_text("case_no,notes\nA-1," + "x" * 1_000_001 + "\n", "utf-8")
    failure = _read_all(path)
    assert str(failure).endswith("a cell is longer than 1,000,000 characters")
    shown = in_arabic(failure)
    assert "١٬٠٠٠٬٠٠٠" in shown and latin_words(shown, "cases.csv") == [], shown


# --- the smaller words ---------------------------------------------------------------------


def test_every_list_has_its_export_action() -> None:
    assert set(exporting.EXPORT_ACTIONS) == set(KINDS)
    for kind, action in exporting.EXPORT_ACTIONS.items():
        assert isinstance(action, Msg) and action == f"export of {kind}"


def test_a_withheld_or_cut_value_in_an_import_problem_is_said_in_arabic(in_arabic) -> None:
    """A personal value is withheld from a problem, a long one cut: both say so in the
    window's language."""
    withheld = problem(CASES, 3, "name_latin", Msg("is required"), "Ahmad Synthetic")
    cut = problem(CASES, 4, "case_no", Msg("is required"), "A" * (VALUE_SHOWN + 250))
    assert str(withheld.describe()) == (
        "row 3, field 'name_latin' (value withheld: personal data): is required"
    )
    assert "A… (250 more characters)" in str(cut.describe())
    for found, values in ((withheld, ()), (cut, ("A" * VALUE_SHOWN,))):
        shown = in_arabic(found.describe())
        assert latin_words(shown, *values) == [], shown
    assert "٢٥٠" in in_arabic(cut.describe())


def test_a_quoted_value_takes_the_languages_quotation_marks(in_arabic) -> None:
    """``{name!r}`` is Python's quotes in English (the command line's text); the Arabic
    window sets the value in its own quotation marks, as its sentences do, a Latin value
    isolated so that its punctuation stays with it; an id is written as it is."""
    assert str(Msg("amnesty {name!r}", name="Spring")) == "amnesty 'Spring'"
    assert in_arabic(Msg("amnesty {name!r}", name="Spring")) == "العفو «\u2068Spring\u2069»"
    assert in_arabic(Msg("facility {name!r}", name="مخيم الهول")) == "المرفق «مخيم الهول»"
    assert in_arabic(Msg("facility {name!r}", name="a\tb")) == "المرفق «\u2068a\\tb\u2069»"
    assert in_arabic(Msg("no {kind} {ref!r}", kind=Term(RECORD, "case"), ref=7)).endswith(" 7")


def test_a_viewer_refused_a_roster_as_a_spreadsheet_is_told_in_arabic(
    seeded_path: Path, in_arabic
) -> None:
    owner = open_database(str(seeded_path), create=False)
    try:
        users.add_user(owner, "viewer_os", "viewer")
        viewer = open_database(str(seeded_path), create=False, account="viewer_os")
        try:
            with pytest.raises(PermissionDenied) as caught:
                check_report_output(viewer, kind="roster", suffix=".CSV")
        finally:
            viewer.dispose()
    finally:
        owner.dispose()
    assert str(caught.value).startswith("the roster as .csv: ")
    shown = in_arabic(caught.value)
    assert "قائمة المحتجزين" in shown and latin_words(shown, ".csv", "viewer_os") == [], shown


def test_the_smaller_refusals_are_said_in_arabic(in_arabic) -> None:
    from desktop.services.backups import BackupTargetExists
    from desktop.services.exporting import ExportCancelled
    from desktop.services.importing import ImportCancelled

    refusals: list[CaseTrackerError] = [
        BackupTargetExists(Path("monday.db")),
        ExportCancelled(),
        ImportCancelled(),
        DatabaseError(exporting.EXPORT_ACTIONS["amnesties"]),
    ]
    for refusal in refusals:
        shown = in_arabic(refusal)
        assert shown != str(refusal) and latin_words(shown, "monday.db") == [], shown
