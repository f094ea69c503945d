"""A district database, fast: rows written with sqlite3 executemany straight
into the schema Alembic made (no ORM, no session hooks).

    generate(path, municipalities=50, years=10)

Per municipality and year: 10 competitions, 100 applications (10 each),
40 projects (4 winners each), 400 events (10 per project) and 4 000
participant counts (10 per event, every part within its whole). 50 x 10
gives about 5 000 competitions, 50 000 applications, 200 000 events and
2 million counts. Ids are UUID-shaped and ascending, so the B-trees grow
at their ends.

The rows are what the program itself would accept (valid codes, dates,
amounts, counts that add up); `audit=True` also records them in the audit
trail as a baseline (what migrations do for rows written without the
program), so `demilge check` passes: tests/test_bench_data.py checks a
small copy that way. The benchmark databases skip the trail (it would be
several times the data).
"""
from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import date, datetime, timezone
from enum import Enum
from pathlib import Path

COMPETITIONS = 10      # per municipality and year
APPLICATIONS = 10      # per competition
WINNERS = 4            # per competition: projects
EVENTS = 10            # per project
START_YEAR = 2016

VILLAGES = ("Ак-Суу", "Кара-Булак", "Көк-Жар", "Сары-Өзөн", "Жаңы-Жол", "Үч-Коргон", "Чоң-Таш", "Ноокат")
NAMES = ("Асанова Айгүл", "Бекмурзаев Нурлан", "Токтосунова Гүлзат", "Жээнбеков Өмүр", "Сыдыкова Мээрим",
         "Кадыров Азамат", "Абдыкеримова Чолпон", "Эсенгулов Түгөлбай")
TOPICS = ("Балдар аянтчасы", "Суу түтүгү", "Спорт зал", "Китепкана", "Көчө жарыгы", "Мектеп ашканасы",
          "Бейтап балдар үчүн борбор", "Жаштар борбору", "Көпүрө оңдоо", "Бак-дарак отургузуу")
EVENT_KINDS = ("sport", "performance", "training", "clean_up", "other")


class Ids:
    """UUID-shaped ids, ascending."""

    def __init__(self, prefix: int):
        self.n = prefix << 64

    def __call__(self) -> str:
        self.n += 1
        return str(uuid.UUID(int=self.n))


def _columns(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _stored(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


class Writer:
    """executemany per table, with the model's scalar defaults filled in."""

    def __init__(self, conn):
        from app.store.audit import synced_tables

        self.conn = conn
        self.tables = synced_tables()
        self.pending: dict[str, list[dict]] = {}
        self.now = _stored(datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc))
        self.sql: dict[str, tuple[str, list[str], dict]] = {}
        self.count = 0

    def _prepare(self, table: str):
        if table not in self.sql:
            t = self.tables[table]
            names = _columns(self.conn, table)
            defaults = {}
            for c in t.columns:
                d = c.default
                if d is not None and d.is_scalar:
                    defaults[c.name] = _stored(d.arg)
            defaults.update(created_at=self.now, updated_at=self.now)
            sql = f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})'
            self.sql[table] = (sql, names, defaults)
        return self.sql[table]

    def add(self, table: str, **values) -> None:
        self.pending.setdefault(table, []).append(values)

    def flush(self) -> None:
        for table, rows in self.pending.items():
            sql, names, defaults = self._prepare(table)
            self.conn.executemany(sql, [tuple(r[n] if n in r else defaults.get(n) for n in names) for r in rows])
            self.count += len(rows)
        self.pending.clear()


