"""A district server on PostgreSQL (issue 21): the same program on a live
PostgreSQL cluster (tests/pg.py), compared with SQLite where both apply.

Faults these tests catch (each was introduced once and the test failed):
- no advisory lock around writing transactions (db.WRITER_LOCK_KEY): concurrent
  writers reuse or reverse the office clock / fail on the change log's sequence;
- the office identity taken from the machine and path on a server database: a
  second PC's client is told the database is a copy;
- check on PostgreSQL not looking at disabled protection triggers or orphans.
"""
from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from app import cli, i18n
from app.services import backup, sync
from app.services.maintenance import check_database
from app.store import audit
from app.store import db as store_db
from app.store import models as M
from app.store.base import Base
from app.store.db import open_database
from app.store.sync_models import ChangeEntry
from tests.tamper import edit_directly, query


def _run(*argv) -> int:
    return cli.run(cli.parse(list(argv)))


def _pg_triggers(url) -> set[tuple[str, str]]:
    return {tuple(r) for r in query(url, "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c "
                                         "ON c.oid = t.tgrelid WHERE NOT t.tgisinternal")}


# --- 1. --db and DEMILGE_DB take a URL; every command honours it ------------------------------

def test_cli_commands_work_on_a_server_url(pg_cluster, tmp_path, monkeypatch, capsys):
    url = pg_cluster.fresh()
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    assert _run("demo", "--db", url, "--lang", "en") == 0
    assert list(work.iterdir()) == []          # no SQLite file named after the URL
    assert "postgresql+psycopg://" in capsys.readouterr().out
    monkeypatch.setenv("DEMILGE_DB", url)           # the environment variable, no --db
    assert _run("competitions") == 0
    assert len(capsys.readouterr().out.strip().splitlines()) >= 2
    assert _run("check", "--lang", "en") == 0
    assert "Check passed" in capsys.readouterr().out
    out = tmp_path / "summary.xlsx"
    assert _run("report", "council-summary", "--format", "xlsx", "--out", str(out),
                "--from", "2020-01-01", "--to", "2026-12-31") == 0 and out.stat().st_size


