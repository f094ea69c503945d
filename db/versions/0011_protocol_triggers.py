"""closed protocols cannot be changed: triggers

Revision ID: 0011_protocol_triggers
Revises: 0008_programs
Create Date: 2026-11-23

A closed commission protocol (meeting.status = 'closed') and its attendance,
conflict declarations, scores, votes and decisions are refused by the database
itself, whatever program or tool writes to the file. Corrections are made by
a new meeting that amends it.
"""
from alembic import op

revision = "0011_protocol_triggers"
down_revision = "0008_programs"
branch_labels = None
depends_on = None

CHILDREN = ("attendance", "conflict_declaration", "score", "vote", "decision")
MESSAGE = "closed protocol: make an amending protocol instead"


def _closed(ref: str) -> str:
    return f"(SELECT status FROM meeting WHERE id = {ref}.meeting_id) = 'closed'"


def upgrade() -> None:
    for t in CHILDREN:
        op.execute(f"CREATE TRIGGER {t}_closed_insert BEFORE INSERT ON {t} WHEN {_closed('NEW')} "
                   f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
        op.execute(f"CREATE TRIGGER {t}_closed_update BEFORE UPDATE ON {t} WHEN {_closed('OLD')} OR {_closed('NEW')} "
                   f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
        op.execute(f"CREATE TRIGGER {t}_closed_delete BEFORE DELETE ON {t} WHEN {_closed('OLD')} "
                   f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
    op.execute("CREATE TRIGGER meeting_closed_update BEFORE UPDATE ON meeting WHEN OLD.status = 'closed' "
               f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
    op.execute("CREATE TRIGGER meeting_closed_delete BEFORE DELETE ON meeting WHEN OLD.status = 'closed' "
               f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def downgrade() -> None:
    for t in CHILDREN:
        for what in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {t}_closed_{what}")
    op.execute("DROP TRIGGER IF EXISTS meeting_closed_update")
    op.execute("DROP TRIGGER IF EXISTS meeting_closed_delete")
