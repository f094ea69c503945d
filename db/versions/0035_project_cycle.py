"""the project cycle after the award

Revision ID: 0035_project_cycle
Revises: 0023_figures
Create Date: 2026-12-02

New tables: grant tranches and the payments made against them, monitoring
visits, the executor's interim and final reports, the acceptance act,
satisfaction surveys and project attachments (the same shape as application
attachments: sha256, filename, size_bytes, note).

An event or a media coverage now belongs to a project or to a competition
(its information meeting, the published announcement, the call for
commission candidates): project_id becomes optional, competition_id is added,
and a CHECK keeps exactly one of them. Two event kinds are added. A work-plan
step gets the date it was done and a note. Plain `sa.` types only (SQLite and
PostgreSQL alike); SQLite rebuilds the altered tables in batch mode.
"""
from alembic import op

# batch operations reflect the table they rebuild, not every table its foreign
# keys point at (the same DDL, a fraction of the reflection)
NO_FK_REFLECTION = {"resolve_fks": False}
import sqlalchemy as sa

OLD_KINDS = ('sport', 'performance', 'clean_up', 'info_meeting', 'broadcast', 'training', 'contest', 'other')
NEW_KINDS = ('sport', 'performance', 'clean_up', 'info_meeting', 'broadcast', 'training', 'contest',
             'announcement', 'candidates_call', 'other')
ONE_OWNER = "(project_id IS NULL) <> (competition_id IS NULL)"


def _kind(values):
    return sa.Enum(*values, name='eventkind', native_enum=False, create_constraint=True, length=32)


