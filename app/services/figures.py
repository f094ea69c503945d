"""Figures to check: one list of every place where a figure a source document
states and the one computed from its parts disagree, across all projects
(events' stated participants, budget lines' quantity × unit price) and all
development programs (actual values checked like targets). Read-only; see
app.domain.figures."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import i18n
from app.domain import figures as FG
from app.domain import programs as PR
from app.domain.participants import stated_mismatch
from app.reports import _program_common  # noqa: F401  (registers the indicator-check texts)
from app.store import models as M
from app.store.program_queries import load_program
from app.store.project_queries import line_facts, load_categories


@dataclass(frozen=True)
class FigureRow:
    id: str            # the event, budget line or indicator
    kind: str          # app.domain.figures.KINDS
    owner: str         # the project or program
    item: str
    stated: str
    computed: str
    difference: str
    note: str          # in the current language


def _alive(model):
    return model.deleted_at.is_(None)


def _live_titles(s, project_ids: set[str]) -> dict[str, str]:
    """id -> title of the live projects among `project_ids` (read in batches)."""
    ids, out = sorted(project_ids), {}
    for i in range(0, len(ids), 500):
        out.update(s.execute(select(M.Project.id, M.Project.title)
                             .where(M.Project.id.in_(ids[i:i + 500]), _alive(M.Project))).all())
    return out


def figure_checks(db) -> list[FG.FigureCheck]:
    """Every disagreement, events first, then budget lines, then indicators."""
    out: list[FG.FigureCheck] = []
    EV, BL = M.Event, M.BudgetLine
    with db.reader() as s:
        rules = {c.id: c.rule for c in load_categories(s)}
        # only the rows that state a figure, read through the partial indexes (ix_event_stated,
        # ix_budget_line_priced) however many events there are; their live projects' titles
        # by id; put in order here
        stated = s.scalars(select(EV).where(_alive(EV), EV.stated_total.is_not(None))).all()
        priced = s.scalars(select(BL).where(_alive(BL), BL.quantity.is_not(None),
                                            BL.unit_price_tyiyn.is_not(None))).all()
        titles = _live_titles(s, {r.project_id for r in (*stated, *priced)})
        events = sorted(((e, titles[e.project_id]) for e in stated if e.project_id in titles),
                        key=lambda r: (r[1], r[0].held_on is None, r[0].held_on or date.min, r[0].created_at))
        counts: dict[str, dict[str, int]] = defaultdict(dict)
        ids = [e.id for e, _t in events]
        for i in range(0, len(ids), 500):
            for r in s.scalars(select(M.EventParticipants).where(M.EventParticipants.event_id.in_(ids[i:i + 500]),
                                                                 _alive(M.EventParticipants))):
                if r.category_id in rules:
                    counts[r.event_id][r.category_id] = r.count
        for e, title in events:
            m = stated_mismatch(counts.get(e.id, {}), rules, e.stated_total)
            if m:
                out.append(FG.event_check(e.project_id, title, e.id, e.held_on, e.title, *m))
        lines = sorted(((ln, titles[ln.project_id]) for ln in priced if ln.project_id in titles),
                       key=lambda r: (r[1], r[0].position, r[0].created_at))
        for line, title in lines:
            check = FG.line_check(line.project_id, title, line_facts(line))
            if check:
                out.append(check)
        program_ids = list(s.scalars(select(M.DevelopmentProgram.id).where(_alive(M.DevelopmentProgram))
                                     .order_by(M.DevelopmentProgram.start_year, M.DevelopmentProgram.title)))
        programs = [p for p in (load_program(s, pid) for pid in program_ids) if p is not None]
    for program in programs:
        out.extend(indicator_checks(program))
    return out


def indicator_checks(program: PR.ProgramData) -> list[FG.FigureCheck]:
    """The program's actual values that disagree with their parts or step back."""
    names = {i.id: i.name for i in program.indicators}
    out = []
    for issue in PR.check_actuals(program):
        p = issue.params
        item = f"{names[issue.indicator_id]} ({p['year']}/{p['half']})"
        computed = p.get("total") or p.get("previous", "")
        out.append(FG.indicator_check(program.id, program.title, issue.indicator_id, item, issue.code, p,
                                      stated=p["value"], computed=computed))
    return out


def list_figures_to_check(db, search: str = "") -> list[FigureRow]:
    """The "figures to check" list (one service function, so the list can
    later load lazily)."""
    from app.services.browse import _filter

    lang = i18n.language()
    rows = (FigureRow(c.item_id, c.kind, c.owner, c.item, c.stated, c.computed, c.difference, c.text(lang))
            for c in figure_checks(db))
    return _filter(rows, search)
