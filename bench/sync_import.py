"""Benchmark: change entries applied per second on import, against a plain
sqlite3 executemany of the same rows in the same run.

    python bench/sync_import.py [N]
"""
from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain import enums as E  # noqa: E402
from app.services import sync  # noqa: E402
from app.store import models as M  # noqa: E402
from app.store.db import open_database  # noqa: E402


def main(n: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="demilge-bench-"))
    dbs = {}
    for name in ("village", "district"):
        db = open_database(tmp / f"{name}.sqlite3", lock=False)
        sync.init_site(db, name)
        sync.export_key(db, tmp / f"{name}.key")
        dbs[name] = db
    sync.trust(dbs["village"], tmp / "district.key")
    sync.trust(dbs["district"], tmp / "village.key")
    with dbs["village"].session() as s:
        for i in range(n):
            s.add(M.Municipality(name=f"Айыл {i}", kind=E.MunicipalityKind.AYIL_AIMAK, population=i))
    pkg = tmp / "p.demilge"
    res = sync.export_package(dbs["village"], pkg, to=sync.site_info(dbs["district"]).site_id)
    entries = res.entries

    t0 = time.perf_counter()
    sync.import_package(dbs["district"], pkg)
    t_import = time.perf_counter() - t0

    rows = [(f"id{i}", f"Айыл {i}", "ayil_aimak", i) for i in range(n)]
    conn = sqlite3.connect(tmp / "plain.sqlite3")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE m (id TEXT PRIMARY KEY, name TEXT, kind TEXT, population INTEGER)")
    t0 = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO m VALUES (?, ?, ?, ?)", rows)
    t_plain = time.perf_counter() - t0
    conn.close()
    for db in dbs.values():
        db.close()
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"rows: {n}, change entries: {entries}")
    print(f"import: {t_import:.3f} s = {entries / t_import:,.0f} entries/s ({n / t_import:,.0f} rows/s)")
    print(f"plain executemany of the same rows: {t_plain:.4f} s = {n / t_plain:,.0f} rows/s")
    print(f"ratio (import time / plain time): {t_import / t_plain:.0f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
