"""The register of council resolutions and the control of their execution:
one function per action (create, edit, remove a resolution; add, edit,
mark done, reopen, remove a point; link what it approves or changes), the
list, the control view (overdue and due this month) and the choices for the
legal basis of competitions and programs.

A resolution's number, date and body are copied into the text the
competitions and programs based on it keep (legal_doc_*, resolution_*), and
follow every correction made here, so announcements and program reports
print what the register says.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from app import i18n
from app.domain import registers as R
from app.services import _input as F
from app.services import _registers as G
from app.services.auth import Perm, require
from app.services.browse import _filter
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store import register_models as RM
from app.store.base import utcnow
from app.store.register_queries import ControlPoint, basis_copy, control_points, controllers_of, program_copy
from app.store.register_queries import resolution_label as label_of
from app.terms import word

i18n.register({
    "resolution.duplicate": {
        "ky": "Бул токтом реестрде бар: {label}.",
        "ru": "Это постановление уже есть в реестре: {label}.",
        "en": "This resolution is already in the register: {label}.",
    },
    "resolution.in_use": {
        "ky": "Токтомду өчүрүүгө болбойт: ал {n} жазуунун негизи же ага шилтеме бар ({what}).",
        "ru": "Удалить постановление нельзя: на него опираются или ссылаются {n} записей ({what}).",
        "en": "The resolution cannot be removed: {n} records rest on it or refer to it ({what}).",
    },
    "resolution.point_number_used": {
        "ky": "{number}-пункт бул токтомдо мурда эле бар.",
        "ru": "Пункт {number} в этом постановлении уже есть.",
        "en": "Point {number} already exists in this resolution.",
    },
    "resolution.link_needs_record": {
        "ky": "Шилтеме үчүн жазууну тизмеден тандаңыз.",
        "ru": "Для ссылки выберите запись из списка.",
        "en": "Choose the record to link from the list.",
    },
    "resolution.link_needs_title": {
        "ky": "Документтин аталышын жазыңыз (мисалы, жергиликтүү демилгелер жөнүндө жобо).",
        "ru": "Укажите название документа (например, положение о местных инициативах).",
        "en": "Enter the document's title (e.g. the regulation on local initiatives).",
    },
    "resolution.link_exists": {
        "ky": "Бул шилтеме мурда эле бар.",
        "ru": "Такая ссылка уже есть.",
        "en": "This link already exists.",
    },
    "resolution.already_done": {
        "ky": "Бул пункт мурда эле аткарылды деп белгиленген ({day}).",
        "ru": "Этот пункт уже отмечен исполненным ({day}).",
        "en": "This point is already marked done ({day}).",
    },
    "resolution.not_done": {
        "ky": "Бул пункт аткарылды деп белгиленген эмес.",
        "ru": "Этот пункт не отмечен исполненным.",
        "en": "This point is not marked done.",
    },
    "resolution.basis_of": {
        "ky": "укуктук негизи", "ru": "правовое основание", "en": "legal basis of"},
    "resolution.approved_budget": {
        "ky": "бекитилген бюджет", "ru": "утверждённый бюджет", "en": "budget approved"},
    "resolution.reserve_decision": {
        "ky": "резервдик фонддун чечими", "ru": "решение по резервному фонду", "en": "reserve-fund decision"},
    "resolution.included_proposal": {
        "ky": "угуудагы сунуш киргизилди", "ru": "включено предложение слушаний", "en": "hearing proposal included"},
})

MAX_POINT = 999


# --------------------------------------------------------------------------
# Data in and out


@dataclass(frozen=True)
class ResolutionInput:
    """The resolution's fields as typed; dates as date or "16.02.2023"."""

    body_kind: str = R.BodyKind.AYIL_KENESH.value
    body_name: str = ""
    act_kind: str | None = R.ActKind.RESOLUTION.value
    number: str = ""
    adopted_on: date | str | None = None
    title: str = ""
    normative: bool = False
    justice_sent_on: date | str | None = None
    justice_registered_on: date | str | None = None
    justice_register_no: str = ""
    control_commission: str = ""
    control_official: str = ""
    distribution: str = ""            # one addressee per line
    note: str = ""
    municipality_id: str | None = None


