"""Events and participants of a project: every event with its counts by
category (disaggregated), totals by category and by village; a category
counted as part of another is shown "of whom" and never added twice."""
from __future__ import annotations

from pathlib import Path

from app import i18n
from app.domain.money import group_thousands
from app.domain.projects import ProjectData, event_totals
from app.reports import _layout as L
from app.reports import _xlsx as X
from app.reports import _project_common as C
from app.terms import word

i18n.register({
    "pp.report_title": {"ky": "Иш-чаралар жана катышуучулар", "ru": "Мероприятия и участники",
                        "en": "Events and participants"},
    "pp.heading": {"ky": "ИШ-ЧАРАЛАР ЖАНА КАТЫШУУЧУЛАР", "ru": "МЕРОПРИЯТИЯ И УЧАСТНИКИ",
                   "en": "EVENTS AND PARTICIPANTS"},
    "pp.by_event": {"ky": "Иш-чаралар боюнча", "ru": "По мероприятиям", "en": "By event"},
    "pp.totals": {"ky": "Категориялар боюнча жыйынтык", "ru": "Итоги по категориям", "en": "Totals by category"},
    "pp.by_village": {"ky": "Айылдар боюнча", "ru": "По сёлам", "en": "By village"},
    "pp.summary": {
        "ky": "{events} иш-чара өткөрүлдү, {places} жерде; катышуучулар: {people}.",
        "ru": "Проведено мероприятий: {events}, мест проведения: {places}; участников: {people}.",
        "en": "{events} events held in {places} places; participants: {people}.",
    },
    "pp.note": {
        "ky": "«анын ичинде» деп белгиленген категориялар жалпы санга кошулбайт.",
        "ru": "Категории «в том числе» в общее число не добавляются.",
        "en": "Categories marked “of whom” are not added to the total.",
    },
})

TITLE = {lang: i18n.t("pp.report_title", lang) for lang in i18n.LANGUAGES}


def _pdf(d: ProjectData, lang: str, out: Path) -> None:
    st = L.styles(9.5)
    w = L.frame_width(wide=True)
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    held = d.held_events()
    cats = C.used_categories(d)
    rules = d.rules
    story: list = [L.p(d.municipality, st["top"]), L.p(t("pp.heading"), st["title"]),
                   L.p(f"«{d.title}»", st["subtitle"]),
                   L.p(t("pp.summary", events=len(held), places=len({e.place for e in held}),
                         people=group_thousands(d.reached())), st["body"]),
                   L.p(t("pp.by_event"), st["section"])]
    head = [t("prj.no"), t("prj.date"), t("prj.place"), t("prj.event")] + [C.category_label(c, d, lang) for c in cats] \
        + [t("prj.people")]
    fixed = [w * 0.035, w * 0.075, w * 0.12]
    rest = w - sum(fixed)
    num_w = min(rest * 0.62 / (len(cats) + 1), 78) if cats else 70
    title_w = rest - num_w * (len(cats) + 1)
    widths = fixed + [title_w] + [num_w] * (len(cats) + 1)
    rows = []
    for i, e in enumerate(d.events, start=1):
        values = event_totals(e.counts, rules)
        title = e.title + (f" ({t('prj.planned_event')})" if e.is_planned else "")
        rows.append([str(i), L.fmt_date(e.held_on), e.place, title]
                    + [group_thousands(values[c.id]) if c.id in values else "" for c in cats]
                    + [group_thousands(d.people(e))])
    totals = d.participant_totals()
    rows.append(["", "", "", t("prj.total")] + [group_thousands(totals[c.id]) if c.id in totals else "" for c in cats]
                + [group_thousands(d.reached())])
    right = tuple(range(4, 5 + len(cats)))
    story.append(L.grid_table(head, rows, widths, st, right=right, total_rows=1))
    story.append(L.Spacer(1, 3))
    story.append(L.p(t("pp.note"), st["small"]))
    story += C.figure_section(C.figure_notes(d, lang, ("event",)), lang, st)
    story.append(L.KeepTogether([L.p(t("pp.totals"), st["section"]), L.grid_table(
        [t("prj.category"), t("prj.count")], C.totals_rows(d, lang), [w * 0.4, w * 0.15], st, right=(1,),
        total_rows=1)]))
    villages = d.by_village()
    if len(villages) > 0:
        heading = L.p(t("pp.by_village"), st["section"])
        vrows = [[v or "—"] + [group_thousands(tot[c.id]) if c.id in tot else "" for c in cats] for v, tot in villages.items()]
        vw = min(w * 0.7 / max(len(cats), 1), 78)
        story.append(L.KeepTogether([heading, L.grid_table(
            [t("prj.village")] + [C.category_label(c, d, lang) for c in cats], vrows,
            [w - vw * len(cats)] + [vw] * len(cats), st, right=tuple(range(1, len(cats) + 1)))]))
    L.build_pdf(out, story, lang=lang, title=f"{TITLE[lang]}: {d.title}", header=f"{d.municipality} — {TITLE[lang]}",
                wide=True, digest=L.data_hash(C.plain(d)))


def _xlsx(d: ProjectData, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    cats = C.used_categories(d)
    rules = d.rules
    wb = X.workbook(f"{TITLE[lang]}: {d.title}")
    rows = []
    for e in d.events:
        values = event_totals(e.counts, rules)
        rows.append([e.held_on, e.place, word("event_kind", e.kind, lang), e.title]
                    + [values.get(c.id) for c in cats] + [d.people(e)])
    totals = d.participant_totals()
    rows.append([None, None, None, t("prj.total")] + [totals.get(c.id) for c in cats] + [d.reached()])
    X.sheet(wb, t("pp.by_event"), [t("prj.date"), t("prj.place"), t("prj.kind"), t("prj.event")]
            + [C.category_label(c, d, lang) for c in cats] + [t("prj.people")], rows, date_cols=(0,), total_rows=1)
    X.sheet(wb, t("pp.totals"), [t("prj.category"), t("prj.count")],
            [[r[0].strip(), int(r[1].replace("\u00a0", ""))] for r in C.totals_rows(d, lang)], total_rows=1)
    X.sheet(wb, t("pp.by_village"), [t("prj.village")] + [C.category_label(c, d, lang) for c in cats],
            [[v] + [tot.get(c.id) for c in cats] for v, tot in d.by_village().items()])
    notes = C.figure_notes(d, lang, ("event",))
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


REPORT = dict(name="participants", title=TITLE, needs=("project",), formats=("pdf", "xlsx"), build=build)
