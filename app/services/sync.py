"""Synchronisation by file between offices: one function per user action."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from app import i18n, paths
from app.domain.hlc import Stamp
from app.services.auth import Perm, require
from app.services.backup import backup_now
from app.services.errors import ServiceError
from app.store import audit
from app.store import db as store_db
from app.store.base import Base
from app.store.hooks import LOCAL_SITE_KEY
from app.store.models import Site
from app.store.sync_models import ChangeEntry, SyncConflict, SyncIdentity, SyncPackage, SyncPeer
from app.sync import identity
from app.sync.apply import Applier, check_history
from app.sync.package import PackageError, read_package, write_package
from app.sync.validate import attachment_tables

_log = logging.getLogger(__name__)

i18n.register({
    "sync.needs_init": {
        "ky": "Бул маалымат базасы башка компьютерден көчүрүлгөн. Алгач аны жаңы кеңсе катары каттаңыз (sync init-site).",
        "ru": "Эта база скопирована с другого компьютера. Сначала зарегистрируйте её как новый офис (sync init-site).",
        "en": "This database was copied from another computer. Register it as a new office first (sync init-site).",
    },
    "sync.site_name": {
        "ky": "Кеңсенин аталышын жазыңыз (200 белгиге чейин).",
        "ru": "Укажите название офиса (до 200 знаков).",
        "en": "Enter the office name (up to 200 characters).",
    },
    "sync.bad_keyfile": {
        "ky": "Ачкыч файлы окулбады же туура эмес: {path}",
        "ru": "Файл ключа не читается или неверен: {path}",
        "en": "The key file cannot be read or is wrong: {path}",
    },
    "sync.own_key": {
        "ky": "Бул өзүңүздүн кеңсеңиздин ачкычы.",
        "ru": "Это ключ вашего собственного офиса.",
        "en": "This is your own office's key.",
    },
    "sync.unknown_peer": {
        "ky": "Мындай кеңсе ишенимдүүлөрдүн тизмесинде жок: {site}",
        "ru": "Такого офиса нет в списке доверенных: {site}",
        "en": "No such office among the trusted ones: {site}",
    },
    "sync.key_changed": {
        "ky": "Бул кеңсенин ачкычы мурункусунан башка. Мурункусун алгач кайтарып алыңыз.",
        "ru": "Ключ этого офиса отличается от прежнего. Сначала отзовите прежний.",
        "en": "This office's key differs from the one trusted before. Revoke the old one first.",
    },
    "sync.already_imported": {
        "ky": "Бул пакет мурда эле алынган; эч нерсе өзгөргөн жок.",
        "ru": "Этот пакет уже был принят; ничего не изменилось.",
        "en": "This package was imported before; nothing changed.",
    },
    "sync.bad.unreadable": {
        "ky": "Пакет файлы окулбайт.", "ru": "Файл пакета не читается.", "en": "The package file cannot be read.",
    },
    "sync.bad.not_zip": {
        "ky": "Файл пакет эмес же бузулган.", "ru": "Файл не является пакетом или повреждён.",
        "en": "The file is not a package or is damaged.",
    },
    "sync.bad.too_large": {
        "ky": "Пакет өтө чоң.", "ru": "Пакет слишком большой.", "en": "The package is too large.",
    },
    "sync.bad.unsafe_path": {
        "ky": "Пакетте кооптуу файл жолу бар: {name}", "ru": "В пакете опасный путь файла: {name}",
        "en": "The package holds an unsafe file path: {name}",
    },
    "sync.bad.unexpected_member": {
        "ky": "Пакетте бөтөн файл бар: {name}", "ru": "В пакете посторонний файл: {name}",
        "en": "The package holds an unexpected file: {name}",
    },
    "sync.bad.missing_member": {
        "ky": "Пакеттин бир бөлүгү жок: {name}", "ru": "В пакете не хватает части: {name}",
        "en": "A part of the package is missing: {name}",
    },
    "sync.bad.bad_manifest": {
        "ky": "Пакеттин мазмуну туура эмес.", "ru": "Содержимое пакета неверно.",
        "en": "The package's contents are malformed.",
    },
    "sync.bad.unknown_sender": {
        "ky": "Пакетти белгисиз кеңсе жиберген: {site}. Алгач анын ачкычын ишенимдүүлөргө кошуңуз.",
        "ru": "Пакет от неизвестного офиса: {site}. Сначала добавьте его ключ в доверенные.",
        "en": "The package comes from an unknown office: {site}. Trust its key first.",
    },
    "sync.bad.revoked_sender": {
        "ky": "Бул кеңсенин ачкычы кайтарылып алынган: {site}.", "ru": "Ключ этого офиса отозван: {site}.",
        "en": "This office's key has been revoked: {site}.",
    },
    "sync.bad.bad_signature": {
        "ky": "Пакеттин колу туура эмес: файл өзгөртүлгөн.", "ru": "Подпись пакета неверна: файл изменён.",
        "en": "The package signature is wrong: the file was altered.",
    },
    "sync.bad.format": {
        "ky": "Пакеттин форматы белгисиз ({version}).", "ru": "Неизвестный формат пакета ({version}).",
        "en": "Unknown package format ({version}).",
    },
    "sync.bad.newer_schema": {
        "ky": "Пакетти программанын жаңыраак версиясы түзгөн ({revision}). Программаны жаңыртыңыз.",
        "ru": "Пакет создан более новой версией программы ({revision}). Обновите программу.",
        "en": "The package was made by a newer version of the program ({revision}). Update the program.",
    },
    "sync.bad.wrong_recipient": {
        "ky": "Бул пакет башка кеңсеге арналган.", "ru": "Этот пакет предназначен другому офису.",
        "en": "This package is addressed to another office.",
    },
    "sync.bad.own_package": {
        "ky": "Бул пакетти өзүңүздүн кеңсеңиз түзгөн.", "ru": "Этот пакет создан вашим же офисом.",
        "en": "This package was made by your own office.",
    },
    "sync.bad.hash_mismatch": {
        "ky": "Пакеттин бөлүгү өзгөртүлгөн: {name}", "ru": "Часть пакета изменена: {name}",
        "en": "A part of the package was altered: {name}",
    },
    "sync.bad.chain": {
        "ky": "Өзгөртүүлөрдүн чынжыры бузулган.", "ru": "Цепочка изменений нарушена.",
        "en": "The chain of changes is broken.",
    },
    "sync.quarantined": {
        "ky": "Файл карантинге жылдырылды: {path}", "ru": "Файл перемещён в карантин: {path}",
        "en": "The file was moved to quarantine: {path}",
    },
    "sync.conflict_not_found": {
        "ky": "Мындай карама-каршылык жок.", "ru": "Такого конфликта нет.", "en": "No such conflict.",
    },
    "sync.bad.unknown_table": {
        "ky": "Пакетте бул программа алмашпаган таблицага өзгөртүү бар: {table}. Эч нерсе өзгөргөн жок.",
        "ru": "В пакете изменение таблицы, которой программа не обменивается: {table}. Ничего не изменено.",
        "en": "The package holds a change to a table this program does not exchange: {table}. "
              "Nothing was changed.",
    },
    "sync.bad.unknown_field": {
        "ky": "Пакетте белгисиз талаага өзгөртүү бар: {table}.{column}. Эч нерсе өзгөргөн жок.",
        "ru": "В пакете изменение неизвестного поля: {table}.{column}. Ничего не изменено.",
        "en": "The package holds a change to an unknown field: {table}.{column}. Nothing was changed.",
    },
    "sync.bad.bad_value": {
        "ky": "Пакеттеги маани талаага туура келбейт: {table}.{column}. Эч нерсе өзгөргөн жок.",
        "ru": "Значение в пакете не подходит к полю: {table}.{column}. Ничего не изменено.",
        "en": "A value in the package does not fit its field: {table}.{column}. Nothing was changed.",
    },
    "sync.bad.forged_change": {
        "ky": "Пакетте «{site}» кеңсесинин атынан, бирок анын колу жок өзгөртүү бар. Эч нерсе өзгөргөн жок.",
        "ru": "В пакете изменение от имени офиса «{site}» без его подписи. Ничего не изменено.",
        "en": "The package holds a change in the name of office “{site}” that this office did not sign. "
              "Nothing was changed.",
    },
    "sync.bad.old_format": {
        "ky": "Пакетти программанын эски версиясы түзгөн (өзгөртүүлөр кол коюлган эмес). "
              "Ал кеңседе программаны жаңыртыңыз.",
        "ru": "Пакет создан старой версией программы (изменения без подписей). Обновите программу в том офисе.",
        "en": "The package was made by an older version of the program (changes without signatures). "
              "Update the program at that office.",
    },
    "sync.bad.cannot_apply": {
        "ky": "Пакетти колдонууга болбоду; эч нерсе өзгөргөн жок.",
        "ru": "Пакет не удалось применить; ничего не изменено.",
        "en": "The package could not be applied; nothing was changed.",
    },
    "sync.busy": {
        "ky": "Маалымат базасы бош эмес же дискте орун жок; эч нерсе өзгөргөн жок. Кайра аракет кылыңыз.",
        "ru": "База занята или на диске нет места; ничего не изменено. Попробуйте ещё раз.",
        "en": "The database is busy or the disk is full; nothing was changed. Try again.",
    },
    "sync.set_aside": {
        "ky": "Бул жерде ишенимдүү эмес кеңселердин {count} өзгөртүүсү четке коюлду: {offices}. "
              "Аларды алуу үчүн ошол кеңселердин ачкыч файлдарын ишенимдүүлөргө кошуңуз.",
        "ru": "Отложено {count} изменений офисов, которым здесь не доверяют: {offices}. "
              "Чтобы получить их, добавьте ключи этих офисов в доверенные.",
        "en": "{count} changes made by offices not trusted here were set aside: {offices}. "
              "Trust their key files to receive them.",
    },
    "sync.key_missing": {
        "ky": "Бул кеңсенин кол коюу ачкычы бул компьютерде жок. Аны импорттоңуз (Кол коюу ачкычын импорттоо) "
              "же бул маалымат базасын жаңы кеңсе катары каттаңыз.",
        "ru": "Ключа подписи этого офиса нет на этом компьютере. Импортируйте его (Импорт ключа подписи) "
              "или зарегистрируйте эту базу как новый офис.",
        "en": "This office's signing key is not on this computer. Import it (Import signing key) "
              "or register this database as a new office.",
    },
    "sync.key_short": {
        "ky": "Купуя сөз кеминде 8 белгиден турушу керек.",
        "ru": "Парольная фраза должна быть не короче 8 знаков.",
        "en": "The passphrase must have at least 8 characters.",
    },
    "sync.key_mismatch": {
        "ky": "Купуя сөздөр дал келбейт.",
        "ru": "Парольные фразы не совпадают.",
        "en": "The passphrases differ.",
    },
    "sync.key_wrong": {
        "ky": "Купуя сөз туура эмес же ачкыч файлы бузулган.",
        "ru": "Неверная парольная фраза или файл ключа повреждён.",
        "en": "Wrong passphrase, or the key file is damaged.",
    },
    "sync.key_other_office": {
        "ky": "Бул ачкыч башка кеңсеники: {site}.",
        "ru": "Этот ключ принадлежит другому офису: {site}.",
        "en": "This key belongs to another office: {site}.",
    },
    "sync.seal_of": {
        "ky": "{office} жапкан, {at}", "ru": "закрыт офисом {office}, {at}", "en": "closed at {office}, {at}",
    },
})


@dataclass(frozen=True)
class SiteInfo:
    site_id: str
    name: str
    fingerprint: str
    needs_init: bool
    key_missing: bool = False   # the signing key file is not on this computer


@dataclass(frozen=True)
class PeerInfo:
    site_id: str
    name: str
    fingerprint: str
    revoked: bool
    clock_flagged: bool
    not_received: int  # entries we have that this office has not confirmed
    # that office's audit-trail head as its last package here said (a witness
    # against a rewritten trail there): (seq, hash) or None
    audit_head: tuple[int, str] | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    entries: int
    recipient: str
    attachments: int = 0
    missing_attachments: int = 0   # files of attachment rows not found intact here


@dataclass(frozen=True)
class ImportResult:
    package_id: str
    sender: str
    applied: int
    already: int
    waiting: int
    conflicts: int
    already_imported: bool
    set_aside: int = 0
    set_aside_offices: tuple[str, ...] = ()   # names of the offices not trusted here

    def set_aside_text(self) -> str:
        if not self.set_aside:
            return ""
        return i18n.t("sync.set_aside", count=self.set_aside, offices=", ".join(self.set_aside_offices))


@dataclass(frozen=True)
class ConflictRow:
    id: int
    kind: str
    table_name: str
    row_id: str
    field: str | None
    kept_value: str | None
    other_value: str | None
    other_origin: str | None
    created_at: datetime
    resolved: bool
    record: str = ""   # how a person knows the record: its title, name or number
    kept_hlc: str | None = None
    other_hlc: str | None = None


_LABEL_COLUMNS = ("reg_number", "title", "name", "full_name", "outlet", "category", "code")


def _record_label(s, table_name: str, row_id: str) -> str:
    from app.store.base import Base

    table = Base.metadata.tables.get(table_name)
    if table is None:
        return ""
    cols = [c for c in _LABEL_COLUMNS if c in table.c]
    if not cols:
        return ""
    row = s.execute(select(*[table.c[c] for c in cols]).where(table.c.id == row_id)).first()
    if row is None:
        return ""
    return " ".join(str(v) for v in row if v)[:200]


def _identity(s) -> SyncIdentity:
    ident = identity.get_identity(s)
    if ident is None:
        raise ServiceError("sync.needs_init")
    return ident


def _site_name(s, site_id: str) -> str:
    site = s.get(Site, site_id)
    return site.name if site else site_id[:8]


def site_info(db) -> SiteInfo:
    with db.reader() as s:
        ident = _identity(s)
        return SiteInfo(ident.site_id, _site_name(s, ident.site_id), identity.key_fingerprint(ident.public_key),
                        ident.machine != identity.machine_fingerprint(db.path),
                        identity.load_private_key(ident.site_id, ident.public_key) is None)


def init_site(db, name: str, new_key: bool = False) -> SiteInfo:
    """Name this office. A database copied from another computer (or, with
    `new_key`, one whose key is lost or may be known to others) becomes a new
    office with a new id and key pair; the old office stays known by its
    public key (revoked here when re-keyed on purpose)."""
    require(db, Perm.SYNC)
    name = (name or "").strip()
    if not name or len(name) > 200 or any(ord(c) < 32 for c in name):
        raise ServiceError("sync.site_name", "name")
    with db.session() as s:
        ident = identity.get_identity(s)
        site = s.get(Site, ident.site_id) if ident else None
        copied = ident is not None and ident.machine != identity.machine_fingerprint(db.path)
        if ident is not None and (copied or new_key):
            # the old office becomes a peer known by its key; this one is new
            old = s.get(SyncPeer, ident.site_id)
            if old is None:
                old = SyncPeer(site_id=ident.site_id, name=site.name, public_key=ident.public_key)
                s.add(old)
            if new_key and not copied:
                old.revoked_at = datetime.now(timezone.utc)
            site.is_local = False
            s.delete(ident)
            s.flush()
            site = Site(name=name, is_local=True)
            s.add(site)
            s.flush()
            s.info.pop(LOCAL_SITE_KEY, None)
            identity.ensure_identity(s, db.path)
        else:
            site.name = name
        ident = identity.get_identity(s)
        db.info["signer"] = identity.signer_for(ident)
        result = SiteInfo(ident.site_id, name, identity.key_fingerprint(ident.public_key), False,
                          db.info["signer"] is None)
    return result


def export_signing_key(db, out: Path, passphrase: str) -> Path:
    """Write this office's private key, encrypted with a passphrase, to move
    the office to a new computer (import it there with import_signing_key)."""
    require(db, Perm.SYNC_KEY)
    signer = _signer(db)
    with db.reader() as s:
        ident = _identity(s)
        name = _site_name(s, ident.site_id)
    try:
        content = identity.seal_secret_key(ident.site_id, name, signer.private_hex, passphrase)
    except identity.SecretKeyError:
        raise ServiceError("sync.key_short", "passphrase") from None
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(content, encoding="utf-8")
    tmp.replace(out)
    return out


def import_signing_key(db, keyfile: Path, passphrase: str) -> SiteInfo:
    """Put this office's signing key (a file from export_signing_key) on this
    computer: the database moved here stays the same office."""
    require(db, Perm.SYNC_KEY)
    try:
        content = Path(keyfile).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise ServiceError("sync.bad_keyfile", path=str(keyfile)) from None
    try:
        site_id, public_hex, private_hex = identity.open_secret_key(content, passphrase)
    except identity.SecretKeyError as exc:
        if exc.code == "wrong":
            raise ServiceError("sync.key_wrong", "passphrase") from None
        raise ServiceError("sync.bad_keyfile", path=str(keyfile)) from None
    with db.session() as s:
        ident = _identity(s)
        if site_id != ident.site_id or public_hex != ident.public_key:
            raise ServiceError("sync.key_other_office", site=site_id)
        identity.save_private_key(site_id, private_hex)
        ident.machine = identity.machine_fingerprint(db.path)
        signer = identity.Signer(site_id, private_hex)
        identity.sign_own_entries(s, site_id, signer)
        db.info["signer"] = signer
        name = _site_name(s, site_id)
    return SiteInfo(site_id, name, identity.key_fingerprint(public_hex), False, False)


def _signer(db) -> identity.Signer:
    """This office's signing key, or a refusal saying how to get it back."""
    with db.reader() as s:
        ident = _identity(s)
        signer = identity.signer_for(ident)
    if signer is None:
        raise ServiceError("sync.key_missing")
    db.info["signer"] = signer
    return signer