@dataclass(frozen=True)
class PointInput:
    text: str = ""
    number: int | str | None = None   # empty: the next number
    due_on: date | str | None = None
    controller: str = ""
    note: str = ""


@dataclass(frozen=True)
class PointRow:
    id: str
    number: int
    text: str
    due_on: date | None
    controller: str
    status: str
    state: str                        # PointState value (derived)
    done_on: date | None
    done_document: str
    note: str


@dataclass(frozen=True)
class LinkRow:
    id: str | None                    # None: a link made elsewhere (a competition's basis...)
    relation: str                     # LinkRelation value, or "basis", "budget", "decision", "proposal"
    target_kind: str
    target_id: str | None
    title: str


@dataclass(frozen=True)
class ResolutionDetail:
    id: str
    municipality_id: str
    label: str
    body_kind: str
    body_name: str
    act_kind: str | None
    number: str
    adopted_on: date | None
    title: str
    normative: bool
    justice_sent_on: date | None
    justice_registered_on: date | None
    justice_register_no: str
    control_commission: str
    control_official: str
    distribution: tuple[str, ...]
    note: str
    points: tuple[PointRow, ...] = ()
    links: tuple[LinkRow, ...] = ()

    def as_input(self) -> ResolutionInput:
        return ResolutionInput(
            body_kind=self.body_kind, body_name=self.body_name, act_kind=self.act_kind, number=self.number,
            adopted_on=self.adopted_on, title=self.title, normative=self.normative,
            justice_sent_on=self.justice_sent_on, justice_registered_on=self.justice_registered_on,
            justice_register_no=self.justice_register_no, control_commission=self.control_commission,
            control_official=self.control_official, distribution="\n".join(self.distribution), note=self.note,
            municipality_id=self.municipality_id)


@dataclass(frozen=True)
class ResolutionRow:
    """A line of the register list."""

    id: str
    number: str
    adopted_on: date | None
    body: str
    title: str
    normative: bool
    points: int
    overdue: int
    controllers: str


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    municipality_id: str = ""
    extra: dict = field(default_factory=dict, compare=False)


# --------------------------------------------------------------------------
# Validation


def validate_resolution(data: ResolutionInput) -> dict:
    errors: dict = {}
    out: dict = {}
    out["body_kind"] = G.choice(errors, "body_kind", data.body_kind, R.BodyKind)
    out["act_kind"] = G.choice(errors, "act_kind", data.act_kind, R.ActKind, required=False)
    out["body_name"] = F.text(errors, "body_name", data.body_name, max_len=300)
    out["number"] = F.text(errors, "number", data.number, required=True, max_len=50)
    out["adopted_on"] = F.a_date(errors, "adopted_on", data.adopted_on, required=True)
    out["title"] = F.text(errors, "title", data.title, required=True, max_len=2000, multiline=True)
    out["normative"] = bool(data.normative)
    out["justice_sent_on"] = F.a_date(errors, "justice_sent_on", data.justice_sent_on)
    out["justice_registered_on"] = F.a_date(errors, "justice_registered_on", data.justice_registered_on)
    out["justice_register_no"] = F.text(errors, "justice_register_no", data.justice_register_no, max_len=100)
    out["control_commission"] = F.text(errors, "control_commission", data.control_commission, max_len=1000,
                                       multiline=True)
    out["control_official"] = F.text(errors, "control_official", data.control_official, max_len=300)
    dist = F.text(errors, "distribution", data.distribution, max_len=4000, multiline=True)
    out["distribution"] = "\n".join(x.strip() for x in dist.split("\n") if x.strip()) if dist else None
    out["note"] = F.text(errors, "note", data.note, max_len=4000, multiline=True)
    problems = R.check_justice(out["normative"], out["adopted_on"], out["justice_sent_on"],
                               out["justice_registered_on"], out["justice_register_no"])
    G.refuse(problems, errors)
    return out


