from __future__ import annotations

import shutil

import pytest

from app.domain import enums as E
from app.services import sync
from app.services.errors import ServiceError
from app.store import models as M

from tests.conftest import both_backends

pytestmark = both_backends  # villages on files, the district on PostgreSQL too


def _add_municipality(office, name, population=100):
    with office.db.session() as s:
        m = M.Municipality(name=name, kind=E.MunicipalityKind.AYIL_AIMAK, population=population)
        s.add(m)
        s.flush()
        return m.id


def _set(office, mid, **values):
    with office.db.session() as s:
        m = s.get(M.Municipality, mid)
        for k, v in values.items():
            setattr(m, k, v)


def test_one_way_then_idempotent(offices, tmp_path):
    a, b = offices("village", "district")
    mid = _add_municipality(a, "А. Орозбеков айыл аймагы", 5000)
    pkg = a.package_to(b)
    res = sync.import_package(b.db, pkg)
    assert res.applied > 0 and res.conflicts == 0 and not res.already_imported
    assert a.dump() == b.dump()
    again = sync.import_package(b.db, pkg)
    assert again.already_imported and a.dump() == b.dump()
    with b.db.reader() as s:
        assert s.get(M.Municipality, mid).population == 5000


def test_concurrent_edits_converge_and_are_listed(offices):
    a, b = offices("village", "district")
    mid = _add_municipality(a, "Кара-Балта", 100)
    sync.import_package(b.db, a.package_to(b))
    _set(a, mid, population=200)
    _set(b, mid, population=300)
    pa, pb = a.package_to(b), b.package_to(a)
    sync.import_package(b.db, pa)
    sync.import_package(a.db, pb)
    assert a.dump() == b.dump()
    conflicts = sync.list_conflicts(a.db) + sync.list_conflicts(b.db)
    assert any(c.kind == "concurrent" and c.field == "population" for c in conflicts)


def test_forwarding_through_district(offices):
    v1, d, v2 = offices("v1", "district", "v2")
    _add_municipality(v1, "Баткен шаары", 25024)
    sync.import_package(d.db, v1.package_to(d))
    sync.import_package(v2.db, d.package_to(v2))
    assert v1.dump() == d.dump() == v2.dump()


def test_tampered_package_refused_and_quarantined(offices, tmp_path):
    a, b = offices("village", "district")
    _add_municipality(a, "Баткен шаары")
    pkg = a.package_to(b)
    data = bytearray(pkg.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "bad.demilge"
    bad.write_bytes(bytes(data))
    before = b.dump()
    with pytest.raises(ServiceError) as err:
        sync.import_package(b.db, bad)
    assert err.value.key.startswith("sync.bad.")
    assert b.dump() == before
    assert not bad.exists()  # moved to quarantine


def test_unknown_and_revoked_senders(offices, tmp_path):
    a, b, c = offices("a", "b", "c")
    _add_municipality(a, "X")
    pkg = a.package_to(None)
    sync.revoke(b.db, a.site_id)
    before = b.dump()
    copy = tmp_path / "copy.demilge"
    shutil.copy(pkg, copy)
    with pytest.raises(ServiceError) as err:
        sync.import_package(b.db, copy)
    assert err.value.key == "sync.bad.revoked_sender" and b.dump() == before


def test_wrong_recipient(offices):
    a, b, c = offices("a", "b", "c")
    _add_municipality(a, "X")
    pkg = a.package_to(b)
    before = c.dump()
    with pytest.raises(ServiceError) as err:
        sync.import_package(c.db, pkg)
    assert err.value.key == "sync.bad.wrong_recipient" and c.dump() == before
