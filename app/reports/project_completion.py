"""The project completion report: the agreement, goal and results, the
events held with their participants, the budget by source, materials and
media, and signature lines for the executor and the customer."""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Table, TableStyle

from app import i18n
from app.domain.money import group_thousands
from app.domain.projects import ProjectData
from app.reports import _layout as L
from app.reports import _xlsx as X
from app.reports import _project_common as C
from app.terms import word

i18n.register({
    "pc.report_title": {"ky": "Долбоордун аткарылышы тууралуу отчет", "ru": "Отчёт о завершении проекта",
                        "en": "Project completion report"},
    "pc.heading": {"ky": "ДОЛБООРДУН АТКАРЫЛЫШЫ ТУУРАЛУУ ОТЧЕТ", "ru": "ОТЧЁТ О ЗАВЕРШЕНИИ ПРОЕКТА",
                   "en": "PROJECT COMPLETION REPORT"},
    "pc.results": {"ky": "Жетишилген натыйжалар", "ru": "Достигнутые результаты", "en": "Results achieved"},
    "pc.no_results": {"ky": "Натыйжалар жазыла элек.", "ru": "Результаты не описаны.",
                      "en": "No results written yet."},
    "pc.events": {"ky": "Өткөрүлгөн иш-чаралар", "ru": "Проведённые мероприятия", "en": "Events held"},
    "pc.participants": {"ky": "Катышуучулар", "ru": "Участники", "en": "Participants"},
    "pc.budget": {"ky": "Бюджет каржылоо булактары боюнча", "ru": "Бюджет по источникам финансирования",
                  "en": "Budget by funding source"},
    "pc.materials": {"ky": "Даярдалган материалдар", "ru": "Изготовленные материалы", "en": "Materials produced"},
    "pc.media": {"ky": "ММКда чагылдырылышы", "ru": "Освещение в СМИ", "en": "Media coverage"},
    "pc.material": {"ky": "Материал", "ru": "Материал", "en": "Material"},
    "pc.quantity": {"ky": "Саны", "ru": "Количество", "en": "Quantity"},
    "pc.size": {"ky": "Өлчөмү", "ru": "Размер", "en": "Size"},
    "pc.outlet": {"ky": "Басылма / канал", "ru": "Издание / канал", "en": "Outlet"},
    "pc.level": {"ky": "Деңгээли", "ru": "Уровень", "en": "Level"},
    "pc.link": {"ky": "Шилтеме же эскертүү", "ru": "Ссылка или примечание", "en": "Link or note"},
    "pc.signatures": {"ky": "Колдор", "ru": "Подписи", "en": "Signatures"},
    "pc.sign_line": {"ky": "_______________ (колу)", "ru": "_______________ (подпись)",
                     "en": "_______________ (signature)"},
})

TITLE = {lang: i18n.t("pc.report_title", lang) for lang in i18n.LANGUAGES}