def export_key(db, out: Path) -> Path:
    with db.reader() as s:
        ident = _identity(s)
        content = identity.key_file_content(ident, _site_name(s, ident.site_id))
    out = Path(out)
    out.write_text(content, encoding="utf-8")
    return out


def trust(db, keyfile: Path) -> PeerInfo:
    require(db, Perm.SYNC)
    try:
        data = json.loads(Path(keyfile).read_text(encoding="utf-8"))
        site_id, name, public_key = data["site_id"], data["name"], data["public_key"]
        if data.get("format") != "demilge-key-1" or len(bytes.fromhex(public_key)) != 32:
            raise ValueError
    except (OSError, ValueError, KeyError, TypeError):
        raise ServiceError("sync.bad_keyfile", path=str(keyfile)) from None
    with db.session() as s:
        ident = _identity(s)
        if site_id == ident.site_id:
            raise ServiceError("sync.own_key")
        peer = s.get(SyncPeer, site_id)
        if peer is not None and peer.public_key != public_key and peer.revoked_at is None:
            raise ServiceError("sync.key_changed")
        if peer is None:
            peer = SyncPeer(site_id=site_id, name=name, public_key=public_key)
            s.add(peer)
        else:
            peer.public_key, peer.name, peer.revoked_at = public_key, name, None
        if s.get(Site, site_id) is None:
            s.add(Site(id=site_id, name=name, is_local=False))
        s.flush()
        return PeerInfo(site_id, name, identity.key_fingerprint(public_key), False, False, 0)


