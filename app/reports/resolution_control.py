"""Control of the execution of resolutions (PDF on landscape A4, and XLSX):
every point under control (one with a due date) with its resolution,
controller, due date and state, overdue first, and the count of each state.
The state is as of the day the report is made."""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app import i18n
from app.domain import registers as R
from app.reports import _layout as L
from app.reports import _xlsx as X
from app.reports._layout import fmt_date
from app.store import models as M
from app.store.register_queries import ControlPoint, control_points
from app.terms import word

i18n.register({
    "rc.title": {"ky": "Токтомдордун аткарылышын көзөмөлдөө", "ru": "Контроль исполнения постановлений",
                 "en": "Control of the execution of resolutions"},
    "rc.as_of": {"ky": "{day} абалы боюнча", "ru": "По состоянию на {day}", "en": "As of {day}"},
    "rc.col_no": {"ky": "№", "ru": "№", "en": "No."},
    "rc.col_resolution": {"ky": "Токтом", "ru": "Постановление", "en": "Resolution"},
    "rc.col_point": {"ky": "Пункт", "ru": "Пункт", "en": "Point"},
    "rc.col_controller": {"ky": "Көзөмөлдөөчү", "ru": "Контролирующий", "en": "Controller"},
    "rc.col_due": {"ky": "Мөөнөтү", "ru": "Срок", "en": "Due"},
    "rc.col_state": {"ky": "Абалы", "ru": "Состояние", "en": "State"},
    "rc.col_point_no": {"ky": "Пункттун №", "ru": "№ пункта", "en": "Point No."},
    "rc.col_days": {"ky": "Кечиккен күндөр", "ru": "Дней просрочки", "en": "Days late"},
    "rc.col_done_on": {"ky": "Аткарылган күнү", "ru": "Дата исполнения", "en": "Done on"},
    "rc.col_document": {"ky": "Тастыктоочу документ", "ru": "Подтверждающий документ", "en": "Confirming document"},
    "rc.days_overdue": {"ky": "{days} күн кечикти", "ru": "просрочено на {days} дн.", "en": "{days} days late"},
    "rc.done_with": {"ky": "{day}, {document}", "ru": "{day}, {document}", "en": "{day}, {document}"},
    "rc.counts": {
        "ky": "Көзөмөлдөгү пункттар: {total}; мөөнөтү өткөн: {overdue}; мөөнөтү ушул айда: {month}; "
              "аткарылууда: {progress}; аткарылды: {done} (анын ичинде кечигип: {late}).",
        "ru": "Пунктов на контроле: {total}; просрочено: {overdue}; срок в этом месяце: {month}; "
              "на исполнении: {progress}; исполнено: {done} (в том числе с опозданием: {late}).",
        "en": "Points under control: {total}; overdue: {overdue}; due this month: {month}; in progress: "
              "{progress}; done: {done} (of which late: {late}).",
    },
    "rc.empty": {"ky": "Көзөмөлдө турган пункт жок.", "ru": "Пунктов на контроле нет.",
                 "en": "No point is under control."},
})

TITLE = {lang: i18n.t("rc.title", lang) for lang in i18n.LANGUAGES}


@dataclass
class ControlData:
    as_of: date
    municipalities: list[str]
    points: list[ControlPoint] = field(default_factory=list)

    def counts(self) -> Counter:
        return Counter(p.state for p in self.points)


def load(db, today: date, lang: str) -> ControlData:
    with db.reader() as s:
        names = [m.name for m in s.scalars(select(M.Municipality).where(M.Municipality.deleted_at.is_(None))
                                           .order_by(M.Municipality.name))]
        return ControlData(today, names, control_points(s, today, lang))


def state_text(p: ControlPoint, lang: str) -> str:
    text = word("point_state", p.state, lang)
    if p.state == R.PointState.OVERDUE.value:
        text += " — " + i18n.t("rc.days_overdue", lang, days=p.days_overdue)
    elif p.done_on:
        text += ": " + i18n.t("rc.done_with", lang, day=fmt_date(p.done_on), document=p.done_document)
    return text


def counts_text(d: ControlData, lang: str) -> str:
    c = d.counts()
    S = R.PointState
    return i18n.t("rc.counts", lang, total=len(d.points), overdue=c[S.OVERDUE.value], month=c[S.DUE_THIS_MONTH.value],
                  progress=c[S.IN_PROGRESS.value], done=c[S.DONE.value] + c[S.DONE_LATE.value],
                  late=c[S.DONE_LATE.value])


HEADER = ("rc.col_no", "rc.col_resolution", "rc.col_point", "rc.col_controller", "rc.col_due", "rc.col_state")


def _pdf(d: ControlData, lang: str, out: Path) -> None:
    st = L.styles(10)
    w = L.frame_width(wide=True)
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story: list = [L.p(", ".join(d.municipalities), st["top"]), L.p(t("rc.title"), st["title"]),
                   L.p(t("rc.as_of", day=fmt_date(d.as_of)), st["subtitle"])]
    if not d.points:
        story.append(L.p(t("rc.empty"), st["body"]))
    else:
        rows = [[str(i), p.resolution, f"{p.number}. {p.text}", p.controller, fmt_date(p.due_on), state_text(p, lang)]
                for i, p in enumerate(d.points, start=1)]
        story.append(L.grid_table([t(k) for k in HEADER], rows, [w * f for f in (.05, .2, .33, .17, .09, .16)], st))
        story.append(L.Spacer(1, 6))
        story.append(L.p(counts_text(d, lang), st["body"]))
    L.build_pdf(out, story, lang=lang, title=t("rc.title"), header=", ".join(d.municipalities) + " — " + t("rc.title"),
                wide=True, digest=L.data_hash({"as_of": d.as_of, "points": [asdict(p) for p in d.points]}))


def _xlsx(d: ControlData, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = X.workbook(t("rc.title"))
    rows = [[i, p.resolution, p.number, p.text, p.controller, p.due_on, word("point_state", p.state, lang),
             p.days_overdue or None, p.done_on, p.done_document or None] for i, p in enumerate(d.points, start=1)]
    X.sheet(wb, t("rc.title"), [t("rc.col_no"), t("rc.col_resolution"), t("rc.col_point_no"), t("rc.col_point"),
                                t("rc.col_controller"), t("rc.col_due"), t("rc.col_state"), t("rc.col_days"),
                                t("rc.col_done_on"), t("rc.col_document")], rows, date_cols=(5, 8))
    ws = wb.worksheets[0]
    ws.cell(ws.max_row + 2, 1, counts_text(d, lang))
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    data = load(db, date.today(), lang)
    progress(1, 2)
    (_xlsx if fmt == "xlsx" else _pdf)(data, lang, out)
    progress(2, 2)


REPORT = dict(name="resolution-control", title=TITLE, needs=(), formats=("pdf", "xlsx"), build=build)
