"""The main window: navigation between Facilities, Cases, Amnesties and Reports."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
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
from desktop.services.history import latest_change
from desktop.ui import permissions
from desktop.ui.changes import SUMMARY, ChangeWatch, Kind, Refreshable
from desktop.ui.tasks import TaskRunner

OPEN_AFTER_SHOW_MS = 1_000  # an opening database is opened in full by then, painted or not

PageFactory = Callable[["MainWindow"], QWidget]


def _facilities(window: MainWindow) -> QWidget:
    from desktop.ui.views.facilities_page import FacilitiesPage

    return FacilitiesPage(window)


def _cases(window: MainWindow) -> QWidget:
    from desktop.ui.views.cases_page import CasesPage

    return CasesPage(window)


def _amnesties(window: MainWindow) -> QWidget:
    from desktop.ui.views.amnesties_page import AmnestiesPage

    return AmnestiesPage(window)


def _reports(window: MainWindow) -> QWidget:
    from desktop.ui.views.reports_page import create_page

    return create_page(window)


def _approvals(window: MainWindow) -> QWidget:
    from desktop.ui.views.approvals_page import ApprovalsPage

    return ApprovalsPage(window)


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, on the pass of the event loop after ``window`` is first painted
    (watched only while the window's database is still opening)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, self._then)  # once this first paint is done
            self.deleteLater()
        return False


class _Unbuilt(QWidget):
    """Holds a page's place in the stack until the page is first shown."""

    def is_ready(self) -> bool:
        return False


