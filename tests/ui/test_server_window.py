"""The window started on a server database (DEMILGE_DB or --db with a URL)."""
from __future__ import annotations

from app.services import browse
from app.ui import main as ui_main
from app.ui.first_run import EMPTY, FirstRunChoice


def test_the_window_opens_a_server_database_from_demilge_db(gui_app, switcher, qtbot, pg_cluster, monkeypatch,
                                                            tmp_path):
    from app.ui.main_window import MainWindow

    url = pg_cluster.fresh().replace("postgresql+psycopg://demilge@", "postgresql+psycopg://demilge:secret@")
    monkeypatch.setenv("DEMILGE_DB", url)
    errors: list[str] = []
    monkeypatch.setattr(ui_main, "show_error", lambda text, parent=None: errors.append(text))
    asked: list[bool] = []

    def ask(_switcher, allow_demo):
        asked.append(allow_demo)
        return FirstRunChoice(EMPTY, "Баткен району", "ayil_aimak", "Баткен району", "Баткен облусу")

    monkeypatch.setattr(ui_main, "ask_first_run", ask)
    db = ui_main.open_for_window(None, switcher)
    assert not isinstance(db, int), errors
    try:
        assert db.server and asked == [False]           # a new server database: a municipality, no demo
        assert browse.municipality_summary(db).name == "Баткен району"
        window = MainWindow(db, switcher)
        qtbot.addWidget(window)
        label = window.db_label.text()
        assert "postgresql+psycopg://demilge:***@" in label and "secret" not in label
        assert db.engine.url.database in window.windowTitle()
        ui_main.start_backup(db)                        # no file copy of a server at every start
        ui_main.warn_if_not_local(db)
    finally:
        db.close()
    assert not list(tmp_path.glob("*.sqlite3")) and errors == []
