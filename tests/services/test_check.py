"""`demilge check` finds tampering, exits non-zero and names the record.

Faults these tests catch (each was introduced once and the test failed):
- check not recomputing protocol hashes (an award multiplied by ten in the
  file, triggers dropped, passes);
- check not replaying rows from the audit trail (a direct edit of an
  applicant's name, a deleted or an inserted row passes);
- check not comparing the chain with its signed witness (the last 25
  entries deleted, or one entry rewritten and the chain recomputed, passes);
- the hook re-signing the witness over a chain that no longer holds it (a
  rewrite followed by ordinary work is laundered);
- a write path without audit entries (the sync seal applied without field
  entries; the migration's re-seal) makes a clean file fail.
"""
from __future__ import annotations

import json
import re
import shutil
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from app.cli import parse, run
from app.domain import enums as E
from app.services import commission as C
from app.services import reporting
from app.services.listing import id_listing
from app.services.maintenance import check_database, parse_witness
from app.store import audit, witness
from app.store import models as M
from app.store.db import open_database
from tests.tamper import edit_directly, query


def _check(path, *extra, lang="ru"):
    return run(parse(["check", "--db", str(path), "--lang", lang, *extra]))


def _closed_demo(demo_template, tmp_path):
    path = tmp_path / "d.sqlite3"
    shutil.copy(demo_template, path)
    return path


def _rechain(path, from_seq: int) -> None:
    """Recompute every entry's hash from `from_seq` on, as a careful editor would."""
    rows = query(path, "SELECT seq, at, user_name, site_id, action, table_name, row_id, field, old_value, new_value, "
                       "prev_hash, hash FROM audit_entry WHERE seq >= ? ORDER BY seq", (from_seq,))
    prev = query(path, "SELECT hash FROM audit_entry WHERE seq = ?", (from_seq - 1,))[0][0] if from_seq > 1 \
        else audit.GENESIS
    statements = []
    for seq, at, user, site, action, table, row_id, fld, old, new, _p, _h in rows:
        moment = datetime.fromisoformat(at).replace(tzinfo=timezone.utc)
        h = audit.entry_hash(prev, seq, moment, user, site, action, table, row_id, fld, old, new)
        statements.append(f"UPDATE audit_entry SET prev_hash = '{prev}', hash = '{h}' WHERE seq = {seq}")
        prev = h
    edit_directly(path, *statements)


def test_demo_passes_and_shows_the_chain_head(demo_template, tmp_path, capsys):
    path = _closed_demo(demo_template, tmp_path)
    assert _check(path) == 0
    out = capsys.readouterr().out
    assert re.search(r"Голова цепочки аудита: #\d+ [0-9a-f]{12}", out)


DIRECT_EDITS = {
    "applicant name": ("UPDATE applicant SET name = 'Башка Адам' WHERE name LIKE 'Кожонова%'", "applicant", "name"),
    "member name": ("UPDATE commission_member SET full_name = 'Башка' WHERE full_name = 'Маматов Улан'",
                    "commission_member", "full_name"),
    "competition money": ("UPDATE competition SET total_allocation_tyiyn = total_allocation_tyiyn + 1", "competition",
                          "total_allocation_tyiyn"),
    "budget amount": ("UPDATE budget_line SET planned_tyiyn = planned_tyiyn + 100 WHERE id = (SELECT min(id) FROM "
                      "budget_line)", "budget_line", "planned_tyiyn"),
    "a date": ("UPDATE event SET held_on = '1999-01-01' WHERE id = (SELECT min(id) FROM event)", "event", "held_on"),
    "a tombstone": ("UPDATE project SET deleted_at = '2024-01-01 00:00:00.000000' WHERE id = (SELECT min(id) FROM "
                    "project)", "project", "deleted_at"),
    "a deleted row": ("DELETE FROM media_coverage WHERE id = (SELECT min(id) FROM media_coverage)", "media_coverage",
                      None),
    "an inserted row": ("INSERT INTO municipality (id, name, kind, created_at, updated_at) VALUES "
                        "('f0000000-0000-0000-0000-000000000001', 'Жалган', 'city', '2024-01-01', '2024-01-01')",
                        "municipality", None),
    "a default category": ("UPDATE participant_category SET name_ru = 'Мужики' WHERE code = 'men'",
                           "participant_category", "name_ru"),
}


