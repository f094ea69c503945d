"""The grant commission: members, meetings, attendance, conflicts of interest,
scores and votes, the decision within the budget, and closing the protocol.

A closed protocol is refused here and, independently, by triggers in the
database (migration 0011)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, select

from app import i18n
from app.domain import commission as rules
from app.domain import enums as E
from app.services.auth import Perm, require
from app.services.errors import ServiceError, ValidationError
from app.store.protocol_hash import protocol_content, protocol_hash
from app.store import models as M
from app.store.base import utcnow

i18n.register({
    "commission.closed": {
        "ky": "Протокол жабылган: аны өзгөртүүгө болбойт. Оңдоо үчүн толуктоочу протокол түзүңүз.",
        "ru": "Протокол закрыт: его нельзя изменить. Для исправления составьте дополняющий протокол.",
        "en": "The protocol is closed and cannot be changed. Make an amending protocol to correct it.",
    },
    "commission.no_quorum": {
        "ky": "Кворум жок: {present} мүчө катышууда, керек {needed}.",
        "ru": "Нет кворума: присутствуют {present}, нужно {needed}.",
        "en": "No quorum: {present} members present, {needed} needed.",
    },
    "commission.no_quorum_app": {
        "ky": "{number} өтүнмөсү боюнча кворум жок: кызыкчылыктардын кагылышуусуз {present} мүчө, керек {needed}.",
        "ru": "Нет кворума по заявке {number}: без конфликта интересов {present}, нужно {needed}.",
        "en": "No quorum for application {number}: {present} members without a conflict, {needed} needed.",
    },
    "commission.not_found": {
        "ky": "Мындай жазуу табылган жок.", "ru": "Запись не найдена.", "en": "Record not found.",
    },
    "commission.member_absent": {
        "ky": "{name} отурумга катышкан эмес.", "ru": "{name} не присутствует на заседании.",
        "en": "{name} is not present at the meeting.",
    },
    "commission.conflicted": {
        "ky": "{name} бул өтүнмө боюнча кызыкчылыктардын кагылышуусун билдирген; упай жана добуш бере албайт.",
        "ru": "{name} заявил(а) конфликт интересов по этой заявке и не может оценивать и голосовать.",
        "en": "{name} declared a conflict of interest for this application and cannot score or vote on it.",
    },
    "commission.points": {
        "ky": "Упай 0дөн {max}гө чейин болушу керек: «{criterion}».",
        "ru": "Балл должен быть от 0 до {max}: «{criterion}».",
        "en": "Points must be from 0 to {max}: “{criterion}”.",
    },
    "commission.name": {
        "ky": "Аты-жөнүн жазыңыз (300 белгиге чейин).", "ru": "Укажите ФИО (до 300 знаков).",
        "en": "Enter the full name (up to 300 characters).",
    },
    "commission.justification": {
        "ky": "Тартипти колго өзгөртүү үчүн жазуу жүзүндөгү негиздеме керек.",
        "ru": "Для ручного изменения порядка нужно письменное обоснование.",
        "en": "Changing the order by hand needs a written justification.",
    },
    "commission.double_entry": {
        "ky": "Экинчи киргизүү биринчисинен айырмаланат ({count} жерде); эч нерсе сакталган жок.",
        "ru": "Повторный ввод отличается от первого ({count} расхождений); ничего не сохранено.",
        "en": "The second entry differs from the first ({count} differences); nothing was saved.",
    },
})


def _meeting(s, meeting_id: str) -> M.Meeting:
    m = s.get(M.Meeting, meeting_id)
    if m is None or m.deleted_at is not None:
        raise ServiceError("commission.not_found")
    return m


def _open(s, meeting_id: str) -> M.Meeting:
    m = _meeting(s, meeting_id)
    if m.status == E.MeetingStatus.CLOSED:
        raise ServiceError("commission.closed")
    return m


def _competition_of(s, meeting: M.Meeting) -> M.Competition:
    commission = s.get(M.Commission, meeting.commission_id)
    return s.get(M.Competition, commission.competition_id)


def _members(s, commission_id: str) -> list[M.CommissionMember]:
    return list(s.scalars(select(M.CommissionMember).where(
        M.CommissionMember.commission_id == commission_id, M.CommissionMember.deleted_at.is_(None))
        .order_by(M.CommissionMember.sort_order)))


def _present(s, meeting_id: str) -> set[str]:
    return set(s.scalars(select(M.Attendance.member_id).where(
        M.Attendance.meeting_id == meeting_id, M.Attendance.present.is_(True), M.Attendance.deleted_at.is_(None))))


def _conflicts(s, meeting_id: str) -> set[tuple[str, str]]:
    return {(c.member_id, c.application_id) for c in s.scalars(select(M.ConflictDeclaration).where(
        M.ConflictDeclaration.meeting_id == meeting_id, M.ConflictDeclaration.deleted_at.is_(None)))}


# --------------------------------------------------------------------------
# Composition


def ensure_commission(db, competition_id: str, name: str | None = None) -> str:
    require(db, Perm.COMMISSION)
    with db.session() as s:
        existing = s.scalar(select(M.Commission.id).where(M.Commission.competition_id == competition_id,
                                                          M.Commission.deleted_at.is_(None)))
        if existing:
            return existing
        c = M.Commission(competition_id=competition_id, name=name or "Гранттык комиссия")
        s.add(c)
        s.flush()
        return c.id


def add_member(db, commission_id: str, full_name: str, category: str, role: str, position: str | None = None,
               appointing_document: str | None = None) -> str:
    require(db, Perm.COMMISSION)
    name = (full_name or "").strip()
    errors = {}
    if not name or len(name) > 300 or any(ord(ch) < 32 for ch in name):
        errors["full_name"] = ServiceError("commission.name", "full_name")
    try:
        category, role = E.MemberCategory(category), E.MemberRole(role)
    except ValueError:
        errors["role"] = ServiceError("commission.not_found", "role")
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        order = s.scalar(select(func.count()).select_from(M.CommissionMember).where(
            M.CommissionMember.commission_id == commission_id)) or 0
        m = M.CommissionMember(commission_id=commission_id, full_name=name, category=category, role=role,
                               position=position, appointing_document=appointing_document, sort_order=order)
        s.add(m)
        s.flush()
        return m.id


def composition_warnings(db, commission_id: str) -> list[rules.CompositionWarning]:
    with db.reader() as s:
        c = s.get(M.Commission, commission_id)
        cats = [m.category for m in _members(s, commission_id)]
        return rules.composition_warnings(cats, c.min_members, c.require_odd, c.min_community)


# --------------------------------------------------------------------------
# Meetings


def create_meeting(db, commission_id: str, held_on: date, place: str | None = None, agenda: str | None = None,
                   amends_meeting_id: str | None = None) -> str:
    """A meeting with the next protocol number of the commission."""
    require(db, Perm.MEETINGS)
    with db.session() as s:
        number = (s.scalar(select(func.max(M.Meeting.number)).where(M.Meeting.commission_id == commission_id)) or 0) + 1
        m = M.Meeting(commission_id=commission_id, number=number, held_on=held_on, place=place, agenda=agenda,
                      amends_meeting_id=amends_meeting_id)
        s.add(m)
        s.flush()
        for member in _members(s, commission_id):
            s.add(M.Attendance(meeting_id=m.id, member_id=member.id, present=False))
        return m.id


def set_attendance(db, meeting_id: str, present_member_ids: set[str]) -> None:
    require(db, Perm.MEETINGS)
    with db.session() as s:
        _open(s, meeting_id)
        for a in s.scalars(select(M.Attendance).where(M.Attendance.meeting_id == meeting_id)):
            a.present = a.member_id in present_member_ids


def declare_conflict(db, meeting_id: str, member_id: str, application_id: str, note: str | None = None) -> None:
    """The member is excluded from scoring and voting on the application; any
    score or vote already entered by the member for it is withdrawn."""
    require(db, Perm.MEETINGS)
    with db.session() as s:
        _open(s, meeting_id)
        s.add(M.ConflictDeclaration(meeting_id=meeting_id, member_id=member_id, application_id=application_id,
                                    note=note))
        for model in (M.Score, M.Vote):
            for row in s.scalars(select(model).where(model.meeting_id == meeting_id, model.member_id == member_id,
                                                     model.application_id == application_id,
                                                     model.deleted_at.is_(None))):
                row.deleted_at = utcnow()  # a tombstone, as for every synced row


@dataclass(frozen=True)
class QuorumState:
    members: int
    present: int
    needed: int
    ok: bool


def quorum(db, meeting_id: str, application_id: str | None = None) -> QuorumState:
    """Quorum of the meeting, or for one application (conflicted members do
    not count, and the number needed is computed without them)."""
    with db.reader() as s:
        return _quorum(s, meeting_id, application_id)


def _quorum(s, meeting_id: str, application_id: str | None) -> QuorumState:
    meeting = _meeting(s, meeting_id)
    comp = _competition_of(s, meeting)
    members = {m.id for m in _members(s, meeting.commission_id)}
    present = _present(s, meeting_id) & members
    if application_id:
        conflicted = {mid for mid, aid in _conflicts(s, meeting_id) if aid == application_id}
        members -= conflicted
        present -= conflicted
    needed = rules.quorum_needed(comp.quorum_rule, len(members), comp.quorum_fixed)
    return QuorumState(len(members), len(present), needed, len(present) >= needed)


def _check_voter(s, meeting_id: str, member_id: str, application_id: str) -> None:
    member = s.get(M.CommissionMember, member_id)
    if member_id not in _present(s, meeting_id):
        raise ServiceError("commission.member_absent", name=member.full_name)
    if (member_id, application_id) in _conflicts(s, meeting_id):
        raise ServiceError("commission.conflicted", name=member.full_name)


def record_score_sheet(db, meeting_id: str, member_id: str, points: dict[tuple[str, str], int],
                       check: dict[tuple[str, str], int] | None = None) -> None:
    """One member's paper sheet: points[(application_id, criterion_id)].
    With `check` (a second person's entry of the same sheet), nothing is saved
    unless both entries agree."""
    require(db, Perm.MEETINGS)
    if check is not None and check != points:
        diff = {k for k in set(points) | set(check) if points.get(k) != check.get(k)}
        raise ServiceError("commission.double_entry", count=len(diff))
    with db.session() as s:
        _open(s, meeting_id)
        for (app_id, crit_id), p in points.items():
            _check_voter(s, meeting_id, member_id, app_id)
            crit = s.get(M.ScoringCriterion, crit_id)
            if not isinstance(p, int) or isinstance(p, bool) or not 0 <= p <= crit.max_points:
                raise ValidationError({"points": ServiceError("commission.points", "points", max=crit.max_points,
                                                              criterion=crit.name)})
            row = s.scalar(select(M.Score).where(M.Score.meeting_id == meeting_id, M.Score.member_id == member_id,
                                                 M.Score.application_id == app_id, M.Score.criterion_id == crit_id))
            if row is None:
                s.add(M.Score(meeting_id=meeting_id, member_id=member_id, application_id=app_id,
                              criterion_id=crit_id, points=p))
            else:
                row.points = p


def record_vote(db, meeting_id: str, member_id: str, application_id: str, choice: str) -> None:
    require(db, Perm.MEETINGS)
    choice = E.VoteChoice(choice)
    with db.session() as s:
        _open(s, meeting_id)
        _check_voter(s, meeting_id, member_id, application_id)
        row = s.scalar(select(M.Vote).where(M.Vote.meeting_id == meeting_id, M.Vote.member_id == member_id,
                                            M.Vote.application_id == application_id))
        if row is None:
            s.add(M.Vote(meeting_id=meeting_id, member_id=member_id, application_id=application_id, choice=choice))
        else:
            row.choice = choice


# --------------------------------------------------------------------------
# The decision


@dataclass(frozen=True)
class DecisionLine:
    application_id: str
    reg_number: str
    title: str
    score: Decimal | None
    votes_for: int | None
    rank: int
    outcome: str
    requested_tyiyn: int
    awarded_tyiyn: int


def _candidates(s, meeting: M.Meeting, comp: M.Competition):
    apps = list(s.scalars(select(M.Application).where(
        M.Application.competition_id == comp.id, M.Application.deleted_at.is_(None),
        M.Application.status.in_([E.ApplicationStatus.ELIGIBLE, E.ApplicationStatus.WINNER,
                                  E.ApplicationStatus.RESERVE, E.ApplicationStatus.REJECTED]))
        .order_by(M.Application.reg_seq)))
    weights = {c.id: c.weight for c in s.scalars(select(M.ScoringCriterion).where(
        M.ScoringCriterion.competition_id == comp.id, M.ScoringCriterion.deleted_at.is_(None)))}
    chair = next((m.id for m in _members(s, meeting.commission_id) if m.role == E.MemberRole.CHAIR), None)
    out = []
    for a in apps:
        q = _quorum(s, meeting.id, a.id)
        if not q.ok:
            raise ServiceError("commission.no_quorum_app", number=a.reg_number, present=q.present, needed=q.needed)
        cofin = sum(c.amount_tyiyn for c in s.scalars(select(M.ApplicationCofinancing).where(
            M.ApplicationCofinancing.application_id == a.id, M.ApplicationCofinancing.deleted_at.is_(None))))
        share = Fraction(cofin, cofin + a.requested_tyiyn) if cofin + a.requested_tyiyn else Fraction(0)
        votes_for = None
        if comp.decision_method == E.DecisionMethod.SCORING:
            sheets: dict[str, dict[str, int]] = {}
            for sc in s.scalars(select(M.Score).where(M.Score.meeting_id == meeting.id, M.Score.deleted_at.is_(None),
                                                      M.Score.application_id == a.id)):
                sheets.setdefault(sc.member_id, {})[sc.criterion_id] = sc.points
            score = rules.application_score(sheets.values(), weights)
        else:
            choices = {v.member_id: v.choice for v in s.scalars(select(M.Vote).where(
                M.Vote.meeting_id == meeting.id, M.Vote.application_id == a.id, M.Vote.deleted_at.is_(None)))}
            result = rules.vote_result(choices, q.present, comp.vote_two_thirds, chair, comp.chair_casting_vote)
            votes_for = result.for_
            score = Decimal(1 if result.passed else 0)
        out.append((a, rules.Candidate(a.id, score, a.requested_tyiyn, share, a.reg_seq), votes_for))
    return out


def preview_decision(db, meeting_id: str, manual_order: list[str] | None = None,
                     chair_order: list[str] | None = None) -> list[DecisionLine]:
    with db.reader() as s:
        return _decide(s, meeting_id, manual_order, chair_order)


def _decide(s, meeting_id, manual_order, chair_order) -> list[DecisionLine]:
    meeting = _meeting(s, meeting_id)
    comp = _competition_of(s, meeting)
    q = _quorum(s, meeting_id, None)
    if not q.ok:
        raise ServiceError("commission.no_quorum", present=q.present, needed=q.needed)
    cands = _candidates(s, meeting, comp)
    by_id = {c.application_id: (a, c, v) for a, c, v in cands}
    if manual_order:
        ranked = [by_id[i][1] for i in manual_order if i in by_id]
        ranked += [c for _a, c, _v in cands if c.application_id not in manual_order]
    else:
        ranked = rules.rank([c for _a, c, _v in cands], comp.tie_rule, chair_order or ())
    if comp.decision_method == E.DecisionMethod.VOTE:
        passed = [c for c in ranked if c.score == 1]
        failed = [c for c in ranked if c.score != 1]
        awards = rules.allocate(passed, comp.total_allocation_tyiyn)
        awards += [rules.Award(c.application_id, len(awards) + i + 1, "rejected", 0) for i, c in enumerate(failed)]
    else:
        awards = rules.allocate(ranked, comp.total_allocation_tyiyn, comp.min_score)
    lines = []
    for award in awards:
        a, c, votes = by_id[award.application_id]
        lines.append(DecisionLine(a.id, a.reg_number, a.title, c.score, votes, award.rank, award.outcome,
                                  a.requested_tyiyn, award.awarded_tyiyn))
    return lines


def record_decision(db, meeting_id: str, manual_order: list[str] | None = None, justification: str | None = None,
                    chair_order: list[str] | None = None) -> list[DecisionLine]:
    """Compute and store the decision; a manual order needs a justification."""
    require(db, Perm.MEETINGS)
    if manual_order and not (justification or "").strip():
        raise ValidationError({"justification": ServiceError("commission.justification", "justification")})
    with db.session() as s:
        _open(s, meeting_id)
        lines = _decide(s, meeting_id, manual_order, chair_order)
        existing = {d.application_id: d for d in s.scalars(select(M.Decision).where(
            M.Decision.meeting_id == meeting_id))}
        for line in lines:
            d = existing.get(line.application_id)
            if d is None:
                d = M.Decision(meeting_id=meeting_id, application_id=line.application_id,
                               outcome=E.DecisionOutcome(line.outcome))
                s.add(d)
            d.rank, d.score, d.outcome = line.rank, line.score, E.DecisionOutcome(line.outcome)
            d.awarded_tyiyn, d.deleted_at = line.awarded_tyiyn, None
            d.justification = justification.strip() if manual_order else None
            app = s.get(M.Application, line.application_id)
            app.status = {"winner": E.ApplicationStatus.WINNER, "reserve": E.ApplicationStatus.RESERVE,
                          "rejected": E.ApplicationStatus.REJECTED}[line.outcome]
        return lines


def close_protocol(db, meeting_id: str) -> str:
    """The chair or secretary closes the protocol; returns its SHA-256."""
    require(db, Perm.CLOSE_PROTOCOL)
    with db.session() as s:
        m = _open(s, meeting_id)
        q = _quorum(s, meeting_id, None)
        if not q.ok:
            raise ServiceError("commission.no_quorum", present=q.present, needed=q.needed)
        digest = protocol_hash(protocol_content(s, meeting_id))
        m.content_hash = digest
        m.closed_at = utcnow()
        m.closed_by = db.actor.name
        m.status = E.MeetingStatus.CLOSED
        return digest


def amend_protocol(db, meeting_id: str, held_on: date, place: str | None = None, agenda: str | None = None) -> str:
    """A new meeting that amends a closed protocol (the old one stays as it was)."""
    with db.reader() as s:
        old = _meeting(s, meeting_id)
        commission_id = old.commission_id
    return create_meeting(db, commission_id, held_on, place, agenda, amends_meeting_id=meeting_id)
