"""Command line: the same services as the GUI, for scripting, support and checks.

Every command takes `--db PATH` (a file, or a server database's URL
postgresql+psycopg://…, also from DEMILGE_DB) and exits non-zero with a one-line reason on
refusal. On a database that has users, every command that opens it needs
`--user NAME` (the password from DEMILGE_PASSWORD, or asked on a terminal)
and is allowed what that user's role allows in the window: the services
check the same rights (app.services.auth). Read-only commands (check, the
lists, reports, sync key/status) run for any role, viewers included.
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
        "ru": "Пакет записан и проверен: {path} ({entries} {entries:plural|изменение|изменения|изменений})",
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
    "cli.sync_missing_files": {
        "ky": "{count} тиркеменин файлы бул жерде жок же бузулган; алар пакетке кирген жок.",
        "ru": "Файлов вложений нет здесь или они повреждены: {count}; в пакет они не вошли.",
        "en": "{count} attached files are missing or damaged here and were not put in the package.",
    },
    "cli.sync_witness": {
        "ky": "анын аудит чынжырынын акыркы пакеттеги башы: №{seq}, {hash}",
        "ru": "голова его журнала аудита по последнему пакету: №{seq}, {hash}",
        "en": "its audit trail head as of its last package: #{seq}, {hash}",
    },
    "cli.key_saved": {
        "ky": "Кол коюу ачкычы купуя сөз менен сакталды: {path}. Файлды жана купуя сөздү өзүнчө сактаңыз.",
        "ru": "Ключ подписи сохранён под парольной фразой: {path}. Храните файл и фразу раздельно.",
        "en": "The signing key was saved under a passphrase: {path}. Keep the file and the passphrase apart.",
    },
    "cli.key_imported": {
        "ky": "Кол коюу ачкычы бул компьютерге коюлду: {name}.",
        "ru": "Ключ подписи установлен на этот компьютер: {name}.",
        "en": "The signing key is on this computer now: {name}.",
    },
    "cli.passphrase_needed": {
        "ky": "Купуя сөздү DEMILGE_KEY_PASSPHRASE аркылуу бериңиз же терминалда териңиз.",
        "ru": "Задайте парольную фразу в DEMILGE_KEY_PASSPHRASE или введите её в терминале.",
        "en": "Give the passphrase in DEMILGE_KEY_PASSPHRASE or type it on a terminal.",
    },
    "cli.done": {"ky": "Даяр.", "ru": "Готово.", "en": "Done."},
    "cli.login_needed": {
        "ky": "Бул маалымат базасынын колдонуучулары бар: --user АТЫ менен кириңиз (сырсөз DEMILGE_PASSWORD ичинде "
              "же сураганда терилет).",
        "ru": "В этой базе есть пользователи: войдите с --user ИМЯ (пароль в DEMILGE_PASSWORD или вводится по запросу).",
        "en": "This database has users: log in with --user NAME (the password in DEMILGE_PASSWORD or typed when asked).",
    },
    "cli.password_needed": {
        "ky": "Сырсөз жок: DEMILGE_PASSWORD коюңуз же буйрукту терминалда иштетиңиз.",
        "ru": "Нет пароля: задайте DEMILGE_PASSWORD или запустите команду в терминале.",
        "en": "No password: set DEMILGE_PASSWORD or run the command in a terminal.",
    },
    "cli.new_password_needed": {
        "ky": "Жаңы колдонуучунун сырсөзү жок: DEMILGE_NEW_PASSWORD коюңуз же буйрукту терминалда иштетиңиз.",
        "ru": "Нет пароля нового пользователя: задайте DEMILGE_NEW_PASSWORD или запустите команду в терминале.",
        "en": "No password for the new user: set DEMILGE_NEW_PASSWORD or run the command in a terminal.",
    },
    "cli.password_prompt": {"ky": "{user} сырсөзү: ", "ru": "Пароль {user}: ", "en": "Password of {user}: "},
    "cli.new_password_prompt": {
        "ky": "{user} үчүн жаңы сырсөз (кеминде {n} белги): ",
        "ru": "Новый пароль для {user} (не короче {n} {n:plural|знака|знаков|знаков}): ",
        "en": "New password for {user} (at least {n} characters): ",
    },
    "cli.repeat_prompt": {"ky": "Кайра териңиз: ", "ru": "Повторите: ", "en": "Repeat it: "},
    "cli.passwords_differ": {
        "ky": "Эки сырсөз айырмаланат; колдонуучу кошулган жок.",
        "ru": "Пароли не совпадают; пользователь не добавлен.",
        "en": "The two passwords differ; no user was added.",
    },
    "cli.first_admin": {
        "ky": "Маалымат базасынын биринчи колдонуучусу — администратор: --role admin колдонуңуз.",
        "ru": "Первый пользователь базы — администратор: укажите --role admin.",
        "en": "The first user of a database is its administrator: use --role admin.",
    },
    "cli.user_added": {
        "ky": "Колдонуучу кошулду: {username} ({role}).",
        "ru": "Пользователь добавлен: {username} ({role}).",
        "en": "User added: {username} ({role}).",
    },
    "cli.active": {"ky": "активдүү", "ru": "активен", "en": "active"},
    "cli.disabled": {"ky": "өчүрүлгөн", "ru": "отключён", "en": "disabled"},
    "cli.empty": {
        "ky": "Эч нерсе жок.",
        "ru": "Ничего нет.",
        "en": "Nothing here.",
    },
})


ROLES = ("admin", "specialist", "secretary", "chair", "viewer")  # app.services.auth.Role


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="database file or server URL postgresql+psycopg://… "
                        "(default: DEMILGE_DB or the user data folder)")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                   help="language of messages (ky, ru, en)")
    p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                   help="log in as this user (password from DEMILGE_PASSWORD or asked)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="demilge",
        description="Demilge: local-initiative (ЖД) and state social order (МСЗ) competitions. "
        "With no command the program window opens.",
    )
    parser.add_argument("--version", action="version", version=f"demilge {__version__}")
    parser.add_argument("--db", metavar="PATH", default=None,
                        help="database file or server URL (postgresql+psycopg://…)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None, help="language (ky, ru, en)")
    parser.add_argument("--user", metavar="NAME", default=None,
                        help="log in as this user; needed once the database has users "
                             "(password from DEMILGE_PASSWORD or asked on a terminal)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="build the demo database from the real cases A, B and C")
    _add_db(p)
    p = sub.add_parser("check", help="integrity, schema, audit trail, protocol seals, rows against the audit trail")
    _add_db(p)
    p.add_argument("--witness", action="append", default=[], metavar="'#SEQ HASH'",
                   help="an audit head printed in a report footer, to check it is still in the trail")
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
    q.add_argument("--new-key", action="store_true",
                   help="register as a new office with a new key (the old key is lost or may be known to others)")
    q = sync_sub.add_parser("key-export", help="save this office's signing key under a passphrase (to move it)")
    _add_db(q)
    q.add_argument("--out", required=True, metavar="FILE")
    q = sync_sub.add_parser("key-import", help="put this office's signing key (from key-export) on this computer")
    _add_db(q)
    q.add_argument("file", metavar="FILE")
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

    p = sub.add_parser("user", help="user accounts")
    user_sub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = user_sub.add_parser("add", help="add a user (on a database without users: the first administrator); "
                                        "the password from DEMILGE_NEW_PASSWORD or asked twice")
    _add_db(q)
    q.add_argument("username", metavar="NAME")
    q.add_argument("--role", required=True, choices=ROLES)
    q.add_argument("--full-name", metavar="TEXT", help="the person's full name (default: NAME)")
    q = user_sub.add_parser("list", help="list the users and their roles")
    _add_db(q)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    ns = build_parser().parse_args(argv)
    if not hasattr(ns, "db"):
        ns.db = None
    if not hasattr(ns, "lang"):
        ns.lang = None
    if not hasattr(ns, "user"):
        ns.user = None
    return ns


def _db_path(ns) -> Path | str:
    """The file, or a server database's URL (--db or DEMILGE_DB; credentials from a
    libpq service file, ~/.pgpass or PGPASSWORD rather than the command line)."""
    return paths.db_target(ns.db)


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


def _secret(env: str, prompt: str, missing: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise ServiceError(missing)
    import getpass

    return getpass.getpass(prompt)


def _login(db, ns) -> None:
    """On a database with users, log in as --user (the same check as the
    window's login); every service then applies that user's role."""
    from app.services import users

    if not users.has_users(db):
        return  # no users yet: the single-user setup, as the window without login
    if not ns.user:
        raise ServiceError("cli.login_needed")
    password = _secret("DEMILGE_PASSWORD", i18n.t("cli.password_prompt", user=ns.user), "cli.password_needed")
    users.login(db, ns.user, password)


def _open(ns):
    from app.store.db import open_database

    db = open_database(_db_path(ns))
    try:
        _login(db, ns)
    except BaseException:
        db.close()
        raise
    return db


def _login_for_check(ns, path: Path) -> None:
    """`check` reads the file without changing it, but on a database with
    users it too needs a login (any role). A file that cannot be opened at
    this version is checked without one: check then reports only the schema
    or damage, not the data."""
    from app.store import db as store_db

    if store_db.is_url(path):
        engine = store_db.make_engine(path)
        try:
            current = store_db.server_revision(engine)
        except store_db.DatabaseError:
            current = None
        finally:
            engine.dispose()
        if current != store_db.head_revision():
            return
    elif not path.exists() or store_db.current_revision(path) != store_db.head_revision():
        return
    db = store_db.open_database(path, lock=False, migrate=False)
    try:
        _login(db, ns)
    finally:
        db.close()


def _dispatch(ns) -> int:
    cmd = ns.command
    if cmd == "check":
        from app.services.maintenance import check_database

        from app.services.maintenance import parse_witness

        witnesses = [parse_witness(w) for w in ns.witness]
        _login_for_check(ns, _db_path(ns))
        result = check_database(_db_path(ns), witnesses)
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
    if cmd == "user":
        return _user(ns)

    db = _open(ns)
    try:
        if cmd == "demo":
            from app.services.demo import build_demo

            build_demo(db)
            print(i18n.t("cli.demo_done", path=db.label))
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


def _passphrase(twice: bool) -> str:
    """The key file's passphrase: DEMILGE_KEY_PASSPHRASE, or asked on a terminal."""
    env = os.environ.get("DEMILGE_KEY_PASSPHRASE")
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise ServiceError("cli.passphrase_needed")
    import getpass

    first = getpass.getpass("Passphrase: ")
    if twice and getpass.getpass("Passphrase again: ") != first:
        raise ServiceError("sync.key_mismatch")
    return first


def _sync(ns) -> int:
    from app.services import sync

    db = _open(ns)
    try:
        action = ns.sync_command
        if action == "init-site":
            info = sync.init_site(db, ns.name, new_key=ns.new_key)
            print(i18n.t("cli.sync_site", name=info.name, site=info.site_id, fingerprint=info.fingerprint))
        elif action == "key-export":
            out = sync.export_signing_key(db, Path(ns.out), _passphrase(twice=True))
            print(i18n.t("cli.key_saved", path=str(out)))
        elif action == "key-import":
            info = sync.import_signing_key(db, Path(ns.file), _passphrase(twice=False))
            print(i18n.t("cli.key_imported", name=info.name))
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
            if res.missing_attachments:
                print(i18n.t("cli.sync_missing_files", count=res.missing_attachments), file=sys.stderr)
        elif action == "import":
            res = sync.import_package(db, Path(ns.file))
            if res.already_imported:
                print(i18n.t("sync.already_imported"))
            else:
                print(i18n.t("cli.sync_imported", applied=res.applied, already=res.already, waiting=res.waiting,
                             conflicts=res.conflicts))
            if res.set_aside:
                print(res.set_aside_text(), file=sys.stderr)
        elif action == "status":
            info = sync.site_info(db)
            print(i18n.t("cli.sync_site", name=info.name, site=info.site_id, fingerprint=info.fingerprint))
            if info.needs_init:
                print(i18n.t("sync.needs_init"))
            for p in sync.peers(db):
                flags = (" [revoked]" if p.revoked else "") + (" [clock]" if p.clock_flagged else "")
                print(i18n.t("cli.sync_peer", name=p.name, site=p.site_id, fingerprint=p.fingerprint,
                             missing=p.not_received, flags=flags))
                if p.audit_head:
                    print("  " + i18n.t("cli.sync_witness", seq=p.audit_head[0], hash=p.audit_head[1]))
            print(i18n.t("cli.sync_conflicts", count=len(sync.list_conflicts(db))))
        return 0
    finally:
        db.close()


def _user(ns) -> int:
    from app.services import users

    db = _open(ns)
    try:
        if ns.user_command == "list":
            for u in users.list_users(db):
                state = i18n.t("cli.active" if u.active else "cli.disabled")
                print(f"{u.username}\t{u.role}\t{u.full_name}\t{state}")
            return 0
        first = not users.has_users(db)
        if first and ns.role != "admin":
            raise ServiceError("cli.first_admin")
        password = os.environ.get("DEMILGE_NEW_PASSWORD")
        if password is None:
            prompt = i18n.t("cli.new_password_prompt", user=ns.username, n=users.MIN_PASSWORD)
            password = _secret("DEMILGE_NEW_PASSWORD", prompt, "cli.new_password_needed")
            if _secret("DEMILGE_NEW_PASSWORD", i18n.t("cli.repeat_prompt"), "cli.new_password_needed") != password:
                raise ServiceError("cli.passwords_differ")
        full_name = ns.full_name or ns.username
        if first:
            row = users.create_first_admin(db, ns.username, full_name, password)
        else:
            row = users.create_user(db, ns.username, full_name, ns.role, password)
        print(i18n.t("cli.user_added", username=row.username, role=row.role))
        return 0
    finally:
        db.close()
