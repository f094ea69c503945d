"""sync change log

Revision ID: 0010_sync
Revises: 0009_users_audit
Create Date: 2026-11-23
"""
from alembic import op

# batch operations reflect the table they rebuild, not every table its foreign
# keys point at (the same DDL, a fraction of the reflection)
NO_FK_REFLECTION = {"resolve_fks": False}
import sqlalchemy as sa



revision = '0010_sync'
down_revision = '0009_users_audit'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('change_entry',
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('base_hlc', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=True),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.PrimaryKeyConstraint('origin', 'seq', name='pk_change_entry')
    )
    with op.batch_alter_table('change_entry', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_entry_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_entry_row_id'), ['row_id'], unique=False)

    op.create_table('field_clock',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', 'field', name='pk_field_clock')
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=True),
    sa.Column('kept_value', sa.Text(), nullable=True),
    sa.Column('kept_hlc', sa.String(length=64), nullable=True),
    sa.Column('other_value', sa.Text(), nullable=True),
    sa.Column('other_hlc', sa.String(length=64), nullable=True),
    sa.Column('other_origin', sa.String(length=36), nullable=True),
    sa.Column('package_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=200), nullable=True),
    sa.Column('resolution', sa.String(length=12), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    op.create_table('sync_identity',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('private_key', sa.String(length=64), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('machine', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_sync_identity'))
    )
    op.create_table('sync_package',
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=4), nullable=False),
    sa.Column('peer_site', sa.String(length=36), nullable=True),
    sa.Column('file_name', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.Column('applied', sa.Integer(), nullable=False),
    sa.Column('already', sa.Integer(), nullable=False),
    sa.Column('waiting', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('package_id', name=op.f('pk_sync_package'))
    )
    op.create_table('sync_peer',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('trusted_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('clock_flagged_at', sa.DateTime(), nullable=True),
    sa.Column('known_vector', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_sync_peer'))
    )



def downgrade() -> None:

    op.drop_table('sync_peer')
    op.drop_table('sync_package')
    op.drop_table('sync_identity')
    op.drop_table('sync_conflict')
    op.drop_table('field_clock')
    with op.batch_alter_table('change_entry', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_entry_row_id'))
        batch_op.drop_index(batch_op.f('ix_change_entry_hlc'))

    op.drop_table('change_entry')

