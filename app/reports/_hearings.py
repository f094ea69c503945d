"""The public hearings of a period, as a separate section of the council
summary (PDF) and a sheet of its XLSX: date, type, subject, participants
(each counted once) and the answers to the proposals."""
from __future__ import annotations

from sqlalchemy import select

from app import i18n
from app.domain import registers as R
from app.domain.participants import grand_total
from app.reports import _layout as L
from app.reports import _xlsx as X
from app.reports._layout import fmt_date
from app.store import register_models as RM
from app.store.project_queries import load_categories
from app.terms import word

i18n.register({
    "csh.section": {"ky": "8. Коомдук угуулар", "ru": "8. Публичные слушания", "en": "8. Public hearings"},
    "csh.date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "csh.kind": {"ky": "Түрү", "ru": "Вид", "en": "Type"},
    "csh.subject": {"ky": "Маселе", "ru": "Вопрос", "en": "Subject"},
    "csh.people": {"ky": "Катышуучулар", "ru": "Участники", "en": "Participants"},
    "csh.proposals": {"ky": "Сунуштар", "ru": "Предложения", "en": "Proposals"},
    "csh.answers": {"ky": "Кабыл алынды / жарым-жартылай / четке кагылды / каралууда",
                    "ru": "Принято / частично / отклонено / на рассмотрении",
                    "en": "Accepted / partly / rejected / pending"},
    "csh.total": {
        "ky": "Бардыгы: {hearings} угуу, {people} катышуучу, {proposals} сунуш (толук же жарым-жартылай кабыл "
              "алынды: {accepted}).",
        "ru": "Всего: слушаний {hearings}, участников {people}, предложений {proposals} (принято полностью или "
              "частично: {accepted}).",
        "en": "In all: {hearings} hearings, {people} participants, {proposals} proposals (accepted fully or partly: "
              "{accepted}).",
    },
    "csh.none": {"ky": "Бул мезгилде коомдук угуу болгон жок.", "ru": "В этом периоде слушаний не было.",
                 "en": "No public hearing in this period."},
})


def hearings_in_period(s, date_from, date_to, lang: str) -> list[dict]:
    H, A, P = RM.Hearing, RM.HearingAttendance, RM.HearingProposal
    rules = {c.id: c.rule for c in load_categories(s)}
    out = []
    for h in s.scalars(select(H).where(H.deleted_at.is_(None), H.held_on.between(date_from, date_to))
                       .order_by(H.held_on, H.title)):
        counts = {a.category_id: a.count for a in s.scalars(select(A).where(A.hearing_id == h.id,
                                                                            A.deleted_at.is_(None)))}
        statuses = [p.status.value for p in s.scalars(select(P).where(P.hearing_id == h.id, P.deleted_at.is_(None)))]
        out.append({"date": h.held_on, "kind": word("hearing_kind", h.kind, lang), "title": h.title,
                    "online": bool(h.online), "people": grand_total(counts, rules), "proposals": len(statuses),
                    "answers": R.proposal_counts(statuses)})
    return out


def _answers(a: dict) -> str:
    return f'{a["accepted"]} / {a["partly"]} / {a["rejected"]} / {a["pending"]}'


def hearings_story(hearings: list[dict], lang: str, st: dict, width: float) -> list:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    heading = L.p(t("csh.section"), st["section"])
    if not hearings:
        return [heading, L.p(t("csh.none"), st["body"])]
    rows = [[fmt_date(h["date"]), h["kind"], h["title"], str(h["people"]), str(h["proposals"]), _answers(h["answers"])]
            for h in hearings]
    table = L.grid_table([t("csh.date"), t("csh.kind"), t("csh.subject"), t("csh.people"), t("csh.proposals"),
                          t("csh.answers")], rows, [width * f for f in (.13, .14, .23, .17, .12, .21)], st,
                         right=(3, 4, 5))
    story = [L.KeepTogether([heading, table])]
    story.append(L.p(t("csh.total", hearings=len(hearings), people=sum(h["people"] for h in hearings),
                       proposals=sum(h["proposals"] for h in hearings),
                       accepted=sum(h["answers"]["accepted"] + h["answers"]["partly"] for h in hearings)), st["body"]))
    return story


def hearings_sheet(wb, hearings: list[dict], lang: str) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    X.sheet(wb, t("csh.section")[3:], [t("csh.date"), t("csh.kind"), t("csh.subject"), t("csh.people"),
                                       t("csh.proposals"), word("proposal_status", "accepted", lang),
                                       word("proposal_status", "partly", lang), word("proposal_status", "rejected", lang),
                                       word("proposal_status", "pending", lang)],
            [[h["date"], h["kind"], h["title"], h["people"], h["proposals"], h["answers"]["accepted"],
              h["answers"]["partly"], h["answers"]["rejected"], h["answers"]["pending"]] for h in hearings],
            date_cols=(0,))
