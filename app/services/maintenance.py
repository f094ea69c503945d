"""Checks and upkeep of the database file.

`check_database` (`demilge check`) is read-only and reports, naming the
record: a damaged file, broken references, a schema from another version,
an audit chain that is broken, cut short, rewritten or extended outside the
program (against its signed witness), a closed protocol whose document or
rows differ from its seal, and any synced row whose values are not what the
audit trail says they are (an edit made directly in the file)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app import i18n
from app.store import audit
from app.store import db as store_db

MAX_ROW_LINES = 50

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
        "ru": "Нарушены ссылки: {count} {count:plural|запись|записи|записей} в таблице {table}.",
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
    "check.head": {
        "ky": "Аудит чынжырынын башы: {head}",
        "ru": "Голова цепочки аудита: {head}",
        "en": "Head of the audit chain: {head}",
    },
    "check.protocol": {
        "ky": "№{number} протокол («{competition}», {id}): {what}",
        "ru": "Протокол № {number} («{competition}», {id}): {what}",
        "en": "Protocol No. {number} (“{competition}”, {id}): {what}",
    },
    "check.seal.snapshot": {
        "ky": "сакталган тексти {seal} мөөрүнө дал келбейт",
        "ru": "сохранённый текст не совпадает с печатью {seal}",
        "en": "its stored text does not match its seal {seal}",
    },
    "check.seal.live": {
        "ky": "маалымат базасындагы жазуулары {seal} мөөрүнө дал келбейт",
        "ru": "записи в базе данных не совпадают с печатью {seal}",
        "en": "its records in the database do not match its seal {seal}",
    },
    "check.seal.legacy": {
        "ky": "мурунку {legacy} мөөрү жазууларга дал келбейт",
        "ru": "прежняя печать {legacy} не совпадает с записями",
        "en": "its earlier seal {legacy} does not match the records",
    },
    "check.seal.unsealed": {
        "ky": "сакталган тексти жок жабылган",
        "ru": "закрыт без сохранённого текста",
        "en": "it was closed without its stored text",
    },
    "check.row_changed": {
        "ky": "{table} {id} ({label}): {field} талаасы {value}, аудит журналы боюнча {expected} болушу керек.",
        "ru": "{table} {id} ({label}): поле {field} = {value}, а по журналу аудита должно быть {expected}.",
        "en": "{table} {id} ({label}): field {field} is {value}, the audit trail says {expected}.",
    },
    "check.row_no_trail": {
        "ky": "{table} {id} ({label}): бул жазуу аудит журналында жок.",
        "ru": "{table} {id} ({label}): этой записи нет в журнале аудита.",
        "en": "{table} {id} ({label}): the audit trail does not know this row.",
    },
    "check.row_missing": {
        "ky": "{table} {id}: аудит журналы боюнча бул жазуу бар, бирок маалымат базасында жок.",
        "ru": "{table} {id}: по журналу аудита запись есть, но в базе её нет.",
        "en": "{table} {id}: the audit trail says this row exists, but it is gone.",
    },
    "check.rows_more": {
        "ky": "…жана аудит журналы түшүндүрбөгөн дагы {count} айырма.",
        "ru": "…и ещё {count} {count:plural|расхождение|расхождения|расхождений} с журналом аудита.",
        "en": "…and {count} more differences from the audit trail.",
    },
    "check.witness.none": {
        "ky": "Аудит журналы (акыркы жазуу №{head}) бул кеңсенин колу менен күбөлөндүрүлгөн эмес.",
        "ru": "Журнал аудита (последняя запись №{head}) не заверен подписью этого офиса.",
        "en": "The audit trail (last entry #{head}) carries no witness signed by this office.",
    },
    "check.witness.signature": {
        "ky": "Аудит журналынын күбөлөндүрүүсүнүн (№{seq}) колу туура эмес.",
        "ru": "Подпись заверения журнала аудита (№{seq}) неверна.",
        "en": "The signature of the audit trail's witness (#{seq}) is wrong.",
    },
    "check.witness.other_key": {
        "ky": "Аудит журналынын күбөлөндүрүүсү (№{seq}) башка ачкыч менен кол коюлган.",
        "ru": "Заверение журнала аудита (№{seq}) подписано чужим ключом.",
        "en": "The audit trail's witness (#{seq}) is signed with another key.",
    },
    "check.witness.broken": {
        "ky": "Аудит журналында күбөлөндүрүлгөн №{seq} ({hash}) жазуусу жок же өзгөргөн: журнал кыскартылган же кайра жазылган.",
        "ru": "В журнале аудита нет заверенной записи №{seq} ({hash}) или она изменена: журнал укорочен или переписан.",
        "en": "The audit trail no longer holds the witnessed entry #{seq} ({hash}): it was cut short or rewritten.",
    },
    "check.witness.beyond": {
        "ky": "Аудит журналында күбөлөндүрүлгөн №{seq} жазуусунан кийин {count} жазуу бар: аларды программа жазган эмес.",
        "ru": "В журнале аудита {count} {count:plural|запись|записи|записей} после заверенной №{seq}: их записала не программа.",
        "en": "The audit trail has {count} entries after the witnessed #{seq}: the program did not write them.",
    },
    "check.paper_witness": {
        "ky": "Аудит журналында басылып чыккан №{seq} {hash} жазуусу жок: журнал кыскартылган же кайра жазылган.",
        "ru": "В журнале аудита нет записи №{seq} {hash}, напечатанной в отчёте: журнал укорочен или переписан.",
        "en": "The audit trail does not hold the printed entry #{seq} {hash}: it was cut short or rewritten.",
    },
    "check.bad_witness": {
        "ky": "--witness туура эмес: {value} (НОМЕР:ХЭШ керек, мисалы 1234:ab12cd34ef56).",
        "ru": "Неверный --witness: {value} (нужно НОМЕР:ХЭШ, например 1234:ab12cd34ef56).",
        "en": "Bad --witness: {value} (expected NUMBER:HASH, e.g. 1234:ab12cd34ef56).",
    },
})


@dataclass
class CheckResult:
    path: Path
    problems: list[tuple[str, dict]] = field(default_factory=list)
    head: tuple[int, str] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def messages(self, lang: str | None = None) -> list[str]:
        if self.ok:
            out = [i18n.t("check.ok", lang, path=str(self.path))]
            if self.head is not None:
                out.append(i18n.t("check.head", lang, head=audit.short_head(self.head)))
            return out
        return [_protocol_line(params, lang) if key == "check.protocol" else i18n.t(key, lang, **params)
                for key, params in self.problems]


def _protocol_line(params: dict, lang: str | None) -> str:
    what = "; ".join(i18n.t("check.seal." + p, lang, seal=params["seal"][:16], legacy=(params["legacy"] or "")[:16])
                     for p in params["problems"])
    return i18n.t("check.protocol", lang, number=params["number"], competition=params["competition"],
                  id=params["id"], what=what)


def parse_witness(value: str) -> tuple[int, str]:
    """A head as printed in a report footer ("#1234 ab12cd34ef56" or "1234:ab12…")."""
    from app.services.errors import ServiceError

    text = (value or "").strip().lstrip("#").replace(" ", ":")
    seq, _, digest = text.partition(":")
    try:
        n = int(seq)
        int(digest, 16)
    except ValueError:
        raise ServiceError("check.bad_witness", value=value) from None
    if n < 0 or len(digest) < 6:
        raise ServiceError("check.bad_witness", value=value)
    return n, digest.lower()


def check_database(path: Path | str, witnesses: list[tuple[int, str]] = ()) -> CheckResult:
    """Integrity, foreign keys, schema version, the audit chain and its
    witnesses (the signed one kept in the file and any `witnesses` taken
    from paper), protocol seals, and every synced row against the audit
    trail; read-only. `path` may be a server database's URL (or the path of an
    open one, `Database.path`): the same checks with PostgreSQL's own means."""
    if store_db.is_url(path) or Path(path) in store_db.SERVER_URLS:
        return _check_server(store_db.SERVER_URLS.get(Path(path)) if not store_db.is_url(path) else path,
                             witnesses)
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
    if current == head and rows == ["ok"]:
        from sqlalchemy import create_engine

        # read-only, by a file: URI that keeps '#', '?' and '%' in folder names part of the path
        uri = store_db.sqlite_uri(path, mode="ro")
        _check_contents(create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True)),
                        result, witnesses)
    return result


