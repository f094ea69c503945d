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
from app.store.protocol_hash import ISSUE15_KEYS, protocol_content, protocol_hash

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
    extra: dict = field(default_factory=dict)    # issue 15 parts of the sealed content (see protocol_hash)


def load(db, meeting_id: str) -> ProtocolData:
    with db.reader() as s:
        m = s.get(M.Meeting, meeting_id)
        if m is None:
            raise ReportInputError("pr.not_found")
        commission = s.get(M.Commission, m.commission_id)
        comp = s.get(M.Competition, commission.competition_id)
        mun = s.get(M.Municipality, comp.municipality_id)
        amends = s.get(M.Meeting, m.amends_meeting_id).number if m.amends_meeting_id else None
        content = protocol_content(s, meeting_id)
        digest = m.content_hash or protocol_hash(content)
        d = ProtocolData(mun.name, comp.title, commission.name, comp.decision_method.value, m.number,
                         m.held_on.strftime("%d.%m.%Y"), m.place or "", m.agenda or "", amends,
                         m.status == E.MeetingStatus.CLOSED, digest, allocation=comp.total_allocation_tyiyn,
                         extra={k: content[k] for k in ISSUE15_KEYS if k in content})
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
        if d.extra.get("lots"):  # with several lots, the applications lot by lot (each in its own order)
            number = {x["id"]: x["number"] for x in d.extra["lots"]}
            where = d.extra.get("application_lots", {})
            d.applications.sort(key=lambda a: number.get(where.get(a["id"]), 0))
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
            d.decisions.append({"app_id": x.application_id, "rank": x.rank, "reg": a["reg"], "title": a["title"], "score": x.score,
                                "outcome": x.outcome.value, "requested": a["requested"], "awarded": x.awarded_tyiyn,
                                "justification": x.justification or ""})
    return d


# --------------------------------------------------------------------------
# Issue 15: criteria with weights, lots, prizes, consortium partners and the
# organiser, printed from the sealed content (ProtocolData.extra), so the
# protocol's hash covers what these sections show.