def revoke(db, site_id: str) -> None:
    require(db, Perm.SYNC)
    with db.session() as s:
        peer = s.get(SyncPeer, site_id)
        if peer is None:
            raise ServiceError("sync.unknown_peer", site=site_id)
        peer.revoked_at = datetime.now(timezone.utc)


def _vector(s) -> dict[str, int]:
    """Per origin, the highest seq with nothing missing below it."""
    out = {}
    rows = s.execute(select(ChangeEntry.origin, func.max(ChangeEntry.seq), func.count())
                     .group_by(ChangeEntry.origin)).all()
    for origin, mx, count in rows:
        if mx == count:
            out[origin] = mx
        else:
            seqs = s.scalars(select(ChangeEntry.seq).where(ChangeEntry.origin == origin)
                             .order_by(ChangeEntry.seq)).all()
            n = 0
            for q in seqs:
                if q != n + 1:
                    break
                n = q
            out[origin] = n
    return out


def peers(db) -> list[PeerInfo]:
    with db.reader() as s:
        mine = _vector(s)
        out = []
        for p in s.scalars(select(SyncPeer).order_by(SyncPeer.name)):
            known = json.loads(p.known_vector or "{}")
            missing = sum(max(0, v - known.get(o, 0)) for o, v in mine.items() if o != p.site_id)
            last = s.execute(select(SyncPackage.audit_seq, SyncPackage.audit_hash).where(
                SyncPackage.direction == "in", SyncPackage.peer_site == p.site_id,
                SyncPackage.audit_seq.is_not(None)).order_by(SyncPackage.at.desc()).limit(1)).first()
            out.append(PeerInfo(p.site_id, p.name, identity.key_fingerprint(p.public_key), p.revoked_at is not None,
                                p.clock_flagged_at is not None, missing, (last[0], last[1]) if last else None))
        return out


