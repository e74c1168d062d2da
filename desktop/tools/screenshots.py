"""Screenshots of every page of the window, in each language and window size.

    python -m desktop.tools.screenshots                 # docs/screenshots: English and Arabic, 1280x800
    python -m desktop.tools.screenshots --all --out DIR # en, ar, ckb at 1280x800 and 1024x700

Each run builds a fresh seeded database in a temporary folder (the reported figures and the
synthetic demo of ``init``), opens the window on it in each language at each size, shows
each page (and with ``--all`` some tabs of them), waits until the page shows its data, and saves ``<page>-<lang>-<W>x<H>.png``.
The window needs no screen: without one it draws offscreen.

This module is not imported by the application at run time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

PAGES = ("facilities", "cases", "amnesties", "reports", "approvals")
# Views inside a page worth their own picture: (name, page, detail tab to show).
VIEWS = {
    "facilities": ("facilities", 0),
    "facility-population": ("facilities", 1),
    "facility-people": ("facilities", 2),
    "cases": ("cases", 0),
    "case-decisions": ("cases", 1),
    "amnesties": ("amnesties", 0),
    "amnesty-rules": ("amnesties", 1),
    "reports": ("reports", 0),
    "approvals": ("approvals", 0),
}
DOCS_LANGUAGES = ("en", "ar")
ALL_LANGUAGES = ("en", "ar", "ckb")
DOCS_SIZES = ((1280, 800),)
ALL_SIZES = ((1280, 800), (1024, 700))
READY_TIMEOUT_S = 60.0


def file_name(page: str, lang: str, size: tuple[int, int]) -> str:
    return f"{page}-{lang}-{size[0]}x{size[1]}.png"


def parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1280x800") from None


def take(
    out: Path,
    *,
    languages: Sequence[str],
    sizes: Sequence[tuple[int, int]],
    views: Sequence[str] = PAGES,
    db: Path | None = None,
) -> list[Path]:
    """Save the screenshots into ``out``; returns the files written."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from desktop.app import application
    from desktop.services.database import init_database, open_database
    from desktop.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="case-tracker-screenshots-") as folder:
        work = Path(folder)
        if db is None:
            db = work / "screenshots.db"
            init_database(str(db)).dispose()
            _propose_some(db)
        for lang in languages:
            app = application(lang)
            database = open_database(str(db), create=False)
            try:
                for size in sizes:
                    settings = QSettings(
                        str(work / f"settings-{lang}-{size[0]}.ini"), QSettings.Format.IniFormat
                    )
                    window = MainWindow(database, settings)
                    window.resize(*size)
                    window.show()
                    try:
                        for view in views:
                            page, tab = VIEWS[view]
                            window.show_page(page)
                            _wait_until(app, window.is_ready)
                            _show_tab(window.pages[page], tab)
                            _settle(app)
                            path = out / file_name(view, lang, size)
                            if not window.grab().save(str(path), "PNG"):
                                raise OSError(f"cannot write {path}")
                            written.append(path)
                    finally:
                        window.tasks.wait()
                        window.close()
                        window.deleteLater()
                        app.processEvents()
            finally:
                database.dispose()
    application("en")
    return written


def _propose_some(db: Path) -> None:
    """A few proposals waiting for approval, so that the Waiting for approval page shows
    what a reviewer sees: one "Apply amnesty" batch and one single reduction."""
    from datetime import date
    from fractions import Fraction

    from desktop.services.apply_amnesty import apply_bulk, select_candidates
    from desktop.services.database import open_database
    from desktop.services.decisions import decide

    database = open_database(str(db), create=False)
    try:
        rows = select_candidates(database, amnesty_id=1).rows
        apply_bulk(
            database,
            amnesty_id=1,
            detainee_ids=[r.detainee_id for r in rows[:120]],
            outcome="released",
            fraction=None,
            decision_date=date(2020, 10, 15),
            decided_by="Review board",
        )
        sentenced = next(r for r in rows[120:] if r.sentenced)
        decide(
            database,
            amnesty_id=1,
            detainee_id=sentenced.detainee_id,
            outcome="reduced",
            fraction=Fraction(1, 2),
        )
    finally:
        database.dispose()


def _wait_until(app: object, condition: object) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + READY_TIMEOUT_S
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not finish loading its data")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _show_tab(page: object, tab: int) -> None:
    """The page's detail tab number ``tab`` (the first one for a plain page picture)."""
    detail = getattr(page, "detail", None)
    tabs = getattr(detail, "tabs", None) or getattr(detail, "top_tabs", None)
    if tabs is not None and tabs.count() > tab:
        tabs.setCurrentIndex(tab)


def _settle(app: object) -> None:
    """Let queued layout, paint and deferred loads run (a detail loaded after a list)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    until = time.monotonic() + 0.3
    while time.monotonic() < until:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.tools.screenshots")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument(
        "--all", action="store_true", help="English, Arabic and Sorani at 1280x800 and 1024x700"
    )
    parser.add_argument("--lang", action="append", choices=("en", "ar", "ku", "ckb"))
    parser.add_argument("--size", action="append", type=parse_size)
    parser.add_argument(
        "--view", action="append", choices=tuple(VIEWS), help="a page or a tab of one"
    )
    parser.add_argument("--db", type=Path, help="an existing database instead of a fresh one")
    args = parser.parse_args(argv)
    languages = args.lang or (ALL_LANGUAGES if args.all else DOCS_LANGUAGES)
    sizes = args.size or (ALL_SIZES if args.all else DOCS_SIZES)
    for path in take(
        args.out,
        languages=languages,
        sizes=sizes,
        views=args.view or (tuple(VIEWS) if args.all else PAGES),
        db=args.db,
    ):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
