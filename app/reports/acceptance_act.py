"""The acceptance act: what the project delivered against the agreement
(events held, participants reached, materials, budget used by source,
tranches paid, reports received), the remarks and the signature lines. A
draft act says it is not accepted yet; an accepted act whose figures have
changed since says so. PDF, in Kyrgyz or Russian."""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Table, TableStyle

from app import i18n
from app.domain import cycle as CY
from app.domain.money import group_thousands
from app.reports import _layout as L
from app.reports import _project_common as C
from app.reports import _results as R
from app.store.cycle_queries import load_cycle, load_results
from app.store.project_queries import load_categories
from app.terms import word

i18n.register({
    "aa.report_title": {"ky": "Кабыл алуу-өткөрүп берүү актысы", "ru": "Акт приёма-передачи",
                        "en": "Acceptance act"},
    "aa.heading": {"ky": "КАБЫЛ АЛУУ-ӨТКӨРҮП БЕРҮҮ АКТЫСЫ № {number}", "ru": "АКТ ПРИЁМА-ПЕРЕДАЧИ № {number}",
                   "en": "ACCEPTANCE ACT No. {number}"},
    "aa.subtitle": {"ky": "«{title}» долбоорунун натыйжалары", "ru": "результатов проекта «{title}»",
                    "en": "of the results of the project “{title}”"},
    "aa.preamble": {
        "ky": "Биз, төмөндө кол койгондор, Заказчынын ({customer}) атынан {customer_signatory} жана Аткаруучунун "
              "({executor}) атынан {executor_signatory}, {agreement} гранттык келишим боюнча долбоордун "
              "натыйжалары төмөнкүдөй өткөрүлүп берилгенин жана кабыл алынганын ушул акт менен тастыктайбыз.",
        "ru": "Мы, нижеподписавшиеся, от Заказчика ({customer}) — {customer_signatory} и от Исполнителя "
              "({executor}) — {executor_signatory}, составили настоящий акт о том, что по грантовому соглашению "
              "{agreement} результаты проекта переданы и приняты в следующем объёме.",
        "en": "We, the undersigned, for the Customer ({customer}) {customer_signatory} and for the Executor "
              "({executor}) {executor_signatory}, confirm that under the grant agreement {agreement} the project's "
              "results were delivered and accepted as follows.",
    },
    "aa.s1": {"ky": "1. Өткөрүлгөн иш-чаралар", "ru": "1. Проведённые мероприятия", "en": "1. Events held"},
    "aa.events": {"ky": "Келишим (өтүнмө) боюнча пландалган: {planned}; өткөрүлгөн: {held}.",
                  "ru": "Запланировано по соглашению (заявке): {planned}; проведено: {held}.",
                  "en": "Planned by the agreement (application): {planned}; held: {held}."},
    "aa.s2": {"ky": "2. Камтылган катышуучулар", "ru": "2. Охваченные участники", "en": "2. Participants reached"},
    "aa.s3": {"ky": "3. Даярдалган материалдар", "ru": "3. Изготовленные материалы", "en": "3. Materials produced"},
    "aa.s4": {"ky": "4. Бюджеттин булактар боюнча пайдаланылышы", "ru": "4. Использование бюджета по источникам",
              "en": "4. Budget used by source"},
    "aa.s5": {"ky": "5. Гранттын төлөнүшү", "ru": "5. Выплата гранта", "en": "5. Grant payments"},
    "aa.tranche": {"ky": "Транш", "ru": "Транш", "en": "Tranche"},
    "aa.agreed": {"ky": "Келишим боюнча, сом", "ru": "По соглашению, сом", "en": "Agreed, som"},
    "aa.paid": {"ky": "Төлөндү, сом", "ru": "Выплачено, сом", "en": "Paid, som"},
    "aa.s6": {"ky": "6. Аткаруучунун отчеттору", "ru": "6. Отчёты исполнителя", "en": "6. Executor's reports"},
    "aa.received": {"ky": "Келди", "ru": "Получен", "en": "Received"},
    "aa.status": {"ky": "Абалы", "ru": "Состояние", "en": "Status"},
    "aa.s7": {"ky": "7. Эскертүүлөр", "ru": "7. Замечания", "en": "7. Remarks"},
    "aa.no_remarks": {"ky": "Эскертүүлөр жок.", "ru": "Замечаний нет.", "en": "No remarks."},
    "aa.accepted": {"ky": "Натыйжалар кабыл алынды {date}. Долбоор аяктады.",
                    "ru": "Результаты приняты {date}. Проект завершён.",
                    "en": "The results were accepted on {date}. The project is completed."},
    "aa.draft": {"ky": "ДОЛБООР: акт азырынча кабыл алына элек.", "ru": "ПРОЕКТ: акт ещё не принят.",
                 "en": "DRAFT: the act is not accepted yet."},
    "aa.no_act": {"ky": "ДОЛБООР: акт толтурула элек (номери, күнү, кол коюучулар).",
                  "ru": "ПРОЕКТ: акт ещё не заполнен (номер, дата, подписанты).",
                  "en": "DRAFT: the act is not filled in yet (number, date, signatories)."},
    "aa.customer": {"ky": "Заказчы", "ru": "Заказчик", "en": "Customer"},
    "aa.executor": {"ky": "Аткаруучу", "ru": "Исполнитель", "en": "Executor"},
    "aa.handed": {"ky": "Өткөрүп берди:", "ru": "Сдал:", "en": "Handed over:"},
    "aa.took": {"ky": "Кабыл алды:", "ru": "Принял:", "en": "Accepted:"},
    "aa.sign": {"ky": "_________________ (колу)", "ru": "_________________ (подпись)",
                "en": "_________________ (signature)"},
})

