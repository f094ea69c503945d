"""A competition's results: its projects' participants planned and
reached, cost per participant, co-financing by source and satisfaction,
summed, and one line per project. PDF and XLSX, in Kyrgyz or Russian."""
from __future__ import annotations

from pathlib import Path

from app import i18n
from app.domain import cycle as CY
from app.reports import _layout as L
from app.reports import _results as R
from app.reports import _xlsx as X
from app.reports._errors import ReportInputError
from app.store import models as M
from app.store.cycle_queries import competition_project_ids, load_results
from app.store.project_queries import load_categories
from app.terms import word

i18n.register({
    "cr.report_title": {"ky": "Сынактын натыйжалары", "ru": "Результаты конкурса", "en": "Competition results"},
    "cr.heading": {"ky": "СЫНАКТЫН ДОЛБООРЛОРУНУН НАТЫЙЖАЛАРЫ", "ru": "РЕЗУЛЬТАТЫ ПРОЕКТОВ КОНКУРСА",
                   "en": "RESULTS OF THE COMPETITION'S PROJECTS"},
    "cr.missing": {"ky": "Мындай сынак жок.", "ru": "Такого конкурса нет.", "en": "There is no such competition."},
    "cr.projects_n": {"ky": "Долбоорлор: {n}", "ru": "Проектов: {n}", "en": "Projects: {n}"},
})

TITLE = {lang: i18n.t("cr.report_title", lang) for lang in i18n.LANGUAGES}


def load(db, competition_id: str):
    with db.reader() as s:
        comp = s.get(M.Competition, competition_id)
        if comp is None or comp.deleted_at is not None:
            raise ReportInputError("cr.missing")
        mun = s.get(M.Municipality, comp.municipality_id)
        projects = competition_project_ids(s, competition_id)
        results = load_results(s, [pid for pid, _t in projects])
        categories = load_categories(s)
    rows = [(pid, title, results[pid]) for pid, title in projects if pid in results]
    head = {"municipality": mun.name if mun else "", "title": comp.title, "year": comp.year,
            "kind": str(comp.kind)}
    return head, CY.combine(r for _p, _t, r in rows), rows, categories


def _pdf(head, total, rows, categories, lang: str, out: Path) -> None:
    st = L.styles(10)
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story: list = [L.p(head["municipality"], st["top"]), L.p(t("cr.heading"), st["title"]),
                   L.p(f"{head['title']} ({word('competition_kind', head['kind'], lang)}, {head['year']})",
                       st["subtitle"]), L.p(t("cr.projects_n", n=len(rows)), st["body"])]
    story += R.story(total, categories, lang, st, w)
    story.append(L.p(t("res.projects"), st["section"]))
    story.append(L.grid_table(R.by_project_header(lang), R.by_project_rows(rows, lang),
                              [w * f for f in (0.19, 0.14, 0.14, 0.13, 0.21, 0.19)], st, right=(1, 2, 3, 4, 5)))
    L.build_pdf(out, R.keep_headings(story), lang=lang, title=f"{TITLE[lang]}: {head['title']}",
                header=f"{head['municipality']} — {TITLE[lang]}",
                digest=L.data_hash({"head": head, "projects": [(p, CY.results_plain(r)) for p, _t, r in rows]}))


def _xlsx(head, total, rows, categories, lang: str, out: Path) -> None:
    wb = X.workbook(f"{TITLE[lang]}: {head['title']}")
    R.xlsx_sheets(wb, total, categories, lang)
    R.by_project_sheet(wb, rows, lang)
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    head, total, rows, categories = load(db, params.competition)
    progress(1, 2)
    (_xlsx if fmt == "xlsx" else _pdf)(head, total, rows, categories, lang, out)
    progress(2, 2)


REPORT = dict(name="competition-results", title=TITLE, needs=("competition",), formats=("pdf", "xlsx"),
              build=build)
