"""Benchmark: a district's worth of village packages imported into a PostgreSQL
district database, as a ratio to the same import into a SQLite district file.

    python bench/pg_import.py [VILLAGES] [ROWS_PER_VILLAGE]

`run()` is what bench/run.py calls; it prints one line
`figure=pg-import ratio=X goal=… ok=…` (ratio = PostgreSQL entries per second /
SQLite entries per second, on the same packages in the same run). The server is
DEMILGE_BENCH_PG (a URL of an empty database) or a throw-away cluster started
as the tests do (tests/pg.py: Debian's postgresql, a Unix socket, no TCP).
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GOAL = 0.25  # PostgreSQL over a socket may be slower per statement, but not by more than 4x


def _villages(tmp: Path, count: int, rows: int):
    from app.domain import enums as E
    from app.services import sync
    from app.store import models as M
    from app.store.db import open_database

    out = []
    for v in range(count):
        db = open_database(tmp / f"village{v}.sqlite3", lock=False)
        sync.init_site(db, f"Village {v}")
        key = sync.export_key(db, tmp / f"village{v}.key")
        with db.session() as s:
            for i in range(rows):
                s.add(M.Municipality(name=f"Айыл {v}-{i}", kind=E.MunicipalityKind.AYIL_AIMAK, population=i))
        out.append((db, key))
    return out


def _import_all(district, villages, tmp: Path, tag: str) -> tuple[int, float]:
    from app.services import sync

    key = sync.export_key(district, tmp / f"district-{tag}.key")
    me = sync.site_info(district).site_id
    packages = []
    for n, (db, vkey) in enumerate(villages):
        sync.trust(district, vkey)
        sync.trust(db, key)
        packages.append(sync.export_package(db, tmp / f"{tag}-{n}.demilge", to=me).path)
    t0 = time.perf_counter()
    entries = 0
    for p in packages:
        entries += sync.import_package(district, p).applied
    return entries, time.perf_counter() - t0


def run(villages: int = 8, rows: int = 60) -> dict:
    from app.services import sync
    from app.store.db import open_database

    tmp = Path(tempfile.mkdtemp(prefix="demilge-bench-pg-"))
    old_data = os.environ.get("DEMILGE_DATA_DIR")
    os.environ["DEMILGE_DATA_DIR"] = str(tmp / "data")
    cluster = None
    try:
        url = os.environ.get("DEMILGE_BENCH_PG")
        if not url:
            from tests import pg

            reason = pg.unavailable_reason()
            if reason:
                print(f"figure=pg-import ratio=- goal={GOAL} ok=skipped ({reason})")
                return {"figure": "pg-import", "ratio": None, "goal": GOAL, "ok": None}
            cluster = pg.Cluster(pg.find_bindir())
            cluster.start()
            url = cluster.url(cluster.create("bench_district")).render_as_string(hide_password=False)
        vs = _villages(tmp, villages, rows)
        results = {}
        for tag, target in (("sqlite", tmp / "district.sqlite3"), ("postgresql", url)):
            district = open_database(target, lock=False)
            try:
                sync.init_site(district, "District")
                results[tag] = _import_all(district, vs, tmp, tag)
            finally:
                district.close()
        for db, _ in vs:
            db.close()
        rate = {k: n / s for k, (n, s) in results.items()}
        ratio = rate["postgresql"] / rate["sqlite"]
        ok = ratio >= GOAL
        print(f"figure=pg-import ratio={ratio:.2f} goal=>={GOAL} ok={'yes' if ok else 'no'}   "
              f"(entries={results['sqlite'][0]}, sqlite={rate['sqlite']:.0f}/s, postgresql={rate['postgresql']:.0f}/s)")
        return {"figure": "pg-import", "ratio": ratio, "goal": GOAL, "ok": ok}
    finally:
        if cluster is not None:
            cluster.stop()
        if old_data is None:
            os.environ.pop("DEMILGE_DATA_DIR", None)
        else:
            os.environ["DEMILGE_DATA_DIR"] = old_data
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    quick = "--quick" in sys.argv[1:]
    args = [int(a) for a in sys.argv[1:] if a != "--quick"][:2]
    run(*(args or ([4, 40] if quick else [])))
