"""The commission's protocol (PDF), blank score and vote sheets for members
(PDF), and all scores (XLSX). The protocol's SHA-256 (short form) is printed
on every page."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select

from app import i18n, terms
from app.domain import commission as rules
from app.domain import enums as E
from app.domain.amount_words import amount_in_words
from app.domain.money import format_amount, to_decimal_som
from app.reports import _layout as L
from app.reports._errors import ReportInputError
from app.store import models as M
from app.store.protocol_doc import SealCheck, document_hash, protocol_document, verify_sealed

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
    "pr.applicant": {"ky": "Өтүнмө берүүчү", "ru": "Заявитель", "en": "Applicant"},
    "pr.notes": {"ky": "Эскертүүлөр", "ru": "Примечания", "en": "Notes"},
    "pr.legacy_hash": {
        "ky": "Протокол программанын мурунку версиясында жабылган; анын мурунку SHA-256 мөөрү {hash} "
              "(идентификаторлорду жана сандарды гана камтыган) текшерилет жана дал келет.",
        "ru": "Протокол закрыт прежней версией программы; его прежняя печать SHA-256 {hash} "
              "(охватывала только идентификаторы и числа) проверяется и совпадает.",
        "en": "The protocol was closed by an earlier version of the program; its earlier SHA-256 seal {hash} "
              "(which covered ids and figures only) is checked and matches.",
    },
    "pr.seal_broken": {
        "ky": "ЭСКЕРТҮҮ: БУЛ ПРОТОКОЛ ӨЗҮНҮН МӨӨРҮНӨ ДАЛ КЕЛБЕЙТ",
        "ru": "ВНИМАНИЕ: ПРОТОКОЛ НЕ СОВПАДАЕТ СО СВОЕЙ ПЕЧАТЬЮ",
        "en": "WARNING: THIS PROTOCOL DOES NOT MATCH ITS SEAL",
    },
    "pr.seal_broken_short": {"ky": "МӨӨР ДАЛ КЕЛБЕЙТ", "ru": "ПЕЧАТЬ НЕ СОВПАДАЕТ", "en": "SEAL MISMATCH"},
    "pr.seal_sealed": {"ky": "Жабылганда коюлган мөөр (SHA-256): {hash}",
                       "ru": "Печать, поставленная при закрытии (SHA-256): {hash}",
                       "en": "Seal given at closing (SHA-256): {hash}"},
    "pr.seal.snapshot": {"ky": "Сакталган протоколдун тексти мөөрдөн айырмаланат (анын SHA-256: {hash}).",
                         "ru": "Сохранённый текст протокола отличается от печати (его SHA-256: {hash}).",
                         "en": "The stored text of the protocol differs from the seal (its SHA-256: {hash})."},
    "pr.seal.live": {"ky": "Маалымат базасындагы протоколдун жазуулары мөөрдөн айырмаланат (алардын SHA-256: {hash}).",
                     "ru": "Записи протокола в базе данных отличаются от печати (их SHA-256: {hash}).",
                     "en": "The protocol's records in the database differ from the seal (their SHA-256: {hash})."},
    "pr.seal.legacy": {"ky": "Мурунку мөөр {hash} маалымат базасындагы жазууларга дал келбейт.",
                       "ru": "Прежняя печать {hash} не совпадает с записями в базе данных.",
                       "en": "The earlier seal {hash} does not match the records in the database."},
    "pr.seal.unsealed": {"ky": "Протокол сакталган тексти жок жабылган.",
                         "ru": "Протокол закрыт без сохранённого текста.",
                         "en": "The protocol was closed without its stored text."},
    "pr.seal_advice": {
        "ky": "Бул басылмага таянбаңыз: маалымат базасы протокол жабылгандан кийин өзгөртүлгөн. "
              "«demilge check» менен текшериңиз.",
        "ru": "Не полагайтесь на эту распечатку: база данных изменена после закрытия протокола. "
              "Проверьте её командой «demilge check».",
        "en": "Do not rely on this printout: the database was changed after the protocol was closed. "
              "Check it with “demilge check”.",
    },
})

# Issue 15: criteria with weights, lots, prizes, consortium partners and the
# organiser, printed from the sealed document (version 3; see
# app.store.protocol_doc), so the seal covers what these sections show.
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


TITLES = {
    "protocol": {"ky": "Гранттык комиссиянын протоколу", "ru": "Протокол грантовой комиссии",
                 "en": "Grant commission protocol"},
    "score-sheets": {lang: i18n.t("pr.sheets_title", lang) for lang in i18n.LANGUAGES},
    "scores": {lang: i18n.t("pr.scores_title", lang) for lang in i18n.LANGUAGES},
}


@dataclass
class ProtocolData:
    """The document to print (app.store.protocol_doc) and how it stands
    against its seal."""
    doc: dict
    closed: bool
    digest: str                      # the seal of a closed protocol; the draft's own hash otherwise
    check: SealCheck | None = None   # closed protocols only

    @property
    def method(self) -> str:
        return self.doc["competition"]["method"]

    @property
    def prizes(self) -> bool:
        return self.doc["competition"].get("award_mode") == "prizes"

    @property
    def lots(self) -> list[dict]:
        """The lots when there are several (a one-lot competition prints as before)."""
        lots = self.doc.get("lots") or []
        return lots if len(lots) > 1 else []

    @property
    def organiser(self) -> str:
        """Who runs the competition: a named national or regional body or
        donor, or else the municipality."""
        comp = self.doc["competition"]
        if comp.get("organiser_kind") not in (None, "municipality") and comp.get("organiser_name"):
            return comp["organiser_name"]
        return self.doc["municipality"]["name"]


def load(db, meeting_id: str) -> ProtocolData:
    """A closed protocol prints its frozen document, checked against the seal
    both as stored and as rebuilt from the database; an open one prints the
    document built now."""
    with db.reader() as s:
        m = s.get(M.Meeting, meeting_id)
        if m is None:
            raise ReportInputError("pr.not_found")
        if m.status == E.MeetingStatus.CLOSED:
            check = verify_sealed(s, meeting_id)
            return ProtocolData(check.document, True, check.seal, check)
        doc = protocol_document(s, meeting_id)
        return ProtocolData(doc, False, document_hash(doc))


def _sum_points(doc: dict) -> dict[tuple[str, str], Decimal]:
    """Each member's weighted total per application."""
    weights = {c["id"]: _weight(c) for c in doc["criteria"]}
    totals: dict[tuple[str, str], Decimal] = {}
    for sc in doc["scores"]:
        key = (sc["member"], sc["application"])
        totals[key] = totals.get(key, Decimal(0)) + Decimal(sc["points"]) * weights.get(sc["criterion"], Decimal(1))
    return totals