def test_a_libpq_service_file_gives_the_connection(pg_cluster, tmp_path, monkeypatch, capsys):
    name = pg_cluster.create(pg_cluster.new_name(), pg_cluster.migrated_template())
    service = tmp_path / "pg_service.conf"
    service.write_text(f"[district]\nhost={pg_cluster.sockets}\ndbname={name}\nuser=demilge\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    assert _run("competitions", "--db", "postgresql+psycopg:///?service=district", "--lang", "en") == 0
    database = open_database("postgresql://?service=district")  # plain postgresql:// means psycopg too
    try:
        assert database.server and database.engine.url.get_driver_name() == "psycopg"
    finally:
        database.close()


def test_an_unreachable_server_and_a_foreign_url_are_refused_in_one_line(tmp_path, capsys):
    assert _run("competitions", "--db", f"postgresql+psycopg://x@/nodb?host={tmp_path}", "--lang", "en") == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Could not connect to the database server") and "\n" not in err
    assert _run("competitions", "--db", "mysql://x@y/z", "--lang", "en") == 2
    assert "not supported" in capsys.readouterr().err


# --- 2. one set of migrations for both ---------------------------------------------------------

def test_empty_server_database_upgrades_to_head_like_a_file(pg_cluster, tmp_path):
    name = pg_cluster.create(pg_cluster.new_name())   # empty: no template
    url = pg_cluster.url(name)
    database = open_database(url)
    try:
        assert store_db.server_revision(database.engine) == store_db.head_revision()
        with database.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        database.close()
    lite = open_database(tmp_path / "x.sqlite3")
    lite.close()
    conn = sqlite3.connect(tmp_path / "x.sqlite3")
    sqlite_triggers = {(t, n) for n, t in conn.execute("SELECT name, tbl_name FROM sqlite_master "
                                                       "WHERE type = 'trigger'")}
    conn.close()
    assert _pg_triggers(url) == sqlite_triggers == set(store_db.PROTECTION_TRIGGERS)


@pytest.mark.parametrize("start", ["0001_initial", "0011_protocol_triggers", "0014_login_guard", "0030_registers"])
def test_upgrade_from_an_earlier_revision_keeps_data_and_dumps_first(pg_cluster, start):
    name = pg_cluster.create(pg_cluster.new_name())
    url = pg_cluster.url(name)
    engine = store_db.make_engine(url)
    store_db.upgrade_schema(engine, start)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO municipality (id, name, kind, population, created_at, updated_at) "
                             "VALUES ('m1', 'Баткен шаары', 'city', 25024, '2026-01-01', '2026-01-01')")
    engine.dispose()
    database = open_database(url)
    try:
        assert database.upgraded_from == start
        assert database.backup_path.suffix == ".dump"
        listed = subprocess.run([store_db.pg_tool("pg_restore"), "--list", str(database.backup_path)],
                                capture_output=True, text=True, check=True).stdout
        assert "TABLE DATA public municipality" in listed
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT population FROM municipality").scalar() == 25024
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        database.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
@pytest.mark.parametrize("weight", ["0.0", "00", "abc", "-1"])
def test_a_weight_not_above_zero_is_refused_by_the_schema(db, weight):
    from tests.store.test_models import _competition, _municipality

    with db.session() as s:
        cid = _competition(s, _municipality(s)).id
    with db.engine.connect() as conn:
        insert = ("INSERT INTO scoring_criterion (id, competition_id, position, name, max_points, weight, "
                  "created_at, updated_at) VALUES ('{id}', '" + cid + "', 1, 'n', 5, '{w}', "
                  "'2026-01-01', '2026-01-01')")
        conn.exec_driver_sql(insert.format(id="ok", w="1.5"))
        with pytest.raises(DBAPIError):  # IntegrityError, or DataError for text on PostgreSQL
            with conn.begin_nested():
                conn.exec_driver_sql(insert.format(id="bad", w=weight))
        conn.rollback()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