def _point_values(errors: dict, data: PointInput) -> dict:
    return {
        "text": F.text(errors, "text", data.text, required=True, max_len=4000, multiline=True),
        "due_on": F.a_date(errors, "due_on", data.due_on),
        "controller": F.text(errors, "controller", data.controller, max_len=300),
        "note": F.text(errors, "note", data.note, max_len=2000, multiline=True),
    }


# --------------------------------------------------------------------------
# Reading


def _points(s, resolution_id: str) -> list[RM.ResolutionPoint]:
    P = RM.ResolutionPoint
    return list(s.scalars(select(P).where(P.resolution_id == resolution_id, G.live(P))
                          .order_by(P.number, P.created_at)))


def _derived_links(s, r: RM.Resolution, lang: str | None) -> list[LinkRow]:
    out = [LinkRow(None, "basis", "competition", c.id, c.title) for c in s.scalars(
        select(M.Competition).where(M.Competition.resolution_id == r.id, G.live(M.Competition))
        .order_by(M.Competition.year, M.Competition.title))]
    out += [LinkRow(None, "basis", "program", p.id, p.title) for p in s.scalars(
        select(M.DevelopmentProgram).where(M.DevelopmentProgram.resolution_id == r.id, G.live(M.DevelopmentProgram)))]
    out += [LinkRow(None, "budget", "budget", b.id, str(b.year)) for b in s.scalars(
        select(RM.LocalBudget).where(RM.LocalBudget.resolution_id == r.id, G.live(RM.LocalBudget)))]
    out += [LinkRow(None, "decision", "budget", d.budget_id, f"{F.show_date(d.decided_on)} {d.document}")
            for d in s.scalars(select(RM.ReserveDecision).where(RM.ReserveDecision.resolution_id == r.id,
                                                               G.live(RM.ReserveDecision)))]
    out += [LinkRow(None, "proposal", "hearing", p.hearing_id, p.text) for p in s.scalars(
        select(RM.HearingProposal).where(RM.HearingProposal.included_resolution_id == r.id,
                                         G.live(RM.HearingProposal)))]
    return out


def _link_title(s, link: RM.ResolutionLink) -> str:
    kind = R.LinkTarget(link.target_kind)
    if kind == R.LinkTarget.COMPETITION:
        row = s.get(M.Competition, link.target_id)
        return row.title if row else "?"
    if kind == R.LinkTarget.PROGRAM:
        row = s.get(M.DevelopmentProgram, link.target_id)
        return row.title if row else "?"
    if kind == R.LinkTarget.BUDGET:
        row = s.get(RM.LocalBudget, link.target_id)
        return str(row.year) if row else "?"
    if kind == R.LinkTarget.TARGET_CORRECTION:
        row = s.get(M.TargetCorrection, link.target_id)
        ind = s.get(M.Indicator, row.indicator_id) if row else None
        return f"{ind.name if ind else '?'}: {row.year or ''} → {row.new_value}" if row else "?"
    return link.title or ""


def get_resolution(db, resolution_id: str, today: date | None = None, lang: str | None = None) -> ResolutionDetail:
    today = G.today_or(today)
    with db.reader() as s:
        r = G.get_live(s, RM.Resolution, resolution_id)
        points = tuple(PointRow(p.id, p.number, p.text, p.due_on, p.controller or "", p.status.value,
                                R.point_state(p.status, p.due_on, p.done_on, today).value, p.done_on,
                                p.done_document or "", p.note or "") for p in _points(s, r.id))
        L = RM.ResolutionLink
        links = [LinkRow(k.id, k.relation.value, k.target_kind.value, k.target_id, _link_title(s, k))
                 for k in s.scalars(select(L).where(L.resolution_id == r.id, G.live(L)).order_by(L.created_at))]
        links += _derived_links(s, r, lang)
        return ResolutionDetail(
            r.id, r.municipality_id, label_of(r, lang), r.body_kind.value, r.body_name or "",
            r.act_kind.value if r.act_kind else None, r.number or "", r.adopted_on, r.title, bool(r.normative),
            r.justice_sent_on, r.justice_registered_on, r.justice_register_no or "", r.control_commission or "",
            r.control_official or "", tuple(x for x in (r.distribution or "").split("\n") if x), r.note or "",
            points, tuple(links))


