"""The project budget: plan vs actual by funding source and line, with a
chart, the expenses and the warnings (PDF on A4, XLSX with real numbers)."""
from __future__ import annotations

from pathlib import Path

from app import i18n
from app.domain import budget as B
from app.domain.projects import ProjectData
from app.reports import _layout as L
from app.reports import _xlsx as X
from app.reports import _project_common as C
from app.terms import word

i18n.register({
    "pb.report_title": {"ky": "Долбоордун бюджети", "ru": "Бюджет проекта", "en": "Project budget"},
    "pb.heading": {"ky": "ДОЛБООРДУН БЮДЖЕТИ: ПЛАН ЖАНА ФАКТ", "ru": "БЮДЖЕТ ПРОЕКТА: ПЛАН И ФАКТ",
                   "en": "PROJECT BUDGET: PLANNED AND ACTUAL"},
    "pb.by_line": {"ky": "Беренелер боюнча", "ru": "По статьям", "en": "By line"},
    "pb.by_source": {"ky": "Каржылоо булактары боюнча", "ru": "По источникам финансирования",
                     "en": "By funding source"},
    "pb.local_vs": {
        "ky": "Жергиликтүү бюджеттин үлүшү: пландалган {planned} сом, иш жүзүндө {actual} сом; грант {award} сом; "
              "сынакка бөлүнгөн каражат {allocation} сом (бардык долбоорлордо пландалган {all} сом).",
        "ru": "Доля местного бюджета: план {planned} сом, факт {actual} сом; грант {award} сом; "
              "выделено на конкурс {allocation} сом (запланировано по всем проектам {all} сом).",
        "en": "Local-budget part: planned {planned} som, actual {actual} som; award {award} som; "
              "competition allocation {allocation} som (planned by all its projects {all} som).",
    },
    "pb.local_vs_direct": {
        "ky": "Жергиликтүү бюджеттин үлүшү: пландалган {planned} сом, иш жүзүндө {actual} сом; грант {award} сом.",
        "ru": "Доля местного бюджета: план {planned} сом, факт {actual} сом; грант {award} сом.",
        "en": "Local-budget part: planned {planned} som, actual {actual} som; award {award} som.",
    },
    "pb.expenses": {"ky": "Чыгымдар", "ru": "Расходы", "en": "Expenses"},
    "pb.document": {"ky": "Документ №", "ru": "Документ №", "en": "Document No."},
    "pb.amount": {"ky": "Сумма, сом", "ru": "Сумма, сом", "en": "Amount, som"},
    "pb.note": {"ky": "Эскертүү", "ru": "Примечание", "en": "Note"},
    "pb.warnings": {"ky": "Көңүл буруңуз", "ru": "Обратите внимание", "en": "Please note"},
    "pb.no_lines": {"ky": "Бюджеттин беренелери киргизиле элек.", "ru": "Статьи бюджета не внесены.",
                    "en": "No budget lines entered."},
})

TITLE = {lang: i18n.t("pb.report_title", lang) for lang in i18n.LANGUAGES}


def warning_texts(d: ProjectData, lang: str) -> list[str]:
    return [B.warning_text(w, lang) for w in d.budget.warnings]


def _pdf(d: ProjectData, lang: str, out: Path) -> None:
    st = L.styles(10)
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    b = d.budget
    story: list = [L.p(d.municipality, st["top"]), L.p(t("pb.heading"), st["title"]),
                   L.p(f"«{d.title}»", st["subtitle"]), L.terms_table(C.agreement_rows(d, lang), st, w),
                   L.Spacer(1, 6), L.p(t("pb.by_line"), st["section"])]
    head = [t("prj.no"), t("prj.line"), t("prj.source"), t("prj.planned"), t("prj.actual"), t("prj.difference"),
            t("prj.percent")]
    widths = [w * f for f in (0.05, 0.25, 0.15, 0.14, 0.14, 0.14, 0.13)]
    if b.lines:
        rows, bold = C.budget_rows(d, lang)
        story.append(L.grid_table(head, rows, widths, st, right=(3, 4, 5, 6), total_rows=bold))
    else:
        story.append(L.p(t("pb.no_lines"), st["body"]))
    story.append(L.p(t("pb.by_source"), st["section"]))
    rows, bold = C.budget_rows(d, lang, with_lines=False)
    story.append(L.grid_table([t("prj.source"), t("prj.planned"), t("prj.actual"), t("prj.difference"),
                               t("prj.percent")], [[r[1]] + r[3:] for r in rows],
                              [w * f for f in (0.34, 0.17, 0.17, 0.17, 0.15)], st, right=(1, 2, 3, 4),
                              total_rows=bold))
    story.append(L.p(t("prj.by_channel"), st["section"]))
    rows, bold = C.channel_rows(d, lang)
    story.append(L.grid_table([t("prj.source"), t("prj.channel"), t("prj.planned"), t("prj.actual")], rows,
                              [w * f for f in (0.3, 0.3, 0.2, 0.2)], st, right=(2, 3), total_rows=bold))
    story.append(L.Spacer(1, 4))
    story.append(C.budget_chart(d, lang, w))
    story.append(L.p(t("pb.local_vs" if d.competition_id else "pb.local_vs_direct", planned=C.money(b.local_planned),
                       actual=C.money(b.local_actual),
                       award=C.money(b.award), allocation=C.money(b.allocation),
                       all=C.money(b.competition_local_planned)), st["body"]))
    warnings = warning_texts(d, lang)
    if warnings:
        story.append(L.p(t("pb.warnings"), st["section"]))
        for text in warnings:
            story.append(L.p("• " + text, st["bullet"]))
    story += C.figure_section(C.figure_notes(d, lang, ("budget_line",)), lang, st)
    if d.recipients:
        story.append(L.p(t("prj.recipients"), st["section"]))
        story.append(L.grid_table([t("prj.no"), t("prj.recipient"), t("prj.amount"), t("prj.recipient_note")],
                                  C.recipients_rows(d, lang), [w * f for f in (0.06, 0.44, 0.2, 0.3)], st,
                                  right=(2,), total_rows=1))
    story.append(L.p(t("pb.expenses"), st["section"]))
    if d.expenses:
        rows = [[L.fmt_date(e.spent_on), e.document_number, e.line_category or "—",
                 word("funding_source", e.source, lang), C.money(e.amount), e.note] for e in d.expenses]
        rows.append(["", "", t("prj.total"), "", C.money(sum(e.amount for e in d.expenses)), ""])
        story.append(L.grid_table([t("prj.date"), t("pb.document"), t("prj.line"), t("prj.source"), t("pb.amount"),
                                   t("pb.note")], rows, [w * f for f in (0.11, 0.12, 0.27, 0.16, 0.13, 0.21)], st,
                                  right=(4,), total_rows=1))
    else:
        story.append(L.p(t("prj.none"), st["body"]))
    L.build_pdf(out, story, lang=lang, title=f"{TITLE[lang]}: {d.title}", header=f"{d.municipality} — {TITLE[lang]}",
                digest=L.data_hash(C.plain(d)))


