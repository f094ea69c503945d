"""Participant categories and totals.

Categories are data. Each may be part of another (parent). An *additive* part
is a disjoint piece of its parent (boys and girls make up children); a
non-additive part is an "of whom" subset (children with disabilities). Totals
never add a part on top of its whole.

The people an event reached is computed from its counts: every count is a
number of people who were there, so the event reached at least each of them,
and at least the disjoint top-level groups (men, women, children) added up.
A category an office uses as the whole ("all participants", with men and
women under it) therefore counts, and is never added to the groups beside it.
The total a source document states is kept beside the computed one
(`stated_mismatch`); with no counts at all, the stated total is what is known.

Every place that adds up people over events (the project page and reports,
the Events area, the council summary) uses `people_by_category` and
`event_people`, so they agree.
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


def category_total(cid: str, counts: Mapping[str, int], categories: Mapping[str, Category],
                   kids: Mapping[str, list[Category]] | None = None) -> int | None:
    """The number of people in a category: what was entered, or else the sum
    of its additive parts; None when nothing is known. `kids`: the tree of
    `categories` (_children), when the caller has built it once already."""
    if cid in counts:
        return counts[cid]
    if kids is None:
        kids = _children(categories)
    known = [v for v in (category_total(k.id, counts, categories, kids) for k in kids[cid] if k.additive)
             if v is not None]
    return sum(known) if known else None


def check_counts(counts: Mapping[str, int], categories: Mapping[str, Category]) -> list[PartExceedsWhole]:
    """Every part must fit in its whole; additive parts together too."""
    problems: list[PartExceedsWhole] = []
    kids = _children(categories)
    for cid, cat in categories.items():
        whole = category_total(cid, counts, categories, kids) if cid in counts else None
        if whole is None:
            continue
        additive_sum = 0
        for k in kids[cid]:
            part = category_total(k.id, counts, categories, kids)
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
    """People reached at one event: the additive top-level groups added up,
    or the largest single category when that is more (a category used as the
    whole, or an "of whom" group given without its whole)."""
    groups = 0
    largest = 0
    kids = _children(categories)
    for c in categories.values():
        t = category_total(c.id, counts, categories, kids)
        if t is None:
            continue
        if c.parent_id is None and c.additive:
            groups += t
        largest = max(largest, t)
    return max(groups, largest)


def event_totals(counts: Mapping[str, int], rules: Mapping[str, Category]) -> dict[str, int]:
    """Each category's people at one event: entered, or its additive parts
    summed. Totals over events add these, so an event that gave only boys and
    girls still counts in children."""
    out = {}
    kids = _children(rules)
    for cid in rules:
        value = category_total(cid, counts, rules, kids)
        if value is not None:
            out[cid] = value
    return out


def people_by_category(events: Iterable[Mapping[str, int]], rules: Mapping[str, Category]) -> dict[str, int]:
    """Category id -> people over several events (each event's counts), every
    event's wholes computed first; the one way totals over events are made."""
    return sum_counts(event_totals(counts, rules) for counts in events)


def event_people(counts: Mapping[str, int], rules: Mapping[str, Category], stated: int | None = None) -> int:
    """People reached at one event: computed from its counts; an event with
    no counts at all reached the number its source states (0 if none)."""
    if any(cid in rules for cid in counts):
        return grand_total(counts, rules)
    return stated or 0


def stated_mismatch(counts: Mapping[str, int], rules: Mapping[str, Category],
                    stated: int | None) -> tuple[int, int] | None:
    """(stated, computed) when an event's stated total differs from what its
    counts give; None when they agree or one of them is missing."""
    if stated is None or not any(cid in rules for cid in counts):
        return None
    computed = grand_total(counts, rules)
    return None if computed == stated else (stated, computed)


def sum_counts(rows: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """Add per-event counts category by category."""
    out: dict[str, int] = {}
    for r in rows:
        for k, v in r.items():
            out[k] = out.get(k, 0) + v
    return out
