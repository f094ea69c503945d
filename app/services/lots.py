"""Lots (directions) of a competition and the fixed prizes of a prize
competition (issue 15): one function per action.

- Every competition has at least one lot. With one lot the competition works
  as before (the lot's allocation and maximum grant are the competition's;
  nothing about lots is printed). With several lots each has a title, its
  own allocation and maximum grant, and optional priority areas; together
  the allocations may not exceed the competition's total.
- In a prize competition each lot is a nomination, and each place of it has
  a fixed prize set by the competition; the lot's allocation is the sum of
  its prizes and its maximum grant the largest one.
- Lots and prizes are published terms: they change only while the
  competition is a draft.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select

from app import i18n
from app.domain import enums as E
from app.domain.money import format_amount
from app.services import _input as F
from app.services.auth import Perm, require
from app.services.competitions import _get as _get_competition
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store.base import utcnow
from app.store.lot_models import Lot, Prize, default_lot_id
from app.terms import term

i18n.register({
    "lots.locked": {
        "ky": "Сынак «{status}» абалында: багыттарды (лотторду) жана сыйлыктарды долбоор абалында гана өзгөртүүгө болот.",
        "ru": "Конкурс в состоянии «{status}»: направления (лоты) и премии можно менять только в проекте конкурса.",
        "en": "The competition is «{status}»: lots and prizes can change only while it is a draft.",
    },
    "lots.title": {
        "ky": "Бир нече багыт болгондо ар биринин аталышы болушу керек.",
        "ru": "Когда направлений несколько, у каждого должно быть название.",
        "en": "When there are several lots, each needs a title.",
    },
    "lots.untitled": {
        "ky": "{number}-багыттын аталышы жок. Экинчи багытты кошуудон мурда аны жазыңыз.",
        "ru": "У направления {number} нет названия. Укажите его, прежде чем добавлять второе направление.",
        "en": "Lot {number} has no title. Give it one before adding another lot.",
    },
    "lots.title_exists": {
        "ky": "Мындай аталыштагы багыт бар: «{title}».",
        "ru": "Направление с таким названием уже есть: «{title}».",
        "en": "A lot with this title exists: «{title}».",
    },
    "lots.allocation": {
        "ky": "Багыттын каражатын жазыңыз (нөлдөн чоң).",
        "ru": "Укажите средства направления (больше нуля).",
        "en": "Enter the lot's allocation (more than zero).",
    },
    "lots.max_over_allocation": {
        "ky": "Гранттын максималдуу суммасы ({max} сом) багыттын каражатынан ({allocation} сом) ашпасын.",
        "ru": "Максимальная сумма гранта ({max} сом) не может превышать средства направления ({allocation} сом).",
        "en": "The maximum grant ({max} som) cannot exceed the lot's allocation ({allocation} som).",
    },
    "lots.max_over_competition": {
        "ky": "Багыттын максималдуу гранты ({max} сом) сынактын максималдуу грантынан ({competition} сом) ашпасын.",
        "ru": "Максимальный грант направления ({max} сом) не может превышать максимальный грант конкурса "
              "({competition} сом).",
        "en": "The lot's maximum grant ({max} som) cannot exceed the competition's maximum grant ({competition} som).",
    },
    "lots.over_total": {
        "ky": "Багыттардын каражаты бардыгы {sum} сом болуп калат, бул сынактын жалпы каражатынан ({total} сом) "
              "ашат. Адегенде башка багыттардын каражатын азайтыңыз.",
        "ru": "Средства направлений вместе составят {sum} сом — больше общего объёма конкурса ({total} сом). "
              "Сначала уменьшите средства других направлений.",
        "en": "The lots' allocations would add up to {sum} som, more than the competition's total ({total} som). "
              "Lower the other lots' allocations first.",
    },
    "lots.last": {
        "ky": "Сынактын жок дегенде бир багыты болушу керек.",
        "ru": "У конкурса должно быть хотя бы одно направление.",
        "en": "A competition needs at least one lot.",
    },
    "lots.in_use": {
        "ky": "Бул багытта {n} өтүнмө бар; аны өчүрүүгө болбойт.",
        "ru": "В этом направлении {n} заявок; удалить его нельзя.",
        "en": "This lot has {n} applications; it cannot be removed.",
    },
    "lots.not_found": {
        "ky": "Багыт табылган жок.", "ru": "Направление не найдено.", "en": "Lot not found.",
    },
    "lots.competition_total": {
        "ky": "Сынактын жалпы каражаты ({total} сом) багыттардын каражатынын суммасынан ({sum} сом) аз болбосун.",
        "ru": "Общий объём конкурса ({total} сом) не может быть меньше суммы средств направлений ({sum} сом).",
        "en": "The competition's total ({total} som) cannot be less than the lots' allocations together ({sum} som).",
    },
    "lots.competition_max": {
        "ky": "Сынактын максималдуу гранты ({max} сом) «{title}» багытынын максималдуу грантынан ({lot_max} сом) "
              "аз болбосун.",
        "ru": "Максимальный грант конкурса ({max} сом) не может быть меньше максимального гранта направления "
              "«{title}» ({lot_max} сом).",
        "en": "The competition's maximum grant ({max} som) cannot be less than that of lot «{title}» ({lot_max} som).",
    },
    "prizes.not_prize_competition": {
        "ky": "Бул сынак гранттык: сыйлыктар сыйлык сынагында гана болот (сынактын шарттарында тандаңыз).",
        "ru": "Это грантовый конкурс: премии бывают только в конкурсе с премиями (выберите в условиях конкурса).",
        "en": "This is a grant competition: prizes exist only in a prize competition (choose it in the terms).",
    },
    "prizes.place": {
        "ky": "Орунду 1ден 100гө чейинки бүтүн сан менен жазыңыз.",
        "ru": "Место — целое число от 1 до 100.",
        "en": "The place is a whole number from 1 to 100.",
    },
    "prizes.amount": {
        "ky": "Сыйлыктын суммасын жазыңыз (нөлдөн чоң).",
        "ru": "Укажите сумму премии (больше нуля).",
        "en": "Enter the prize amount (more than zero).",
    },
    "prizes.place_exists": {
        "ky": "«{lot}» номинациясында {place}-орундун сыйлыгы мурда эле бар ({amount} сом).",
        "ru": "В номинации «{lot}» премия за {place}-е место уже есть ({amount} сом).",
        "en": "Nomination «{lot}» already has a prize for place {place} ({amount} som).",
    },
    "prizes.over_total": {
        "ky": "Сыйлыктар бардыгы {sum} сом болуп калат, бул сынактын жалпы каражатынан ({total} сом) ашат.",
        "ru": "Премии вместе составят {sum} сом — больше общего объёма конкурса ({total} сом).",
        "en": "The prizes would add up to {sum} som, more than the competition's total ({total} som).",
    },
    "prizes.over_max": {
        "ky": "Сыйлык ({amount} сом) сынактын максималдуу суммасынан ({max} сом) ашпасын.",
        "ru": "Премия ({amount} сом) не может превышать максимальную сумму конкурса ({max} сом).",
        "en": "The prize ({amount} som) cannot exceed the competition's maximum amount ({max} som).",
    },
    "prizes.not_found": {
        "ky": "Сыйлык табылган жок.", "ru": "Премия не найдена.", "en": "Prize not found.",
    },
})


@dataclass(frozen=True)
class PrizeView:
    id: str
    lot_id: str
    place: int
    amount_tyiyn: int


@dataclass(frozen=True)
class LotView:
    id: str
    number: int
    title: str
    allocation_tyiyn: int
    max_grant_tyiyn: int
    priority_areas: tuple[str, ...]
    applications: int
    prizes: tuple[PrizeView, ...]


@dataclass(frozen=True)
class LotsView:
    competition_id: str
    award_mode: str              # AwardMode value
    editable: bool               # a draft: lots and prizes may change
    total_allocation_tyiyn: int
    max_grant_tyiyn: int
    lots: tuple[LotView, ...]

    @property
    def allocated_tyiyn(self) -> int:
        return sum(x.allocation_tyiyn for x in self.lots)


def _som(tyiyn: int) -> str:
    return format_amount(tyiyn, sep=" ")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def _lots(s, competition_id: str) -> list[Lot]:
    return list(s.scalars(select(Lot).where(Lot.competition_id == competition_id, Lot.deleted_at.is_(None))
                          .order_by(Lot.position, Lot.created_at, Lot.id)))


def _prizes(s, competition_id: str) -> list[Prize]:
    return list(s.scalars(select(Prize).where(Prize.competition_id == competition_id, Prize.deleted_at.is_(None))
                          .order_by(Prize.place)))


def _draft(comp: M.Competition) -> None:
    if comp.status != E.CompetitionStatus.DRAFT:
        raise ServiceError("lots.locked", status=term("competition_status", comp.status))


def _ensure_default_lot(s, comp: M.Competition) -> Lot:
    """The competition's first lot, made (with the competition's figures and
    the id every office gives it) when it has none."""
    rows = _lots(s, comp.id)
    if rows:
        return rows[0]
    lot = s.get(Lot, default_lot_id(comp.id))
    if lot is None:
        lot = Lot(id=default_lot_id(comp.id), competition_id=comp.id, position=0, title="",
                  allocation_tyiyn=comp.total_allocation_tyiyn,
                  max_grant_tyiyn=min(comp.max_grant_tyiyn, comp.total_allocation_tyiyn))
        s.add(lot)
    else:
        lot.deleted_at = None
    s.flush()
    return lot


# --------------------------------------------------------------------------
# Reading


def lots_view(db, competition_id: str) -> LotsView:
    with db.reader() as s:
        comp = _get_competition(s, competition_id)
        rows = _lots(s, comp.id)
        A = M.Application
        counts = dict(s.execute(select(A.lot_id, func.count()).where(
            A.competition_id == comp.id, A.deleted_at.is_(None), A.status != E.ApplicationStatus.WITHDRAWN)
            .group_by(A.lot_id)).all())
        first = rows[0].id if rows else None
        unset = counts.pop(None, 0)
        prizes: dict[str, list[PrizeView]] = {}
        for p in _prizes(s, comp.id):
            prizes.setdefault(p.lot_id, []).append(PrizeView(p.id, p.lot_id, p.place, p.amount_tyiyn))
        views = tuple(LotView(r.id, i, r.title or "", r.allocation_tyiyn, r.max_grant_tyiyn,
                              tuple(a for a in (r.priority_areas or "").split("\n") if a.strip()),
                              counts.get(r.id, 0) + (unset if r.id == first else 0), tuple(prizes.get(r.id, ())))
                      for i, r in enumerate(rows, start=1))
        return LotsView(comp.id, comp.award_mode.value, comp.status == E.CompetitionStatus.DRAFT,
                        comp.total_allocation_tyiyn, comp.max_grant_tyiyn, views)


# --------------------------------------------------------------------------
# Lots


def _lot_values(comp: M.Competition, title, allocation, max_grant, priority_areas, *, several: bool) -> dict:
    errors: dict[str, ServiceError] = {}
    clean_title = F.text(errors, "title", title, max_len=300) or ""
    if several and not clean_title and "title" not in errors:
        errors["title"] = ServiceError("lots.title", "title")
    areas = F.text(errors, "priority_areas", priority_areas, max_len=4000, multiline=True)
    out = {"title": clean_title,
           "priority_areas": "\n".join(a.strip() for a in areas.split("\n") if a.strip()) if areas else None}
    if comp.award_mode != E.AwardMode.PRIZES:
        alloc = F.money(errors, "allocation_tyiyn", allocation)
        grant = F.money(errors, "max_grant_tyiyn", max_grant if max_grant not in (None, "") else allocation)
        if alloc is not None and "allocation_tyiyn" not in errors and alloc <= 0:
            errors["allocation_tyiyn"] = ServiceError("lots.allocation", "allocation_tyiyn")
        if alloc is not None and grant is not None and grant > alloc and "max_grant_tyiyn" not in errors:
            errors["max_grant_tyiyn"] = ServiceError("lots.max_over_allocation", "max_grant_tyiyn", max=_som(grant),
                                                     allocation=_som(alloc))
        elif grant is not None and comp.max_grant_tyiyn and grant > comp.max_grant_tyiyn:
            errors["max_grant_tyiyn"] = ServiceError("lots.max_over_competition", "max_grant_tyiyn", max=_som(grant),
                                                     competition=_som(comp.max_grant_tyiyn))
        out["allocation_tyiyn"], out["max_grant_tyiyn"] = alloc, grant
    if errors:
        raise ValidationError(errors)
    return out


def _check_titles(rows: list[Lot], changed: Lot, title: str) -> None:
    for r in rows:
        if r is not changed and title and _norm(r.title) == _norm(title):
            raise ValidationError({"title": ServiceError("lots.title_exists", "title", title=r.title)})


def _check_total(comp: M.Competition, rows: list[Lot]) -> None:
    if len(rows) < 2:
        return
    total = sum(r.allocation_tyiyn for r in rows)
    if total > comp.total_allocation_tyiyn:
        key = "prizes.over_total" if comp.award_mode == E.AwardMode.PRIZES else "lots.over_total"
        raise ValidationError({"allocation_tyiyn": ServiceError(key, "allocation_tyiyn", sum=_som(total),
                                                                total=_som(comp.total_allocation_tyiyn))})


def add_lot(db, competition_id: str, title: str, allocation_tyiyn=0, max_grant_tyiyn=None,
            priority_areas: str = "") -> str:
    """A new lot (direction) of a draft competition."""
    require(db, Perm.COMPETITIONS)
    with db.session() as s:
        comp = _get_competition(s, competition_id)
        _draft(comp)
        values = _lot_values(comp, title, allocation_tyiyn, max_grant_tyiyn, priority_areas, several=True)
        rows = _lots(s, comp.id) or [_ensure_default_lot(s, comp)]
        for i, r in enumerate(rows, start=1):
            if not r.title:
                raise ValidationError({"title": ServiceError("lots.untitled", "title", number=i)})
        if comp.award_mode == E.AwardMode.PRIZES:
            values.update(allocation_tyiyn=0, max_grant_tyiyn=0)
        lot = Lot(competition_id=comp.id, position=max(r.position for r in rows) + 1, **values)
        _check_titles(rows, lot, values["title"])
        _check_total(comp, rows + [lot])
        s.add(lot)
        s.flush()
        return lot.id


def _get_lot(s, lot_id: str) -> tuple[Lot, M.Competition]:
    lot = s.get(Lot, lot_id) if lot_id else None
    if lot is None or lot.deleted_at is not None:
        raise ServiceError("lots.not_found")
    return lot, _get_competition(s, lot.competition_id)


def update_lot(db, lot_id: str, title: str, allocation_tyiyn=None, max_grant_tyiyn=None,
               priority_areas: str = "") -> None:
    """Change a lot's title, allocation, maximum grant or priority areas (in a
    draft). With one lot only its title and areas are used: its money is the
    competition's."""
    require(db, Perm.COMPETITIONS)
    with db.session() as s:
        lot, comp = _get_lot(s, lot_id)
        _draft(comp)
        rows = _lots(s, comp.id)
        several = len(rows) > 1
        if comp.award_mode == E.AwardMode.PRIZES:
            values = _lot_values(comp, title, None, None, priority_areas, several=several)
        else:
            values = _lot_values(comp, title, allocation_tyiyn if allocation_tyiyn not in (None, "")
                                 else lot.allocation_tyiyn,
                                 max_grant_tyiyn if max_grant_tyiyn not in (None, "") else lot.max_grant_tyiyn,
                                 priority_areas, several=several)
        _check_titles(rows, lot, values["title"])
        F.set_changed(lot, values)
        _check_total(comp, rows)