i18n.register({
    "pr.criteria": {"ky": "Баалоо критерийлери жана алардын салмагы", "ru": "Критерии оценки и их вес",
                    "en": "Scoring criteria and their weights"},
    "pr.criterion_name": {"ky": "Критерий", "ru": "Критерий", "en": "Criterion"},
    "pr.max_points": {"ky": "Эң көп упай", "ru": "Макс. балл", "en": "Max. points"},
    "pr.weight": {"ky": "Салмагы", "ru": "Вес", "en": "Weight"},
    "pr.weight_rule": {
        "ky": "Мүчөнүн жыйындысы = ар бир критерий боюнча упай × салмак, кошулуп; өтүнмөнүн упайы = упай берген "
              "мүчөлөрдүн жыйындыларынын орточосу (0,01ге чейин тегеректелет). Упайлар таблицасындагы жана "
              "чечимдеги упайлар ушундай эсептелген, орундар ушул упай боюнча бөлүнгөн.",
        "ru": "Итог члена комиссии = сумма по критериям (балл × вес); балл заявки = среднее итогов членов, "
              "выставивших баллы (округляется до 0,01). Так посчитаны баллы в таблице и в решении, по ним "
              "распределены места.",
        "en": "A member's total = the sum over criteria of points × weight; an application's score = the mean of "
              "the totals of the members who scored it (rounded to 0.01). The scores in the table and in the "
              "decision are computed so, and the ranks follow them.",
    },
    "pr.lot_heading": {"ky": "{number}-багыт (лот): {title}", "ru": "Направление (лот) {number}: {title}",
                       "en": "Lot {number}: {title}"},
    "pr.lot_terms": {
        "ky": "Багыттын каражаты {allocation} сом, гранттын максималдуу суммасы {max} сом.",
        "ru": "Средства направления {allocation} сом, максимальная сумма гранта {max} сом.",
        "en": "The lot's allocation is {allocation} som, its maximum grant {max} som.",
    },
    "pr.nomination_heading": {"ky": "Номинация: {title}", "ru": "Номинация: {title}", "en": "Nomination: {title}"},
    "pr.lot_subtotal": {"ky": "Багыт боюнча жыйынды", "ru": "Итого по направлению", "en": "Lot subtotal"},
    "pr.nomination_subtotal": {"ky": "Номинация боюнча жыйынды", "ru": "Итого по номинации",
                               "en": "Nomination subtotal"},
    "pr.competition_total": {"ky": "Сынак боюнча бардыгы", "ru": "Всего по конкурсу", "en": "Competition total"},
    "pr.lots_total": {
        "ky": "Багыттар боюнча бардыгы {amount} сом ({words}) бөлүнөт; сынактын каражаты {allocation} сом. "
              "Ар бир багыт өз каражатынын чегинде гана чечилди: каражат багыттардын ортосунда которулган жок.",
        "ru": "Всего по направлениям выделяется {amount} сом ({words}); средства конкурса {allocation} сом. "
              "Каждое направление решено только в пределах его средств: деньги между направлениями не переносились.",
        "en": "In all {amount} som ({words}) goes to the lots' winners; the competition's allocation is {allocation} "
              "som. Each lot was decided within its own allocation: no money moved between lots.",
    },
    "pr.place": {"ky": "Орун", "ru": "Место", "en": "Place"},
    "pr.prize": {"ky": "Сыйлык, сом", "ru": "Премия, сом", "en": "Prize, som"},
    "pr.no_prize": {"ky": "сыйлыксыз", "ru": "без премии", "en": "no prize"},
    "pr.prizes_set": {"ky": "Белгиленген сыйлыктар: {list}.", "ru": "Установленные премии: {list}.",
                      "en": "Prizes set: {list}."},
    "pr.prize_item": {"ky": "{place}-орун — {amount} сом", "ru": "{place}-е место — {amount} сом",
                      "en": "place {place} — {amount} som"},
    "pr.prize_total": {
        "ky": "Сыйлыктар бардыгы {amount} сом ({words}); сынактын каражаты {allocation} сом.",
        "ru": "Всего премий {amount} сом ({words}); средства конкурса {allocation} сом.",
        "en": "Prizes in all: {amount} som ({words}); the competition's allocation is {allocation} som.",
    },
    "pr.participants": {"ky": "Катышуучулар боюнча жыйынды", "ru": "Итого по участникам",
                        "en": "Subtotal per participant"},
    "pr.participant": {"ky": "Катышуучу", "ru": "Участник", "en": "Participant"},
    "pr.prizes_count": {"ky": "Сыйлыктар", "ru": "Премий", "en": "Prizes"},
    "pr.sum": {"ky": "Суммасы, сом", "ru": "Сумма, сом", "en": "Amount, som"},
    "pr.consortia": {"ky": "Консорциумдар (башкы катышуучу жана өнөктөштөр)",
                     "ru": "Консорциумы (ведущий участник и партнёры)",
                     "en": "Consortia (lead applicant and partners)"},
    "pr.consortium_line": {
        "ky": "{number} «{title}»: башкы катышуучу — {lead}; өнөктөштөр — {partners}.",
        "ru": "{number} «{title}»: ведущий участник — {lead}; партнёры — {partners}.",
        "en": "{number} “{title}”: lead — {lead}; partners — {partners}.",
    },
    "pr.weighted_total": {"ky": "Жыйынды (упай × салмак)", "ru": "Итого (балл × вес)",
                          "en": "Total (points × weight)"},
    "pr.criterion_head": {"ky": "{name} (0–{max}; салмагы {weight})", "ru": "{name} (0–{max}; вес {weight})",
                          "en": "{name} (0–{max}; weight {weight})"},
    "pr.weighted": {"ky": "Салмактуу упай", "ru": "Балл с весом", "en": "Weighted points"},
    "pr.lot": {"ky": "Багыт (лот)", "ru": "Направление (лот)", "en": "Lot"},
    "pr.nomination": {"ky": "Номинация", "ru": "Номинация", "en": "Nomination"},
    "pr.sheet_rule": {
        "ky": "Жыйынды = ар бир критерий боюнча упай × салмак, кошулуп. Өтүнмөнүн упайы — мүчөлөрдүн жыйындыларынын "
              "орточосу; орундар ушул упай боюнча бөлүнөт.",
        "ru": "Итог = сумма по критериям (балл × вес). Балл заявки — среднее итогов членов комиссии; места "
              "распределяются по нему.",
        "en": "Total = the sum over criteria of points × weight. An application's score is the mean of the members' "
              "totals; ranks follow it.",
    },
})


def _num(value) -> str:
    """A decimal as documents write it: 1,5 (no trailing zeros)."""
    v = Decimal(str(value))
    return format(v.normalize(), "f").replace(".", ",") if v != 0 else "0"


def _organiser(d: ProtocolData) -> str:
    org = d.extra.get("organiser")
    return org["name"] if org and org.get("name") else d.municipality


