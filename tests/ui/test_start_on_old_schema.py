"""A database written by an older version is upgraded, after its checked copy, before the
window reads its first page of cases (read at once by ``services.first_rows``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.services.cases import CaseQuery, page_cases
from desktop.services.database import open_database
from desktop.store import migrate
from desktop.store.backup import integrity_problems
from desktop.store.engine import make_engine, resolve_url
from desktop.ui.main_window import MainWindow
from desktop.ui.models.case_table import CaseIdRole


def test_an_old_schema_is_upgraded_with_its_copy_before_the_first_rows_are_read(
    qtbot, seeded_path: Path, settings: QSettings
) -> None:
    engine = make_engine(resolve_url(str(seeded_path)))
    migrate.downgrade(engine, "0004")
    assert migrate.current_revision(engine) == "0004"
    engine.dispose()

    database = open_database(str(seeded_path), create=False)
    try:
        copies = list(seeded_path.parent.glob(f"{seeded_path.name}.before-*.bak"))
        assert len(copies) == 1 and integrity_problems(copies[0]) == []
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        window = MainWindow(database, settings)
        qtbot.addWidget(window)
        window.show_page("cases")
        window.show()
        model = window.pages["cases"].model
        qtbot.waitUntil(model.is_loaded, timeout=15_000)
        expected = page_cases(database, query=CaseQuery(), limit=20).rows
        assert [model.index(r, 0).data(CaseIdRole) for r in range(20)] == [r.id for r in expected]
        qtbot.waitUntil(window.is_ready, timeout=15_000)
        window.tasks.wait()
    finally:
        database.dispose()
    old = make_engine(resolve_url(str(copies[0])))
    assert migrate.current_revision(old) == "0004"  # the copy is the file as it was
    old.dispose()
