"""0023_figures upgrades a file that already holds projects with budget lines,
expenses and events: the rebuilt tables keep every row and reference."""
from __future__ import annotations

import sqlite3

from app.services.maintenance import check_database
from app.store import db as store_db
from app.store.db import open_database

ROWS = [
    "INSERT INTO municipality (id, name, kind, created_at, updated_at) VALUES ('m1', 'Баткен шаары', 'city', "
    "'2026-01-01', '2026-01-01')",
    "INSERT INTO competition (id, municipality_id, kind, year, title, total_allocation_tyiyn, max_grant_tyiyn, "
    "cofinancing_share_pct, eligible_applicants, status, decision_method, quorum_rule, vote_two_thirds, "
    "chair_casting_vote, tie_rule, created_at, updated_at) VALUES ('c1', 'm1', 'msz', 2018, 'МСЗ', 5000000, "
    "5000000, 0, 'person', 'completed', 'scoring', 'more_than_half', 0, 0, 'chair', '2026-01-01', '2026-01-01')",
    "INSERT INTO project (id, competition_id, title, awarded_tyiyn, status, created_at, updated_at) VALUES "
    "('p1', 'c1', 'Шаарыбыздын тазалыгы өз колубузда', 5000000, 'completed', '2026-01-01', '2026-01-01')",
    "INSERT INTO budget_line (id, project_id, position, category, source, planned_tyiyn, actual_tyiyn, created_at, "
    "updated_at) VALUES ('b1', 'p1', 0, 'Кампания', 'local_budget', 5000000, 5000000, '2026-01-01', '2026-01-01')",
    "INSERT INTO expense (id, project_id, budget_line_id, spent_on, amount_tyiyn, source, created_at, updated_at) "
    "VALUES ('e1', 'p1', 'b1', '2018-09-01', 1000000, 'local_budget', '2026-01-01', '2026-01-01')",
    "INSERT INTO event (id, project_id, kind, title, is_planned, created_at, updated_at) VALUES ('v1', 'p1', "
    "'clean_up', 'Тазалоо', 0, '2026-01-01', '2026-01-01')",
]


def test_upgrade_keeps_projects_and_their_children(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = store_db.make_engine(path)
    store_db.upgrade_schema(engine, "0011_protocol_triggers")
    with engine.begin() as conn:
        for sql in ROWS:
            conn.exec_driver_sql(sql)
    engine.dispose()

    database = open_database(path)
    database.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT competition_id, direct_kind, award_excess_reason FROM project").fetchall() == [
            ("c1", None, None)]
        assert conn.execute("SELECT project_id, channel, quantity FROM budget_line").fetchall() == [
            ("p1", None, None)]
        assert conn.execute("SELECT budget_line_id FROM expense").fetchall() == [("b1",)]
        assert conn.execute("SELECT project_id, stated_total FROM event").fetchall() == [("p1", None)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # the new source is allowed, an unknown one is not
        conn.execute("UPDATE budget_line SET source = 'republican_budget'")
        try:
            conn.execute("UPDATE budget_line SET source = 'nonsense'")
            raise AssertionError("the source check constraint is missing")
        except sqlite3.IntegrityError:
            pass
    finally:
        conn.close()
    assert check_database(path).ok