revision = '0035_project_cycle'
down_revision = '0023_figures'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('acceptance_act',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=True),
    sa.Column('act_date', sa.Date(), nullable=True),
    sa.Column('customer_signatory', sa.String(length=300), nullable=True),
    sa.Column('executor_signatory', sa.String(length=300), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'accepted', name='actstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('accepted_at', sa.DateTime(), nullable=True),
    sa.Column('accepted_by', sa.String(length=200), nullable=True),
    sa.Column('delivered_hash', sa.String(length=64), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_acceptance_act_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acceptance_act'))
    )
    with op.batch_alter_table('acceptance_act', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_acceptance_act_project_id'), ['project_id'], unique=False)

    op.create_table('executor_report',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Enum('interim', 'final', name='reportkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=True),
    sa.Column('period_to', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('expected', 'received', 'accepted', 'returned', name='reportstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('period_to IS NULL OR period_from IS NULL OR period_to >= period_from', name=op.f('ck_executor_report_period_order')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_executor_report_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_executor_report'))
    )
    with op.batch_alter_table('executor_report', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_executor_report_project_id'), ['project_id'], unique=False)

    op.create_table('monitoring_visit',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('visitors', sa.Text(), nullable=False),
    sa.Column('checked', sa.Text(), nullable=True),
    sa.Column('findings', sa.Text(), nullable=True),
    sa.Column('follow_up', sa.Text(), nullable=True),
    sa.Column('follow_up_due_on', sa.Date(), nullable=True),
    sa.Column('follow_up_done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('follow_up_due_on IS NULL OR follow_up_due_on >= visited_on', name=op.f('ck_monitoring_visit_due_after_visit')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_monitoring_visit_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_visit'))
    )
    with op.batch_alter_table('monitoring_visit', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_monitoring_visit_project_id'), ['project_id'], unique=False)

    op.create_table('satisfaction_survey',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('surveyed_on', sa.Date(), nullable=True),
    sa.Column('asked', sa.Integer(), nullable=False),
    sa.Column('satisfied', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=300), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('asked > 0', name=op.f('ck_satisfaction_survey_asked_pos')),
    sa.CheckConstraint('satisfied >= 0 AND satisfied <= asked', name=op.f('ck_satisfaction_survey_satisfied_le_asked')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_satisfaction_survey_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_satisfaction_survey'))
    )
    with op.batch_alter_table('satisfaction_survey', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_satisfaction_survey_project_id'), ['project_id'], unique=False)

    op.create_table('grant_tranche',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('amount_tyiyn', sa.Integer(), nullable=False),
    sa.Column('condition', sa.Text(), nullable=True),
    sa.Column('report_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('amount_tyiyn > 0', name=op.f('ck_grant_tranche_amount_pos')),
    sa.CheckConstraint('number >= 0', name=op.f('ck_grant_tranche_number_nonneg')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_grant_tranche_project_id_project')),
    sa.ForeignKeyConstraint(['report_id'], ['executor_report.id'], name=op.f('fk_grant_tranche_report_id_executor_report')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_tranche'))
    )
    with op.batch_alter_table('grant_tranche', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_tranche_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_tranche_report_id'), ['report_id'], unique=False)

    op.create_table('project_attachment',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('kind', sa.Enum('agreement', 'report', 'photo', 'act', 'other', name='attachmentkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('report_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('size_bytes >= 0', name=op.f('ck_project_attachment_size_bytes_nonneg')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_attachment_project_id_project')),
    sa.ForeignKeyConstraint(['report_id'], ['executor_report.id'], name=op.f('fk_project_attachment_report_id_executor_report')),
    sa.ForeignKeyConstraint(['visit_id'], ['monitoring_visit.id'], name=op.f('fk_project_attachment_visit_id_monitoring_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_attachment'))
    )
    with op.batch_alter_table('project_attachment', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_attachment_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_attachment_report_id'), ['report_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_attachment_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_attachment_visit_id'), ['visit_id'], unique=False)

    op.create_table('grant_payment',
    sa.Column('tranche_id', sa.String(length=36), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount_tyiyn', sa.Integer(), nullable=False),
    sa.Column('document_number', sa.String(length=100), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('amount_tyiyn > 0', name=op.f('ck_grant_payment_amount_pos')),
    sa.ForeignKeyConstraint(['tranche_id'], ['grant_tranche.id'], name=op.f('fk_grant_payment_tranche_id_grant_tranche')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_payment'))
    )
    with op.batch_alter_table('grant_payment', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_payment_tranche_id'), ['tranche_id'], unique=False)

    with op.batch_alter_table('competition_plan_step', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.add_column(sa.Column('done_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=True))

    with op.batch_alter_table('event', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.add_column(sa.Column('competition_id', sa.String(length=36), nullable=True))
        batch_op.alter_column('project_id',
               existing_type=sa.VARCHAR(length=36),
               nullable=True)
        batch_op.create_index(batch_op.f('ix_event_competition_id'), ['competition_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_event_competition_id_competition'), 'competition', ['competition_id'], ['id'])
        batch_op.alter_column('kind', existing_type=_kind(OLD_KINDS), type_=_kind(NEW_KINDS), existing_nullable=False)
        batch_op.create_check_constraint('one_owner', ONE_OWNER)

    with op.batch_alter_table('planned_event', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.alter_column('kind', existing_type=_kind(OLD_KINDS), type_=_kind(NEW_KINDS), existing_nullable=False)

    with op.batch_alter_table('media_coverage', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.add_column(sa.Column('competition_id', sa.String(length=36), nullable=True))
        batch_op.alter_column('project_id',
               existing_type=sa.VARCHAR(length=36),
               nullable=True)
        batch_op.create_index(batch_op.f('ix_media_coverage_competition_id'), ['competition_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_media_coverage_competition_id_competition'), 'competition', ['competition_id'], ['id'])
        batch_op.create_check_constraint('one_owner', ONE_OWNER)



def downgrade() -> None:
    # rows that belong to a competition have no place in the old schema
    op.execute("DELETE FROM media_coverage WHERE project_id IS NULL")
    op.execute("DELETE FROM event_participants WHERE event_id IN (SELECT id FROM event WHERE project_id IS NULL)")
    op.execute("DELETE FROM event WHERE project_id IS NULL")
    op.execute("UPDATE event SET kind = 'other' WHERE kind IN ('announcement', 'candidates_call')")
    op.execute("UPDATE planned_event SET kind = 'other' WHERE kind IN ('announcement', 'candidates_call')")
    with op.batch_alter_table('planned_event', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.alter_column('kind', existing_type=_kind(NEW_KINDS), type_=_kind(OLD_KINDS), existing_nullable=False)

    with op.batch_alter_table('media_coverage', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_media_coverage_one_owner'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_media_coverage_competition_id_competition'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_media_coverage_competition_id'))
        batch_op.alter_column('project_id',
               existing_type=sa.VARCHAR(length=36),
               nullable=False)
        batch_op.drop_column('competition_id')

    with op.batch_alter_table('event', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_event_one_owner'), type_='check')
        batch_op.alter_column('kind', existing_type=_kind(NEW_KINDS), type_=_kind(OLD_KINDS), existing_nullable=False)
        batch_op.drop_constraint(batch_op.f('fk_event_competition_id_competition'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_event_competition_id'))
        batch_op.alter_column('project_id',
               existing_type=sa.VARCHAR(length=36),
               nullable=False)
        batch_op.drop_column('competition_id')

    with op.batch_alter_table('competition_plan_step', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_column('note')
        batch_op.drop_column('done_on')

    with op.batch_alter_table('grant_payment', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_payment_tranche_id'))

    op.drop_table('grant_payment')
    with op.batch_alter_table('project_attachment', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_attachment_visit_id'))
        batch_op.drop_index(batch_op.f('ix_project_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_project_attachment_report_id'))
        batch_op.drop_index(batch_op.f('ix_project_attachment_project_id'))

    op.drop_table('project_attachment')
    with op.batch_alter_table('grant_tranche', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_tranche_report_id'))
        batch_op.drop_index(batch_op.f('ix_grant_tranche_project_id'))

    op.drop_table('grant_tranche')
    with op.batch_alter_table('satisfaction_survey', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_satisfaction_survey_project_id'))

    op.drop_table('satisfaction_survey')
    with op.batch_alter_table('monitoring_visit', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_monitoring_visit_project_id'))

    op.drop_table('monitoring_visit')
    with op.batch_alter_table('executor_report', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_executor_report_project_id'))

    op.drop_table('executor_report')
    with op.batch_alter_table('acceptance_act', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acceptance_act_project_id'))

    op.drop_table('acceptance_act')
