"""failed logins pause an account; the pause survives a restart

Revision ID: 0014_login_guard
Revises: 0013_audit_baseline
Create Date: 2026-12-01

Existing password hashes (scrypt N=2^14) stay valid and are made anew with
the current parameters at each user's next login (app.services.users).
"""
import sqlalchemy as sa
from alembic import op

revision = "0014_login_guard"
down_revision = "0013_audit_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("user_account", sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("user_account", sa.Column("paused_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE user_account DROP COLUMN paused_until")
    op.execute("ALTER TABLE user_account DROP COLUMN failed_logins")
