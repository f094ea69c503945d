"""Command line: the same services as the GUI, for scripting, support and checks.

Every command takes `--db PATH` and exits non-zero with a one-line reason on
refusal.
"""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from app import __version__, i18n, paths
from app.services.errors import ServiceError
from app.store.db import DatabaseError

i18n.register({
    "cli.demo_done": {
        "ky": "Демо маалымат базасы түзүлдү: {path}",
        "ru": "Демонстрационная база создана: {path}",
        "en": "Demo database created: {path}",
    },
    "cli.report_done": {
        "ky": "Отчет сакталды: {path}",
        "ru": "Отчёт сохранён: {path}",
        "en": "Report saved: {path}",
    },
    "cli.bad_date": {
        "ky": "Күн туура эмес: {value} (күтүлгөн формат ЖЖЖЖ-АА-КК).",
        "ru": "Неверная дата: {value} (ожидается ГГГГ-ММ-ДД).",
        "en": "Bad date: {value} (expected YYYY-MM-DD).",
    },
    "cli.sync_site": {
        "ky": "Кеңсе: {name} ({site}); ачкычтын изи: {fingerprint}",
        "ru": "Офис: {name} ({site}); отпечаток ключа: {fingerprint}",
        "en": "Office: {name} ({site}); key fingerprint: {fingerprint}",
    },
    "cli.sync_exported": {
        "ky": "Пакет жазылды жана текшерилди: {path} ({entries} өзгөртүү)",
        "ru": "Пакет записан и проверен: {path} ({entries} изменений)",
        "en": "Package written and verified: {path} ({entries} changes)",
    },
    "cli.sync_imported": {
        "ky": "Колдонулду: {applied}; мурда бар: {already}; күтүүдө: {waiting}; карама-каршылыктар: {conflicts}",
        "ru": "Применено: {applied}; уже было: {already}; ожидает: {waiting}; конфликты: {conflicts}",
        "en": "Applied: {applied}; already had: {already}; waiting: {waiting}; conflicts: {conflicts}",
    },
    "cli.sync_peer": {
        "ky": "{name} ({site}) изи {fingerprint}; жетпеген өзгөртүүлөр: {missing}{flags}",
        "ru": "{name} ({site}) отпечаток {fingerprint}; не получено изменений: {missing}{flags}",
        "en": "{name} ({site}) fingerprint {fingerprint}; changes not yet received: {missing}{flags}",
    },
    "cli.sync_conflicts": {
        "ky": "Чечилбеген карама-каршылыктар: {count}",
        "ru": "Нерешённых конфликтов: {count}",
        "en": "Open conflicts: {count}",
    },
    "cli.sync_trusted": {
        "ky": "Ишенимдүү кеңсе кошулду: {name}; ачкычтын изи {fingerprint} — телефон аркылуу салыштырыңыз.",
        "ru": "Добавлен доверенный офис: {name}; отпечаток {fingerprint} — сверьте по телефону.",
        "en": "Trusted office added: {name}; fingerprint {fingerprint} — compare it by phone.",
    },
    "cli.done": {"ky": "Даяр.", "ru": "Готово.", "en": "Done."},
    "cli.empty": {
        "ky": "Эч нерсе жок.",
        "ru": "Ничего нет.",
        "en": "Nothing here.",
    },
})


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="database file (default: DEMILGE_DB or the user data folder)")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                   help="language of messages (ky, ru, en)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="demilge",
        description="Demilge: local-initiative (ЖД) and state social order (МСЗ) competitions. "
        "With no command the program window opens.",
    )
    parser.add_argument("--version", action="version", version=f"demilge {__version__}")
    parser.add_argument("--db", metavar="PATH", default=None, help="database file")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None, help="language (ky, ru, en)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="build the demo database from the real cases A, B and C")
    _add_db(p)
    p = sub.add_parser("check", help="integrity, foreign-key and schema checks")
    _add_db(p)
    for name, text in (("competitions", "list competitions with ids"),
                       ("meetings", "list commission meetings with ids"),
                       ("projects", "list projects with ids"),
                       ("programs", "list development programs with ids"),
                       ("resolutions", "list council resolutions with ids (overdue points counted)"),
                       ("hearings", "list public hearings with ids"),
                       ("needs", "list citizens' needs and proposals with ids")):
        p = sub.add_parser(name, help=text)
        _add_db(p)

    p = sub.add_parser("report", help="build a report (see --list)")
    _add_db(p)
    p.add_argument("name", nargs="?", help="report name")
    p.add_argument("--list", action="store_true", help="list report names")
    p.add_argument("--format", choices=("pdf", "xlsx"), default="pdf")
    p.add_argument("--out", metavar="FILE")
    for param in ("competition", "meeting", "project", "program", "hearing"):
        p.add_argument(f"--{param}", metavar="ID")
    p.add_argument("--year", metavar="YYYY", help="year (local-budget)")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--half", metavar="YYYYH1|YYYYH2")

    p = sub.add_parser("sync", help="exchange data with other offices by file")
    sync_sub = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    q = sync_sub.add_parser("init-site", help="name this office (a copied database becomes a new office)")
    _add_db(q)
    q.add_argument("--name", required=True)
    q = sync_sub.add_parser("key", help="write this office's public key file for pairing")
    _add_db(q)
    q.add_argument("--out", required=True, metavar="FILE")
    q = sync_sub.add_parser("trust", help="trust another office's key file")
    _add_db(q)
    q.add_argument("keyfile", metavar="KEYFILE")
    q = sync_sub.add_parser("revoke", help="stop trusting an office")
    _add_db(q)
    q.add_argument("site", metavar="SITE_ID")
    q = sync_sub.add_parser("export", help="write a package file")
    _add_db(q)
    target = q.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", metavar="SITE_ID", help="what this office has not yet received")
    target.add_argument("--all", action="store_true", help="everything, for any office")
    q.add_argument("--out", required=True, metavar="FILE")
    q = sync_sub.add_parser("import", help="apply a package file")
    _add_db(q)
    q.add_argument("file", metavar="FILE")
    q = sync_sub.add_parser("status", help="this office, trusted offices, open conflicts")
    _add_db(q)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    ns = build_parser().parse_args(argv)
    if not hasattr(ns, "db"):
        ns.db = None
    if not hasattr(ns, "lang"):
        ns.lang = None
    return ns


