"""Indexes for the lazy lists: each list's default order and its sortable
columns, with the id last (keyset pagination, issue 18).

Revision ID: 0045_list_indexes
Revises: 0030_registers
"""
from alembic import op
import sqlalchemy as sa

revision = '0045_list_indexes'
down_revision = '0030_registers'
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_competition_list", "competition", ("year DESC", "title", "id")),
    ("ix_application_list", "application", ("received_on DESC", "reg_seq", "id")),
    ("ix_application_reg_number_id", "application", ("reg_number", "id")),
    ("ix_application_title_id", "application", ("title", "id")),
    ("ix_application_requested_id", "application", ("requested_tyiyn", "id")),
    ("ix_application_status_id", "application", ("status", "id")),
    ("ix_project_list", "project", ("start_on DESC", "title", "id")),
    ("ix_project_title_id", "project", ("title", "id")),
    ("ix_project_awarded_id", "project", ("awarded_tyiyn", "id")),
    ("ix_project_end_on_id", "project", ("end_on", "id")),
    ("ix_project_status_id", "project", ("status", "id")),
    ("ix_event_list", "event", ("held_on DESC", "title", "id")),
    ("ix_event_title_id", "event", ("title", "id")),
    ("ix_event_place_id", "event", ("place", "id")),
    ("ix_event_kind_id", "event", ("kind", "id")),
    ("ix_resolution_list", "resolution", ("adopted_on DESC", "number", "id")),
    ("ix_hearing_list", "hearing", ("held_on DESC", "title", "id")),
    ("ix_need_list", "need", ("received_on DESC", "village", "created_at", "id")),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, [sa.text(c) if " " in c else c for c in columns])


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
