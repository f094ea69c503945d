"""District-scale benchmark: every figure against its plain baseline, in one run.

    python bench/run.py            # 50 municipalities x 10 years, and a 10x copy
    python bench/run.py --quick    # the same at 1/50 of the size (minutes on 2 cores)
    python bench/run.py --only start,report-pdf

Generated databases are cached in bench/.cache/ (ignored by git). Each
figure is printed as one line

    figure=NAME ratio=X goal=Y ok=yes|no   (details)

where the ratio is the program's figure over its baseline measured in the
same run (medians of several runs; time and peak memory in separate runs,
tracemalloc only in the memory runs; each GUI or report measurement in a
fresh interpreter):

  start            first paint of the program window / a bare PySide6 window   goal <= 1.5
  start-list       first list filled / first paint of the bare window          goal <= 3
  list-first-page  slowest list's first page at 10x data / the same at 1x      goal <= 1.2
  list-memory      largest list's peak memory at 10x / at 1x                   goal <= 1.2
  sync-import      raw sqlite3 executemany of all rows the import wrote /
                   the import (a share: higher is better)                      goal >= 0.30
  sync-reimport    first import / re-import of the same package                goal >= 20
  report-pdf       council summary PDF / raw reportlab Tables of the same
                   cells as plain strings (time; the database already open,
                   as in the program when a report is asked for)               goal <= 1.5
  report-memory    the same, peak memory growth                                goal <= 1.5
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
CACHE = HERE / ".cache"
CHILD = HERE / "_child.py"

FULL = dict(size=(50, 10), big=(500, 10), runs=3, village_competitions=20)
QUICK = dict(size=(5, 2), big=(50, 2), runs=3, village_competitions=4)


def line(name: str, ratio: float, goal: str, ok: bool, detail: str = "") -> None:
    print(f"figure={name} ratio={ratio:.2f} goal={goal} ok={'yes' if ok else 'no'}" + (f"   ({detail})" if detail else ""),
          flush=True)


def child(*args, timeout: float = 1800) -> dict:
    # compiled modules kept (in the bench's cache, not beside the sources), as an
    # installed program has them (the bundle and the wheel ship or make them): a
    # child that compiled the whole program at every start measured the compiler
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(CACHE / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run([sys.executable, str(CHILD), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)
    out = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not out:
        raise RuntimeError(f"bench child {args[0]} failed:\n{proc.stderr[-3000:]}")
    return json.loads(out[-1])


def median(values):
    return statistics.median(values)


# --------------------------------------------------------------------------
# Data


def _schema_key() -> str:
    """The migrations a cached database was made with (their files' names and
    contents): a copy made before another branch's migrations were merged is
    made again, even when the head's name did not change."""
    import hashlib

    digest = hashlib.sha1()
    for f in sorted((ROOT / "db" / "versions").glob("*.py")):
        digest.update(f.name.encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:16]


def district(municipalities: int, years: int) -> Path:
    """The cached district database of this size (generated once)."""
    from bench import datagen

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"district-{municipalities}x{years}.sqlite3"
    done = Path(str(path) + ".done")
    schema = _schema_key()
    if not done.exists() or json.loads(done.read_text()).get("schema") != schema:
        t = time.perf_counter()
        counts = datagen.generate(path, municipalities, years)
        done.write_text(json.dumps(dict(counts, schema=schema)))
        print(f"# generated {path.name} in {time.perf_counter() - t:.0f} s: "
              + ", ".join(f"{k} {v:,}" for k, v in counts.items()), flush=True)
    from app.store.db import HEAD_REVISION, current_revision, open_database

    if current_revision(path) != HEAD_REVISION:      # made by an older schema: upgrade the cached copy
        open_database(path, lock=False).close()
    return path


# --------------------------------------------------------------------------
# Figures


