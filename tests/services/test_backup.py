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


def _copies(folder, prefix, reason, moments):
    made = []
    for t in moments:
        p = folder / f"{prefix}_{t:%Y-%m-%d_%H%M%S}_{reason}.sqlite3"
        p.write_bytes(b"x")
        made.append(p)
    return made


def test_rotation_keeps_every_safety_copy_for_30_days_and_the_newest_for_good(db):
    """Fault: "rotation deleting a before-import copy" (the old rotation kept
    one copy a day of any kind: it deleted before-upgrade, before-import and
    "replaced" copies, and other databases' copies)."""
    folder = db.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    now = datetime(2026, 11, 20, 9, 0, 0)
    recent = [now - timedelta(days=d, hours=h) for d in range(0, 30) for h in (1, 2, 3)]
    old = [now - timedelta(days=d) for d in (31, 45, 400)]
    safety = {}
    for reason in ("before-import", "before-upgrade", "before-restore", "replaced"):
        safety[reason] = (_copies(folder, "office", reason, recent), _copies(folder, "office", reason, old))
    starts = _copies(folder, "office", "start", [now - timedelta(days=d, hours=h) for d in range(60) for h in (0, 4)])
    manual = _copies(folder, "office", "manual", old)
    removed = backup.rotate(db.path, now=now)
    assert removed
    for reason, (young, aged) in safety.items():
        assert all(p.exists() for p in young), reason      # none younger than 30 days goes
        assert not any(p.exists() for p in aged), reason    # older ones go (a younger one is kept)
    assert all(p.exists() for p in manual)
    kept_starts = [p for p in starts if p.exists()]
    assert 0 < len(kept_starts) <= 7 + 12
    # the newest safety copy of a kind stays even when it is old
    for p in folder.glob("*before-upgrade*"):
        p.unlink()
    last = _copies(folder, "office", "before-upgrade", [now - timedelta(days=200)])
    backup.rotate(db.path, now=now)
    assert last[0].exists()


def test_two_databases_in_one_folder_never_touch_each_others_copies(db, tmp_path):
    folder = db.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    now = datetime(2026, 11, 20, 9, 0, 0)
    moments = [now - timedelta(days=d) for d in range(0, 100)]
    others = []
    for prefix in ("office2", "office_test", "office.db", "Office"):
        others += _copies(folder, prefix, "start", moments)
    mine = _copies(folder, "office", "start", moments)
    removed = backup.rotate(db.path, now=now)
    assert removed and set(removed) <= set(mine)
    assert all(p.exists() for p in others)
    assert {b.path for b in backup.list_backups(db.path)} <= set(mine)
    # the copies of a database named office.db are its own, not office.sqlite3's
    other = open_database(db.path.parent / "office.db")
    try:
        assert {b.path for b in backup.list_backups(other.path)} == {p for p in others if p.name.startswith("office.db_")}
    finally:
        other.close()

