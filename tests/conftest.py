"""Shared fixtures: real SQLite files in tmp dirs, offscreen Qt."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# fixtures of wider scope (module, session) run before the per-test folder
# below is set: they too must never write keys or data to the real folder
if "DEMILGE_TEST_ROOT" not in os.environ:
    import tempfile

    os.environ["DEMILGE_TEST_ROOT"] = tempfile.mkdtemp(prefix="demilge-tests-")
    _MADE_TEST_ROOT = True
    os.environ["DEMILGE_DATA_DIR"] = os.path.join(os.environ["DEMILGE_TEST_ROOT"], "userdata")
    os.environ["DEMILGE_KEY_DIR"] = os.path.join(os.environ["DEMILGE_TEST_ROOT"], "keys")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The one explicit test setting of a cheaper password hash (the program's
# default, scrypt N=2^17, takes about a second per login).
from app.services import users as _users  # noqa: E402

_users.use_weak_kdf_for_tests()


def pytest_sessionfinish(session, exitstatus):
    if globals().get("_MADE_TEST_ROOT"):
        import shutil

        shutil.rmtree(os.environ["DEMILGE_TEST_ROOT"], ignore_errors=True)


SLOW_TIMEOUT = 900  # seconds: the bundle build and the kill tests; every other test has pyproject's 60


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("slow") and not item.get_closest_marker("timeout"):
            item.add_marker(pytest.mark.timeout(SLOW_TIMEOUT))


MODAL_LIMIT = 30  # seconds a modal dialog may stay open in a test before it is closed as a failure


@pytest.fixture(autouse=True)
def _modal_watchdog(request):
    """A modal dialog (or message box) that nobody answers would keep its
    event loop running forever, out of pytest-timeout's reach (its signal is
    only seen when Python code runs). In Qt tests a timer looks every 0.2 s:
    a modal open longer than MODAL_LIMIT is closed and the test fails."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    request.getfixturevalue("qapp")
    opened: dict[int, float] = {}
    closed: list[str] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        since = opened.setdefault(id(modal), time.monotonic())
        if time.monotonic() - since > MODAL_LIMIT:
            closed.append(f"{type(modal).__name__} «{modal.windowTitle()}»")
            modal.reject() if isinstance(modal, QDialog) else modal.close()

    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(look)
    timer.start()
    yield
    timer.stop()
    if closed:
        pytest.fail(f"a modal dialog nobody answered was closed after {MODAL_LIMIT} s: {', '.join(closed)}")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Never touch the user's real data folder or settings from a test."""
    monkeypatch.setenv("DEMILGE_DATA_DIR", str(tmp_path / "userdata"))
    # office signing keys: shared by the whole run (a database made by a
    # session fixture keeps its key), never the user's real key folder
    monkeypatch.setenv("DEMILGE_KEY_DIR", os.path.join(os.environ["DEMILGE_TEST_ROOT"], "keys"))
    monkeypatch.delenv("DEMILGE_DB", raising=False)
    from app import i18n

    i18n.set_language("ky")
    yield


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture
def db(db_path):
    """An empty, migrated database file."""
    from app.store.db import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo database built once per test session; copy it with `demo_db`."""
    from app.services import demo
    from app.store.db import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    try:
        demo.build_demo(database)
    finally:
        database.close()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A private copy of the demo database, opened."""
    import shutil

    from app.store.db import open_database

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    database = open_database(path)
    yield database
    database.close()
