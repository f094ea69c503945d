"""Checks and upkeep of the database file."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app import i18n
from app.store import audit
from app.store import db as store_db

i18n.register({
    "check.ok": {
        "ky": "Текшерүү ийгиликтүү: маалымат базасы бүтүн ({path}).",
        "ru": "Проверка пройдена: база данных цела ({path}).",
        "en": "Check passed: the database is intact ({path}).",
    },
    "check.integrity": {
        "ky": "Маалымат базасы бузулган: {detail}",
        "ru": "База данных повреждена: {detail}",
        "en": "The database is damaged: {detail}",
    },
    "check.foreign_keys": {
        "ky": "Шилтемелер бузулган: {table} таблицасында {count} жазуу.",
        "ru": "Нарушены ссылки: {count} записей в таблице {table}.",
        "en": "Broken references: {count} rows in table {table}.",
    },
    "check.schema": {
        "ky": "Схеманын версиясы {current}, күтүлгөнү {head}.",
        "ru": "Версия схемы {current}, ожидается {head}.",
        "en": "Schema version is {current}, expected {head}.",
    },
    "check.audit": {
        "ky": "Аудит чынжыры №{seq} жазуусунда үзүлгөн ({reason}).",
        "ru": "Цепочка аудита нарушена на записи №{seq} ({reason}).",
        "en": "The audit chain is broken at entry #{seq} ({reason}).",
    },
    "check.missing": {
        "ky": "Файл табылган жок: {path}",
        "ru": "Файл не найден: {path}",
        "en": "File not found: {path}",
    },
})


@dataclass
class CheckResult:
    path: Path
    problems: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def messages(self, lang: str | None = None) -> list[str]:
        if self.ok:
            return [i18n.t("check.ok", lang, path=str(self.path))]
        return [i18n.t(key, lang, **params) for key, params in self.problems]


def check_database(path: Path | str) -> CheckResult:
    """Integrity, foreign keys, schema version and the audit chain; read-only."""
    path = Path(path)
    result = CheckResult(path)
    if not path.exists():
        result.problems.append(("check.missing", {"path": str(path)}))
        return result
    current = store_db.current_revision(path)
    head = store_db.head_revision()
    if current != head:
        result.problems.append(("check.schema", {"current": current or "-", "head": head}))
    conn = sqlite3.connect(store_db.sqlite_uri(path, mode="ro"), uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            result.problems.append(("check.integrity", {"detail": "; ".join(rows[:5])}))
        counts: dict[str, int] = {}
        for table, *_ in conn.execute("PRAGMA foreign_key_check"):
            counts[table] = counts.get(table, 0) + 1
        for table, count in sorted(counts.items()):
            result.problems.append(("check.foreign_keys", {"table": table, "count": count}))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "audit_entry" in tables:
            chain = audit.verify_chain(conn)
            if not chain.ok:
                result.problems.append(("check.audit", {"seq": chain.first_broken_seq, "reason": chain.reason}))
    finally:
        conn.close()
    return result
