"""The office's signing key: never in the database or its backups; moved to
a new computer under a passphrase; a new key when the old one is lost."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys

import pytest

from app import cli, paths
from app.domain import enums as E
from app.services import backup, sync
from app.services.errors import ServiceError
from app.store import models as M
from app.store.db import Actor, open_database
from app.store.site_identity import key_file
from app.store.sync_models import ChangeEntry
from tests.sync.conftest import Office

PASS = "Ала-Тоо 2026"


def _add(office, name="Баткен шаары"):
    with office.db.session() as s:
        s.add(M.Municipality(name=name, kind=E.MunicipalityKind.CITY, population=25024))


def _private(office) -> str:
    return json.loads(key_file(office.site_id).read_text())["private_key"]


def _files_hold(folder, needle: bytes) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_the_private_key_is_in_no_database_file_and_no_backup(offices, tmp_path):
    (a,) = offices("village")
    _add(a)
    backup.backup_now(a.path, "manual")
    backup.backup_to_folder(a.db, tmp_path / "usb")
    key = _private(a)
    assert len(key) == 64
    for needle in (key.encode(), bytes.fromhex(key)):
        assert _files_hold(a.root, needle) == []
        assert _files_hold(tmp_path / "usb", needle) == []
    conn = sqlite3.connect(a.path)
    assert conn.execute("SELECT private_key FROM sync_identity").fetchone()[0] == ""
    conn.close()
    where = key_file(a.site_id)
    assert a.root not in where.parents and paths.keys_dir() == where.parent
    if sys.platform != "win32":
        assert where.stat().st_mode & 0o077 == 0  # readable by this user only


def test_a_database_of_an_older_version_gives_its_key_up_on_opening(tmp_path):
    """The key a database made by an older version kept in plain text is moved
    to the key file, the column blanked (its bytes overwritten in the file),
    and the office's earlier changes signed with it."""
    path = tmp_path / "old.sqlite3"
    db = open_database(path, lock=False)
    with db.session() as s:
        s.add(M.Municipality(name="Кара-Балта", kind=E.MunicipalityKind.CITY))
    site = sync.site_info(db).site_id
    key = db.info["signer"].private_hex
    db.close()
    key_file(site).unlink()
    conn = sqlite3.connect(path)  # as an older version left it
    conn.execute("UPDATE sync_identity SET private_key = ?", (key,))
    conn.execute("UPDATE change_entry SET sig = NULL")
    conn.commit()
    conn.close()
    assert key.encode() in path.read_bytes() + (path.with_name("old.sqlite3-wal").read_bytes()
                                                  if path.with_name("old.sqlite3-wal").exists() else b"")
    db = open_database(path, lock=False)
    try:
        assert db.info["signer"] is not None and db.info["signer"].private_hex == key
        assert json.loads(key_file(site).read_text())["private_key"] == key
        with db.reader() as s:
            assert all(e.sig for e in s.query(ChangeEntry).filter(ChangeEntry.origin == site))
    finally:
        db.close()
    files = [p for p in tmp_path.iterdir() if p.name.startswith("old.sqlite3")]
    assert files and not any(key.encode() in p.read_bytes() for p in files)


def test_the_office_moves_to_a_new_computer_with_its_key_under_a_passphrase(offices, tmp_path, monkeypatch):
    a, b = offices("village", "district")
    _add(a)
    sync.import_package(b.db, a.package_to(b))
    saved = sync.export_signing_key(a.db, tmp_path / "village.key", PASS)
    assert _private(a) not in saved.read_text() and PASS not in saved.read_text()
    a.close()
    # the new computer: the database copied, its own key folder without the key
    new = tmp_path / "newpc"
    new.mkdir()
    shutil.copy(a.path, new / "office.sqlite3")
    monkeypatch.setenv("DEMILGE_KEY_DIR", str(tmp_path / "newpc-keys"))
    moved = open_database(new / "office.sqlite3", lock=False)
    try:
        info = sync.site_info(moved)
        assert info.key_missing and info.needs_init
        with pytest.raises(ServiceError) as err:
            sync.export_package(moved, tmp_path / "x.demilge", to=b.site_id)
        assert err.value.key == "sync.key_missing"
        with pytest.raises(ServiceError) as err:
            sync.import_signing_key(moved, saved, "wrong passphrase")
        assert err.value.key == "sync.key_wrong"
        info = sync.import_signing_key(moved, saved, PASS)
        assert info.site_id == a.site_id
        info = sync.site_info(moved)
        assert not info.key_missing and not info.needs_init
        with moved.session() as s:
            s.add(M.Municipality(name="Жаңы компьютерде", kind=E.MunicipalityKind.CITY))
        res = sync.export_package(moved, tmp_path / "from-new.demilge", to=b.site_id)
        assert sync.import_package(b.db, res.path).applied > 0  # the same office, trusted as before
    finally:
        moved.close()
    a.db = open_database(a.path, lock=False)  # for the fixture's cleanup


def test_a_key_file_of_another_office_is_refused(offices, tmp_path):
    a, b = offices("a", "b")
    saved = sync.export_signing_key(a.db, tmp_path / "a.key", PASS)
    with pytest.raises(ServiceError) as err:
        sync.import_signing_key(b.db, saved, PASS)
    assert err.value.key == "sync.key_other_office"
    with pytest.raises(ServiceError) as err:
        sync.export_signing_key(a.db, tmp_path / "short.key", "short")
    assert err.value.key == "sync.key_short" and not (tmp_path / "short.key").exists()
    a.db.actor = Actor("spec", "specialist")
    with pytest.raises(ServiceError) as err:
        sync.export_signing_key(a.db, tmp_path / "s.key", PASS)
    assert err.value.key == "auth.denied"


def test_a_new_key_makes_a_new_office_the_others_trust_again(offices, tmp_path):
    a, b = offices("village", "district")
    _add(a)
    sync.import_package(b.db, a.package_to(b))
    old = a.site_id
    info = sync.init_site(a.db, "village", new_key=True)
    assert info.site_id != old and not info.key_missing
    old_peer = [p for p in sync.peers(a.db) if p.site_id == old]
    assert old_peer and old_peer[0].revoked  # the old key is not trusted here any more
    a.site_id = info.site_id
    _add(a, "Кийинки")
    with pytest.raises(ServiceError) as err:
        sync.import_package(b.db, a.package_to(b))
    assert err.value.key == "sync.bad.unknown_sender"
    sync.trust(b.db, sync.export_key(a.db, tmp_path / "new.json"))
    sync.import_package(b.db, a.package_to(b))
    assert a.dump() == b.dump()


def test_key_export_and_import_from_the_command_line(tmp_path, monkeypatch, capsys):
    path = tmp_path / "cli.sqlite3"
    open_database(path).close()
    monkeypatch.setenv("DEMILGE_KEY_PASSPHRASE", PASS)
    assert cli.run(cli.parse(["sync", "key-export", "--db", str(path), "--out", str(tmp_path / "k")])) == 0
    assert (tmp_path / "k").exists()
    monkeypatch.setenv("DEMILGE_KEY_DIR", str(tmp_path / "other-keys"))
    assert cli.run(cli.parse(["sync", "key-import", "--db", str(path), str(tmp_path / "k")])) == 0
    monkeypatch.setenv("DEMILGE_KEY_PASSPHRASE", "not the passphrase")
    assert cli.run(cli.parse(["sync", "key-import", "--db", str(path), str(tmp_path / "k")])) != 0
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    assert os.listdir(tmp_path / "other-keys")
