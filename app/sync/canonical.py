"""A canonical dump of all synced data: equal dumps mean equal databases."""
from __future__ import annotations

import hashlib
import json

from app.store.base import Base, Synced


def synced_tables() -> list[str]:
    names = set()
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced):
            names.add(cls.__table__.name)
    return sorted(names)


def canonical_dump(conn) -> str:
    """conn: a DB-API connection (sqlite3): stored values as they are; or a SQLAlchemy
    Connection or Session (either backend): each value as the program reads it, in
    its JSON form, so equal data gives equal dumps on SQLite and PostgreSQL."""
    if hasattr(conn, "get_bind") or hasattr(conn, "dialect"):
        return _typed_dump(conn)
    out = []
    for table in synced_tables():
        cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY id')
        cols = [d[0] for d in cur.description]
        for row in cur.fetchall():
            out.append(json.dumps([table, dict(zip(cols, row))], ensure_ascii=False, sort_keys=True, default=str))
    return "\n".join(out)


def dump_hash(conn) -> str:
    return hashlib.sha256(canonical_dump(conn).encode("utf-8")).hexdigest()


def _typed_dump(conn) -> str:
    from sqlalchemy import select

    from app.store.audit import to_json_value

    tables = Base.metadata.tables
    out = []
    for name in synced_tables():
        table = tables[name]
        for row in conn.execute(select(table).order_by(table.c.id)).mappings():
            values = {k: to_json_value(v) for k, v in row.items()}
            out.append(json.dumps([name, values], ensure_ascii=False, sort_keys=True, default=str))
    return "\n".join(out)