def _check_server(url, witnesses) -> CheckResult:
    """The same checks on PostgreSQL: the server keeps its pages whole, so "integrity"
    is what a person with the database's password could switch off or leave half
    done (a disabled or dropped protection trigger, a constraint not validated),
    and the foreign keys are counted row by row (they are not enforced while
    triggers are disabled or replication mode is on)."""
    from sqlalchemy import inspect, text

    url = store_db.server_url(url)
    label = url.render_as_string(hide_password=True)
    result = CheckResult(label)
    engine = store_db.make_engine(url).execution_options(postgresql_readonly=True)
    try:
        try:
            current = store_db.server_revision(engine)
        except store_db.DatabaseError:
            current = None
        head = store_db.head_revision()
        if current != head:
            result.problems.append(("check.schema", {"current": current or "-", "head": head}))
        with engine.connect() as conn:
            rows = server_integrity(conn)
            if rows:
                result.problems.append(("check.integrity", {"detail": "; ".join(rows[:5])}))
            tables = set(inspect(conn).get_table_names())
            counts: dict[str, int] = {}
            for table, n in conn.execute(text(_orphans_sql(tables))) if tables else ():
                if n:
                    counts[table] = counts.get(table, 0) + n
            for table, count in sorted(counts.items()):
                result.problems.append(("check.foreign_keys", {"table": table, "count": count}))
            if "audit_entry" in tables:
                chain = audit.verify_chain(conn.connection.driver_connection)
                if not chain.ok:
                    result.problems.append(("check.audit", {"seq": chain.first_broken_seq, "reason": chain.reason}))
            conn.rollback()
        if current == head and not rows:
            _check_contents(engine, result, witnesses)
    finally:
        engine.dispose()
    return result