def _app_label(a: dict, with_applicant: bool = False, lots: list[dict] | None = None) -> str:
    """An application as the tables name it; with several lots, its lot first."""
    label = f'{a["reg"]} «{a["title"]}»'
    if with_applicant and a.get("applicant"):
        label += f' — {a["applicant"]}'
    lot = next((x["title"] for x in lots or [] if x["id"] == a.get("lot")), "")
    return f"[{lot}] {label}" if lot else label


def _num(v) -> str:
    """A decimal as documents write it: 1,5 (no trailing zeros)."""
    d = Decimal(str(v))
    return format(d.normalize(), "f").replace(".", ",") if d != 0 else "0"


def _weight(c: dict) -> Decimal:
    return Decimal(c["weight"]) if c.get("weight") is not None else Decimal(1)


def _weighted_score(doc: dict, app_id: str, present: list[dict]) -> Decimal | None:
    """The score the ranking uses (app.domain.commission.application_score),
    from the members' points and the criteria's weights."""
    weights = {c["id"]: _weight(c) for c in doc["criteria"]}
    present_ids = {m["id"] for m in present}
    sheets: dict[str, dict[str, int]] = {}
    for sc in doc["scores"]:
        if sc["application"] == app_id and sc["member"] in present_ids:
            sheets.setdefault(sc["member"], {})[sc["criterion"]] = sc["points"]
    return rules.application_score(list(sheets.values()), weights)


