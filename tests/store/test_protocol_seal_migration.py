"""Protocols closed before 0012 (seal over ids and figures only) are sealed
anew from their data on upgrade; the earlier seal stays verifiable.

Fault caught (introduced once, the test failed): the migration re-sealing
without writing the change into the audit trail (check then finds the
meeting rows unexplained)."""
from __future__ import annotations

import re
import shutil
import sqlite3

from alembic import command
from pypdf import PdfReader
from sqlalchemy import select

from app.services import reporting
from app.store import db as store_db
from app.store import models as M
from app.store.db import open_database
from app.store.protocol_doc import canonical_json, document_hash, protocol_document, verify_sealed
from app.store.protocol_hash import legacy_hash
from tests.tamper import edit_directly, query


def _drop_projects_without_competition(path) -> None:
    """Delete the demo's illustrative subsidy and every row under it (found by
    following the foreign keys), as a file from before 0023 never had them."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    children = {t: [(r[2], r[3]) for r in con.execute(f'PRAGMA foreign_key_list("{t}")')] for t in tables}
    doomed = {"project": {r[0] for r in con.execute("SELECT id FROM project WHERE competition_id IS NULL")}}
    grew = True
    while grew:
        grew = False
        for t, refs in children.items():
            for parent, col in refs:
                ids = doomed.get(parent)
                if not ids:
                    continue
                marks = ",".join("?" * len(ids))
                found = {r[0] for r in con.execute(f'SELECT id FROM "{t}" WHERE "{col}" IN ({marks})', list(ids))}
                if found - doomed.get(t, set()):
                    doomed.setdefault(t, set()).update(found)
                    grew = True
    for t, ids in doomed.items():
        con.executemany(f'DELETE FROM "{t}" WHERE id = ?', [(i,) for i in ids])
    con.commit()
    assert not con.execute("PRAGMA foreign_key_check").fetchall()
    con.close()


def _as_before_0012(demo_template, tmp_path):
    """The demo as a 0011 file would hold it: closed protocols with the old seal."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(demo_template, path)
    db = open_database(path)
    with db.reader() as s:
        # 0012 seals with document version 2 (the lots, partners and prizes of
        # version 3 come with 0020): what it must freeze is the version-2
        # document of the same rows
        meetings = {}
        for m in s.scalars(select(M.Meeting)):
            doc = protocol_document(s, m.id, version=2)
            meetings[m.id] = (legacy_hash(s, m.id), canonical_json(doc), document_hash(doc))
    db.close()
    _drop_projects_without_competition(path)  # they cannot exist before 0023
    engine = store_db.make_engine(path)
    cfg = store_db.alembic_config(engine)
    with engine.connect() as conn:
        # later migrations rebuild tables others refer to: as upgrade_schema does,
        # foreign keys are off while the schema is rebuilt (outside a transaction)
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0011_protocol_triggers")
    engine.dispose()
    for mid, (old, _doc, _h) in meetings.items():
        edit_directly(path, "UPDATE meeting SET content_hash = ? WHERE id = ?", params=(old, mid))
    assert query(path, "SELECT version_num FROM alembic_version") == [("0011_protocol_triggers",)]
    return path, meetings


def test_upgrade_seals_old_protocols_anew_and_keeps_the_old_seal(demo_template, tmp_path):
    path, before = _as_before_0012(demo_template, tmp_path)
    db = open_database(path)
    try:
        with db.reader() as s:
            for mid, (old, doc, new) in before.items():
                m = s.get(M.Meeting, mid)
                assert m.legacy_hash == old
                # the document frozen on upgrade is the one closing made with version 2
                assert m.sealed_content == doc and m.content_hash == new
                assert verify_sealed(s, mid).ok
        mid = next(iter(before))
        out = tmp_path / "p.pdf"
        reporting.build_report(db, "protocol", reporting.ReportParams(lang="ru", meeting=mid), "pdf", out)
        text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(out)).pages))
        assert before[mid][2] in text and before[mid][0] in text
        assert "прежняя печать SHA-256" in text and "ВНИМАНИЕ" not in text
    finally:
        db.close()
    # the re-seal is in the audit trail: every row still replays, the witness holds
    from app.services.maintenance import check_database

    result = check_database(path)
    # going down to 0011 dropped what later revisions added (project cycle
    # tables and columns, the subsidy without a competition), which the trail
    # remembers and check reports; the protocol's own rows must all replay
    protocol_tables = {"meeting", "attendance", "score", "vote", "decision", "conflict_declaration",
                       "commission_member", "commission"}
    assert [p for p in result.problems if p[0].startswith("check.row")], "the downgrade's losses are reported"
    assert not [p for p in result.problems if not p[0].startswith("check.row")], result.messages("en")
    from app.store.audit import unexplained_rows

    db = open_database(path)
    try:
        with db.reader() as s:
            unexplained = [(p.table, p.row_id, p.field) for p in unexplained_rows(s) if p.table in protocol_tables]
    finally:
        db.close()
    assert not unexplained


def test_a_row_changed_against_the_old_seal_is_still_found(demo_template, tmp_path):
    path, before = _as_before_0012(demo_template, tmp_path)
    open_database(path).close()
    mid = next(m for m in before if query(path, "SELECT count(*) FROM vote WHERE meeting_id = ?", (m,))[0][0]
               or query(path, "SELECT count(*) FROM score WHERE meeting_id = ?", (m,))[0][0])
    edit_directly(path, "UPDATE decision SET awarded_tyiyn = awarded_tyiyn + 100 WHERE meeting_id = ? "
                        "AND outcome = 'winner'", params=(mid,))
    db = open_database(path)
    try:
        with db.reader() as s:
            check = verify_sealed(s, mid)
        assert set(check.problems) == {"live", "legacy"}
    finally:
        db.close()
