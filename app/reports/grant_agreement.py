"""The grant agreement as printed for signing: the parties with their
details, the subject, the amount in figures and words, funding by source
and the executor's contribution, the period, the payment schedule
(tranches with dates and conditions), the reporting duties and dates, the
parties' obligations and the signature lines. PDF, in Kyrgyz or Russian."""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Table, TableStyle

from app import i18n
from app.domain import cycle as CY
from app.domain.amount_words import amount_in_words
from app.domain.enums import FundingSource
from app.reports import _layout as L
from app.reports import _project_common as C
from app.reports import _results as R
from app.reports._results import money
from app.store.cycle_queries import load_cycle, load_parties
from app.terms import word

i18n.register({
    "ga.report_title": {"ky": "Гранттык келишим", "ru": "Грантовое соглашение", "en": "Grant agreement"},
    "ga.heading": {"ky": "ГРАНТТЫК КЕЛИШИМ № {number}", "ru": "ГРАНТОВОЕ СОГЛАШЕНИЕ № {number}",
                   "en": "GRANT AGREEMENT No. {number}"},
    "ga.place_date": {"ky": "{place}, {date}", "ru": "{place}, {date}", "en": "{place}, {date}"},
    "ga.preamble": {
        "ky": "{customer}, мындан ары «Заказчы», бир тараптан, жана {executor}, мындан ары «Аткаруучу», экинчи "
              "тараптан, {basis}«{competition}» сынагынын жыйынтыгы боюнча төмөнкүлөр жөнүндө ушул келишимди "
              "түзүштү.",
        "ru": "{customer}, именуемый в дальнейшем «Заказчик», с одной стороны, и {executor}, именуемый в "
              "дальнейшем «Исполнитель», с другой стороны, {basis}по итогам конкурса «{competition}» заключили "
              "настоящее соглашение о нижеследующем.",
        "en": "{customer}, hereinafter “the Customer”, and {executor}, hereinafter “the Executor”, {basis}following "
              "the competition “{competition}”, have made this agreement as follows.",
    },
    "ga.basis": {"ky": "{basis} негизинде жана ", "ru": "на основании: {basis}, ", "en": "under {basis} and "},
    "ga.s1": {"ky": "1. Келишимдин предмети", "ru": "1. Предмет соглашения", "en": "1. Subject"},
    "ga.subject": {
        "ky": "Заказчы Аткаруучуга «{title}» долбоорун ишке ашыруу үчүн грант берет, Аткаруучу долбоорду "
              "{application}ишке ашырууга жана натыйжалары жөнүндө отчет берүүгө милдеттенет.",
        "ru": "Заказчик предоставляет Исполнителю грант на реализацию проекта «{title}», а Исполнитель обязуется "
              "реализовать проект {application}и отчитаться о его результатах.",
        "en": "The Customer grants the Executor the funds to carry out the project “{title}”; the Executor "
              "undertakes to carry it out {application}and to report on its results.",
    },
    "ga.application": {"ky": "№ {reg} өтүнмөгө ылайык ", "ru": "в соответствии с заявкой № {reg} ",
                       "en": "as in application No. {reg} "},
    "ga.goal": {"ky": "Долбоордун максаты: {goal}", "ru": "Цель проекта: {goal}", "en": "The project's goal: {goal}"},
    "ga.s2": {"ky": "2. Гранттын суммасы жана каржылоо", "ru": "2. Сумма гранта и финансирование",
              "en": "2. Amount and funding"},
    "ga.amount": {"ky": "Гранттын суммасы: {amount} сом ({words}).", "ru": "Сумма гранта: {amount} сом ({words}).",
                  "en": "The grant: {amount} som ({words})."},
    "ga.funding": {"ky": "Долбоордун бюджети каржылоо булактары боюнча:",
                   "ru": "Бюджет проекта по источникам финансирования:",
                   "en": "The project's budget by funding source:"},
    "ga.source": {"ky": "Каржылоо булагы", "ru": "Источник финансирования", "en": "Funding source"},
    "ga.sum": {"ky": "Суммасы, сом", "ru": "Сумма, сом", "en": "Amount, som"},
    "ga.share": {"ky": "Үлүшү, %", "ru": "Доля, %", "en": "Share, %"},
    "ga.total": {"ky": "Бардыгы", "ru": "Итого", "en": "Total"},
    "ga.contribution": {"ky": "Аткаруучунун салымы: {text}", "ru": "Вклад Исполнителя: {text}",
                        "en": "The Executor's contribution: {text}"},
    "ga.no_contribution": {"ky": "көрсөтүлгөн эмес", "ru": "не указан", "en": "none stated"},
    "ga.in_kind_unvalued": {"ky": "заттай, акчалай бааланган эмес", "ru": "натуральный, без денежной оценки",
                            "en": "in kind, not valued in money"},
    "ga.s3": {"ky": "3. Ишке ашыруу мөөнөтү", "ru": "3. Срок реализации", "en": "3. Period"},
    "ga.period": {"ky": "Долбоор {start} баштап {end} чейин ишке ашырылат.",
                  "ru": "Проект реализуется с {start} по {end}.", "en": "The project runs from {start} to {end}."},
    "ga.s4": {"ky": "4. Төлөмдөрдүн графиги", "ru": "4. График выплат", "en": "4. Payment schedule"},
    "ga.no": {"ky": "№", "ru": "№", "en": "No."},
    "ga.due": {"ky": "Мөөнөтү", "ru": "Срок", "en": "Due"},
    "ga.condition": {"ky": "Шарты", "ru": "Условие", "en": "Condition"},
    "ga.after_report": {"ky": "{report} кабыл алынгандан кийин", "ru": "после принятия: {report}",
                        "en": "after the {report} is accepted"},
    "ga.no_tranches": {"ky": "Бүт сумма бир жолу, келишимге кол коюлгандан кийин төлөнөт.",
                       "ru": "Вся сумма выплачивается единовременно после подписания соглашения.",
                       "en": "The whole amount is paid at once after signing."},
    "ga.s5": {"ky": "5. Отчеттуулук", "ru": "5. Отчётность", "en": "5. Reporting"},
    "ga.report": {"ky": "Отчет", "ru": "Отчёт", "en": "Report"},
    "ga.report_period": {"ky": "Мезгили", "ru": "Период", "en": "Period"},
    "ga.report_due": {"ky": "Тапшыруу мөөнөтү", "ru": "Срок представления", "en": "Due by"},
    "ga.no_reports": {"ky": "Аткаруучу долбоор аяктагандан кийин 15 күндүн ичинде акыркы отчет берет.",
                      "ru": "Исполнитель представляет итоговый отчёт в течение 15 дней после окончания проекта.",
                      "en": "The Executor gives a final report within 15 days after the project ends."},
    "ga.s6": {"ky": "6. Тараптардын милдеттери", "ru": "6. Обязанности сторон", "en": "6. Obligations"},
    "ga.customer_duties": {
        "ky": "Заказчы: грантты графикке ылайык төлөйт; долбоордун жүрүшүнө мониторинг жүргүзөт; отчетторду "
              "кабыл алат же себебин көрсөтүп оңдоого кайтарат; аткарылган иштерди кабыл алуу-өткөрүп берүү "
              "актысы менен кабыл алат.",
        "ru": "Заказчик: выплачивает грант по графику; проводит мониторинг реализации проекта; принимает отчёты "
              "или возвращает их на доработку с указанием причин; принимает результат актом приёма-передачи.",
        "en": "The Customer pays the grant as scheduled, monitors the project, accepts the reports or returns them "
              "with reasons, and accepts the result by an acceptance act.",
    },
    "ga.executor_duties": {
        "ky": "Аткаруучу: грантты максаттуу пайдаланат; иш-чараларды өткөрүп, катышуучуларды категориялар боюнча "
              "эсепке алат; мониторингге шарт түзөт; отчетторду мөөнөтүндө берет; пайдаланылбаган каражатты "
              "кайтарат.",
        "ru": "Исполнитель: использует грант по назначению; проводит мероприятия и учитывает участников по "
              "категориям; обеспечивает условия для мониторинга; представляет отчёты в срок; возвращает "
              "неиспользованные средства.",
        "en": "The Executor uses the grant for its purpose, holds the events and counts participants by category, "
              "makes monitoring possible, reports on time and returns unused funds.",
    },
    "ga.disputes": {
        "ky": "Талаш-тартыштар сүйлөшүү жолу менен, макулдашууга жетишилбесе — Кыргыз Республикасынын мыйзамдарына "
              "ылайык чечилет. Келишим эки нускада түзүлдү, ар бир тарапка бирден.",
        "ru": "Споры решаются путём переговоров, а при недостижении согласия — в соответствии с законодательством "
              "Кыргызской Республики. Соглашение составлено в двух экземплярах, по одному для каждой стороны.",
        "en": "Disputes are settled by negotiation or else under the law of the Kyrgyz Republic. Made in two "
              "copies, one for each party.",
    },
    "ga.s7": {"ky": "7. Тараптардын реквизиттери жана колдору", "ru": "7. Реквизиты и подписи сторон",
              "en": "7. Details and signatures"},
    "ga.customer": {"ky": "Заказчы", "ru": "Заказчик", "en": "Customer"},
    "ga.executor": {"ky": "Аткаруучу", "ru": "Исполнитель", "en": "Executor"},
    "ga.reg_no": {"ky": "Каттоо № {value}", "ru": "Рег. № {value}", "en": "Reg. No. {value}"},
    "ga.phone": {"ky": "Тел.: {value}", "ru": "Тел.: {value}", "en": "Phone: {value}"},
    "ga.id_doc": {"ky": "Инсандыгын күбөлөндүргөн документ: {value}", "ru": "Документ, удостоверяющий личность: {value}",
                  "en": "ID document: {value}"},
    "ga.leader": {"ky": "Жетекчи: {value}", "ru": "Руководитель: {value}", "en": "Leader: {value}"},
    "ga.sign": {"ky": "_________________ (колу)", "ru": "_________________ (подпись)",
                "en": "_________________ (signature)"},
    "ga.seal": {"ky": "М.О.", "ru": "М.П.", "en": "Seal"},
    "ga.warning": {"ky": "Эскертүү: {text}", "ru": "Внимание: {text}", "en": "Note: {text}"},
})

