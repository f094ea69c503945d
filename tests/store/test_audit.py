"""Every change is in the audit trail, append-only and hash-chained."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain import enums as E
from app.domain.money import som
from app.services.maintenance import check_database
from app.store import audit
from app.store import models as M
from app.store.admin_models import AuditEntry
from app.store.db import Actor
from tests.conftest import both_backends
from tests.tamper import edit_directly

pytestmark = both_backends  # the same protections and chain on SQLite and PostgreSQL


def _entries(db, row_id=None):
    with db.reader() as s:
        q = select(AuditEntry).order_by(AuditEntry.seq)
        if row_id:
            q = q.where(AuditEntry.row_id == row_id)
        return list(s.scalars(q))


def test_insert_update_delete_are_recorded_with_who_and_where(db):
    db.actor = Actor("aidai", "specialist")
    with db.session() as s:
        m = M.Municipality(name="Баткен шаары", kind=E.MunicipalityKind.CITY, population=25024)
        s.add(m)
        s.flush()
        mid = m.id
        site = m.site_id
    ins = _entries(db, mid)
    assert {e.field for e in ins} >= {"name", "kind", "population"}
    assert all(e.action == "insert" and e.user_name == "aidai" and e.site_id == site for e in ins)
    assert json.loads(next(e for e in ins if e.field == "population").new_value) == 25024

    db.actor = Actor("bakyt", "specialist")
    with db.session() as s:
        s.get(M.Municipality, mid).population = 25100
    upd = [e for e in _entries(db, mid) if e.action == "update"]
    assert len(upd) == 1
    e = upd[0]
    assert (e.field, json.loads(e.old_value), json.loads(e.new_value), e.user_name) == (
        "population", 25024, 25100, "bakyt")

    with db.session() as s:
        s.get(M.Municipality, mid).deleted_at = audit.utcnow()
    dels = [e for e in _entries(db, mid) if e.action == "delete"]
    assert len(dels) == 1 and dels[0].field == "deleted_at"


def test_money_dates_and_enums_recorded_as_plain_values(db):
    with db.session() as s:
        m = M.Municipality(name="А. Орозбеков айыл аймагы", kind=E.MunicipalityKind.AYIL_AIMAK)
        s.add(m)
        s.flush()
        c = M.Competition(municipality_id=m.id, kind=E.CompetitionKind.JD, year=2021, title="ЖД",
                          total_allocation_tyiyn=som(23000), max_grant_tyiyn=som(12000),
                          legal_doc_date=date(2020, 12, 28))
        s.add(c)
        s.flush()
        cid = c.id
    values = {e.field: json.loads(e.new_value) for e in _entries(db, cid) if e.field}
    assert values["total_allocation_tyiyn"] == 2_300_000
    assert values["legal_doc_date"] == "2020-12-28"
    assert values["kind"] == "jd"


def test_rolled_back_action_leaves_no_audit(db):
    before = len(_entries(db))
    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(M.Municipality(name="X", kind=E.MunicipalityKind.CITY, population=-1))
    assert len(_entries(db)) == before


def test_chain_verifies_and_database_refuses_edits(db):
    with db.session() as s:
        s.add(M.Municipality(name="Кара-Балта шаары", kind=E.MunicipalityKind.CITY))
    with db.engine.connect() as conn:
        assert audit.verify_chain(conn.connection.dbapi_connection).ok
    with pytest.raises(Exception):
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE audit_entry SET user_name = 'nobody'")
    with pytest.raises(Exception):
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM audit_entry")
    assert check_database(db.path).ok


def _tamper(path, sql):
    """Bypass the triggers the way a person with a SQLite tool (or psql) could."""
    edit_directly(path, sql)


@pytest.mark.parametrize("sql,reason", [
    ("UPDATE audit_entry SET new_value = '99999' WHERE seq = 3", "content"),
    ("DELETE FROM audit_entry WHERE seq = 2", "missing"),
    ("UPDATE audit_entry SET prev_hash = hash WHERE seq = 4", "link"),
])
def test_tampered_row_is_found_at_the_first_broken_link(db, sql, reason):
    for name in ("Баткен", "Кара-Балта", "Орозбеков"):
        with db.session() as s:
            s.add(M.Municipality(name=name, kind=E.MunicipalityKind.CITY, population=1000))
    path = db.path
    db.close()
    _tamper(path, sql)
    result = check_database(path)
    assert not result.ok
    key, params = result.problems[0]
    assert key == "check.audit"
    expected_seq = 2 if reason == "missing" else (3 if reason == "content" else 4)
    assert params["seq"] == expected_seq and params["reason"] == reason
