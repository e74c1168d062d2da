"""Text exported to XLSX comes back from ``import`` exactly as it was stored, or the export
is refused naming the row and column: line ends, control characters, text that looks like
the workbook's own escapes (``_x000D_``), a leading apostrophe, and text longer than a cell
holds."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.cells import quote_text
from desktop.domain.errors import RuleError
from desktop.services import sheets
from desktop.services.database import Database, open_database
from desktop.services.exporting import export_list
from desktop.services.importing import import_file


def facilities_with_notes(database: Database, tmp_path: Path, notes: list[str]) -> None:
    """One facility per note, imported from a CSV written the way export writes one."""
    path = tmp_path / "in.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(["name", "kind", "notes"])
        for number, note in enumerate(notes, start=1):
            writer.writerow([f"Place {number}", "camp", quote_text(note)])
    import_file(database, kind="facilities", path=path)


def stored_notes(database: Database) -> dict[str, str]:
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT name, notes FROM facility ORDER BY name")).all()
    return {name: notes for name, notes in rows}


def through_xlsx(database: Database, empty_template: Path, tmp_path: Path) -> dict[str, str]:
    """The facilities' notes after an export to XLSX and an import into an empty database."""
    xlsx = export_list(database, kind="facilities", path=tmp_path / "out.xlsx").path
    target_path = tmp_path / "target.db"
    shutil.copyfile(empty_template, target_path)
    target = open_database(str(target_path), create=False)
    try:
        import_file(target, kind="facilities", path=xlsx)
        return stored_notes(target)
    finally:
        target.dispose()


@pytest.mark.parametrize(
    "note",
    [
        "first line\r\nsecond line",
        "first line\rsecond line",
        "a vertical\x0btab and a\x1funit separator",
        "a NUL\x00inside",
        "a literal _x000D_ and _x005f_x0041_ in the text",
    ],
    ids=["crlf", "cr", "controls", "nul", "escape-lookalike"],
)
@pytest.mark.parametrize("reader", ["calamine", "pieces"])
def test_text_with_line_ends_and_control_characters_survives_xlsx(
    empty_db: Database,
    empty_template: Path,
    tmp_path: Path,
    note: str,
    reader: str,
    monkeypatch: pytest.MonkeyPatch,
):
    # A large sheet (an export of more than about 100,000 cases) is read in pieces, each a
    # small workbook of its own: the escapes read back the same. (Export writes its text in
    # the cells, with no shared-strings table, so it is never left to openpyxl.)
    if reader == "pieces":
        monkeypatch.setattr(sheets, "CALAMINE_SHEET_MAX", 0)
    facilities_with_notes(empty_db, tmp_path, [note])
    assert stored_notes(empty_db) == {"Place 1": note}
    assert through_xlsx(empty_db, empty_template, tmp_path) == {"Place 1": note}


@pytest.mark.parametrize("note", ["'=not a formula", "''+1", "'@home", "'Ain"])
def test_a_value_starting_with_an_apostrophe_survives_xlsx(
    empty_db: Database, empty_template: Path, tmp_path: Path, note: str
):
    facilities_with_notes(empty_db, tmp_path, [note])
    assert stored_notes(empty_db) == {"Place 1": note}
    assert through_xlsx(empty_db, empty_template, tmp_path) == {"Place 1": note}


def test_text_longer_than_an_xlsx_cell_refuses_the_export_naming_row_and_column(
    empty_db: Database, tmp_path: Path
):
    """Excel's cells hold 32,767 characters; openpyxl cut longer text there without a word."""
    facilities_with_notes(empty_db, tmp_path, ["short", "n" * 32_767, "n" * 40_000])
    out = tmp_path / "out.xlsx"
    with pytest.raises(RuleError) as refused:
        export_list(empty_db, kind="facilities", path=out)
    message = str(refused.value)
    assert "row 4" in message and "notes" in message and "40,000" in message, message
    assert "CSV" in message, message
    assert list(tmp_path.glob("out*")) == []
    csv_path = export_list(empty_db, kind="facilities", path=tmp_path / "out.csv").path
    assert "n" * 40_000 in csv_path.read_text("utf-8-sig")