TITLE = {lang: i18n.t("ga.report_title", lang) for lang in i18n.LANGUAGES}


def load(db, project_id: str):
    d = C.load(db, project_id)
    with db.reader() as s:
        return d, load_cycle(s, project_id), load_parties(s, project_id)


def _details(lines: list[str], st) -> list:
    return [L.p(x, st["cell"]) for x in lines if x]


def _pdf(d, cycle: CY.CycleData, parties, lang: str, out: Path) -> None:
    st = L.styles(10)
    w = L.frame_width()
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story: list = [L.p(t("ga.heading", number=d.agreement_number or "____"), st["title"]),
                   L.p(t("ga.place_date", place=parties.municipality or d.municipality,
                         date=L.fmt_date(d.agreement_date) or "«___» __________ 20__"), st["top"]),
                   L.Spacer(1, 6),
                   L.p(t("ga.preamble", customer=parties.customer or "—", executor=parties.executor or "—",
                         basis=t("ga.basis", basis=parties.legal_basis) if parties.legal_basis else "",
                         competition=d.competition_title), st["body"])]
    story += [L.p(t("ga.s1"), st["section"]),
              L.p(t("ga.subject", title=d.title,
                    application=t("ga.application", reg=d.reg_number) if d.reg_number else ""), st["body"])]
    if d.goal:
        story.append(L.p(t("ga.goal", goal=d.goal), st["body"]))

    story += [L.p(t("ga.s2"), st["section"]),
              L.p(t("ga.amount", amount=money(d.award), words=amount_in_words(d.award, lang)), st["body"]),
              L.p(t("ga.funding"), st["body"])]
    b = d.budget
    rows = [[word("funding_source", s.source, lang), money(s.planned),
             CY.pct_text(CY.share_pct(s.planned, b.planned))] for s in b.by_source if s.planned]
    rows.append([t("ga.total"), money(b.planned), "100,0" if b.planned else "—"])
    story.append(L.grid_table([t("ga.source"), t("ga.sum"), t("ga.share")], rows, [w * .56, w * .24, w * .2], st,
                              right=(1, 2), total_rows=1))
    own = [ln for ln in b.lines if ln.source in (FundingSource.INITIATOR_CASH, FundingSource.INITIATOR_IN_KIND)]
    parts = []
    for ln in own:
        value = money(ln.planned) + " " + ("сом" if lang != "en" else "som") if ln.planned else t("ga.in_kind_unvalued")
        parts.append(f"{ln.category} — {value}" + (f" ({ln.valuation_note})" if ln.valuation_note else ""))
    story.append(L.p(t("ga.contribution", text="; ".join(parts) if parts else t("ga.no_contribution")),
                     st["body"]))

    story += [L.p(t("ga.s3"), st["section"]),
              L.p(t("ga.period", start=L.fmt_date(d.start_on) or "—", end=L.fmt_date(d.end_on) or "—"), st["body"])]

    story.append(L.p(t("ga.s4"), st["section"]))
    if cycle.tranches:
        rows = []
        for tr in cycle.tranches:
            report = cycle.report(tr.report_id)
            cond = [tr.condition] if tr.condition else []
            if report is not None:
                cond.append(t("ga.after_report", report=i18n.t(f"cycle.report_kind.{report.kind}", lang)))
            rows.append([str(tr.number), L.fmt_date(tr.due_on), money(tr.amount), "; ".join(cond)])
        rows.append(["", t("ga.total"), money(cycle.agreed), ""])
        story.append(L.grid_table([t("ga.no"), t("ga.due"), t("ga.sum"), t("ga.condition")], rows,
                                  [w * .07, w * .16, w * .2, w * .57], st, right=(2,), total_rows=1))
        if cycle.agreed != d.award:
            story.append(L.p(t("ga.warning", text=CY.warning_text(CY.CycleWarning(
                "cycle.warn.tranches_total", {"agreed": cycle.agreed, "award": d.award}), lang)), st["body"]))
    else:
        story.append(L.p(t("ga.no_tranches"), st["body"]))

    story.append(L.p(t("ga.s5"), st["section"]))
    if cycle.reports:
        rows = [[i18n.t(f"cycle.report_kind.{r.kind}", lang).capitalize(),
                 " – ".join(L.fmt_date(x) for x in (r.period_from, r.period_to) if x), L.fmt_date(r.due_on)]
                for r in cycle.reports]
        story.append(L.grid_table([t("ga.report"), t("ga.report_period"), t("ga.report_due")], rows,
                                  [w * .36, w * .4, w * .24], st))
    else:
        story.append(L.p(t("ga.no_reports"), st["body"]))

    story += [L.p(t("ga.s6"), st["section"]), L.p(t("ga.customer_duties"), st["body"]),
              L.p(t("ga.executor_duties"), st["body"]), L.p(t("ga.disputes"), st["body"])]

    customer = _details([parties.customer, parties.municipality,
                         ", ".join(x for x in (parties.district, parties.region) if x)], st)
    executor = _details([
        parties.executor, ", ".join(x for x in (word("applicant_kind", parties.executor_kind, lang)
                                                 if parties.executor_kind else "", parties.legal_form) if x),
        t("ga.reg_no", value=parties.registration_number) if parties.registration_number else "",
        ", ".join(x for x in (parties.address, parties.village) if x),
        t("ga.phone", value=parties.phone) if parties.phone else "",
        t("ga.id_doc", value=parties.id_document) if parties.id_document else "",
        t("ga.leader", value=parties.leader) if parties.leader else ""], st)
    sign = [L.Spacer(1, 16), L.p(t("ga.sign"), st["cell"])]
    table = Table([[L.p(t("ga.customer"), st["head"]), L.p(t("ga.executor"), st["head"])],
                   [customer + sign + [L.p(t("ga.seal"), st["cell"])], executor + sign]],
                  colWidths=[w * .5, w * .5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    story += [L.KeepTogether([L.p(t("ga.s7"), st["section"]), table])]
    L.build_pdf(out, R.keep_headings(story), lang=lang, title=f"{TITLE[lang]}: {d.title}",
                header=f"{d.municipality} — {TITLE[lang]}",
                digest=L.data_hash({"project": C.plain(d), "parties": parties.__dict__,
                                    "tranches": [(x.id, str(x.due_on), x.amount, x.condition, x.report_id)
                                                 for x in cycle.tranches],
                                    "reports": [(r.id, r.kind, str(r.due_on)) for r in cycle.reports]}))


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    d, cycle, parties = load(db, params.project)
    progress(1, 2)
    _pdf(d, cycle, parties, lang, out)
    progress(2, 2)


REPORT = dict(name="grant-agreement", title=TITLE, needs=("project",), formats=("pdf",), build=build)