def _seal_warning(d: ProtocolData, t, st) -> list:
    check = d.check
    if check is None or check.ok:
        return []
    lines = [t("pr.seal_broken"), t("pr.seal_sealed", hash=check.seal or "—")]
    for problem in check.problems:
        value = {"snapshot": check.snapshot_hash, "live": check.live_hash, "legacy": check.legacy_hash}.get(problem)
        lines.append(t("pr.seal." + problem, hash=value or "—"))
    lines.append(t("pr.seal_advice"))
    return [L.p("\n".join(lines), st["warning"])]


def _criteria_section(d: ProtocolData, lang: str, st: dict, w: float) -> list:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    crits = d.doc["criteria"]
    if d.method != "scoring" or not crits:
        return []
    rows = [[str(i), c["name"], str(c["max"]), _num(_weight(c))] for i, c in enumerate(crits, start=1)]
    return [L.p(t("pr.criteria"), st["section"]),
            L.grid_table(["№", t("pr.criterion_name"), t("pr.max_points"), t("pr.weight")], rows,
                         [w * .05, w * .65, w * .15, w * .15], st, right=(2, 3)),
            L.Spacer(1, 3), L.p(t("pr.weight_rule"), st["small"])]


_NO_APP = {"reg": "", "title": "", "applicant": "", "requested_tyiyn": 0}


def _decision_table(d: ProtocolData, decisions: list[dict], subtotal_label: str, lang: str, st: dict, w: float):
    """Rank, application, applicant, outcome, requested, awarded (a prize
    competition: place, application, participant, score, prize), with the
    subtotal as its last row."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    apps = {a["id"]: a for a in d.doc["applications"]}
    subtotal = sum(x["awarded_tyiyn"] or 0 for x in decisions)
    rows = []
    for x in decisions:
        a = apps.get(x["application"], _NO_APP)
        if d.prizes:
            rows.append([str(x["rank"] or ""), _app_label(a), a.get("applicant") or "",
                         _num(x["score"]) if x["score"] is not None else "",
                         format_amount(x["awarded_tyiyn"]) if x["awarded_tyiyn"] else t("pr.no_prize")])
        else:
            rows.append([str(x["rank"] or ""), _app_label(a), a.get("applicant") or "", t("pr." + x["outcome"]),
                         format_amount(a["requested_tyiyn"] or 0), format_amount(x["awarded_tyiyn"] or 0)])
    if d.prizes:
        rows.append(["", subtotal_label, "", "", format_amount(subtotal)])
        return L.grid_table([t("pr.place"), t("pr.application"), t("pr.participant"), t("pr.score"), t("pr.prize")],
                            rows, [w * .07, w * .4, w * .25, w * .12, w * .16], st, right=(3, 4), total_rows=1)
    rows.append(["", subtotal_label, "", "", "", format_amount(subtotal)])
    return L.grid_table([t("pr.rank"), t("pr.application"), t("pr.applicant"), t("pr.outcome"),
                         t("pr.requested"), t("pr.awarded")], rows,
                        [w * .06, w * .34, w * .2, w * .12, w * .14, w * .14], st, right=(4, 5), total_rows=1)


def _prize_list(lot: dict, lang: str) -> str:
    return "; ".join(i18n.t("pr.prize_item", lang, place=p["place"], amount=format_amount(p["amount_tyiyn"]))
                     for p in lot.get("prizes", [])) or "—"


def _decision_section(d: ProtocolData, lang: str, st: dict, w: float) -> list:
    """The decision: one table, or one per lot (nomination) with its subtotal
    and the competition's total; in a prize competition the place and the
    prize, then the subtotal per participant."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    doc = d.doc
    decisions = doc["decisions"]
    app_lot = {a["id"]: a.get("lot") for a in doc["applications"]}
    lots = d.lots
    out = [L.p(t("pr.decision"), st["section"])]
    awarded = sum(x["awarded_tyiyn"] or 0 for x in decisions)
    if not lots:
        if d.prizes:
            prizes = [p for x in doc.get("lots") or [] for p in x.get("prizes", [])]
            out.append(L.p(t("pr.prizes_set", list=_prize_list({"prizes": prizes}, lang)), st["body"]))
        out.append(_decision_table(d, decisions, t("pr.total"), lang, st, w))
    else:
        for lot in lots:
            mine = [x for x in decisions if app_lot.get(x["application"]) == lot["id"]]
            if d.prizes:
                out.append(L.p(t("pr.nomination_heading", title=lot["title"]), st["section"]))
                out.append(L.p(t("pr.prizes_set", list=_prize_list(lot, lang)), st["body"]))
            else:
                out.append(L.p(t("pr.lot_heading", number=lot["number"], title=lot["title"]), st["section"]))
                out.append(L.p(t("pr.lot_terms", allocation=format_amount(lot["allocation_tyiyn"] or 0),
                                 max=format_amount(lot["max_grant_tyiyn"] or 0)), st["body"]))
            label = t("pr.nomination_subtotal" if d.prizes else "pr.lot_subtotal")
            out.append(_decision_table(d, mine, label, lang, st, w))
        out.append(L.Spacer(1, 4))
        rows = [[str(lot["number"]), lot["title"], format_amount(sum(
            x["awarded_tyiyn"] or 0 for x in decisions if app_lot.get(x["application"]) == lot["id"]))]
            for lot in lots]
        rows.append(["", t("pr.competition_total"), format_amount(awarded)])
        out.append(L.KeepTogether([L.grid_table(["№", t("pr.nomination" if d.prizes else "pr.lot"),
                                                 t("pr.prize" if d.prizes else "pr.awarded")], rows,
                                                [w * .07, w * .68, w * .25], st, right=(2,), total_rows=1)]))
    out.append(L.Spacer(1, 4))
    key = "pr.prize_total" if d.prizes else ("pr.lots_total" if lots else "pr.awarded_total")
    allocation = doc["competition"]["allocation_tyiyn"] or 0
    out.append(L.p(t(key, amount=format_amount(awarded), words=amount_in_words(awarded, lang),
                     allocation=format_amount(allocation)), st["body"]))
    for x in decisions:
        if x["justification"]:
            out.append(L.p(t("pr.justification", text=x["justification"]), st["body"]))
            break
    if d.prizes:
        out += _participant_section(d, lang, st, w)
    return out