def _cells(rng, cat) -> list[tuple[str, int]]:
    men, women = rng.randint(5, 60), rng.randint(5, 60)
    children = rng.randint(10, 90)
    boys = rng.randint(0, children)
    girls = rng.randint(0, children - boys)
    return [(cat("men"), men), (cat("women"), women), (cat("children"), children),
            (cat("fathers"), rng.randint(0, men)), (cat("mothers"), rng.randint(0, women)),
            (cat("boys"), boys), (cat("girls"), girls),
            (cat("children_disabilities"), rng.randint(0, children // 5)),
            (cat("migrant_children"), rng.randint(0, children // 4)),
            (cat("elderly"), rng.randint(0, 20))]


def generate(path: Path | str, municipalities: int = 50, years: int = 10, *, audit: bool = False,
             events_per_project: int = EVENTS, seed: int = 2026) -> dict[str, int]:
    """Create the database at `path` (Alembic head) and fill it; returns row
    counts per table."""
    from app.domain.participants import builtin_category_id as cat
    from app.store.db import open_database

    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_database(path, lock=False).close()    # the schema, by Alembic

    rng = random.Random(seed)
    new_id = Ids(0x5EED)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=OFF" if not audit else "PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    w = Writer(conn)
    counts: dict[str, int] = {}

    def add(table, **values):
        counts[table] = counts.get(table, 0) + 1
        w.add(table, **values)

    conn.execute("BEGIN")
    for m in range(municipalities):
        mun = new_id()
        add("municipality", id=mun, name=f"Айыл аймагы №{m + 1}", kind="ayil_aimak", district="Ноокат району",
            region="Ош облусу", population=rng.randint(3000, 30000))
        for y in range(START_YEAR, START_YEAR + years):
            for c in range(COMPETITIONS):
                comp = new_id()
                allocation = rng.randint(200, 2000) * 1000 * 100
                add("competition", id=comp, municipality_id=mun, kind="jd" if c % 2 == 0 else "msz", year=y,
                    title=f"{TOPICS[c]} — {y} ({m + 1}-{c + 1})", total_allocation_tyiyn=allocation,
                    max_grant_tyiyn=allocation // 4, announced_on=date(y, 3, 1), deadline_on=date(y, 4, 1),
                    decision_on=date(y, 4, 20), status="completed")
                for a in range(APPLICATIONS):
                    who = new_id()
                    village = VILLAGES[rng.randrange(len(VILLAGES))]
                    add("applicant", id=who, kind="person", name=f"{NAMES[rng.randrange(len(NAMES))]} {m}-{y}-{c}-{a}",
                        village=village)
                    app_id = new_id()
                    requested = rng.randint(10, allocation // 4 // 100) * 100
                    winner = a < WINNERS
                    title = f"{TOPICS[(c + a) % len(TOPICS)]}: {village} {a + 1}"
                    add("application", id=app_id, competition_id=comp, applicant_id=who, reg_seq=a + 1,
                        reg_number=f"{c + 1}-{y}/{a + 1:03d}", received_on=date(y, 3, 2 + a), title=title,
                        village=village, requested_tyiyn=requested, status="winner" if winner else "rejected")
                    if not winner:
                        continue
                    project = new_id()
                    add("project", id=project, competition_id=comp, application_id=app_id, title=title,
                        executor=f"{NAMES[a % len(NAMES)]}", awarded_tyiyn=requested, start_on=date(y, 5, 1),
                        end_on=date(y, 11, 30), status="completed")
                    for e in range(events_per_project):
                        event = new_id()
                        add("event", id=event, project_id=project, held_on=date(y, 5 + e % 6, 1 + (e * 3 + a) % 28),
                            place=village, kind=EVENT_KINDS[e % len(EVENT_KINDS)],
                            title=f"Иш-чара {e + 1}: {TOPICS[(c + e) % len(TOPICS)]}")
                        for category, count in _cells(rng, cat):
                            add("event_participants", id=new_id(), event_id=event, category_id=category, count=count)
            w.flush()
    w.flush()
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    if audit:
        from sqlalchemy import create_engine

        from app.store import witness
        from app.store.audit import record_baseline

        engine = create_engine(f"sqlite:///{path.as_posix()}")
        with engine.begin() as c:
            record_baseline(c, "bench-data")
            witness.advance(c)   # as the program signs the head after its own writes
        engine.dispose()
    return counts
