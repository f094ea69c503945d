"""users and audit trail

Revision ID: 0009_users_audit
Revises: 0002_default_categories
Create Date: 2026-11-23
"""
from alembic import op

# batch operations reflect the table they rebuild, not every table its foreign
# keys point at (the same DDL, a fraction of the reflection)
NO_FK_REFLECTION = {"resolve_fks": False}

from app.store import triggers
import sqlalchemy as sa

revision = '0009_users_audit'
down_revision = '0002_default_categories'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_name', sa.String(length=200), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_table_name'), ['table_name'], unique=False)

    op.create_table('user_account',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("role IN ('admin','specialist','secretary','chair','viewer')", name=op.f('ck_user_account_role_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    # The audit trail is append-only: the database itself refuses edits.
    # (SQLite triggers, or PostgreSQL triggers calling a plpgsql function: app/store/triggers.py)
    triggers.refuse(op, "audit_entry_no_update", "audit_entry", "UPDATE", "audit trail is append-only")
    triggers.refuse(op, "audit_entry_no_delete", "audit_entry", "DELETE", "audit trail is append-only")


def downgrade() -> None:
    triggers.drop(op, "audit_entry_no_update", "audit_entry")
    triggers.drop(op, "audit_entry_no_delete", "audit_entry")
    op.drop_table('user_account')
    with op.batch_alter_table('audit_entry', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_table_name'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_row_id'))

    op.drop_table('audit_entry')
    
