"""The head revision is a constant (so opening a current file never loads
Alembic); it must be Alembic's head."""
from __future__ import annotations

import subprocess
import sys


def test_head_constant_is_alembics_head():
    from app.store import db as store_db

    assert store_db.HEAD_REVISION == store_db.script_directory().get_current_head()


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    from app.store.db import open_database

    path = tmp_path / "office.sqlite3"
    open_database(path, lock=False).close()
    code = ("import sys; from app.store.db import open_database; "
            f"open_database({str(path)!r}, lock=False).close(); "
            "print(sorted(m for m in ('alembic', 'reportlab') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