ENTRY_COLUMNS = ("origin", "seq", "hlc", "kind", "table_name", "row_id", "field", "value", "base_hlc",
                 "prev_hash", "hash", "sig")


def _audit_head(s) -> dict:
    """This office's audit-trail head, a witness carried by every package."""
    head = getattr(audit, "audit_head", None) or audit.last_entry
    seq, h = head(s)
    return {"seq": seq, "hash": h}


def _attachment_blobs(db, s, entries: list[dict]) -> tuple[dict[str, bytes], int]:
    """The stored files of the attachment rows among the entries (any
    attachment table), each checked against its hash; and how many of them
    are missing or damaged here."""
    tables = set(attachment_tables())
    wanted: dict[str, set[str]] = {}
    for e in entries:
        if e["table_name"] in tables and e["field"] == "sha256" and e["value"] not in (None, "null"):
            sha = json.loads(e["value"])
            if isinstance(sha, str):
                wanted.setdefault(sha, set()).add(e["table_name"] + "\0" + e["row_id"])
    blobs, missing = {}, 0
    for sha, rows in sorted(wanted.items()):
        names = set()
        for key in rows:
            table_name, row_id = key.split("\0")
            t = Base.metadata.tables[table_name]
            filename = s.scalar(select(t.c.filename).where(t.c.id == row_id))
            names.add(filename or "")
        data = None
        for name in sorted(names):
            path = paths.attachment_blob(db.path, sha, name)
            candidates = [path] + sorted(path.parent.glob(sha + "*")) if path.parent.is_dir() else [path]
            for candidate in candidates:
                try:
                    blob = candidate.read_bytes()
                except OSError:
                    continue
                if hashlib.sha256(blob).hexdigest() == sha:
                    data = blob
                    break
            if data is not None:
                break
        if data is None:
            missing += 1
        else:
            blobs[sha] = data
    return blobs, missing


