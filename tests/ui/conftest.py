"""GUI fixtures: the app set up like run_gui does, a language switcher that is
removed after each test, a database with data, and the main window on it."""
from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import flush_deleted_widgets
from tests.sample_data import build_sample

HAVE_DEMO = importlib.util.find_spec("app.services.demo") is not None


@pytest.fixture
def gui_app(qapp):
    from app.ui.main import configure_application

    configure_application(qapp)
    return qapp


@pytest.fixture
def switcher(gui_app):
    from app.ui.language import LanguageSwitcher

    sw = LanguageSwitcher(gui_app)
    sw.apply("ky")
    yield sw
    sw.remove()
    QApplication.processEvents()


@pytest.fixture
def data_db(request):
    """The demo database when app.services.demo exists, else a small dataset."""
    if HAVE_DEMO:
        return request.getfixturevalue("demo_db")
    database = request.getfixturevalue("db")
    build_sample(database)
    return database


@pytest.fixture
def window(qtbot, data_db, switcher):
    from app.ui.main_window import MainWindow

    win = MainWindow(data_db, switcher)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    flush_deleted_widgets()     # the window goes now, before the language is switched back