class Pages(Mapping[str, QWidget]):
    """The window's pages by name, each built when it is first asked for (shown, or named
    by code that needs it); ``built()`` lists those that exist."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._factories: dict[str, PageFactory] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, name: str, factory: PageFactory) -> None:
        self._factories[name] = factory

    def __getitem__(self, name: str) -> QWidget:
        page = self._built.get(name)
        if page is None:
            factory = self._factories[name]  # KeyError for an unknown page
            page = factory(self._window)
            self._built[name] = page
            self._window._page_built(name, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def is_built(self, name: str) -> bool:
        return name in self._built

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)


class MainWindow(QMainWindow):
    """Layout and the window-wide behaviour; each page brings its own controller."""

    ready = Signal()
    changed = Signal(object)  # the Kind of records a write touched, after pages were told
    opened = Signal()  # the database is open in full (see ``finish_opening``)
    open_failed = Signal(object)  # the exception that stopped it

    def __init__(self, database: Database, settings: QSettings) -> None:
        super().__init__()
        self._shown_once = False
        self._open_started = False
        if not database.is_open():
            _AfterFirstPaint(self, self.finish_opening)
        self.database = database
        self.settings = settings
        self.tasks = TaskRunner(self)
        self.opener = TaskRunner(self)  # its own worker: the window's tasks wait for it
        if not database.is_open():
            self.tasks.hold()  # started when the database is open (finish_opening)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Case Tracker"))
        self.setWindowTitle(self.tr("Case Tracker — %1[*]").replace("%1", database.name))
        self._summary: Summary | None = None
        self._dirty_sources: set[int] = set()
        self._stale: dict[str, Kind] = {}
        self._lent: list[QAction] = []  # the page's shortcuts, lent to the navigation

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
        self.identity_label = QLabel()
        self.identity_label.setObjectName("identityLabel")
        self.identity_label.setAccessibleName(self.tr("Who you are"))
        self.identity_label.setStyleSheet(
            "QLabel { padding-left: 8px; border-left: 1px solid palette(mid); }"
        )
        self.statusBar().addPermanentWidget(self.identity_label)
        self.show_identity()
        self._waiting: int | None = None

        self.pages = Pages(self)
        for name, title, factory in self._page_specs():
            self.add_page(name, title, factory)
        self.navigation.currentRowChanged.connect(self._row_changed)
        # A click on the page already shown also hands the keyboard to the page.
        self.navigation.itemClicked.connect(
            lambda _item: self._focus_page(self.current_page_name())
        )
        self._build_menus()
        self._restore_geometry()
        self.navigation.setCurrentRow(0)
        self._fit_navigation()

        def read_counter(callback: Callable[[int], None]) -> None:
            self.tasks.run(
                lambda _ctx: latest_change(database),
                success=callback,
                failure=lambda _exc: self.change_watch.unread(),
            )

        self.change_watch = ChangeWatch(read_counter, self)
        self.change_watch.moved.connect(lambda: self.announce(Kind.ALL, own=False))

    # -- pages -----------------------------------------------------------------------------
    def _page_specs(self) -> list[tuple[str, str, PageFactory]]:
        return [
            ("facilities", self.tr("Facilities"), _facilities),
            ("cases", self.tr("Cases"), _cases),
            ("amnesties", self.tr("Amnesties"), _amnesties),
            ("reports", self.tr("Reports"), _reports),
            ("approvals", self.tr("Waiting for approval"), _approvals),
        ]

    def _fit_navigation(self) -> None:
        """The navigation column as wide as its longest entry, the pages the rest."""
        width = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 24
        self.navigation.setMinimumWidth(min(width, 240))
        self.splitter.setSizes([width, max(self.width() - width, 400)])

    def add_page(self, name: str, title: str, factory: PageFactory) -> None:
        """A page in the navigation; it is built when it is first shown."""
        self.pages.add(name, factory)
        holder = _Unbuilt()
        holder.setObjectName(f"{name}PageHolder")
        self.stack.addWidget(holder)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.navigation.addItem(item)

    def _page_built(self, name: str, page: QWidget) -> None:
        index = list(self.pages).index(name)
        holder = self.stack.widget(index)
        assert isinstance(holder, _Unbuilt)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(holder)
        holder.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        self._stale.pop(name, None)
        signal = getattr(page, "ready", None)
        if signal is not None:
            signal.connect(self._check_ready)
        permissions.apply(page, self.database.identity)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        name = list(self.pages)[row]
        if self._shown_once:
            self.pages[name]  # built on first show
        self.stack.setCurrentIndex(row)
        if self._shown_once:
            self._refresh_if_stale(name)
            self._focus_page(name)
        self._check_ready()

    def _focus_page(self, name: str) -> None:
        """Switching pages puts the keyboard in the page's list, and the page's shortcuts
        work from the navigation too (they act while the focus is in the page)."""
        page = self.pages.built().get(name)
        if page is None:
            return
        for action in self._lent:
            self.navigation.removeAction(action)
        self._lent = [
            a
            for a in page.actions()
            if not a.shortcut().isEmpty()
            and a.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        ]
        self.navigation.addActions(self._lent)
        focus = getattr(page, "focus_list", None)
        if callable(focus):
            focus()

    def finish_opening(self) -> None:
        """Open in full a database the window was shown on while it was still opening
        (``services.database.first_start``), in the background, after the first paint (or
        a moment after the first show, for a window that is not painted): the window's own
        work waits for it in its worker. ``opened`` or ``open_failed`` follows."""
        database = self.database
        if database.is_open() or self._open_started or not self.isVisible():
            return  # open, opening, or closed before it was painted
        self._open_started = True
        self.opener.run(
            lambda _ctx: database.finish_opening(),
            success=lambda _db: self._database_opened(),
            failure=self._open_failed,
        )

    def _open_failed(self, exc: BaseException) -> None:
        self.tasks.cancel_held()  # nothing to run them on: the window closes
        self.open_failed.emit(exc)

    def _database_opened(self) -> None:
        """Who you are as the full opening read it: shown, and the locks of its role
        applied (locks are only added: a role changed meanwhile to a wider one is used
        from the next start)."""
        self.show_identity()
        identity = self.database.identity
        permissions.apply(self, identity)
        for page in self.pages.built().values():
            permissions.apply(page, identity)
        self.tasks.release()
        self.opened.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self.database.is_open():  # in case it is not painted (finish_opening once)
                QTimer.singleShot(OPEN_AFTER_SHOW_MS, self, self.finish_opening)
            self._row_changed(self.navigation.currentRow())
            self.refresh_summary()
            self.refresh_waiting_count()
            self.change_watch.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        activated = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if activated and self._shown_once:
            self.change_watch.check()  # someone else may have written meanwhile

    def show_page(self, name: str) -> None:
        self.navigation.setCurrentRow(list(self.pages).index(name))

    def current_page_name(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    # -- changes ---------------------------------------------------------------------------
    def announce(self, kinds: Kind, *, own: bool = True, shown: QWidget | None = None) -> None:
        """A write touched ``kinds``: the page on show and the status bar show what the
        database now holds; the other pages do when they are next shown. ``own`` is False
        for writes noticed from elsewhere; ``shown`` is a page that already shows them."""
        if not kinds:
            return
        if own:
            self.change_watch.catch_up()
        if kinds & SUMMARY:
            self.refresh_summary()
        if kinds & Kind.DECISIONS:
            self.refresh_waiting_count()
        current = self.current_page_name()
        for name, page in self.pages.built().items():
            if page is shown or not isinstance(page, Refreshable) or not kinds & page.watches:
                continue
            if name == current and self._shown_once:
                page.refresh(kinds & page.watches)
            else:
                self._stale[name] = self._stale.get(name, Kind.NONE) | kinds
        self.changed.emit(kinds)

    def is_stale(self, name: str) -> bool:
        return bool(self._stale.get(name))

    def _refresh_if_stale(self, name: str) -> None:
        kinds = self._stale.pop(name, Kind.NONE)
        page = self.pages.built().get(name)
        if kinds and isinstance(page, Refreshable):
            page.refresh(kinds & page.watches)

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
        permissions.apply(self, self.database.identity)

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
        from desktop.services.version import schema_revision  # reads the migrations

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

    # -- who you are, and what waits for you -----------------------------------------------
    def show_identity(self) -> None:
        """The login the database established, its display name and its role."""
        identity = self.database.identity
        name = identity.login
        if identity.display_name:
            name = f"{identity.display_name} ({identity.login})"
        self.identity_label.setText(
            self.tr("%1 · %2")
            .replace("%1", name)
            .replace("%2", permissions.role_name(identity.role))
        )
        self.identity_label.setToolTip(
            self.tr("Your changes are recorded under your login, %1.").replace("%1", identity.who)
        )

    def refresh_waiting_count(self) -> None:
        database = self.database

        def op(_ctx: object) -> int:
            from desktop.services.approvals import pending_count  # in the worker

            return pending_count(database)

        self.tasks.run(op, success=self.show_waiting_count)

    def show_waiting_count(self, count: int) -> None:
        """The navigation names how many decisions wait for approval."""
        self._waiting = count
        row = list(self.pages).index("approvals")
        title = self.tr("Waiting for approval")
        if count:
            title = self.tr("Waiting for approval (%1)").replace(
                "%1", self.locale().toString(count)
            )
        item = self.navigation.item(row)
        item.setText(title)
        if self.navigation.sizeHintForColumn(0) + 24 > self.navigation.width():
            self._fit_navigation()
        item.setToolTip(
            self.tr("%1 decisions wait for a reviewer's approval.").replace(
                "%1", self.locale().toString(count)
            )
        )

    def waiting_count(self) -> int | None:
        return self._waiting

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
        for page in self.pages.built().values():
            can_close = getattr(page, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.change_watch.timer.stop()
        self.tasks.close()
        self.tasks.wait()
        self.opener.wait()
        event.accept()
