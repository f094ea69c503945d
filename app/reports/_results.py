"""Results against plan as printed tables, shared by the project results,
the competition results, the acceptance act and the council summary:
planned and actual participants by category, cost per participant (in all
and from the local budget), the co-financing share by source, satisfaction,
and the warnings, never silently dropped."""
from __future__ import annotations

from sqlalchemy import select

from app import i18n
from app.domain import cycle as CY
from app.domain.participants import grand_total
from app.domain.money import format_amount, group_thousands
from app.domain.projects import CategoryInfo
from app.reports import _layout as L
from app.reports import _xlsx as X
from app.store import models as M
from app.store.cycle_queries import load_results
from app.store.project_queries import load_categories, load_events
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
    "res.indicator": {"ky": "Индикатор", "ru": "Индикатор", "en": "Indicator"},
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


def keep_headings(story: list) -> list:
    """A section heading stays on the page of what follows it."""
    out: list = []
    for item in story:
        if out and getattr(out[-1], "style", None) is not None and out[-1].style.name == "section":
            out[-1] = L.KeepTogether([out[-1], item])
        else:
            out.append(item)
    return out


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
    for c in CY.parents_first(categories):
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


def by_project_sheet(wb, rows, lang: str) -> None:
    """One line per project as numbers: planned and reached, cost, per person, shares."""
    pct = lambda v: float(v) if v is not None else None  # noqa: E731
    X.sheet(wb, i18n.t("res.projects", lang), by_project_header(lang)[:1] + [
        i18n.t("res.planned", lang), i18n.t("res.actual", lang)] + by_project_header(lang)[2:],
        [[title, r.planned_people, r.reached, r.actual_cost, r.cost_per_participant, pct(r.cofinancing_share),
          pct(r.satisfied_share)] for _p, title, r in rows], money_cols=(3, 4))


def xlsx_sheets(wb, r: CY.Results, categories, lang: str) -> None:
    """The same figures as real numbers: participants, cost, sources."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    rows = []
    for c in CY.parents_first(categories):
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


# --------------------------------------------------------------------------
# The council summary's part: results of the period's projects, and the
# competitions' own preparation events and media


i18n.register({
    "res.cs_section": {"ky": "8. Натыйжалар пландын алдында", "ru": "8. Результаты в сравнении с планом",
                       "en": "8. Results against plan"},
    "res.cs_prep": {"ky": "Сынактардын өз иш-чаралары жана жарыялоолору (жогорудагы катышуучуларга кошулган жок)",
                    "ru": "Собственные мероприятия и публикации конкурсов (в участников выше не вошли)",
                    "en": "The competitions' own events and publications (not in the participants above)"},
    "res.cs_competition": {"ky": "Сынак", "ru": "Конкурс", "en": "Competition"},
})


def council_load(s, project_ids: list[str], date_from, date_to, lang: str) -> dict:
    """What the council summary adds: the results of its projects (summed and
    by project) and the competitions' own events and media in the period."""
    results = load_results(s, project_ids)
    titles = dict(s.execute(select(M.Project.id, M.Project.title)).all())
    comp_titles = dict(s.execute(select(M.Competition.id, M.Competition.title)
                                 .where(M.Competition.deleted_at.is_(None))).all())
    categories = load_categories(s)
    rules = {c.id: c.rule for c in categories}
    events = [{"date": e.held_on, "competition": comp_titles.get(owner, ""), "kind": word("event_kind", e.kind, lang),
               "title": e.title, "people": grand_total(e.counts, rules)}
              for owner, e in load_events(s, set(rules), competition_ids=list(comp_titles), date_from=date_from,
                                          date_to=date_to, held_only=True)]
    MC = M.MediaCoverage
    media = [{"date": m.published_on, "competition": comp_titles.get(m.competition_id, ""), "outlet": m.outlet,
              "level": word("media_level", m.level, lang), "note": m.note or m.link or ""}
             for m in s.scalars(select(MC).where(MC.deleted_at.is_(None), MC.competition_id.in_(list(comp_titles)),
                                                 MC.published_on.between(date_from, date_to))
                                .order_by(MC.published_on))]
    rows = [(pid, titles.get(pid, ""), results[pid]) for pid in project_ids if pid in results]
    return {"total": CY.combine(r for _p, _t, r in rows), "rows": rows, "categories": categories,
            "events": events, "media": media}


def council_plain(extra: dict) -> dict:
    return {"results": [(p, CY.results_plain(r)) for p, _t, r in extra["rows"]],
            "prep_events": extra["events"], "prep_media": extra["media"]}


def council_prep_story(extra: dict, lang: str, st: dict, w: float) -> list:
    """After the events and media: the competitions' own, in one table."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    if not extra["events"] and not extra["media"]:
        return []
    rows = [[L.fmt_date(e["date"]), e["competition"], e["kind"], e["title"], str(e["people"])] for e in extra["events"]]
    rows += [[L.fmt_date(m["date"]), m["competition"], m["level"], f"{m['outlet']}: {m['note']}".rstrip(": "), ""]
             for m in extra["media"]]
    return [L.p(t("res.cs_prep"), st["section"]),
            L.grid_table([i18n.t("cs.date", lang), t("res.cs_competition"), i18n.t("cs.kind", lang),
                          i18n.t("cs.name", lang), i18n.t("cs.people", lang)], rows,
                         [w * .12, w * .18, w * .2, w * .38, w * .12], st, right=(4,))]


def council_results_story(extra: dict, lang: str, st: dict, w: float) -> list:
    out = [L.p(i18n.t("res.cs_section", lang), st["section"])]
    if not extra["rows"]:
        return out + [L.p(i18n.t("cs.none", lang), st["body"])]
    out += story(extra["total"], extra["categories"], lang, st, w, numbered="8.")
    out.append(L.p(i18n.t("res.projects", lang), st["section"]))
    out.append(L.grid_table(by_project_header(lang), by_project_rows(extra["rows"], lang),
                            [w * f for f in (0.19, 0.14, 0.14, 0.13, 0.21, 0.19)], st, right=(1, 2, 3, 4, 5)))
    return out


def council_sheets(wb, extra: dict, lang: str) -> None:
    if extra["rows"]:
        xlsx_sheets(wb, extra["total"], extra["categories"], lang)
        by_project_sheet(wb, extra["rows"], lang)
    if extra["events"] or extra["media"]:
        X.sheet(wb, i18n.t("res.cs_prep", lang), [i18n.t("cs.date", lang), i18n.t("res.cs_competition", lang),
                                                  i18n.t("cs.kind", lang), i18n.t("cs.name", lang),
                                                  i18n.t("cs.people", lang)],
                [[e["date"], e["competition"], e["kind"], e["title"], e["people"]] for e in extra["events"]]
                + [[m["date"], m["competition"], m["level"], f"{m['outlet']}: {m['note']}", None]
                   for m in extra["media"]], date_cols=(0,))