@pytest.mark.parametrize("what", sorted(DIRECT_EDITS))
def test_a_direct_edit_is_found_and_named(demo_template, tmp_path, capsys, what):
    path = _closed_demo(demo_template, tmp_path)
    sql, table, fld = DIRECT_EDITS[what]
    edit_directly(path, sql)
    assert _check(path) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith(table + " ")]
    assert lines, err
    if fld:
        assert f"поле {fld} =" in lines[0]
    assert re.match(rf"{table} [0-9a-f-]{{36}}[ :]", lines[0])


def test_an_award_multiplied_in_the_file_names_the_protocol_and_the_row(demo_template, tmp_path, capsys):
    path = _closed_demo(demo_template, tmp_path)
    edit_directly(path, "UPDATE decision SET awarded_tyiyn = awarded_tyiyn * 10 WHERE outcome = 'winner'")
    assert _check(path) == 1
    err = capsys.readouterr().err
    assert "Протокол № 1 («Жергиликтүү демилгелердин сынагы 2021»" in err
    assert "записи в базе данных не совпадают с печатью" in err
    assert re.search(r"decision [0-9a-f-]{36} \(ЖД-2021/001\): поле awarded_tyiyn = 12000000, а по журналу "
                     r"аудита должно быть 1200000", err)


def test_a_changed_frozen_protocol_is_named(demo_template, tmp_path, capsys):
    path = _closed_demo(demo_template, tmp_path)
    edit_directly(path, "UPDATE meeting SET sealed_content = replace(sealed_content, 'Маматов Улан', 'Башка')")
    assert _check(path) == 1
    err = capsys.readouterr().err
    assert "сохранённый текст не совпадает с печатью" in err


@pytest.mark.parametrize("count", [1, 25])
def test_the_chain_cut_short_at_its_end_is_found(demo_template, tmp_path, capsys, count):
    path = _closed_demo(demo_template, tmp_path)
    head = query(path, "SELECT max(seq) FROM audit_entry")[0][0]
    edit_directly(path, f"DELETE FROM audit_entry WHERE seq > {head - count}")
    assert _check(path) == 1
    assert f"нет заверенной записи №{head}" in capsys.readouterr().err


def test_an_entry_rewritten_and_the_chain_recomputed_is_found(demo_template, tmp_path, capsys):
    path = _closed_demo(demo_template, tmp_path)
    seq, row_id = query(path, "SELECT seq, row_id FROM audit_entry WHERE table_name = 'applicant' AND field = 'name' "
                              "ORDER BY seq LIMIT 1")[0]
    # the editor changes the row and its history alike, so the rows replay cleanly
    edit_directly(path, "UPDATE audit_entry SET new_value = '\"Башка Адам\"' WHERE seq = ?", params=(seq,))
    edit_directly(path, "UPDATE applicant SET name = 'Башка Адам' WHERE id = ?", params=(row_id,))
    _rechain(path, seq)
    conn_rows = query(path, "SELECT count(*) FROM audit_entry")
    assert conn_rows[0][0] > 0
    import sqlite3

    conn = sqlite3.connect(path)
    assert audit.verify_chain(conn).ok  # the chain itself checks: only the witness can tell
    conn.close()
    assert _check(path) == 1
    assert "журнал укорочен или переписан" in capsys.readouterr().err


def test_entries_appended_outside_the_program_are_found(demo_template, tmp_path, capsys):
    """An editor who changes a row and appends a well-chained entry that
    'explains' it: the rows replay, the chain checks, the witness does not."""
    path = _closed_demo(demo_template, tmp_path)
    row_id = query(path, "SELECT id FROM applicant ORDER BY id LIMIT 1")[0][0]
    old = query(path, "SELECT name FROM applicant WHERE id = ?", (row_id,))[0][0]
    seq, prev = query(path, "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")[0]
    at = datetime(2024, 1, 1, tzinfo=timezone.utc)
    h = audit.entry_hash(prev, seq + 1, at, "admin", None, "update", "applicant", row_id, "name",
                         json.dumps(old, ensure_ascii=False), '"Башка"')
    edit_directly(path, "UPDATE applicant SET name = 'Башка' WHERE id = ?", params=(row_id,))
    edit_directly(path, "INSERT INTO audit_entry (seq, at, user_name, site_id, action, table_name, row_id, field, "
                        "old_value, new_value, prev_hash, hash) VALUES (?, '2024-01-01 00:00:00.000000', 'admin', "
                        "NULL, 'update', 'applicant', ?, 'name', ?, '\"Башка\"', ?, ?)",
                  params=(seq + 1, row_id, json.dumps(old, ensure_ascii=False), prev, h))
    assert _check(path) == 1
    err = capsys.readouterr().err
    assert f"1 запись после заверенной №{seq}" in err and "applicant" not in err


