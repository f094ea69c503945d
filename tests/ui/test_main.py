"""Starting the program: fonts, language choice, opening the database, the
first-start dialog."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from app import i18n, paths
from app.services import browse
from app.ui import main as ui_main
from app.ui.first_run import DEMO, EMPTY, FirstRunChoice, FirstRunDialog
from app.ui.language import SETTINGS_KEY, choose_language, save_language
from app.ui.settings import open_settings
from tests.ui.conftest import HAVE_DEMO


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(ui_main, "show_error", lambda text, parent=None: shown.append(text))
    return shown


@pytest.fixture
def first_run(monkeypatch):
    """Replace the modal dialog: answers are queued, calls are recorded."""
    calls: list[bool] = []
    answers: list[FirstRunChoice | None] = []

    def ask(switcher, allow_demo):
        calls.append(allow_demo)
        return answers.pop(0) if answers else None

    monkeypatch.setattr(ui_main, "ask_first_run", ask)
    return calls, answers


def test_fonts_are_registered_and_noto_sans_is_the_app_font(gui_app):
    families = ui_main.register_fonts()
    assert "Noto Sans" in families
    assert QApplication.font().family() == "Noto Sans"
    metrics = QFontMetrics(QApplication.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "ңөүҢӨҮ")
    assert "Noto Sans" in QFontDatabase.families()


def test_language_choice_order(gui_app):
    assert choose_language(None) == "ky"              # Kyrgyz first
    save_language("ru")
    assert choose_language(None) == "ru"              # then what was saved
    assert choose_language("en") == "en"              # --lang wins
    assert choose_language("xx") == "ru"
    assert Path(open_settings().fileName()).parent == paths.data_dir()
    assert open_settings().value(SETTINGS_KEY) == "ru"


def test_switcher_loads_each_language(gui_app, switcher):
    from PySide6.QtCore import QCoreApplication

    words = {}
    for lang in ("ru", "en", "ky"):
        assert switcher.apply(lang)
        assert i18n.language() == lang
        words[lang] = QCoreApplication.translate("Areas", "Competitions")
    assert words == {"ru": "Конкурсы", "en": "Competitions", "ky": "Сынактар"}


def test_bad_database_file_is_refused_with_a_message(gui_app, switcher, errors, tmp_path):
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    assert ui_main.open_for_window(bad, switcher) == 1
    assert errors == [i18n.t("db.not_sqlite", path=str(bad))]
    assert "маалымат базасы эмес" in errors[0]          # in Kyrgyz, the interface language
    assert bad.read_bytes() == b"this is not sqlite at all" * 100


def test_database_open_elsewhere_is_refused(gui_app, switcher, errors, db):
    switcher.apply("ru")
    assert ui_main.open_for_window(db.path, switcher) == 1
    assert errors and "уже открыта" in errors[0]


def test_first_start_quit_creates_nothing(gui_app, switcher, first_run, errors):
    calls, answers = first_run
    answers.append(None)
    assert ui_main.open_for_window(None, switcher) == 0
    assert calls == [ui_main.demo_available()]
    assert not paths.default_db_path().exists()
    assert errors == []


def test_first_start_with_an_empty_municipality(gui_app, switcher, first_run, errors):
    calls, answers = first_run
    answers.append(FirstRunChoice(EMPTY, "Ак-Суу айыл аймагы", "ayil_aimak", "Ак-Суу району", "Ысык-Көл облусу"))
    db = ui_main.open_for_window(None, switcher)
    try:
        assert db.path == paths.default_db_path()
        summary = browse.municipality_summary(db)
        assert (summary.name, summary.kind, summary.district, summary.region) == (
            "Ак-Суу айыл аймагы", "ayil_aimak", "Ак-Суу району", "Ысык-Көл облусу")
    finally:
        db.close()
    # next start: the file exists, no dialog
    db = ui_main.open_for_window(None, switcher)
    db.close()
    assert len(calls) == 1 and errors == []


@pytest.mark.skipif(not HAVE_DEMO, reason="app.services.demo has not landed yet")
def test_first_start_with_the_demo(gui_app, switcher, first_run, errors):
    calls, answers = first_run
    answers.append(FirstRunChoice(DEMO))
    db = ui_main.open_for_window(None, switcher)
    try:
        assert db.path == ui_main.demo_db_path()
        assert browse.list_competitions(db) and browse.list_projects(db)
    finally:
        db.close()
    assert not paths.default_db_path().exists()         # the user's own database stays untouched
    answers.append(FirstRunChoice(DEMO))
    db = ui_main.open_for_window(None, switcher)        # the demo is opened again, not rebuilt
    db.close()
    assert errors == []


def test_a_database_without_municipality_asks_for_one(gui_app, switcher, first_run, errors, tmp_path):
    calls, answers = first_run
    answers.append(FirstRunChoice(EMPTY, "Баткен шаары", "city"))
    db = ui_main.open_for_window(tmp_path / "new.sqlite3", switcher)
    try:
        assert calls == [False]                           # municipality only, no demo offered
        assert browse.municipality_summary(db).name == "Баткен шаары"
    finally:
        db.close()


def test_a_database_without_municipality_can_be_opened_anyway(gui_app, switcher, first_run, tmp_path):
    calls, _answers = first_run
    db = ui_main.open_for_window(tmp_path / "new.sqlite3", switcher)
    try:
        assert browse.municipality_summary(db) is None
    finally:
        db.close()


def test_first_run_dialog_refuses_a_bad_name_and_keeps_the_answer(qtbot, gui_app, switcher):
    dialog = FirstRunDialog(switcher, allow_demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.demo.isChecked() and not dialog.form_box.isEnabled()
    dialog.empty.setChecked(True)
    assert dialog.form_box.isEnabled()
    dialog.name.setText("   ")
    dialog.start_button.click()
    assert dialog.result() == 0 and dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == i18n.t("municipality.name")
    # the refusal follows the language
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    qtbot.waitUntil(lambda: dialog.error.text() == i18n.t("municipality.name", "ru"))
    assert dialog.empty.text() == "&Начать с пустого муниципалитета"

    dialog.name.setText("Кара-Суу айыл аймагы")
    dialog.kind.setCurrentIndex(dialog.kind.findData("ayil_aimak"))
    dialog.start_button.click()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.choice == FirstRunChoice(EMPTY, "Кара-Суу айыл аймагы", "ayil_aimak", "", "")


def test_run_gui_shows_the_window_and_returns_when_it_closes(qtbot, gui_app, monkeypatch, data_db, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from app.ui.main_window import MainWindow

    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)   # run_gui installs its own
    path = data_db.path
    data_db.close()                      # the window opens the file itself
    seen = {}

    def event_loop():
        """Stands in for QApplication.exec (a second real event loop in one test
        session leaves posted events undelivered for later tests)."""
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["titles"] = [w.windowTitle() for w in windows]
        seen["sidebar"] = windows[0].sidebar.item(0).text() if windows else None
        for w in windows:
            w.close()
        return 0

    logins = []

    def login(db):
        from app.services import users

        users.create_first_admin(db, "admin", "Асанова Айгүл", "secret12")
        users.login(db, "admin", "secret12")
        logins.append(db.actor)
        return True

    monkeypatch.setattr(ui_main, "ask_login", login)
    monkeypatch.setattr(QApplication.instance(), "exec", event_loop)
    assert ui_main.run_gui(path, "ru") == 0
    assert logins and logins[0].role == "admin"
    assert list((path.parent / "backups").glob("*_start.sqlite3"))   # the start-up backup
    assert seen["sidebar"] == "Конкурсы"
    assert len(seen["titles"]) == 1 and path.name in seen["titles"][0]
    assert open_settings().value("window/geometry") is not None      # saved on close
    assert QCoreApplication.translate("Areas", "Competitions") == "Competitions"   # its translators removed


def test_run_gui_refuses_a_bad_file(gui_app, monkeypatch, errors, tmp_path):
    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    assert ui_main.run_gui(bad, "en") == 1
    assert errors == [i18n.t("db.not_sqlite", "en", path=str(bad))]
