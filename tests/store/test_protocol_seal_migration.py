"""Protocols closed before 0012 (seal over ids and figures only) are sealed
anew from their data on upgrade; the earlier seal stays verifiable.

Fault caught (introduced once, the test failed): the migration re-sealing
without writing the change into the audit trail (check then finds the
meeting rows unexplained)."""
from __future__ import annotations

import re
import shutil

from alembic import command
from pypdf import PdfReader
from sqlalchemy import select

from app.services import reporting
from app.store import db as store_db
from app.store import models as M
from app.store.db import open_database
from app.store.protocol_doc import verify_sealed
from app.store.protocol_hash import legacy_hash
from tests.tamper import edit_directly, query


def _as_before_0012(demo_template, tmp_path):
    """The demo as a 0011 file would hold it: closed protocols with the old seal."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(demo_template, path)
    db = open_database(path)
    with db.reader() as s:
        meetings = {m.id: (legacy_hash(s, m.id), m.sealed_content, m.content_hash) for m in s.scalars(select(M.Meeting))}
    db.close()
    engine = store_db.make_engine(path)
    cfg = store_db.alembic_config(engine)
    with engine.begin() as conn:
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
                # the document frozen on upgrade is the one closing makes today
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
    assert result.ok, result.messages("en")


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