def _applied(db):
    """For read_package: whether a package was imported here before."""
    def applied(package_id: str) -> bool:
        with db.reader() as s:
            return s.get(SyncPackage, package_id) is not None

    return applied


def _already(db):
    """For read_package: the changes of a package stored here already, signed."""
    def stored(entries: list[dict]) -> dict[tuple[str, int], str]:
        out = {}
        by_origin: dict[str, list[int]] = {}
        for e in entries:
            by_origin.setdefault(e["origin"], []).append(e["seq"])
        with db.reader() as s:
            for origin, seqs in by_origin.items():
                rows = s.execute(select(ChangeEntry.seq, ChangeEntry.hash).where(
                    ChangeEntry.origin == origin, ChangeEntry.seq.between(min(seqs), max(seqs)),
                    ChangeEntry.sig.is_not(None))).all()
                out.update(((origin, r.seq), r.hash) for r in rows)
        return out

    return stored


def _trusted_keys(s, local: str, own_public: str):
    keys = {p.site_id: (p.public_key, p.revoked_at is not None) for p in s.scalars(select(SyncPeer))}
    keys[local] = (own_public, False)
    return lambda site: keys.get(site, (None, False))


def _collect(s, recipient: str, known: dict[str, int]) -> tuple[dict[str, int], list[dict]]:
    """This office's vector, and the changes it has that `recipient` has not
    confirmed (all of them for "*"), oldest first per origin."""
    vector = _vector(s)
    entries = []
    for origin, upto in vector.items():
        if origin == recipient:
            continue
        since = known.get(origin, 0)
        if upto <= since:
            continue
        rows = s.execute(select(*[ChangeEntry.__table__.c[k] for k in ENTRY_COLUMNS]).where(
            ChangeEntry.origin == origin, ChangeEntry.seq > since, ChangeEntry.seq <= upto)
            .order_by(ChangeEntry.seq)).all()
        for row in rows:
            if not row.sig:
                break  # received before changes were signed: its office will send it signed
            entries.append(dict(zip(ENTRY_COLUMNS, row)))
    return vector, entries


