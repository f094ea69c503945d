"""Council-session summary for a period: competitions, applications, money by
source (planned, awarded, spent) with a chart, participants by category with
a chart, events, materials and media, and development-program targets due in
the period. PDF (A4) and XLSX, in Kyrgyz or Russian."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from sqlalchemy import and_, func, or_, select

from app import i18n
from app.domain import enums as E
from app.domain import figures as FG
from app.domain.budget import CHANNELS, effective_channel, line_actual
from app.domain.money import format_amount, to_decimal_som
from app.domain.cycle import parents_first
from app.domain.participants import Category, event_people, people_by_category, stated_mismatch
from app.reports import _layout as L
from app.reports import _results as R
from app.reports._charts import plan_actual_bars
from app.reports import _prizes
from app.reports._hearings import hearings_in_period, hearings_sheet, hearings_story
from app.reports import _xlsx as X
from app.store import models as M
from app.store.project_queries import line_facts, load_events
from app.terms import word

i18n.register({
    "cs.title": {"ky": "Жергиликтүү кеңештин сессиясы үчүн маалымат", "ru": "Справка для сессии местного кенеша",
                 "en": "Summary for the council session"},
    "cs.period": {"ky": "Мезгил: {start} – {end}", "ru": "Период: {start} – {end}", "en": "Period: {start} – {end}"},
    "cs.competitions": {"ky": "1. Өткөрүлгөн сынактар", "ru": "1. Проведённые конкурсы",
                        "en": "1. Competitions held"},
    "cs.applications": {"ky": "2. Өтүнмөлөр", "ru": "2. Заявки", "en": "2. Applications"},
    "cs.money": {"ky": "3. Каражат булактар боюнча", "ru": "3. Средства по источникам", "en": "3. Money by source"},
    "cs.participants": {"ky": "4. Катышуучулар категориялар боюнча", "ru": "4. Участники по категориям",
                        "en": "4. Participants by category"},
    "cs.events": {"ky": "5. Иш-чаралар", "ru": "5. Мероприятия", "en": "5. Events"},
    "cs.materials": {"ky": "6. Материалдар жана ММК", "ru": "6. Материалы и СМИ", "en": "6. Materials and media"},
    "cs.indicators": {"ky": "7. Өнүктүрүү программасынын ушул мезгилдеги максаттары",
                      "ru": "7. Цели программы развития на этот период",
                      "en": "7. Development-program targets due in the period"},
    "cs.kind": {"ky": "Түрү", "ru": "Вид", "en": "Kind"},
    "cs.name": {"ky": "Аталышы", "ru": "Название", "en": "Title"},
    "cs.municipality": {"ky": "Муниципалитет", "ru": "Муниципалитет", "en": "Municipality"},
    "cs.status": {"ky": "Абалы", "ru": "Состояние", "en": "Status"},
    "cs.allocation": {"ky": "Бөлүнгөн, сом", "ru": "Выделено, сом", "en": "Allocation, som"},
    "cs.received": {"ky": "Кабыл алынды", "ru": "Получено", "en": "Received"},
    "cs.eligible": {"ky": "Талаптарга жооп берди", "ru": "Допущено", "en": "Eligible"},
    "cs.funded": {"ky": "Каржыланды", "ru": "Профинансировано", "en": "Funded"},
    "cs.requested": {"ky": "Суралган сумма, сом", "ru": "Запрошено, сом", "en": "Requested, som"},
    "cs.source": {"ky": "Булак", "ru": "Источник", "en": "Source"},
    "cs.planned": {"ky": "Пландалган, сом", "ru": "План, сом", "en": "Planned, som"},
    "cs.spent": {"ky": "Жумшалган, сом", "ru": "Израсходовано, сом", "en": "Spent, som"},
    "cs.awarded": {"ky": "Берилген гранттар (жергиликтүү бюджет): {amount} сом",
                   "ru": "Выделено грантов (местный бюджет): {amount} сом",
                   "en": "Grants awarded (local budget): {amount} som"},
    "cs.total": {"ky": "Бардыгы", "ru": "Итого", "en": "Total"},
    "cs.category": {"ky": "Категория", "ru": "Категория", "en": "Category"},
    "cs.people": {"ky": "Адам", "ru": "Человек", "en": "People"},
    "cs.of_whom": {"ky": "анын ичинде", "ru": "в том числе", "en": "of whom"},
    "cs.reached": {"ky": "Камтылган адамдар (кайталанбай): {count}", "ru": "Охвачено людей (без повторов): {count}",
                   "en": "People reached (each counted once): {count}"},
    "cs.date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "cs.place": {"ky": "Орду", "ru": "Место", "en": "Place"},
    "cs.project": {"ky": "Долбоор", "ru": "Проект", "en": "Project"},
    "cs.material": {"ky": "Материал", "ru": "Материал", "en": "Material"},
    "cs.quantity": {"ky": "Саны", "ru": "Количество", "en": "Quantity"},
    "cs.outlet": {"ky": "ММК", "ru": "СМИ", "en": "Outlet"},
    "cs.level": {"ky": "Деңгээли", "ru": "Уровень", "en": "Level"},
    "cs.indicator": {"ky": "Индикатор", "ru": "Индикатор", "en": "Indicator"},
    "cs.unit": {"ky": "Бирдиги", "ru": "Ед. изм.", "en": "Unit"},
    "cs.year": {"ky": "Жыл", "ru": "Год", "en": "Year"},
    "cs.target": {"ky": "Максат", "ru": "Цель", "en": "Target"},
    "cs.none": {"ky": "Бул мезгилде жок.", "ru": "В этом периоде нет.", "en": "None in this period."},
    "cs.channel": {"ky": "Каржылоо жолу", "ru": "Канал финансирования", "en": "Funding channel"},
    "cs.by_channel": {"ky": "Каржылоо жолу боюнча", "ru": "По каналам финансирования", "en": "By funding channel"},
    "cs.sheet_summary": {"ky": "Жыйынтык", "ru": "Итоги", "en": "Summary"},
    "cs.bad_period": {"ky": "Мезгилдин аягы башталышынан мурун болбошу керек.",
                      "ru": "Конец периода не может быть раньше начала.",
                      "en": "The period cannot end before it starts."},
})

TITLE = {lang: i18n.t("cs.title", lang) for lang in i18n.LANGUAGES}
SOURCES = list(E.FundingSource)
ELIGIBLE = {E.ApplicationStatus.ELIGIBLE, E.ApplicationStatus.WINNER, E.ApplicationStatus.RESERVE,
            E.ApplicationStatus.REJECTED}


@dataclass
class SummaryData:
    date_from: date
    date_to: date
    municipalities: list[str]
    competitions: list[dict] = field(default_factory=list)
    applications: dict = field(default_factory=dict)
    money: dict = field(default_factory=dict)          # source -> {"planned", "spent"}
    channels: dict = field(default_factory=dict)       # channel ("" not stated) -> {"planned", "spent"}
    figures: list[str] = field(default_factory=list)   # figures to check, in words
    awarded: int = 0
    participants: list[dict] = field(default_factory=list)  # category rows with count
    reached: int = 0
    events: list[dict] = field(default_factory=list)
    materials: list[dict] = field(default_factory=list)
    media: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)
    prizes: list[dict] = field(default_factory=list)   # issue 15: per participant of prize competitions
    cycle: dict = field(default_factory=dict)          # results against plan, competitions' own events (_results)
    hearings: list[dict] = field(default_factory=list)   # the registers' public hearings (app.reports._hearings)

    def as_plain(self) -> dict:
        plain = {k: v for k, v in self.__dict__.items() if k != "cycle"}
        return plain | ({"cycle": R.council_plain(self.cycle)} if self.cycle else {})


def load(db, date_from: date, date_to: date, lang: str) -> SummaryData:
    with db.reader() as s:
        live = lambda model: model.deleted_at.is_(None)  # noqa: E731
        d = SummaryData(date_from, date_to, [m.name for m in s.scalars(
            select(M.Municipality).where(live(M.Municipality)).order_by(M.Municipality.name))])
        mun_names = {m.id: m.name for m in s.scalars(select(M.Municipality))}
        end_of = func.coalesce(M.Competition.decision_on, M.Competition.deadline_on, M.Competition.announced_on)
        comps = s.scalars(select(M.Competition).where(
            live(M.Competition), M.Competition.announced_on.is_not(None), M.Competition.announced_on <= date_to,
            end_of >= date_from).order_by(M.Competition.announced_on, M.Competition.title)).all()
        comp_ids = [c.id for c in comps]
        for c in comps:
            d.competitions.append({"municipality": mun_names.get(c.municipality_id, ""),
                                   "kind": word("competition_kind", c.kind, lang), "title": c.title,
                                   "status": word("competition_status", c.status, lang),
                                   "allocation": c.total_allocation_tyiyn})
        d.prizes = _prizes.load_prizes(s, comps)
        # counted by the database: one row per status, not every application read
        by_status = s.execute(select(M.Application.status, func.count(), func.sum(M.Application.requested_tyiyn))
                              .where(live(M.Application), M.Application.received_on.between(date_from, date_to))
                              .group_by(M.Application.status)).all()
        d.applications = {
            "received": sum(n for _st, n, _r in by_status),
            "eligible": sum(n for st, n, _r in by_status if st in ELIGIBLE),
            "funded": sum(n for st, n, _r in by_status if st == E.ApplicationStatus.WINNER),
            "requested": sum(int(r or 0) for _st, _n, r in by_status),
        }
        P = M.Project
        projects = s.execute(select(P.id, P.title, P.awarded_tyiyn).where(live(M.Project), or_(
            M.Project.competition_id.in_(comp_ids) if comp_ids else False,
            and_(M.Project.start_on <= date_to, func.coalesce(M.Project.end_on, M.Project.start_on) >= date_from),
        # the same order on every backend: by meaningful keys (NULLs last on both), never by storage
        )).order_by(M.Project.start_on.is_(None), M.Project.start_on, M.Project.title)).all()
        project_ids = [p.id for p in projects]
        titles = {p.id: p.title for p in projects}
        d.awarded = sum(p.awarded_tyiyn for p in projects)
        money = {src: {"planned": 0, "spent": 0} for src in SOURCES}
        channels = {ch: {"planned": 0, "spent": 0} for ch in CHANNELS}
        # a line's actual is the sum of its expenses, or the amount typed for it
        # while it has none (app.domain.budget); expenses on no line count by source
        expense_rows = []
        for i in range(0, len(project_ids), 500):
            expense_rows += s.execute(
                select(M.Expense.budget_line_id, M.Expense.source, func.sum(M.Expense.amount_tyiyn))
                .where(live(M.Expense), M.Expense.project_id.in_(project_ids[i:i + 500]))
                .group_by(M.Expense.budget_line_id, M.Expense.source)).all()
        booked: dict[str, int] = {}
        counts: dict[str, int] = {}
        for line_id, _source, amount in expense_rows:
            if line_id:
                booked[line_id] = booked.get(line_id, 0) + int(amount)
                counts[line_id] = counts.get(line_id, 0) + 1
        live_lines = set()
        for line in s.scalars(select(M.BudgetLine).where(live(M.BudgetLine), M.BudgetLine.project_id.in_(project_ids))
                              .order_by(M.BudgetLine.position, M.BudgetLine.created_at)):
            live_lines.add(line.id)
            spent = line_actual(line.actual_tyiyn, booked.get(line.id, 0), counts.get(line.id, 0))
            channel = effective_channel(line.source, line.channel)
            money[line.source]["planned"] += line.planned_tyiyn
            money[line.source]["spent"] += spent
            channels[channel]["planned"] += line.planned_tyiyn
            channels[channel]["spent"] += spent
            check = FG.line_check(line.project_id, titles.get(line.project_id, ""), line_facts(line))
            if check:
                d.figures.append(check.text(lang))
        for line_id, source, amount in expense_rows:
            if line_id not in live_lines:
                money[E.FundingSource(source)]["spent"] += int(amount)
                channels[effective_channel(source, None)]["spent"] += int(amount)
        d.money = {src.value: v for src, v in money.items()}
        d.channels = channels

        cats = list(s.scalars(select(M.ParticipantCategory).where(live(M.ParticipantCategory))
                              .order_by(M.ParticipantCategory.position)))
        categories = {c.id: Category(c.id, c.parent_id, c.additive) for c in cats}
        held = load_events(s, set(categories), date_from=date_from, date_to=date_to, held_only=True)
        # each event's wholes first, the way the project totals are made
        totals = people_by_category((e.counts for _pid, e in held), categories)
        event_notes = []
        for project_id, e in held:
            d.events.append({"date": e.held_on, "place": e.place, "kind": word("event_kind", e.kind, lang),
                             "title": e.title, "project": titles.get(project_id, ""),
                             "people": event_people(e.counts, categories, e.stated_total)})
            m = stated_mismatch(e.counts, categories, e.stated_total)
            if m:
                event_notes.append(FG.event_check(project_id, titles.get(project_id, ""), e.id, e.held_on, e.title,
                                                  *m).text(lang))
        d.figures = event_notes + d.figures
        d.reached = sum(ev["people"] for ev in d.events)
        name_field = {"ky": "name_ky", "ru": "name_ru"}.get(lang, "name_en")
        for c in parents_first(cats):   # fathers under men, not under children
            value = totals.get(c.id)
            if value:
                d.participants.append({"category": getattr(c, name_field), "count": value,
                                       "part": c.parent_id is not None})
        for m in s.scalars(select(M.Material).where(live(M.Material), M.Material.project_id.in_(project_ids))):
            d.materials.append({"project": titles.get(m.project_id, ""), "kind": word("material_kind", m.kind, lang),
                                "description": m.description or "", "quantity": m.quantity, "size": m.size or ""})
        for m in s.scalars(select(M.MediaCoverage).where(live(M.MediaCoverage),
                                                         M.MediaCoverage.project_id.in_(project_ids))):
            d.media.append({"project": titles.get(m.project_id, ""), "outlet": m.outlet,
                            "level": word("media_level", m.level, lang)})
        d.cycle = R.council_load(s, project_ids, date_from, date_to, lang)
        years = list(range(date_from.year, date_to.year + 1))
        rows = s.execute(select(M.Indicator, M.IndicatorTarget).join(
            M.IndicatorTarget, M.IndicatorTarget.indicator_id == M.Indicator.id).where(
            live(M.Indicator), live(M.IndicatorTarget), M.IndicatorTarget.year.in_(years))
            .order_by(M.Indicator.position, M.IndicatorTarget.year)).all()
        for ind, target in rows:
            d.indicators.append({"indicator": ind.name, "unit": ind.unit or "", "year": target.year,
                                 "target": _value_text(ind, target.value)})
        d.hearings = hearings_in_period(s, date_from, date_to, lang)
    return d


def _value_text(ind, value) -> str:
    text = format(value.normalize(), "f").replace(".", ",")
    if ind.value_type == E.IndicatorValueType.RATIO:
        return f"1:{text}"
    if ind.value_type == E.IndicatorValueType.PERCENT:
        return f"{text} %"
    return text


def _money(tyiyn: int) -> str:
    return format_amount(tyiyn)


def _money_chart(d: SummaryData, lang: str, width: float) -> Drawing:
    sources = [s.value for s in SOURCES]
    return plan_actual_bars([word("funding_source", s, lang) for s in sources],
                            [d.money[s]["planned"] for s in sources], [d.money[s]["spent"] for s in sources],
                            (i18n.t("cs.planned", lang), i18n.t("cs.spent", lang)), width)


def _people_chart(d: SummaryData, width: float) -> Drawing:
    rows = d.participants
    height = 30 + 16 * len(rows)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 10, width - 200, height - 20
    chart.data = [[r["count"] for r in reversed(rows)]]
    chart.categoryAxis.categoryNames = [r["category"][:28] for r in reversed(rows)]
    chart.categoryAxis.labels.fontName = L.FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = L.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#5B8C5A")
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = L.FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 8
    drawing.add(chart)
    return drawing


def _pdf(d: SummaryData, lang: str, out: Path, digest: str) -> None:
    st = L.styles()
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    fmt = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    story = [L.p(", ".join(d.municipalities), st["top"]), L.p(t("cs.title"), st["title"]),
             L.p(t("cs.period", start=fmt(d.date_from), end=fmt(d.date_to)), st["subtitle"])]
    none = L.p(t("cs.none"), st["body"])

    story.append(L.p(t("cs.competitions"), st["section"]))
    if d.competitions:
        rows = [[c["municipality"], c["kind"], c["title"], c["status"], _money(c["allocation"])]
                for c in d.competitions]
        story.append(L.grid_table([t("cs.municipality"), t("cs.kind"), t("cs.name"), t("cs.status"),
                                   t("cs.allocation")], rows, [w * .2, w * .08, w * .38, w * .16, w * .18], st,
                                  right=(4,)))
    else:
        story.append(none)
    story += _prizes.pdf_section(d.prizes, lang, st, w)

    story.append(L.p(t("cs.applications"), st["section"]))
    a = d.applications
    story.append(L.grid_table([t("cs.received"), t("cs.eligible"), t("cs.funded"), t("cs.requested")],
                              [[str(a["received"]), str(a["eligible"]), str(a["funded"]), _money(a["requested"])]],
                              [w / 4] * 4, st, right=(0, 1, 2, 3)))

    story.append(L.p(t("cs.money"), st["section"]))
    rows = [[word("funding_source", s, lang), _money(v["planned"]), _money(v["spent"])] for s, v in d.money.items()]
    rows.append([t("cs.total"), _money(sum(v["planned"] for v in d.money.values())),
                 _money(sum(v["spent"] for v in d.money.values()))])
    story.append(L.grid_table([t("cs.source"), t("cs.planned"), t("cs.spent")], rows, [w * .5, w * .25, w * .25],
                              st, right=(1, 2), total_rows=1))
    rows = [[word("funding_channel", ch, lang), _money(v["planned"]), _money(v["spent"])]
            for ch, v in d.channels.items() if v["planned"] or v["spent"]]
    if rows:
        story.append(L.p(t("cs.by_channel"), st["body"]))
        story.append(L.grid_table([t("cs.channel"), t("cs.planned"), t("cs.spent")], rows, [w * .5, w * .25, w * .25],
                                  st, right=(1, 2)))
    story.append(L.p(t("cs.awarded", amount=_money(d.awarded)), st["body"]))
    story.append(L.Spacer(1, 6))
    story.append(_money_chart(d, lang, w))

    story.append(L.p(t("cs.participants"), st["section"]))
    if d.participants:
        rows = [[("    " + t("cs.of_whom") + ": " if r["part"] else "") + r["category"], str(r["count"])]
                for r in d.participants]
        story.append(L.grid_table([t("cs.category"), t("cs.people")], rows, [w * .7, w * .3], st, right=(1,)))
        story.append(L.p(t("cs.reached", count=d.reached), st["body"]))
        story.append(L.Spacer(1, 6))
        story.append(_people_chart(d, w))
    else:
        story.append(none)

    story.append(L.p(t("cs.events"), st["section"]))
    if d.events:
        rows = [[fmt(e["date"]), e["place"], e["kind"], e["title"], str(e["people"])] for e in d.events]
        story.append(L.grid_table([t("cs.date"), t("cs.place"), t("cs.kind"), t("cs.name"), t("cs.people")], rows,
                                  [w * .12, w * .2, w * .16, w * .42, w * .1], st, right=(4,)))
    else:
        story.append(none)
    if d.figures:
        story.append(L.p(i18n.t("figures.heading", lang), st["section"]))
        story.append(L.p(i18n.t("figures.note", lang), st["small"]))
        story += [L.p("• " + x, st["bullet"]) for x in d.figures]

    story.append(L.p(t("cs.materials"), st["section"]))
    if d.materials or d.media:
        rows = [[m["kind"] + (f" ({m['size']})" if m["size"] else ""), str(m["quantity"]), m["project"]]
                for m in d.materials]
        if rows:
            story.append(L.grid_table([t("cs.material"), t("cs.quantity"), t("cs.project")], rows,
                                      [w * .35, w * .15, w * .5], st, right=(1,)))
            story.append(L.Spacer(1, 6))
        rows = [[m["outlet"], m["level"], m["project"]] for m in d.media]
        if rows:
            story.append(L.grid_table([t("cs.outlet"), t("cs.level"), t("cs.project")], rows,
                                      [w * .35, w * .15, w * .5], st))
    else:
        story.append(none)

    story += R.council_prep_story(d.cycle, lang, st, w)

    story.append(L.p(t("cs.indicators"), st["section"]))
    if d.indicators:
        rows = [[i["indicator"], i["unit"], str(i["year"]), i["target"]] for i in d.indicators]
        story.append(L.grid_table([t("cs.indicator"), t("cs.unit"), t("cs.year"), t("cs.target")], rows,
                                  [w * .55, w * .15, w * .1, w * .2], st, right=(2, 3)))
    else:
        story.append(none)
    story += R.council_results_story(d.cycle, lang, st, w)
    story += hearings_story(d.hearings, lang, st, w)
    L.build_pdf(out, story, lang=lang, title=t("cs.title"), header=", ".join(d.municipalities) + " — " +
                t("cs.title"), digest=digest)


def _xlsx(d: SummaryData, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = X.workbook(t("cs.title"))
    a = d.applications
    X.sheet(wb, t("cs.sheet_summary"), [t("cs.municipality"), t("cs.received"), t("cs.eligible"), t("cs.funded"),
                                       t("cs.requested"), t("cs.people")],
           [[", ".join(d.municipalities), a["received"], a["eligible"], a["funded"], to_decimal_som(a["requested"]),
             d.reached]], money_cols=(4,))
    X.sheet(wb, t("cs.competitions")[3:], [t("cs.municipality"), t("cs.kind"), t("cs.name"), t("cs.status"),
                                          t("cs.allocation")],
           [[c["municipality"], c["kind"], c["title"], c["status"], to_decimal_som(c["allocation"])]
            for c in d.competitions], money_cols=(4,))
    if d.prizes:
        X.sheet(wb, t("cs.prizes"), [t("cs.name"), t("cs.participant"), t("cs.prizes_count"), t("cs.prizes_amount")],
                _prizes.xlsx_rows(d.prizes), money_cols=(3,))
    X.sheet(wb, t("cs.money")[3:], [t("cs.source"), t("cs.planned"), t("cs.spent")],
           [[word("funding_source", s, lang), to_decimal_som(v["planned"]), to_decimal_som(v["spent"])]
            for s, v in d.money.items()], money_cols=(1, 2))
    X.sheet(wb, t("cs.participants")[3:], [t("cs.category"), t("cs.people")],
           [[r["category"], r["count"]] for r in d.participants])
    X.sheet(wb, t("cs.events")[3:], [t("cs.date"), t("cs.place"), t("cs.kind"), t("cs.name"), t("cs.project"),
                                    t("cs.people")],
           [[e["date"], e["place"], e["kind"], e["title"], e["project"], e["people"]] for e in d.events],
           date_cols=(0,))
    X.sheet(wb, t("cs.materials")[3:], [t("cs.material"), t("cs.quantity"), t("cs.project")],
           [[m["kind"] + (f" ({m['size']})" if m["size"] else ""), m["quantity"], m["project"]]
            for m in d.materials] + [[m["outlet"] + " — " + m["level"], None, m["project"]] for m in d.media])
    X.sheet(wb, t("cs.indicators")[3:], [t("cs.indicator"), t("cs.unit"), t("cs.year"), t("cs.target")],
           [[i["indicator"], i["unit"], i["year"], i["target"]] for i in d.indicators])
    X.sheet(wb, t("cs.by_channel"), [t("cs.channel"), t("cs.planned"), t("cs.spent")],
           [[word("funding_channel", ch, lang), to_decimal_som(v["planned"]), to_decimal_som(v["spent"])]
            for ch, v in d.channels.items()], money_cols=(1, 2))
    if d.figures:
        X.sheet(wb, i18n.t("figures.heading", lang), [i18n.t("figures.heading", lang)], [[x] for x in d.figures])
    R.council_sheets(wb, d.cycle, lang)
    hearings_sheet(wb, d.hearings, lang)
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    from app.reports._errors import ReportInputError

    if params.date_to < params.date_from:
        raise ReportInputError("cs.bad_period")
    lang = params.lang or "ky"
    progress(0, 3)
    d = load(db, params.date_from, params.date_to, lang)
    progress(1, 3)
    if cancel():
        raise ReportInputError("report.cancelled")
    if fmt == "xlsx":
        _xlsx(d, lang, out)
    else:
        _pdf(d, lang, out, L.data_hash(d.as_plain()))
    progress(3, 3)


REPORT = dict(name="council-summary", title=TITLE, needs=("period",), formats=("pdf", "xlsx"), build=build)