TITLE = {lang: i18n.t("aa.report_title", lang) for lang in i18n.LANGUAGES}


def load(db, project_id: str):
    d = C.load(db, project_id)
    with db.reader() as s:
        return d, load_cycle(s, project_id), load_results(s, [project_id])[project_id], load_categories(s)


def _pdf(d, cycle: CY.CycleData, r: CY.Results, categories, lang: str, out: Path) -> None:
    st = L.styles(10)
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    act = cycle.act
    story: list = [L.p(t("aa.heading", number=(act.number if act and act.number else "____")), st["title"]),
                   L.p(t("aa.subtitle", title=d.title), st["subtitle"]),
                   L.p(f"{d.municipality}, {L.fmt_date(act.act_date) if act and act.act_date else '«___» ______ 20__'}",
                       st["top"]), L.Spacer(1, 6)]
    if act is None:
        story.append(L.p(t("aa.no_act"), st["section"]))
    elif not act.accepted:
        story.append(L.p(t("aa.draft"), st["section"]))
    elif act.delivered_hash != CY.seal(CY.delivered_plain(d, r)):
        story.append(L.p("• " + CY.warning_text(CY.CycleWarning("cycle.warn.changed_after_acceptance", {
            "when": L.fmt_date(act.accepted_at.date()) if act.accepted_at else ""}), lang), st["section"]))
    agreement = t("prj.agreement_value", number=d.agreement_number or "—", date=L.fmt_date(d.agreement_date) or "—")
    story.append(L.p(t("aa.preamble", customer=d.customer or "—", executor=d.executor or "—",
                       customer_signatory=(act.customer_signatory if act and act.customer_signatory else "________"),
                       executor_signatory=(act.executor_signatory if act and act.executor_signatory else "________"),
                       agreement=agreement), st["body"]))

    story += [L.p(t("aa.s1"), st["section"]), L.p(t("aa.events", planned=r.events_planned or "—",
                                                     held=r.events_held), st["body"])]
    held = d.held_events()
    if held:
        rows = [[str(i), L.fmt_date(e.held_on), e.place, e.title, group_thousands(d.people(e))]
                for i, e in enumerate(held, start=1)]
        story.append(L.grid_table([t("prj.no"), t("prj.date"), t("prj.place"), t("prj.event"), t("prj.people")],
                                  rows, [w * f for f in (0.06, 0.13, 0.2, 0.46, 0.15)], st, right=(4,)))
    story.append(L.p(t("aa.s2"), st["section"]))
    story.append(L.grid_table([t("res.category"), t("res.planned"), t("res.actual"), t("res.of_plan")],
                              R.participant_rows(r, categories, lang), [w * .49, w * .17, w * .17, w * .17], st,
                              right=(1, 2, 3), total_rows=1))
    story.append(L.p(t("aa.s3"), st["section"]))
    if d.materials:
        rows = [[word("material_kind", m.kind, lang) + (f": {m.description}" if m.description else ""),
                 group_thousands(m.quantity), m.size] for m in d.materials]
        story.append(L.grid_table([t("pc.material"), t("pc.quantity"), t("pc.size")], rows,
                                  [w * 0.55, w * 0.2, w * 0.25], st, right=(1,)))
    else:
        story.append(L.p(t("prj.none"), st["body"]))
    story.append(L.p(t("aa.s4"), st["section"]))
    rows, bold = C.budget_rows(d, lang, with_lines=False)
    story.append(L.grid_table([t("prj.source"), t("prj.planned"), t("prj.actual"), t("prj.difference"),
                               t("prj.percent")], [[x[1]] + x[3:] for x in rows],
                              [w * f for f in (0.34, 0.17, 0.17, 0.17, 0.15)], st, right=(1, 2, 3, 4),
                              total_rows=bold))
    story.append(L.p(t("aa.s5"), st["section"]))
    if cycle.tranches:
        rows = [[str(x.number), L.fmt_date(x.due_on), R.money(x.amount), R.money(x.paid)] for x in cycle.tranches]
        rows.append(["", t("prj.total"), R.money(cycle.agreed), R.money(cycle.paid)])
        story.append(L.grid_table([t("aa.tranche"), t("prj.date"), t("aa.agreed"), t("aa.paid")], rows,
                                  [w * .14, w * .22, w * .32, w * .32], st, right=(2, 3), total_rows=1))
    else:
        story.append(L.p(t("prj.none"), st["body"]))
    story.append(L.p(t("aa.s6"), st["section"]))
    if cycle.reports:
        rows = [[i18n.t(f"cycle.report_kind.{x.kind}", lang).capitalize(),
                 " – ".join(L.fmt_date(y) for y in (x.period_from, x.period_to) if y), L.fmt_date(x.received_on),
                 i18n.t(f"cycle.report_status.{x.status}", lang)] for x in cycle.reports]
        story.append(L.grid_table([t("ga.report"), t("ga.report_period"), t("aa.received"), t("aa.status")], rows,
                                  [w * .28, w * .34, w * .16, w * .22], st))
    else:
        story.append(L.p(t("prj.none"), st["body"]))
    story += [L.p(t("aa.s7"), st["section"]), L.p((act.remarks if act and act.remarks else t("aa.no_remarks")),
                                                   st["body"])]
    if act is not None and act.accepted and act.accepted_at:
        story.append(L.p(t("aa.accepted", date=L.fmt_date(act.act_date or act.accepted_at.date())), st["body"]))
    signs = [[L.p(t("aa.customer"), st["head"]), L.p(t("aa.executor"), st["head"])],
             [L.p(t("aa.took"), st["cell"]), L.p(t("aa.handed"), st["cell"])],
             [L.p(d.customer or "", st["cell"]), L.p(d.executor or "", st["cell"])],
             [L.p((act.customer_signatory if act else "") or "", st["cell"]),
              L.p((act.executor_signatory if act else "") or "", st["cell"])],
             [L.p(t("aa.sign"), st["cell"]), L.p(t("aa.sign"), st["cell"])]]
    table = Table(signs, colWidths=[w * .5, w * .5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 4), (-1, 4), 16),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    story.append(L.KeepTogether([L.Spacer(1, 8), table]))
    L.build_pdf(out, R.keep_headings(story), lang=lang, title=f"{TITLE[lang]}: {d.title}",
                header=f"{d.municipality} — {TITLE[lang]}",
                digest=L.data_hash({"project": C.plain(d), "results": CY.results_plain(r),
                                    "act": act.__dict__ if act else None,
                                    "paid": [(x.id, x.paid) for x in cycle.tranches]}))


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    d, cycle, r, categories = load(db, params.project)
    progress(1, 2)
    _pdf(d, cycle, r, categories, lang, out)
    progress(2, 2)


REPORT = dict(name="acceptance-act", title=TITLE, needs=("project",), formats=("pdf",), build=build)