def _orphans_sql(tables: set[str]) -> str:
    """One query counting, for every foreign key of the schema, the rows that refer to
    a row that does not exist (what PRAGMA foreign_key_check does on SQLite)."""
    from app.store.base import Base

    parts = []
    for table in Base.metadata.sorted_tables:
        if table.name not in tables:
            continue
        for fk in table.foreign_key_constraints:
            ref = fk.referred_table.name
            pairs = [(el.parent.name, el.column.name) for el in fk.elements]
            match = " AND ".join(f'p."{rc}" = c."{cc}"' for cc, rc in pairs)
            present = " AND ".join(f'c."{cc}" IS NOT NULL' for cc, _ in pairs)
            parts.append(f"SELECT '{table.name}' AS t, count(*) AS n FROM \"{table.name}\" c WHERE {present} "
                         f'AND NOT EXISTS (SELECT 1 FROM "{ref}" p WHERE {match})')
    return " UNION ALL ".join(parts) or "SELECT '' AS t, 0 AS n"


def server_integrity(conn) -> list[str]:
    """What is switched off or missing on a PostgreSQL database: protection triggers
    (those a fresh upgrade creates) disabled or dropped, constraints not validated."""
    from sqlalchemy import text

    out = []
    present = {(t, n): e for t, n, e in conn.execute(text(
        "SELECT c.relname, t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace ns ON ns.oid = c.relnamespace "
        "WHERE NOT t.tgisinternal AND ns.nspname = current_schema()"))}
    for table, name in store_db.PROTECTION_TRIGGERS:
        state = present.get((table, name))
        if state is None:
            out.append(f"trigger {name} on {table} is missing")
        elif state == "D":
            out.append(f"trigger {name} on {table} is disabled")
    for table, name in conn.execute(text(
            "SELECT c.relname, k.conname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
            "JOIN pg_namespace ns ON ns.oid = c.relnamespace "
            "WHERE NOT k.convalidated AND ns.nspname = current_schema() ORDER BY 1, 2")):
        out.append(f"constraint {name} on {table} is not validated")
    return out