def export_package(db, out: Path, to: str | None = None) -> ExportResult:
    """Everything the recipient has not confirmed (or everything, to=None)."""
    require(db, Perm.SYNC)
    signer = _signer(db)
    with db.session() as s:
        ident = _identity(s)
        if ident.machine != identity.machine_fingerprint(db.path):
            raise ServiceError("sync.needs_init")
        # this office's changes made while its key file was away are signed now
        identity.sign_own_entries(s, ident.site_id, signer)
    with db.reader() as s:
        ident = _identity(s)
        known: dict[str, int] = {}
        recipient = "*"
        if to:
            peer = s.get(SyncPeer, to)
            if peer is None or peer.revoked_at is not None:
                raise ServiceError("sync.unknown_peer", site=to)
            known = json.loads(peer.known_vector or "{}")
            recipient = to
        vector, entries = _collect(s, recipient, known)
        attachments, missing = _attachment_blobs(db, s, entries)
        names = {site.id: site.name for site in s.scalars(select(Site))}
        names.update({p.site_id: p.name for p in s.scalars(select(SyncPeer))})
        origins = {o: names.get(o, o[:8]) for o in {e["origin"] for e in entries}}
        sender = {"site_id": ident.site_id, "name": _site_name(s, ident.site_id),
                  "key_fingerprint": identity.key_fingerprint(ident.public_key)}
        head = _audit_head(s)
        trusted = _trusted_keys(s, ident.site_id, ident.public_key)
    manifest = write_package(Path(out), sender=sender, signer=signer, recipient=recipient,
                             schema=store_db.head_revision(), vector=vector, entries=entries,
                             attachments=attachments, audit_head=head, origins=origins)
    # read it back and verify before saying "done"
    read_package(Path(out), local_site=recipient if recipient != "*" else "__verify__",
                 trusted_key_for=trusted, known_schemas={store_db.head_revision()}, already=_already(db))
    with db.session() as s:
        s.add(SyncPackage(package_id=manifest["package_id"], direction="out", peer_site=to, file_name=str(out),
                          entries=len(entries), audit_seq=head["seq"], audit_hash=head["hash"]))
    return ExportResult(Path(out), manifest["package_id"], len(entries), recipient, len(attachments), missing)


