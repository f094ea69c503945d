"""The schema is created and upgraded only by Alembic."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from app.store import db as store_db
from app.store.base import Base
from app.store.db import DatabaseError, open_database


def _revisions_oldest_first() -> list[str]:
    return [r.revision for r in reversed(list(store_db.script_directory().walk_revisions()))]


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_file_is_migrated_to_head(db_path):
    database = open_database(db_path)
    try:
        assert store_db.current_revision(db_path) == store_db.head_revision()
        assert database.upgraded_from is None
        assert database.backup_path is None
    finally:
        database.close()


def test_head_schema_matches_models(db):
    """Autogenerate finds nothing to do: the models and migrations agree."""
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_there_is_more_than_one_migration():
    assert len(_revisions_oldest_first()) >= 2


@pytest.mark.parametrize("start", _revisions_oldest_first()[:-1])
def test_upgrade_from_each_earlier_revision_keeps_data_and_backs_up(tmp_path, start):
    path = tmp_path / "old.sqlite3"
    engine = store_db.make_engine(path)
    store_db.upgrade_schema(engine, start)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO municipality (id, name, kind, population, created_at, updated_at) "
            "VALUES ('m1', 'Баткен шаары', 'city', 25024, '2026-01-01', '2026-01-01')"
        )
    engine.dispose()

    database = open_database(path)
    try:
        assert database.upgraded_from == start
        assert store_db.current_revision(path) == store_db.head_revision()
        assert database.backup_path is not None and database.backup_path.exists()
        backup = sqlite3.connect(database.backup_path)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == start
        assert backup.execute("SELECT population FROM municipality").fetchone()[0] == 25024
        backup.close()
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT name FROM municipality").scalar() == "Баткен шаары"
    finally:
        database.close()


def test_no_backup_when_already_at_head(db_path):
    open_database(db_path).close()
    again = open_database(db_path)
    try:
        assert again.backup_path is None
    finally:
        again.close()


def test_newer_schema_is_refused_and_file_untouched(db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = _sha(db_path)
    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert info.value.code == "newer_schema"
    assert _sha(db_path) == before
    assert not (db_path.parent / "backups").exists() or not list((db_path.parent / "backups").iterdir())


def test_foreign_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE something (x)")
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.code == "not_demilge"
    assert _sha(path) == before


def test_garbage_file_is_refused(tmp_path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.code == "not_sqlite"


def test_second_instance_is_refused(db):
    with pytest.raises(DatabaseError) as info:
        open_database(db.path)
    assert info.value.code == "locked"


def test_lock_released_on_close(db_path):
    open_database(db_path).close()
    open_database(db_path).close()


def test_pragmas_on_every_connection(db):
    for _ in range(3):
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == store_db.BUSY_TIMEOUT_MS


def test_default_categories_seeded_with_stable_ids(db):
    from app.domain.participants import DEFAULT_CATEGORIES, builtin_category_id

    with db.engine.connect() as conn:
        rows = dict(conn.exec_driver_sql("SELECT code, id FROM participant_category").all())
    assert set(rows) == {c.code for c in DEFAULT_CATEGORIES}
    for code, cid in rows.items():
        assert cid == builtin_category_id(code)


def test_local_site_created_once(db_path):
    open_database(db_path).close()
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM site WHERE is_local = 1").fetchone()[0] == 1
    conn.close()
