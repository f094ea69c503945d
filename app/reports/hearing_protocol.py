"""The protocol of a public hearing (PDF on A4, and XLSX): the hearing (type,
subject, date, place or online, notice), attendance by participant category
(parts under their whole, people counted once), every proposal with its
author group, the answer and where it was included, the count of answers,
and signature lines for the chair and the secretary."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app import i18n
from app.domain import registers as R
from app.domain.participants import grand_total
from app.reports import _layout as L
from app.reports import _xlsx as X
from app.reports._errors import ReportInputError
from app.reports._layout import fmt_date
from app.store import models as M
from app.store import register_models as RM
from app.store.project_queries import load_categories
from app.store.register_queries import proposal_included
from app.terms import word

i18n.register({
    "hp.report_title": {"ky": "Коомдук угуунун протоколу", "ru": "Протокол публичных слушаний",
                        "en": "Public hearing protocol"},
    "hp.heading": {"ky": "КООМДУК УГУУНУН ПРОТОКОЛУ", "ru": "ПРОТОКОЛ ПУБЛИЧНЫХ СЛУШАНИЙ",
                   "en": "PUBLIC HEARING PROTOCOL"},
    "hp.kind": {"ky": "Угуунун түрү", "ru": "Вид слушаний", "en": "Type"},
    "hp.subject": {"ky": "Маселе", "ru": "Вопрос", "en": "Subject"},
    "hp.held": {"ky": "Өткөн күнү", "ru": "Дата проведения", "en": "Held on"},
    "hp.place": {"ky": "Орду", "ru": "Место", "en": "Place"},
    "hp.online": {"ky": "онлайн (аралыктан)", "ru": "онлайн (дистанционно)", "en": "online (remote)"},
    "hp.notice": {"ky": "Кулактандыруу", "ru": "Извещение", "en": "Notice"},
    "hp.notice_text": {"ky": "{day}, {channel}", "ru": "{day}, {channel}", "en": "{day}, {channel}"},
    "hp.attendance": {"ky": "Катышуучулар", "ru": "Участники", "en": "Attendance"},
    "hp.category": {"ky": "Категория", "ru": "Категория", "en": "Category"},
    "hp.people": {"ky": "Адам", "ru": "Человек", "en": "People"},
    "hp.of_whom": {"ky": "анын ичинде", "ru": "в том числе", "en": "of whom"},
    "hp.total": {"ky": "Бардык катышуучулар (кайталанбай): {count}", "ru": "Всего участников (без повторов): {count}",
                 "en": "Participants in all (each counted once): {count}"},
    "hp.no_attendance": {"ky": "Катышуучулар катталган эмес.", "ru": "Участники не записаны.",
                         "en": "No attendance recorded."},
    "hp.proposals": {"ky": "Сунуштар жана жооптор", "ru": "Предложения и ответы", "en": "Proposals and answers"},
    "hp.col_no": {"ky": "№", "ru": "№", "en": "No."},
    "hp.col_author": {"ky": "Ким сунуштады", "ru": "Автор (группа)", "en": "Author group"},
    "hp.col_proposal": {"ky": "Сунуш", "ru": "Предложение", "en": "Proposal"},
    "hp.col_status": {"ky": "Чечим", "ru": "Решение", "en": "Status"},
    "hp.col_answer": {"ky": "Жооп", "ru": "Ответ", "en": "Answer"},
    "hp.col_included": {"ky": "Кайда киргизилди", "ru": "Куда включено", "en": "Included in"},
    "hp.no_proposals": {"ky": "Сунуштар болгон жок.", "ru": "Предложений не поступило.",
                        "en": "No proposals were made."},
    "hp.counts": {
        "ky": "Бардык сунуштар: {total}; кабыл алынды: {accepted}; жарым-жартылай: {partly}; четке кагылды: "
              "{rejected}; каралууда: {pending}.",
        "ru": "Всего предложений: {total}; принято: {accepted}; частично: {partly}; отклонено: {rejected}; "
              "на рассмотрении: {pending}.",
        "en": "Proposals in all: {total}; accepted: {accepted}; partly: {partly}; rejected: {rejected}; "
              "pending: {pending}.",
    },
    "hp.chair": {"ky": "Угуунун төрагасы", "ru": "Председатель слушаний", "en": "Chair of the hearing"},
    "hp.secretary": {"ky": "Катчы", "ru": "Секретарь", "en": "Secretary"},
    "hp.signature": {"ky": "____________________ (кол тамгасы)", "ru": "____________________ (подпись)",
                     "en": "____________________ (signature)"},
    "hp.missing": {
        "ky": "Мындай коомдук угуу жок (өчүрүлгөн болушу мүмкүн). Тизме: demilge hearings",
        "ru": "Таких слушаний нет (возможно, удалены). Список: demilge hearings",
        "en": "No such hearing (it may have been deleted). See: demilge hearings",
    },
})

TITLE = {lang: i18n.t("hp.report_title", lang) for lang in i18n.LANGUAGES}


@dataclass
class ProtocolData:
    municipality: str
    kind: str
    title: str
    held_on: date
    place: str
    online: bool
    notice_on: date | None
    notice_channel: str
    chair: str
    secretary: str
    attendance: list[dict] = field(default_factory=list)   # name, count, depth
    participants: int = 0
    proposals: list[dict] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return R.proposal_counts(p["status"] for p in self.proposals)


def load(db, hearing_id: str | None, lang: str) -> ProtocolData:
    with db.reader() as s:
        h = s.get(RM.Hearing, hearing_id) if hearing_id else None
        if h is None or h.deleted_at is not None:
            raise ReportInputError("hp.missing")
        mun = s.get(M.Municipality, h.municipality_id)
        A = RM.HearingAttendance
        counts = {a.category_id: a.count for a in s.scalars(select(A).where(A.hearing_id == h.id,
                                                                            A.deleted_at.is_(None)))}
        cats = load_categories(s)
        rules = {c.id: c.rule for c in cats}
        children: dict[str | None, list] = {}
        for c in cats:
            children.setdefault(c.parent_id, []).append(c)

        def has(c) -> bool:
            return c.id in counts or any(has(k) for k in children.get(c.id, []))

        rows: list[dict] = []

        def walk(parent, depth):
            for c in children.get(parent, []):
                if has(c):
                    rows.append({"name": c.name(lang), "count": counts.get(c.id), "depth": depth})
                    walk(c.id, depth + 1)

        walk(None, 0)
        P = RM.HearingProposal
        proposals = [{"author": p.author_group or "", "text": p.text, "status": p.status.value,
                      "answer": p.answer or "", "included": proposal_included(s, p, lang)}
                     for p in s.scalars(select(P).where(P.hearing_id == h.id, P.deleted_at.is_(None))
                                        .order_by(P.position, P.created_at))]
        return ProtocolData(mun.name if mun else "", h.kind.value, h.title, h.held_on, h.place or "", bool(h.online),
                            h.notice_on, h.notice_channel or "", h.chair or "", h.secretary or "", rows,
                            grand_total(counts, rules), proposals)


def place_text(d: ProtocolData, lang: str) -> str:
    if d.online:
        return ", ".join(x for x in (i18n.t("hp.online", lang), d.place) if x)
    return d.place


def _pdf(d: ProtocolData, lang: str, out: Path) -> None:
    st = L.styles(10.5)
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    notice = t("hp.notice_text", day=fmt_date(d.notice_on), channel=d.notice_channel).strip(", ")
    story: list = [
        L.p(d.municipality, st["top"]),
        L.p(t("hp.heading"), st["title"]),
        L.p(d.title, st["subtitle"]),
        L.terms_table([(t("hp.kind"), word("hearing_kind", d.kind, lang)), (t("hp.held"), fmt_date(d.held_on)),
                       (t("hp.place"), place_text(d, lang) or "—"), (t("hp.notice"), notice or "—")], st, w),
        L.p(t("hp.attendance"), st["section"]),
    ]
    if d.attendance:
        rows = [[("    " * a["depth"]) + (t("hp.of_whom") + ": " if a["depth"] else "") + a["name"],
                 "" if a["count"] is None else str(a["count"])] for a in d.attendance]
        story.append(L.grid_table([t("hp.category"), t("hp.people")], rows, [w * .75, w * .25], st, right=(1,)))
        story.append(L.p(t("hp.total", count=d.participants), st["body"]))
    else:
        story.append(L.p(t("hp.no_attendance"), st["body"]))
    story.append(L.p(t("hp.proposals"), st["section"]))
    if d.proposals:
        rows = [[str(i), p["author"], p["text"], word("proposal_status", p["status"], lang),
                 "\n".join(x for x in (p["answer"], p["included"] and f'{t("hp.col_included")}: {p["included"]}')
                           if x)]
                for i, p in enumerate(d.proposals, start=1)]
        story.append(L.grid_table([t("hp.col_no"), t("hp.col_author"), t("hp.col_proposal"), t("hp.col_status"),
                                   t("hp.col_answer")], rows, [w * f for f in (.05, .18, .26, .18, .33)], st))
        c = d.counts()
        story.append(L.Spacer(1, 4))
        story.append(L.p(t("hp.counts", total=len(d.proposals), **c), st["body"]))
    else:
        story.append(L.p(t("hp.no_proposals"), st["body"]))
    from reportlab.platypus import Table, TableStyle

    signatures = Table([[L.p(t(role), st["head"]), L.p(name, st["cell"]), L.p(t("hp.signature"), st["cell"])]
                        for role, name in (("hp.chair", d.chair), ("hp.secretary", d.secretary))],
                       colWidths=[w * .25, w * .4, w * .35])
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 14)]))
    story.append(L.Spacer(1, 12))
    story.append(L.KeepTogether([signatures]))
    L.build_pdf(out, story, lang=lang, title=f'{t("hp.report_title")}: {d.title}',
                header=f'{d.municipality} — {t("hp.report_title")} — {fmt_date(d.held_on)}',
                digest=L.data_hash(asdict(d)))


def _xlsx(d: ProtocolData, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = X.workbook(t("hp.report_title"))
    X.sheet(wb, t("hp.report_title"), [t("hp.subject"), t("hp.kind"), t("hp.held"), t("hp.place"), t("hp.notice"),
                                       t("hp.people"), t("hp.chair"), t("hp.secretary")],
            [[d.title, word("hearing_kind", d.kind, lang), d.held_on, place_text(d, lang), d.notice_on,
              d.participants, d.chair, d.secretary]], date_cols=(2, 4))
    X.sheet(wb, t("hp.attendance"), [t("hp.category"), t("hp.people")],
            [[("  " * a["depth"]) + a["name"], a["count"]] for a in d.attendance])
    X.sheet(wb, t("hp.proposals"), [t("hp.col_no"), t("hp.col_author"), t("hp.col_proposal"), t("hp.col_status"),
                                    t("hp.col_answer"), t("hp.col_included")],
            [[i, p["author"], p["text"], word("proposal_status", p["status"], lang), p["answer"], p["included"]]
             for i, p in enumerate(d.proposals, start=1)])
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    data = load(db, params.hearing, lang)
    progress(1, 2)
    (_xlsx if fmt == "xlsx" else _pdf)(data, lang, out)
    progress(2, 2)


REPORT = dict(name="hearing-protocol", title=TITLE, needs=("hearing",), formats=("pdf", "xlsx"), build=build)