def _db_path(ns) -> Path:
    return Path(ns.db) if ns.db else paths.default_db_path()


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ServiceError("cli.bad_date", value=value) from None


def run(ns: argparse.Namespace) -> int:
    lang = ns.lang or os.environ.get("DEMILGE_LANG") or i18n.DEFAULT_LANGUAGE
    i18n.set_language(lang)
    try:
        return _dispatch(ns)
    except ServiceError as exc:
        message = exc.message()
        if "quarantine" in exc.params:
            message += " " + i18n.t("sync.quarantined", path=exc.params["quarantine"])
        return _fail(message)
    except DatabaseError as exc:
        return _fail(i18n.t("db." + exc.code, **exc.details))


def _open(ns):
    from app.store.db import open_database

    return open_database(_db_path(ns))


def _dispatch(ns) -> int:
    cmd = ns.command
    if cmd == "check":
        from app.services.maintenance import check_database

        result = check_database(_db_path(ns))
        for line in result.messages():
            print(line, file=sys.stdout if result.ok else sys.stderr)
        return 0 if result.ok else 1
    if cmd == "report" and getattr(ns, "list", False):
        from app.services.reporting import list_reports

        for spec in list_reports():
            print(f"{spec.name}\t{spec.title.get(i18n.language(), spec.title['en'])}")
        return 0
    if cmd == "report":
        return _report(ns)
    if cmd == "sync":
        return _sync(ns)

    db = _open(ns)
    try:
        if cmd == "demo":
            from app.services.demo import build_demo

            build_demo(db)
            print(i18n.t("cli.demo_done", path=str(db.path)))
            return 0
        if cmd in ("competitions", "meetings", "projects", "programs", "resolutions", "hearings", "needs"):
            from app.services.listing import id_listing

            rows = id_listing(db, cmd)
            if not rows:
                print(i18n.t("cli.empty"))
            for row_id, text in rows:
                print(f"{row_id}\t{text}")
            return 0
    finally:
        db.close()
    return _fail(f"unknown command {cmd}")


def _report(ns) -> int:
    from app.services.reporting import ReportParams, build_report

    if not ns.name:
        return _fail(i18n.t("report.unknown", name="-"))
    if not ns.out:
        return _fail(i18n.t("report.param_missing", name=ns.name, param="out"))
    params = ReportParams(
        lang=ns.lang or i18n.language(),
        competition=ns.competition, meeting=ns.meeting, project=ns.project, program=ns.program,
        date_from=_parse_date(ns.date_from), date_to=_parse_date(ns.date_to), half=ns.half,
        hearing=ns.hearing, year=ns.year,
    )
    db = _open(ns)
    try:
        out = build_report(db, ns.name, params, ns.format, Path(ns.out))
    finally:
        db.close()
    print(i18n.t("cli.report_done", path=str(out)))
    return 0


def _sync(ns) -> int:
    from app.services import sync

    db = _open(ns)
    try:
        action = ns.sync_command
        if action == "init-site":
            info = sync.init_site(db, ns.name)
            print(i18n.t("cli.sync_site", name=info.name, site=info.site_id, fingerprint=info.fingerprint))
        elif action == "key":
            print(sync.export_key(db, Path(ns.out)))
        elif action == "trust":
            peer = sync.trust(db, Path(ns.keyfile))
            print(i18n.t("cli.sync_trusted", name=peer.name, fingerprint=peer.fingerprint))
        elif action == "revoke":
            sync.revoke(db, ns.site)
            print(i18n.t("cli.done"))
        elif action == "export":
            res = sync.export_package(db, Path(ns.out), to=None if ns.all else ns.to)
            print(i18n.t("cli.sync_exported", path=str(res.path), entries=res.entries))
        elif action == "import":
            res = sync.import_package(db, Path(ns.file))
            if res.already_imported:
                print(i18n.t("sync.already_imported"))
            else:
                print(i18n.t("cli.sync_imported", applied=res.applied, already=res.already, waiting=res.waiting,
                             conflicts=res.conflicts))
        elif action == "status":
            info = sync.site_info(db)
            print(i18n.t("cli.sync_site", name=info.name, site=info.site_id, fingerprint=info.fingerprint))
            if info.needs_init:
                print(i18n.t("sync.needs_init"))
            for p in sync.peers(db):
                flags = (" [revoked]" if p.revoked else "") + (" [clock]" if p.clock_flagged else "")
                print(i18n.t("cli.sync_peer", name=p.name, site=p.site_id, fingerprint=p.fingerprint,
                             missing=p.not_received, flags=flags))
            print(i18n.t("cli.sync_conflicts", count=len(sync.list_conflicts(db))))
        return 0
    finally:
        db.close()
