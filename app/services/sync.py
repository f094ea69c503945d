"""Synchronisation by file between offices: one function per user action."""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from app import i18n, paths
from app.services.auth import Perm, require
from app.services.backup import backup_now
from app.services.errors import ServiceError
from app.store import db as store_db
from app.store.hooks import LOCAL_SITE_KEY
from app.store.models import Site
from app.store.sync_models import ChangeEntry, SyncConflict, SyncIdentity, SyncPackage, SyncPeer
from app.sync import identity
from app.sync.apply import Applier
from app.sync.package import PackageError, read_package, write_package

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
})


@dataclass(frozen=True)
class SiteInfo:
    site_id: str
    name: str
    fingerprint: str
    needs_init: bool


@dataclass(frozen=True)
class PeerInfo:
    site_id: str
    name: str
    fingerprint: str
    revoked: bool
    clock_flagged: bool
    not_received: int  # entries we have that this office has not confirmed


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    entries: int
    recipient: str


@dataclass(frozen=True)
class ImportResult:
    package_id: str
    sender: str
    applied: int
    already: int
    waiting: int
    conflicts: int
    already_imported: bool


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
                        ident.machine != identity.machine_fingerprint(db.path))


def init_site(db, name: str) -> SiteInfo:
    """Name this office; a database copied from another computer gets a new
    office id and key pair (the old office stays known by its key)."""
    require(db, Perm.SYNC)
    name = (name or "").strip()
    if not name or len(name) > 200 or any(ord(c) < 32 for c in name):
        raise ServiceError("sync.site_name", "name")
    with db.session() as s:
        ident = identity.get_identity(s)
        site = s.get(Site, ident.site_id) if ident else None
        if ident is not None and ident.machine != identity.machine_fingerprint(db.path):
            # a copy: the old office becomes a trusted peer; this one is new
            old = s.get(SyncPeer, ident.site_id)
            if old is None:
                s.add(SyncPeer(site_id=ident.site_id, name=site.name, public_key=ident.public_key))
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
        result = SiteInfo(ident.site_id, name, identity.key_fingerprint(ident.public_key), False)
    return result


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
            out.append(PeerInfo(p.site_id, p.name, identity.key_fingerprint(p.public_key), p.revoked_at is not None,
                                p.clock_flagged_at is not None, missing))
        return out


def export_package(db, out: Path, to: str | None = None) -> ExportResult:
    """Everything the recipient has not confirmed (or everything, to=None)."""
    require(db, Perm.SYNC)
    with db.reader() as s:
        ident = _identity(s)
        if ident.machine != identity.machine_fingerprint(db.path):
            raise ServiceError("sync.needs_init")
        known: dict[str, int] = {}
        recipient = "*"
        if to:
            peer = s.get(SyncPeer, to)
            if peer is None or peer.revoked_at is not None:
                raise ServiceError("sync.unknown_peer", site=to)
            known = json.loads(peer.known_vector or "{}")
            recipient = to
        vector = _vector(s)
        entries = []
        for origin, upto in vector.items():
            if origin == recipient:
                continue
            since = known.get(origin, 0)
            if upto <= since:
                continue
            rows = s.execute(select(ChangeEntry).where(ChangeEntry.origin == origin, ChangeEntry.seq > since,
                                                       ChangeEntry.seq <= upto)).scalars()
            for e in rows:
                entries.append({k: getattr(e, k) for k in ("origin", "seq", "hlc", "kind", "table_name", "row_id",
                                                            "field", "value", "base_hlc", "prev_hash", "hash")})
        hashes = {json.loads(e["value"]) for e in entries
                  if e["table_name"] == "attachment" and e["field"] == "sha256" and e["value"]}
        attachments = {}
        folder = paths.attachments_dir(db.path)
        for h in hashes:
            f = folder / h
            if f.exists():
                attachments[h] = f.read_bytes()
        sender = {"site_id": ident.site_id, "name": _site_name(s, ident.site_id),
                  "key_fingerprint": identity.key_fingerprint(ident.public_key)}
        private_key = ident.private_key
    manifest = write_package(Path(out), sender=sender, private_key=private_key, recipient=recipient,
                             schema=store_db.head_revision(), vector=vector, entries=entries,
                             attachments=attachments)
    # read it back and verify before saying "done"
    read_package(Path(out), local_site=recipient if recipient != "*" else "__verify__",
                 trusted_key_for=lambda site: (ident_public(db), False) if site == sender["site_id"] else (None, False),
                 known_schemas={store_db.head_revision()})
    with db.session() as s:
        s.add(SyncPackage(package_id=manifest["package_id"], direction="out", peer_site=to, file_name=str(out),
                          entries=len(entries)))
    return ExportResult(Path(out), manifest["package_id"], len(entries), recipient)


