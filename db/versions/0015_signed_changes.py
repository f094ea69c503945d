"""signed changes, audit witnesses, key out of the database

Revision ID: 0015_signed_changes
Revises: 0020_lots_partners_prizes
Create Date: 2026-12-02

- change_entry.sig: every change carries its origin office's Ed25519
  signature (this office's earlier changes are signed when the database is
  first opened by this version, with the key moved out of the file);
- sync_package.set_aside / audit_seq / audit_hash: changes left out because
  their office is not trusted, and the sender's audit-trail head;
- sync_identity.private_key stays as a blank column: the key itself is moved
  to a key file by app.store.site_identity.move_key_out when the database is
  opened (a migration cannot write files outside the database safely).
"""
from alembic import op

# batch operations reflect the table they rebuild, not every table its foreign
# keys point at (the same DDL, a fraction of the reflection)
NO_FK_REFLECTION = {"resolve_fks": False}
import sqlalchemy as sa

revision = "0015_signed_changes"
down_revision = "0020_lots_partners_prizes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_entry", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.add_column(sa.Column("sig", sa.String(length=128), nullable=True))
    with op.batch_alter_table("sync_package", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.add_column(sa.Column("set_aside", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("audit_seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("audit_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_package", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_column("audit_hash")
        batch_op.drop_column("audit_seq")
        batch_op.drop_column("set_aside")
    with op.batch_alter_table("change_entry", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_column("sig")