def _xlsx(d: ProjectData, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = X.workbook(f"{TITLE[lang]}: {d.title}")
    rows = [[i, ln.category, word("funding_source", ln.source, lang), word("funding_channel", ln.paid_through, lang),
             ln.planned, ln.actual, ln.actual - ln.planned,
             "; ".join(x for x in (C.qty_price_text(ln, lang) if ln.computed is not None else "",
                                   ln.valuation_note or "") if x)] for i, ln in enumerate(d.budget.lines, start=1)]
    rows.append([None, t("prj.total"), None, None, d.budget.planned, d.budget.actual,
                 d.budget.actual - d.budget.planned, None])
    X.sheet(wb, t("pb.by_line"), [t("prj.no"), t("prj.line"), t("prj.source"), t("prj.channel"), t("prj.planned"),
                                  t("prj.actual"), t("prj.difference"), t("pb.note")], rows, money_cols=(4, 5, 6),
            total_rows=1)
    rows = [[word("funding_source", s.source, lang), s.planned, s.actual, s.actual - s.planned]
            for s in d.budget.by_source]
    rows.append([t("prj.total"), d.budget.planned, d.budget.actual, d.budget.actual - d.budget.planned])
    X.sheet(wb, t("pb.by_source"), [t("prj.source"), t("prj.planned"), t("prj.actual"), t("prj.difference")], rows,
            money_cols=(1, 2, 3), total_rows=1)
    b = d.budget
    rows = [[word("funding_source", x.source, lang), word("funding_channel", x.channel, lang), x.planned, x.actual]
            for x in b.by_source_channel]
    totals = [x for x in b.by_channel if x.planned or x.actual]
    rows += [[t("prj.channel_total", channel=word("funding_channel", x.channel, lang)), None, x.planned, x.actual]
             for x in totals]
    rows.append([t("prj.total"), None, b.planned, b.actual])
    X.sheet(wb, t("prj.by_channel"), [t("prj.source"), t("prj.channel"), t("prj.planned"), t("prj.actual")], rows,
            money_cols=(2, 3), total_rows=len(totals) + 1)
    if d.recipients:
        X.sheet(wb, t("prj.recipients"), [t("prj.no"), t("prj.recipient"), t("prj.amount"), t("prj.recipient_note")],
                [[i, r.name, r.amount, r.note] for i, r in enumerate(d.recipients, start=1)]
                + [[None, t("prj.total"), d.recipients_total, None]], money_cols=(2,), total_rows=1)
    notes = C.figure_notes(d, lang, ("budget_line",))
    if notes:
        X.sheet(wb, i18n.t("figures.heading", lang), [i18n.t("figures.heading", lang)], [[x] for x in notes])
    X.sheet(wb, t("pb.expenses"), [t("prj.date"), t("pb.document"), t("prj.line"), t("prj.source"), t("pb.amount"),
                                   t("pb.note")],
            [[e.spent_on, e.document_number, e.line_category, word("funding_source", e.source, lang), e.amount,
              e.note] for e in d.expenses], money_cols=(4,), date_cols=(0,))
    warnings = warning_texts(d, lang)
    if warnings:
        X.sheet(wb, t("pb.warnings"), [t("pb.warnings")], [[x] for x in warnings])
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    d = C.load(db, params.project)
    progress(1, 2)
    (_xlsx if fmt == "xlsx" else _pdf)(d, lang, out)
    progress(2, 2)


REPORT = dict(name="project-budget", title=TITLE, needs=("project",), formats=("pdf", "xlsx"), build=build)
