"""What the three project reports share: loading the project, the words of
their headings, the agreement block, the budget and participant tables, and
XLSX sheets with real numbers, a frozen header and fitting widths."""
from __future__ import annotations

from app import i18n
from app.domain.amount_words import amount_in_words
from app.domain.money import format_amount, group_thousands
from app.domain.projects import ProjectData
from app.reports._charts import plan_actual_bars
from app.reports._errors import ReportInputError
from app.reports._layout import fmt_date
from app.store.project_queries import load_project
from app.terms import word

i18n.register({
    "prj.missing": {"ky": "Мындай долбоор жок.", "ru": "Такого проекта нет.", "en": "There is no such project."},
    "prj.project": {"ky": "Долбоор", "ru": "Проект", "en": "Project"},
    "prj.competition": {"ky": "Сынак", "ru": "Конкурс", "en": "Competition"},
    "prj.agreement": {"ky": "Грант келишими", "ru": "Грантовое соглашение", "en": "Grant agreement"},
    "prj.agreement_value": {"ky": "№ {number}, {date}", "ru": "№ {number} от {date}", "en": "No. {number} of {date}"},
    "prj.customer": {"ky": "Заказчы", "ru": "Заказчик", "en": "Customer"},
    "prj.executor": {"ky": "Аткаруучу", "ru": "Исполнитель", "en": "Executor"},
    "prj.award": {"ky": "Грант суммасы", "ru": "Сумма гранта", "en": "Grant awarded"},
    "prj.period": {"ky": "Мөөнөтү", "ru": "Сроки", "en": "Period"},
    "prj.status": {"ky": "Абалы", "ru": "Статус", "en": "Status"},
    "prj.goal": {"ky": "Максаты", "ru": "Цель", "en": "Goal"},
    "prj.som": {"ky": "{amount} сом", "ru": "{amount} сом", "en": "{amount} som"},
    "prj.no": {"ky": "№", "ru": "№", "en": "No."},
    "prj.line": {"ky": "Чыгымдын беренеси", "ru": "Статья расходов", "en": "Budget line"},
    "prj.source": {"ky": "Каржылоо булагы", "ru": "Источник финансирования", "en": "Funding source"},
    "prj.planned": {"ky": "Пландалган, сом", "ru": "План, сом", "en": "Planned, som"},
    "prj.actual": {"ky": "Иш жүзүндө, сом", "ru": "Факт, сом", "en": "Actual, som"},
    "prj.difference": {"ky": "Айырма, сом", "ru": "Отклонение, сом", "en": "Difference, som"},
    "prj.percent": {"ky": "Аткарылышы, %", "ru": "Исполнение, %", "en": "Spent, %"},
    "prj.total": {"ky": "Бардыгы", "ru": "Итого", "en": "Total"},
    "prj.subtotal": {"ky": "Бардыгы: {source}", "ru": "Итого: {source}", "en": "Total: {source}"},
    "prj.date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "prj.place": {"ky": "Өткөн жери", "ru": "Место", "en": "Place"},
    "prj.kind": {"ky": "Түрү", "ru": "Вид", "en": "Kind"},
    "prj.event": {"ky": "Иш-чара", "ru": "Мероприятие", "en": "Event"},
    "prj.people": {"ky": "Катышуучулар", "ru": "Участники", "en": "Participants"},
    "prj.category": {"ky": "Катышуучулардын категориясы", "ru": "Категория участников", "en": "Participant category"},
    "prj.count": {"ky": "Саны", "ru": "Число", "en": "Number"},
    "prj.of_whom": {"ky": "анын ичинде", "ru": "в том числе", "en": "of whom"},
    "prj.village": {"ky": "Айыл", "ru": "Село", "en": "Village"},
    "prj.none": {"ky": "Жок.", "ru": "Нет.", "en": "None."},
    "prj.planned_event": {"ky": "пландалган", "ru": "запланировано", "en": "planned"},
    "prj.valuation": {"ky": "Баалоо: {note}", "ru": "Оценка: {note}", "en": "Valuation: {note}"},
})


def load(db, project_id: str) -> ProjectData:
    with db.reader() as s:
        d = load_project(s, project_id)
    if d is None:
        raise ReportInputError("prj.missing")
    return d


def money(tyiyn: int) -> str:
    return format_amount(tyiyn)


