"""Starting the program window: `run_gui(db_path, lang)`.

Creates the QApplication (unless one exists), registers the bundled fonts and
uses Noto Sans (it has the Kyrgyz letters ң ө ү), installs the translators,
opens the database (first start: demo or an empty municipality) and shows the
main window.
"""
from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app import APP_AUTHOR, APP_NAME, i18n, logs, paths
from app.ui.collector import GuiThreadCollector
from app.ui.errors import ErrorRouting
from app.ui.language import LanguageSwitcher, choose_language
from app.ui.modal import exec_dialog

# The window's shell (frame, sidebar, status bar) is painted before the
# database layer (SQLAlchemy, the models, Alembic) is imported: those modules,
# the first-start dialog and the pages are imported where they are needed.
DEMO, EMPTY = "demo", "empty"    # app.ui.first_run's choices

APP_FONT_FAMILY = "Noto Sans"
DEMO_FILE = "demo.sqlite3"
log = logging.getLogger("demilge.ui")


# --------------------------------------------------------------------------
# Application set-up


def register_fonts() -> list[str]:
    """Add the fonts shipped in resources/fonts; returns their families."""
    families: list[str] = []
    for font_file in sorted(paths.fonts_dir().glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    return families


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    families = register_fonts()
    if APP_FONT_FAMILY in families:
        font = QFont(app.font())
        font.setFamilies([APP_FONT_FAMILY])
        app.setFont(font)


# --------------------------------------------------------------------------
# Messages and dialogs (module functions, so tests can replace them)


def show_error(text: str, parent: QWidget | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Demilge", text, QMessageBox.StandardButton.Ok, parent)
    exec_dialog(box)


def ask_first_run(switcher: LanguageSwitcher, allow_demo: bool):
    from app.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(switcher, allow_demo)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    return dialog.choice


def ask_login(db) -> bool:
    """First start: create the administrator; later: log in. False = quit."""
    from app.services import users
    from app.ui.login import FirstAdminDialog, LoginDialog

    dialog = FirstAdminDialog(db) if not users.has_users(db) else LoginDialog(db)
    return dialog.exec() == QDialog.DialogCode.Accepted


def warn_if_not_local(db) -> None:
    """The database belongs on this computer's own disk."""
    from app.store.db import is_network_or_removable

    if db.server:
        return  # a server database: shared by design
    if is_network_or_removable(db.path):
        box = QMessageBox(QMessageBox.Icon.Warning, "Demilge", QCoreApplication.translate(
            "Start", "The database is on a network share or a removable drive: %1\n"
                     "Keep it on this computer's own disk; a power cut or a pulled stick can damage it. "
                     "Use backups and sync packages to carry data.").replace("%1", str(db.path)),
            QMessageBox.StandardButton.Ok)
        box.exec()


def start_backup(db) -> None:
    """A dated, checked copy at every start; old copies rotated (a server database
    is backed up on the server, README "District server", and before upgrades and imports)."""
    from app.services import backup

    if db.server:
        return
    try:
        backup.backup_now(db.path, "start")
        backup.rotate(db.path)
    except Exception:  # a failed backup must not stop the office's work, but is logged and shown
        log.exception("The start-up backup failed")
        show_error(i18n.t("log.unexpected", path=str(logs.log_path())))


class BackupInBackground:
    """The start-up backup after the window is shown, off the UI thread (the
    copy is checked with quick_check); a failure is logged and shown on the UI
    thread. `wait()` before the database closes."""

    def __init__(self, db):
        import threading

        from PySide6.QtCore import QObject, Signal

        class _Relay(QObject):
            failed = Signal()

        self.db_path = db.path
        self.relay = _Relay()
        self.relay.failed.connect(lambda: show_error(i18n.t("log.unexpected", path=str(logs.log_path()))))
        self.thread = threading.Thread(target=self._run, name="start-up backup", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from app.services import backup

        try:
            backup.backup_now(self.db_path, "start")
            backup.rotate(self.db_path)
        except Exception:
            log.exception("The start-up backup failed")
            self.relay.failed.emit()

    def wait(self) -> None:
        self.thread.join()


def demo_available() -> bool:
    return importlib.util.find_spec("app.services.demo") is not None


def demo_db_path() -> Path:
    return paths.data_dir() / DEMO_FILE


# --------------------------------------------------------------------------
# Opening


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def open_for_window(db_path: Path | str | None, switcher: LanguageSwitcher):
    """Open the database the window will show, asking on the first start.

    Returns the open Database, or an exit code: 0 when the user chose to
    quit, 1 when the database could not be opened (the user was told why).
    """
    from app.services import browse
    from app.services.errors import ServiceError
    from app.store.db import DatabaseError, open_database

    choice = None
    if db_path is None:
        db_path = paths.default_db_path()
        if not paths.URL_RE.match(str(db_path)) and not Path(db_path).exists():
            choice = ask_first_run(switcher, allow_demo=demo_available())
            if choice is None:
                return 0
            if choice.mode == DEMO:
                db_path = demo_db_path()
    server = bool(paths.URL_RE.match(str(db_path)))  # a server database (DEMILGE_DB or --db URL)
    db_path = db_path if server else Path(db_path)
    fresh = not server and not db_path.exists()
    try:
        db = open_database(db_path)
    except DatabaseError as exc:
        show_error(i18n.t("db." + exc.code, **exc.details))
        return 1

    try:
        if choice is not None and choice.mode == DEMO and (fresh or browse.municipality_summary(db) is None):
            from app.services import demo

            demo.build_demo(db)
        elif choice is not None and choice.mode == EMPTY:
            browse.create_municipality(db, choice.name, choice.kind, choice.district, choice.region)
        elif browse.municipality_summary(db) is None:
            later = ask_first_run(switcher, allow_demo=False)
            if later is not None:
                browse.create_municipality(db, later.name, later.kind, later.district, later.region)
    except ServiceError as exc:
        show_error(exc.message())
        db.close()
        if fresh:
            _remove_database_files(db_path)
        return 1
    except Exception:
        db.close()
        if fresh:
            _remove_database_files(db_path)   # no half-built database for the next start to find
        raise
    return db


def run_gui(db_path: Path | None = None, lang: str | None = None) -> int:
    """Show the program window; returns the process exit code."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    configure_application(app)
    logs.setup()
    errors = ErrorRouting(app).install()
    collector = GuiThreadCollector(app).install()    # worker threads never delete widgets

    switcher = LanguageSwitcher(app)
    switcher.apply(choose_language(lang))
    window = None
    try:
        from app.ui.main_window import MainWindow

        window = MainWindow(None, switcher)     # the shell, painted before the database layer loads
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        app.processEvents()
        opened = open_for_window(db_path, switcher)
        if isinstance(opened, int):
            window.close()
            return opened
        db = opened
        backup = None
        try:
            warn_if_not_local(db)
            if not ask_login(db):
                window.close()
                return 0
            window.attach(db)
            backup = BackupInBackground(db)
            code = app.exec()
        finally:
            if backup is not None:
                backup.wait()
            db.close()
        return code
    except Exception as exc:   # a start that fails is logged and shown, never a silent exit
        errors.fatal(exc)
        if window is not None:
            window.close()      # deleted at the next event loop (WA_DeleteOnClose), on this thread
        return 1
    finally:
        switcher.remove()
        errors.remove()
        collector.remove()
