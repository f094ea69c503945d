"""Participant categories and totals.

Categories are data. Each may be part of another (parent). An *additive* part
is a disjoint piece of its parent (boys and girls make up children); a
non-additive part is an "of whom" subset (children with disabilities). Totals
never add a part on top of its whole.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Iterable, Mapping

# Builtin categories have the same id in every office (uuid5 of the code), so
# files exchanged between offices refer to the same rows.
CATEGORY_NAMESPACE = uuid.UUID("6d1c9a52-3e0b-4b7e-9a55-2f1f3b0c4d21")


def builtin_category_id(code: str) -> str:
    return str(uuid.uuid5(CATEGORY_NAMESPACE, code))


@dataclass(frozen=True)
class CategoryDef:
    code: str
    name_ky: str
    name_ru: str
    name_en: str
    parent: str | None = None
    additive: bool = True


DEFAULT_CATEGORIES: tuple[CategoryDef, ...] = (
    CategoryDef("men", "Эркектер", "Мужчины", "Men"),
    CategoryDef("women", "Аялдар", "Женщины", "Women"),
    CategoryDef("children", "Балдар", "Дети", "Children"),
    CategoryDef("fathers", "Аталар", "Отцы", "Fathers", "men"),
    CategoryDef("mothers", "Энелер", "Матери", "Mothers", "women"),
    CategoryDef("boys", "Уул балдар", "Мальчики", "Boys", "children"),
    CategoryDef("girls", "Кыз балдар", "Девочки", "Girls", "children"),
    CategoryDef("children_disabilities", "ДМЧ балдар", "Дети с ОВЗ", "Children with disabilities", "children", False),
    CategoryDef("migrant_children", "Мигранттардын балдары", "Дети мигрантов", "Migrants' children", "children", False),
    CategoryDef("persons_disabilities", "ДМЧ адамдар", "Лица с ОВЗ", "Persons with disabilities", None, False),
    CategoryDef("elderly", "Улгайган адамдар", "Пожилые люди", "Elderly", None, False),
)


@dataclass(frozen=True)
class Category:
    id: str
    parent_id: str | None
    additive: bool


@dataclass(frozen=True)
class PartExceedsWhole:
    part_id: str
    part_count: int
    whole_id: str
    whole_count: int
    parts_sum: bool = False  # True when the sum of additive parts exceeds the whole


def _children(categories: Mapping[str, Category]) -> dict[str, list[Category]]:
    out: dict[str, list[Category]] = {cid: [] for cid in categories}
    for c in categories.values():
        if c.parent_id and c.parent_id in out:
            out[c.parent_id].append(c)
    return out


def category_total(cid: str, counts: Mapping[str, int], categories: Mapping[str, Category]) -> int | None:
    """The number of people in a category: what was entered, or else the sum
    of its additive parts; None when nothing is known."""
    if cid in counts:
        return counts[cid]
    kids = _children(categories)[cid]
    parts = [category_total(k.id, counts, categories) for k in kids if k.additive]
    known = [p for p in parts if p is not None]
    return sum(known) if known else None


def check_counts(counts: Mapping[str, int], categories: Mapping[str, Category]) -> list[PartExceedsWhole]:
    """Every part must fit in its whole; additive parts together too."""
    problems: list[PartExceedsWhole] = []
    kids = _children(categories)
    for cid, cat in categories.items():
        whole = category_total(cid, counts, categories) if cid in counts else None
        if whole is None:
            continue
        additive_sum = 0
        for k in kids[cid]:
            part = category_total(k.id, counts, categories)
            if part is None:
                continue
            if part > whole:
                problems.append(PartExceedsWhole(k.id, part, cid, whole))
            if k.additive:
                additive_sum += part
        if additive_sum > whole and not any(p.whole_id == cid for p in problems):
            problems.append(PartExceedsWhole("", additive_sum, cid, whole, parts_sum=True))
    return problems


def grand_total(counts: Mapping[str, int], categories: Mapping[str, Category]) -> int:
    """People reached: additive root categories, each counted once."""
    total = 0
    for c in categories.values():
        if c.parent_id is None and c.additive:
            t = category_total(c.id, counts, categories)
            total += t or 0
    return total


def sum_counts(rows: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """Add per-event counts category by category."""
    out: dict[str, int] = {}
    for r in rows:
        for k, v in r.items():
            out[k] = out.get(k, 0) + v
    return out