def agreement_rows(d: ProjectData, lang: str) -> list[tuple[str, str]]:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    rows = [(t("prj.competition"), f"{d.competition_title} ({word('competition_kind', d.competition_kind, lang)}, "
                                  f"{d.competition_year})")]
    if d.agreement_number or d.agreement_date:
        rows.append((t("prj.agreement"), t("prj.agreement_value", number=d.agreement_number or "—",
                                          date=fmt_date(d.agreement_date) or "—")))
    rows += [(t("prj.customer"), d.customer or "—"), (t("prj.executor"), d.executor or "—"),
             (t("prj.award"), t("prj.som", amount=money(d.award)) + f" ({amount_in_words(d.award, lang)})"),
             (t("prj.period"), f"{fmt_date(d.start_on)} – {fmt_date(d.end_on)}"),
             (t("prj.status"), word("project_status", d.status, lang) + (f": {d.status_reason}"
                                                                         if d.status_reason else ""))]
    return rows


def percent(actual: int, planned: int) -> str:
    if not planned:
        return "—"
    return f"{actual * 100 / planned:.1f}".replace(".", ",")


def budget_rows(d: ProjectData, lang: str, with_lines: bool = True) -> tuple[list[list[str]], int]:
    """Lines grouped by source with a subtotal each, and the grand total;
    returns the rows and the number of bold (total) rows at the end."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    b = d.budget
    rows: list[list[str]] = []
    n = 0
    for total in b.by_source:
        lines = [ln for ln in b.lines if ln.source == total.source]
        if not lines and not total.actual:
            continue
        if with_lines:
            for ln in lines:
                n += 1
                text = ln.category + (f"\n{t('prj.valuation', note=ln.valuation_note)}" if ln.valuation_note else "")
                rows.append([str(n), text, word("funding_source", ln.source, lang), money(ln.planned),
                             money(ln.actual), money(ln.actual - ln.planned), percent(ln.actual, ln.planned)])
        rows.append(["", t("prj.subtotal", source=word("funding_source", total.source, lang)) if with_lines
                     else word("funding_source", total.source, lang), "", money(total.planned), money(total.actual),
                     money(total.actual - total.planned), percent(total.actual, total.planned)])
    rows.append(["", t("prj.total"), "", money(b.planned), money(b.actual), money(b.actual - b.planned),
                 percent(b.actual, b.planned)])
    return rows, 1


def budget_chart(d: ProjectData, lang: str, width: float):
    """Planned and actual by funding source, as bars (sources with any money)."""
    sources = [t for t in d.budget.by_source if t.planned or t.actual]
    return plan_actual_bars([word("funding_source", s.source, lang) for s in sources],
                            [s.planned for s in sources], [s.actual for s in sources],
                            (i18n.t("prj.planned", lang), i18n.t("prj.actual", lang)), width)


def used_categories(d: ProjectData) -> list:
    """The categories with any count in the project, parents first."""
    used = set()
    for e in d.events:
        used |= set(e.counts)
    totals = d.participant_totals(list(d.events))
    return [c for c in d.categories if c.id in used or totals.get(c.id)]


def category_label(c, d: ProjectData, lang: str) -> str:
    """"of whom girls" for a part of another category."""
    if c.parent_id and not c.additive:
        return f"{i18n.t('prj.of_whom', lang)}: {c.name(lang)}"
    return c.name(lang)


def totals_rows(d: ProjectData, lang: str) -> list[list[str]]:
    totals = d.participant_totals()
    rows = []
    for c in used_categories(d):
        value = totals.get(c.id)
        if value is None:
            continue
        label = c.name(lang) if not c.parent_id else "\u00a0" * 4 + category_label(c, d, lang)
        rows.append([label, group_thousands(value)])
    rows.append([i18n.t("prj.total", lang), group_thousands(d.reached())])
    return rows


def plain(d: ProjectData) -> dict:
    """The data a report was built from, for the footer's hash."""
    return {"project": d.id, "title": d.title, "award": d.award, "status": d.status,
            "lines": [(ln.id, ln.planned, ln.actual) for ln in d.budget.lines],
            "expenses": [(e.id, e.amount) for e in d.expenses],
            "events": [(e.id, str(e.held_on), sorted(e.counts.items())) for e in d.events],
            "materials": [(m.id, m.quantity) for m in d.materials], "media": [m.id for m in d.media]}
