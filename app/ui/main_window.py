"""The main window: a sidebar of areas and the page of the chosen area."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QMessageBox,
    QScrollArea,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.ui.shell_pages import AREAS, SettingsPage, area_title
from app.ui.language import LanguageSwitcher, save_language
from app.ui.settings import open_settings

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"
AREA_KEY = "window/area"
SIDEBAR_PADDING = 40


def area_keys() -> dict[int, int]:
    """Sidebar row -> the digit of its Ctrl+digit shortcut."""
    keys = {i: i + 1 for i in range(min(8, len(AREAS)))}
    keys[len(AREAS) - 1] = 9 if len(AREAS) > 8 else len(AREAS)
    return keys


class MainWindow(QMainWindow):
    """The frame, the sidebar and the status bar first (they need no database:
    `MainWindow(None)` is the shell shown at start before the database layer
    is even imported); `attach(db)` then fills them. Each area's page is built
    the first time it is shown (`page(name)`)."""

    def __init__(self, db=None, switcher: LanguageSwitcher | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.db = None
        self.switcher = switcher or LanguageSwitcher()
        self.summary = None

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setSpacing(2)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("stack")
        self.pages: dict[str, QWidget] = {}          # built on first use
        self.settings_page = SettingsPage()
        self.admin_panel = None
        self.holders: dict[str, QScrollArea] = {}
        for name, _title in AREAS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2))
            self.sidebar.addItem(item)
            # a small window scrolls a page instead of forcing its size on the window
            holder = QScrollArea(self.stack)
            holder.setObjectName(f"{name}_scroll")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            self.holders[name] = holder
            self.stack.addWidget(holder)
        self._place("settings", self.settings_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.db_label = QLabel(self)
        self.db_label.setObjectName("status_db")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.db_label, 1)

        self.file_menu = self.menuBar().addMenu("")
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.refresh_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        # Ctrl+1 ... Ctrl+8 go to the first areas in sidebar order, Ctrl+9 to the
        # last (settings), as browsers do with tabs
        self.area_actions: list[QAction] = []
        for i, key in area_keys().items():
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{key}"))
            action.setData(i)
            action.triggered.connect(self._area_shortcut)
            self.addAction(action)
            self.area_actions.append(action)

        self.sidebar.currentRowChanged.connect(self._show_area)
        self.settings_page.language_chosen.connect(self.set_language)
        if self.switcher.current:
            self.settings_page.set_language(self.switcher.current)

        # one "data changed" signal refreshes every page (STYLE.md); made in attach()
        self.data_changes = None

        self.retranslate()
        self.restore_settings()
        if db is not None:
            self.attach(db)

    def attach(self, db) -> None:
        """Fill the shell from the open database: title, settings, the area shown."""
        from app.services import browse
        from app.ui.admin_panel import AdminPanel

        from app.ui.data_changes import DataChanges

        self.db = db
        self.summary = browse.municipality_summary(db)
        if self.data_changes is None:
            self.data_changes = DataChanges(db, self)
            self.data_changes.changed.connect(self.data_changed)
        else:
            self.data_changes.watch(db)
        if self.admin_panel is None:
            self.admin_panel = AdminPanel()
            self.admin_panel.restore_requested.connect(self.restore_backup)
            self.settings_page.add_panel(self.admin_panel)
        self.admin_panel.load(db)
        self.settings_page.set_info(self.summary, db.label)
        self.retranslate()
        self._show_area(self.sidebar.currentRow())

    # --- pages, built on first use
    def _place(self, name: str, page: QWidget) -> None:
        self.pages[name] = page
        self.holders[name].setWidget(page)

    def _build(self, name: str) -> QWidget:
        if name == "program":
            from app.ui.program_page import ProgramPage

            page = ProgramPage()
        elif name == "reports":
            from app.ui.reports_page import ReportsPage

            page = ReportsPage()
        elif name == "sync":
            from app.ui.sync_page import SyncPage

            page = SyncPage()
        else:
            from app.ui.areas import make_area_page

            page = make_area_page(name)
        if name in ("commission", "projects", "registers") and hasattr(page, "report_requested"):
            page.report_requested.connect(self.open_report)
        self._place(name, page)
        # a change on one of these pages makes the other read its list again when shown
        pairs = {"competitions": ("applications", "registers"), "applications": ("competitions",),
                 "registers": ("competitions",)}
        for other_name in pairs.get(name, ()):
            other = self.pages.get(other_name)
            if other is not None and hasattr(page, "changed") and hasattr(other, "mark_stale"):
                page.changed.connect(other.mark_stale)
                other.changed.connect(page.mark_stale)
        return page

    # --- areas
    def area_names(self) -> list[str]:
        return [name for name, _ in AREAS]

    def current_area(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def show_area(self, name: str) -> None:
        self.sidebar.setCurrentRow(self.area_names().index(name))

    def page(self, name: str) -> QWidget:
        """The area's page, built now if it was not yet shown."""
        page = self.pages.get(name)
        return page if page is not None else self._build(name)

    def list_pages(self) -> list:
        """Every ListPage, the commission's two included (every page built)."""
        from app.ui.table import ListPage

        out: list[ListPage] = []
        for name in self.area_names():
            self.page(name)
        for page in self.pages.values():
            if isinstance(page, ListPage):
                out.append(page)
            elif hasattr(page, "lists"):
                out.extend(page.lists())
        return out

    def _area_shortcut(self) -> None:
        self.sidebar.setCurrentRow(self.sender().data())
        self.sidebar.setFocus()

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        name = self.area_names()[row]
        if self.db is None:          # the shell: pages come with the database
            self.stack.setCurrentWidget(self.holders[name])
            return
        page = self.page(name)
        if hasattr(page, "load") and not page.loaded:
            page.load(self.db)
        self.stack.setCurrentWidget(self.holders[name])

    def open_report(self, name: str, need: str, row_id: str) -> None:
        """Show the Reports area with `name` chosen for the record `row_id`."""
        self.show_area("reports")
        page = self.page("reports")
        if not page.loaded:
            page.load(self.db)
        page.choose(name)
        if need == "year":
            page.year.setValue(int(row_id))
            return
        if need not in page.combos:          # a report with no record to choose
            return
        combo = page.combos[need]
        index = combo.findData(row_id)
        if index < 0:  # a record made since the list was read
            page.load(self.db)
            page.choose(name)
            index = combo.findData(row_id)
        combo.setCurrentIndex(max(0, index))

    def refresh(self) -> None:
        """Read the lists again from the database (F5)."""
        from app.services import browse

        if self.db is None:
            return
        self.summary = browse.municipality_summary(self.db)
        self.settings_page.set_info(self.summary, self.db.label)
        current = self.current_area()
        for name, page in self.pages.items():
            if hasattr(page, "load"):
                if name == current:
                    page.load(self.db)
                else:
                    page.loaded = False
        self._update_title()

    def data_changed(self, tables=frozenset()) -> None:
        """Something was saved (by any page or dialog): the page on screen
        refreshes in place (keeping its selection), every other page reads
        its data again when it is next shown."""
        from app.services import browse

        if self.db is None:
            return
        self.summary = browse.municipality_summary(self.db)
        self.settings_page.set_info(self.summary, self.db.label)
        current = self.current_area()
        for name, page in self.pages.items():
            if not hasattr(page, "loaded"):
                continue
            if name == current and page.loaded:
                if hasattr(page, "refresh"):
                    page.refresh()
            else:
                page.loaded = False
        self._update_title()

    # --- restore
    def restore_backup(self, backup_path) -> bool:
        """Close the database, put the backup in its place (the current file
        is kept aside), open it again and re-read every page."""
        from app.services import backup
        from app.services.errors import ServiceError
        from app.store.db import open_database

        actor = self.db.actor
        path = Path(self.db.path)
        try:
            backup.verify_backup(Path(backup_path))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Restore"), exc.message())
            return False
        try:
            backup.restore(self.db, Path(backup_path))  # checks the role, then closes the database
        except ServiceError as exc:  # refused before anything was closed
            QMessageBox.warning(self, self.tr("Restore"), exc.message())
            return False
        except BaseException:
            self.db = open_database(path)
            self.db.actor = actor
            raise
        self.db = open_database(path)
        self.db.actor = actor
        self.data_changes.watch(self.db)
        for page in self.pages.values():
            if hasattr(page, "loaded"):
                page.loaded = False
        if self.admin_panel is not None:
            self.admin_panel.load(self.db)
        self.refresh()
        QMessageBox.information(self, self.tr("Restore"), self.tr("The backup was restored."))
        return True

    # --- language
    def set_language(self, lang: str) -> None:
        """Switch the interface language now (widgets re-translate on
        QEvent.LanguageChange) and remember it."""
        if lang == self.switcher.current:
            return
        self.switcher.apply(lang)
        save_language(lang)
        self.settings_page.set_language(lang)

    def retranslate(self) -> None:
        keys = area_keys()
        for i, (name, _title) in enumerate(AREAS):
            item = self.sidebar.item(i)
            item.setText(area_title(name))
            item.setToolTip(area_title(name) + (f"  (Ctrl+{keys[i]})" if i in keys else ""))
        widest = max(self.sidebar.fontMetrics().horizontalAdvance(area_title(n)) for n, _ in AREAS)
        self.sidebar.setMinimumWidth(widest + SIDEBAR_PADDING)
        self.file_menu.setTitle(self.tr("&File"))
        self.refresh_action.setText(self.tr("&Refresh lists"))
        self.quit_action.setText(self.tr("&Quit"))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.db.label) if self.db is not None
                              else self.tr("Opening the database…"))
        self._update_title()

    def _update_title(self) -> None:
        if self.db is None:
            self.setWindowTitle(self.tr("Demilge"))
            return
        file_name = self.db.engine.url.database if self.db.server else Path(self.db.path).name
        if self.summary:
            title = self.tr("%1 — %2 — Demilge").replace("%1", self.summary.name).replace("%2", file_name)
        else:
            title = self.tr("%1 — Demilge").replace("%1", file_name)
        self.setWindowTitle(title)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- settings
    def restore_settings(self) -> None:
        settings = open_settings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value(SPLITTER_KEY)
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([self.sidebar.minimumWidth(), 1000])
        area = settings.value(AREA_KEY)
        self.show_area(area if area in self.area_names() else AREAS[0][0])

    def save_settings(self) -> None:
        settings = open_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.setValue(AREA_KEY, self.current_area())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.data_changes is not None:
            self.data_changes.remove()
        self.save_settings()
        super().closeEvent(event)
