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

from app.store import triggers

revision = "0011_protocol_triggers"
down_revision = "0008_programs"
branch_labels = None
depends_on = None

CHILDREN = ("attendance", "conflict_declaration", "score", "vote", "decision")
MESSAGE = "closed protocol: make an amending protocol instead"


def upgrade() -> None:
    # SQLite triggers, or PostgreSQL triggers calling plpgsql functions (app/store/triggers.py)
    for t in CHILDREN:
        for event in ("INSERT", "UPDATE", "DELETE"):
            triggers.closed_child(op, f"{t}_closed_{event.lower()}", t, event, MESSAGE)
    triggers.refuse(op, "meeting_closed_update", "meeting", "UPDATE", MESSAGE, when="OLD.status = 'closed'")
    triggers.refuse(op, "meeting_closed_delete", "meeting", "DELETE", MESSAGE, when="OLD.status = 'closed'")


def downgrade() -> None:
    for t in CHILDREN:
        for what in ("insert", "update", "delete"):
            triggers.drop(op, f"{t}_closed_{what}", t)
    triggers.drop(op, "meeting_closed_update", "meeting")
    triggers.drop(op, "meeting_closed_delete", "meeting")