def _check_contents(engine, result: CheckResult, witnesses) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from app.domain import enums as E
    from app.store import models as M
    from app.store import witness
    from app.store.protocol_doc import verify_sealed

    try:
        with Session(engine) as s:
            result.head = audit.audit_head(s)
            problem = witness.verify(s)
            if problem is not None:
                params = {"seq": problem.seq, "hash": (problem.hash or "")[:12], "head": problem.head_seq}
                if problem.kind == "beyond":
                    params["count"] = problem.head_seq - problem.seq
                result.problems.append(("check.witness." + problem.kind, params))
            for seq, digest in witnesses:
                if not witness.holds_paper_witness(s, seq, digest):
                    result.problems.append(("check.paper_witness", {"seq": seq, "hash": digest}))
            closed = s.execute(
                select(M.Meeting.id, M.Meeting.number, M.Competition.title)
                .join(M.Commission, M.Commission.id == M.Meeting.commission_id)
                .join(M.Competition, M.Competition.id == M.Commission.competition_id)
                .where(M.Meeting.status == E.MeetingStatus.CLOSED).order_by(M.Competition.title, M.Meeting.number)
            ).all()
            for meeting_id, number, title in closed:
                check = verify_sealed(s, meeting_id)
                if not check.ok:
                    result.problems.append(("check.protocol", {
                        "number": number, "competition": title, "id": meeting_id, "problems": check.problems,
                        "seal": check.seal, "legacy": check.legacy_hash}))
            found = audit.unexplained_rows(s)
            for p in found[:MAX_ROW_LINES]:
                label = _label(s, p.table, p.row_id)
                if p.kind == "changed":
                    result.problems.append(("check.row_changed", {
                        "table": p.table, "id": p.row_id, "label": label, "field": p.field,
                        "value": _show(p.value), "expected": _show(p.expected)}))
                elif p.kind == "no_trail":
                    result.problems.append(("check.row_no_trail", {"table": p.table, "id": p.row_id, "label": label}))
                else:
                    result.problems.append(("check.row_missing", {"table": p.table, "id": p.row_id}))
            if len(found) > MAX_ROW_LINES:
                result.problems.append(("check.rows_more", {"count": len(found) - MAX_ROW_LINES}))
    finally:
        engine.dispose()


LABEL_COLUMNS = ("reg_number", "full_name", "title", "name", "code", "number", "description", "step", "text")


PARENTS = (("application_id", "application"), ("project_id", "project"), ("member_id", "commission_member"),
           ("indicator_id", "indicator"), ("event_id", "event"), ("competition_id", "competition"),
           ("program_id", "development_program"))


def _label(s, table_name: str, row_id: str, depth: int = 0) -> str:
    """A few words that name a row for a person: its number, name or title,
    or its parent's."""
    table = audit.synced_tables()[table_name]
    from sqlalchemy import select

    cols = [table.c[c] for c in LABEL_COLUMNS if c in table.c]
    if cols:
        row = s.execute(select(*cols).where(table.c.id == row_id)).first()
        text = next((str(v) for v in row if v not in (None, "")), "") if row else ""
        if text:
            return text[:60]
    for ref, parent in PARENTS:
        if ref in table.c and depth < 1:
            value = s.execute(select(table.c[ref]).where(table.c.id == row_id)).scalar()
            if value:
                return _label(s, parent, value, depth + 1)
    return ""


def _show(value) -> str:
    import json

    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"
