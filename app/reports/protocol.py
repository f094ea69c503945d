"""The commission's protocol (PDF), blank score and vote sheets for members
(PDF), and all scores (XLSX). The protocol's SHA-256 (short form) is printed
on every page."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select

from app import i18n
from app.domain import commission as rules
from app.domain import enums as E
from app.domain.amount_words import amount_in_words
from app.domain.money import format_amount, to_decimal_som
from app.reports import _layout as L
from app.reports._errors import ReportInputError
from app.store import models as M
from app.store.protocol_hash import protocol_content, protocol_hash

i18n.register({
    "pr.title": {"ky": "Гранттык комиссиянын отурумунун ПРОТОКОЛУ № {number}",
                 "ru": "ПРОТОКОЛ № {number} заседания грантовой комиссии",
                 "en": "MINUTES No. {number} of the grant commission meeting"},
    "pr.sheets_title": {"ky": "Баалоо баракчасы", "ru": "Оценочный лист", "en": "Score sheet"},
    "pr.vote_title": {"ky": "Добуш берүү баракчасы", "ru": "Лист голосования", "en": "Vote sheet"},
    "pr.scores_title": {"ky": "Комиссиянын бардык упайлары", "ru": "Все баллы комиссии",
                        "en": "All scores of the commission"},
    "pr.date_place": {"ky": "Күнү: {date}. Орду: {place}.", "ru": "Дата: {date}. Место: {place}.",
                      "en": "Date: {date}. Place: {place}."},
    "pr.amends": {"ky": "Бул протокол № {number} протоколду толуктайт.",
                  "ru": "Этот протокол дополняет протокол № {number}.",
                  "en": "This protocol amends protocol No. {number}."},
    "pr.attendance": {"ky": "Катышкандар", "ru": "Присутствовали", "en": "Attendance"},
    "pr.present": {"ky": "катышты", "ru": "присутствовал(а)", "en": "present"},
    "pr.absent": {"ky": "катышкан жок", "ru": "отсутствовал(а)", "en": "absent"},
    "pr.quorum_yes": {"ky": "Комиссиянын {members} мүчөсүнөн {present} катышты; кворум үчүн {needed} керек. Кворум бар.",
                      "ru": "Из {members} членов комиссии присутствуют {present}; для кворума нужно {needed}. Кворум есть.",
                      "en": "{present} of {members} members present; {needed} needed for a quorum. The quorum is present."},
    "pr.quorum_no": {"ky": "Комиссиянын {members} мүчөсүнөн {present} катышты; кворум үчүн {needed} керек. Кворум жок.",
                     "ru": "Из {members} членов комиссии присутствуют {present}; для кворума нужно {needed}. Кворума нет.",
                     "en": "{present} of {members} members present; {needed} needed for a quorum. No quorum."},
    "pr.position": {"ky": "Кызматы", "ru": "Должность", "en": "Position"},
    "pr.agenda": {"ky": "Күн тартиби", "ru": "Повестка дня", "en": "Agenda"},
    "pr.conflicts": {"ky": "Кызыкчылыктардын кагылышуусу", "ru": "Конфликт интересов", "en": "Conflicts of interest"},
    "pr.no_conflicts": {"ky": "Кызыкчылыктардын кагылышуусу билдирилген жок.",
                        "ru": "О конфликте интересов не заявлено.", "en": "No conflict of interest was declared."},
    "pr.conflict_line": {"ky": "{member} — {number} «{title}» боюнча: {note}",
                         "ru": "{member} — по заявке {number} «{title}»: {note}",
                         "en": "{member} — application {number} “{title}”: {note}"},
    "pr.scores": {"ky": "Упайлар", "ru": "Баллы", "en": "Scores"},
    "pr.votes": {"ky": "Добуш берүү", "ru": "Голосование", "en": "Votes"},
    "pr.decision": {"ky": "Чечим", "ru": "Решение", "en": "Decision"},
    "pr.member": {"ky": "Мүчө", "ru": "Член комиссии", "en": "Member"},
    "pr.application": {"ky": "Өтүнмө", "ru": "Заявка", "en": "Application"},
    "pr.rank": {"ky": "Орун", "ru": "Место", "en": "Rank"},
    "pr.score": {"ky": "Упай", "ru": "Балл", "en": "Score"},
    "pr.outcome": {"ky": "Жыйынтык", "ru": "Итог", "en": "Outcome"},
    "pr.requested": {"ky": "Суралган, сом", "ru": "Запрошено, сом", "en": "Requested, som"},
    "pr.awarded": {"ky": "Берилди, сом", "ru": "Выделено, сом", "en": "Awarded, som"},
    "pr.for": {"ky": "Макул", "ru": "За", "en": "For"},
    "pr.against": {"ky": "Каршы", "ru": "Против", "en": "Against"},
    "pr.abstain": {"ky": "Калыс", "ru": "Воздерж.", "en": "Abstain"},
    "pr.winner": {"ky": "жеңүүчү", "ru": "победитель", "en": "winner"},
    "pr.reserve": {"ky": "резерв", "ru": "резерв", "en": "reserve"},
    "pr.rejected": {"ky": "четке кагылды", "ru": "отклонена", "en": "rejected"},
    "pr.justification": {"ky": "Негиздеме: {text}", "ru": "Обоснование: {text}", "en": "Justification: {text}"},
    "pr.signatures": {"ky": "Кол тамгалар", "ru": "Подписи", "en": "Signatures"},
    "pr.hash": {"ky": "Протоколдун SHA-256: {hash}", "ru": "SHA-256 протокола: {hash}",
                "en": "Protocol SHA-256: {hash}"},
    "pr.draft": {"ky": "ДОЛБООР — протокол жабыла элек", "ru": "ПРОЕКТ — протокол не закрыт",
                 "en": "DRAFT — the protocol is not closed"},
    "pr.criterion": {"ky": "Критерий (макс.)", "ru": "Критерий (макс.)", "en": "Criterion (max.)"},
    "pr.total": {"ky": "Жыйынды", "ru": "Итого", "en": "Total"},
    "pr.awarded_total": {
        "ky": "Жеңүүчүлөргө бардыгы {amount} сом ({words}) бөлүнөт; сынактын каражаты {allocation} сом.",
        "ru": "Всего победителям выделяется {amount} сом ({words}); средства конкурса {allocation} сом.",
        "en": "In all {amount} som ({words}) goes to the winners; the competition's allocation is {allocation} som.",
    },
    "pr.sheet_member": {"ky": "Комиссиянын мүчөсү: {name}", "ru": "Член комиссии: {name}",
                        "en": "Commission member: {name}"},
    "pr.signature_line": {"ky": "Кол тамга: ____________________", "ru": "Подпись: ____________________",
                          "en": "Signature: ____________________"},
    "pr.not_found": {"ky": "Мындай отурум жок.", "ru": "Такого заседания нет.", "en": "No such meeting."},
})

TITLES = {
    "protocol": {"ky": "Гранттык комиссиянын протоколу", "ru": "Протокол грантовой комиссии",
                 "en": "Grant commission protocol"},
    "score-sheets": {lang: i18n.t("pr.sheets_title", lang) for lang in i18n.LANGUAGES},
    "scores": {lang: i18n.t("pr.scores_title", lang) for lang in i18n.LANGUAGES},
}


@dataclass
class ProtocolData:
    municipality: str
    competition: str
    commission: str
    method: str
    number: int
    held_on: str
    place: str
    agenda: str
    amends: int | None
    closed: bool
    digest: str
    members: list[dict] = field(default_factory=list)       # name, role, present
    quorum: dict = field(default_factory=dict)
    conflicts: list[dict] = field(default_factory=list)
    applications: list[dict] = field(default_factory=list)  # id, reg, title, requested
    criteria: list[dict] = field(default_factory=list)
    scores: dict = field(default_factory=dict)               # (member, app) -> total; (member, app, crit) -> p
    votes: dict = field(default_factory=dict)                # (member, app) -> choice
    decisions: list[dict] = field(default_factory=list)
    allocation: int = 0


def load(db, meeting_id: str) -> ProtocolData:
    with db.reader() as s:
        m = s.get(M.Meeting, meeting_id)
        if m is None:
            raise ReportInputError("pr.not_found")
        commission = s.get(M.Commission, m.commission_id)
        comp = s.get(M.Competition, commission.competition_id)
        mun = s.get(M.Municipality, comp.municipality_id)
        amends = s.get(M.Meeting, m.amends_meeting_id).number if m.amends_meeting_id else None
        digest = m.content_hash or protocol_hash(protocol_content(s, meeting_id))
        d = ProtocolData(mun.name, comp.title, commission.name, comp.decision_method.value, m.number,
                         m.held_on.strftime("%d.%m.%Y"), m.place or "", m.agenda or "", amends,
                         m.status == E.MeetingStatus.CLOSED, digest, allocation=comp.total_allocation_tyiyn)
        members = list(s.scalars(select(M.CommissionMember).where(
            M.CommissionMember.commission_id == commission.id, M.CommissionMember.deleted_at.is_(None))
            .order_by(M.CommissionMember.sort_order)))
        present = {a.member_id for a in s.scalars(select(M.Attendance).where(
            M.Attendance.meeting_id == meeting_id, M.Attendance.present.is_(True), M.Attendance.deleted_at.is_(None)))}
        names = {x.id: x.full_name for x in members}
        d.members = [{"id": x.id, "name": x.full_name, "role": x.role.value, "position": x.position or "",
                      "present": x.id in present} for x in members]
        needed = rules.quorum_needed(comp.quorum_rule, len(members), comp.quorum_fixed)
        d.quorum = {"members": len(members), "present": len(present & set(names)), "needed": needed}
        apps = {}
        decided = list(s.scalars(select(M.Decision).where(M.Decision.meeting_id == meeting_id,
                                                          M.Decision.deleted_at.is_(None)).order_by(M.Decision.rank)))
        app_ids = [x.application_id for x in decided]
        if not app_ids:
            app_ids = list(s.scalars(select(M.Application.id).where(
                M.Application.competition_id == comp.id, M.Application.deleted_at.is_(None),
                M.Application.status.in_([E.ApplicationStatus.ELIGIBLE, E.ApplicationStatus.WINNER,
                                          E.ApplicationStatus.RESERVE, E.ApplicationStatus.REJECTED]))
                .order_by(M.Application.reg_seq)))
        for aid in app_ids:
            a = s.get(M.Application, aid)
            apps[aid] = {"id": aid, "reg": a.reg_number, "title": a.title, "requested": a.requested_tyiyn}
        d.applications = list(apps.values())
        d.criteria = [{"id": c.id, "name": c.name, "max": c.max_points, "weight": str(c.weight)}
                      for c in s.scalars(select(M.ScoringCriterion).where(
                          M.ScoringCriterion.competition_id == comp.id, M.ScoringCriterion.deleted_at.is_(None))
                          .order_by(M.ScoringCriterion.position))]
        weights = {c["id"]: Decimal(c["weight"]) for c in d.criteria}
        for c in s.scalars(select(M.ConflictDeclaration).where(M.ConflictDeclaration.meeting_id == meeting_id,
                                                               M.ConflictDeclaration.deleted_at.is_(None))):
            a = apps.get(c.application_id, {"reg": "", "title": ""})
            d.conflicts.append({"member": names.get(c.member_id, ""), "reg": a["reg"], "title": a["title"],
                                "note": c.note or ""})
        for sc in s.scalars(select(M.Score).where(M.Score.meeting_id == meeting_id, M.Score.deleted_at.is_(None))):
            d.scores[(sc.member_id, sc.application_id, sc.criterion_id)] = sc.points
            key = (sc.member_id, sc.application_id)
            d.scores[key] = d.scores.get(key, Decimal(0)) + Decimal(sc.points) * weights.get(sc.criterion_id, 1)
        for v in s.scalars(select(M.Vote).where(M.Vote.meeting_id == meeting_id, M.Vote.deleted_at.is_(None))):
            d.votes[(v.member_id, v.application_id)] = v.choice.value
        for x in decided:
            a = apps[x.application_id]
            d.decisions.append({"rank": x.rank, "reg": a["reg"], "title": a["title"], "score": x.score,
                                "outcome": x.outcome.value, "requested": a["requested"], "awarded": x.awarded_tyiyn,
                                "justification": x.justification or ""})
    return d


def _protocol_pdf(d: ProtocolData, lang: str, out: Path) -> None:
    st = L.styles()
    w = L.frame_width(wide=True)
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story = [L.p(d.municipality, st["top"]), L.p(t("pr.title", number=d.number), st["title"]),
             L.p(f"{d.commission} · {d.competition}", st["subtitle"])]
    if not d.closed:
        story.append(L.p(t("pr.draft"), st["section"]))
    story.append(L.p(t("pr.date_place", date=d.held_on, place=d.place), st["body"]))
    if d.amends:
        story.append(L.p(t("pr.amends", number=d.amends), st["body"]))
    if d.agenda:
        story += [L.p(t("pr.agenda"), st["section"]), L.p(d.agenda, st["body"])]
    story.append(L.p(t("pr.attendance"), st["section"]))
    rows = [[str(i), m["name"], m["position"], t("pr.present") if m["present"] else t("pr.absent")]
            for i, m in enumerate(d.members, start=1)]
    story.append(L.grid_table(["№", t("pr.member"), t("pr.position"), t("pr.attendance")], rows,
                              [w * .05, w * .35, w * .4, w * .2], st))
    story.append(L.Spacer(1, 4))
    q = d.quorum
    ok = q["present"] >= q["needed"]
    story.append(L.p(t("pr.quorum_yes" if ok else "pr.quorum_no", **q), st["body"]))
    story.append(L.p(t("pr.conflicts"), st["section"]))
    if d.conflicts:
        for c in d.conflicts:
            story.append(L.p(t("pr.conflict_line", member=c["member"], number=c["reg"], title=c["title"],
                               note=c["note"]), st["body"]))
    else:
        story.append(L.p(t("pr.no_conflicts"), st["body"]))
    present = [m for m in d.members if m["present"]]
    if d.method == "scoring":
        story.append(L.p(t("pr.scores"), st["section"]))
        header = [t("pr.application")] + [m["name"] for m in present] + [t("pr.score")]
        rows = []
        score_of = {x["reg"]: x["score"] for x in d.decisions}
        for a in d.applications:
            cells = [f'{a["reg"]} «{a["title"]}»']
            for m in present:
                v = d.scores.get((m["id"], a["id"]))
                cells.append("—" if v is None else format(v.normalize(), "f").replace(".", ","))
            sc = score_of.get(a["reg"])
            if sc is None:
                totals = [d.scores[(m["id"], a["id"])] for m in present if (m["id"], a["id"]) in d.scores]
                sc = rules.application_score([{"t": int(x)} for x in totals], {"t": Decimal(1)}) if totals else None
            cells.append("" if sc is None else format(Decimal(sc), "f").replace(".", ","))
            rows.append(cells)
        n = len(present)
        widths = [w * .3] + [w * .55 / max(n, 1)] * n + [w * .15]
        story.append(L.grid_table(header, rows, widths, st, right=tuple(range(1, n + 2))))
    else:
        story.append(L.p(t("pr.votes"), st["section"]))
        rows = []
        for a in d.applications:
            choices = [d.votes.get((m["id"], a["id"])) for m in present]
            rows.append([f'{a["reg"]} «{a["title"]}»', str(choices.count("for")), str(choices.count("against")),
                         str(choices.count("abstain"))])
        story.append(L.grid_table([t("pr.application"), t("pr.for"), t("pr.against"), t("pr.abstain")], rows,
                                  [w * .55, w * .15, w * .15, w * .15], st, right=(1, 2, 3)))
    story.append(L.p(t("pr.decision"), st["section"]))
    rows = [[str(x["rank"] or ""), f'{x["reg"]} «{x["title"]}»', t("pr." + x["outcome"]),
             format_amount(x["requested"]), format_amount(x["awarded"])] for x in d.decisions]
    awarded = sum(x["awarded"] for x in d.decisions)
    rows.append(["", t("pr.total"), "", "", format_amount(awarded)])
    story.append(L.grid_table([t("pr.rank"), t("pr.application"), t("pr.outcome"), t("pr.requested"),
                               t("pr.awarded")], rows, [w * .07, w * .5, w * .15, w * .14, w * .14], st,
                              right=(3, 4), total_rows=1))
    story.append(L.Spacer(1, 4))
    story.append(L.p(t("pr.awarded_total", amount=format_amount(awarded), words=amount_in_words(awarded, lang),
                       allocation=format_amount(d.allocation)), st["body"]))
    for x in d.decisions:
        if x["justification"]:
            story.append(L.p(t("pr.justification", text=x["justification"]), st["body"]))
            break
    story.append(L.p(t("pr.signatures"), st["section"]))
    rows = [[m["name"], m["position"], "____________________"] for m in present]
    story.append(L.grid_table([t("pr.member"), t("pr.position"), t("pr.signatures")], rows,
                              [w * .35, w * .35, w * .3], st))
    short = d.digest[:16]
    story.append(L.p(t("pr.hash", hash=d.digest), st["small"]))
    L.build_pdf(out, story, lang=lang, title=t("pr.title", number=d.number), wide=True,
                header=f'{d.municipality} — {t("pr.title", number=d.number)} — SHA-256 {short}', digest=short)


def _sheets_pdf(d: ProtocolData, lang: str, out: Path) -> None:
    st = L.styles()
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story = []
    for i, m in enumerate(d.members):
        if i:
            from reportlab.platypus import PageBreak

            story.append(PageBreak())
        story += [L.p(d.municipality, st["top"]),
                  L.p(t("pr.sheets_title" if d.method == "scoring" else "pr.vote_title"), st["title"]),
                  L.p(f"{d.commission} · {t('pr.title', number=d.number)} · {d.held_on}", st["subtitle"]),
                  L.p(t("pr.sheet_member", name=m["name"]), st["section"])]
        if d.method == "scoring":
            header = [t("pr.application")] + [f'{c["name"]} ({c["max"]})' for c in d.criteria] + [t("pr.total")]
            n = len(d.criteria)
            rows = [[f'{a["reg"]} «{a["title"]}»'] + [""] * (n + 1) for a in d.applications]
            story.append(L.grid_table(header, rows, [w * .35] + [w * .5 / max(n, 1)] * n + [w * .15], st))
        else:
            rows = [[f'{a["reg"]} «{a["title"]}»', "", "", ""] for a in d.applications]
            story.append(L.grid_table([t("pr.application"), t("pr.for"), t("pr.against"), t("pr.abstain")], rows,
                                      [w * .55, w * .15, w * .15, w * .15], st))
        story += [L.Spacer(1, 18), L.p(t("pr.signature_line"), st["body"])]
    L.build_pdf(out, story, lang=lang, title=t("pr.sheets_title"), header=f"{d.municipality} — {d.commission}",
                digest=d.digest[:12])


def _scores_xlsx(d: ProtocolData, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = Workbook()
    ws = wb.active
    ws.title = t("pr.scores")[:31]
    ws.append([t("pr.member"), t("pr.application"), t("pr.criterion"), t("pr.score")])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    names = {m["id"]: m["name"] for m in d.members}
    apps = {a["id"]: a for a in d.applications}
    crits = {c["id"]: c for c in d.criteria}
    for key, value in sorted(d.scores.items(), key=lambda kv: [str(x) for x in kv[0]]):
        if len(key) == 3:
            member, app, crit = key
            a = apps.get(app, {"reg": "", "title": ""})
            ws.append([names.get(member, ""), f'{a["reg"]} {a["title"]}', crits.get(crit, {}).get("name", ""),
                       int(value)])
    ws2 = wb.create_sheet(t("pr.decision")[:31])
    ws2.append([t("pr.rank"), t("pr.application"), t("pr.score"), t("pr.outcome"), t("pr.requested"),
                t("pr.awarded")])
    for cell in ws2[1]:
        cell.font = Font(bold=True)
    for x in d.decisions:
        ws2.append([x["rank"], f'{x["reg"]} {x["title"]}', float(x["score"]) if x["score"] is not None else None,
                    t("pr." + x["outcome"]), to_decimal_som(x["requested"]), to_decimal_som(x["awarded"])])
    for row in ws2.iter_rows(min_row=2):
        row[4].number_format = row[5].number_format = "#,##0.00"
    for sheet in (ws, ws2):
        sheet.freeze_panes = "A2"
        for col in sheet.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            sheet.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 60)
    wb.save(out)


def _build(kind):
    def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
        lang = params.lang or "ky"
        d = load(db, params.meeting)
        if kind == "protocol":
            _protocol_pdf(d, lang, out)
        elif kind == "score-sheets":
            _sheets_pdf(d, lang, out)
        else:
            _scores_xlsx(d, lang, out)
    return build


REPORTS = [
    dict(name="protocol", title=TITLES["protocol"], needs=("meeting",), formats=("pdf",), build=_build("protocol")),
    dict(name="score-sheets", title=TITLES["score-sheets"], needs=("meeting",), formats=("pdf",),
         build=_build("score-sheets")),
    dict(name="scores", title=TITLES["scores"], needs=("meeting",), formats=("xlsx",), build=_build("scores")),
]
