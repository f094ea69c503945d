"""Results against plan as printed tables, shared by the project results,
the competition results, the acceptance act and the council summary:
planned and actual participants by category, cost per participant (in all
and from the local budget), the co-financing share by source, satisfaction,
and the warnings, never silently dropped."""
from __future__ import annotations

from app import i18n
from app.domain import cycle as CY
from app.domain.money import format_amount, group_thousands
from app.domain.projects import CategoryInfo
from app.reports import _layout as L
from app.reports import _xlsx as X
from app.terms import word

i18n.register({
    "res.participants": {"ky": "Катышуучулар: план жана иш жүзүндө", "ru": "Участники: план и факт",
                         "en": "Participants: planned and actual"},
    "res.category": {"ky": "Категория", "ru": "Категория", "en": "Category"},
    "res.planned": {"ky": "План", "ru": "План", "en": "Planned"},
    "res.actual": {"ky": "Иш жүзүндө", "ru": "Факт", "en": "Actual"},
    "res.of_plan": {"ky": "Пландан, %", "ru": "От плана, %", "en": "Of plan, %"},
    "res.total_people": {"ky": "Бардык катышуучулар (кайталанбай)", "ru": "Всего участников (без повторов)",
                         "en": "All participants (each once)"},
    "res.of_whom": {"ky": "анын ичинде", "ru": "в том числе", "en": "of whom"},
    "res.no_plan": {"ky": "Өтүнмөдө пландалган катышуучулар көрсөтүлгөн эмес.",
                    "ru": "В заявке плановые участники не указаны.",
                    "en": "The application gives no planned participants."},
    "res.events": {"ky": "Иш-чаралар: пландалган {planned}, өткөрүлгөн {held}.",
                   "ru": "Мероприятия: запланировано {planned}, проведено {held}.",
                   "en": "Events: {planned} planned, {held} held."},
    "res.cost": {"ky": "Чыгым жана бир катышуучуга кеткен чыгым", "ru": "Стоимость и стоимость на одного участника",
                 "en": "Cost and cost per participant"},
    "res.indicator": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "res.planned_som": {"ky": "План, сом", "ru": "План, сом", "en": "Planned, som"},
    "res.actual_som": {"ky": "Иш жүзүндө, сом", "ru": "Факт, сом", "en": "Actual, som"},
    "res.total_cost": {"ky": "Бардык чыгым (бардык булактар)", "ru": "Вся стоимость (все источники)",
                       "en": "Total cost (all sources)"},
    "res.local_cost": {"ky": "Анын ичинде жергиликтүү бюджеттен", "ru": "В том числе из местного бюджета",
                       "en": "Of it from the local budget"},
    "res.per_person": {"ky": "Бир катышуучуга, бардыгы", "ru": "На одного участника, всего",
                       "en": "Per participant, in all"},
    "res.per_person_local": {"ky": "Бир катышуучуга, жергиликтүү бюджеттен",
                             "ru": "На одного участника, из местного бюджета",
                             "en": "Per participant, from the local budget"},
    "res.sources": {"ky": "Каржылоо булактары жана кошумча каржылоонун үлүшү",
                    "ru": "Источники финансирования и доля софинансирования",
                    "en": "Funding sources and the co-financing share"},
    "res.source": {"ky": "Булак", "ru": "Источник", "en": "Source"},
    "res.share": {"ky": "Үлүшү, %", "ru": "Доля, %", "en": "Share, %"},
    "res.cofinancing": {"ky": "Кошумча каржылоо (жергиликтүү бюджеттен башкасы)",
                        "ru": "Софинансирование (всё, кроме местного бюджета)",
                        "en": "Co-financing (all but the local budget)"},
    "res.total": {"ky": "Бардыгы", "ru": "Итого", "en": "Total"},
    "res.required": {"ky": "Сынактын шарты: кошумча каржылоо кеминде {pct} %.",
                     "ru": "Условие конкурса: софинансирование не меньше {pct} %.",
                     "en": "The competition requires at least {pct} % co-financing."},
    "res.satisfaction": {"ky": "Канааттануу", "ru": "Удовлетворённость", "en": "Satisfaction"},
    "res.satisfied": {"ky": "Суралган {asked} адамдын {satisfied} канааттанды ({pct} %), сурамжылоо: {n}.",
                      "ru": "Из {asked} опрошенных удовлетворены {satisfied} ({pct} %), опросов: {n}.",
                      "en": "{satisfied} of {asked} asked were satisfied ({pct} %), surveys: {n}."},
    "res.asked": {"ky": "Суралгандар", "ru": "Опрошено", "en": "Asked"},
    "res.satisfied_n": {"ky": "Канааттангандар", "ru": "Удовлетворены", "en": "Satisfied"},
    "res.no_survey": {"ky": "Сурамжылоо жүргүзүлгөн эмес.", "ru": "Опрос не проводился.",
                      "en": "No survey was made."},
    "res.warnings": {"ky": "Эскертүүлөр", "ru": "Предупреждения", "en": "Warnings"},
    "res.projects": {"ky": "Долбоорлор боюнча", "ru": "По проектам", "en": "By project"},
    "res.project": {"ky": "Долбоор", "ru": "Проект", "en": "Project"},
    "res.people": {"ky": "Катышуучулар (план / иш жүзүндө)", "ru": "Участники (план / факт)",
                   "en": "Participants (planned / actual)"},
    "res.cost_short": {"ky": "Чыгым, сом", "ru": "Стоимость, сом", "en": "Cost, som"},
    "res.per_person_short": {"ky": "1 катышуучуга, сом", "ru": "На 1 участника, сом", "en": "Per participant, som"},
    "res.cofin_short": {"ky": "Кошумча каржылоо, %", "ru": "Софинансирование, %", "en": "Co-financing, %"},
    "res.satisfied_short": {"ky": "Канааттангандар, %", "ru": "Удовлетворены, %", "en": "Satisfied, %"},
})