def list_resolutions(db, search: str = "", today: date | None = None) -> list[ResolutionRow]:
    """The register, newest first."""
    today = G.today_or(today)
    Rs, P = RM.Resolution, RM.ResolutionPoint
    with db.reader() as s:
        rows = s.scalars(select(Rs).where(G.live(Rs)).order_by(Rs.adopted_on.desc(), Rs.number)).all()
        points: dict[str, list] = {}
        for p in s.scalars(select(P).where(G.live(P))):
            points.setdefault(p.resolution_id, []).append(p)
        out = []
        for r in rows:
            mine = points.get(r.id, [])
            overdue = sum(1 for p in mine
                          if R.point_state(p.status, p.due_on, p.done_on, today) == R.PointState.OVERDUE)
            body = r.body_name or word("body_kind", r.body_kind)
            out.append(ResolutionRow(r.id, r.number or "", r.adopted_on, body, r.title, bool(r.normative),
                                     len(mine), overdue, controllers_of(r)))
    return _filter(out, search)


def list_control(db, search: str = "", today: date | None = None, attention_only: bool = True) -> list[ControlPoint]:
    """The points under control that are overdue or due this month (all of
    them with attention_only=False), overdue first."""
    with db.reader() as s:
        rows = control_points(s, G.today_or(today), attention_only=attention_only)
    return _filter(rows, search)


# the records a resolution is chosen for, by the kind the choices are asked for
_OWNERS = {"competition": M.Competition, "program": M.DevelopmentProgram, "hearing": RM.Hearing,
           "budget": RM.LocalBudget, "need": RM.Need}


def resolution_choices(db, lang: str | None = None, owner: tuple[str, str | None] | None = None) -> list[Choice]:
    """The resolutions a record may rest on, newest first: those of the
    record's own municipality (a resolution of another village is refused
    when saved, so it is not offered). `owner` is (kind, id) of the record
    ("competition", "program", "hearing", "budget"; "need": a competition
    drafted from that need goes to its municipality); no id, or no owner: a
    new record, which goes to the first municipality as the services make it."""
    Rs = RM.Resolution
    with db.reader() as s:
        mid = None
        if owner is not None and owner[1]:
            row = s.get(_OWNERS[owner[0]], owner[1])
            mid = row.municipality_id if row is not None else None
        if mid is None:
            Mu = M.Municipality
            mid = s.scalar(select(Mu.id).where(G.live(Mu)).order_by(Mu.created_at, Mu.name).limit(1))
        query = select(Rs).where(G.live(Rs), Rs.municipality_id == mid)
        return [Choice(r.id, f"{label_of(r, lang)} — {r.title}", r.municipality_id)
                for r in s.scalars(query.order_by(Rs.adopted_on.desc(), Rs.number))]


def basis_of(db, kind: str, row_id: str) -> str | None:
    """The resolution a competition or program rests on (None: not chosen)."""
    model = M.Competition if kind == "competition" else M.DevelopmentProgram
    with db.reader() as s:
        row = s.get(model, row_id)
        return row.resolution_id if row is not None else None


