"""stated figures beside computed ones, funding channel, projects without a competition, grant recipients

Revision ID: 0023_figures
Revises: 0014_login_guard
Create Date: 2026-12-01

- event.stated_total: the participants a source document states;
- budget_line: quantity, unit and unit price beside the planned amount, and the
  channel (through the local budget / directly); the funding sources gain the
  republican budget (budget lines, expenses and co-financing alike);
- project: may come without a competition (direct grant or subsidy) with its
  legal basis, date and municipality; the reason for an award above the
  decision or the maximum grant;
- grant_recipient: the recipients a grant is split among.

No row changes; existing rows keep their values and get NULL in the new columns.
"""
from alembic import op

# batch operations reflect the table they rebuild, not every table its foreign
# keys point at (the same DDL, a fraction of the reflection)
NO_FK_REFLECTION = {"resolve_fks": False}
import sqlalchemy as sa

revision = "0023_figures"
down_revision = "0014_login_guard"
branch_labels = None
depends_on = None

OLD_SOURCES = ("local_budget", "donor", "initiator_cash", "initiator_in_kind", "other")
NEW_SOURCES = ("local_budget", "republican_budget", "donor", "initiator_cash", "initiator_in_kind", "other")
SOURCE_TABLES = ("budget_line", "expense", "application_cofinancing")


def _in(values) -> str:
    return "source IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _sources(values) -> None:
    for table in SOURCE_TABLES:
        with op.batch_alter_table(table, schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{table}_fundingsource"), type_="check")
            batch_op.create_check_constraint(op.f(f"ck_{table}_fundingsource"), _in(values))


def upgrade() -> None:
    # SQLite rebuilds the changed tables (project has children): the program
    # runs migrations with the foreign keys off and checks them all before
    # the commit (app.store.db.upgrade_schema)
    op.create_table(
        "grant_recipient",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("amount_tyiyn", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("amount_tyiyn >= 0", name=op.f("ck_grant_recipient_amount_tyiyn_nonneg")),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"],
                                name=op.f("fk_grant_recipient_project_id_project")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_recipient")),
    )
    with op.batch_alter_table("grant_recipient", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.create_index(batch_op.f("ix_grant_recipient_project_id"), ["project_id"], unique=False)

    with op.batch_alter_table("event", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.add_column(sa.Column("stated_total", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(op.f("ck_event_stated_total_nonneg"), "stated_total >= 0")

    with op.batch_alter_table("budget_line", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.add_column(sa.Column("channel", _enum("through_local_budget", "direct", name="fundingchannel"),
                                      nullable=True))
        batch_op.add_column(sa.Column("quantity", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("unit", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("unit_price_tyiyn", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(op.f("ck_budget_line_unit_price_tyiyn_nonneg"), "unit_price_tyiyn >= 0")
    _sources(NEW_SOURCES)

    with op.batch_alter_table("project", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.alter_column("competition_id", existing_type=sa.String(length=36), nullable=True)
        batch_op.add_column(sa.Column("direct_kind", _enum("direct_grant", "subsidy", name="directkind"),
                                      nullable=True))
        batch_op.add_column(sa.Column("legal_basis", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("legal_basis_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("municipality_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("award_excess_reason", sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f("ix_project_municipality_id"), ["municipality_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_project_municipality_id_municipality"), "municipality",
                                    ["municipality_id"], ["id"])
        batch_op.create_check_constraint(op.f("ck_project_competition_or_direct"),
                                         "competition_id IS NOT NULL OR direct_kind IS NOT NULL")


def downgrade() -> None:
    # a project without a competition cannot exist before this revision: refuse
    # rather than drop it (and everything under it) without a word
    direct = op.get_bind().execute(sa.text("SELECT count(*) FROM project WHERE competition_id IS NULL")).scalar()
    if direct:
        raise RuntimeError(f"cannot downgrade below 0023_figures: {direct} projects have no competition")
    with op.batch_alter_table("project", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_constraint(op.f("ck_project_competition_or_direct"), type_="check")
        batch_op.drop_constraint(op.f("ck_project_directkind"), type_="check")  # the enum's own CHECK
        batch_op.drop_constraint(batch_op.f("fk_project_municipality_id_municipality"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_project_municipality_id"))
        for col in ("award_excess_reason", "municipality_id", "legal_basis_date", "legal_basis", "direct_kind"):
            batch_op.drop_column(col)
        batch_op.alter_column("competition_id", existing_type=sa.String(length=36), nullable=False)
    _sources(OLD_SOURCES)
    with op.batch_alter_table("budget_line", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_constraint(op.f("ck_budget_line_unit_price_tyiyn_nonneg"), type_="check")
        batch_op.drop_constraint(op.f("ck_budget_line_fundingchannel"), type_="check")
        for col in ("unit_price_tyiyn", "unit", "quantity", "channel"):
            batch_op.drop_column(col)
    with op.batch_alter_table("event", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_constraint(op.f("ck_event_stated_total_nonneg"), type_="check")
        batch_op.drop_column("stated_total")
    with op.batch_alter_table("grant_recipient", schema=None, reflect_kwargs=NO_FK_REFLECTION) as batch_op:
        batch_op.drop_index(batch_op.f("ix_grant_recipient_project_id"))
    op.drop_table("grant_recipient")
