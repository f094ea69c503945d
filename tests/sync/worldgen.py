"""Random rows and edits for every synced table, read from the models.

Nothing here names a table: a table added to the models is inserted into,
edited and deleted by the sync property test as soon as it exists. Columns
that would make two offices' valid edits collide by design (unique keys,
checks over two columns) are not edited at random: sync refuses such a
collision and lists it for a person (tests in test_sync_trust.py), which is
by design not convergence.
"""
from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import Boolean, CheckConstraint, Date, Enum, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.exc import IntegrityError

from app.store.base import Base, DecimalText, UTCDateTime, utcnow
from app.store.changelog import PROTOCOL_CHILD_TABLES
from app.sync.canonical import synced_tables

STAMPS = {"id", "created_at", "updated_at", "site_id"}
PROTOCOL = {"meeting", *PROTOCOL_CHILD_TABLES}
LETTERS = "абвгдеёжзийклмнңоөпрстуүфхцчшщыэюяABCxyz "
# values a CHECK wants in a shape a random value would not have (by column name)
HINTS = {
    "period": lambda r: f"{r.randint(2020, 2030)}H{r.randint(1, 2)}",
}
NEVER_EDITED = {("meeting", "status")}  # closing is its own step (it seals the protocol)


def model_of(table: str):
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:
            return mapper.class_
    raise KeyError(table)


@lru_cache(maxsize=None)
def unique_sets(table: str) -> tuple[tuple[str, ...], ...]:
    t = Base.metadata.tables[table]
    sets = [tuple(c.key for c in x.columns) for x in t.constraints if isinstance(x, UniqueConstraint)]
    sets += [tuple(c.key for c in i.columns) for i in t.indexes if i.unique]
    sets += [(c.key,) for c in t.columns if c.unique]
    return tuple(sets)


@lru_cache(maxsize=None)
def multi_checked(table: str) -> frozenset[str]:
    """Columns that a CHECK ties to another column of the row."""
    t = Base.metadata.tables[table]
    names = set(t.c.keys())
    out = set()
    for x in t.constraints:
        if isinstance(x, CheckConstraint):
            used = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", str(x.sqltext))) & names
            if len(used) >= 2:
                out |= used
    return frozenset(out)


@lru_cache(maxsize=None)
def editable(table: str) -> tuple[str, ...]:
    t = Base.metadata.tables[table]
    in_unique = {c for s in unique_sets(table) for c in s}
    out = []
    for c in t.columns:
        if c.key in STAMPS or c.key == "deleted_at" or c.key in in_unique or c.key in multi_checked(table):
            continue
        if (table, c.key) in NEVER_EDITED:
            continue
        if c.foreign_keys and table in PROTOCOL:
            continue
        out.append(c.key)
    return tuple(out)


def tables() -> list[str]:
    return synced_tables()


def _text(rng: random.Random, length: int | None, fresh: bool) -> str:
    word = "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 10))).strip() or "x"
    if fresh:
        word = f"{word}-{rng.getrandbits(48):x}"
    return word[:length] if length else word


def value_for(column, rng: random.Random, fresh: bool = False):
    if column.key in HINTS:
        return HINTS[column.key](rng)
    t = column.type
    if isinstance(t, Boolean):
        return rng.random() < 0.5
    if isinstance(t, Integer):
        return rng.randint(1, 10**9) if fresh else rng.randint(1, 1000)
    if isinstance(t, UTCDateTime):
        return datetime(2018, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randint(0, 10**8))
    if isinstance(t, Date):
        return date(2018, 1, 1) + timedelta(days=rng.randint(0, 3000))
    if isinstance(t, DecimalText):
        return Decimal(rng.randint(0, 100000)) / 100
    if isinstance(t, Enum):
        return rng.choice(list(t.enum_class)) if t.enum_class is not None else rng.choice(t.enums)
    if isinstance(t, (String, Text)):
        return _text(rng, getattr(t, "length", None), fresh)
    raise TypeError(f"no random value for {column}")


def live_ids(s, table: str) -> list[str]:
    t = Base.metadata.tables[table]
    return list(s.scalars(select(t.c.id).where(t.c.deleted_at.is_(None)).order_by(t.c.id)))


def insert_row(s, table: str, rng: random.Random, depth: int = 0) -> str | None:
    """A new row with random values; its references point at rows that are
    here (made first when there is none). Unique keys get fresh values (or a
    fresh parent), so two offices never make colliding rows."""
    if depth > 6:
        return None
    t = Base.metadata.tables[table]
    fresh_parent = set()
    for cols in unique_sets(table):
        if all(t.c[c].foreign_keys for c in cols):
            fresh_parent.add(cols[-1])
    in_unique = {c for cols in unique_sets(table) for c in cols}
    values = {}
    for c in t.columns:
        if c.key in STAMPS or c.key == "deleted_at":
            continue
        if c.foreign_keys:
            target = next(iter(c.foreign_keys)).column.table.name
            if c.nullable and rng.random() < 0.3:
                continue
            ids = [] if c.key in fresh_parent else live_ids(s, target)
            if ids:
                values[c.key] = rng.choice(ids)
            else:
                parent = insert_row(s, target, rng, depth + 1)
                if parent is None:
                    return None
                values[c.key] = parent
            continue
        if c.default is not None and getattr(c.default, "is_scalar", False) and c.key not in in_unique:
            continue  # the model's default, as the program would store it
        if c.nullable and c.key not in in_unique and rng.random() < 0.4:
            continue
        values[c.key] = value_for(c, rng, fresh=c.key in in_unique)
    if table == "meeting":
        values.pop("status", None)
    obj = model_of(table)(**values)
    try:
        with s.begin_nested():
            s.add(obj)
            s.flush()
    except IntegrityError:
        return None
    return obj.id


def edit_row(s, table: str, row_id: str, rng: random.Random) -> bool:
    cols = editable(table)
    if not cols:
        return False
    t = Base.metadata.tables[table]
    key = rng.choice(cols)
    column = t.c[key]
    obj = s.get(model_of(table), row_id)
    if obj is None:
        return False
    if column.foreign_keys:
        ids = live_ids(s, next(iter(column.foreign_keys)).column.table.name)
        value = rng.choice(ids) if ids else None
        if value is None and not column.nullable:
            return False
    elif column.nullable and rng.random() < 0.15:
        value = None
    else:
        value = value_for(column, rng)
    setattr(obj, key, value)
    return True


def delete_row(s, table: str, row_id: str) -> bool:
    obj = s.get(model_of(table), row_id)
    if obj is None or obj.deleted_at is not None:
        return False
    obj.deleted_at = utcnow()
    return True