def _participant_section(d: ProtocolData, lang: str, st: dict, w: float) -> list:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    apps = {a["id"]: a for a in d.doc["applications"]}
    rows = rules.participant_subtotals(
        ((apps.get(x["application"], _NO_APP).get("applicant") or apps.get(x["application"], _NO_APP)["reg"]),
         x["awarded_tyiyn"] or 0) for x in d.doc["decisions"])
    if not rows:
        return []
    table = [[who, str(n), format_amount(total)] for who, n, total in rows]
    table.append([t("pr.total"), str(sum(n for _w, n, _s in rows)), format_amount(sum(s for *_x, s in rows))])
    return [L.KeepTogether([L.p(t("pr.participants"), st["section"]),
                            L.grid_table([t("pr.participant"), t("pr.prizes_count"), t("pr.sum")], table,
                                         [w * .6, w * .15, w * .25], st, right=(1, 2), total_rows=1)])]


def _consortium_section(d: ProtocolData, lang: str, st: dict) -> list:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    consortia = [a for a in d.doc["applications"] if a.get("partners")]
    if not consortia:
        return []
    out = [L.p(t("pr.consortia"), st["section"])]
    for a in consortia:
        out.append(L.p(t("pr.consortium_line", number=a["reg"], title=a["title"], lead=a.get("applicant") or "",
                         partners=", ".join(a["partners"])), st["body"]))
    return out


