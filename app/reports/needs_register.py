"""The register of citizens' needs and proposals (PDF on landscape A4, and
XLSX): grouped by village and, within a village, by status, with the count
of each group, and a table of counts by village and status."""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import select

from app import i18n
from app.domain import registers as R
from app.reports import _layout as L
from app.reports import _xlsx as X
from app.reports._layout import fmt_date
from app.store import models as M
from app.store import register_models as RM
from app.store.register_queries import need_answered_by
from app.terms import word

i18n.register({
    "nr.title": {"ky": "Калктын муктаждыктарынын жана жарандардын сунуштарынын реестри",
                 "ru": "Реестр потребностей населения и предложений граждан",
                 "en": "Register of citizens' needs and proposals"},
    "nr.short": {"ky": "Муктаждыктар реестри", "ru": "Реестр потребностей", "en": "Needs register"},
    "nr.no_village": {"ky": "(айылы көрсөтүлгөн эмес)", "ru": "(село не указано)", "en": "(no village given)"},
    "nr.group_heading": {"ky": "{village} — {count}", "ru": "{village} — {count}", "en": "{village} — {count}"},
    "nr.status_heading": {"ky": "{status}: {count}", "ru": "{status}: {count}", "en": "{status}: {count}"},
    "nr.col_date": {"ky": "Күнү", "ru": "Дата", "en": "Date"},
    "nr.col_source": {"ky": "Булагы", "ru": "Источник", "en": "Source"},
    "nr.col_group": {"ky": "Кимге тиешелүү", "ru": "Группа", "en": "Group concerned"},
    "nr.col_problem": {"ky": "Көйгөй", "ru": "Проблема", "en": "Problem"},
    "nr.col_proposal": {"ky": "Сунуш", "ru": "Предложение", "en": "Proposal"},
    "nr.col_answer": {"ky": "Эмне менен чечилди / жооп", "ru": "Чем решено / ответ", "en": "Answered by / answer"},
    "nr.col_village": {"ky": "Айыл", "ru": "Село", "en": "Village"},
    "nr.col_status": {"ky": "Абалы", "ru": "Статус", "en": "Status"},
    "nr.col_municipality": {"ky": "Муниципалитет", "ru": "Муниципалитет", "en": "Municipality"},
    "nr.counts": {"ky": "Айылдар жана абалдар боюнча саны", "ru": "Количество по сёлам и статусам",
                  "en": "Counts by village and status"},
    "nr.total": {"ky": "Бардыгы", "ru": "Итого", "en": "Total"},
    "nr.empty": {"ky": "Реестрде жазуу жок.", "ru": "В реестре нет записей.", "en": "The register is empty."},
})

TITLE = {lang: i18n.t("nr.short", lang) for lang in i18n.LANGUAGES}
STATUSES = [s.value for s in R.NeedStatus]


@dataclass
class NeedsData:
    municipalities: list[str]
    needs: list[dict] = field(default_factory=list)

    def villages(self) -> list[str]:
        return sorted({n["village"] for n in self.needs}, key=lambda v: (v == "", v.casefold()))

    def counts(self) -> dict[str, Counter]:
        out: dict[str, Counter] = {}
        for n in self.needs:
            out.setdefault(n["village"], Counter())[n["status"]] += 1
        return out


def load(db) -> NeedsData:
    N, Mu = RM.Need, M.Municipality
    with db.reader() as s:
        d = NeedsData([m.name for m in s.scalars(select(Mu).where(Mu.deleted_at.is_(None)).order_by(Mu.name))])
        for n, mun in s.execute(select(N, Mu.name).join(Mu, Mu.id == N.municipality_id).where(N.deleted_at.is_(None))
                                .order_by(N.received_on, N.created_at)):
            d.needs.append({"municipality": mun, "village": (n.village or "").strip(), "date": n.received_on,
                            "source": n.source.value, "group": n.group_concerned or "", "problem": n.problem,
                            "proposal": n.proposal or "", "status": n.status.value, "answered": need_answered_by(s, n, with_answer=True)})
    return d


def _village_name(v: str, lang: str) -> str:
    return v or i18n.t("nr.no_village", lang)