def remove_lot(db, lot_id: str) -> None:
    """Remove a lot with no applications (and its prizes); a competition keeps one."""
    require(db, Perm.COMPETITIONS)
    with db.session() as s:
        lot, comp = _get_lot(s, lot_id)
        _draft(comp)
        rows = _lots(s, comp.id)
        if len(rows) <= 1:
            raise ServiceError("lots.last")
        A = M.Application
        first = rows[0].id == lot.id
        n = s.scalar(select(func.count()).select_from(A).where(
            A.competition_id == comp.id, A.deleted_at.is_(None),
            (A.lot_id == lot.id) | (A.lot_id.is_(None) if first else False))) or 0
        if n:
            raise ServiceError("lots.in_use", n=n)
        now = utcnow()
        for p in s.scalars(select(Prize).where(Prize.lot_id == lot.id, Prize.deleted_at.is_(None))):
            p.deleted_at = now
        lot.deleted_at = now


def check_competition_figures(s, comp: M.Competition, total: int | None, max_grant: int | None) -> dict:
    """Field errors when new competition figures no longer hold its lots (the
    editor of the competition calls this before saving)."""
    rows = _lots(s, comp.id)
    errors: dict[str, ServiceError] = {}
    if len(rows) < 2:
        return errors
    allocated = sum(r.allocation_tyiyn for r in rows)
    if total is not None and total < allocated:
        errors["total_allocation_tyiyn"] = ServiceError("lots.competition_total", "total_allocation_tyiyn",
                                                        total=_som(total), sum=_som(allocated))
    widest = max(rows, key=lambda r: r.max_grant_tyiyn)
    if max_grant is not None and max_grant < widest.max_grant_tyiyn:
        errors["max_grant_tyiyn"] = ServiceError("lots.competition_max", "max_grant_tyiyn", max=_som(max_grant),
                                                 title=widest.title, lot_max=_som(widest.max_grant_tyiyn))
    return errors