def fig_start(cfg, db_path: Path) -> None:
    runs = cfg["runs"]
    bare = [child("start-bare")["paint"] for _ in range(runs)]
    work = Path(tempfile.mkdtemp(prefix="demilge-start-"))
    try:
        # the program writes its start-up backup next to the file: a link keeps those out of the cache
        link = work / db_path.name
        try:
            os.link(db_path, link)
        except OSError:
            shutil.copy2(db_path, link)
        child("start-app", link)  # once first: compiles the program's modules into the cache
        app = [child("start-app", link) for _ in range(runs)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    b = median(bare)
    paint = median([r["paint"] for r in app])
    filled = median([r["filled"] if r["filled"] is not None else float("inf") for r in app])
    line("start", paint / b, "1.5", paint / b <= 1.5, f"first paint {paint:.2f} s, bare window {b:.2f} s")
    line("start-list", filled / b, "3", filled / b <= 3, f"first list filled {filled:.2f} s, bare window {b:.2f} s")


def fig_lists(cfg, small: Path, big: Path) -> None:
    runs = cfg["runs"]
    t1 = [child("lists", small) for _ in range(runs)]
    t10 = [child("lists", big) for _ in range(runs)]
    names = [n for n in t1[0] if n != "areas"]
    ratios = {n: median([r[n] for r in t10]) / median([r[n] for r in t1]) for n in names}
    worst = max(ratios, key=ratios.get)
    detail = ", ".join(f"{n} {median([r[n] for r in t1]) * 1000:.0f}->{median([r[n] for r in t10]) * 1000:.0f} ms"
                       for n in names)
    areas = ", ".join(f"{n} {median([r['areas'][n] for r in t1]) * 1000:.0f}->"
                      f"{median([r['areas'][n] for r in t10]) * 1000:.0f} ms" for n in t1[0]["areas"])
    line("list-first-page", ratios[worst], "1.2", ratios[worst] <= 1.2, f"worst {worst}; {detail}")
    print(f"#   whole areas (list and what is beside it), 1x->10x: {areas}", flush=True)
    m1, m10 = child("lists", small, "--memory"), child("lists", big, "--memory")
    ratios = {n: m10[n] / max(m1[n], 1) for n in names}
    worst = max(ratios, key=ratios.get)
    detail = ", ".join(f"{n} {m1[n] / 1e6:.1f}->{m10[n] / 1e6:.1f} MB" for n in names)
    line("list-memory", ratios[worst], "1.2", ratios[worst] <= 1.2, f"worst {worst}; {detail}")
    areas = ", ".join(f"{n} {m1['areas'][n] / 1e6:.1f}->{m10['areas'][n] / 1e6:.1f} MB" for n in m1["areas"])
    print(f"#   whole areas, peak memory 1x->10x: {areas}", flush=True)


def _village(tmp: Path, competitions: int):
    """A village office's database written through the program (session hooks:
    change log, clocks, audit), a district office that trusts it, and the package."""
    from datetime import date

    from app.domain import enums as E
    from app.domain.participants import builtin_category_id as cat
    from app.services import sync
    from app.store import models as M
    from app.store.db import open_database

    dbs = {}
    for name in ("village", "district"):
        db = open_database(tmp / f"{name}.sqlite3", lock=False)
        sync.init_site(db, name)
        sync.export_key(db, tmp / f"{name}.key")
        dbs[name] = db
    sync.trust(dbs["village"], tmp / "district.key")
    sync.trust(dbs["district"], tmp / "village.key")
    rows = 0
    with dbs["village"].session() as s:
        mun = M.Municipality(name="Ак-Суу айыл аймагы", kind=E.MunicipalityKind.AYIL_AIMAK, population=9000)
        s.add(mun)
        s.flush()
        rows += 1
        for c in range(competitions):
            y = 2016 + c % 10
            comp = M.Competition(municipality_id=mun.id, kind=E.CompetitionKind.JD, year=y, title=f"Конкурс {c + 1}",
                                 total_allocation_tyiyn=100_000_00, max_grant_tyiyn=25_000_00,
                                 announced_on=date(y, 3, 1), deadline_on=date(y, 4, 1),
                                 status=E.CompetitionStatus.COMPLETED)
            s.add(comp)
            s.flush()
            rows += 1
            for a in range(10):
                who = M.Applicant(kind=E.ApplicantKind.PERSON, name=f"Демилгечи {c}-{a}", village="Ак-Суу")
                s.add(who)
                s.flush()
                app = M.Application(competition_id=comp.id, applicant_id=who.id, reg_seq=a + 1,
                                    reg_number=f"{c + 1}/{a + 1:03d}", received_on=date(y, 3, 10), title=f"Демилге {a}",
                                    requested_tyiyn=20_000_00,
                                    status=E.ApplicationStatus.WINNER if a < 4 else E.ApplicationStatus.REJECTED)
                s.add(app)
                s.flush()
                rows += 2
                if a >= 4:
                    continue
                p = M.Project(competition_id=comp.id, application_id=app.id, title=app.title,
                              awarded_tyiyn=20_000_00, start_on=date(y, 5, 1), end_on=date(y, 11, 1))
                s.add(p)
                s.flush()
                rows += 1
                for e in range(10):
                    ev = M.Event(project_id=p.id, held_on=date(y, 6, 1 + e), place="Ак-Суу",
                                 kind=E.EventKind.SPORT, title=f"Иш-чара {e}")
                    s.add(ev)
                    s.flush()
                    rows += 1
                    for code, n in (("men", 20), ("women", 25), ("children", 40), ("boys", 20), ("girls", 18),
                                    ("fathers", 5), ("mothers", 7), ("children_disabilities", 2),
                                    ("migrant_children", 3), ("elderly", 4)):
                        s.add(M.EventParticipants(event_id=ev.id, category_id=cat(code), count=n))
                        rows += 1
    pkg = tmp / "village.demilge"
    res = sync.export_package(dbs["village"], pkg, to=sync.site_info(dbs["district"]).site_id)
    for db in dbs.values():
        db.close()
    return tmp / "district.sqlite3", pkg, rows, res.entries


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{t}"').fetchone()[0] for t in tables
                if not t.startswith("sqlite_")}
    finally:
        conn.close()


