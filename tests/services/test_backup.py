"""Backups: verified copies, rotation, restore round trip."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta

import pytest

from app.domain import enums as E
from app.services import backup
from app.services.errors import ServiceError
from app.store import models as M
from app.store.db import Actor, open_database


def _count(path, table="municipality"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _add(db, name):
    with db.session() as s:
        s.add(M.Municipality(name=name, kind=E.MunicipalityKind.CITY))


def test_backup_and_restore_round_trip(db):
    _add(db, "Баткен шаары")
    made = backup.backup_now(db.path, "start")
    assert made.path.exists() and made.reason == "start"
    _add(db, "Кара-Балта шаары")
    path = db.path
    aside = backup.restore(db, made.path)   # closes the database
    assert _count(path) == 1
    assert aside is not None and _count(aside) == 2  # the replaced file was kept
    again = open_database(path)
    again.close()


def test_restore_refuses_a_non_backup_and_keeps_the_file(db, tmp_path):
    _add(db, "Баткен шаары")
    path = db.path
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 50)
    before = path.read_bytes()
    with pytest.raises(ServiceError) as err:
        backup.restore(db, junk)
    assert err.value.key == "backup.not_valid"
    assert path.read_bytes() == before


def test_restore_needs_the_backup_right_in_the_service(db):
    """Fault caught (introduced once, the test failed): restore without the
    role check in the service (only the window's disabled button)."""
    from app.services import users

    _add(db, "Баткен шаары")
    made = backup.backup_now(db.path, "start")
    _add(db, "Кара-Балта шаары")
    users.create_first_admin(db, "admin", "Админ", "secret12")
    for role in ("viewer", "secretary", "chair"):
        db.actor = Actor(role, role)
        with pytest.raises(ServiceError) as err:
            backup.restore(db, made.path)
        assert err.value.key == "auth.denied"
    assert _count(db.path) == 2 and not [b for b in backup.list_backups(db.path) if b.reason == "replaced"]
    db.actor = Actor("spec", "specialist")
    backup.restore(db, made.path)
    assert _count(db.path) == 1


def test_backup_to_folder_needs_permission_and_is_verified(db, tmp_path):
    _add(db, "Баткен шаары")
    target = backup.backup_to_folder(db, tmp_path / "usb")
    assert target.exists() and _count(target) == 1
    db.actor = Actor("v", "viewer")
    with pytest.raises(ServiceError):
        backup.backup_to_folder(db, tmp_path / "usb2")
    assert not (tmp_path / "usb2").exists()


def test_rotation_keeps_daily_and_monthly(db):
    folder = db.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    base = datetime(2026, 11, 20, 9, 0, 0)
    made = []
    for days in range(0, 400, 3):
        for hour in (0, 5):
            t = base - timedelta(days=days, hours=hour)
            p = folder / f"office_{t:%Y-%m-%d_%H%M%S}_start.sqlite3"
            p.write_bytes(b"x")
            made.append((t, p))
    removed = backup.rotate(db.path, keep_daily=7, keep_monthly=12)
    kept = {b.path for b in backup.list_backups(db.path)}
    assert removed and kept
    newest_days = sorted({t.date() for t, _ in made}, reverse=True)[:7]
    for d in newest_days:
        newest = max((t, p) for t, p in made if t.date() == d)[1]
        assert newest in kept
    months = {p.name[7:14] for p in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 12