def link_choices(db, target_kind: str) -> list[Choice]:
    """Records a resolution can approve or change, of one kind."""
    kind = R.LinkTarget(target_kind)
    with db.reader() as s:
        if kind == R.LinkTarget.COMPETITION:
            C = M.Competition
            return [Choice(c.id, f"{c.year} — {c.title}", c.municipality_id)
                    for c in s.scalars(select(C).where(G.live(C)).order_by(C.year.desc(), C.title))]
        if kind == R.LinkTarget.PROGRAM:
            D = M.DevelopmentProgram
            return [Choice(p.id, f"{p.start_year}–{p.end_year} — {p.title}", p.municipality_id)
                    for p in s.scalars(select(D).where(G.live(D)).order_by(D.start_year))]
        if kind == R.LinkTarget.BUDGET:
            B, Mu = RM.LocalBudget, M.Municipality
            return [Choice(b.id, f"{b.year} — {name}", b.municipality_id) for b, name in s.execute(
                select(B, Mu.name).join(Mu, Mu.id == B.municipality_id).where(G.live(B)).order_by(B.year.desc()))]
        if kind == R.LinkTarget.TARGET_CORRECTION:
            T, I = M.TargetCorrection, M.Indicator
            return [Choice(t.id, f"{ind.name}: {t.year or '—'} → {t.new_value}") for t, ind in s.execute(
                select(T, I).join(I, I.id == T.indicator_id).where(G.live(T), G.live(I)).order_by(I.name, T.year))]
    return []


# --------------------------------------------------------------------------
# The resolution


def _duplicate(s, mid: str, values: dict, own_id: str | None) -> None:
    Rs = RM.Resolution
    q = select(Rs).where(G.live(Rs), Rs.municipality_id == mid, Rs.body_kind == values["body_kind"],
                         Rs.number == values["number"], Rs.adopted_on == values["adopted_on"])
    if own_id:
        q = q.where(Rs.id != own_id)
    other = s.scalars(q.limit(1)).first()
    if other is not None:
        raise ValidationError({"number": ServiceError("resolution.duplicate", "number", label=label_of(other))})


def _follow(s, r: RM.Resolution) -> None:
    """Competitions and programs based on `r` keep its text."""
    copy = basis_copy(r)
    for c in s.scalars(select(M.Competition).where(M.Competition.resolution_id == r.id)):
        F.set_changed(c, copy)
    pcopy = program_copy(r)
    for p in s.scalars(select(M.DevelopmentProgram).where(M.DevelopmentProgram.resolution_id == r.id)):
        F.set_changed(p, pcopy)


def create_resolution(db, data: ResolutionInput) -> str:
    require(db, Perm.REGISTERS)
    values = validate_resolution(data)
    with db.session() as s:
        mid = G.municipality_id(s, data.municipality_id)
        _duplicate(s, mid, values, None)
        r = RM.Resolution(municipality_id=mid, **values)
        s.add(r)
        s.flush()
        return r.id


def update_resolution(db, resolution_id: str, data: ResolutionInput) -> None:
    """Save the resolution's fields; the competitions and programs based on
    it keep its corrected number, date and body."""
    require(db, Perm.REGISTERS)
    values = validate_resolution(data)
    with db.session() as s:
        r = G.get_live(s, RM.Resolution, resolution_id)
        _duplicate(s, r.municipality_id, values, r.id)
        for p in _points(s, r.id):
            G.refuse(R.check_point(values["adopted_on"], p.due_on))
        F.set_changed(r, values)
        s.flush()
        _follow(s, r)


def _uses(s, r_id: str) -> dict[str, int]:
    def count(model, *where) -> int:
        return s.scalar(select(func.count()).select_from(model).where(G.live(model), *where)) or 0

    return {
        "competition": count(M.Competition, M.Competition.resolution_id == r_id),
        "program": count(M.DevelopmentProgram, M.DevelopmentProgram.resolution_id == r_id),
        "budget": count(RM.LocalBudget, RM.LocalBudget.resolution_id == r_id)
        + count(RM.ReserveDecision, RM.ReserveDecision.resolution_id == r_id),
        "proposal": count(RM.HearingProposal, RM.HearingProposal.included_resolution_id == r_id),
    }