# --------------------------------------------------------------------------
# Prizes


def _sync_lot_figures(s, lot: Lot) -> None:
    amounts = [p.amount_tyiyn for p in s.scalars(select(Prize).where(Prize.lot_id == lot.id,
                                                                      Prize.deleted_at.is_(None)))]
    F.set_changed(lot, {"allocation_tyiyn": sum(amounts), "max_grant_tyiyn": max(amounts, default=0)})


def set_prize(db, lot_id: str, place, amount_tyiyn) -> str:
    """The fixed prize of a place in a nomination (a lot of a prize competition)."""
    require(db, Perm.COMPETITIONS)
    errors: dict[str, ServiceError] = {}
    n = F.integer({}, "place", place, lo=1, hi=100)
    if n is None:
        errors["place"] = ServiceError("prizes.place", "place")
    amount = F.money(errors, "amount_tyiyn", amount_tyiyn)
    if amount is not None and "amount_tyiyn" not in errors and amount <= 0:
        errors["amount_tyiyn"] = ServiceError("prizes.amount", "amount_tyiyn")
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        lot, comp = _get_lot(s, lot_id)
        _draft(comp)
        if comp.award_mode != E.AwardMode.PRIZES:
            raise ServiceError("prizes.not_prize_competition")
        if comp.max_grant_tyiyn and amount > comp.max_grant_tyiyn:
            raise ValidationError({"amount_tyiyn": ServiceError("prizes.over_max", "amount_tyiyn", amount=_som(amount),
                                                                max=_som(comp.max_grant_tyiyn))})
        prizes = _prizes(s, comp.id)
        same = next((p for p in prizes if p.lot_id == lot.id and p.place == n), None)
        if same is not None:
            raise ValidationError({"place": ServiceError("prizes.place_exists", "place", lot=lot.title or comp.title,
                                                         place=n, amount=_som(same.amount_tyiyn))})
        total = sum(p.amount_tyiyn for p in prizes) + amount
        if total > comp.total_allocation_tyiyn:
            raise ValidationError({"amount_tyiyn": ServiceError("prizes.over_total", "amount_tyiyn", sum=_som(total),
                                                                total=_som(comp.total_allocation_tyiyn))})
        row = s.scalar(select(Prize).where(Prize.lot_id == lot.id, Prize.place == n))  # a removed one comes back
        if row is None:
            row = Prize(competition_id=comp.id, lot_id=lot.id, place=n, amount_tyiyn=amount)
            s.add(row)
        else:
            F.set_changed(row, {"amount_tyiyn": amount, "deleted_at": None})
        s.flush()
        _sync_lot_figures(s, lot)
        return row.id


def remove_prize(db, prize_id: str) -> None:
    require(db, Perm.COMPETITIONS)
    with db.session() as s:
        row = s.get(Prize, prize_id) if prize_id else None
        if row is None or row.deleted_at is not None:
            raise ServiceError("prizes.not_found")
        lot, comp = _get_lot(s, row.lot_id)
        _draft(comp)
        row.deleted_at = utcnow()
        s.flush()
        _sync_lot_figures(s, lot)
