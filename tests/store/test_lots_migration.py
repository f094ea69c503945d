"""Migration 0020: every existing competition gets one untitled lot holding its
whole allocation (with the same id in every office) and its applications are
put in it; old rows keep working through the plain ADD COLUMN."""
from __future__ import annotations

from app.store import db as store_db
from app.store.db import open_database
from app.store.lot_models import default_lot_id

T = "'2026-01-01 00:00:00'"


def test_existing_competitions_get_one_default_lot(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = store_db.make_engine(path)
    store_db.upgrade_schema(engine, "0011_protocol_triggers")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"INSERT INTO municipality (id, name, kind, created_at, updated_at) "
                             f"VALUES ('m1', 'А. Орозбеков', 'ayil_aimak', {T}, {T})")
        for cid, alloc, grant in (("c1", 2300000, 1200000), ("c2", 5000000, 5000000)):
            conn.exec_driver_sql(
                "INSERT INTO competition (id, municipality_id, kind, year, title, total_allocation_tyiyn, "
                "max_grant_tyiyn, cofinancing_share_pct, eligible_applicants, status, decision_method, quorum_rule, "
                f"vote_two_thirds, chair_casting_vote, tie_rule, created_at, updated_at) VALUES ('{cid}', 'm1', 'jd', "
                f"2021, 'Сынак {cid}', {alloc}, {grant}, 0, 'person', 'decided', 'scoring', 'more_than_half', 0, 0, "
                f"'chair', {T}, {T})")
        conn.exec_driver_sql(f"INSERT INTO applicant (id, kind, name, created_at, updated_at) "
                             f"VALUES ('p1', 'person', 'Кожонова Анаргүл', {T}, {T})")
        for aid, cid, seq in (("a1", "c1", 1), ("a2", "c1", 2), ("a3", "c2", 1)):
            conn.exec_driver_sql(
                "INSERT INTO application (id, competition_id, applicant_id, reg_seq, reg_number, received_on, "
                f"is_late, title, requested_tyiyn, status, created_at, updated_at) VALUES ('{aid}', '{cid}', 'p1', "
                f"{seq}, 'ЖД-2021/00{seq}', '2021-10-04', 0, 'Атам, апам жана мен', 1200000, 'winner', {T}, {T})")
    engine.dispose()

    database = open_database(path)
    try:
        with database.engine.connect() as conn:
            lots = conn.exec_driver_sql("SELECT id, competition_id, title, allocation_tyiyn, max_grant_tyiyn "
                                        "FROM lot ORDER BY competition_id").all()
            assert [tuple(r) for r in lots] == [(default_lot_id("c1"), "c1", "", 2300000, 1200000),
                                                (default_lot_id("c2"), "c2", "", 5000000, 5000000)]
            apps = dict(conn.exec_driver_sql("SELECT id, lot_id FROM application").all())
            assert apps == {"a1": default_lot_id("c1"), "a2": default_lot_id("c1"), "a3": default_lot_id("c2")}
            comp = conn.exec_driver_sql("SELECT organiser_kind, organiser_name, award_mode FROM competition "
                                        "WHERE id = 'c1'").one()
            assert tuple(comp) == ("municipality", None, "grants")
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        database.close()


def test_default_lot_id_is_stable():
    assert default_lot_id("c1") == default_lot_id("c1") != default_lot_id("c2")
