"""An import killed at any moment leaves the database before or after, and can be repeated."""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain import enums as E
from app.services import sync
from app.store import models as M
from app.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]

IMPORTER = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from app.services import sync
from app.store.db import open_database
db = open_database(sys.argv[1])
print("start", flush=True)
sync.import_package(db, sys.argv[2])
print("done", flush=True)
"""


@pytest.mark.slow
def test_killed_import_is_before_or_after_and_repeatable(offices, tmp_path):
    a, b = offices("a", "b")
    with a.db.session() as s:
        for i in range(1500):
            s.add(M.Municipality(name=f"Айыл {i}", kind=E.MunicipalityKind.AYIL_AIMAK, population=i))
    pkg = a.package_to(b)
    import sqlite3

    from app.sync.canonical import canonical_dump

    conn = sqlite3.connect(b.path)  # stored values, as the killed process left them (not b.dump(): typed)
    before = canonical_dump(conn)
    conn.close()
    # the reference "after": the same import in a copy (made with SQLite's backup API)

    ref_path = tmp_path / "ref.sqlite3"
    src, dst = sqlite3.connect(b.path), sqlite3.connect(ref_path)
    src.backup(dst)
    src.close()
    dst.close()
    ref_db = open_database(ref_path, lock=False)
    ref_copy = tmp_path / "ref.demilge"
    shutil.copy(pkg, ref_copy)
    sync.import_package(ref_db, ref_copy)
    ref_db.close()
    conn = sqlite3.connect(ref_path)
    after = canonical_dump(conn)
    conn.close()
    assert after != before

    b.close()
    rng = random.Random(11)
    outcomes = set()
    for attempt in range(6):
        copy = tmp_path / f"try{attempt}.demilge"
        shutil.copy(pkg, copy)
        proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(b.path), str(copy)], stdout=subprocess.PIPE,
                                text=True)
        assert proc.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.0, 0.8))
        proc.kill()
        proc.wait()
        conn = sqlite3.connect(b.path)
        now = canonical_dump(conn)
        conn.close()
        assert now in (before, after)
        outcomes.add(now == after)
        if now == after:
            break
    # repeat the import to completion
    db = open_database(b.path, lock=False)
    final = tmp_path / "final.demilge"
    shutil.copy(pkg, final)
    sync.import_package(db, final)
    db.close()
    conn = sqlite3.connect(b.path)
    assert canonical_dump(conn) == after
    conn.close()
    b.db = open_database(b.path, lock=False)  # for the fixture's cleanup