def ident_public(db) -> str:
    with db.reader() as s:
        return _identity(s).public_key


def _quarantine(db, path: Path) -> Path:
    folder = paths.data_dir() / "quarantine"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{datetime.now():%Y-%m-%d_%H%M%S}_{Path(path).name}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{datetime.now():%Y-%m-%d_%H%M%S}_{n}_{Path(path).name}"
    try:
        shutil.move(str(path), target)
    except OSError:
        return Path(path)
    return target


def _refuse(db, path: Path, code: str, details: dict) -> ServiceError:
    moved = _quarantine(db, path)
    if code == "format" and details.get("version") == 1:
        code, details = "old_format", {}
    return ServiceError("sync.bad." + code, quarantine=str(moved), **details)


def _store_attachments(db, s, pkg) -> None:
    """Put the package's attachment files where their rows will look for
    them (checked against their hash when the package was read). Written
    before the data, so a row never arrives without its file; an unused file
    left by an interrupted import is harmless (files are named by content)."""
    if not pkg.attachments:
        return
    tables = set(attachment_tables())
    rows: dict[tuple[str, str], dict] = {}
    for e in pkg.entries:
        if e["table_name"] in tables and e["field"] in ("sha256", "filename") and e["value"] is not None:
            rows.setdefault((e["table_name"], e["row_id"]), {})[e["field"]] = json.loads(e["value"])
    names: dict[str, set[str]] = {}
    for (table_name, row_id), fields in rows.items():
        t = Base.metadata.tables[table_name]
        here = s.execute(select(t.c.sha256, t.c.filename).where(t.c.id == row_id)).first()
        sha = fields.get("sha256", here.sha256 if here else None)
        filename = fields.get("filename", here.filename if here else "")
        if isinstance(sha, str):
            names.setdefault(sha, set()).add(filename if isinstance(filename, str) else "")
    for sha, blob in pkg.attachments.items():
        for filename in sorted(names.get(sha, {""})):
            target = paths.attachment_blob(db.path, sha, filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == sha:
                    continue
            except OSError:
                pass
            tmp = target.with_name(target.name + ".part")
            with open(tmp, "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)


def _apply(db, local: str, package_id: str, sender: str, entries: list[dict], vector: dict, names: dict,
           now_ms: int | None, *, file_name: str | None = None, set_aside: int = 0, audit_head: dict | None = None):
    """Apply checked changes in one transaction and record the package.
    (import_package, after reading, checking and backing up; the sync
    property test calls it directly to exchange many packages quickly.)"""
    head = audit_head or {}
    with db.session() as s:
        s.info["sync_apply"] = True
        check_history(s, entries)  # again, inside the writing transaction
        applier = Applier(s, local, package_id, names, now_ms=now_ms)
        applier.store(entries)
        report = applier.run()
        peer = s.get(SyncPeer, sender)
        known = json.loads(peer.known_vector or "{}")
        for origin, seq in vector.items():
            known[origin] = max(known.get(origin, 0), int(seq))
        peer.known_vector = json.dumps(known, sort_keys=True)
        s.add(SyncPackage(package_id=package_id, direction="in", peer_site=sender, file_name=file_name,
                          entries=len(entries), applied=report.applied, already=report.already,
                          waiting=report.waiting, conflicts=report.conflicts, set_aside=set_aside,
                          audit_seq=head.get("seq"), audit_hash=head.get("hash")))
    return report


def import_package(db, path: Path, now_ms: int | None = None) -> ImportResult:
    """Check everything first; then back up and apply all of it in one
    transaction. A refused package is moved to quarantine and changes
    nothing; it does not stand in the way of later packages."""
    require(db, Perm.SYNC)
    path = Path(path)
    with db.reader() as s:
        ident = _identity(s)
        local = ident.site_id
        trusted = _trusted_keys(s, local, ident.public_key)
    try:
        pkg = read_package(path, local_site=local, trusted_key_for=trusted,
                           known_schemas=store_db.known_revisions(), already=_already(db),
                           applied=_applied(db))
        if not pkg.applied_before:
            with db.reader() as s:
                check_history(s, pkg.entries)
    except PackageError as exc:
        raise _refuse(db, path, exc.code, exc.details) from None
    package_id = pkg.manifest["package_id"]
    sender = pkg.manifest["sender"]["site_id"]
    if pkg.applied_before:    # the same signed file again: nothing to read or apply
        return ImportResult(package_id, sender, 0, pkg.entry_count, 0, 0, True)
    with db.reader() as s:
        seen = s.get(SyncPackage, package_id)
        names = {site.id: site.name for site in s.scalars(select(Site))}
        names.update({p.site_id: p.name for p in s.scalars(select(SyncPeer))})
    origins = pkg.manifest.get("origins", {})
    aside_names = tuple(sorted(str(names.get(o) or origins.get(o) or o[:8])[:200] for o in pkg.set_aside))
    set_aside = sum(pkg.set_aside.values())
    if seen is not None:
        return ImportResult(package_id, sender, 0, len(pkg.entries), 0, 0, True, set_aside, aside_names)
    backup_now(db.path, "before-import")
    head = pkg.manifest.get("audit_head") or {}
    try:
        with db.reader() as s:
            _store_attachments(db, s, pkg)
        report = _apply(db, local, package_id, sender, pkg.entries, pkg.manifest.get("vector", {}), names, now_ms,
                        file_name=str(path), set_aside=set_aside, audit_head=head)
    except PackageError as exc:
        raise _refuse(db, path, exc.code, exc.details) from None
    except OperationalError:
        _log.exception("sync import could not write %s", path)
        raise ServiceError("sync.busy") from None
    except Exception:  # never a traceback for a package: refuse it, keep the file aside
        _log.exception("sync import refused %s", path)
        raise _refuse(db, path, "cannot_apply", {}) from None
    return ImportResult(package_id, sender, report.applied, report.already, report.waiting, report.conflicts, False,
                        set_aside, aside_names)


BISHKEK = timezone(timedelta(hours=6), "Asia/Bishkek")  # no daylight saving since 2005


def _seal_text(names: dict[str, str], hlc: str | None) -> str:
    """A seal in a person's words: which office closed the protocol, when."""
    if not hlc:
        return ""
    stamp = Stamp.decode(hlc)
    at = datetime.fromtimestamp(stamp.wall_ms / 1000, tz=timezone.utc).astimezone(BISHKEK)
    return i18n.t("sync.seal_of", office=names.get(stamp.site, stamp.site[:8]), at=f"{at:%d.%m.%Y %H:%M:%S}")


def list_conflicts(db, open_only: bool = True) -> list[ConflictRow]:
    """Conflicts for a person to review; for a protocol closed at two offices
    ("seal") the values say which office closed it when (the seal in force
    first, the other second)."""
    with db.reader() as s:
        q = select(SyncConflict).order_by(SyncConflict.id)
        if open_only:
            q = q.where(SyncConflict.resolved_at.is_(None))
        names = {site.id: site.name for site in s.scalars(select(Site))}
        names.update({p.site_id: p.name for p in s.scalars(select(SyncPeer))})
        out = []
        for c in s.scalars(q):
            kept, other = c.kept_value, c.other_value
            if c.kind == "seal":
                kept, other = _seal_text(names, c.kept_hlc), _seal_text(names, c.other_hlc)
            out.append(ConflictRow(c.id, c.kind, c.table_name, c.row_id, c.field, kept, other, c.other_origin,
                                   c.created_at, c.resolved_at is not None, _record_label(s, c.table_name, c.row_id),
                                   c.kept_hlc, c.other_hlc))
        return out


def resolve_conflict(db, conflict_id: int, take_other: bool = False) -> None:
    """Settle a conflict: keep the value in place, or take the other one
    (which becomes a new change of this office, sent to the others)."""
    require(db, Perm.SYNC)
    from app.store.base import Base
    from app.sync.values import from_json

    with db.session() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None:
            raise ServiceError("sync.conflict_not_found")
        if take_other and c.field and c.other_value is not None and c.kind == "concurrent":
            mapper = next(m for m in Base.registry.mappers if m.local_table.name == c.table_name)
            obj = s.get(mapper.class_, c.row_id)
            if obj is not None:
                setattr(obj, c.field, from_json(mapper.local_table.c[c.field], c.other_value))
        c.resolved_at = datetime.now(timezone.utc)
        c.resolved_by = db.actor.name
        c.resolution = "took_other" if take_other else "kept"