def _pdf(d: ProjectData, lang: str, out: Path) -> None:
    st = L.styles(10)
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story: list = [L.p(d.municipality, st["top"]), L.p(t("pc.heading"), st["title"]),
                   L.p(f"«{d.title}»", st["subtitle"]), L.terms_table(C.agreement_rows(d, lang), st, w)]
    if d.goal:
        story += [L.p(t("prj.goal"), st["section"]), L.p(d.goal, st["body"])]
    story += [L.p(t("pc.results"), st["section"]), L.p(d.results or t("pc.no_results"), st["body"])]

    story.append(L.p(t("pc.events"), st["section"]))
    held = d.held_events()
    if held:
        rows = [[str(i), L.fmt_date(e.held_on), e.place, word("event_kind", e.kind, lang), e.title,
                 group_thousands(d.people(e))] for i, e in enumerate(held, start=1)]
        rows.append(["", "", "", "", t("prj.total"), group_thousands(d.reached())])
        story.append(L.grid_table([t("prj.no"), t("prj.date"), t("prj.place"), t("prj.kind"), t("prj.event"),
                                   t("prj.people")], rows, [w * f for f in (0.05, 0.125, 0.17, 0.15, 0.345, 0.16)], st,
                                  right=(5,), total_rows=1))
    else:
        story.append(L.p(t("prj.none"), st["body"]))

    story += C.figure_section(C.figure_notes(d, lang), lang, st)

    story.append(L.p(t("pc.participants"), st["section"]))
    story.append(L.grid_table([t("prj.category"), t("prj.count")], C.totals_rows(d, lang), [w * 0.6, w * 0.2], st,
                              right=(1,), total_rows=1))

    story.append(L.p(t("pc.budget"), st["section"]))
    rows, bold = C.budget_rows(d, lang, with_lines=False)
    story.append(L.grid_table([t("prj.source"), t("prj.planned"), t("prj.actual"), t("prj.difference"),
                               t("prj.percent")], [[r[1]] + r[3:] for r in rows],
                              [w * f for f in (0.34, 0.17, 0.17, 0.17, 0.15)], st, right=(1, 2, 3, 4),
                              total_rows=bold))
    if d.recipients:
        story.append(L.p(t("prj.recipients"), st["section"]))
        story.append(L.grid_table([t("prj.no"), t("prj.recipient"), t("prj.amount"), t("prj.recipient_note")],
                                  C.recipients_rows(d, lang), [w * f for f in (0.06, 0.44, 0.2, 0.3)], st,
                                  right=(2,), total_rows=1))

    story.append(L.p(t("pc.materials"), st["section"]))
    if d.materials:
        rows = [[word("material_kind", m.kind, lang) + (f": {m.description}" if m.description and
                                                        m.description != word("material_kind", m.kind, lang) else ""),
                 group_thousands(m.quantity), m.size] for m in d.materials]
        story.append(L.grid_table([t("pc.material"), t("pc.quantity"), t("pc.size")], rows,
                                  [w * 0.55, w * 0.2, w * 0.25], st, right=(1,)))
    else:
        story.append(L.p(t("prj.none"), st["body"]))

    story.append(L.p(t("pc.media"), st["section"]))
    if d.media:
        rows = [[m.outlet, word("media_level", m.level, lang), L.fmt_date(m.published_on),
                 m.link or m.note] for m in d.media]
        story.append(L.grid_table([t("pc.outlet"), t("pc.level"), t("prj.date"), t("pc.link")], rows,
                                  [w * 0.35, w * 0.17, w * 0.13, w * 0.35], st))
    else:
        story.append(L.p(t("prj.none"), st["body"]))

    signs = [[L.p(t("prj.executor"), st["head"]), L.p(d.executor, st["cell"]), L.p(t("pc.sign_line"), st["cell"])],
             [L.p(t("prj.customer"), st["head"]), L.p(d.customer, st["cell"]), L.p(t("pc.sign_line"), st["cell"])]]
    table = Table(signs, colWidths=[w * 0.2, w * 0.45, w * 0.35])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 14)]))
    story += [L.Spacer(1, 8), L.KeepTogether([L.p(t("pc.signatures"), st["section"]), table])]
    L.build_pdf(out, story, lang=lang, title=f"{TITLE[lang]}: {d.title}", header=f"{d.municipality} — {TITLE[lang]}",
                digest=L.data_hash(C.plain(d)))


def _xlsx(d: ProjectData, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = X.workbook(f"{TITLE[lang]}: {d.title}")
    X.sheet(wb, t("prj.project"), [t("prj.project"), d.title],
            [[k, v] for k, v in C.agreement_rows(d, lang)] + [[t("prj.goal"), d.goal], [t("pc.results"), d.results]])
    X.sheet(wb, t("pc.events"), [t("prj.date"), t("prj.place"), t("prj.kind"), t("prj.event"), t("prj.people")],
            [[e.held_on, e.place, word("event_kind", e.kind, lang), e.title, d.people(e)] for e in d.held_events()]
            + [[None, None, None, t("prj.total"), d.reached()]], date_cols=(0,), total_rows=1)
    X.sheet(wb, t("pc.participants"), [t("prj.category"), t("prj.count")],
            [[r[0].strip(), int(r[1].replace("\u00a0", ""))] for r in C.totals_rows(d, lang)], total_rows=1)
    X.sheet(wb, t("pc.budget"), [t("prj.source"), t("prj.planned"), t("prj.actual"), t("prj.difference")],
            [[word("funding_source", s.source, lang), s.planned, s.actual, s.actual - s.planned]
             for s in d.budget.by_source] + [[t("prj.total"), d.budget.planned, d.budget.actual,
                                              d.budget.actual - d.budget.planned]], money_cols=(1, 2, 3), total_rows=1)
    X.sheet(wb, t("pc.materials"), [t("pc.material"), t("pc.quantity"), t("pc.size")],
            [[word("material_kind", m.kind, lang) + (f": {m.description}" if m.description else ""), m.quantity,
              m.size] for m in d.materials])
    X.sheet(wb, t("pc.media"), [t("pc.outlet"), t("pc.level"), t("prj.date"), t("pc.link")],
            [[m.outlet, word("media_level", m.level, lang), m.published_on, m.link or m.note] for m in d.media],
            date_cols=(2,))
    if d.recipients:
        X.sheet(wb, t("prj.recipients"), [t("prj.no"), t("prj.recipient"), t("prj.amount"), t("prj.recipient_note")],
                [[i, r.name, r.amount, r.note] for i, r in enumerate(d.recipients, start=1)]
                + [[None, t("prj.total"), d.recipients_total, None]], money_cols=(2,), total_rows=1)
    notes = C.figure_notes(d, lang)
    if notes:
        X.sheet(wb, i18n.t("figures.heading", lang), [i18n.t("figures.heading", lang)], [[x] for x in notes])
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    d = C.load(db, params.project)
    progress(1, 2)
    (_xlsx if fmt == "xlsx" else _pdf)(d, lang, out)
    progress(2, 2)


REPORT = dict(name="project-completion", title=TITLE, needs=("project",), formats=("pdf", "xlsx"), build=build)
