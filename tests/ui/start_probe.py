"""Run by ``test_first_start_window`` in a fresh process: the window started as
``case-tracker`` starts it on a current plain file, with what was imported when the case
list first painted rows, and a real save afterwards. Prints one JSON object."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, QTimer

from desktop.app import application, database_for_window
from desktop.ui.main_window import MainWindow


def wait_until(predicate, seconds: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if predicate() else None)
    poll.start(5)
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there")
        loop.exec()
    poll.stop()


class PaintWatch(QObject):
    """Notes, at the first paint of the list with rows, what was imported."""

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.page = page
        self.seen: dict[str, object] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        model = self.page.model
        first = event.type() == QEvent.Type.Paint and "sqlalchemy" not in self.seen
        if first and model.rowCount() > 0 and model.case_at(0) is not None:
            self.seen["sqlalchemy"] = "sqlalchemy" in sys.modules
            self.seen["models"] = "desktop.store.models" in sys.modules
            self.seen["postgresql"] = "sqlalchemy.dialects.postgresql" in sys.modules
            self.seen["open"] = self.page.main.database.is_open()
        return False


def main(db: str, settings_file: str) -> None:
    application("en")
    database = database_for_window(db)
    window = MainWindow(database, QSettings(settings_file, QSettings.Format.IniFormat))
    window.show_page("cases")
    page = window.pages["cases"]
    watch = PaintWatch(page)
    page.table.viewport().installEventFilter(watch)
    window.show()
    wait_until(lambda: "sqlalchemy" in watch.seen)
    wait_until(lambda: database.is_open() and window.is_ready())
    wait_until(lambda: page.controller.record is not None)
    record = page.controller.record
    page.detail.notes.setPlainText("Seen after the first paint")
    saved: list[int] = []
    page.controller.saved.connect(saved.append)
    page.detail.save_button.click()
    wait_until(lambda: bool(saved) and not page.controller.busy)
    result = {
        "at_first_paint": watch.seen,
        "after": {
            "sqlalchemy": "sqlalchemy" in sys.modules,
            "postgresql": "sqlalchemy.dialects.postgresql" in sys.modules,
        },
        "shown": record.id,
        "saved": saved,
    }
    window.close()
    window.tasks.wait()
    database.dispose()
    QCoreApplication.processEvents()
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
    sys.exit(0)
