"""Migration 0035: events and media coverage move from "belongs to a project"
to "belongs to a project or a competition" without losing a row, and the
database itself keeps exactly one owner; an upgrade that would leave a
dangling reference is refused and the file left as it was."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from app.store import db as store_db
from app.store.db import DatabaseError, open_database

BEFORE = "0011_protocol_triggers"
NOW = "'2026-01-01'"


def _old_file(tmp_path, *, dangling: bool = False):
    path = tmp_path / "old.sqlite3"
    engine = store_db.make_engine(path)
    store_db.upgrade_schema(engine, BEFORE)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if dangling:
            raw.execute("PRAGMA foreign_keys=OFF")
        stamps = f"{NOW}, {NOW}"
        raw.execute(f"INSERT INTO municipality (id, name, kind, created_at, updated_at) VALUES "
                    f"('m1', 'А. Орозбеков айыл аймагы', 'ayil_aimak', {stamps})")
        raw.execute(f"INSERT INTO competition (id, municipality_id, kind, year, title, total_allocation_tyiyn, "
                    f"max_grant_tyiyn, cofinancing_share_pct, eligible_applicants, status, decision_method, "
                    f"quorum_rule, vote_two_thirds, chair_casting_vote, tie_rule, created_at, updated_at) VALUES "
                    f"('c1', 'm1', 'jd', 2021, 'ЖД 2021', 2300000, 1200000, 0, 'person', 'completed', 'scoring', "
                    f"'more_than_half', 0, 0, 'chair', {stamps})")
        raw.execute(f"INSERT INTO project (id, competition_id, title, awarded_tyiyn, status, created_at, updated_at) "
                    f"VALUES ('p1', 'c1', 'Атам, апам жана мен', 1200000, 'running', {stamps})")
        raw.execute(f"INSERT INTO competition_plan_step (id, competition_id, position, step, created_at, updated_at)"
                    f" VALUES ('s1', 'c1', 0, 'Сынакты жарыялоо', {stamps})")
        raw.execute(f"INSERT INTO event (id, project_id, held_on, kind, title, is_planned, created_at, updated_at) "
                    f"VALUES ('e1', '{'nope' if dangling else 'p1'}', '2021-11-06', 'sport', "
                    f"'Аталар менен баскетбол', 0, {stamps})")
        raw.execute(f"INSERT INTO event_participants (id, event_id, category_id, count, created_at, updated_at) "
                    f"SELECT 'ep1', 'e1', id, 14, {stamps} FROM participant_category WHERE code = 'fathers'")
        raw.execute(f"INSERT INTO media_coverage (id, project_id, outlet, level, created_at, updated_at) "
                    f"VALUES ('mc1', 'p1', 'Кызыл Туу', 'district', {stamps})")
    engine.dispose()
    return path


def test_upgrade_keeps_events_media_and_counts(tmp_path):
    path = _old_file(tmp_path)
    database = open_database(path)
    try:
        assert database.upgraded_from == BEFORE
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("SELECT project_id, competition_id, title FROM event").all() == [
                ("p1", None, "Аталар менен баскетбол")]
            assert conn.exec_driver_sql("SELECT count FROM event_participants WHERE event_id = 'e1'").scalar() == 14
            assert conn.exec_driver_sql("SELECT project_id, competition_id FROM media_coverage").all() == [
                ("p1", None)]
            assert conn.exec_driver_sql("SELECT step, done_on FROM competition_plan_step").all() == [
                ("Сынакты жарыялоо", None)]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        database.close()


@pytest.mark.parametrize("table,columns,values", [
    ("event", "kind, title, is_planned", "'info_meeting', 'Маалыматтык жолугушуу', 0"),
    ("media_coverage", "outlet, level", "'Кызыл Туу', 'district'"),
])
def test_exactly_one_owner_is_kept_by_the_database(tmp_path, table, columns, values):
    database = open_database(_old_file(tmp_path))
    try:
        raw = database.engine.raw_connection()
        try:
            base = f"INSERT INTO {table} (id, project_id, competition_id, {columns}, created_at, updated_at) VALUES "
            raw.execute(base + f"('x1', NULL, 'c1', {values}, {NOW}, {NOW})")  # the competition's own
            for i, owners in enumerate(("NULL, NULL", "'p1', 'c1'")):
                with pytest.raises(sqlite3.IntegrityError, match="one_owner"):
                    raw.execute(base + f"('y{i}', {owners}, {values}, {NOW}, {NOW})")
            raw.commit()
        finally:
            raw.close()
    finally:
        database.close()


def test_new_event_kinds_are_allowed_and_others_refused(tmp_path):
    database = open_database(_old_file(tmp_path))
    try:
        raw = database.engine.raw_connection()
        try:
            base = ("INSERT INTO event (id, competition_id, kind, title, is_planned, created_at, updated_at) "
                    f"VALUES (?, 'c1', ?, 'Кулактандыруу', 0, {NOW}, {NOW})")
            raw.execute(base, ("k1", "announcement"))
            raw.execute(base, ("k2", "candidates_call"))
            with pytest.raises(sqlite3.IntegrityError):
                raw.execute(base, ("k3", "bogus"))
        finally:
            raw.close()
    finally:
        database.close()


def test_upgrade_with_a_dangling_reference_is_refused_and_the_file_untouched(tmp_path):
    path = _old_file(tmp_path, dangling=True)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.code == "foreign_keys" and info.value.details["table"] == "event"
    assert store_db.current_revision(path) == BEFORE
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
