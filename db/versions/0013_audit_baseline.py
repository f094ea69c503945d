"""every synced row can be replayed from the audit trail

Revision ID: 0013_audit_baseline
Revises: 0012_protocol_seal
Create Date: 2026-12-01

`demilge check` now compares every synced row with what the audit trail
says it holds. Rows written before the trail existed (0009), the builtin
participant categories (0002), fields filled without an entry (a
transition's moment) and fields a migration wrote (0012's seal columns) get
'baseline' entries: the trail takes them as they stand now, once. A field the
trail already recorded and that differs is not taken: it stays a finding.
"""
from alembic import op

revision = "0013_audit_baseline"
down_revision = "0012_protocol_seal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from app.store.audit import record_baseline

    record_baseline(op.get_bind(), "upgrade " + revision)


def downgrade() -> None:
    # the trail is append-only: baseline entries stay (they are true statements)
    pass