def _pdf(d: NeedsData, lang: str, out: Path) -> None:
    st = L.styles(10)
    w = L.frame_width(wide=True)
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    story: list = [L.p(", ".join(d.municipalities), st["top"]), L.p(t("nr.title"), st["title"])]
    if not d.needs:
        story.append(L.p(t("nr.empty"), st["body"]))
    counts = d.counts()
    for village in d.villages():
        mine = [n for n in d.needs if n["village"] == village]
        story.append(L.p(t("nr.group_heading", village=_village_name(village, lang), count=len(mine)), st["section"]))
        for status in STATUSES:
            group = [n for n in mine if n["status"] == status]
            if not group:
                continue
            story.append(L.p(t("nr.status_heading", status=word("need_status", status, lang), count=len(group)),
                             st["body"]))
            rows = [[fmt_date(n["date"]), word("need_source", n["source"], lang), n["group"], n["problem"],
                     n["proposal"], n["answered"]] for n in group]
            story.append(L.grid_table([t("nr.col_date"), t("nr.col_source"), t("nr.col_group"), t("nr.col_problem"),
                                       t("nr.col_proposal"), t("nr.col_answer")], rows,
                                      [w * f for f in (.08, .1, .14, .24, .22, .22)], st))
            story.append(L.Spacer(1, 4))
    if d.needs:
        story.append(L.p(t("nr.counts"), st["section"]))
        rows = [[_village_name(v, lang)] + [str(counts[v][s]) for s in STATUSES] + [str(sum(counts[v].values()))]
                for v in d.villages()]
        totals = Counter(n["status"] for n in d.needs)
        rows.append([t("nr.total")] + [str(totals[s]) for s in STATUSES] + [str(len(d.needs))])
        story.append(L.grid_table([t("nr.col_village")] + [word("need_status", s, lang) for s in STATUSES]
                                  + [t("nr.total")], rows, [w * .3] + [w * .7 / (len(STATUSES) + 1)] *
                                  (len(STATUSES) + 1), st, right=tuple(range(1, len(STATUSES) + 2)), total_rows=1))
    L.build_pdf(out, story, lang=lang, title=t("nr.title"), header=", ".join(d.municipalities) + " — " + t("nr.short"),
                wide=True, digest=L.data_hash(asdict(d)))


def _xlsx(d: NeedsData, lang: str, out: Path) -> None:
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    wb = X.workbook(t("nr.title"))
    order = {v: i for i, v in enumerate(d.villages())}
    rows = sorted(d.needs, key=lambda n: (order[n["village"]], STATUSES.index(n["status"]), n["date"]))
    X.sheet(wb, t("nr.short"), [t("nr.col_village"), t("nr.col_status"), t("nr.col_date"), t("nr.col_source"),
                                t("nr.col_group"), t("nr.col_problem"), t("nr.col_proposal"), t("nr.col_answer"),
                                t("nr.col_municipality")],
            [[_village_name(n["village"], lang), word("need_status", n["status"], lang), n["date"],
              word("need_source", n["source"], lang), n["group"], n["problem"], n["proposal"], n["answered"],
              n["municipality"]] for n in rows], date_cols=(2,))
    counts = d.counts()
    totals = Counter(n["status"] for n in d.needs)
    X.sheet(wb, t("nr.counts"), [t("nr.col_village")] + [word("need_status", s, lang) for s in STATUSES]
            + [t("nr.total")],
            [[_village_name(v, lang)] + [counts[v][s] for s in STATUSES] + [sum(counts[v].values())]
             for v in d.villages()] + [[t("nr.total")] + [totals[s] for s in STATUSES] + [len(d.needs)]],
            total_rows=1)
    wb.save(out)


def build(db, params, fmt: str, out: Path, progress, cancel) -> None:
    lang = params.lang if params.lang in i18n.LANGUAGES else i18n.language()
    progress(0, 2)
    data = load(db)
    progress(1, 2)
    (_xlsx if fmt == "xlsx" else _pdf)(data, lang, out)
    progress(2, 2)


REPORT = dict(name="needs-register", title=TITLE, needs=(), formats=("pdf", "xlsx"), build=build)
