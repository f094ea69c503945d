"""Killing the program in the middle of a large write never loses committed
data nor corrupts the file: each transaction is there whole or not at all."""
from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.maintenance import check_database
from app.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]
BATCH = 400

WRITER = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from app.domain import enums as E
from app.store import models as M
from app.store.db import open_database

db = open_database(sys.argv[1])
n = 0
while True:
    with db.session() as s:
        for i in range({BATCH}):
            s.add(M.Municipality(name=f"М{{n}}-{{i}}", kind=E.MunicipalityKind.AYIL_AIMAK, population=i))
    n += 1
    print(n, flush=True)
"""


def _municipalities(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM municipality").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_during_large_writes_keeps_whole_transactions(tmp_path):
    path = tmp_path / "crash.sqlite3"
    open_database(path).close()
    rng = random.Random(20261122)
    for attempt in range(6):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        # wait until it has started writing, then kill at a random moment
        first = proc.stdout.readline()
        assert first.strip(), "writer did not start"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.kill()
        out = first + proc.stdout.read()
        proc.wait()
        reported = [int(x) for x in out.split()]
        committed_by_child = max(reported)
        count = _municipalities(path)
        assert count % BATCH == 0, f"half a transaction survived: {count}"
        # everything the writer saw committed is there (this run's batches plus earlier runs)
        assert count >= committed_by_child * BATCH
        result = check_database(path)
        assert result.ok, result.messages("en")
    # and the file still opens normally afterwards, lock released by the dead process
    db = open_database(path)
    db.close()


@pytest.mark.slow
def test_kill_during_demo_build_is_before_or_after(tmp_path):
    rng = random.Random(7)
    for attempt in range(4):
        path = tmp_path / f"demo{attempt}.sqlite3"
        open_database(path).close()
        proc = subprocess.Popen([sys.executable, "-m", "app", "demo", "--db", str(path)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.5))
        proc.kill()
        proc.wait()
        conn = sqlite3.connect(path)
        competitions = conn.execute("SELECT count(*) FROM competition").fetchone()[0]
        municipalities = conn.execute("SELECT count(*) FROM municipality").fetchone()[0]
        conn.close()
        assert (competitions, municipalities) == (0, 0) or (competitions >= 2 and municipalities >= 3)
        assert check_database(path).ok
