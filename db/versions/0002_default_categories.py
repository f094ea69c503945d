"""default participant categories

Revision ID: 0002_default_categories
Revises: 0001_initial
Create Date: 2026-11-23

The builtin categories get the same id in every office (uuid5 of the code)
so that packages exchanged between offices refer to the same rows. The list
is frozen here on purpose: later changes to the program's defaults must come
as a new migration.
"""
import uuid
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0002_default_categories"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

NS = uuid.UUID("6d1c9a52-3e0b-4b7e-9a55-2f1f3b0c4d21")
CATEGORIES = [
    # code, ky, ru, en, parent, additive
    ("men", "Эркектер", "Мужчины", "Men", None, True),
    ("women", "Аялдар", "Женщины", "Women", None, True),
    ("children", "Балдар", "Дети", "Children", None, True),
    ("fathers", "Аталар", "Отцы", "Fathers", "men", True),
    ("mothers", "Энелер", "Матери", "Mothers", "women", True),
    ("boys", "Уул балдар", "Мальчики", "Boys", "children", True),
    ("girls", "Кыз балдар", "Девочки", "Girls", "children", True),
    ("children_disabilities", "ДМЧ балдар", "Дети с ОВЗ", "Children with disabilities", "children", False),
    ("migrant_children", "Мигранттардын балдары", "Дети мигрантов", "Migrants' children", "children", False),
    ("persons_disabilities", "ДМЧ адамдар", "Лица с ОВЗ", "Persons with disabilities", None, False),
    ("elderly", "Улгайган адамдар", "Пожилые люди", "Elderly", None, False),
]


def _id(code):
    return str(uuid.uuid5(NS, code))


def upgrade() -> None:
    table = sa.table(
        "participant_category",
        sa.column("id", sa.String), sa.column("code", sa.String),
        sa.column("name_ky", sa.String), sa.column("name_ru", sa.String), sa.column("name_en", sa.String),
        sa.column("parent_id", sa.String), sa.column("additive", sa.Boolean),
        sa.column("position", sa.Integer), sa.column("builtin", sa.Boolean),
        sa.column("created_at", sa.DateTime), sa.column("updated_at", sa.DateTime),
    )
    now = datetime(2026, 1, 1, tzinfo=timezone.utc).replace(tzinfo=None)
    op.bulk_insert(table, [
        dict(id=_id(code), code=code, name_ky=ky, name_ru=ru, name_en=en,
             parent_id=_id(parent) if parent else None, additive=additive,
             position=i, builtin=True, created_at=now, updated_at=now)
        for i, (code, ky, ru, en, parent, additive) in enumerate(CATEGORIES)
    ])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM participant_category WHERE builtin = 1"))
