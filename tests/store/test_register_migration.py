"""Upgrading to 0030_registers turns the free-text legal bases of competitions
and programs into resolutions of the register, keeping their text."""
from __future__ import annotations

import sqlite3

from app.store import db as store_db
from app.store.db import open_database

BEFORE = "0011_protocol_triggers"


def _old_database(path):
    engine = store_db.make_engine(path)
    store_db.upgrade_schema(engine, BEFORE)
    with engine.begin() as conn:
        ex = conn.exec_driver_sql
        ex("INSERT INTO municipality (id, name, kind, created_at, updated_at) VALUES "
           "('m1', 'А. Орозбеков айыл аймагы', 'ayil_aimak', '2021-01-01 00:00:00', '2021-01-01 00:00:00'), "
           "('m2', 'Кара-Балта шаары', 'city', '2023-01-01 00:00:00', '2023-01-01 00:00:00')")
        for cid, kind, number, day, created in (
                ("c1", "Айылдык кеңештин токтому", "226", "2020-12-28", "2021-09-01 00:00:00"),
                ("c2", "Айылдык кеңештин токтому", "226", "2020-12-28", "2022-09-01 00:00:00"),
                ("c3", "Мэриянын буйругу", None, None, "2021-05-01 00:00:00"),
                ("c4", None, None, None, "2021-05-02 00:00:00")):
            ex("INSERT INTO competition (id, municipality_id, kind, year, title, legal_doc_kind, legal_doc_number, "
               "legal_doc_date, total_allocation_tyiyn, max_grant_tyiyn, cofinancing_share_pct, eligible_applicants, "
               "status, decision_method, quorum_rule, vote_two_thirds, chair_casting_vote, tie_rule, created_at, "
               "updated_at) VALUES (?, 'm1', 'jd', 2021, ?, ?, ?, ?, 0, 0, 0, 'person', 'draft', 'scoring', "
               "'more_than_half', 0, 0, 'chair', ?, ?)", (cid, f"Сынак {cid}", kind, number, day, created, created))
        ex("INSERT INTO development_program (id, municipality_id, title, start_year, end_year, resolution_body, "
           "resolution_number, resolution_date, created_at, updated_at) VALUES ('p1', 'm2', 'Программа', 2023, 2026, "
           "'Кара-Балта шаардык кеңеши', '05', '2023-02-16', '2023-03-01 00:00:00', '2023-03-01 00:00:00')")
    engine.dispose()


def _upgrade(path):
    database = open_database(path)
    database.close()
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def test_free_text_legal_bases_become_resolutions_keeping_the_text(tmp_path):
    path = tmp_path / "old.sqlite3"
    _old_database(path)
    conn = _upgrade(path)
    try:
        res = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM resolution")}
        assert len(res) == 3     # c1 and c2 share one resolution; c4 had no basis
        comp = {r["id"]: r["resolution_id"] for r in conn.execute("SELECT id, resolution_id FROM competition")}
        assert comp["c1"] == comp["c2"] and comp["c1"] in res and comp["c4"] is None
        r226 = res[comp["c1"]]
        assert (r226["body_name"], r226["number"], r226["adopted_on"]) == ("Айылдык кеңештин токтому", "226",
                                                                           "2020-12-28")
        assert r226["title"] == "Айылдык кеңештин токтому № 226 28.12.2020"
        assert r226["body_kind"] == "other" and r226["municipality_id"] == "m1" and "текшериңиз" in r226["note"]
        assert r226["created_at"].startswith("2021-09-01")      # from the oldest record it came from
        order = res[comp["c3"]]
        assert (order["body_name"], order["number"], order["adopted_on"]) == ("Мэриянын буйругу", None, None)
        # the old text stays where it was
        kept = conn.execute("SELECT legal_doc_kind, legal_doc_number, legal_doc_date FROM competition "
                            "WHERE id = 'c1'").fetchone()
        assert tuple(kept) == ("Айылдык кеңештин токтому", "226", "2020-12-28")
        prog = conn.execute("SELECT resolution_id, resolution_number FROM development_program").fetchone()
        p05 = res[prog["resolution_id"]]
        assert (p05["body_name"], p05["number"], p05["adopted_on"], p05["municipality_id"]) == (
            "Кара-Балта шаардык кеңеши", "05", "2023-02-16", "m2")
        assert prog["resolution_number"] == "05"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_two_offices_upgrading_the_same_data_get_the_same_resolutions(tmp_path):
    dumps = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        _old_database(path)
        conn = _upgrade(path)
        dumps.append(conn.execute("SELECT * FROM resolution ORDER BY id").fetchall())
        dumps[-1] = [tuple(r) for r in dumps[-1]]
        conn.close()
    assert dumps[0] == dumps[1] and len(dumps[0]) == 3
