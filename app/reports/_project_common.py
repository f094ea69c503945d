"""What the three project reports share: loading the project, the words of
their headings, the agreement block, the budget and participant tables, and
XLSX sheets with real numbers, a frozen header and fitting widths."""
from __future__ import annotations

from app import i18n
from app.domain import figures as _figures  # noqa: F401  (registers the figures-to-check texts)
from app.domain.amount_words import amount_in_words
from app.domain.money import format_amount, group_thousands
from app.domain.cycle import parents_first
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
    "prj.agreement": {"ky": "Гранттык келишим", "ru": "Грантовое соглашение", "en": "Grant agreement"},
    "prj.agreement_value": {"ky": "№ {number}, {date}", "ru": "№ {number} от {date}", "en": "No. {number} of {date}"},
    "prj.customer": {"ky": "Заказчы", "ru": "Заказчик", "en": "Customer"},
    "prj.executor": {"ky": "Аткаруучу", "ru": "Исполнитель", "en": "Executor"},
    "prj.award": {"ky": "Грант суммасы", "ru": "Сумма гранта", "en": "Grant awarded"},
    "prj.period": {"ky": "Мөөнөтү", "ru": "Сроки", "en": "Period"},
    "prj.status": {"ky": "Абалы", "ru": "Статус", "en": "Status"},
    "prj.goal": {"ky": "Максаты", "ru": "Цель", "en": "Goal"},
    "prj.som": {"ky": "{amount} сом", "ru": "{amount} сом", "en": "{amount} som"},
    "prj.no": {"ky": "№", "ru": "№", "en": "No."},
    "prj.line": {"ky": "Бюджеттин беренеси", "ru": "Статья бюджета", "en": "Budget line"},
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
    "prj.basis": {"ky": "Негизи", "ru": "Основание", "en": "Basis"},
    "prj.basis_value": {"ky": "{kind}: {basis}", "ru": "{kind}: {basis}", "en": "{kind}: {basis}"},
    "prj.basis_dated": {"ky": "{kind}: {basis}, {date}", "ru": "{kind}: {basis} от {date}",
                        "en": "{kind}: {basis} of {date}"},
    "prj.award_excess": {"ky": "Грант суммасы чечимден же максимумдан ашканынын себеби",
                         "ru": "Причина превышения решения или максимума",
                         "en": "Why the award is above the decision or maximum"},
    "prj.award_excess_value": {
        "ky": "{limits}. Себеби: {reason}", "ru": "{limits}. Причина: {reason}", "en": "{limits}. Reason: {reason}"},
    "prj.limit_decision": {"ky": "комиссия чечкен сумма {amount} сом", "ru": "сумма по решению комиссии {amount} сом",
                           "en": "the commission decided {amount} som"},
    "prj.limit_max": {"ky": "гранттын максималдуу суммасы {amount} сом", "ru": "максимальная сумма гранта {amount} сом",
                      "en": "the maximum grant is {amount} som"},
    "prj.qty_price": {"ky": "{quantity} × {price} сом = {computed} сом", "ru": "{quantity} × {price} сом = {computed} сом",
                      "en": "{quantity} × {price} som = {computed} som"},
    "prj.channel": {"ky": "Каржылоо жолу", "ru": "Канал финансирования", "en": "Funding channel"},
    "prj.by_channel": {"ky": "Каржылоо булагы жана жолу боюнча", "ru": "По источникам и каналам финансирования",
                       "en": "By funding source and channel"},
    "prj.channel_total": {"ky": "Бардыгы: {channel}", "ru": "Итого: {channel}", "en": "Total: {channel}"},
    "prj.recipients": {"ky": "Гранттын алуучулары", "ru": "Получатели гранта", "en": "Recipients of the grant"},
    "prj.recipient": {"ky": "Алуучу", "ru": "Получатель", "en": "Recipient"},
    "prj.amount": {"ky": "Сумма, сом", "ru": "Сумма, сом", "en": "Amount, som"},
    "prj.recipient_note": {"ky": "Эскертүү", "ru": "Примечание", "en": "Note"},
    "prj.check_mark": {"ky": "текшериңиз", "ru": "проверьте", "en": "check"},
})


def load(db, project_id: str) -> ProjectData:
    with db.reader() as s:
        d = load_project(s, project_id)
    if d is None:
        raise ReportInputError("prj.missing")
    return d


def money(tyiyn: int) -> str:
    return format_amount(tyiyn)


def basis_text(d: ProjectData, lang: str) -> str:
    """"Direct grant (no competition): resolution No. 5 of 01.03.2022"."""
    kind = word("direct_kind", d.direct_kind, lang)
    if d.legal_basis_date:
        return i18n.t("prj.basis_dated", lang, kind=kind, basis=d.legal_basis, date=fmt_date(d.legal_basis_date))
    return i18n.t("prj.basis_value", lang, kind=kind, basis=d.legal_basis)


