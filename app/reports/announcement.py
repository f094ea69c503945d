"""The competition announcement (PDF, A4, Kyrgyz or Russian): who announces
what on which legal basis, the money, the dates, who may apply, the
eligibility requirements and whom to contact."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app import i18n
from app.domain.amount_words import amount_in_words
from app.domain.money import format_amount
from app.reports import _layout as L
from app.reports._layout import fmt_date
from app.store import lot_queries as LQ
from app.store import models as M
from app.terms import word

i18n.register({
    "announcement.report_title": {
        "ky": "Сынактын кулактандыруусу", "ru": "Объявление о конкурсе", "en": "Competition announcement"},
    "announcement.heading": {"ky": "КУЛАКТАНДЫРУУ", "ru": "ОБЪЯВЛЕНИЕ", "en": "ANNOUNCEMENT"},
    "announcement.subtitle": {
        "ky": "{year}-жылдагы {kind} жөнүндө", "ru": "о проведении {kind} в {year} году",
        "en": "of the {year} {kind}"},
    "announcement.kind_jd": {
        "ky": "жергиликтүү демилгелердин сынагы", "ru": "конкурса местных инициатив",
        "en": "local initiatives competition"},
    "announcement.kind_msz": {
        "ky": "мамлекеттик социалдык заказдын сынагы", "ru": "конкурса государственного социального заказа",
        "en": "state social order competition"},
    "announcement.intro": {
        "ky": "{who} «{title}» сынагын жарыялайт.",
        "ru": "{who} объявляет конкурс «{title}».",
        "en": "{who} announces the competition «{title}».",
    },
    "announcement.intro_basis": {
        "ky": "{who} {basis} негизинде «{title}» сынагын жарыялайт.",
        "ru": "{who} на основании: {basis} объявляет конкурс «{title}».",
        "en": "{who}, on the basis of {basis}, announces the competition «{title}».",
    },
    "announcement.basis": {
        "ky": "{kind} №{number}, {date}", "ru": "{kind} № {number} от {date}", "en": "{kind} No. {number} of {date}"},
    "announcement.theme": {"ky": "Сынактын темасы", "ru": "Тема конкурса", "en": "Theme"},
    "announcement.priorities": {"ky": "Артыкчылыктуу багыттар", "ru": "Приоритетные направления",
                                "en": "Priority areas"},
    "announcement.legal_basis": {"ky": "Укуктук негизи", "ru": "Правовое основание", "en": "Legal basis"},
    "announcement.allocation": {"ky": "Сынактын жалпы каражаты", "ru": "Общий объём средств",
                                "en": "Total allocation"},
    "announcement.max_grant": {"ky": "Гранттын максималдуу суммасы", "ru": "Максимальная сумма гранта",
                               "en": "Maximum grant"},
    "announcement.duration": {"ky": "Долбоордун мөөнөтү", "ru": "Срок реализации проекта",
                              "en": "Project duration"},
    "announcement.months": {"ky": "{n} ай", "ru": "{n} мес.", "en": "{n} months"},
    "announcement.amendments": {"ky": "Жарыялангандан кийинки оңдоолор", "ru": "Исправления после объявления",
                                "en": "Corrections after the announcement"},
    "announcement.cofinancing": {"ky": "Кошумча каржылоо", "ru": "Софинансирование", "en": "Co-financing"},
    "announcement.cofinancing_pct": {
        "ky": "долбоордун наркынын кеминде {pct} %", "ru": "не менее {pct} % стоимости проекта",
        "en": "at least {pct} % of the project cost"},
    "announcement.cofinancing_none": {"ky": "талап кылынбайт", "ru": "не требуется", "en": "not required"},
    "announcement.who": {"ky": "Кимдер катыша алат", "ru": "Кто может подать заявку", "en": "Who may apply"},
    "announcement.announced": {"ky": "Жарыяланган күнү", "ru": "Дата объявления", "en": "Announced on"},
    "announcement.deadline": {"ky": "Өтүнмөлөрдү кабыл алуунун акыркы күнү", "ru": "Срок приёма заявок",
                              "en": "Application deadline"},
    "announcement.decision": {"ky": "Жыйынтыгы чыгарылат (болжол менен)", "ru": "Подведение итогов (планируется)",
                              "en": "Decision (planned)"},
    "announcement.contact": {"ky": "Байланыш үчүн", "ru": "Контактное лицо", "en": "Contact"},
    "announcement.requirements": {
        "ky": "Өтүнмөлөргө коюлуучу талаптар", "ru": "Требования к заявкам", "en": "Eligibility requirements"},
    "announcement.not_set": {"ky": "көрсөтүлгөн эмес", "ru": "не указано", "en": "not set"},
    "announcement.som": {"ky": "{amount} сом", "ru": "{amount} сом", "en": "{amount} som"},
    "announcement.status_note": {
        "ky": "Эскертүү: сынак «{status}» абалында.", "ru": "Примечание: конкурс в состоянии «{status}».",
        "en": "Note: the competition is «{status}»."},
    "report.competition_not_found": {
        "ky": "Сынак табылган жок: {id}. Тизме: demilge competitions",
        "ru": "Конкурс не найден: {id}. Список: demilge competitions",
        "en": "Competition not found: {id}. See: demilge competitions",
    },
})

TITLE = {lang: i18n.t("announcement.report_title", lang) for lang in i18n.LANGUAGES}


def som(tyiyn: int, lang: str, words: bool = False) -> str:
    """"23 000,00 сом", with `words` followed by the amount in words."""
    text = i18n.t("announcement.som", lang, amount=format_amount(tyiyn))
    return f"{text} ({amount_in_words(tyiyn, lang)})" if words else text


@dataclass(frozen=True)
class AnnouncementData:
    municipality: str
    executive_body: str
    kind: str
    year: int
    title: str
    theme: str
    priority_areas: list[str]
    legal_doc_kind: str
    legal_doc_number: str
    legal_doc_date: date | None
    total_allocation_tyiyn: int
    max_grant_tyiyn: int
    duration_months: int | None
    cofinancing_share_pct: int
    eligible_applicants: list[str]
    announced_on: date | None
    deadline_on: date | None
    decision_on: date | None
    contact_person: str
    status: str
    criteria: list[str]
    amendments: list[tuple] = field(default_factory=list)   # (moment, who, text): corrections after announcing
    # issue 15: lots (only when more than one) and prizes (a prize competition)
    lots: list[dict] = field(default_factory=list)
    award_mode: str = "grants"
    organiser_kind: str = "municipality"


class CompetitionMissing(LookupError):
    """No live competition with this id."""


def load(db, competition_id: str, lang: str) -> AnnouncementData:
    with db.reader() as s:
        c = s.get(M.Competition, competition_id) if competition_id else None
        if c is None or c.deleted_at is not None:
            raise CompetitionMissing(competition_id)
        mun = s.get(M.Municipality, c.municipality_id)
        EC = M.EligibilityCriterion
        criteria = [
            # the default wording is printed in the document's language
            i18n.t(f"criterion.{code}", lang) if code and f"criterion.{code}" in i18n.MESSAGES else text
            for code, text in s.execute(select(EC.code, EC.text)
                                        .where(EC.competition_id == c.id, EC.deleted_at.is_(None))
                                        .order_by(EC.position, EC.created_at))]
        lots = LQ.competition_lots(s, c)
        prizes = LQ.is_prize_competition(c)
        return AnnouncementData(
            municipality=mun.name if mun else "", executive_body=LQ.organiser_name(c, mun),
            kind=c.kind.value, year=c.year, title=c.title, theme=c.theme or "",
            priority_areas=[a for a in (c.priority_areas or "").split("\n") if a.strip()],
            legal_doc_kind=c.legal_doc_kind or "", legal_doc_number=c.legal_doc_number or "",
            legal_doc_date=c.legal_doc_date, total_allocation_tyiyn=c.total_allocation_tyiyn,
            max_grant_tyiyn=c.max_grant_tyiyn, duration_months=c.duration_months,
            cofinancing_share_pct=c.cofinancing_share_pct,
            eligible_applicants=[k for k in (c.eligible_applicants or "").split(",") if k],
            announced_on=c.announced_on, deadline_on=c.deadline_on, decision_on=c.decision_on,
            contact_person=c.contact_person or "", status=c.status.value, criteria=criteria,
            amendments=[(r.at, r.user_name or "", r.reason or "") for r in s.scalars(
                select(M.CompetitionTransition).where(
                    M.CompetitionTransition.competition_id == c.id, M.CompetitionTransition.deleted_at.is_(None),
                    M.CompetitionTransition.from_status == M.CompetitionTransition.to_status)
                .order_by(M.CompetitionTransition.at, M.CompetitionTransition.created_at))],
            lots=[{"number": x.number, "title": x.title, "allocation_tyiyn": x.allocation_tyiyn,
                   "max_grant_tyiyn": x.max_grant_tyiyn, "priority_areas": list(x.priority_areas),
                   "prizes": [list(p) for p in x.prizes]} for x in lots] if len(lots) > 1 or prizes else [],
            award_mode=c.award_mode.value, organiser_kind=c.organiser_kind.value)


def legal_basis(d: AnnouncementData, lang: str) -> str:
    if not (d.legal_doc_kind or d.legal_doc_number):
        return ""
    if d.legal_doc_number and d.legal_doc_date:
        return i18n.t("announcement.basis", lang, kind=d.legal_doc_kind, number=d.legal_doc_number,
                      date=fmt_date(d.legal_doc_date)).strip()
    return " ".join(x for x in (d.legal_doc_kind, d.legal_doc_number and "№" + d.legal_doc_number,
                                fmt_date(d.legal_doc_date)) if x)


def story(d: AnnouncementData, lang: str) -> list:
    st = L.styles()
    width = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    not_set = t("announcement.not_set")
    out: list = [L.p(d.executive_body or d.municipality, st["top"]),
                 L.p(t("announcement.heading"), st["title"]),
                 L.p(t("announcement.subtitle", year=d.year, kind=t(f"announcement.kind_{d.kind}")), st["subtitle"])]
    basis = legal_basis(d, lang)
    who = d.executive_body or d.municipality
    intro = (t("announcement.intro_basis", who=who, basis=basis, title=d.title) if basis
             else t("announcement.intro", who=who, title=d.title))
    out.append(L.p(intro, st["body"]))
    out.append(L.Spacer(1, 4))
    priorities = [L.Paragraph("• " + L.p(a, st["cell"]).text, st["cell"]) for a in d.priority_areas]
    rows: list[tuple[str, object]] = []
    if d.theme:
        rows.append((t("announcement.theme"), d.theme))
    if priorities:
        rows.append((t("announcement.priorities"), priorities))
    if basis:
        rows.append((t("announcement.legal_basis"), basis))
    rows += [
        (t("announcement.allocation"), som(d.total_allocation_tyiyn, lang, words=True)),
        (t("announcement.largest_prize" if d.award_mode == "prizes" else "announcement.max_grant"),
         som(d.max_grant_tyiyn, lang, words=True)),
        (t("announcement.duration"), t("announcement.months", n=d.duration_months) if d.duration_months
         else not_set),
        (t("announcement.cofinancing"), t("announcement.cofinancing_pct", pct=d.cofinancing_share_pct)
         if d.cofinancing_share_pct else t("announcement.cofinancing_none")),
        (t("announcement.who"), ", ".join(word("applicant_kind", k, lang) for k in d.eligible_applicants)
         or not_set),
        (t("announcement.announced"), fmt_date(d.announced_on) or not_set),
        (t("announcement.deadline"), fmt_date(d.deadline_on) or not_set),
    ]
    if d.decision_on:
        rows.append((t("announcement.decision"), fmt_date(d.decision_on)))
    if d.contact_person:
        rows.append((t("announcement.contact"), d.contact_person))
    out.append(L.terms_table(rows, st, width))
    out += lots_story(d, lang)
    if d.criteria:
        out.append(L.p(t("announcement.requirements"), st["section"]))
        for i, text in enumerate(d.criteria, start=1):
            out.append(L.p(f"{i}. {text}", st["bullet"]))
    if d.amendments:   # corrections after the announcement: who, when, why
        out.append(L.p(t("announcement.amendments"), st["section"]))
        for at, who, text in d.amendments:
            out.append(L.p(f"{fmt_date(at.date())} · {who}: {text}", st["bullet"]))
    if d.status in ("draft", "cancelled"):
        out.append(L.Spacer(1, 6))
        out.append(L.p(t("announcement.status_note", status=word("competition_status", d.status, lang)),
                       st["small"]))
    return out


# --------------------------------------------------------------------------
# Issue 15: a section per lot (direction) with the total, and the prizes of
# a prize competition by nomination and place.

i18n.register({
    "announcement.lots": {"ky": "Сынактын багыттары (лоттор)", "ru": "Направления (лоты) конкурса",
                          "en": "Lots (directions) of the competition"},
    "announcement.nominations": {"ky": "Номинациялар жана сыйлыктар", "ru": "Номинации и премии",
                                 "en": "Nominations and prizes"},
    "announcement.lot": {"ky": "Багыт", "ru": "Направление", "en": "Lot"},
    "announcement.nomination": {"ky": "Номинация", "ru": "Номинация", "en": "Nomination"},
    "announcement.lot_allocation": {"ky": "Каражаты, сом", "ru": "Средства, сом", "en": "Allocation, som"},
    "announcement.lot_max": {"ky": "Макс. грант, сом", "ru": "Макс. грант, сом", "en": "Max. grant, som"},
    "announcement.place": {"ky": "Орун", "ru": "Место", "en": "Place"},
    "announcement.prize": {"ky": "Сыйлык, сом", "ru": "Премия, сом", "en": "Prize, som"},
    "announcement.lots_total": {"ky": "Бардык багыттар", "ru": "Всего по направлениям", "en": "All lots"},
    "announcement.prizes_total": {"ky": "Бардык сыйлыктар", "ru": "Всего премий", "en": "All prizes"},
    "announcement.lots_note": {
        "ky": "Ар бир өтүнмө бир багытка берилет; ар бир багыттын жеңүүчүлөрү өз каражатынын чегинде аныкталат. "
              "Сынактын жалпы каражаты: {total}.",
        "ru": "Каждая заявка подаётся в одно направление; победители каждого направления определяются в пределах "
              "его средств. Общий объём средств конкурса: {total}.",
        "en": "Each application is made to one lot; each lot's winners are decided within its own allocation. "
              "The competition's total allocation: {total}.",
    },
    "announcement.prizes_note": {
        "ky": "Сыйлыктын суммасын сынак белгилейт (өтүнмөдө сумма суралбайт). Бир катышуучу бир нече номинацияда "
              "катышып, бир нече сыйлык ала алат. Сынактын жалпы каражаты: {total}.",
        "ru": "Сумму премии устанавливает конкурс (в заявке сумма не запрашивается). Один участник может участвовать "
              "в нескольких номинациях и получить несколько премий. Общий объём средств конкурса: {total}.",
        "en": "The competition sets each prize (an entry asks no amount). One participant may enter several "
              "nominations and win several prizes. The competition's total allocation: {total}.",
    },
    "announcement.largest_prize": {"ky": "Эң чоң сыйлык", "ru": "Наибольшая премия", "en": "Largest prize"},
})


def lots_story(d: AnnouncementData, lang: str) -> list:
    if not d.lots:
        return []
    st = L.styles()
    width = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731

    def name(lot) -> list:
        cell = [L.p(lot["title"] or d.title, st["cell"])]
        cell += [L.p("• " + a, st["cell"]) for a in lot["priority_areas"]]
        return cell

    if d.award_mode == "prizes":
        rows = []
        for lot in d.lots:
            for place, amount in lot["prizes"]:
                first = place == lot["prizes"][0][0]
                rows.append([str(lot["number"]) if first else "", name(lot) if first else "", str(place),
                             format_amount(amount)])
        total = sum(a for lot in d.lots for _p, a in lot["prizes"])
        rows.append(["", t("announcement.prizes_total"), "", format_amount(total)])
        out = [L.p(t("announcement.nominations"), st["section"]),
               L.grid_table(["№", t("announcement.nomination"), t("announcement.place"), t("announcement.prize")],
                            rows, [width * .07, width * .55, width * .13, width * .25], st, right=(2, 3),
                            total_rows=1),
               L.Spacer(1, 3), L.p(t("announcement.prizes_note", total=som(d.total_allocation_tyiyn, lang)),
                                   st["small"])]
        return out
    rows = [[str(lot["number"]), name(lot), format_amount(lot["allocation_tyiyn"]),
             format_amount(lot["max_grant_tyiyn"])] for lot in d.lots]
    rows.append(["", t("announcement.lots_total"), format_amount(sum(x["allocation_tyiyn"] for x in d.lots)), ""])
    return [L.p(t("announcement.lots"), st["section"]),
            L.grid_table(["№", t("announcement.lot"), t("announcement.lot_allocation"), t("announcement.lot_max")],
                         rows, [width * .07, width * .51, width * .21, width * .21], st, right=(2, 3), total_rows=1),
            L.Spacer(1, 3), L.p(t("announcement.lots_note", total=som(d.total_allocation_tyiyn, lang)), st["small"])]


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    data = load(db, params.competition, lang)
    progress(1, 2)
    from dataclasses import asdict

    L.build_pdf(out, story(data, lang), lang=lang, title=f"{TITLE[lang]}: {data.title}",
                header=data.executive_body or data.municipality, digest=L.data_hash(asdict(data)))
    progress(2, 2)


REPORT = dict(name="announcement", title=TITLE, needs=("competition",), formats=("pdf",), build=build)