def remove_resolution(db, resolution_id: str) -> None:
    """Tombstone a resolution nothing rests on, with its points and links."""
    require(db, Perm.REGISTERS)
    with db.session() as s:
        r = G.get_live(s, RM.Resolution, resolution_id)
        uses = {k: n for k, n in _uses(s, r.id).items() if n}
        if uses:
            names = {k: i18n.t("resolution.included_proposal" if k == "proposal" else f"link_target.{k}")
                     for k in uses}
            what = ", ".join(f"{names[k]}: {n}" for k, n in uses.items())
            raise ServiceError("resolution.in_use", n=sum(uses.values()), what=what)
        now = utcnow()
        for model in (RM.ResolutionPoint, RM.ResolutionLink):
            for row in s.scalars(select(model).where(model.resolution_id == r.id, G.live(model))):
                row.deleted_at = now
        r.deleted_at = now


# --------------------------------------------------------------------------
# Points under control


def _next_number(s, resolution_id: str) -> int:
    return max((p.number for p in _points(s, resolution_id)), default=0) + 1


def _check_number(s, resolution_id: str, number: int, own_id: str | None) -> None:
    if any(p.number == number and p.id != own_id for p in _points(s, resolution_id)):
        raise ValidationError({"number": ServiceError("resolution.point_number_used", "number", number=number)})


def add_point(db, resolution_id: str, data: PointInput) -> str:
    require(db, Perm.REGISTERS)
    errors: dict = {}
    values = _point_values(errors, data)
    number = F.integer(errors, "number", data.number, lo=1, hi=MAX_POINT, required=False)
    G.refuse([], errors)
    with db.session() as s:
        r = G.get_live(s, RM.Resolution, resolution_id)
        G.refuse(R.check_point(r.adopted_on, values["due_on"]))
        number = number or _next_number(s, r.id)
        _check_number(s, r.id, number, None)
        p = RM.ResolutionPoint(resolution_id=r.id, number=number, status=R.PointStatus.IN_PROGRESS, **values)
        s.add(p)
        s.flush()
        return p.id


def update_point(db, point_id: str, data: PointInput) -> None:
    require(db, Perm.REGISTERS)
    errors: dict = {}
    values = _point_values(errors, data)
    number = F.integer(errors, "number", data.number, lo=1, hi=MAX_POINT, required=False)
    G.refuse([], errors)
    with db.session() as s:
        p = G.get_live(s, RM.ResolutionPoint, point_id)
        r = G.get_live(s, RM.Resolution, p.resolution_id)
        G.refuse(R.check_point(r.adopted_on, values["due_on"]))
        if number is not None:
            _check_number(s, r.id, number, p.id)
            values["number"] = number
        F.set_changed(p, values)


def mark_point_done(db, point_id: str, done_on, document: str, today: date | None = None) -> None:
    """Done, with the date and the confirming document (both needed)."""
    require(db, Perm.REGISTERS)
    errors: dict = {}
    day = F.a_date(errors, "done_on", done_on)
    doc = F.text(errors, "done_document", document, max_len=300)
    G.refuse([], errors)
    with db.session() as s:
        p = G.get_live(s, RM.ResolutionPoint, point_id)
        if p.status == R.PointStatus.DONE:
            raise ServiceError("resolution.already_done", day=F.show_date(p.done_on))
        r = G.get_live(s, RM.Resolution, p.resolution_id)
        G.refuse(R.check_done(r.adopted_on, day, doc, G.today_or(today)))
        F.set_changed(p, {"status": R.PointStatus.DONE, "done_on": day, "done_document": doc})