def excess_text(d: ProjectData, lang: str) -> str:
    """The limits the award exceeds and the reason written for it; "" when
    the award is within them."""
    over = d.award_above()
    if not over:
        return ""
    limits = "; ".join(i18n.t("prj.limit_decision" if k == "decision" else "prj.limit_max", lang,
                              amount=money(v)) for k, v in over)
    return i18n.t("prj.award_excess_value", lang, limits=limits, reason=d.award_excess_reason or "—")


def agreement_rows(d: ProjectData, lang: str) -> list[tuple[str, str]]:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    if d.competition_id:
        rows = [(t("prj.competition"), f"{d.competition_title} ({word('competition_kind', d.competition_kind, lang)}"
                                      f", {d.competition_year})")]
    else:
        rows = [(t("prj.basis"), basis_text(d, lang))]
    if d.agreement_number or d.agreement_date:
        rows.append((t("prj.agreement"), t("prj.agreement_value", number=d.agreement_number or "—",
                                          date=fmt_date(d.agreement_date) or "—")))
    rows += [(t("prj.customer"), d.customer or "—"), (t("prj.executor"), d.executor or "—"),
             (t("prj.award"), t("prj.som", amount=money(d.award)) + f" ({amount_in_words(d.award, lang)})"),
             *([(t("prj.award_excess"), excess_text(d, lang))] if d.award_above() else []),
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
                text = ln.category + (f"\n{qty_price_text(ln, lang)}" if ln.computed is not None else "") \
                    + (f" [{t('prj.check_mark')}]" if ln.mismatch else "") \
                    + (f"\n{t('prj.valuation', note=ln.valuation_note)}" if ln.valuation_note else "")
                rows.append([str(n), text, word("funding_source", ln.source, lang), money(ln.planned),
                             money(ln.actual), money(ln.actual - ln.planned), percent(ln.actual, ln.planned)])
        rows.append(["", t("prj.subtotal", source=word("funding_source", total.source, lang)) if with_lines
                     else word("funding_source", total.source, lang), "", money(total.planned), money(total.actual),
                     money(total.actual - total.planned), percent(total.actual, total.planned)])
    rows.append(["", t("prj.total"), "", money(b.planned), money(b.actual), money(b.actual - b.planned),
                 percent(b.actual, b.planned)])
    return rows, 1


def qty_price_text(ln, lang: str) -> str:
    """"15 certificates × 300,00 som = 4 500,00 som"."""
    from app.domain.figures import quantity_text

    return i18n.t("prj.qty_price", lang, quantity=quantity_text(ln), price=money(ln.unit_price or 0),
                  computed=money(ln.computed or 0))


def channel_rows(d: ProjectData, lang: str) -> tuple[list[list[str]], int]:
    """Planned and actual by source and channel, a subtotal per channel and
    the total; returns the rows and the number of bold rows at the end."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    b = d.budget
    rows = [[word("funding_source", x.source, lang), word("funding_channel", x.channel, lang), money(x.planned),
             money(x.actual)] for x in b.by_source_channel]
    totals = [x for x in b.by_channel if x.planned or x.actual]
    for x in totals:
        rows.append([t("prj.channel_total", channel=word("funding_channel", x.channel, lang)), "", money(x.planned),
                     money(x.actual)])
    rows.append([t("prj.total"), "", money(b.planned), money(b.actual)])
    return rows, len(totals) + 1


def recipients_rows(d: ProjectData, lang: str) -> list[list[str]]:
    rows = [[str(i), r.name, money(r.amount), r.note] for i, r in enumerate(d.recipients, start=1)]
    rows.append(["", i18n.t("prj.total", lang), money(d.recipients_total), ""])
    return rows


def figure_notes(d: ProjectData, lang: str, kinds: tuple[str, ...] = ("event", "budget_line")) -> list[str]:
    """The project's figures to check, in words, of the kinds a report shows."""
    return [c.text(lang) for c in d.figure_checks() if c.kind in kinds]


def figure_section(notes: list[str], lang: str, st: dict) -> list:
    """A "figures to check" heading, the note and one bullet each; [] when none."""
    from app.reports import _layout as L

    if not notes:
        return []
    return [L.p(i18n.t("figures.heading", lang), st["section"]), L.p(i18n.t("figures.note", lang), st["small"])] \
        + [L.p("• " + n, st["bullet"]) for n in notes]


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
    # each category followed by its own parts (fathers under men, not under children)
    return [c for c in parents_first(d.categories) if c.id in used or totals.get(c.id)]


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
            "basis": [d.direct_kind, d.legal_basis, str(d.legal_basis_date)], "excess": d.award_excess_reason,
            "lines": [(ln.id, ln.planned, ln.actual, str(ln.quantity), ln.unit, ln.unit_price, ln.paid_through)
                      for ln in d.budget.lines],
            "expenses": [(e.id, e.amount) for e in d.expenses],
            "events": [(e.id, str(e.held_on), sorted(e.counts.items()), e.stated_total) for e in d.events],
            "recipients": [(r.id, r.name, r.amount) for r in d.recipients],
            "materials": [(m.id, m.quantity) for m in d.materials], "media": [m.id for m in d.media]}