def ident_public(db) -> str:
    with db.reader() as s:
        return _identity(s).public_key


def _quarantine(db, path: Path) -> Path:
    folder = paths.data_dir() / "quarantine"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{datetime.now():%Y-%m-%d_%H%M%S}_{Path(path).name}"
    try:
        shutil.move(str(path), target)
    except OSError:
        return Path(path)
    return target


def import_package(db, path: Path, now_ms: int | None = None) -> ImportResult:
    """Check everything first; then apply all of it in one transaction."""
    require(db, Perm.SYNC)
    path = Path(path)
    with db.reader() as s:
        local = _identity(s).site_id
        peer_keys = {p.site_id: (p.public_key, p.revoked_at is not None) for p in s.scalars(select(SyncPeer))}
    try:
        pkg = read_package(path, local_site=local, trusted_key_for=lambda site: peer_keys.get(site, (None, False)),
                           known_schemas=store_db.known_revisions())
    except PackageError as exc:
        moved = _quarantine(db, path)
        raise ServiceError("sync.bad." + exc.code, quarantine=str(moved), **exc.details) from None
    package_id = pkg.manifest["package_id"]
    sender = pkg.manifest["sender"]["site_id"]
    with db.reader() as s:
        seen = s.get(SyncPackage, package_id)
    if seen is not None:
        return ImportResult(package_id, sender, 0, len(pkg.entries), 0, 0, True)
    backup_now(db.path, "before-import")
    folder = paths.attachments_dir(db.path)
    for h, blob in pkg.attachments.items():
        target = folder / h
        if not target.exists():
            tmp = target.with_suffix(".part")
            tmp.write_bytes(blob)
            tmp.replace(target)
    with db.session() as s:
        s.info["sync_apply"] = True
        names = {site.id: site.name for site in s.scalars(select(Site))}
        names.update({p.site_id: p.name for p in s.scalars(select(SyncPeer))})
        applier = Applier(s, local, package_id, names, now_ms=now_ms)
        applier.store(pkg.entries)
        report = applier.run()
        peer = s.get(SyncPeer, sender)
        known = json.loads(peer.known_vector or "{}")
        for origin, seq in pkg.manifest.get("vector", {}).items():
            known[origin] = max(known.get(origin, 0), int(seq))
        peer.known_vector = json.dumps(known, sort_keys=True)
        s.add(SyncPackage(package_id=package_id, direction="in", peer_site=sender, file_name=str(path),
                          entries=len(pkg.entries), applied=report.applied, already=report.already,
                          waiting=report.waiting, conflicts=report.conflicts))
    return ImportResult(package_id, sender, report.applied, report.already, report.waiting, report.conflicts, False)


def list_conflicts(db, open_only: bool = True) -> list[ConflictRow]:
    with db.reader() as s:
        q = select(SyncConflict).order_by(SyncConflict.id)
        if open_only:
            q = q.where(SyncConflict.resolved_at.is_(None))
        return [ConflictRow(c.id, c.kind, c.table_name, c.row_id, c.field, c.kept_value, c.other_value,
                            c.other_origin, c.created_at, c.resolved_at is not None,
                            _record_label(s, c.table_name, c.row_id)) for c in s.scalars(q)]


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