def money(tyiyn: int | None) -> str:
    return "—" if tyiyn is None else format_amount(tyiyn)


def _count(n: int | None) -> str:
    return "—" if n is None else group_thousands(n)


def category_label(c: CategoryInfo, lang: str) -> str:
    if c.parent_id and not c.additive:
        return "\u00a0" * 4 + f"{i18n.t('res.of_whom', lang)}: {c.name(lang)}"
    return ("\u00a0" * 4 if c.parent_id else "") + c.name(lang)


def participant_rows(r: CY.Results, categories, lang: str) -> list[list[str]]:
    """Category | planned | actual | of plan %; the total row last."""
    rows = []
    for c in categories:
        planned, actual = r.planned.get(c.id), r.actual.get(c.id)
        if planned is None and actual is None:
            continue
        rows.append([category_label(c, lang), _count(planned), _count(actual if actual is not None else 0),
                     CY.pct_text(CY.share_pct(actual or 0, planned)) if planned else "—"])
    rows.append([i18n.t("res.total_people", lang), _count(r.planned_people), _count(r.reached),
                 CY.pct_text(CY.share_pct(r.reached, r.planned_people)) if r.planned_people else "—"])
    return rows


def cost_rows(r: CY.Results, lang: str) -> list[list[str]]:
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    return [[t("res.total_cost"), money(r.planned_cost), money(r.actual_cost)],
            [t("res.local_cost"), money(r.local_planned), money(r.local_actual)],
            [t("res.per_person"), money(r.planned_cost_per_participant), money(r.cost_per_participant)],
            [t("res.per_person_local"), money(r.planned_local_cost_per_participant),
             money(r.local_cost_per_participant)]]


def source_rows(r: CY.Results, lang: str) -> list[list[str]]:
    """Source | planned | actual | share of the actual total; co-financing and total last."""
    rows = [[word("funding_source", s.source, lang), money(s.planned), money(s.actual),
             CY.pct_text(CY.share_pct(s.actual, r.actual_cost))] for s in r.sources if s.planned or s.actual]
    rows.append([i18n.t("res.cofinancing", lang), money(r.cofinancing_planned), money(r.cofinancing_actual),
                 CY.pct_text(r.cofinancing_share)])
    rows.append([i18n.t("res.total", lang), money(r.planned_cost), money(r.actual_cost),
                 "100,0" if r.actual_cost else "—"])
    return rows


def satisfaction_text(r: CY.Results, lang: str) -> str:
    if not r.surveys:
        return i18n.t("res.no_survey", lang)
    return i18n.t("res.satisfied", lang, asked=group_thousands(r.asked), satisfied=group_thousands(r.satisfied),
                  pct=CY.pct_text(r.satisfied_share), n=r.surveys)