def _protocol_pdf(d: ProtocolData, lang: str, out: Path) -> None:
    st = L.styles()
    w = L.frame_width(wide=True)
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    doc = d.doc
    meeting = doc["meeting"]
    number = meeting["number"]
    members = doc["members"]
    names = {m["id"]: m["name"] for m in members}
    apps = {a["id"]: a for a in doc["applications"]}
    story = [L.p(d.organiser, st["top"]), L.p(t("pr.title", number=number), st["title"]),
             L.p(f'{doc["commission"]["name"]} · {doc["competition"]["title"]}', st["subtitle"])]
    story += _seal_warning(d, t, st)
    if not d.closed:
        story.append(L.p(t("pr.draft"), st["section"]))
    held_on = L.fmt_date(date.fromisoformat(meeting["held_on"])) if meeting["held_on"] else ""
    story.append(L.p(t("pr.date_place", date=held_on, place=meeting["place"] or ""), st["body"]))
    if meeting["amends_number"]:
        story.append(L.p(t("pr.amends", number=meeting["amends_number"]), st["body"]))
    if meeting["agenda"]:
        story += [L.p(t("pr.agenda"), st["section"]), L.p(meeting["agenda"], st["body"])]
    story.append(L.p(t("pr.attendance"), st["section"]))
    rows = [[str(i), f'{m["name"]} ({terms.word("member_role", m["role"], lang)})', m["position"] or "",
             t("pr.present") if m["present"] else t("pr.absent")]
            for i, m in enumerate(members, start=1)]
    story.append(L.grid_table(["№", t("pr.member"), t("pr.position"), t("pr.attendance")], rows,
                              [w * .05, w * .35, w * .4, w * .2], st))
    story.append(L.Spacer(1, 4))
    q = doc["quorum"]
    ok = q["present"] >= q["needed"]
    story.append(L.p(t("pr.quorum_yes" if ok else "pr.quorum_no", **q), st["body"]))
    story.append(L.p(t("pr.conflicts"), st["section"]))
    if doc["conflicts"]:
        for c in doc["conflicts"]:
            a = apps.get(c["application"], {"reg": "", "title": ""})
            story.append(L.p(t("pr.conflict_line", member=names.get(c["member"], ""), number=a["reg"],
                               title=a["title"], note=c["note"] or ""), st["body"]))
    else:
        story.append(L.p(t("pr.no_conflicts"), st["body"]))
    present = [m for m in members if m["present"]]
    score_of = {x["application"]: x["score"] for x in doc["decisions"]}
    if d.method == "scoring":
        totals = _sum_points(doc)
        story += _criteria_section(d, lang, st, w)
        story.append(L.p(t("pr.scores"), st["section"]))
        header = [t("pr.application")] + [m["name"] for m in present] + [t("pr.score")]
        rows = []
        for a in doc["applications"]:
            cells = [_app_label(a, lots=d.lots)]
            for m in present:
                v = totals.get((m["id"], a["id"]))
                cells.append("—" if v is None else _num(v))
            sc = score_of.get(a["id"])
            if sc is None:
                sc = _weighted_score(doc, a["id"], present)
            cells.append("" if sc is None else format(Decimal(sc), "f").replace(".", ","))
            rows.append(cells)
        n = len(present)
        widths = [w * .3] + [w * .55 / max(n, 1)] * n + [w * .15]
        story.append(L.grid_table(header, rows, widths, st, right=tuple(range(1, n + 2))))
    else:
        votes = {(v["member"], v["application"]): v["choice"] for v in doc["votes"]}
        story.append(L.p(t("pr.votes"), st["section"]))
        rows = []
        for a in doc["applications"]:
            choices = [votes.get((m["id"], a["id"])) for m in present]
            rows.append([_app_label(a, lots=d.lots), str(choices.count("for")), str(choices.count("against")),
                         str(choices.count("abstain"))])
        story.append(L.grid_table([t("pr.application"), t("pr.for"), t("pr.against"), t("pr.abstain")], rows,
                                  [w * .55, w * .15, w * .15, w * .15], st, right=(1, 2, 3)))
    story += _decision_section(d, lang, st, w)
    story += _consortium_section(d, lang, st)
    if meeting.get("notes"):
        story += [L.p(t("pr.notes"), st["section"]), L.p(meeting["notes"], st["body"])]
    story.append(L.p(t("pr.signatures"), st["section"]))
    rows = [[m["name"], m["position"] or "", "____________________"] for m in present]
    story.append(L.grid_table([t("pr.member"), t("pr.position"), t("pr.signatures")], rows,
                              [w * .35, w * .35, w * .3], st))
    short = d.digest[:16]
    story.append(L.p(t("pr.hash", hash=d.digest), st["small"]))
    if d.check is not None and d.check.legacy_hash and "legacy" not in d.check.problems:
        story.append(L.p(t("pr.legacy_hash", hash=d.check.legacy_hash), st["small"]))
    header = f'{d.organiser} — {t("pr.title", number=number)} — SHA-256 {short}'
    if d.check is not None and not d.check.ok:
        header = f'{t("pr.seal_broken_short")} — {header}'
    L.build_pdf(out, story, lang=lang, title=t("pr.title", number=number), wide=True, header=header, digest=short)


