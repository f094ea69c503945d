"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-23
"""
from alembic import op

# batch operations reflect the table they rebuild, not every table its foreign
# keys point at (the same DDL, a fraction of the reflection)
NO_FK_REFLECTION = {"resolve_fks": False}
import sqlalchemy as sa



revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None



# The two dialect-specific CHECKs of this first revision: SQLite files keep the text they
# were created with (0050_weight_check corrects the weight CHECK there); PostgreSQL gets
# a regular expression for GLOB and the corrected, numeric weight comparison.
def _PERIOD() -> str:
    if op.get_bind().dialect.name == "sqlite":
        return "period GLOB '[0-9][0-9][0-9][0-9]H[12]'"
    return "period ~ '^[0-9]{4}H[12]$'"


def _WEIGHT() -> str:
    if op.get_bind().dialect.name == "sqlite":
        return "weight > 0"
    return "CAST(weight AS NUMERIC) > 0"

def upgrade() -> None:
    
    op.create_table('applicant',
    sa.Column('kind', sa.Enum('person', 'group', 'organisation', 'legal_entity', name='applicantkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('village', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('id_document', sa.String(length=100), nullable=True),
    sa.Column('leader_name', sa.String(length=300), nullable=True),
    sa.Column('members_count', sa.Integer(), nullable=True),
    sa.Column('legal_form', sa.String(length=100), nullable=True),
    sa.Column('registration_number', sa.String(length=100), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('members_count >= 0', name=op.f('ck_applicant_members_count_nonneg')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applicant'))
    )
    with op.batch_alter_table('applicant', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_applicant_name'), ['name'], unique=False)

    op.create_table('municipality',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('ayil_aimak', 'city', 'town', name='municipalitykind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('district', sa.String(length=200), nullable=True),
    sa.Column('region', sa.String(length=200), nullable=True),
    sa.Column('executive_body', sa.String(length=300), nullable=True),
    sa.Column('council_name', sa.String(length=300), nullable=True),
    sa.Column('population', sa.Integer(), nullable=True),
    sa.Column('households', sa.Integer(), nullable=True),
    sa.Column('men', sa.Integer(), nullable=True),
    sa.Column('women', sa.Integer(), nullable=True),
    sa.Column('schoolchildren', sa.Integer(), nullable=True),
    sa.Column('villages', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('households >= 0', name=op.f('ck_municipality_households_nonneg')),
    sa.CheckConstraint('men >= 0', name=op.f('ck_municipality_men_nonneg')),
    sa.CheckConstraint('population >= 0', name=op.f('ck_municipality_population_nonneg')),
    sa.CheckConstraint('schoolchildren >= 0', name=op.f('ck_municipality_schoolchildren_nonneg')),
    sa.CheckConstraint('women >= 0', name=op.f('ck_municipality_women_nonneg')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipality'))
    )
    op.create_table('participant_category',
    sa.Column('code', sa.String(length=50), nullable=False),
    sa.Column('name_ky', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('additive', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['participant_category.id'], name=op.f('fk_participant_category_parent_id_participant_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant_category')),
    sa.UniqueConstraint('code', name='uq_participant_category_code')
    )
    with op.batch_alter_table('participant_category', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_category_parent_id'), ['parent_id'], unique=False)

    op.create_table('responsible_body',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('aliases', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_responsible_body'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('site',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('is_local', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site'))
    )
    op.create_table('competition',
    sa.Column('municipality_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Enum('jd', 'msz', name='competitionkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('theme', sa.Text(), nullable=True),
    sa.Column('priority_areas', sa.Text(), nullable=True),
    sa.Column('legal_doc_kind', sa.String(length=200), nullable=True),
    sa.Column('legal_doc_number', sa.String(length=50), nullable=True),
    sa.Column('legal_doc_date', sa.Date(), nullable=True),
    sa.Column('total_allocation_tyiyn', sa.Integer(), nullable=False),
    sa.Column('max_grant_tyiyn', sa.Integer(), nullable=False),
    sa.Column('duration_months', sa.Integer(), nullable=True),
    sa.Column('cofinancing_share_pct', sa.Integer(), nullable=False),
    sa.Column('eligible_applicants', sa.String(length=200), nullable=False),
    sa.Column('announced_on', sa.Date(), nullable=True),
    sa.Column('deadline_on', sa.Date(), nullable=True),
    sa.Column('decision_on', sa.Date(), nullable=True),
    sa.Column('contact_person', sa.String(length=300), nullable=True),
    sa.Column('status', sa.Enum('draft', 'announced', 'applications_closed', 'under_review', 'decided', 'in_implementation', 'completed', 'cancelled', name='competitionstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('decision_method', sa.Enum('scoring', 'vote', name='decisionmethod', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('quorum_rule', sa.Enum('more_than_half', 'two_thirds', 'fixed', name='quorumrule', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('quorum_fixed', sa.Integer(), nullable=True),
    sa.Column('vote_two_thirds', sa.Boolean(), nullable=False),
    sa.Column('chair_casting_vote', sa.Boolean(), nullable=False),
    sa.Column('min_score', sa.String(length=40), nullable=True),
    sa.Column('tie_rule', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('cofinancing_share_pct <= 100', name=op.f('ck_competition_cofin_pct_max')),
    sa.CheckConstraint('cofinancing_share_pct >= 0', name=op.f('ck_competition_cofinancing_share_pct_nonneg')),
    sa.CheckConstraint('deadline_on IS NULL OR announced_on IS NULL OR deadline_on > announced_on', name=op.f('ck_competition_deadline_after_announcement')),
    sa.CheckConstraint('duration_months >= 0', name=op.f('ck_competition_duration_months_nonneg')),
    sa.CheckConstraint('max_grant_tyiyn <= total_allocation_tyiyn', name=op.f('ck_competition_max_grant_le_allocation')),
    sa.CheckConstraint('max_grant_tyiyn >= 0', name=op.f('ck_competition_max_grant_tyiyn_nonneg')),
    sa.CheckConstraint('total_allocation_tyiyn >= 0', name=op.f('ck_competition_total_allocation_tyiyn_nonneg')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_competition_municipality_id_municipality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition'))
    )
    with op.batch_alter_table('competition', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_competition_municipality_id'), ['municipality_id'], unique=False)

    op.create_table('development_program',
    sa.Column('municipality_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('motto', sa.String(length=500), nullable=True),
    sa.Column('start_year', sa.Integer(), nullable=False),
    sa.Column('end_year', sa.Integer(), nullable=False),
    sa.Column('resolution_body', sa.String(length=300), nullable=True),
    sa.Column('resolution_number', sa.String(length=50), nullable=True),
    sa.Column('resolution_date', sa.Date(), nullable=True),
    sa.Column('monitoring_note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('end_year >= start_year', name=op.f('ck_development_program_years_order')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_development_program_municipality_id_municipality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_program'))
    )
    with op.batch_alter_table('development_program', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_development_program_municipality_id'), ['municipality_id'], unique=False)

    op.create_table('application',
    sa.Column('competition_id', sa.String(length=36), nullable=False),
    sa.Column('applicant_id', sa.String(length=36), nullable=False),
    sa.Column('reg_seq', sa.Integer(), nullable=False),
    sa.Column('reg_number', sa.String(length=50), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('is_late', sa.Boolean(), nullable=False),
    sa.Column('late_reason', sa.Text(), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('goal', sa.Text(), nullable=True),
    sa.Column('target_groups', sa.Text(), nullable=True),
    sa.Column('village', sa.String(length=200), nullable=True),
    sa.Column('requested_tyiyn', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('registered', 'eligible', 'ineligible', 'withdrawn', 'winner', 'reserve', 'rejected', name='applicationstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('reg_seq >= 0', name=op.f('ck_application_reg_seq_nonneg')),
    sa.CheckConstraint('requested_tyiyn >= 0', name=op.f('ck_application_requested_tyiyn_nonneg')),
    sa.ForeignKeyConstraint(['applicant_id'], ['applicant.id'], name=op.f('fk_application_applicant_id_applicant')),
    sa.ForeignKeyConstraint(['competition_id'], ['competition.id'], name=op.f('fk_application_competition_id_competition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application')),
    sa.UniqueConstraint('competition_id', 'reg_number', name='uq_application_competition_reg_number'),
    sa.UniqueConstraint('competition_id', 'reg_seq', name='uq_application_competition_reg_seq')
    )
    with op.batch_alter_table('application', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_applicant_id'), ['applicant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_competition_id'), ['competition_id'], unique=False)

    op.create_table('commission',
    sa.Column('competition_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('appointing_document', sa.String(length=300), nullable=True),
    sa.Column('min_members', sa.Integer(), nullable=False),
    sa.Column('require_odd', sa.Boolean(), nullable=False),
    sa.Column('min_community', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('min_community >= 0', name=op.f('ck_commission_min_community_nonneg')),
    sa.CheckConstraint('min_members >= 0', name=op.f('ck_commission_min_members_nonneg')),
    sa.ForeignKeyConstraint(['competition_id'], ['competition.id'], name=op.f('fk_commission_competition_id_competition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commission'))
    )
    with op.batch_alter_table('commission', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_commission_competition_id'), ['competition_id'], unique=False)

    op.create_table('competition_plan_step',
    sa.Column('competition_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('step', sa.Text(), nullable=False),
    sa.Column('responsible', sa.Text(), nullable=True),
    sa.Column('confirming_document', sa.Text(), nullable=True),
    sa.Column('deadline_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['competition_id'], ['competition.id'], name=op.f('fk_competition_plan_step_competition_id_competition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_plan_step'))
    )
    with op.batch_alter_table('competition_plan_step', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_competition_plan_step_competition_id'), ['competition_id'], unique=False)

    op.create_table('competition_transition',
    sa.Column('competition_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.Enum('draft', 'announced', 'applications_closed', 'under_review', 'decided', 'in_implementation', 'completed', 'cancelled', name='from_status', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('to_status', sa.Enum('draft', 'announced', 'applications_closed', 'under_review', 'decided', 'in_implementation', 'completed', 'cancelled', name='to_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_name', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['competition_id'], ['competition.id'], name=op.f('fk_competition_transition_competition_id_competition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_transition'))
    )
    with op.batch_alter_table('competition_transition', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_competition_transition_competition_id'), ['competition_id'], unique=False)

    op.create_table('eligibility_criterion',
    sa.Column('competition_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=50), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['competition_id'], ['competition.id'], name=op.f('fk_eligibility_criterion_competition_id_competition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eligibility_criterion'))
    )
    with op.batch_alter_table('eligibility_criterion', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_eligibility_criterion_competition_id'), ['competition_id'], unique=False)

    op.create_table('monitoring_group_member',
    sa.Column('program_id', sa.String(length=36), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=True),
    sa.Column('role', sa.String(length=100), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['program_id'], ['development_program.id'], name=op.f('fk_monitoring_group_member_program_id_development_program')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_group_member'))
    )
    with op.batch_alter_table('monitoring_group_member', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_monitoring_group_member_program_id'), ['program_id'], unique=False)

    op.create_table('program_priority',
    sa.Column('program_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['program_id'], ['development_program.id'], name=op.f('fk_program_priority_program_id_development_program')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_priority'))
    )
    with op.batch_alter_table('program_priority', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_priority_program_id'), ['program_id'], unique=False)

    op.create_table('scoring_criterion',
    sa.Column('competition_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('max_points', sa.Integer(), nullable=False),
    sa.Column('weight', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('max_points > 0', name=op.f('ck_scoring_criterion_max_points_pos')),
    sa.CheckConstraint(_WEIGHT(), name=op.f('ck_scoring_criterion_weight_pos')),
    sa.ForeignKeyConstraint(['competition_id'], ['competition.id'], name=op.f('fk_scoring_criterion_competition_id_competition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_criterion'))
    )
    with op.batch_alter_table('scoring_criterion', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_scoring_criterion_competition_id'), ['competition_id'], unique=False)

    op.create_table('application_cofinancing',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('source', sa.Enum('local_budget', 'donor', 'initiator_cash', 'initiator_in_kind', 'other', name='fundingsource', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('in_kind', sa.Boolean(), nullable=False),
    sa.Column('amount_tyiyn', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('valuation_note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('amount_tyiyn >= 0', name=op.f('ck_application_cofinancing_amount_tyiyn_nonneg')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_application_cofinancing_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_cofinancing'))
    )
    with op.batch_alter_table('application_cofinancing', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_cofinancing_application_id'), ['application_id'], unique=False)

    op.create_table('commission_member',
    sa.Column('commission_id', sa.String(length=36), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('position', sa.String(length=300), nullable=True),
    sa.Column('organisation', sa.String(length=300), nullable=True),
    sa.Column('category', sa.Enum('lsg_specialist', 'council_deputy', 'community', 'civil_society', name='membercategory', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('role', sa.Enum('chair', 'deputy_chair', 'secretary', 'member', name='memberrole', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('appointing_document', sa.String(length=300), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['commission_id'], ['commission.id'], name=op.f('fk_commission_member_commission_id_commission')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commission_member'))
    )
    with op.batch_alter_table('commission_member', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_commission_member_commission_id'), ['commission_id'], unique=False)

    op.create_table('eligibility_check',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('criterion_id', sa.String(length=36), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_eligibility_check_application_id_application')),
    sa.ForeignKeyConstraint(['criterion_id'], ['eligibility_criterion.id'], name=op.f('fk_eligibility_check_criterion_id_eligibility_criterion')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eligibility_check')),
    sa.UniqueConstraint('application_id', 'criterion_id', name='uq_eligibility_check_app_crit')
    )
    with op.batch_alter_table('eligibility_check', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_eligibility_check_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_eligibility_check_criterion_id'), ['criterion_id'], unique=False)

    op.create_table('indicator',
    sa.Column('program_id', sa.String(length=36), nullable=False),
    sa.Column('priority_id', sa.String(length=36), nullable=True),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('issue', sa.Text(), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('unit', sa.String(length=100), nullable=True),
    sa.Column('value_type', sa.Enum('number', 'percent', 'ratio', name='indicatorvaluetype', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('baseline_year', sa.Integer(), nullable=True),
    sa.Column('baseline_value', sa.String(length=40), nullable=True),
    sa.Column('final_target', sa.String(length=40), nullable=True),
    sa.Column('targets_cumulative', sa.Boolean(), nullable=False),
    sa.Column('responsible_body_id', sa.String(length=36), nullable=True),
    sa.Column('footnote', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['indicator.id'], name=op.f('fk_indicator_parent_id_indicator')),
    sa.ForeignKeyConstraint(['priority_id'], ['program_priority.id'], name=op.f('fk_indicator_priority_id_program_priority')),
    sa.ForeignKeyConstraint(['program_id'], ['development_program.id'], name=op.f('fk_indicator_program_id_development_program')),
    sa.ForeignKeyConstraint(['responsible_body_id'], ['responsible_body.id'], name=op.f('fk_indicator_responsible_body_id_responsible_body')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator'))
    )
    with op.batch_alter_table('indicator', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_priority_id'), ['priority_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_program_id'), ['program_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_responsible_body_id'), ['responsible_body_id'], unique=False)

    op.create_table('meeting',
    sa.Column('commission_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('agenda', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('open', 'closed', name='meetingstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by', sa.String(length=200), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('amends_meeting_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('number > 0', name=op.f('ck_meeting_number_pos')),
    sa.ForeignKeyConstraint(['amends_meeting_id'], ['meeting.id'], name=op.f('fk_meeting_amends_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['commission_id'], ['commission.id'], name=op.f('fk_meeting_commission_id_commission')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('commission_id', 'number', name='uq_meeting_commission_number')
    )
    with op.batch_alter_table('meeting', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_amends_meeting_id'), ['amends_meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_commission_id'), ['commission_id'], unique=False)

    op.create_table('planned_event',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('sport', 'performance', 'clean_up', 'info_meeting', 'broadcast', 'training', 'contest', 'other', name='eventkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('times', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('times >= 0', name=op.f('ck_planned_event_times_nonneg')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_planned_event_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_event'))
    )
    with op.batch_alter_table('planned_event', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_planned_event_application_id'), ['application_id'], unique=False)

    op.create_table('planned_participants',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('category_id', sa.String(length=36), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('count >= 0', name=op.f('ck_planned_participants_count_nonneg')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_planned_participants_application_id_application')),
    sa.ForeignKeyConstraint(['category_id'], ['participant_category.id'], name=op.f('fk_planned_participants_category_id_participant_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_participants')),
    sa.UniqueConstraint('application_id', 'category_id', name='uq_planned_participants_app_cat')
    )
    with op.batch_alter_table('planned_participants', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_planned_participants_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_planned_participants_category_id'), ['category_id'], unique=False)

    op.create_table('program_area',
    sa.Column('priority_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['priority_id'], ['program_priority.id'], name=op.f('fk_program_area_priority_id_program_priority')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_area'))
    )
    with op.batch_alter_table('program_area', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_area_priority_id'), ['priority_id'], unique=False)

    op.create_table('project',
    sa.Column('competition_id', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('goal', sa.Text(), nullable=True),
    sa.Column('agreement_number', sa.String(length=100), nullable=True),
    sa.Column('agreement_date', sa.Date(), nullable=True),
    sa.Column('customer', sa.String(length=300), nullable=True),
    sa.Column('executor', sa.String(length=300), nullable=True),
    sa.Column('awarded_tyiyn', sa.Integer(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'running', 'completed', 'terminated', name='projectstatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('results', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('awarded_tyiyn >= 0', name=op.f('ck_project_awarded_tyiyn_nonneg')),
    sa.CheckConstraint('end_on IS NULL OR start_on IS NULL OR end_on >= start_on', name=op.f('ck_project_end_after_start')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_project_application_id_application')),
    sa.ForeignKeyConstraint(['competition_id'], ['competition.id'], name=op.f('fk_project_competition_id_competition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project'))
    )
    with op.batch_alter_table('project', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_competition_id'), ['competition_id'], unique=False)

    op.create_table('attachment',
    sa.Column('application_id', sa.String(length=36), nullable=True),
    sa.Column('project_id', sa.String(length=36), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('size_bytes >= 0', name=op.f('ck_attachment_size_bytes_nonneg')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_attachment_application_id_application')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_attachment_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('attendance',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['member_id'], ['commission_member.id'], name=op.f('fk_attendance_member_id_commission_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'member_id', name='uq_attendance_meeting_member')
    )
    with op.batch_alter_table('attendance', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_member_id'), ['member_id'], unique=False)

    op.create_table('budget_line',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=300), nullable=False),
    sa.Column('source', sa.Enum('local_budget', 'donor', 'initiator_cash', 'initiator_in_kind', 'other', name='fundingsource', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('valuation_note', sa.Text(), nullable=True),
    sa.Column('planned_tyiyn', sa.Integer(), nullable=False),
    sa.Column('actual_tyiyn', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('actual_tyiyn >= 0', name=op.f('ck_budget_line_actual_tyiyn_nonneg')),
    sa.CheckConstraint('planned_tyiyn >= 0', name=op.f('ck_budget_line_planned_tyiyn_nonneg')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_budget_line_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line'))
    )
    with op.batch_alter_table('budget_line', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_line_project_id'), ['project_id'], unique=False)

    op.create_table('conflict_declaration',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_conflict_declaration_application_id_application')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_conflict_declaration_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['member_id'], ['commission_member.id'], name=op.f('fk_conflict_declaration_member_id_commission_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_declaration')),
    sa.UniqueConstraint('meeting_id', 'member_id', 'application_id', name='uq_conflict_declaration_m_m_a')
    )
    with op.batch_alter_table('conflict_declaration', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_declaration_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_declaration_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_declaration_member_id'), ['member_id'], unique=False)

    op.create_table('decision',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('score', sa.String(length=40), nullable=True),
    sa.Column('outcome', sa.Enum('winner', 'reserve', 'rejected', name='decisionoutcome', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('awarded_tyiyn', sa.Integer(), nullable=False),
    sa.Column('justification', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('awarded_tyiyn >= 0', name=op.f('ck_decision_awarded_tyiyn_nonneg')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_decision_application_id_application')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_decision_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision')),
    sa.UniqueConstraint('meeting_id', 'application_id', name='uq_decision_meeting_app')
    )
    with op.batch_alter_table('decision', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('event',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('kind', sa.Enum('sport', 'performance', 'clean_up', 'info_meeting', 'broadcast', 'training', 'contest', 'other', name='eventkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('is_planned', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_event_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_project_id'), ['project_id'], unique=False)

    op.create_table('indicator_actual',
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=6), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint(_PERIOD(), name=op.f('ck_indicator_actual_period_format')),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_actual_indicator_id_indicator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_actual')),
    sa.UniqueConstraint('indicator_id', 'period', name='uq_indicator_actual_ind_period')
    )
    with op.batch_alter_table('indicator_actual', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_actual_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('indicator_target',
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_target_indicator_id_indicator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_target')),
    sa.UniqueConstraint('indicator_id', 'year', name='uq_indicator_target_ind_year')
    )
    with op.batch_alter_table('indicator_target', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_target_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('material',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Enum('banner', 'roll_up', 'poster', 'brochure', 'video', 'other', name='materialkind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('size', sa.String(length=100), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('quantity >= 0', name=op.f('ck_material_quantity_nonneg')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_material_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_material'))
    )
    with op.batch_alter_table('material', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_material_project_id'), ['project_id'], unique=False)

    op.create_table('media_coverage',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('outlet', sa.String(length=300), nullable=False),
    sa.Column('level', sa.Enum('city', 'district', 'region', 'national', 'online', name='medialevel', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('link', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_media_coverage_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_media_coverage'))
    )
    with op.batch_alter_table('media_coverage', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_media_coverage_project_id'), ['project_id'], unique=False)

    op.create_table('program_task',
    sa.Column('priority_id', sa.String(length=36), nullable=False),
    sa.Column('area_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['area_id'], ['program_area.id'], name=op.f('fk_program_task_area_id_program_area')),
    sa.ForeignKeyConstraint(['priority_id'], ['program_priority.id'], name=op.f('fk_program_task_priority_id_program_priority')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_task'))
    )
    with op.batch_alter_table('program_task', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_task_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_program_task_priority_id'), ['priority_id'], unique=False)

    op.create_table('score',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('criterion_id', sa.String(length=36), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('points >= 0', name=op.f('ck_score_points_nonneg')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_score_application_id_application')),
    sa.ForeignKeyConstraint(['criterion_id'], ['scoring_criterion.id'], name=op.f('fk_score_criterion_id_scoring_criterion')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_score_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['member_id'], ['commission_member.id'], name=op.f('fk_score_member_id_commission_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_score')),
    sa.UniqueConstraint('meeting_id', 'member_id', 'application_id', 'criterion_id', name='uq_score_entry')
    )
    with op.batch_alter_table('score', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_score_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_score_criterion_id'), ['criterion_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_score_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_score_member_id'), ['member_id'], unique=False)

    op.create_table('vote',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('choice', sa.Enum('for', 'against', 'abstain', name='votechoice', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_vote_application_id_application')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_vote_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['member_id'], ['commission_member.id'], name=op.f('fk_vote_member_id_commission_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote')),
    sa.UniqueConstraint('meeting_id', 'member_id', 'application_id', name='uq_vote_entry')
    )
    with op.batch_alter_table('vote', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vote_member_id'), ['member_id'], unique=False)

    op.create_table('event_participants',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('category_id', sa.String(length=36), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('count >= 0', name=op.f('ck_event_participants_count_nonneg')),
    sa.ForeignKeyConstraint(['category_id'], ['participant_category.id'], name=op.f('fk_event_participants_category_id_participant_category')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_participants_event_id_event')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_participants')),
    sa.UniqueConstraint('event_id', 'category_id', name='uq_event_participants_event_cat')
    )
    with op.batch_alter_table('event_participants', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participants_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participants_event_id'), ['event_id'], unique=False)

    op.create_table('expense',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('budget_line_id', sa.String(length=36), nullable=True),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('document_number', sa.String(length=100), nullable=True),
    sa.Column('amount_tyiyn', sa.Integer(), nullable=False),
    sa.Column('source', sa.Enum('local_budget', 'donor', 'initiator_cash', 'initiator_in_kind', 'other', name='fundingsource', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('amount_tyiyn > 0', name=op.f('ck_expense_amount_pos')),
    sa.ForeignKeyConstraint(['budget_line_id'], ['budget_line.id'], name=op.f('fk_expense_budget_line_id_budget_line')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_expense_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expense'))
    )
    with op.batch_alter_table('expense', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_expense_budget_line_id'), ['budget_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_expense_project_id'), ['project_id'], unique=False)

    op.create_table('program_measure',
    sa.Column('task_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('period_text', sa.String(length=200), nullable=True),
    sa.Column('start_year', sa.Integer(), nullable=True),
    sa.Column('end_year', sa.Integer(), nullable=True),
    sa.Column('expected_result', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('end_year IS NULL OR start_year IS NULL OR end_year >= start_year', name=op.f('ck_program_measure_years_order')),
    sa.ForeignKeyConstraint(['task_id'], ['program_task.id'], name=op.f('fk_program_measure_task_id_program_task')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_measure'))
    )
    with op.batch_alter_table('program_measure', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_measure_task_id'), ['task_id'], unique=False)

    op.create_table('measure_progress',
    sa.Column('measure_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=6), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'done', 'dropped', name='measurestatus', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint(_PERIOD(), name=op.f('ck_measure_progress_period_format')),
    sa.ForeignKeyConstraint(['measure_id'], ['program_measure.id'], name=op.f('fk_measure_progress_measure_id_program_measure')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_progress')),
    sa.UniqueConstraint('measure_id', 'period', name='uq_measure_progress_m_period')
    )
    with op.batch_alter_table('measure_progress', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_progress_measure_id'), ['measure_id'], unique=False)

    op.create_table('measure_responsible',
    sa.Column('measure_id', sa.String(length=36), nullable=False),
    sa.Column('body_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['body_id'], ['responsible_body.id'], name=op.f('fk_measure_responsible_body_id_responsible_body')),
    sa.ForeignKeyConstraint(['measure_id'], ['program_measure.id'], name=op.f('fk_measure_responsible_measure_id_program_measure')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_responsible')),
    sa.UniqueConstraint('measure_id', 'body_id', name='uq_measure_responsible_m_b')
    )
    with op.batch_alter_table('measure_responsible', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_responsible_body_id'), ['body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_responsible_measure_id'), ['measure_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('measure_responsible', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_responsible_measure_id'))
        batch_op.drop_index(batch_op.f('ix_measure_responsible_body_id'))

    op.drop_table('measure_responsible')
    with op.batch_alter_table('measure_progress', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_progress_measure_id'))

    op.drop_table('measure_progress')
    with op.batch_alter_table('program_measure', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_measure_task_id'))

    op.drop_table('program_measure')
    with op.batch_alter_table('expense', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expense_project_id'))
        batch_op.drop_index(batch_op.f('ix_expense_budget_line_id'))

    op.drop_table('expense')
    with op.batch_alter_table('event_participants', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participants_event_id'))
        batch_op.drop_index(batch_op.f('ix_event_participants_category_id'))

    op.drop_table('event_participants')
    with op.batch_alter_table('vote', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_member_id'))
        batch_op.drop_index(batch_op.f('ix_vote_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_vote_application_id'))

    op.drop_table('vote')
    with op.batch_alter_table('score', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_score_member_id'))
        batch_op.drop_index(batch_op.f('ix_score_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_score_criterion_id'))
        batch_op.drop_index(batch_op.f('ix_score_application_id'))

    op.drop_table('score')
    with op.batch_alter_table('program_task', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_task_priority_id'))
        batch_op.drop_index(batch_op.f('ix_program_task_area_id'))

    op.drop_table('program_task')
    with op.batch_alter_table('media_coverage', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_media_coverage_project_id'))

    op.drop_table('media_coverage')
    with op.batch_alter_table('material', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_material_project_id'))

    op.drop_table('material')
    with op.batch_alter_table('indicator_target', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_target_indicator_id'))

    op.drop_table('indicator_target')
    with op.batch_alter_table('indicator_actual', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_actual_indicator_id'))

    op.drop_table('indicator_actual')
    with op.batch_alter_table('event', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_project_id'))

    op.drop_table('event')
    with op.batch_alter_table('decision', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_decision_application_id'))

    op.drop_table('decision')
    with op.batch_alter_table('conflict_declaration', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_declaration_member_id'))
        batch_op.drop_index(batch_op.f('ix_conflict_declaration_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_conflict_declaration_application_id'))

    op.drop_table('conflict_declaration')
    with op.batch_alter_table('budget_line', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_budget_line_project_id'))

    op.drop_table('budget_line')
    with op.batch_alter_table('attendance', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_member_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_meeting_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('attachment', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_project_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_application_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('project', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_competition_id'))
        batch_op.drop_index(batch_op.f('ix_project_application_id'))

    op.drop_table('project')
    with op.batch_alter_table('program_area', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_area_priority_id'))

    op.drop_table('program_area')
    with op.batch_alter_table('planned_participants', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planned_participants_category_id'))
        batch_op.drop_index(batch_op.f('ix_planned_participants_application_id'))

    op.drop_table('planned_participants')
    with op.batch_alter_table('planned_event', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planned_event_application_id'))

    op.drop_table('planned_event')
    with op.batch_alter_table('meeting', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_commission_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_amends_meeting_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('indicator', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_responsible_body_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_program_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_priority_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_parent_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('eligibility_check', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eligibility_check_criterion_id'))
        batch_op.drop_index(batch_op.f('ix_eligibility_check_application_id'))

    op.drop_table('eligibility_check')
    with op.batch_alter_table('commission_member', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commission_member_commission_id'))

    op.drop_table('commission_member')
    with op.batch_alter_table('application_cofinancing', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_cofinancing_application_id'))

    op.drop_table('application_cofinancing')
    with op.batch_alter_table('scoring_criterion', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scoring_criterion_competition_id'))

    op.drop_table('scoring_criterion')
    with op.batch_alter_table('program_priority', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_priority_program_id'))

    op.drop_table('program_priority')
    with op.batch_alter_table('monitoring_group_member', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_monitoring_group_member_program_id'))

    op.drop_table('monitoring_group_member')
    with op.batch_alter_table('eligibility_criterion', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eligibility_criterion_competition_id'))

    op.drop_table('eligibility_criterion')
    with op.batch_alter_table('competition_transition', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competition_transition_competition_id'))

    op.drop_table('competition_transition')
    with op.batch_alter_table('competition_plan_step', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competition_plan_step_competition_id'))

    op.drop_table('competition_plan_step')
    with op.batch_alter_table('commission', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commission_competition_id'))

    op.drop_table('commission')
    with op.batch_alter_table('application', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_competition_id'))
        batch_op.drop_index(batch_op.f('ix_application_applicant_id'))

    op.drop_table('application')
    with op.batch_alter_table('development_program', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_development_program_municipality_id'))

    op.drop_table('development_program')
    with op.batch_alter_table('competition', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competition_municipality_id'))

    op.drop_table('competition')
    op.drop_table('site')
    op.drop_table('setting')
    op.drop_table('responsible_body')
    with op.batch_alter_table('participant_category', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_category_parent_id'))

    op.drop_table('participant_category')
    op.drop_table('municipality')
    with op.batch_alter_table('applicant', schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applicant_name'))

    op.drop_table('applicant')
    
