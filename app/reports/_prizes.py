"""Prizes of prize competitions summed per participant (issue 15), for the
council summary: one participant may win several prizes (an entry in each of
several nominations), and the summary prints what each received in all."""
from __future__ import annotations

from sqlalchemy import select

from app import i18n
from app.domain import commission as rules
from app.domain import enums as E
from app.domain.money import format_amount, to_decimal_som
from app.reports import _layout as L
from app.store import models as M

i18n.register({
    "cs.prizes": {"ky": "Сыйлыктар катышуучулар боюнча", "ru": "Премии по участникам",
                  "en": "Prizes per participant"},
    "cs.participant": {"ky": "Катышуучу", "ru": "Участник", "en": "Participant"},
    "cs.prizes_count": {"ky": "Сыйлыктар", "ru": "Премий", "en": "Prizes"},
    "cs.prizes_amount": {"ky": "Суммасы, сом", "ru": "Сумма, сом", "en": "Amount, som"},
})


def load_prizes(s, competitions) -> list[dict]:
    """For every prize competition: its latest decided protocol's prizes,
    summed per participant (the lead applicant)."""
    out = []
    for comp in competitions:
        if comp.award_mode != E.AwardMode.PRIZES:
            continue
        meetings = list(s.scalars(select(M.Meeting).join(M.Commission, M.Commission.id == M.Meeting.commission_id)
                                  .where(M.Commission.competition_id == comp.id, M.Meeting.deleted_at.is_(None))
                                  .order_by(M.Meeting.status == E.MeetingStatus.CLOSED, M.Meeting.number)))
        decisions = []
        for m in reversed(meetings):
            decisions = list(s.scalars(select(M.Decision).where(M.Decision.meeting_id == m.id,
                                                                 M.Decision.deleted_at.is_(None))
                                       .order_by(M.Decision.rank, M.Decision.application_id)))
            if decisions:
                break
        pairs = []
        for x in decisions:
            app = s.get(M.Application, x.application_id)
            pairs.append((s.get(M.Applicant, app.applicant_id).name, x.awarded_tyiyn))
        for who, n, total in rules.participant_subtotals(pairs):
            out.append({"competition": comp.title, "participant": who, "count": n, "amount": total})
    return out


def pdf_section(rows: list[dict], lang: str, st: dict, w: float) -> list:
    if not rows:
        return []
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    table = [[r["competition"], r["participant"], str(r["count"]), format_amount(r["amount"])] for r in rows]
    table.append(["", t("cs.total"), str(sum(r["count"] for r in rows)), format_amount(sum(r["amount"]
                                                                                           for r in rows))])
    return [L.p(t("cs.prizes"), st["section"]),
            L.grid_table([t("cs.name"), t("cs.participant"), t("cs.prizes_count"), t("cs.prizes_amount")], table,
                         [w * .34, w * .34, w * .14, w * .18], st, right=(2, 3), total_rows=1)]


def xlsx_rows(rows: list[dict]) -> list[list]:
    return [[r["competition"], r["participant"], r["count"], to_decimal_som(r["amount"])] for r in rows]
