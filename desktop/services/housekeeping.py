"""What every start does before it opens a database: the application-data folder made
private (0700), and the temporary files of a killed backup, export, restore or creation
removed from beside the database and from its ``backups`` folder (``store.leftovers``).
And what the window does once it is open: the check of the file that its first write would
otherwise wait for (``check_file``)."""

from __future__ import annotations

import contextlib

from desktop.domain.errors import CaseTrackerError
from desktop.services.database import Database, uses_default_database
from desktop.store.damage import ensure_sound
from desktop.store.engine import app_data_folder, database_file, make_private_folder, resolve_url
from desktop.store.leftovers import sweep

AUTO_FOLDER = "backups"


def tidy_at_start(db: str | None) -> None:
    """Never fails: a folder that cannot be changed is left as it is."""
    with contextlib.suppress(OSError):
        folder = app_data_folder()
        if folder.exists() or uses_default_database(db):
            make_private_folder(folder)
    try:
        path = database_file(resolve_url(db))
    except CaseTrackerError:
        return  # a malformed --db: the command says so itself
    if path is not None:
        sweep(path.parent)
        sweep(path.parent / AUTO_FOLDER)


def check_file(database: Database) -> None:
    """The check of the file before the first write (``store.damage``), made now: the
    window runs it in the background as it opens, so that its first save does not wait for
    it. Raises DatabaseDamaged for a damaged file; nothing for a server database."""
    path = database.path
    if path is None:
        return
    with database.engine.connect() as conn:
        ensure_sound(conn.connection.driver_connection, path)
