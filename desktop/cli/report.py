"""``case-tracker report occupancy|amnesty|case|roster [--db PATH] [--amnesty REF]
[--case CASE_NO] [--facility REF] [--lang L] (--out FILE.pdf|.csv|.xlsx | --printer NAME)``

The format follows the file's extension; ``--printer`` sends the report to a printer of the
operating system's print system, ``--printer default`` to the default one. Painting needs a
``QGuiApplication``: one is created here (offscreen when there is no display), never a
widget application.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.common import EXIT_FAILED, EXIT_OK, add_command, open_for_command
from desktop.domain.errors import RuleError
from desktop.reports.content import ReportContent
from desktop.reports.render import SUFFIXES
from desktop.services.reports import KINDS, build_report, check_report_output

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrinter

# Which options each report takes: (option, dest, required).
OPTIONS = {
    "occupancy": (("--facility", "facility", False),),
    "amnesty": (("--amnesty", "amnesty", True), ("--facility", "facility", False)),
    "case": (("--case", "case", True),),
    "roster": (("--facility", "facility", True),),
}
NEEDS = {
    "amnesty": "an amnesty: --amnesty REF (its id or exact title)",
    "case": "a person: --case CASE_NO",
    "facility": "a facility or section: --facility REF (its id or exact name)",
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = add_command(
        subparsers,
        "report",
        "write one report (occupancy, amnesty outcomes, a case sheet, a facility roster) "
        "to a PDF, CSV or XLSX file or to a printer",
    )
    p.add_argument("kind", choices=KINDS, help="which report")
    p.add_argument("--amnesty", metavar="REF", help="the amnesty: id or exact title")
    p.add_argument("--case", metavar="CASE_NO", help="the person's case number")
    p.add_argument(
        "--facility",
        metavar="REF",
        help="the facility or section: id or exact name (roster; a filter for the others)",
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--out", metavar="FILE", help="write to FILE.pdf, FILE.csv or FILE.xlsx (by extension)"
    )
    target.add_argument(
        "--printer",
        metavar="NAME",
        help="print on the printer NAME of the system's print system; 'default' for the "
        "default printer",
    )
    p.set_defaults(handler=handle, report_parser=p)


def check_usage(args: argparse.Namespace) -> None:
    """Usage errors exit 2 (argparse); a missing record reference exits 1 (RuleError)."""
    parser: argparse.ArgumentParser = args.report_parser
    allowed = {dest for _, dest, _ in OPTIONS[args.kind]}
    for option, dest in (("--amnesty", "amnesty"), ("--case", "case"), ("--facility", "facility")):
        if getattr(args, dest) is not None and dest not in allowed:
            parser.error(f"{option} does not apply to the {args.kind} report")
    if args.out is not None and Path(args.out).suffix.lower() not in SUFFIXES:
        shown = Path(args.out).suffix or "no extension"
        parser.error(
            f"--out {args.out}: cannot write {shown} files; the file name must end in "
            f"{', '.join(SUFFIXES)}"
        )
    for _option, dest, required in OPTIONS[args.kind]:
        value = getattr(args, dest)
        if required and (value is None or not str(value).strip()):
            raise RuleError(f"the {args.kind} report needs {NEEDS[dest]}")


def gui_application(lang: str) -> QGuiApplication:
    """The application painting needs: a QGuiApplication (offscreen without a display),
    with the report fonts and the language's translations."""
    if (
        sys.platform not in ("win32", "darwin")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from desktop.reports.builders.words import install_translator
    from desktop.reports.fonts import register_fonts
    from desktop.ui.i18n import install_language

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        app = QGuiApplication([sys.argv[0]])
    register_fonts()
    install_language(app, lang)
    install_translator(QCoreApplication.translate)
    return app


def find_printer(name: str) -> QPrinter:
    """A printer of the system's print system by name ("default": the default one)."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.defaultPrinter() if name == "default" else QPrinterInfo.printerInfo(name)
    if info.isNull():
        names = QPrinterInfo.availablePrinterNames()
        known = f"printers known: {', '.join(names)}" if names else "no printers are set up"
        if name == "default":
            raise RuleError(f"there is no default printer ({known})")
        raise RuleError(f"there is no printer named {name!r} ({known})")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_report(content: ReportContent, printer: QPrinter) -> int:
    from desktop.reports.render_pdf import configure_page, paint_report

    configure_page(printer)
    printer.setDocName(content.title)
    return paint_report(content, printer, progress=_progress())


def _progress(unit: str = "page") -> Callable[[int, int], None]:
    """Progress on a terminal: "page 12 of 300" (nothing when standard error is a file)."""
    last = [0.0]

    def show(done: int, total: int) -> None:
        now = time.perf_counter()
        if sys.stderr.isatty() and total and (now - last[0] > 0.5 or done == total):
            last[0] = now
            end = "\n" if done == total else ""
            print(f"\r{unit} {done:,} of {total:,}", end=end, file=sys.stderr)

    return show


def handle(args: argparse.Namespace) -> int:
    check_usage(args)
    lang = getattr(args, "lang", None) or "en"
    gui_application(lang)
    database = open_for_command(args, read_only=True)
    try:
        suffix = "" if args.printer is not None else Path(args.out).suffix
        check_report_output(database, kind=args.kind, suffix=suffix)
        content = build_report(
            database,
            kind=args.kind,
            amnesty_ref=args.amnesty,
            case_no=args.case,
            facility_ref=args.facility,
            lang=lang,
        )
    finally:
        database.dispose()
    if args.printer is not None:
        printer = find_printer(args.printer)
        printed = print_report(content, printer)
        print(f"sent “{content.title}” to printer {printer.printerName()}: {printed} page(s)")
        return EXIT_OK
    from desktop.reports.render import render

    path = Path(args.out)
    try:
        unit = "page" if path.suffix.lower() == ".pdf" else "table"
        pages = render(content, path, progress=_progress(unit))
    except OSError as exc:
        print(f"case-tracker report: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    shown = "" if pages is None else f", {pages} page" if pages == 1 else f", {pages} pages"
    print(f"wrote {path}: “{content.title}”{shown}")
    return EXIT_OK