def _sheets_pdf(d: ProtocolData, lang: str, out: Path) -> None:
    st = L.styles()
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    doc = d.doc
    commission, number = doc["commission"]["name"], doc["meeting"]["number"]
    held_on = L.fmt_date(date.fromisoformat(doc["meeting"]["held_on"])) if doc["meeting"]["held_on"] else ""
    story = []
    for i, m in enumerate(doc["members"]):
        if i:
            from reportlab.platypus import PageBreak

            story.append(PageBreak())
        story += [L.p(d.organiser, st["top"]),
                  L.p(t("pr.sheets_title" if d.method == "scoring" else "pr.vote_title"), st["title"]),
                  L.p(f"{commission} · {t('pr.title', number=number)} · {held_on}", st["subtitle"]),
                  L.p(t("pr.sheet_member", name=m["name"]), st["section"])]
        if d.method == "scoring":
            header = [t("pr.application")] + [t("pr.criterion_head", name=c["name"], max=c["max"],
                                                 weight=_num(_weight(c))) for c in doc["criteria"]]
            header.append(t("pr.weighted_total"))
            n = len(doc["criteria"])
            rows = [[_app_label(a, lots=d.lots)] + [""] * (n + 1) for a in doc["applications"]]
            story.append(L.grid_table(header, rows, [w * .33] + [w * .5 / max(n, 1)] * n + [w * .17], st))
            story += [L.Spacer(1, 3), L.p(t("pr.sheet_rule"), st["small"])]
        else:
            rows = [[_app_label(a, lots=d.lots), "", "", ""] for a in doc["applications"]]
            story.append(L.grid_table([t("pr.application"), t("pr.for"), t("pr.against"), t("pr.abstain")], rows,
                                      [w * .55, w * .15, w * .15, w * .15], st))
        story += [L.Spacer(1, 18), L.p(t("pr.signature_line"), st["body"])]
    L.build_pdf(out, story, lang=lang, title=t("pr.sheets_title"), header=f"{d.organiser} — {commission}",
                digest=d.digest[:12])


def _scores_xlsx(d: ProtocolData, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    doc = d.doc
    wb = Workbook()
    ws = wb.active
    ws.title = t("pr.scores")[:31]
    ws.append([t("pr.member"), t("pr.application"), t("pr.criterion"), t("pr.score"), t("pr.weight"),
               t("pr.weighted")])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    names = {m["id"]: m["name"] for m in doc["members"]}
    apps = {a["id"]: a for a in doc["applications"]}
    crits = {c["id"]: c for c in doc["criteria"]}
    for sc in doc["scores"]:
        a = apps.get(sc["application"], {"reg": "", "title": ""})
        crit = crits.get(sc["criterion"], {})
        weight = _weight(crit) if crit else Decimal(1)
        ws.append([names.get(sc["member"], ""), f'{a["reg"]} {a["title"]}', crit.get("name", ""),
                   int(sc["points"]), float(weight), float(Decimal(sc["points"]) * weight)])
    ws2 = wb.create_sheet(t("pr.decision")[:31])
    lots = {x["id"]: x["title"] for x in d.lots}
    ws2.append([t("pr.rank"), t("pr.application"), t("pr.applicant"), t("pr.score"), t("pr.outcome"),
                t("pr.requested"), t("pr.awarded")] + ([t("pr.lot")] if lots else []))
    for cell in ws2[1]:
        cell.font = Font(bold=True)
    for x in doc["decisions"]:
        a = apps.get(x["application"], {"reg": "", "title": "", "applicant": "", "requested_tyiyn": 0})
        ws2.append([x["rank"], f'{a["reg"]} {a["title"]}', a.get("applicant") or "",
                    float(Decimal(x["score"])) if x["score"] is not None else None,
                    t("pr." + x["outcome"]), to_decimal_som(a["requested_tyiyn"] or 0),
                    to_decimal_som(x["awarded_tyiyn"] or 0)] + ([lots.get(a.get("lot"), "")] if lots else []))
    for row in ws2.iter_rows(min_row=2):
        row[5].number_format = row[6].number_format = "#,##0.00"
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
