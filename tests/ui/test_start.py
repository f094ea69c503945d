"""Start: the window's shell is shown before the database layer is imported;
Alembic and reportlab are not imported to open a current file and show the
first area; the start-up backup is made after the window is shown, off the
UI thread. (No timing here: bench/run.py measures the start.)"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r'''
import json, sys, threading
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from app.ui import main as M
seen = {}
real_open = M.open_for_window

def spy(path, switcher):
    shells = [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window" and w.isVisible()]
    seen["shell_shown"] = bool(shells)
    seen["loaded_when_shown"] = sorted(m for m in ("sqlalchemy", "alembic", "reportlab", "app.store.db") if m in sys.modules)
    from app.services import backup     # watch the start-up backup from here on
    backup.real_backup_now = backup.backup_now
    backup.backup_now = backup_spy
    return real_open(path, switcher)

def event_loop():
    win = [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"][0]
    page = win.page(win.current_area())
    seen["area"] = win.current_area()
    seen["rows"] = page.model.rowCount() if hasattr(page, "model") else None
    seen["loaded_at_end"] = sorted(m for m in ("alembic", "reportlab") if m in sys.modules)
    win.close()
    return 0

def backup_spy(db_path, reason="start"):
    from app.services import backup

    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window" and w.isVisible()]
    seen["backup"] = dict(ui_thread=threading.current_thread() is threading.main_thread(), window_shown=bool(shown),
                          reason=reason)
    return backup.real_backup_now(db_path, reason)

M.open_for_window = spy
M.ask_login = lambda db: True
app.exec = event_loop
code = M.run_gui(sys.argv[1], "ky")
print(json.dumps(dict(seen, code=code)))
'''


def test_the_shell_is_shown_before_the_database_layer_loads(demo_db, tmp_path):
    path = demo_db.path
    demo_db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEMILGE_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).resolve().parents[2], timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["shell_shown"] is True
    assert seen["loaded_when_shown"] == []          # no SQLAlchemy, models, Alembic or reportlab yet
    assert seen["rows"] and seen["rows"] > 0        # then the first area's list was filled
    assert seen["loaded_at_end"] == []              # a current file: no migration, no report yet
    assert seen["backup"] == dict(ui_thread=False, window_shown=True, reason="start")   # beside the window...
    assert list((path.parent / "backups").glob("*_start.sqlite3"))   # ...and finished before the file closed