def _lot_titles(d: ProtocolData) -> dict[str, str]:
    return {x["id"]: x["title"] for x in d.extra.get("lots", [])}


def _app_label(d: ProtocolData, app_id: str, reg: str, title: str) -> str:
    """An application as the tables name it; with several lots, its lot first."""
    lot = _lot_titles(d).get(d.extra.get("application_lots", {}).get(app_id, ""), "")
    return f"[{lot}] {reg} «{title}»" if lot else f"{reg} «{title}»"


def _weighted_score(d: ProtocolData, app_id: str, present: list[dict]) -> Decimal | None:
    """The score the ranking uses (app.domain.commission.application_score),
    from the members' points and the criteria's weights."""
    weights = {c["id"]: Decimal(c["weight"]) for c in d.criteria}
    sheets: dict[str, dict[str, int]] = {}
    for key, points in d.scores.items():
        if len(key) == 3 and key[1] == app_id:
            sheets.setdefault(key[0], {})[key[2]] = points
    present_ids = {m["id"] for m in present}
    return rules.application_score([v for k, v in sheets.items() if k in present_ids], weights)


def _criteria_section(d: ProtocolData, lang: str, st: dict, w: float) -> list:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    crits = d.extra.get("criteria")
    if not crits:
        return []
    rows = [[str(i), c["name"], str(c["max_points"]), _num(c["weight"])] for i, c in enumerate(crits, start=1)]
    return [L.p(t("pr.criteria"), st["section"]),
            L.grid_table(["№", t("pr.criterion_name"), t("pr.max_points"), t("pr.weight")], rows,
                         [w * .05, w * .65, w * .15, w * .15], st, right=(2, 3)),
            L.Spacer(1, 3), L.p(t("pr.weight_rule"), st["small"])]


def _decision_rows(d: ProtocolData, decisions: list[dict], lang: str, prizes: bool) -> list[list[str]]:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    rows = []
    for x in decisions:
        label = f'{x["reg"]} «{x["title"]}»'
        if prizes:
            lead = d.extra.get("leads", {}).get(x["app_id"], "")
            rows.append([str(x["rank"] or ""), label + (f" — {lead}" if lead else ""),
                         x["score"] is not None and _num(x["score"]) or "",
                         format_amount(x["awarded"]) if x["awarded"] else t("pr.no_prize")])
        else:
            rows.append([str(x["rank"] or ""), label, t("pr." + x["outcome"]), format_amount(x["requested"]),
                         format_amount(x["awarded"])])
    return rows


def _decision_table(d: ProtocolData, rows: list[list[str]], subtotal_label: str, subtotal: int, lang: str,
                    st: dict, w: float, prizes: bool):
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    if prizes:
        rows = rows + [["", subtotal_label, "", format_amount(subtotal)]]
        return L.grid_table([t("pr.place"), t("pr.application"), t("pr.score"), t("pr.prize")], rows,
                            [w * .08, w * .6, w * .14, w * .18], st, right=(2, 3), total_rows=1)
    rows = rows + [["", subtotal_label, "", "", format_amount(subtotal)]]
    return L.grid_table([t("pr.rank"), t("pr.application"), t("pr.outcome"), t("pr.requested"), t("pr.awarded")],
                        rows, [w * .07, w * .5, w * .15, w * .14, w * .14], st, right=(3, 4), total_rows=1)


