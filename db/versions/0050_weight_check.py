"""a criterion's weight CHECK compares a number, not text; money is BIGINT on PostgreSQL

Revision ID: 0050_weight_check
Revises: 0030_registers
Create Date: 2026-12-03

The weight is stored as text (an exact decimal). The first revision's CHECK
`weight > 0` compared that text with a number: SQLite accepted '0.0', '00'
and 'abc', and PostgreSQL refuses the comparison outright. The CHECK now casts
to a number on both (PostgreSQL databases got this form already in
0001_initial). Existing SQLite files: the table is rebuilt with the new CHECK;
a stored weight that is not above zero stops the upgrade (the file is not
changed).

Money (every `*_tyiyn` column) on PostgreSQL: `integer` there is 32-bit (at
most 21 474 836.47 som, less than a town's yearly budget in local_budget), so
the columns earlier revisions made as INTEGER become BIGINT. Found by name in
the catalogue, so columns added by any revision before this one are covered.
SQLite's INTEGER is 64-bit already; files are not touched for this.
"""
from alembic import op

# batch operations reflect the table they rebuild, not every table its foreign
# keys point at (the same DDL, a fraction of the reflection)
NO_FK_REFLECTION = {"resolve_fks": False}

revision = "0050_weight_check"
down_revision = "0045_list_indexes"
branch_labels = None
depends_on = None

OLD = "weight > 0"
NEW = "CAST(weight AS NUMERIC) > 0"


def _replace(expr: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # created with the numeric comparison by 0001_initial
    with op.batch_alter_table("scoring_criterion", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_constraint(op.f("ck_scoring_criterion_weight_pos"), type_="check")
        batch_op.create_check_constraint(op.f("ck_scoring_criterion_weight_pos"), expr)


def _money(to: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    have = "integer" if to == "BIGINT" else "bigint"
    rows = bind.exec_driver_sql(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND column_name LIKE '%%\\_tyiyn' AND data_type = %(have)s "
        "ORDER BY table_name, column_name", {"have": have}).all()
    for table, column in rows:
        op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {to}')


def upgrade() -> None:
    _replace(NEW)
    _money("BIGINT")


def downgrade() -> None:
    _money("INTEGER")
    _replace(OLD)