def reopen_point(db, point_id: str) -> None:
    """Back to in progress (a done mark made by mistake)."""
    require(db, Perm.REGISTERS)
    with db.session() as s:
        p = G.get_live(s, RM.ResolutionPoint, point_id)
        if p.status != R.PointStatus.DONE:
            raise ServiceError("resolution.not_done")
        F.set_changed(p, {"status": R.PointStatus.IN_PROGRESS, "done_on": None, "done_document": None})


def remove_point(db, point_id: str) -> None:
    require(db, Perm.REGISTERS)
    with db.session() as s:
        p = G.get_live(s, RM.ResolutionPoint, point_id)
        p.deleted_at = utcnow()


# --------------------------------------------------------------------------
# What it approves or changes


_TARGET_MODELS = {R.LinkTarget.COMPETITION: M.Competition, R.LinkTarget.PROGRAM: M.DevelopmentProgram,
                  R.LinkTarget.TARGET_CORRECTION: M.TargetCorrection, R.LinkTarget.BUDGET: RM.LocalBudget}


def link_resolution(db, resolution_id: str, relation: str, target_kind: str, target_id: str | None = None,
                    title: str = "") -> str:
    """Record that the resolution approves or changes a competition, program,
    target correction or budget (a record), or a regulation or other
    document (by its title)."""
    require(db, Perm.REGISTERS)
    errors: dict = {}
    rel = G.choice(errors, "relation", relation, R.LinkRelation)
    kind = G.choice(errors, "target_kind", target_kind, R.LinkTarget)
    clean_title = F.text(errors, "title", title, max_len=1000)
    if kind in R.RECORD_TARGETS and not target_id:
        errors["target_id"] = ServiceError("resolution.link_needs_record", "target_id")
    if kind is not None and kind not in R.RECORD_TARGETS and not clean_title and "title" not in errors:
        errors["title"] = ServiceError("resolution.link_needs_title", "title")
    G.refuse([], errors)
    with db.session() as s:
        r = G.get_live(s, RM.Resolution, resolution_id)
        if kind in R.RECORD_TARGETS:
            G.get_live(s, _TARGET_MODELS[kind], target_id, "target_id")
        else:
            target_id = None
        L = RM.ResolutionLink
        same = select(L.id).where(L.resolution_id == r.id, G.live(L), L.relation == rel, L.target_kind == kind)
        same = same.where(L.target_id == target_id) if target_id else same.where(L.title == clean_title)
        if s.scalar(same.limit(1)):
            raise ServiceError("resolution.link_exists")
        link = L(resolution_id=r.id, relation=rel, target_kind=kind, target_id=target_id,
                 title=None if target_id else clean_title)
        s.add(link)
        s.flush()
        return link.id


def unlink_resolution(db, link_id: str) -> None:
    require(db, Perm.REGISTERS)
    with db.session() as s:
        link = G.get_live(s, RM.ResolutionLink, link_id)
        link.deleted_at = utcnow()


# --------------------------------------------------------------------------
# The legal basis of competitions and programs (used by their services)


def basis_values(s, resolution_id: str | None, municipality_id: str | None, kind: str) -> dict:
    """The columns a competition (kind "competition") or program keeps for
    its legal basis chosen from the register; {} when none is chosen."""
    if not resolution_id:
        return {"resolution_id": None}
    r = G.get_live(s, RM.Resolution, resolution_id, "resolution_id")
    if municipality_id:
        G.same_municipality(s, municipality_id, r.municipality_id, "resolution_id")
    copy = basis_copy(r) if kind == "competition" else program_copy(r)
    return {"resolution_id": r.id, **copy}


__all__ = ["ResolutionInput", "PointInput", "ResolutionDetail", "ResolutionRow", "PointRow", "LinkRow", "Choice",
           "ControlPoint", "validate_resolution", "get_resolution", "list_resolutions", "list_control",
           "resolution_choices", "basis_of", "link_choices", "create_resolution", "update_resolution",
           "remove_resolution", "add_point", "update_point", "mark_point_done", "reopen_point", "remove_point",
           "link_resolution", "unlink_resolution", "basis_values"]