def test_money_is_a_64_bit_integer_on_both_and_sums_to_an_int(demo_db):
    """PostgreSQL's integer is 32-bit: a town's budget (180 000 000 som in the demo)
    did not fit; and its SUM of a BIGINT is a Decimal, which the report formatting refused."""
    from sqlalchemy import func

    from app.store.base import Money
    from app.store.register_models import LocalBudget

    money = [(t.name, c.name) for t in Base.metadata.tables.values() for c in t.columns if c.name.endswith("_tyiyn")]
    assert len(money) > 15 and all(isinstance(Base.metadata.tables[t].c[c].type, Money) for t, c in money)
    if demo_db.engine.dialect.name == "postgresql":
        with demo_db.engine.connect() as conn:
            types = dict(((t, c), d) for t, c, d in conn.exec_driver_sql(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE column_name LIKE '%%\\_tyiyn'"))
        assert set(types) == set(money) and set(types.values()) == {"bigint"}
    with demo_db.reader() as s:
        total = s.scalar(select(func.sum(LocalBudget.total_expenditure_tyiyn)))
        biggest = s.scalar(select(func.max(LocalBudget.total_expenditure_tyiyn)))
    assert type(total) is int and biggest >= 18_000_000_000


# --- 3. protections, check, backups ------------------------------------------------------------

def test_the_database_refuses_edits_of_the_trail_and_of_closed_protocols(demo_db_pg):
    db = demo_db_pg
    for sql in ("UPDATE audit_entry SET user_name = 'x' WHERE seq = 1", "DELETE FROM audit_entry WHERE seq = 1",
                "UPDATE meeting SET number = number + 10 WHERE status = 'closed'",
                "DELETE FROM decision WHERE meeting_id IN (SELECT id FROM meeting WHERE status = 'closed')",
                "UPDATE score SET points = 0 WHERE meeting_id IN (SELECT id FROM meeting WHERE status = 'closed')"):
        with pytest.raises(IntegrityError) as err:
            with db.engine.begin() as conn:
                conn.exec_driver_sql(sql)
        assert "append-only" in str(err.value) or "closed protocol" in str(err.value)
    assert check_database(db.path).ok


@pytest.fixture
def demo_db_pg(demo_db):
    return demo_db


@pytest.fixture
def backend(request):
    """This module's `db` and `demo_db` are on PostgreSQL unless parametrized."""
    return getattr(request, "param", "postgresql")


@pytest.mark.parametrize("fault,message", [
    ("UPDATE alembic_version SET version_num = '0014_login_guard'", "Schema version is 0014_login_guard"),
    ("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update",
     "trigger audit_entry_no_update on audit_entry is disabled"),
    ("DROP TRIGGER score_closed_update ON score", "trigger score_closed_update on score is missing"),
    ("INSERT INTO attendance (id, meeting_id, member_id, present, created_at, updated_at) VALUES "
     "('x', 'nope', 'nope', true, '2026-01-01', '2026-01-01')", "Broken references: 2 rows in table attendance"),
    ("UPDATE audit_entry SET new_value = '1' WHERE seq = 5", "The audit chain is broken at entry #5 (content)"),
])
def test_check_names_what_was_switched_off_or_broken(demo_db_pg, fault, message):
    edit_directly(demo_db_pg.path, fault)
    result = check_database(demo_db_pg.path)
    assert not result.ok
    assert any(message in line for line in result.messages("en")), result.messages("en")


def test_backup_and_restore_by_pg_dump_and_pg_restore(demo_db_pg, tmp_path):
    db = demo_db_pg
    url = db.engine.url
    made = backup.backup_to_folder(db, tmp_path / "usb")
    assert made.suffix == ".dump"
    backup.verify_backup(made)
    with db.session() as s:
        m = s.scalars(select(M.Municipality)).first()
        original, m.name = m.name, "Өзгөртүлгөн"
    aside = backup.restore(db, made)
    assert aside is not None and aside.suffix == ".dump"
    again = open_database(url)
    try:
        with again.reader() as s:
            assert original in {m.name for m in s.scalars(select(M.Municipality))}
            assert "Өзгөртүлгөн" not in {m.name for m in s.scalars(select(M.Municipality))}
    finally:
        again.close()
    assert check_database(url).ok
    with pytest.raises(Exception):
        backup.verify_backup(tmp_path / "usb" / "missing.dump")


# --- 3/5. the same data on both backends: same seals, same sync package contents, same reports ---

def test_a_village_file_imported_into_the_district_server_seals_and_reports_the_same(
        pg_cluster, tmp_path):
    from openpyxl import load_workbook

    from app.services import reporting
    from app.store.protocol_doc import seal_values

    from app.services import demo

    # built here, not copied from demo_template: a copied file is another office
    # (init_site keeps the original as an untrusted peer, whose changes a district sets aside)
    village = open_database(tmp_path / "village.sqlite3")
    demo.build_demo(village)
    district = open_database(pg_cluster.fresh())
    try:
        sync.init_site(village, "Village")
        sync.init_site(district, "District")
        sync.trust(district, sync.export_key(village, tmp_path / "v.json"))
        sync.trust(village, sync.export_key(district, tmp_path / "d.json"))
        res = sync.import_package(district, sync.export_package(village, tmp_path / "v.demilge", to=None).path)
        assert res.applied > 0 and res.conflicts == 0
        backups = list(store_db.paths.backups_dir(district.path).glob("*before-import.dump"))
        assert backups, "no pg_dump before the import"
        from app.sync.canonical import canonical_dump

        with village.engine.connect() as a, district.engine.connect() as b:
            assert canonical_dump(a) == canonical_dump(b)
            for mid, content, h in a.execute(text(
                    "SELECT id, sealed_content, content_hash FROM meeting WHERE status = 'closed'")).all():
                assert b.execute(text("SELECT sealed_content, content_hash FROM meeting WHERE id = :i"),
                                 {"i": mid}).one() == (content, h)
                assert seal_values(b, mid) == {"sealed_content": content, "content_hash": h}
        for db in (village, district):
            assert check_database(db.path).ok, check_database(db.path).messages("en")
        from datetime import date

        from app.services.listing import id_listing

        project = id_listing(village, "projects")[0][0]
        for report in ("council-summary", "participants", "competition-results"):
            sheets = []
            for db, name in ((village, "v"), (district, "d")):
                out = tmp_path / f"{report}-{name}.xlsx"
                comp = id_listing(db, "competitions")[0][0]
                reporting.build_report(db, report, reporting.ReportParams(
                    lang="ru", date_from=date(2020, 1, 1), date_to=date(2026, 12, 31), project=project,
                    competition=comp), "xlsx", out)
                wb = load_workbook(out)
                sheets.append({ws.title: [list(row) for row in ws.iter_rows(values_only=True)]
                               for ws in wb.worksheets})
            assert sum(len(rows) for rows in sheets[0].values()) > 5
            assert _without_stamps(sheets[0]) == _without_stamps(sheets[1]), report  # same rows, same order
        # and back: the district's package goes to the village
        back = sync.export_package(district, tmp_path / "d.demilge", to=sync.site_info(village).site_id)
        assert not sync.import_package(village, back.path).conflicts
    finally:
        village.close()
        district.close()


def _without_stamps(book):
    """Cells naming when and from which database a report was made differ by design."""
    import re

    def keep(v):
        return not (isinstance(v, str) and (re.search(r"\d{2}:\d{2}", v) or "#" in v))
    return {t: [[c for c in row if keep(c)] for row in rows] for t, rows in book.items()}


def test_a_second_pc_is_the_same_office_and_exports_once_it_has_the_key(db, pg_cluster, tmp_path, monkeypatch):
    """The signing key is a file on the PC that first opened the server database
    (syncsafe): another PC is the same office, not a copy; it cannot export until
    the key is imported there, and then its changes (made before) go out signed."""
    from app.domain import enums as E
    from app.services.errors import ServiceError

    village = open_database(tmp_path / "village.sqlite3")
    try:
        sync.init_site(db, "District")
        sync.init_site(village, "Village")
        sync.trust(village, sync.export_key(db, tmp_path / "d.json"))
        sync.trust(db, sync.export_key(village, tmp_path / "v.json"))
        saved = sync.export_signing_key(db, tmp_path / "district.key", "district passphrase")
        url = db.engine.url.render_as_string(hide_password=False)
        monkeypatch.setenv("DEMILGE_DATA_DIR", str(tmp_path / "pc2"))
        monkeypatch.setenv("DEMILGE_KEY_DIR", str(tmp_path / "pc2-keys"))
        pc2 = open_database(url)
        try:
            info = sync.site_info(pc2)
            assert info.site_id == sync.site_info(db).site_id and not info.needs_init and info.key_missing
            with pc2.session() as s:
                s.add(M.Municipality(name="Экинчи компьютерде", kind=E.MunicipalityKind.CITY, population=1))
            with pytest.raises(ServiceError) as err:
                sync.export_package(pc2, tmp_path / "x.demilge")
            assert err.value.key == "sync.key_missing"
            # its writes cannot advance the audit trail's signed witness: check says so
            assert [k for k, _ in check_database(db.path).problems] == ["check.witness.beyond"]
            sync.import_signing_key(pc2, saved, "district passphrase")
            with pc2.session() as s:
                s.get(M.Municipality, s.scalar(select(M.Municipality.id).where(
                    M.Municipality.name == "Экинчи компьютерде"))).population = 2
            assert check_database(db.path).ok   # witnessed again
            res = sync.export_package(pc2, tmp_path / "d.demilge", to=sync.site_info(village).site_id)
            with pc2.reader() as s:
                assert s.scalar(select(ChangeEntry.seq).where(ChangeEntry.sig.is_(None)).limit(1)) is None
        finally:
            pc2.close()
        assert sync.import_package(village, res.path).applied > 0
        with village.reader() as s:
            assert s.scalar(select(M.Municipality.id).where(M.Municipality.name == "Экинчи компьютерде"))
    finally:
        village.close()


# --- 4. several PCs, one office: writers serialised ----------------------------------------------

def _writer(url: str, n: int, offset_ms: int, shared: str, data_dir: str) -> str:
    """One PC's client: its own clock (skewed by offset_ms), n transactions."""
    import os

    os.environ["DEMILGE_DATA_DIR"] = data_dir
    from app.domain import enums as E
    from app.store import changelog
    from app.store import models as M
    from app.store.db import open_database

    db = open_database(url)
    db.info["clock"] = lambda: changelog.now_ms() + offset_ms
    try:
        for i in range(n):
            with db.session() as s:
                s.add(M.Municipality(name=f"w{offset_ms}-{i}", kind=E.MunicipalityKind.AYIL_AIMAK, population=i))
                s.get(M.Municipality, shared).population = offset_ms + i + 10_000
        from app.services import sync as S

        info = S.site_info(db)
        return info.site_id + ("|copy" if info.needs_init else "")
    finally:
        db.close()


def test_concurrent_writers_on_several_pcs_keep_one_office_clock(db, pg_cluster, tmp_path):
    from app.domain import enums as E

    assert db.server
    sync.init_site(db, "District")
    with db.session() as s:
        shared = M.Municipality(name="Баткен", kind=E.MunicipalityKind.CITY, population=1)
        s.add(shared)
        s.flush()
        shared_id = shared.id
    url = db.engine.url.render_as_string(hide_password=False)
    ctx = multiprocessing.get_context("spawn")
    offsets = [-3000, -1000, 0, 2000]
    with ctx.Pool(len(offsets)) as pool:
        sites = pool.starmap(_writer, [(url, 12, o, shared_id, str(tmp_path / f"pc{i}"))
                                       for i, o in enumerate(offsets)])
    assert len(set(sites)) == 1 and "|copy" not in sites[0]   # one office, not four copies
    with db.reader() as s:
        rows = s.execute(select(ChangeEntry.origin, ChangeEntry.seq, ChangeEntry.hlc, ChangeEntry.prev_hash,
                                ChangeEntry.hash).order_by(ChangeEntry.origin, ChangeEntry.seq)).all()
        prev = None
        for r in rows:
            assert r.origin == sites[0]
            if prev is not None:
                assert r.seq == prev.seq + 1 and r.prev_hash == prev.hash
                assert r.hlc >= prev.hlc, "the office clock went backwards"
            prev = r
        stamps = [h for (h,) in s.execute(text("SELECT DISTINCT hlc FROM change_entry"))]
        # every transaction its own moment: 1 (setup) + 4 x 12 writer transactions (+ init)
        assert len(stamps) >= 1 + len(offsets) * 12
        last = s.get(M.Municipality, shared_id).population
        latest = s.scalars(select(ChangeEntry.value).where(
            ChangeEntry.row_id == shared_id, ChangeEntry.field == "population").order_by(ChangeEntry.seq.desc())).first()
    assert str(last) == latest  # the later change won: the row holds the last one written
    with db.engine.connect() as conn:
        assert audit.verify_chain(conn.connection.dbapi_connection).ok
    assert check_database(db.path).ok


def test_every_report_builds_from_the_server(demo_db_pg, tmp_path):
    from app.services import reporting
    from tests.reports.test_all_reports import _params

    for spec in reporting.list_reports():
        for fmt in spec.formats:
            out = tmp_path / f"{spec.name}.{fmt}"
            reporting.build_report(demo_db_pg, spec.name, _params(demo_db_pg, spec, "ru"), fmt, out)
            assert out.stat().st_size > 1000, spec.name
