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
    # this process started the run: what one worker makes, the others use (tests/shared.py)
    os.environ["DEMILGE_TEST_SHARED"] = os.environ["DEMILGE_TEST_ROOT"]
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
    from tests import pg

    pg.stop_cluster()
    if globals().get("_MADE_TEST_ROOT"):
        import shutil

        pg.stop_shared()  # after every worker: this is the run's first process

        shutil.rmtree(os.environ["DEMILGE_TEST_ROOT"], ignore_errors=True)


SLOW_TIMEOUT = 900  # seconds: the bundle build and the kill tests; every other test has pyproject's 60


# Tests that add up what other tests recorded (under pytest-xdist they wait for
# the other workers' cases): run last, when those cases are long done, instead
# of holding a worker idle while they run (the sync property check waited
# 278 s in a CI run).
RUN_LAST = ("test_the_property_test_edited_every_synced_table",)


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("slow") and not item.get_closest_marker("timeout"):
            item.add_marker(pytest.mark.timeout(SLOW_TIMEOUT))
    # the long `slow` tests (bundle, wheel, kill tests: 10-75 s each) first, so
    # that under pytest-xdist they run beside the short ones instead of
    # stretching the end of the run; stable: the rest keep their order
    items.sort(key=lambda item: 2 if item.name in RUN_LAST else 0 if item.get_closest_marker("slow") else 1)


MODAL_LIMIT = 30  # seconds a modal dialog may stay open in a test before it is closed as a failure


def flush_deleted_widgets() -> None:
    """Delete now what the test closed with deleteLater() (pytest-qt's own
    clean-up does that; without a running event loop Qt would delete them at
    some later nested loop, while the next test runs). No gc.collect() here:
    on a worker's heap late in the suite it took seconds per test."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _modal_watchdog(request):
    """A modal dialog (or message box) that nobody answers would keep its
    event loop running forever, out of pytest-timeout's reach (its signal is
    only seen when Python code runs). In Qt tests a timer looks every 0.2 s:
    a modal open longer than MODAL_LIMIT is closed and the test fails.
    Qt tests also run with the GUI-thread garbage collector of run_gui."""
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
    from app.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector().install()   # as run_gui: a worker thread never deletes a widget
    yield
    timer.stop()
    flush_deleted_widgets()
    collector.remove()
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


BACKENDS = ("sqlite", "postgresql")
# a test module runs on both backends with `pytestmark = both_backends`
both_backends = pytest.mark.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request) -> str:
    """"sqlite" unless the test is parametrized over BACKENDS (`both_backends`);
    DEMILGE_TEST_BACKEND=postgresql runs every `db`/`demo_db` test on PostgreSQL."""
    return getattr(request, "param", os.environ.get("DEMILGE_TEST_BACKEND", "sqlite"))


@pytest.fixture
def pg_cluster():
    """The session's throw-away PostgreSQL cluster (tests/pg.py)."""
    from tests import pg

    cluster = pg.cluster()
    yield cluster
    cluster.drop_made()  # each test's databases go with it (the cluster lives in /tmp)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture
def db_target(backend, db_path, request):
    """Where `db` lives: the SQLite file, or the URL of a fresh PostgreSQL database."""
    if backend == "sqlite":
        return db_path
    return request.getfixturevalue("pg_cluster").fresh()


@pytest.fixture(scope="session")
def empty_template() -> Path:
    """An empty database migrated once per session (migrating takes 1-2 s; a
    copy of the file takes milliseconds). Copies share the office identity,
    as copies of one office's file do; a test that needs two offices opens
    a second file of its own."""
    from app.store.db import open_database
    from tests import shared

    def make(folder: Path) -> dict:
        path = folder / "empty.sqlite3"
        open_database(path).close()
        return {"path": str(path)}

    return Path(shared.once("sqlite-empty", make)["path"])


def copy_database(template: Path, path: Path) -> Path:
    """A database file copied with whatever SQLite keeps beside it."""
    import shutil

    shutil.copy(template, path)
    for suffix in ("-wal", "-shm"):
        side = template.with_name(template.name + suffix)
        if side.exists():
            shutil.copy(side, path.with_name(path.name + suffix))
    return path


def open_new_office_file(path: Path, *, lock: bool = True):
    """open_database(path) on a path with no file yet, without running the
    migrations again: a file migrated once per run (schema and the
    migrations' own rows, no office identity, no witness) is copied there and
    opened through the same steps open_database takes after it has created
    and migrated a new file (the office identity and the first witness are
    made now, for this path). Migrating takes about a second; the sync tests
    make a few hundred offices."""
    from app.store import db as D
    from tests import shared

    def make(folder: Path) -> dict:
        schema = folder / "schema.sqlite3"
        engine = D.make_engine(schema)
        try:
            D.upgrade_schema(engine)
        finally:
            engine.dispose()
        return {"path": str(schema)}

    assert not path.exists(), path
    schema = Path(shared.once("sqlite-schema", make)["path"])
    path.parent.mkdir(parents=True, exist_ok=True)
    copy_database(schema, path)
    db_lock = D.InstanceLock(path) if lock else None
    if db_lock:
        db_lock.acquire()
    engine = D.make_engine(path)
    # current=None, existed=False: what open_database passes for a file it has just created
    return D._finish_open(path, engine, db_lock, None, False, None, True,
                          engine.execution_options(sqlite_begin="IMMEDIATE"))


@pytest.fixture
def db(db_target, request):
    """An empty, migrated database (a file, or a fresh PostgreSQL database)."""
    from app.store.db import open_database

    if isinstance(db_target, Path) and not db_target.exists():
        copy_database(request.getfixturevalue("empty_template"), db_target)
    database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template() -> Path:
    """The demo database built once per test session; copy it with `demo_db`."""
    from app.services import demo
    from app.store.db import open_database
    from tests import shared

    def make(folder: Path) -> dict:
        path = folder / "demo.sqlite3"
        database = open_database(path)
        try:
            demo.build_demo(database)
        finally:
            database.close()
        return {"path": str(path)}

    return Path(shared.once("sqlite-demo", make)["path"])


@pytest.fixture
def demo_db(backend, request, tmp_path):
    """A private copy of the demo database, opened (on either backend)."""
    import shutil

    from app.store.db import open_database

    if backend == "postgresql":
        from tests import shared

        cluster = request.getfixturevalue("pg_cluster")

        def make(_folder: Path) -> dict:
            from app.services import demo

            name = cluster.create("demilge_demo", cluster.migrated_template())
            database = open_database(cluster.url(name))
            try:
                demo.build_demo(database)
            finally:
                database.close()
            return {"name": name}

        database = open_database(cluster.fresh(shared.once("postgresql-demo", make)["name"]))
    else:
        path = tmp_path / "demo.sqlite3"
        shutil.copy(request.getfixturevalue("demo_template"), path)
        database = open_database(path)
    yield database
    database.close()
