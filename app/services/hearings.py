"""Public hearings: the hearing (type, notice, date, place or online),
attendance by the same participant categories as events (a part never more
than its whole), the proposals with the author group, and the answer to
each (accepted, partly, rejected with a reason, included in a resolution or
a budget line). A proposal can go on to the needs register.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app import i18n
from app.domain import registers as R
from app.domain.participants import check_counts, grand_total
from app.domain.budget import MAX_COUNT
from app.services import _input as F
from app.services import _registers as G
from app.services.auth import Perm, require
from app.services.browse import _filter
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store import register_models as RM
from app.store.base import utcnow
from app.store.project_queries import load_categories
from app.store.register_queries import proposal_included as included_text

i18n.register({
    "hearing.part_exceeds": {
        "ky": "«{part}» ({part_count}) «{whole}» ({whole_count}) санынан ашпашы керек.",
        "ru": "«{part}» ({part_count}) не может быть больше, чем «{whole}» ({whole_count}).",
        "en": "“{part}” ({part_count}) cannot be more than “{whole}” ({whole_count}).",
    },
    "hearing.parts_sum_exceeds": {
        "ky": "«{whole}» бөлүктөрүнүн суммасы ({part_count}) анын өзүнөн ({whole_count}) ашпашы керек.",
        "ru": "Сумма частей категории «{whole}» ({part_count}) больше её самой ({whole_count}).",
        "en": "The parts of “{whole}” add up to {part_count}, more than {whole_count}.",
    },
    "hearing.in_use": {
        "ky": "Угууну өчүрүүгө болбойт: андан {n} муктаждык катталган.",
        "ru": "Удалить слушания нельзя: из них записано потребностей: {n}.",
        "en": "The hearing cannot be removed: {n} needs were recorded from it.",
    },
    "hearing.already_need": {
        "ky": "Бул сунуш муктаждыктар реестрине мурда эле киргизилген.",
        "ru": "Это предложение уже внесено в реестр потребностей.",
        "en": "This proposal is already in the needs register.",
    },
    "hearing.proposal_in_use": {
        "ky": "Сунушту өчүрүүгө болбойт: ал муктаждыктар реестринде бар.",
        "ru": "Удалить предложение нельзя: оно есть в реестре потребностей.",
        "en": "The proposal cannot be removed: it is in the needs register.",
    },
})


# --------------------------------------------------------------------------
# Data in and out


@dataclass(frozen=True)
class HearingInput:
    kind: str = R.HearingKind.BUDGET_DRAFT.value
    title: str = ""
    notice_on: date | str | None = None
    notice_channel: str = ""
    held_on: date | str | None = None
    place: str = ""
    online: bool = False
    chair: str = ""
    secretary: str = ""
    note: str = ""
    municipality_id: str | None = None


@dataclass(frozen=True)
class ProposalInput:
    author_group: str = ""
    text: str = ""


@dataclass(frozen=True)
class AnswerInput:
    status: str = R.ProposalStatus.ACCEPTED.value
    answer: str = ""
    included_resolution_id: str | None = None
    included_allocation_id: str | None = None
    included_note: str = ""


@dataclass(frozen=True)
class CategoryCount:
    id: str
    name: str
    parent_id: str | None
    count: int | None


@dataclass(frozen=True)
class ProposalView:
    id: str
    position: int
    author_group: str
    text: str
    status: str
    answer: str
    included_resolution_id: str | None
    included_allocation_id: str | None
    included: str            # where it was included, in words
    need_id: str | None


@dataclass(frozen=True)
class HearingDetail:
    id: str
    municipality_id: str
    municipality: str
    kind: str
    title: str
    notice_on: date | None
    notice_channel: str
    held_on: date
    place: str
    online: bool
    chair: str
    secretary: str
    note: str
    attendance: tuple[CategoryCount, ...]
    participants: int
    proposals: tuple[ProposalView, ...]

    @property
    def counts(self) -> dict[str, int]:
        return R.proposal_counts(p.status for p in self.proposals)

    def as_input(self) -> HearingInput:
        return HearingInput(self.kind, self.title, self.notice_on, self.notice_channel, self.held_on, self.place,
                            self.online, self.chair, self.secretary, self.note, self.municipality_id)


@dataclass(frozen=True)
class HearingRow:
    id: str
    held_on: date
    kind: str
    title: str
    place: str
    online: bool
    participants: int
    proposals: int
    answered: int


# --------------------------------------------------------------------------
# Reading


def _proposals(s, hearing_id: str) -> list[RM.HearingProposal]:
    P = RM.HearingProposal
    return list(s.scalars(select(P).where(P.hearing_id == hearing_id, G.live(P)).order_by(P.position, P.created_at)))


def _counts(s, hearing_id: str) -> dict[str, int]:
    A = RM.HearingAttendance
    return {a.category_id: a.count for a in s.scalars(select(A).where(A.hearing_id == hearing_id, G.live(A)))}


def get_hearing(db, hearing_id: str, lang: str | None = None) -> HearingDetail:
    lang = lang or i18n.language()
    with db.reader() as s:
        h = G.get_live(s, RM.Hearing, hearing_id)
        mun = s.get(M.Municipality, h.municipality_id)
        counts = _counts(s, h.id)
        cats = load_categories(s)
        attendance = tuple(CategoryCount(c.id, c.name(lang), c.parent_id, counts.get(c.id)) for c in cats)
        N = RM.Need
        needs = dict(s.execute(select(N.proposal_id, N.id).where(G.live(N), N.hearing_id == h.id,
                                                                N.proposal_id.is_not(None))).all())
        proposals = tuple(ProposalView(p.id, p.position, p.author_group or "", p.text, p.status.value,
                                       p.answer or "", p.included_resolution_id, p.included_allocation_id,
                                       included_text(s, p, lang), needs.get(p.id))
                          for p in _proposals(s, h.id))
        return HearingDetail(h.id, h.municipality_id, mun.name if mun else "", h.kind.value, h.title, h.notice_on,
                             h.notice_channel or "", h.held_on, h.place or "", bool(h.online), h.chair or "",
                             h.secretary or "", h.note or "", attendance,
                             grand_total(counts, {c.id: c.rule for c in cats}), proposals)


def list_hearings(db, search: str = "") -> list[HearingRow]:
    """Every hearing, the latest first."""
    H, P = RM.Hearing, RM.HearingProposal
    with db.reader() as s:
        cats = {c.id: c.rule for c in load_categories(s)}
        props: dict[str, list[str]] = {}
        for hid, status in s.execute(select(P.hearing_id, P.status).where(G.live(P))):
            props.setdefault(hid, []).append(status.value)
        out = []
        for h in s.scalars(select(H).where(G.live(H)).order_by(H.held_on.desc(), H.title)):
            statuses = props.get(h.id, [])
            out.append(HearingRow(h.id, h.held_on, h.kind.value, h.title, h.place or "", bool(h.online),
                                  grand_total(_counts(s, h.id), cats), len(statuses),
                                  sum(1 for x in statuses if x != R.ProposalStatus.PENDING.value)))
    return _filter(out, search)


# --------------------------------------------------------------------------
# The hearing


def _hearing_values(data: HearingInput) -> dict:
    errors: dict = {}
    out = {
        "kind": G.choice(errors, "kind", data.kind, R.HearingKind),
        "title": F.text(errors, "title", data.title, required=True, max_len=500),
        "notice_on": F.a_date(errors, "notice_on", data.notice_on),
        "notice_channel": F.text(errors, "notice_channel", data.notice_channel, max_len=300),
        "held_on": F.a_date(errors, "held_on", data.held_on, required=True),
        "place": F.text(errors, "place", data.place, max_len=300),
        "online": bool(data.online),
        "chair": F.text(errors, "chair", data.chair, max_len=300),
        "secretary": F.text(errors, "secretary", data.secretary, max_len=300),
        "note": F.text(errors, "note", data.note, max_len=4000, multiline=True),
    }
    G.refuse(R.check_hearing_dates(out["notice_on"], out["held_on"]), errors)
    return out


def create_hearing(db, data: HearingInput) -> str:
    require(db, Perm.REGISTERS)
    values = _hearing_values(data)
    with db.session() as s:
        h = RM.Hearing(municipality_id=G.municipality_id(s, data.municipality_id), **values)
        s.add(h)
        s.flush()
        return h.id


def update_hearing(db, hearing_id: str, data: HearingInput) -> None:
    require(db, Perm.REGISTERS)
    values = _hearing_values(data)
    with db.session() as s:
        F.set_changed(G.get_live(s, RM.Hearing, hearing_id), values)


def remove_hearing(db, hearing_id: str) -> None:
    """Tombstone a hearing with its attendance and proposals, unless needs
    were recorded from it."""
    require(db, Perm.REGISTERS)
    with db.session() as s:
        h = G.get_live(s, RM.Hearing, hearing_id)
        n = s.scalar(select(func.count()).select_from(RM.Need).where(G.live(RM.Need), RM.Need.hearing_id == h.id))
        if n:
            raise ServiceError("hearing.in_use", n=n)
        now = utcnow()
        for model in (RM.HearingAttendance, RM.HearingProposal):
            for row in s.scalars(select(model).where(model.hearing_id == h.id, G.live(model))):
                row.deleted_at = now
        h.deleted_at = now


def set_attendance(db, hearing_id: str, counts: dict, lang: str | None = None) -> None:
    """Attendance by category (id -> count; None or "" clears it). A part
    larger than its whole is refused naming both numbers; nothing is saved."""
    require(db, Perm.REGISTERS)
    lang = lang or i18n.language()
    with db.session() as s:
        h = G.get_live(s, RM.Hearing, hearing_id)
        cats = load_categories(s)
        rules = {c.id: c.rule for c in cats}
        names = {c.id: c.name(lang) for c in cats}
        errors: dict = {}
        cleaned: dict[str, int | None] = {}
        for cid, value in counts.items():
            if cid not in rules:
                raise F.not_found("category")
            cleaned[cid] = F.integer(errors, cid, value, lo=0, hi=MAX_COUNT, required=False)
        G.refuse([], errors)
        merged = _counts(s, h.id)
        for cid, n in cleaned.items():
            if n is None:
                merged.pop(cid, None)
            else:
                merged[cid] = n
        problems = check_counts(merged, rules)
        if problems:
            p = problems[0]
            if p.parts_sum:
                raise ServiceError("hearing.parts_sum_exceeds", p.whole_id, whole=names.get(p.whole_id, "?"),
                                   part_count=p.part_count, whole_count=p.whole_count)
            raise ServiceError("hearing.part_exceeds", p.part_id, part=names.get(p.part_id, "?"),
                               part_count=p.part_count, whole=names.get(p.whole_id, "?"), whole_count=p.whole_count)
        A = RM.HearingAttendance
        existing = {a.category_id: a for a in s.scalars(select(A).where(A.hearing_id == h.id))}
        now = utcnow()
        for cid, n in cleaned.items():
            row = existing.get(cid)
            if n is None:
                if row is not None and row.deleted_at is None:
                    row.deleted_at = now
            elif row is None:
                s.add(A(hearing_id=h.id, category_id=cid, count=n))
            else:   # the unique (hearing, category) row is reused, tombstoned or not
                if row.deleted_at is not None:
                    row.deleted_at = None
                if row.count != n:
                    row.count = n


# --------------------------------------------------------------------------
# Proposals and answers


def _proposal_values(data: ProposalInput) -> dict:
    errors: dict = {}
    out = {"author_group": F.text(errors, "author_group", data.author_group, max_len=300),
           "text": F.text(errors, "text", data.text, required=True, max_len=4000, multiline=True)}
    G.refuse([], errors)
    return out


def add_proposal(db, hearing_id: str, data: ProposalInput) -> str:
    require(db, Perm.REGISTERS)
    values = _proposal_values(data)
    with db.session() as s:
        h = G.get_live(s, RM.Hearing, hearing_id)
        position = max((p.position for p in _proposals(s, h.id)), default=0) + 1
        p = RM.HearingProposal(hearing_id=h.id, position=position, status=R.ProposalStatus.PENDING, **values)
        s.add(p)
        s.flush()
        return p.id


def update_proposal(db, proposal_id: str, data: ProposalInput) -> None:
    require(db, Perm.REGISTERS)
    values = _proposal_values(data)
    with db.session() as s:
        F.set_changed(G.get_live(s, RM.HearingProposal, proposal_id), values)


def answer_proposal(db, proposal_id: str, data: AnswerInput) -> None:
    """The answer and its status; an accepted (or partly) proposal may be
    included in a resolution or a line of the local budget."""
    require(db, Perm.REGISTERS)
    errors: dict = {}
    status = G.choice(errors, "status", data.status, R.ProposalStatus)
    answer = F.text(errors, "answer", data.answer, max_len=4000, multiline=True)
    note = F.text(errors, "included_note", data.included_note, max_len=300)
    G.refuse([], errors)
    included = bool(data.included_resolution_id or data.included_allocation_id or note)
    G.refuse(R.check_proposal_answer(status, answer, included))
    with db.session() as s:
        p = G.get_live(s, RM.HearingProposal, proposal_id)
        h = G.get_live(s, RM.Hearing, p.hearing_id)
        if data.included_resolution_id:
            r = G.get_live(s, RM.Resolution, data.included_resolution_id, "included_resolution_id")
            G.same_municipality(s, h.municipality_id, r.municipality_id, "included_resolution_id")
        if data.included_allocation_id:
            a = G.get_live(s, RM.BudgetAllocation, data.included_allocation_id, "included_allocation_id")
            b = G.get_live(s, RM.LocalBudget, a.budget_id, "included_allocation_id")
            G.same_municipality(s, h.municipality_id, b.municipality_id, "included_allocation_id")
        F.set_changed(p, {"status": status, "answer": answer,
                          "included_resolution_id": data.included_resolution_id or None,
                          "included_allocation_id": data.included_allocation_id or None, "included_note": note})


def remove_proposal(db, proposal_id: str) -> None:
    require(db, Perm.REGISTERS)
    with db.session() as s:
        p = G.get_live(s, RM.HearingProposal, proposal_id)
        if s.scalar(select(func.count()).select_from(RM.Need).where(G.live(RM.Need), RM.Need.proposal_id == p.id)):
            raise ServiceError("hearing.proposal_in_use")
        p.deleted_at = utcnow()


def proposal_to_need(db, proposal_id: str, village: str = "") -> str:
    """Put a hearing's proposal in the needs register (source: the hearing)."""
    require(db, Perm.REGISTERS)
    errors: dict = {}
    village = F.text(errors, "village", village, max_len=200)
    G.refuse([], errors)
    with db.session() as s:
        p = G.get_live(s, RM.HearingProposal, proposal_id)
        h = G.get_live(s, RM.Hearing, p.hearing_id)
        N = RM.Need
        if s.scalar(select(N.id).where(G.live(N), N.proposal_id == p.id).limit(1)):
            raise ValidationError({"": ServiceError("hearing.already_need")})
        need = N(municipality_id=h.municipality_id, source=R.NeedSource.HEARING, received_on=h.held_on,
                 village=village, group_concerned=p.author_group, problem=p.text, status=R.NeedStatus.NEW,
                 hearing_id=h.id, proposal_id=p.id)
        s.add(need)
        s.flush()
        return need.id


def hearing_choices(db) -> list:
    from app.services.resolutions import Choice

    H = RM.Hearing
    with db.reader() as s:
        return [Choice(h.id, f"{F.show_date(h.held_on)} — {h.title}", h.municipality_id)
                for h in s.scalars(select(H).where(G.live(H)).order_by(H.held_on.desc()))]