@pytest.mark.parametrize("how", ["deleted", "forged", "other key"])
def test_a_removed_or_forged_witness_is_found(demo_template, tmp_path, capsys, how):
    path = _closed_demo(demo_template, tmp_path)
    if how == "deleted":
        edit_directly(path, "DELETE FROM setting WHERE key = 'audit_witness'")
        expected = "не заверен подписью этого офиса"
    elif how == "forged":
        edit_directly(path, "UPDATE setting SET value = replace(value, '\"seq\": ', '\"seq\": 1') "
                            "WHERE key = 'audit_witness'")
        expected = "Подпись заверения журнала аудита"
    else:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives import serialization

        other = Ed25519PrivateKey.generate()
        raw = other.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                  serialization.NoEncryption()).hex()
        pub = other.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
        w = json.loads(query(path, "SELECT value FROM setting WHERE key = 'audit_witness'")[0][0])
        payload = witness._payload(w["seq"], w["hash"], pub)
        w.update(public_key=pub, signature=other.sign(payload).hex())
        edit_directly(path, "UPDATE setting SET value = ? WHERE key = 'audit_witness'", params=(json.dumps(w),))
        assert raw
        expected = "подписано чужим ключом"
    assert _check(path) == 1
    assert expected in capsys.readouterr().err


def test_work_after_a_rewrite_does_not_launder_it(demo_template, tmp_path, capsys):
    path = _closed_demo(demo_template, tmp_path)
    head = query(path, "SELECT max(seq) FROM audit_entry")[0][0]
    edit_directly(path, f"DELETE FROM audit_entry WHERE seq > {head - 3}")
    db = open_database(path)
    try:
        with db.session() as s:
            s.add(M.Municipality(name="Жаңы", kind=E.MunicipalityKind.CITY))
    finally:
        db.close()
    assert _check(path) == 1
    assert f"нет заверенной записи №{head}" in capsys.readouterr().err


def test_ordinary_work_keeps_the_witness_at_the_head(demo_template, tmp_path):
    path = _closed_demo(demo_template, tmp_path)
    db = open_database(path)
    try:
        meeting = next(r[0] for r in id_listing(db, "meetings") if "2021" in r[1])
        C.amend_protocol(db, meeting, date(2021, 11, 1))
        with db.reader() as s:
            w = witness.read(s)
            assert (w.seq, w.hash) == audit.audit_head(s) and w.signature_ok()
    finally:
        db.close()
    assert check_database(path).ok


def test_a_head_printed_on_paper_is_checked(demo_template, tmp_path, capsys):
    path = _closed_demo(demo_template, tmp_path)
    db = open_database(path)
    try:
        meeting = next(r[0] for r in id_listing(db, "meetings") if "2021" in r[1])
        out = tmp_path / "p.pdf"
        reporting.build_report(db, "protocol", reporting.ReportParams(lang="ky", meeting=meeting), "pdf", out)
    finally:
        db.close()
    footer = PdfReader(str(out)).pages[0].extract_text()
    printed = re.search(r"аудит (#\d+ [0-9a-f]{12})", footer).group(1)
    assert _check(path, "--witness", printed) == 0
    seq = int(printed[1:].split()[0])
    edit_directly(path, f"DELETE FROM audit_entry WHERE seq >= {seq - 1}",
                  "DELETE FROM setting WHERE key = 'audit_witness'")
    capsys.readouterr()
    assert _check(path, "--witness", printed) == 1
    assert f"нет записи №{seq}" in capsys.readouterr().err
    with pytest.raises(Exception):
        parse_witness("not-a-head")


def test_an_upgraded_file_passes(tmp_path):
    """Rows written before the trail existed, and the builtin categories,
    are taken as they stand by the upgrade (0013), once."""
    from app.store import db as store_db

    path = tmp_path / "old.sqlite3"
    engine = store_db.make_engine(path)
    store_db.upgrade_schema(engine, "0002_default_categories")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO municipality (id, name, kind, population, created_at, updated_at) "
                             "VALUES ('m1', 'Баткен шаары', 'city', 25024, '2026-01-01', '2026-01-01')")
    engine.dispose()
    open_database(path).close()
    assert check_database(path).ok
    edit_directly(path, "UPDATE municipality SET population = 1 WHERE id = 'm1'")
    result = check_database(path)
    assert [k for k, _ in result.problems] == ["check.row_changed"]
