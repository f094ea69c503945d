"""The year's local budget (PDF on A4, and XLSX), one section per
municipality: expenditure, the reserve fund against its limit (1 % of
expenditure without the reserve and paid services), the allocations to
local initiatives and social order with the competitions they fund, the
allocations year on year, and the decisions on the reserve fund's use.
Any broken rule is printed, never hidden."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import select

from app import i18n
from app.domain import registers as R
from app.domain.money import format_amount
from app.reports import _layout as L
from app.reports import _xlsx as X
from app.reports._errors import ReportInputError
from app.reports._layout import fmt_date
from app.store import models as M
from app.store import register_models as RM
from app.store.register_queries import resolution_label
from app.terms import word

i18n.register({
    "lbr.report_title": {"ky": "Жергиликтүү бюджет", "ru": "Местный бюджет", "en": "Local budget"},
    "lbr.heading": {"ky": "{year}-ЖЫЛДЫН ЖЕРГИЛИКТҮҮ БЮДЖЕТИ", "ru": "МЕСТНЫЙ БЮДЖЕТ НА {year} ГОД",
                    "en": "LOCAL BUDGET {year}"},
    "lbr.total": {"ky": "Жергиликтүү бюджеттин чыгашалары, сом", "ru": "Расходы местного бюджета, сом",
                  "en": "Local budget expenditure, som"},
    "lbr.paid": {"ky": "Аткаруу органынын акы төлөнүүчү кызматтары, сом", "ru": "Платные услуги исполнительного "
                 "органа, сом", "en": "Paid services of the executive, som"},
    "lbr.reserve": {"ky": "Резервдик фонд, сом", "ru": "Резервный фонд, сом", "en": "Reserve fund, som"},
    "lbr.base": {"ky": "Резервдик фонд менен акы төлөнүүчү кызматтарсыз чыгашалар, сом",
                 "ru": "Расходы без резервного фонда и платных услуг, сом",
                 "en": "Expenditure without the reserve fund and paid services, som"},
    "lbr.limit": {"ky": "Резервдик фонддун чеги (1 %), сом", "ru": "Предел резервного фонда (1 %), сом",
                  "en": "Reserve fund limit (1 %), som"},
    "lbr.within": {"ky": "Резервдик фонд чектен ашпайт.", "ru": "Резервный фонд в пределах 1 %.",
                   "en": "The reserve fund is within 1 %."},
    "lbr.approved": {"ky": "Бекиткен токтом", "ru": "Утверждён постановлением", "en": "Approved by"},
    "lbr.allocations": {"ky": "Бөлүнгөн каражаттар", "ru": "Ассигнования", "en": "Allocations"},
    "lbr.col_kind": {"ky": "Багыты", "ru": "Направление", "en": "Kind"},
    "lbr.col_title": {"ky": "Аталышы", "ru": "Название", "en": "Title"},
    "lbr.col_amount": {"ky": "Сумма, сом", "ru": "Сумма, сом", "en": "Amount, som"},
    "lbr.col_competitions": {"ky": "Каржыланган сынактар", "ru": "Финансируемые конкурсы",
                             "en": "Competitions funded"},
    "lbr.col_competitions_sum": {"ky": "Сынактарга, сом", "ru": "Конкурсам, сом", "en": "To competitions, som"},
    "lbr.no_allocations": {"ky": "Бөлүнгөн каражат жок.", "ru": "Ассигнований нет.", "en": "No allocations."},
    "lbr.yoy": {"ky": "Бөлүнгөн каражаттар жылдар боюнча", "ru": "Ассигнования по годам",
                "en": "Allocations year on year"},
    "lbr.change": {"ky": "{year}-жылга салыштырмалуу өзгөрүү", "ru": "Изменение к {year} году",
                   "en": "Change against {year}"},
    "lbr.no_budget_year": {"ky": "бюджет жок", "ru": "нет бюджета", "en": "no budget"},
    "lbr.decisions": {"ky": "Резервдик фондду пайдалануу чечимдери", "ru": "Решения об использовании резервного фонда",
                      "en": "Decisions on using the reserve fund"},
    "lbr.col_date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "lbr.col_document": {"ky": "Документ", "ru": "Документ", "en": "Document"},
    "lbr.col_purpose": {"ky": "Максаты", "ru": "Назначение", "en": "Purpose"},
    "lbr.decided": {"ky": "Бардык чечимдер: {decided} сом; фонддо калды: {left} сом.",
                    "ru": "Всего по решениям: {decided} сом; остаток фонда: {left} сом.",
                    "en": "Decided in all: {decided} som; left in the fund: {left} som."},
    "lbr.no_decisions": {"ky": "Чечимдер жок.", "ru": "Решений нет.", "en": "No decisions."},
    "lbr.warnings": {"ky": "Эскертүүлөр", "ru": "Предупреждения", "en": "Warnings"},
    "lbr.col_municipality": {"ky": "Муниципалитет", "ru": "Муниципалитет", "en": "Municipality"},
    "lbr.col_year": {"ky": "Жыл", "ru": "Год", "en": "Year"},
    "lbr.col_ok": {"ky": "Текшерүү", "ru": "Проверка", "en": "Check"},
    "lbr.none": {
        "ky": "{year}-жылдын жергиликтүү бюджети катталган эмес.",
        "ru": "Местный бюджет на {year} год не записан.",
        "en": "No local budget is recorded for {year}.",
    },
})

TITLE = {lang: i18n.t("lbr.report_title", lang) for lang in i18n.LANGUAGES}
YEARS_BACK = 2


@dataclass
class BudgetSection:
    municipality: str
    year: int
    total: int
    paid: int
    reserve: int
    base: int
    limit: int
    resolution: str
    allocations: list[dict] = field(default_factory=list)    # kind, title, amount, competitions [(title, amount)]
    decisions: list[dict] = field(default_factory=list)
    by_year: dict[int, dict[str, int] | None] = field(default_factory=dict)   # year -> kind -> amount
    problems: list[str] = field(default_factory=list)

    @property
    def decided(self) -> int:
        return sum(d["amount"] for d in self.decisions)

    def kinds(self) -> list[str]:
        present = {k for v in self.by_year.values() if v for k in v}
        return [k.value for k in R.AllocationKind if k.value in present]


def _live(model):
    return model.deleted_at.is_(None)


def load(db, year: int, lang: str) -> list[BudgetSection]:
    B, A, D, Mu = RM.LocalBudget, RM.BudgetAllocation, RM.ReserveDecision, M.Municipality
    AC, C = RM.AllocationCompetition, M.Competition
    out = []
    with db.reader() as s:
        for b, mun in s.execute(select(B, Mu.name).join(Mu, Mu.id == B.municipality_id)
                                .where(_live(B), B.year == year).order_by(Mu.name)):
            lim = R.reserve_limit(b.total_expenditure_tyiyn, b.reserve_fund_tyiyn, b.paid_services_tyiyn)
            r = s.get(RM.Resolution, b.resolution_id) if b.resolution_id else None
            sec = BudgetSection(mun, year, b.total_expenditure_tyiyn, b.paid_services_tyiyn, b.reserve_fund_tyiyn,
                                lim.base_tyiyn, lim.limit_tyiyn, resolution_label(r, lang) if r is not None else "")
            for a in s.scalars(select(A).where(A.budget_id == b.id, _live(A)).order_by(A.position, A.created_at)):
                comps = [(c.title, c.total_allocation_tyiyn) for c in s.scalars(
                    select(C).join(AC, AC.competition_id == C.id)
                    .where(AC.allocation_id == a.id, _live(AC), _live(C)).order_by(C.year, C.title))]
                sec.allocations.append({"kind": a.kind.value, "title": a.title, "amount": a.amount_tyiyn,
                                        "competitions": comps})
            sec.decisions = [{"date": d.decided_on, "document": d.document, "purpose": d.purpose,
                              "amount": d.amount_tyiyn}
                             for d in s.scalars(select(D).where(D.budget_id == b.id, _live(D))
                                                .order_by(D.decided_on, D.created_at))]
            for y in range(year - YEARS_BACK, year + 1):
                other = s.scalars(select(B).where(_live(B), B.municipality_id == b.municipality_id, B.year == y)
                                  .limit(1)).first()
                if other is None:
                    sec.by_year[y] = None
                    continue
                amounts: dict[str, int] = {}
                for a in s.scalars(select(A).where(A.budget_id == other.id, _live(A))):
                    amounts[a.kind.value] = amounts.get(a.kind.value, 0) + a.amount_tyiyn
                sec.by_year[y] = amounts
            problems = R.check_budget(b.total_expenditure_tyiyn, b.reserve_fund_tyiyn, b.paid_services_tyiyn,
                                      sum(a["amount"] for a in sec.allocations))
            problems += R.check_reserve_use(b.reserve_fund_tyiyn, sec.decided)
            for a in sec.allocations:
                problems += R.check_allocation_fit(a["title"], a["amount"], sum(x for _t, x in a["competitions"]))
            sec.problems = [p.message(lang) for p in problems]
            out.append(sec)
    if not out:
        raise ReportInputError("lbr.none", year=year)
    return out


def yoy_rows(sec: BudgetSection) -> list[tuple[str, list[R.YearFigure]]]:
    years = sorted(sec.by_year)
    rows = []
    for kind in sec.kinds():
        amounts = {y: (v.get(kind, 0) if v is not None else None) for y, v in sec.by_year.items()}
        rows.append((kind, R.year_on_year(amounts, years)))
    return rows


def _money(v: int | None) -> str:
    return "—" if v is None else format_amount(v)


def _change(f: R.YearFigure) -> str:
    if f.change_tyiyn is None:
        return "—"
    sign = "+" if f.change_tyiyn > 0 else ""
    text = sign + format_amount(f.change_tyiyn)
    return f"{text} ({f.change_percent} %)" if f.change_percent is not None else text


def _pdf(sections: list[BudgetSection], lang: str, out: Path) -> None:
    st = L.styles(10)
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story: list = []
    for n, sec in enumerate(sections):
        if n:
            story.append(L.Spacer(1, 14))
        story += [L.p(sec.municipality, st["top"]), L.p(t("lbr.heading", year=sec.year), st["title"])]
        terms = [(t("lbr.total"), format_amount(sec.total)), (t("lbr.paid"), format_amount(sec.paid)),
                 (t("lbr.reserve"), format_amount(sec.reserve)), (t("lbr.base"), format_amount(sec.base)),
                 (t("lbr.limit"), format_amount(sec.limit))]
        if sec.resolution:
            terms.append((t("lbr.approved"), sec.resolution))
        story.append(L.terms_table(terms, st, w))
        if not any("1 %" in x for x in sec.problems):
            story.append(L.p(t("lbr.within"), st["small"]))
        if sec.problems:
            story.append(L.p(t("lbr.warnings"), st["section"]))
            story += [L.p("• " + x, st["bullet"]) for x in sec.problems]
        story.append(L.p(t("lbr.allocations"), st["section"]))
        if sec.allocations:
            rows = [[word("allocation_kind", a["kind"], lang), a["title"], format_amount(a["amount"]),
                     "\n".join(f"{title} — {format_amount(x)}" for title, x in a["competitions"]),
                     format_amount(sum(x for _t, x in a["competitions"]))] for a in sec.allocations]
            story.append(L.grid_table([t("lbr.col_kind"), t("lbr.col_title"), t("lbr.col_amount"),
                                       t("lbr.col_competitions"), t("lbr.col_competitions_sum")], rows,
                                      [w * f for f in (.2, .18, .15, .32, .15)], st, right=(2, 4)))
        else:
            story.append(L.p(t("lbr.no_allocations"), st["body"]))
        rows_yoy = yoy_rows(sec)
        if rows_yoy:
            years = sorted(sec.by_year)
            story.append(L.p(t("lbr.yoy"), st["section"]))
            header = [t("lbr.col_kind")] + [str(y) + ("" if sec.by_year[y] is not None else
                                                      f" ({t('lbr.no_budget_year')})") for y in years]
            header.append(t("lbr.change", year=years[-2]))
            rows = [[word("allocation_kind", kind, lang)] + [_money(f.amount_tyiyn) for f in figs] + [_change(figs[-1])]
                    for kind, figs in rows_yoy]
            widths = [w * .25] + [w * .5 / len(years)] * len(years) + [w * .25]
            story.append(L.grid_table(header, rows, widths, st, right=tuple(range(1, len(years) + 2))))
        story.append(L.p(t("lbr.decisions"), st["section"]))
        if sec.decisions:
            rows = [[fmt_date(d["date"]), d["document"], d["purpose"], format_amount(d["amount"])]
                    for d in sec.decisions]
            story.append(L.grid_table([t("lbr.col_date"), t("lbr.col_document"), t("lbr.col_purpose"),
                                       t("lbr.col_amount")], rows, [w * f for f in (.12, .3, .4, .18)], st,
                                      right=(3,)))
        else:
            story.append(L.p(t("lbr.no_decisions"), st["body"]))
        story.append(L.p(t("lbr.decided", decided=format_amount(sec.decided),
                           left=format_amount(sec.reserve - sec.decided)), st["body"]))
    names = ", ".join(s.municipality for s in sections)
    L.build_pdf(out, story, lang=lang, title=f'{t("lbr.report_title")} {sections[0].year}',
                header=f'{names} — {t("lbr.report_title")} {sections[0].year}',
                digest=L.data_hash([asdict(s) for s in sections]))


def _xlsx(sections: list[BudgetSection], lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = X.workbook(f'{t("lbr.report_title")} {sections[0].year}')
    X.sheet(wb, t("lbr.report_title"), [t("lbr.col_municipality"), t("lbr.col_year"), t("lbr.total"), t("lbr.paid"),
                                        t("lbr.reserve"), t("lbr.base"), t("lbr.limit"), t("lbr.col_ok")],
            [[s.municipality, s.year, s.total, s.paid, s.reserve, s.base, s.limit,
              "; ".join(s.problems) or t("lbr.within")]
             for s in sections], money_cols=(2, 3, 4, 5, 6))
    X.sheet(wb, t("lbr.allocations"), [t("lbr.col_municipality"), t("lbr.col_kind"), t("lbr.col_title"),
                                       t("lbr.col_amount"), t("lbr.col_competitions"), t("lbr.col_competitions_sum")],
            [[s.municipality, word("allocation_kind", a["kind"], lang), a["title"], a["amount"],
              "; ".join(title for title, _x in a["competitions"]), sum(x for _t, x in a["competitions"])]
             for s in sections for a in s.allocations], money_cols=(3, 5))
    yoy = []
    for s in sections:
        for kind, figs in yoy_rows(s):
            for f in figs:
                yoy.append([s.municipality, word("allocation_kind", kind, lang), f.year, f.amount_tyiyn,
                            f.change_tyiyn,
                            None if f.change_percent is None else float(f.change_percent.replace(",", "."))])
    X.sheet(wb, t("lbr.yoy"), [t("lbr.col_municipality"), t("lbr.col_kind"), t("lbr.col_year"), t("lbr.col_amount"),
                               t("lbr.change", year="…"), "%"], yoy, money_cols=(3, 4))
    X.sheet(wb, t("lbr.decisions"), [t("lbr.col_municipality"), t("lbr.col_date"), t("lbr.col_document"),
                                     t("lbr.col_purpose"), t("lbr.col_amount")],
            [[s.municipality, d["date"], d["document"], d["purpose"], d["amount"]]
             for s in sections for d in s.decisions], money_cols=(4,), date_cols=(1,))
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    sections = load(db, int(str(params.year).strip()), lang)
    progress(1, 2)
    (_xlsx if fmt == "xlsx" else _pdf)(sections, lang, out)
    progress(2, 2)


REPORT = dict(name="local-budget", title=TITLE, needs=("year",), formats=("pdf", "xlsx"), build=build)
