"""What every start does before it opens a database: the application-data folder made
private (0700), and the temporary files of a killed backup, export, restore or creation
removed from beside the database and from its ``backups`` folder (``store.leftovers``)."""

from __future__ import annotations

import contextlib

from desktop.domain.errors import CaseTrackerError
from desktop.services.database import uses_default_database
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
