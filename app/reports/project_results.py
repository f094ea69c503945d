"""Results of a project against its plan: participants by category planned
and reached, cost per participant (in all and from the local budget), the
co-financing share by source, and the satisfaction record. PDF and XLSX, in
Kyrgyz or Russian."""
from __future__ import annotations

from pathlib import Path

from app import i18n
from app.domain import cycle as CY
from app.reports import _layout as L
from app.reports import _project_common as C
from app.reports import _results as R
from app.reports import _xlsx as X
from app.store.cycle_queries import load_cycle, load_results
from app.store.project_queries import load_categories

i18n.register({
    "pr.report_title": {"ky": "Долбоордун натыйжалары пландын алдында", "ru": "Результаты проекта в сравнении с планом",
                        "en": "Project results against plan"},
    "pr.heading": {"ky": "ДОЛБООРДУН НАТЫЙЖАЛАРЫ ПЛАНДЫН АЛДЫНДА", "ru": "РЕЗУЛЬТАТЫ ПРОЕКТА В СРАВНЕНИИ С ПЛАНОМ",
                   "en": "PROJECT RESULTS AGAINST PLAN"},
    "pr.surveys": {"ky": "Сурамжылоолор", "ru": "Опросы", "en": "Surveys"},
    "pr.date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "pr.method": {"ky": "Ыкмасы", "ru": "Способ", "en": "Method"},
    "pr.asked": {"ky": "Суралды", "ru": "Опрошено", "en": "Asked"},
    "pr.satisfied": {"ky": "Канааттанды", "ru": "Удовлетворены", "en": "Satisfied"},
    "pr.note": {"ky": "Эскертүү", "ru": "Примечание", "en": "Note"},
})

TITLE = {lang: i18n.t("pr.report_title", lang) for lang in i18n.LANGUAGES}


def load(db, project_id: str):
    d = C.load(db, project_id)
    with db.reader() as s:
        results = load_results(s, [project_id])[project_id]
        cycle = load_cycle(s, project_id)
        categories = load_categories(s)
    return d, results, cycle, categories


def _pdf(d, r: CY.Results, cycle: CY.CycleData, categories, lang: str, out: Path) -> None:
    st = L.styles(10)
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story: list = [L.p(d.municipality, st["top"]), L.p(t("pr.heading"), st["title"]),
                   L.p(f"«{d.title}»", st["subtitle"]), L.terms_table(C.agreement_rows(d, lang), st, w)]
    story += R.story(r, categories, lang, st, w)
    if cycle.surveys:
        rows = [[L.fmt_date(v.surveyed_on), v.method, str(v.asked), str(v.satisfied),
                 CY.pct_text(CY.share_pct(v.satisfied, v.asked)), v.note] for v in cycle.surveys]
        story.append(L.KeepTogether([L.p(t("pr.surveys"), st["section"]), L.grid_table(
            [t("pr.date"), t("pr.method"), t("pr.asked"), t("pr.satisfied"), "%", t("pr.note")], rows,
            [w * f for f in (0.13, 0.3, 0.11, 0.14, 0.1, 0.22)], st, right=(2, 3, 4))]))
    L.build_pdf(out, R.keep_headings(story), lang=lang, title=f"{TITLE[lang]}: {d.title}",
                header=f"{d.municipality} — {TITLE[lang]}",
                digest=L.data_hash({"project": C.plain(d), "results": CY.results_plain(r)}))


def _xlsx(d, r: CY.Results, cycle: CY.CycleData, categories, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = X.workbook(f"{TITLE[lang]}: {d.title}")
    X.sheet(wb, t("prj.project"), [t("prj.project"), d.title], [[k, v] for k, v in C.agreement_rows(d, lang)])
    R.xlsx_sheets(wb, r, categories, lang)
    X.sheet(wb, t("pr.surveys"), [t("pr.date"), t("pr.method"), t("pr.asked"), t("pr.satisfied"), t("pr.note")],
            [[v.surveyed_on, v.method, v.asked, v.satisfied, v.note] for v in cycle.surveys], date_cols=(0,))
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    d, r, cycle, categories = load(db, params.project)
    progress(1, 2)
    (_xlsx if fmt == "xlsx" else _pdf)(d, r, cycle, categories, lang, out)
    progress(2, 2)


REPORT = dict(name="project-results", title=TITLE, needs=("project",), formats=("pdf", "xlsx"), build=build)