def _raw_executemany(written: Path, before: dict[str, int], work: Path) -> tuple[float, int]:
    """Write the rows the import wrote (every table) with plain sqlite3
    executemany into the same schema (tables and indexes, no triggers), in
    one transaction, WAL and synchronous=FULL like the program."""
    src = sqlite3.connect(written)
    after = _counts(written)
    schema = [r[0] for r in src.execute("SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') "
                                        "AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC")]
    data = {}
    for table, last in after.items():
        if last > before.get(table, 0):
            data[table] = src.execute(f'SELECT * FROM "{table}" WHERE rowid > ?', (before.get(table, 0),)).fetchall()
    src.close()
    times = []
    for i in range(3):
        path = work / f"raw{i}.sqlite3"
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        for sql in schema:
            conn.execute(sql)
        t = time.perf_counter()
        conn.execute("BEGIN")
        for table, rows in data.items():
            conn.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(rows[0]))})', rows)
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t)
        conn.close()
    return median(times), sum(len(r) for r in data.values())


def fig_sync(cfg) -> None:
    from app.services import sync
    from app.store.db import open_database

    work = Path(tempfile.mkdtemp(prefix="demilge-sync-"))
    try:
        template, pkg, rows, entries = _village(work, cfg["village_competitions"])
        before = _counts(template)
        first, again = [], []
        for i in range(cfg["runs"]):
            target = work / f"district{i}.sqlite3"
            shutil.copy2(template, target)
            db = open_database(target, lock=False, migrate=False)
            t = time.perf_counter()
            sync.import_package(db, pkg)
            first.append(time.perf_counter() - t)
            t = time.perf_counter()
            sync.import_package(db, pkg)
            again.append(time.perf_counter() - t)
            db.close()
        raw, written = _raw_executemany(work / "district0.sqlite3", before, work)
        t_first, t_again = median(first), median(again)
        share = raw / t_first
        line("sync-import", share, ">=0.30", share >= 0.30,
             f"import {t_first:.2f} s for {rows:,} rows / {entries:,} change entries = {entries / t_first:,.0f} "
             f"entries/s; raw executemany of the {written:,} rows it wrote {raw:.3f} s")
        line("sync-reimport", t_first / t_again, ">=20", t_first / t_again >= 20,
             f"re-import {t_again:.3f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def fig_report(cfg, db_path: Path, year: int) -> None:
    runs = cfg["runs"]
    work = Path(tempfile.mkdtemp(prefix="demilge-report-"))
    try:
        cells = work / "cells.pickle"
        info = child("report-cells", db_path, year, cells)
        prog = [child("report", db_path, year) for _ in range(runs)]
        raw = [child("report-raw", cells) for _ in range(runs)]
        t_prog, t_raw = median([r["time"] for r in prog]), median([r["time"] for r in raw])
        line("report-pdf", t_prog / t_raw, "1.5", t_prog / t_raw <= 1.5,
             f"council summary {year}: {t_prog:.2f} s, {prog[0]['pages']} pages; raw reportlab {t_raw:.2f} s, "
             f"{raw[0]['pages']} pages; {info['rows']:,} table rows")
        m_prog = child("report", db_path, year, "--memory")["peak"]
        m_raw = child("report-raw", cells, "--memory")["peak"]
        line("report-memory", m_prog / m_raw, "1.5", m_prog / m_raw <= 1.5,
             f"peak growth {m_prog / 1e6:.0f} MB vs raw reportlab {m_raw / 1e6:.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1/50 of the size, a few minutes")
    parser.add_argument("--only", default="", help="comma-separated: start,lists,sync,report,pg")
    ns = parser.parse_args(argv)
    cfg = QUICK if ns.quick else FULL
    only = set(filter(None, ns.only.split(",")))
    want = lambda name: not only or name in only  # noqa: E731
    t = time.perf_counter()
    small = district(*cfg["size"]) if want("start") or want("lists") or want("report") else None
    big = district(*cfg["big"]) if want("lists") else None
    print(f"# {'quick' if ns.quick else 'full'} run: 1x = {cfg['size'][0]} municipalities x {cfg['size'][1]} years, "
          f"10x = {cfg['big'][0]} x {cfg['big'][1]}; medians of {cfg['runs']}", flush=True)
    if want("start"):
        fig_start(cfg, small)
    if want("lists"):
        fig_lists(cfg, small, big)
    if want("sync"):
        fig_sync(cfg)
    if want("report"):
        fig_report(cfg, small, 2016 + cfg["size"][1] - 1)
    if want("pg") and (HERE / "pg_import.py").exists():
        # PostgreSQL's import figures (bench/pg_import.py, issue 21), when a server is configured
        args = [sys.executable, str(HERE / "pg_import.py")] + (["--quick"] if ns.quick else [])
        proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
        print(proc.stdout.rstrip() or f"# pg_import: {proc.stderr.strip().splitlines()[-1:]}", flush=True)
    print(f"# done in {time.perf_counter() - t:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