def _decision_section(d: ProtocolData, lang: str, st: dict, w: float) -> list:
    """The decision: one table, or one per lot (nomination) with its subtotal
    and the competition's total; in a prize competition the place and the
    prize, then the subtotal per participant."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    prizes = "prizes" in d.extra
    lots = d.extra.get("lots") or []
    app_lot = d.extra.get("application_lots", {})
    out = [L.p(t("pr.decision"), st["section"])]
    awarded = sum(x["awarded"] for x in d.decisions)
    if not lots:
        if prizes:
            out.append(L.p(t("pr.prizes_set", list=_prize_list(d, None, lang)), st["body"]))
        out.append(_decision_table(d, _decision_rows(d, d.decisions, lang, prizes), t("pr.total"), awarded, lang,
                                   st, w, prizes))
    else:
        for lot in lots:
            mine = [x for x in d.decisions if app_lot.get(x["app_id"]) == lot["id"]]
            if prizes:
                out.append(L.p(t("pr.nomination_heading", title=lot["title"]), st["section"]))
                out.append(L.p(t("pr.prizes_set", list=_prize_list(d, lot["id"], lang)), st["body"]))
            else:
                out.append(L.p(t("pr.lot_heading", number=lot["number"], title=lot["title"]), st["section"]))
                out.append(L.p(t("pr.lot_terms", allocation=format_amount(lot["allocation_tyiyn"]),
                                 max=format_amount(lot["max_grant_tyiyn"])), st["body"]))
            label = t("pr.nomination_subtotal" if prizes else "pr.lot_subtotal")
            out.append(_decision_table(d, _decision_rows(d, mine, lang, prizes), label,
                                       sum(x["awarded"] for x in mine), lang, st, w, prizes))
        out.append(L.Spacer(1, 4))
        rows = [[str(lot["number"]), lot["title"], format_amount(sum(
            x["awarded"] for x in d.decisions if app_lot.get(x["app_id"]) == lot["id"]))] for lot in lots]
        rows.append(["", t("pr.competition_total"), format_amount(awarded)])
        out.append(L.grid_table(["№", t("pr.nomination" if prizes else "pr.lot"),
                                 t("pr.prize" if prizes else "pr.awarded")], rows,
                                [w * .07, w * .68, w * .25], st, right=(2,), total_rows=1))
    out.append(L.Spacer(1, 4))
    words = amount_in_words(awarded, lang)
    key = "pr.prize_total" if prizes else ("pr.lots_total" if lots else "pr.awarded_total")
    out.append(L.p(t(key, amount=format_amount(awarded), words=words, allocation=format_amount(d.allocation)),
                   st["body"]))
    for x in d.decisions:
        if x["justification"]:
            out.append(L.p(t("pr.justification", text=x["justification"]), st["body"]))
            break
    if prizes:
        out += _participant_section(d, lang, st, w)
    return out


def _prize_list(d: ProtocolData, lot_id: str | None, lang: str) -> str:
    items = [p for p in d.extra.get("prizes", []) if lot_id is None or p["lot_id"] == lot_id]
    return "; ".join(i18n.t("pr.prize_item", lang, place=p["place"], amount=format_amount(p["amount_tyiyn"]))
                     for p in items) or "—"


def _participant_section(d: ProtocolData, lang: str, st: dict, w: float) -> list:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    leads = d.extra.get("leads", {})
    rows = rules.participant_subtotals((leads.get(x["app_id"], x["reg"]), x["awarded"]) for x in d.decisions)
    if not rows:
        return []
    table = [[who, str(n), format_amount(total)] for who, n, total in rows]
    table.append([t("pr.total"), str(sum(n for _w, n, _s in rows)), format_amount(sum(s for *_x, s in rows))])
    return [L.KeepTogether([L.p(t("pr.participants"), st["section"]),
                            L.grid_table([t("pr.participant"), t("pr.prizes_count"), t("pr.sum")], table,
                                         [w * .6, w * .15, w * .25], st, right=(1, 2), total_rows=1)])]


def _consortium_section(d: ProtocolData, lang: str, st: dict) -> list:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    partners = d.extra.get("partners", {})
    if not partners:
        return []
    out = [L.p(t("pr.consortia"), st["section"])]
    for a in d.applications:
        if a["id"] in partners:
            out.append(L.p(t("pr.consortium_line", number=a["reg"], title=a["title"],
                             lead=d.extra.get("leads", {}).get(a["id"], ""), partners=", ".join(partners[a["id"]])),
                           st["body"]))
    return out


def _protocol_pdf(d: ProtocolData, lang: str, out: Path) -> None:
    st = L.styles()
    w = L.frame_width(wide=True)
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story = [L.p(_organiser(d), st["top"]), L.p(t("pr.title", number=d.number), st["title"]),
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
        story += _criteria_section(d, lang, st, w)
        story.append(L.p(t("pr.scores"), st["section"]))
        header = [t("pr.application")] + [m["name"] for m in present] + [t("pr.score")]
        rows = []
        score_of = {x["reg"]: x["score"] for x in d.decisions}
        for a in d.applications:
            cells = [_app_label(d, a["id"], a["reg"], a["title"])]
            for m in present:
                v = d.scores.get((m["id"], a["id"]))
                cells.append("—" if v is None else format(v.normalize(), "f").replace(".", ","))
            sc = score_of.get(a["reg"])
            if sc is None:
                sc = _weighted_score(d, a["id"], present)
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
            rows.append([_app_label(d, a["id"], a["reg"], a["title"]), str(choices.count("for")),
                         str(choices.count("against")),
                         str(choices.count("abstain"))])
        story.append(L.grid_table([t("pr.application"), t("pr.for"), t("pr.against"), t("pr.abstain")], rows,
                                  [w * .55, w * .15, w * .15, w * .15], st, right=(1, 2, 3)))
    story += _decision_section(d, lang, st, w)
    story += _consortium_section(d, lang, st)
    story.append(L.p(t("pr.signatures"), st["section"]))
    rows = [[m["name"], m["position"], "____________________"] for m in present]
    story.append(L.grid_table([t("pr.member"), t("pr.position"), t("pr.signatures")], rows,
                              [w * .35, w * .35, w * .3], st))
    short = d.digest[:16]
    story.append(L.p(t("pr.hash", hash=d.digest), st["small"]))
    L.build_pdf(out, story, lang=lang, title=t("pr.title", number=d.number), wide=True,
                header=f'{_organiser(d)} — {t("pr.title", number=d.number)} — SHA-256 {short}', digest=short)


def _sheets_pdf(d: ProtocolData, lang: str, out: Path) -> None:
    st = L.styles()
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story = []
    for i, m in enumerate(d.members):
        if i:
            from reportlab.platypus import PageBreak

            story.append(PageBreak())
        story += [L.p(_organiser(d), st["top"]),
                  L.p(t("pr.sheets_title" if d.method == "scoring" else "pr.vote_title"), st["title"]),
                  L.p(f"{d.commission} · {t('pr.title', number=d.number)} · {d.held_on}", st["subtitle"]),
                  L.p(t("pr.sheet_member", name=m["name"]), st["section"])]
        if d.method == "scoring":
            header = [t("pr.application")] + [t("pr.criterion_head", name=c["name"], max=c["max"],
                                                 weight=_num(c["weight"])) for c in d.criteria]
            header.append(t("pr.weighted_total"))
            n = len(d.criteria)
            rows = [[_app_label(d, a["id"], a["reg"], a["title"])] + [""] * (n + 1) for a in d.applications]
            story.append(L.grid_table(header, rows, [w * .33] + [w * .5 / max(n, 1)] * n + [w * .17], st))
            story += [L.Spacer(1, 3), L.p(t("pr.sheet_rule"), st["small"])]
        else:
            rows = [[_app_label(d, a["id"], a["reg"], a["title"]), "", "", ""] for a in d.applications]
            story.append(L.grid_table([t("pr.application"), t("pr.for"), t("pr.against"), t("pr.abstain")], rows,
                                      [w * .55, w * .15, w * .15, w * .15], st))
        story += [L.Spacer(1, 18), L.p(t("pr.signature_line"), st["body"])]
    L.build_pdf(out, story, lang=lang, title=t("pr.sheets_title"), header=f"{_organiser(d)} — {d.commission}",
                digest=d.digest[:12])


def _scores_xlsx(d: ProtocolData, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = Workbook()
    ws = wb.active
    ws.title = t("pr.scores")[:31]
    ws.append([t("pr.member"), t("pr.application"), t("pr.criterion"), t("pr.score"), t("pr.weight"),
               t("pr.weighted")])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    names = {m["id"]: m["name"] for m in d.members}
    apps = {a["id"]: a for a in d.applications}
    crits = {c["id"]: c for c in d.criteria}
    for key, value in sorted(d.scores.items(), key=lambda kv: [str(x) for x in kv[0]]):
        if len(key) == 3:
            member, app, crit = key
            a = apps.get(app, {"reg": "", "title": ""})
            weight = Decimal(crits.get(crit, {}).get("weight", "1"))
            ws.append([names.get(member, ""), f'{a["reg"]} {a["title"]}', crits.get(crit, {}).get("name", ""),
                       int(value), float(weight), float(Decimal(value) * weight)])
    ws2 = wb.create_sheet(t("pr.decision")[:31])
    lots = _lot_titles(d)
    ws2.append([t("pr.rank"), t("pr.application"), t("pr.score"), t("pr.outcome"), t("pr.requested"),
                t("pr.awarded")] + ([t("pr.lot")] if lots else []))
    for cell in ws2[1]:
        cell.font = Font(bold=True)
    for x in d.decisions:
        ws2.append([x["rank"], f'{x["reg"]} {x["title"]}', float(x["score"]) if x["score"] is not None else None,
                    t("pr." + x["outcome"]), to_decimal_som(x["requested"]), to_decimal_som(x["awarded"])]
                   + ([lots.get(d.extra.get("application_lots", {}).get(x["app_id"], ""), "")] if lots else []))
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
