"""The competition's work plan as printed: each step with its responsible,
confirming document, deadline, the date it was done and its state (overdue
steps are said so), then the competition's own events (information
meeting, published announcement, call for commission candidates) and its
media coverage. PDF (A4 landscape) and XLSX, in Kyrgyz or Russian."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from app import i18n
from app.domain import cycle as CY
from app.domain.participants import grand_total
from app.reports import _layout as L
from app.reports import _results as R
from app.reports import _xlsx as X
from app.reports._errors import ReportInputError
from app.store import models as M
from app.store.cycle_queries import load_competition_events, load_competition_media, load_plan
from app.store.project_queries import load_categories
from app.terms import word

i18n.register({
    "cp.report_title": {"ky": "Сынактын иш планы", "ru": "План работы по конкурсу", "en": "Competition work plan"},
    "cp.heading": {"ky": "СЫНАКТЫ ДАЯРДОО ЖАНА ӨТКӨРҮҮ БОЮНЧА ИШ ПЛАНЫ",
                   "ru": "ПЛАН РАБОТЫ ПО ПОДГОТОВКЕ И ПРОВЕДЕНИЮ КОНКУРСА",
                   "en": "WORK PLAN FOR PREPARING AND HOLDING THE COMPETITION"},
    "cp.basis": {"ky": "Негизи: {basis}", "ru": "Основание: {basis}", "en": "Basis: {basis}"},
    "cp.as_of": {"ky": "Абалы {date} карата", "ru": "Состояние на {date}", "en": "State as of {date}"},
    "cp.no": {"ky": "№", "ru": "№", "en": "No."},
    "cp.step": {"ky": "Иш-аракет", "ru": "Мероприятие", "en": "Step"},
    "cp.responsible": {"ky": "Жооптуу", "ru": "Ответственный", "en": "Responsible"},
    "cp.document": {"ky": "Тастыктоочу документ", "ru": "Подтверждающий документ", "en": "Confirming document"},
    "cp.deadline": {"ky": "Мөөнөтү", "ru": "Срок", "en": "Deadline"},
    "cp.done": {"ky": "Аткарылды", "ru": "Выполнено", "en": "Done"},
    "cp.state": {"ky": "Абалы", "ru": "Состояние", "en": "State"},
    "cp.state.pending": {"ky": "алдыда", "ru": "предстоит", "en": "ahead"},
    "cp.state.overdue": {"ky": "мөөнөтү өткөн", "ru": "просрочено", "en": "overdue"},
    "cp.state.done": {"ky": "аткарылды", "ru": "выполнено", "en": "done"},
    "cp.state.done_late": {"ky": "кечигип аткарылды", "ru": "выполнено с опозданием", "en": "done late"},
    "cp.no_steps": {"ky": "Иш планы толтурула элек.", "ru": "План работы ещё не заполнен.",
                    "en": "The work plan is empty."},
    "cp.events": {"ky": "Сынактын иш-чаралары", "ru": "Мероприятия конкурса", "en": "The competition's events"},
    "cp.media": {"ky": "ММКда чагылдырылышы", "ru": "Освещение в СМИ", "en": "Media coverage"},
    "cp.date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "cp.place": {"ky": "Орду", "ru": "Место", "en": "Place"},
    "cp.kind": {"ky": "Түрү", "ru": "Вид", "en": "Kind"},
    "cp.title": {"ky": "Аталышы", "ru": "Название", "en": "Title"},
    "cp.people": {"ky": "Катышуучулар", "ru": "Участники", "en": "Participants"},
    "cp.outlet": {"ky": "Басылма / канал", "ru": "Издание / канал", "en": "Outlet"},
    "cp.level": {"ky": "Деңгээли", "ru": "Уровень", "en": "Level"},
    "cp.note": {"ky": "Эскертүү", "ru": "Примечание", "en": "Note"},
    "cp.missing": {"ky": "Мындай сынак жок.", "ru": "Такого конкурса нет.", "en": "There is no such competition."},
})

TITLE = {lang: i18n.t("cp.report_title", lang) for lang in i18n.LANGUAGES}


def load(db, competition_id: str):
    with db.reader() as s:
        comp = s.get(M.Competition, competition_id)
        if comp is None or comp.deleted_at is not None:
            raise ReportInputError("cp.missing")
        mun = s.get(M.Municipality, comp.municipality_id)
        rules = {c.id: c.rule for c in load_categories(s)}
        basis = " ".join(x for x in (comp.legal_doc_kind or "", f"№ {comp.legal_doc_number}"
                                     if comp.legal_doc_number else "", L.fmt_date(comp.legal_doc_date)) if x)
        head = {"municipality": mun.name if mun else "", "title": comp.title, "kind": str(comp.kind),
                "year": comp.year, "basis": basis}
        events = [(e, grand_total(e.counts, rules)) for e in load_competition_events(s, competition_id)]
        return head, load_plan(s, competition_id), events, load_competition_media(s, competition_id)


def _pdf(head, steps, events, media, lang: str, out: Path, today: date) -> None:
    st = L.styles(9.5)
    w = L.frame_width(wide=True)
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story: list = [L.p(head["municipality"], st["top"]), L.p(t("cp.heading"), st["title"]),
                   L.p(f"{head['title']} ({word('competition_kind', head['kind'], lang)}, {head['year']})",
                       st["subtitle"])]
    if head["basis"]:
        story.append(L.p(t("cp.basis", basis=head["basis"]), st["body"]))
    story.append(L.p(t("cp.as_of", date=L.fmt_date(today)), st["body"]))
    if steps:
        rows = [[str(i), s.step, s.responsible, s.confirming_document, L.fmt_date(s.deadline_on),
                 L.fmt_date(s.done_on), t(f"cp.state.{s.state(today).value}"), s.note]
                for i, s in enumerate(steps, 1)]
        story.append(L.grid_table([t("cp.no"), t("cp.step"), t("cp.responsible"), t("cp.document"),
                                   t("cp.deadline"), t("cp.done"), t("cp.state"), t("cp.note")], rows,
                                  [w * f for f in (0.04, 0.25, 0.15, 0.15, 0.085, 0.085, 0.11, 0.13)], st))
        for warning in CY.plan_warnings(steps, today):
            story.append(L.p("• " + CY.warning_text(warning, lang), st["body"]))
    else:
        story.append(L.p(t("cp.no_steps"), st["body"]))
    story.append(L.p(t("cp.events"), st["section"]))
    if events:
        rows = [[L.fmt_date(e.held_on), e.place, word("event_kind", e.kind, lang), e.title, str(people)]
                for e, people in events]
        story.append(L.grid_table([t("cp.date"), t("cp.place"), t("cp.kind"), t("cp.title"), t("cp.people")], rows,
                                  [w * f for f in (0.09, 0.17, 0.2, 0.41, 0.13)], st, right=(4,)))
    else:
        story.append(L.p(t("prj.none"), st["body"]))
    story.append(L.p(t("cp.media"), st["section"]))
    if media:
        rows = [[m.outlet, word("media_level", m.level, lang), L.fmt_date(m.published_on), m.link or m.note]
                for m in media]
        story.append(L.grid_table([t("cp.outlet"), t("cp.level"), t("cp.date"), t("cp.note")], rows,
                                  [w * f for f in (0.3, 0.14, 0.1, 0.46)], st))
    else:
        story.append(L.p(t("prj.none"), st["body"]))
    L.build_pdf(out, R.keep_headings(story), lang=lang, title=f"{TITLE[lang]}: {head['title']}",
                header=f"{head['municipality']} — {TITLE[lang]}", wide=True,
                digest=L.data_hash({"head": head, "steps": [s.__dict__ for s in steps],
                                    "events": [(e.id, people) for e, people in events],
                                    "media": [m.id for m in media], "today": str(today)}))


def _xlsx(head, steps, events, media, lang: str, out: Path, today: date) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = X.workbook(f"{TITLE[lang]}: {head['title']}")
    X.sheet(wb, t("cp.report_title"), [t("cp.no"), t("cp.step"), t("cp.responsible"), t("cp.document"),
                                       t("cp.deadline"), t("cp.done"), t("cp.state"), t("cp.note")],
            [[i, s.step, s.responsible, s.confirming_document, s.deadline_on, s.done_on,
              t(f"cp.state.{s.state(today).value}"), s.note] for i, s in enumerate(steps, 1)], date_cols=(4, 5))
    X.sheet(wb, t("cp.events"), [t("cp.date"), t("cp.place"), t("cp.kind"), t("cp.title"), t("cp.people")],
            [[e.held_on, e.place, word("event_kind", e.kind, lang), e.title, people] for e, people in events],
            date_cols=(0,))
    X.sheet(wb, t("cp.media"), [t("cp.outlet"), t("cp.level"), t("cp.date"), t("cp.note")],
            [[m.outlet, word("media_level", m.level, lang), m.published_on, m.link or m.note] for m in media],
            date_cols=(2,))
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    head, steps, events, media = load(db, params.competition)
    progress(1, 2)
    (_xlsx if fmt == "xlsx" else _pdf)(head, steps, events, media, lang, out, date.today())
    progress(2, 2)


REPORT = dict(name="competition-plan", title=TITLE, needs=("competition",), formats=("pdf", "xlsx"), build=build)
