"""Reading lots, consortium partners and prizes (issue 15), for the services
and the reports alike.

A competition with exactly one lot is shown and decided as before: its lot's
allocation and maximum grant are the competition's own figures. An
application whose lot is not set (rows written before lots existed, or by
hand) belongs to the competition's first lot. A competition with no lot row
at all (made by hand, not by the program) gets one implicit lot with the
competition's own id and figures."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app import i18n
from app.domain import enums as E
from app.store import models as M
from app.store.lot_models import ApplicationPartner, Lot, Prize


i18n.register({
    "application.consortium": {
        "ky": "{lead} (башкы катышуучу) + өнөктөштөр: {partners}",
        "ru": "{lead} (ведущий участник) + партнёры: {partners}",
        "en": "{lead} (lead) + partners: {partners}",
    },
})


def consortium_text(lead: str, partners, lang: str | None = None) -> str:
    """"Lead" or "Lead (lead applicant) + partners: A, B" in the given language."""
    partners = [p for p in partners if p]
    if not partners:
        return lead
    return i18n.t("application.consortium", lang, lead=lead, partners=", ".join(partners))


@dataclass(frozen=True)
class LotInfo:
    id: str
    number: int                 # 1, 2, ... in the competition's order
    title: str
    allocation_tyiyn: int
    max_grant_tyiyn: int
    priority_areas: tuple[str, ...]
    prizes: tuple[tuple[int, int], ...]   # (place, amount) of a prize competition, by place


def competition_lots(s, comp: M.Competition) -> list[LotInfo]:
    rows = list(s.scalars(select(Lot).where(Lot.competition_id == comp.id, Lot.deleted_at.is_(None))
                          .order_by(Lot.position, Lot.created_at, Lot.id)))
    prizes: dict[str, list[tuple[int, int]]] = {}
    for p in s.scalars(select(Prize).where(Prize.competition_id == comp.id, Prize.deleted_at.is_(None))
                       .order_by(Prize.place)):
        prizes.setdefault(p.lot_id, []).append((p.place, p.amount_tyiyn))
    if not rows:
        return [LotInfo(comp.id, 1, "", comp.total_allocation_tyiyn, comp.max_grant_tyiyn,
                        _areas(comp.priority_areas), tuple(prizes.get(comp.id, ())))]
    single = len(rows) == 1
    return [LotInfo(r.id, i, r.title or "",
                    comp.total_allocation_tyiyn if single else r.allocation_tyiyn,
                    comp.max_grant_tyiyn if single else r.max_grant_tyiyn,
                    _areas(r.priority_areas), tuple(prizes.get(r.id, ())))
            for i, r in enumerate(rows, start=1)]


def _areas(text: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (text or "").split("\n") if a.strip())


def lot_of(app: M.Application, lots: list[LotInfo]) -> LotInfo:
    """The application's lot (the first lot when unset or unknown)."""
    for lot in lots:
        if lot.id == app.lot_id:
            return lot
    return lots[0]


def is_prize_competition(comp: M.Competition) -> bool:
    return comp.award_mode == E.AwardMode.PRIZES


def partners_of(s, application_ids) -> dict[str, list[tuple[str, str]]]:
    """application id -> [(applicant id, name)] of its live partners, in order."""
    ids = list(application_ids)
    out: dict[str, list[tuple[str, str]]] = {}
    AP, A = ApplicationPartner, M.Applicant
    for i in range(0, len(ids), 500):
        rows = s.execute(select(AP.application_id, A.id, A.name).join(A, A.id == AP.applicant_id)
                         .where(AP.application_id.in_(ids[i:i + 500]), AP.deleted_at.is_(None))
                         .order_by(AP.application_id, AP.position, AP.created_at)).all()
        for app_id, applicant_id, name in rows:
            out.setdefault(app_id, []).append((applicant_id, name))
    return out


def applications_of_applicant(s, applicant_id: str) -> list[M.Application]:
    """Live applications where the applicant is the lead or a partner."""
    AP = ApplicationPartner
    lead = select(M.Application.id).where(M.Application.applicant_id == applicant_id)
    partner = select(AP.application_id).where(AP.applicant_id == applicant_id, AP.deleted_at.is_(None))
    return list(s.scalars(select(M.Application).where(
        M.Application.deleted_at.is_(None), M.Application.id.in_(lead.union(partner)))
        .order_by(M.Application.received_on, M.Application.reg_seq)))


def organiser_name(comp: M.Competition, mun: M.Municipality | None) -> str:
    """Who announces the competition: the named organiser (a national or
    regional body, a donor), or the municipality's executive body."""
    if comp.organiser_kind != E.OrganiserKind.MUNICIPALITY and comp.organiser_name:
        return comp.organiser_name
    if mun is None:
        return comp.organiser_name or ""
    return mun.executive_body or mun.name
