"""The main window: navigation between Facilities, Cases, Amnesties and Reports."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.services.database import Database, Summary, summary
from desktop.services.version import schema_revision
from desktop.ui.pages import PlaceholderPage
from desktop.ui.tasks import TaskRunner

PageFactory = Callable[["MainWindow"], QWidget]


class MainWindow(QMainWindow):
    """Layout and the window-wide behaviour; each page brings its own controller."""

    ready = Signal()

    def __init__(self, database: Database, settings: QSettings) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.tasks = TaskRunner(self)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Case Tracker"))
        self.setWindowTitle(self.tr("Case Tracker — %1[*]").replace("%1", database.name))
        self._summary: Summary | None = None
        self._dirty_sources: set[int] = set()

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.stack.setAccessibleName(self.tr("Pages"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.status_label = QLabel()
        self.status_label.setObjectName("statusSummary")
        self.status_label.setAccessibleName(self.tr("Database summary"))
        self.statusBar().addPermanentWidget(self.status_label)

        self.pages: dict[str, QWidget] = {}
        for name, title, factory in self._page_specs():
            self.add_page(name, title, factory(self))
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.currentRowChanged.connect(lambda _row: self._check_ready())
        self._build_menus()
        self._restore_geometry()
        self.navigation.setCurrentRow(0)
        self._fit_navigation()
        self.refresh_summary()

    # -- pages -----------------------------------------------------------------------------
    def _page_specs(self) -> list[tuple[str, str, PageFactory]]:
        """Each page lives in ``desktop.ui.views.<name>_page`` with ``create_page(window)``."""
        specs = [
            ("facilities", self.tr("Facilities"), self.tr("Detention centres, prisons and camps.")),
            ("cases", self.tr("Cases"), self.tr("People held, by case number and name.")),
            ("amnesties", self.tr("Amnesties"), self.tr("Amnesty decrees and their decisions.")),
            (
                "reports",
                self.tr("Reports"),
                self.tr("Occupancy, amnesty outcomes, case sheets and rosters."),
            ),
        ]
        result: list[tuple[str, str, PageFactory]] = []
        for name, title, text in specs:
            try:
                module = importlib.import_module(f"desktop.ui.views.{name}_page")
            except ModuleNotFoundError as exc:
                if exc.name != f"desktop.ui.views.{name}_page":
                    raise

                def factory(
                    _w: MainWindow, n: str = name, t: str = title, x: str = text
                ) -> QWidget:
                    return PlaceholderPage(n, t, x)

                result.append((name, title, factory))
            else:
                result.append((name, title, module.create_page))
        return result

    def _fit_navigation(self) -> None:
        """The navigation column as wide as its longest entry, the pages the rest."""
        width = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 24
        self.navigation.setMinimumWidth(min(width, 240))
        self.splitter.setSizes([width, max(self.width() - width, 400)])

    def add_page(self, name: str, title: str, page: QWidget) -> None:
        self.pages[name] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.navigation.addItem(item)
        signal = getattr(page, "ready", None)
        if signal is not None:
            signal.connect(self._check_ready)

    def show_page(self, name: str) -> None:
        self.navigation.setCurrentRow(list(self.pages).index(name))

    def current_page_name(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self._menus: dict[str, QMenu] = {}
        for key, title in (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("go", self.tr("&Go")),
            ("tools", self.tr("&Tools")),
            ("help", self.tr("&Help")),
        ):
            menu = self.menuBar().addMenu(title)
            menu.setObjectName(f"{key}Menu")
            self._menus[key] = menu
        file_menu = self._menus["file"]
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self._menus["go"]
        for row, name in enumerate(self.pages):
            action = QAction(self.navigation.item(row).text(), self)
            action.setObjectName(f"go{name.title()}Action")
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, n=name: self.show_page(n))
            go_menu.addAction(action)

        about = QAction(self.tr("&About Case Tracker"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self.show_about)
        self._menus["help"].addAction(about)

        package = importlib.import_module("desktop.ui.menus")
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            module = importlib.import_module(f"desktop.ui.menus.{info.name}")
            module.install(self)
        for menu in self._menus.values():
            if menu.isEmpty():
                menu.menuAction().setVisible(False)

    def set_modified(self, source: object, dirty: bool) -> None:
        """Each editor says whether it holds unsaved edits; the title's [*] shows while any
        does."""
        if dirty:
            self._dirty_sources.add(id(source))
        else:
            self._dirty_sources.discard(id(source))
        self.setWindowModified(bool(self._dirty_sources))

    def menu(self, key: str) -> QMenu:
        """One of the window's menus: file, edit, go, tools or help."""
        return self._menus[key]

    def open_case(self, detainee_id: int) -> None:
        """Show one person's case (from a facility's list of people, a report, a decision)."""
        self.show_page("cases")
        opener = getattr(self.pages["cases"], "open_case", None)
        if opener is not None:
            opener(detainee_id)

    def open_facility(self, facility_id: int) -> None:
        self.show_page("facilities")
        opener = getattr(self.pages["facilities"], "open_facility", None)
        if opener is not None:
            opener(facility_id)

    def about_text(self) -> str:
        return (
            self.tr(
                "<h3>Case Tracker %1</h3><p>Records of detention facilities, detainees and "
                "amnesty decisions.</p><p>Database: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.database.name)
        ) + self.tr("<p>Database schema: %1</p>").replace("%1", schema_revision())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Case Tracker"), self.about_text())

    # -- status ----------------------------------------------------------------------------
    def refresh_summary(self) -> None:
        database = self.database
        self.tasks.run(lambda _ctx: summary(database), success=self._show_summary)

    def _show_summary(self, s: Summary) -> None:
        self._summary = s
        self.status_label.setText(
            self.tr("%1 facilities · %2 cases · %3 held")
            .replace("%1", self.locale().toString(s.facilities))
            .replace("%2", self.locale().toString(s.cases))
            .replace("%3", self.locale().toString(s.held))
        )
        self._check_ready()

    def is_ready(self) -> bool:
        page = self.stack.currentWidget()
        page_ready = getattr(page, "is_ready", lambda: True)()
        return self._summary is not None and bool(page_ready)

    def _check_ready(self) -> None:
        if self.is_ready():
            self.ready.emit()

    # -- geometry --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            can_close = getattr(page, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.tasks.wait()
        event.accept()
