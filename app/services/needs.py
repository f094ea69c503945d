"""The register of citizens' needs and proposals: each entry has its source
(survey, hearing, meeting, letter, online), date, village, the group
concerned, the problem and the proposal, a status, and what answered it (a
competition's theme, a program measure or a line of the local budget).

A competition can start from selected needs: its theme and priority areas
are drafted from them, and saving it links them to it in the same step.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import i18n
from app.domain import enums as E
from app.domain import registers as R
from app.services import _input as F
from app.services import _registers as G
from app.services.auth import Perm, require
from app.services.browse import _filter
from app.services.competitions import CompetitionInput, insert_competition, validate_competition
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store import register_models as RM
from app.store.base import utcnow
from app.store.register_queries import need_answered_by

i18n.register({
    "need.none_chosen": {
        "ky": "Сынакты баштоо үчүн жок дегенде бир муктаждыкты тандаңыз.",
        "ru": "Чтобы начать конкурс, выберите хотя бы одну потребность.",
        "en": "Choose at least one need to start a competition from.",
    },
    "need.mixed_municipalities": {
        "ky": "Тандалган муктаждыктар ар башка муниципалитеттерге таандык; бир муниципалитеттикин тандаңыз.",
        "ru": "Выбранные потребности относятся к разным муниципалитетам; выберите из одного.",
        "en": "The chosen needs belong to different municipalities; choose those of one.",
    },
    "need.declined_chosen": {
        "ky": "Четке кагылган муктаждыктан сынак баштоого болбойт: {problem}",
        "ru": "Нельзя начать конкурс с отклонённой потребности: {problem}",
        "en": "A declined need cannot start a competition: {problem}",
    },
    "need.in_future": {
        "ky": "Каттоо күнү ({day}) али келе элек.",
        "ru": "Дата поступления ({day}) ещё не наступила.",
        "en": "The date received ({day}) has not come yet.",
    },
})


@dataclass(frozen=True)
class NeedInput:
    source: str = R.NeedSource.SURVEY.value
    received_on: date | str | None = None
    village: str = ""
    group_concerned: str = ""
    author: str = ""
    problem: str = ""
    proposal: str = ""
    hearing_id: str | None = None
    note: str = ""
    municipality_id: str | None = None


@dataclass(frozen=True)
class NeedAnswer:
    status: str = R.NeedStatus.CONSIDERED.value
    answer: str = ""
    competition_id: str | None = None
    measure_id: str | None = None
    allocation_id: str | None = None


@dataclass(frozen=True)
class NeedRow:
    id: str
    received_on: date
    source: str
    village: str
    group_concerned: str
    problem: str
    proposal: str
    status: str
    answered_by: str          # what answered it, in words
    municipality: str


@dataclass(frozen=True)
class NeedDetail:
    id: str
    municipality_id: str
    source: str
    received_on: date
    village: str
    group_concerned: str
    author: str
    problem: str
    proposal: str
    status: str
    answer: str
    hearing_id: str | None
    proposal_id: str | None
    competition_id: str | None
    measure_id: str | None
    allocation_id: str | None
    note: str

    def as_input(self) -> NeedInput:
        return NeedInput(self.source, self.received_on, self.village, self.group_concerned, self.author, self.problem,
                         self.proposal, self.hearing_id, self.note, self.municipality_id)

    def as_answer(self) -> NeedAnswer:
        return NeedAnswer(self.status, self.answer, self.competition_id, self.measure_id, self.allocation_id)


# --------------------------------------------------------------------------
# Reading


def get_need(db, need_id: str) -> NeedDetail:
    with db.reader() as s:
        n = G.get_live(s, RM.Need, need_id)
        return NeedDetail(n.id, n.municipality_id, n.source.value, n.received_on, n.village or "",
                          n.group_concerned or "", n.author or "", n.problem, n.proposal or "", n.status.value,
                          n.answer or "", n.hearing_id, n.proposal_id, n.competition_id, n.measure_id, n.allocation_id,
                          n.note or "")


def list_needs(db, search: str = "") -> list[NeedRow]:
    """The register, the latest first."""
    N, Mu = RM.Need, M.Municipality
    with db.reader() as s:
        rows = [NeedRow(n.id, n.received_on, n.source.value, n.village or "", n.group_concerned or "", n.problem,
                        n.proposal or "", n.status.value, need_answered_by(s, n), name)
                for n, name in s.execute(select(N, Mu.name).join(Mu, Mu.id == N.municipality_id).where(G.live(N))
                                         .order_by(N.received_on.desc(), N.village, N.created_at))]
    return _filter(rows, search)


def measure_choices(db) -> list:
    from app.services.resolutions import Choice

    D, Pr, T, Me = M.DevelopmentProgram, M.ProgramPriority, M.ProgramTask, M.ProgramMeasure
    with db.reader() as s:
        return [Choice(m.id, f"{pr.number}. {m.title}", p.municipality_id) for m, pr, p in s.execute(
            select(Me, Pr, D).join(T, T.id == Me.task_id).join(Pr, Pr.id == T.priority_id)
            .join(D, D.id == Pr.program_id)
            .where(G.live(Me), G.live(T), G.live(Pr), G.live(D)).order_by(D.start_year, Pr.number, T.position,
                                                                         Me.position))]


def competition_choices(db) -> list:
    from app.services.resolutions import Choice

    C = M.Competition
    with db.reader() as s:
        return [Choice(c.id, f"{c.year} — {c.title}", c.municipality_id, {"kind": c.kind.value})
                for c in s.scalars(select(C).where(G.live(C)).order_by(C.year.desc(), C.title))]


# --------------------------------------------------------------------------
# Entries


def _need_values(data: NeedInput, today: date) -> dict:
    errors: dict = {}
    out = {
        "source": G.choice(errors, "source", data.source, R.NeedSource),
        "received_on": F.a_date(errors, "received_on", data.received_on, required=True),
        "village": F.text(errors, "village", data.village, max_len=200),
        "group_concerned": F.text(errors, "group_concerned", data.group_concerned, max_len=300),
        "author": F.text(errors, "author", data.author, max_len=300),
        "problem": F.text(errors, "problem", data.problem, required=True, max_len=4000, multiline=True),
        "proposal": F.text(errors, "proposal", data.proposal, max_len=4000, multiline=True),
        "note": F.text(errors, "note", data.note, max_len=4000, multiline=True),
    }
    if out["received_on"] and out["received_on"] > today:
        errors["received_on"] = ServiceError("need.in_future", "received_on", day=F.show_date(out["received_on"]))
    if out["source"] is not None:
        G.refuse(R.check_need(out["source"], bool(data.hearing_id), R.NeedStatus.NEW, "", False), errors)
    G.refuse([], errors)
    return out


def _hearing(s, hearing_id: str | None, mid: str) -> str | None:
    if not hearing_id:
        return None
    h = G.get_live(s, RM.Hearing, hearing_id, "hearing_id")
    G.same_municipality(s, mid, h.municipality_id, "hearing_id")
    return h.id


def create_need(db, data: NeedInput, today: date | None = None) -> str:
    require(db, Perm.REGISTERS)
    values = _need_values(data, G.today_or(today))
    with db.session() as s:
        mid = G.municipality_id(s, data.municipality_id)
        n = RM.Need(municipality_id=mid, status=R.NeedStatus.NEW, hearing_id=_hearing(s, data.hearing_id, mid),
                    **values)
        s.add(n)
        s.flush()
        return n.id


def update_need(db, need_id: str, data: NeedInput, today: date | None = None) -> None:
    require(db, Perm.REGISTERS)
    values = _need_values(data, G.today_or(today))
    with db.session() as s:
        n = G.get_live(s, RM.Need, need_id)
        values["hearing_id"] = _hearing(s, data.hearing_id, n.municipality_id)
        if values["hearing_id"] != n.hearing_id:
            values["proposal_id"] = None
        F.set_changed(n, values)


def remove_need(db, need_id: str) -> None:
    require(db, Perm.REGISTERS)
    with db.session() as s:
        G.get_live(s, RM.Need, need_id).deleted_at = utcnow()


def answer_need(db, need_id: str, data: NeedAnswer) -> None:
    """Status and what answered the need: "addressed" needs a competition,
    a program measure or a budget line; "declined" needs the reason."""
    require(db, Perm.REGISTERS)
    errors: dict = {}
    status = G.choice(errors, "status", data.status, R.NeedStatus)
    answer = F.text(errors, "answer", data.answer, max_len=4000, multiline=True)
    G.refuse([], errors)
    links = {"competition_id": data.competition_id or None, "measure_id": data.measure_id or None,
             "allocation_id": data.allocation_id or None}
    with db.session() as s:
        n = G.get_live(s, RM.Need, need_id)
        G.refuse(R.check_need(n.source, bool(n.hearing_id), status, answer, any(links.values())))
        if links["competition_id"]:
            c = G.get_live(s, M.Competition, links["competition_id"], "competition_id")
            G.same_municipality(s, n.municipality_id, c.municipality_id, "competition_id")
        if links["measure_id"]:
            m = G.get_live(s, M.ProgramMeasure, links["measure_id"], "measure_id")
            t = s.get(M.ProgramTask, m.task_id)
            pr = s.get(M.ProgramPriority, t.priority_id) if t else None
            prog = s.get(M.DevelopmentProgram, pr.program_id) if pr else None
            if prog is not None:
                G.same_municipality(s, n.municipality_id, prog.municipality_id, "measure_id")
        if links["allocation_id"]:
            a = G.get_live(s, RM.BudgetAllocation, links["allocation_id"], "allocation_id")
            b = G.get_live(s, RM.LocalBudget, a.budget_id, "allocation_id")
            G.same_municipality(s, n.municipality_id, b.municipality_id, "allocation_id")
        F.set_changed(n, {"status": status, "answer": answer, **links})


# --------------------------------------------------------------------------
# A competition from selected needs


def _chosen(s, need_ids) -> list[RM.Need]:
    ids = list(dict.fromkeys(need_ids or ()))
    if not ids:
        raise ValidationError({"": ServiceError("need.none_chosen")})
    needs = [G.get_live(s, RM.Need, i) for i in ids]
    if len({n.municipality_id for n in needs}) > 1:
        raise ValidationError({"": ServiceError("need.mixed_municipalities")})
    for n in needs:
        if n.status == R.NeedStatus.DECLINED:
            raise ValidationError({"": ServiceError("need.declined_chosen", problem=n.problem)})
    return needs


def draft_from_needs(db, need_ids, today: date | None = None) -> CompetitionInput:
    """The competition's fields drafted from the chosen needs: the theme
    from their proposals (or problems), the priority areas from the groups
    concerned, this year."""
    with db.reader() as s:
        needs = _chosen(s, need_ids)
        theme = R.theme_from_needs((n.problem, n.proposal or "") for n in needs)
        groups = list(dict.fromkeys(n.group_concerned.strip() for n in needs if (n.group_concerned or "").strip()))
        return CompetitionInput(kind=E.CompetitionKind.JD.value, year=G.today_or(today).year, theme=theme,
                                priority_areas="\n".join(groups))


def create_competition_from_needs(db, need_ids, data: CompetitionInput) -> str:
    """Create the competition (a draft) and link the chosen needs to it as
    what answers them, in one step."""
    require(db, Perm.COMPETITIONS)
    require(db, Perm.REGISTERS)
    values = validate_competition(data)
    with db.session() as s:
        needs = _chosen(s, need_ids)
        comp = insert_competition(s, db, values, data.resolution_id, needs[0].municipality_id)
        for n in needs:
            changes = {"competition_id": comp.id}
            if n.status in (R.NeedStatus.NEW, R.NeedStatus.CONSIDERED):
                changes["status"] = R.NeedStatus.ADDRESSED
            F.set_changed(n, changes)
        return comp.id
