"""The common start read with ``sqlite3`` (``store.first_start``): a plain file at the current
schema, and who the user is in it. Anything else is left to ``open_database``."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from desktop.services.database import first_start, open_database
from desktop.services.identity import os_account
from desktop.services.users import add_user, disable_user, set_role
from desktop.store import migrate
from desktop.store.engine import make_engine, resolve_url
from desktop.store.first_start import HEAD_REVISION, read_first_start

PASSPHRASE = "correct horse battery"


def test_the_head_revision_it_knows_is_alembics_head():
    """A new migration must move HEAD_REVISION too, or every file would look out of date
    (and take the full path, which migrates it): never the other way round."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == HEAD_REVISION


def test_a_current_plain_file_is_the_common_start(seeded_path: Path):
    found = read_first_start(seeded_path, os_account())
    assert found is not None and found.path == seeded_path.absolute()


def test_an_older_schema_is_not(seeded_path: Path):
    engine = make_engine(resolve_url(str(seeded_path)))
    migrate.downgrade(engine, "0006")
    engine.dispose()
    assert read_first_start(seeded_path, os_account()) is None
    assert first_start(str(seeded_path)) is None


def test_no_file_an_empty_file_or_another_file_is_not(tmp_path: Path):
    assert read_first_start(tmp_path / "none.db", "me") is None
    (tmp_path / "empty.db").touch()
    assert read_first_start(tmp_path / "empty.db", "me") is None
    (tmp_path / "list.csv").write_text("case_no,name\nSYN-1,Someone\n", "utf-8")
    assert read_first_start(tmp_path / "list.csv", "me") is None
    assert first_start("postgresql://nobody@localhost/none") is None


def test_an_encrypted_file_is_not(tmp_path: Path):
    path = tmp_path / "locked.db"
    pytest.importorskip("sqlcipher3")
    open_database(f"sqlite+pysqlcipher:///{path}", passphrase=PASSPHRASE, seed_demo=False).dispose()
    assert read_first_start(path, os_account()) is None


@pytest.mark.parametrize("change", [None, "viewer", "disabled"])
def test_who_you_are_is_read_as_opening_the_database_reads_it(seeded_path: Path, change):
    me = os_account()
    if change is not None:  # another administrator changes this account's role
        mine = open_database(str(seeded_path), create=False)
        add_user(mine, "deputy_admin", "administrator")
        mine.dispose()
        deputy = open_database(str(seeded_path), create=False, account="deputy_admin")
        if change == "viewer":
            set_role(deputy, me, "viewer")
        else:
            disable_user(deputy, me)
        deputy.dispose()
    quick = first_start(str(seeded_path))
    assert quick is not None and not quick.is_open()
    full = open_database(str(seeded_path), create=False)
    try:
        assert quick.identity == full.identity
        assert (quick.identity.role is None) == (change == "disabled")
    finally:
        full.dispose()


def test_the_partial_indexes_are_partial_on_both_backends_without_importing_postgresql():
    import subprocess
    import sys

    from sqlalchemy.dialects import postgresql, sqlite
    from sqlalchemy.schema import CreateIndex

    from desktop.store.models import AmnestyDecision, PartialIndex

    partial = [ix for ix in AmnestyDecision.__table__.indexes if isinstance(ix, PartialIndex)]
    assert {ix.name for ix in partial} == {
        "uq_amnesty_decision_final",
        "ix_amnesty_decision_proposed",
    }
    for ix in partial:
        for dialect in (sqlite.dialect(), postgresql.dialect()):
            ddl = str(CreateIndex(ix).compile(dialect=dialect))
            assert ddl.endswith(f"WHERE {ix.where}"), ddl
    code = (
        "import sys; import desktop.store.models; "
        "print('sqlalchemy.dialects.postgresql' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