def story(r: CY.Results, categories, lang: str, st: dict, w: float, numbered: str = "") -> list:
    """The results as sections: participants, cost, sources, satisfaction,
    warnings. `numbered` prefixes the section titles ("8.1 ")."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    n = iter(range(1, 10))
    title = (lambda key: f"{numbered}{next(n)}. {t(key)}") if numbered else t  # noqa: E731
    out = [L.p(title("res.participants"), st["section"])]
    if r.projects == 1 and r.planned_people is None:
        out.append(L.p(t("res.no_plan"), st["body"]))
    out.append(L.grid_table([t("res.category"), t("res.planned"), t("res.actual"), t("res.of_plan")],
                            participant_rows(r, categories, lang), [w * .49, w * .17, w * .17, w * .17], st,
                            right=(1, 2, 3), total_rows=1))
    out.append(L.p(t("res.events", planned=r.events_planned, held=r.events_held), st["body"]))
    out.append(L.p(title("res.cost"), st["section"]))
    out.append(L.grid_table([t("res.indicator"), t("res.planned_som"), t("res.actual_som")], cost_rows(r, lang),
                            [w * .52, w * .24, w * .24], st, right=(1, 2)))
    out.append(L.p(title("res.sources"), st["section"]))
    out.append(L.grid_table([t("res.source"), t("res.planned_som"), t("res.actual_som"), t("res.share")],
                            source_rows(r, lang), [w * .43, w * .2, w * .2, w * .17], st, right=(1, 2, 3),
                            total_rows=2))
    if r.required_cofinancing_pct:
        out.append(L.p(t("res.required", pct=r.required_cofinancing_pct), st["body"]))
    out.append(L.p(title("res.satisfaction"), st["section"]))
    out.append(L.p(satisfaction_text(r, lang), st["body"]))
    warnings = r.warnings()
    if warnings:
        out.append(L.p(t("res.warnings"), st["section"]))
        out += [L.p("• " + CY.warning_text(x, lang), st["body"]) for x in warnings]
    return out


def by_project_rows(rows, lang: str) -> list[list[str]]:
    """One line per project of a competition: people, cost, per person, shares."""
    out = []
    for _pid, title, r in rows:
        out.append([title, f"{_count(r.planned_people)} / {_count(r.reached)}", money(r.actual_cost),
                    money(r.cost_per_participant), CY.pct_text(r.cofinancing_share),
                    CY.pct_text(r.satisfied_share)])
    return out


def by_project_header(lang: str) -> list[str]:
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    return [t("res.project"), t("res.people"), t("res.cost_short"), t("res.per_person_short"),
            t("res.cofin_short"), t("res.satisfied_short")]


def xlsx_sheets(wb, r: CY.Results, categories, lang: str) -> None:
    """The same figures as real numbers: participants, cost, sources."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    rows = []
    for c in categories:
        planned, actual = r.planned.get(c.id), r.actual.get(c.id)
        if planned is None and actual is None:
            continue
        rows.append([category_label(c, lang).replace("\u00a0", " ").strip(), planned, actual or 0,
                     float(CY.share_pct(actual or 0, planned)) if planned else None])
    rows.append([t("res.total_people"), r.planned_people, r.reached,
                 float(CY.share_pct(r.reached, r.planned_people)) if r.planned_people else None])
    X.sheet(wb, t("res.participants"), [t("res.category"), t("res.planned"), t("res.actual"), t("res.of_plan")],
            rows, total_rows=1)
    X.sheet(wb, t("res.cost"), [t("res.indicator"), t("res.planned_som"), t("res.actual_som")], [
        [t("res.total_cost"), r.planned_cost, r.actual_cost],
        [t("res.local_cost"), r.local_planned, r.local_actual],
        [t("res.per_person"), r.planned_cost_per_participant, r.cost_per_participant],
        [t("res.per_person_local"), r.planned_local_cost_per_participant, r.local_cost_per_participant]],
        money_cols=(1, 2))
    share = lambda part: float(CY.share_pct(part, r.actual_cost)) if r.actual_cost else None  # noqa: E731
    X.sheet(wb, t("res.sources"), [t("res.source"), t("res.planned_som"), t("res.actual_som"), t("res.share")],
            [[word("funding_source", s.source, lang), s.planned, s.actual, share(s.actual)]
             for s in r.sources if s.planned or s.actual]
            + [[t("res.cofinancing"), r.cofinancing_planned, r.cofinancing_actual, share(r.cofinancing_actual)],
               [t("res.total"), r.planned_cost, r.actual_cost, 100.0 if r.actual_cost else None]],
            money_cols=(1, 2), total_rows=2)
    X.sheet(wb, t("res.satisfaction"), [t("res.satisfaction"), t("res.asked"), t("res.satisfied_n")],
            [[satisfaction_text(r, lang), r.asked, r.satisfied]])
