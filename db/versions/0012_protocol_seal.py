"""a closed protocol's seal covers what is printed

Revision ID: 0012_protocol_seal
Revises: 0011_protocol_triggers
Create Date: 2026-12-01

A closed protocol now keeps its printed document frozen in the meeting row
(`sealed_content`, see app/store/protocol_doc.py) and `content_hash` is the
SHA-256 of that document. The closed-protocol trigger of 0011 (no UPDATE of a
closed meeting) covers the new columns.

Protocols closed before this revision had a seal over ids and figures only
(no names, no applicants, no quorum). Each of them is sealed anew here from
its current data: the document is built and frozen, `content_hash` becomes
its SHA-256, and the earlier seal is kept in `legacy_hash`. The earlier seal
stays verifiable (the report and `demilge check` recompute it from the rows,
which the triggers kept unchanged), and the protocol prints both, so a paper
copy carrying the earlier SHA-256 can still be matched.
"""
import sqlalchemy as sa
from alembic import op

revision = "0012_protocol_seal"
down_revision = "0011_protocol_triggers"
branch_labels = None
depends_on = None

MESSAGE = "closed protocol: make an amending protocol instead"
SQLITE_TRIGGER = ("CREATE TRIGGER meeting_closed_update BEFORE UPDATE ON meeting WHEN OLD.status = 'closed' "
                  f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def upgrade() -> None:
    op.add_column("meeting", sa.Column("sealed_content", sa.Text(), nullable=True))
    op.add_column("meeting", sa.Column("legacy_hash", sa.String(length=64), nullable=True))
    _reseal_closed()


def _reseal_closed() -> None:
    from app.store.audit import append_entries, canonical
    from app.store.protocol_doc import seal_values

    bind = op.get_bind()
    closed = bind.execute(sa.text(
        "SELECT id, content_hash FROM meeting WHERE status = 'closed' AND sealed_content IS NULL ORDER BY id")).all()
    if not closed:
        return
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS meeting_closed_update")
    else:
        op.execute("ALTER TABLE meeting DISABLE TRIGGER USER")
    trail = []
    for meeting_id, old_hash in closed:
        values = seal_values(bind, meeting_id, version=2)  # the document as this revision knows it
        bind.execute(sa.text("UPDATE meeting SET sealed_content = :doc, content_hash = :h, legacy_hash = :old "
                             "WHERE id = :id"),
                     {"doc": values["sealed_content"], "h": values["content_hash"], "old": old_hash,
                      "id": meeting_id})
        trail += [("update", "meeting", meeting_id, "content_hash", canonical(old_hash), canonical(values["content_hash"])),
                  ("update", "meeting", meeting_id, "legacy_hash", "null", canonical(old_hash)),
                  ("update", "meeting", meeting_id, "sealed_content", "null", canonical(values["sealed_content"]))]
    append_entries(bind, trail, "upgrade " + revision)  # the re-seal is in the audit trail
    if sqlite:
        op.execute(SQLITE_TRIGGER)
    else:
        op.execute("ALTER TABLE meeting ENABLE TRIGGER USER")


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS meeting_closed_update")
    else:
        op.execute("ALTER TABLE meeting DISABLE TRIGGER USER")
    bind.execute(sa.text("UPDATE meeting SET content_hash = legacy_hash WHERE legacy_hash IS NOT NULL"))
    if sqlite:
        op.execute(SQLITE_TRIGGER)
    else:
        op.execute("ALTER TABLE meeting ENABLE TRIGGER USER")
    # plain ALTER TABLE (SQLite 3.35+ and PostgreSQL): a batch copy of the table would lose its triggers
    op.execute("ALTER TABLE meeting DROP COLUMN legacy_hash")
    op.execute("ALTER TABLE meeting DROP COLUMN sealed_content")
