"""The grant commission: members, meetings, attendance, conflicts of interest,
scores and votes, the decision within the budget, and closing the protocol.

A closed protocol is refused here and, independently, by triggers in the
database (migration 0011)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, select

from app import i18n
from app.domain import commission as rules
from app.domain import enums as E
from app.services import _input as F
from app.services.auth import Perm, require
from app.services.errors import ServiceError, ValidationError
from app.store import lot_queries as LQ
from app.store import models as M
from app.store.protocol_doc import seal_values
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
    "commission.conflict_exists": {
        "ky": "{name} бул өтүнмө боюнча кызыкчылыктардын кагылышуусун мурда эле билдирген.",
        "ru": "{name} уже заявил(а) конфликт интересов по этой заявке.",
        "en": "{name} has already declared a conflict of interest for this application.",
    },
    "commission.double_entry": {
        "ky": "Экинчи киргизүү биринчисинен айырмаланат ({count} жерде); эч нерсе сакталган жок.",
        "ru": "Повторный ввод отличается от первого ({count} {count:plural|расхождение|расхождения|расхождений}); ничего не сохранено.",
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


def _member_values(full_name, category, role) -> tuple[str, E.MemberCategory, E.MemberRole]:
    """A member's name, category and role, or a ValidationError naming each bad one."""
    name = (full_name or "").strip()
    errors = {}
    if not name or len(name) > 300 or any(ord(ch) < 32 for ch in name):
        errors["full_name"] = ServiceError("commission.name", "full_name")
    try:
        category, role = E.MemberCategory(category), E.MemberRole(role)
    except ValueError:
        errors["role"] = ServiceError("commission.choice", "role")
    if errors:
        raise ValidationError(errors)
    return name, category, role


def add_member(db, commission_id: str, full_name: str, category: str, role: str, position: str | None = None,
               appointing_document: str | None = None) -> str:
    require(db, Perm.COMMISSION)
    name, category, role = _member_values(full_name, category, role)
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
        meeting = _open(s, meeting_id)
        rows = {a.member_id: a for a in s.scalars(select(M.Attendance).where(M.Attendance.meeting_id == meeting_id))}
        for member in _members(s, meeting.commission_id):  # members appointed after the meeting was made too
            if member.id not in rows:
                rows[member.id] = M.Attendance(meeting_id=meeting_id, member_id=member.id, present=False)
                s.add(rows[member.id])
        for a in rows.values():
            if a.present != (a.member_id in present_member_ids):
                a.present = a.member_id in present_member_ids


def declare_conflict(db, meeting_id: str, member_id: str, application_id: str, note: str | None = None) -> None:
    """The member is excluded from scoring and voting on the application; any
    score or vote already entered by the member for it is withdrawn."""
    require(db, Perm.MEETINGS)
    with db.session() as s:
        _open(s, meeting_id)
        if (member_id, application_id) in _conflicts(s, meeting_id):
            member = s.get(M.CommissionMember, member_id)
            raise ServiceError("commission.conflict_exists", name=member.full_name)
        s.add(M.ConflictDeclaration(meeting_id=meeting_id, member_id=member_id, application_id=application_id,
                                    note=note))
        for model in (M.Score, M.Vote):
            for row in s.scalars(select(model).where(model.meeting_id == meeting_id, model.member_id == member_id,
                                                     model.application_id == application_id,
                                                     model.deleted_at.is_(None))):
                row.deleted_at = utcnow()  # a tombstone, as for every synced row


i18n.register({
    "commission.applicant_not_in_meeting": {
        "ky": "{name} бул отурумда каралуучу бир да өтүнмөдө (башкы катышуучу же өнөктөш катары) жок.",
        "ru": "{name} не участвует ни в одной заявке этого заседания (ни ведущим участником, ни партнёром).",
        "en": "{name} is in none of this meeting's applications (neither as lead nor as partner).",
    },
})


def declare_conflict_for_applicant(db, meeting_id: str, member_id: str, applicant_id: str,
                                   note: str | None = None) -> list[str]:
    """A member's conflict of interest with an applicant (a relative, an
    employer...): declared for every application of the meeting in which the
    applicant takes part, as lead or as a consortium partner. Returns the
    registration numbers declared; all or none."""
    require(db, Perm.MEETINGS)
    with db.session() as s:
        meeting = _open(s, meeting_id)
        comp = _competition_of(s, meeting)
        applicant = s.get(M.Applicant, applicant_id) if applicant_id else None
        if applicant is None:
            raise ServiceError("commission.not_found")
        mine = {a.id for a in LQ.applications_of_applicant(s, applicant_id)}
        apps = [a for a in _applications_decided_on(s, comp.id) if a.id in mine]
        if not apps:
            raise ServiceError("commission.applicant_not_in_meeting", name=applicant.name)
        known = _conflicts(s, meeting_id)
        todo = [a for a in apps if (member_id, a.id) not in known]
        if not todo:
            member = s.get(M.CommissionMember, member_id)
            raise ServiceError("commission.conflict_exists", name=member.full_name)
        now = utcnow()
        for a in todo:
            s.add(M.ConflictDeclaration(meeting_id=meeting_id, member_id=member_id, application_id=a.id, note=note))
            for model in (M.Score, M.Vote):
                for row in s.scalars(select(model).where(model.meeting_id == meeting_id, model.member_id == member_id,
                                                         model.application_id == a.id, model.deleted_at.is_(None))):
                    row.deleted_at = now
        return [a.reg_number for a in todo]


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
    lot_id: str = ""
    lot_title: str = ""           # "" when the competition has one lot
    applicants: str = ""          # the lead, with its partners when a consortium


def _applications_decided_on(s, competition_id: str) -> list[M.Application]:
    """The applications a meeting decides on: eligible ones and those already decided."""
    return list(s.scalars(select(M.Application).where(
        M.Application.competition_id == competition_id, M.Application.deleted_at.is_(None),
        M.Application.status.in_([E.ApplicationStatus.ELIGIBLE, E.ApplicationStatus.WINNER,
                                  E.ApplicationStatus.RESERVE, E.ApplicationStatus.REJECTED]))
        .order_by(M.Application.reg_seq)))


def _candidates(s, meeting: M.Meeting, comp: M.Competition):
    apps = _applications_decided_on(s, comp.id)
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
    # every lot is ranked and awarded on its own: money never moves between lots
    lots = LQ.competition_lots(s, comp)
    lot_of = {a.id: LQ.lot_of(a, lots) for a, _c, _v in cands}
    ranked_by_lot = {}
    for lot in lots:
        mine = [c for a, c, _v in cands if lot_of[a.id].id == lot.id]
        if manual_order:
            ids = {c.application_id for c in mine}
            ranked = [by_id[i][1] for i in manual_order if i in ids]
            ranked += [c for c in mine if c.application_id not in manual_order]
        else:
            ranked = rules.rank(mine, comp.tie_rule, chair_order or ())
        ranked_by_lot[lot.id] = ranked
    prizes = LQ.is_prize_competition(comp)
    pools = [rules.LotPool(lot.id, lot.allocation_tyiyn, dict(lot.prizes) if prizes else None) for lot in lots]
    if comp.decision_method == E.DecisionMethod.VOTE:
        decided = rules.decide_lots({k: [c for c in v if c.score == 1] for k, v in ranked_by_lot.items()}, pools)
        for lot_id, ranked in ranked_by_lot.items():
            failed = [c for c in ranked if c.score != 1]
            n = len(decided[lot_id])
            decided[lot_id] += [rules.Award(c.application_id, n + i + 1, "rejected", 0) for i, c in enumerate(failed)]
    else:
        decided = rules.decide_lots(ranked_by_lot, pools, comp.min_score)
    partners = LQ.partners_of(s, list(by_id))
    leads = {a.id: s.get(M.Applicant, a.applicant_id).name for a, _c, _v in cands}
    several = len(lots) > 1
    lines = []
    for lot in lots:
        for award in decided[lot.id]:
            a, c, votes = by_id[award.application_id]
            lines.append(DecisionLine(a.id, a.reg_number, a.title, c.score, votes, award.rank, award.outcome,
                                      a.requested_tyiyn, award.awarded_tyiyn, lot.id if several else "",
                                      lot.title if several else "",
                                      _consortium(leads[a.id], [n for _i, n in partners.get(a.id, [])])))
    return lines


def _consortium(lead: str, partners: list[str]) -> str:
    from app.services.applications import consortium_text

    return consortium_text(lead, partners)


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
        s.flush()
        seal = seal_values(s, meeting_id)  # the printed document, frozen, and its SHA-256
        m.sealed_content, m.content_hash = seal["sealed_content"], seal["content_hash"]
        digest = seal["content_hash"]
        m.closed_at = utcnow()
        m.closed_by = db.actor.name
        m.status = E.MeetingStatus.CLOSED
        has_decision = s.scalar(select(func.count()).select_from(M.Decision).where(
            M.Decision.meeting_id == m.id, M.Decision.deleted_at.is_(None)))
        if has_decision:  # the decision is taken: the competition's status says so
            from app.services.competitions import _advance

            _advance(s, db, _competition_of(s, m), E.CompetitionStatus.DECIDED)
        return digest


def amend_protocol(db, meeting_id: str, held_on: date, place: str | None = None, agenda: str | None = None) -> str:
    """A new meeting that amends a closed protocol (the old one stays as it was)."""
    require(db, Perm.MEETINGS)
    with db.reader() as s:
        old = _meeting(s, meeting_id)
        commission_id = old.commission_id
    return create_meeting(db, commission_id, held_on, place, agenda, amends_meeting_id=meeting_id)


# --------------------------------------------------------------------------
# What the commission page shows, and its settings

i18n.register({
    "commission.warn.too_few": {
        "ky": "Комиссияда {actual} мүчө; жок дегенде {needed} болушу керек.",
        "ru": "В комиссии {actual} {actual:plural|член|члена|членов}; нужно не меньше {needed}.",
        "en": "The commission has {actual} members; at least {needed} are needed.",
    },
    "commission.warn.even": {
        "ky": "Мүчөлөрдүн саны жуп ({actual}); добуштар тең болуп калбашы үчүн так сан сунушталат.",
        "ru": "Чётное число членов ({actual}); рекомендуется нечётное, чтобы голоса не разделились поровну.",
        "en": "An even number of members ({actual}); an odd number avoids tied votes.",
    },
    "commission.warn.no_community": {
        "ky": "Жамааттын өкүлдөрү {actual}; жок дегенде {needed} керек.",
        "ru": "Представителей сообщества {actual}; нужно не меньше {needed}.",
        "en": "{actual} community representatives; at least {needed} are needed.",
    },
    "commission.criteria_locked": {
        "ky": "Баалоо критерийлерин өзгөртүүгө болбойт: протокол жабылган же упайлар киргизилген.",
        "ru": "Критерии оценки менять нельзя: протокол закрыт или баллы уже внесены.",
        "en": "The scoring criteria cannot change: a protocol is closed or scores are entered.",
    },
    "commission.rules_locked": {
        "ky": "Комиссиянын эрежелерин жабык протоколдон кийин өзгөртүүгө болбойт.",
        "ru": "Правила комиссии нельзя менять после закрытия протокола.",
        "en": "The commission's rules cannot change once a protocol is closed.",
    },
    "commission.weight": {
        "ky": "Салмак 0дөн чоң, 100дөн кичине сан болушу керек (мисалы 1 же 1,5).",
        "ru": "Вес — число больше 0 и меньше 100 (например 1 или 1,5).",
        "en": "The weight must be a number above 0 and below 100 (e.g. 1 or 1.5).",
    },
    "commission.min_score": {
        "ky": "Минималдуу упай — терс эмес сан же бош.", "ru": "Минимальный балл — неотрицательное число или пусто.",
        "en": "The minimum score is a non-negative number or empty.",
    },
    "commission.quorum_fixed": {
        "ky": "Белгиленген кворум үчүн мүчөлөрдүн санын жазыңыз (1ден 50гө чейин).",
        "ru": "Для фиксированного кворума укажите число членов (от 1 до 50).",
        "en": "For a fixed quorum give the number of members (1 to 50).",
    },
    "commission.choice": {"ky": "Тизмеден тандаңыз.", "ru": "Выберите из списка.", "en": "Choose from the list."},
})

TIE_RULES = ("chair", "cofinancing", "earlier_registration")
DEFAULT_CRITERIA = {
    "ky": [("Демилгенин артыкчылыктуу багыттарга шайкештиги", 10, "1"), ("Коомчулук үчүн пайдасы", 10, "1"),
           ("Бюджеттин негиздүүлүгү", 10, "1"), ("Кошумча каржылоо", 10, "1")],
    "ru": [("Соответствие приоритетным направлениям", 10, "1"), ("Польза для сообщества", 10, "1"),
           ("Обоснованность бюджета", 10, "1"), ("Софинансирование", 10, "1")],
}


def warning_text(w: rules.CompositionWarning, lang: str | None = None) -> str:
    return i18n.t(f"commission.warn.{w.code}", lang, needed=w.needed, actual=w.actual)


@dataclass(frozen=True)
class MemberView:
    id: str
    full_name: str
    position: str
    category: str
    role: str
    appointing_document: str


@dataclass(frozen=True)
class CriterionView:
    id: str
    name: str
    max_points: int
    weight: Decimal


@dataclass(frozen=True)
class MeetingRef:
    id: str
    number: int
    held_on: date
    place: str
    status: str
    content_hash: str
    amends_number: int | None


@dataclass(frozen=True)
class RulesView:
    decision_method: str
    quorum_rule: str
    quorum_fixed: int | None
    tie_rule: str
    min_score: Decimal | None
    vote_two_thirds: bool
    chair_casting_vote: bool
    min_members: int
    require_odd: bool
    min_community: int


@dataclass(frozen=True)
class CommissionView:
    competition_id: str
    commission_id: str | None
    name: str
    members: tuple[MemberView, ...]
    criteria: tuple[CriterionView, ...]
    meetings: tuple[MeetingRef, ...]
    rules: RulesView
    warnings: tuple[rules.CompositionWarning, ...]
    locked: bool            # a protocol is closed: rules and criteria are fixed


def _commission_of(s, competition_id: str) -> M.Commission | None:
    return s.scalar(select(M.Commission).where(M.Commission.competition_id == competition_id,
                                               M.Commission.deleted_at.is_(None)))


def _criteria(s, competition_id: str) -> list[M.ScoringCriterion]:
    return list(s.scalars(select(M.ScoringCriterion).where(
        M.ScoringCriterion.competition_id == competition_id, M.ScoringCriterion.deleted_at.is_(None))
        .order_by(M.ScoringCriterion.position, M.ScoringCriterion.created_at)))


def _member_view(m: M.CommissionMember) -> MemberView:
    return MemberView(m.id, m.full_name, m.position or "", m.category.value, m.role.value, m.appointing_document or "")


def _criterion_view(k: M.ScoringCriterion) -> CriterionView:
    return CriterionView(k.id, k.name, k.max_points, k.weight)


def commission_view(db, competition_id: str) -> CommissionView:
    with db.reader() as s:
        comp = s.get(M.Competition, competition_id)
        if comp is None or comp.deleted_at is not None:
            raise ServiceError("commission.not_found")
        c = _commission_of(s, competition_id)
        members = _members(s, c.id) if c else []
        meetings = list(s.scalars(select(M.Meeting).where(M.Meeting.commission_id == c.id,
                                                          M.Meeting.deleted_at.is_(None))
                                  .order_by(M.Meeting.number))) if c else []
        numbers = {m.id: m.number for m in meetings}
        min_members, odd, community = (c.min_members, c.require_odd, c.min_community) if c else (5, True, 1)
        return CommissionView(
            competition_id, c.id if c else None, c.name if c else "",
            tuple(_member_view(m) for m in members),
            tuple(_criterion_view(k) for k in _criteria(s, competition_id)),
            tuple(MeetingRef(m.id, m.number, m.held_on, m.place or "", m.status.value, m.content_hash or "",
                             numbers.get(m.amends_meeting_id)) for m in meetings),
            RulesView(comp.decision_method.value, comp.quorum_rule.value, comp.quorum_fixed, comp.tie_rule,
                      comp.min_score, comp.vote_two_thirds, comp.chair_casting_vote, min_members, odd, community),
            tuple(rules.composition_warnings([m.category for m in members], min_members, odd, community)),
            any(m.status == E.MeetingStatus.CLOSED for m in meetings))


def _locked(s, competition_id: str) -> bool:
    c = _commission_of(s, competition_id)
    return c is not None and s.scalar(select(func.count()).select_from(M.Meeting).where(
        M.Meeting.commission_id == c.id, M.Meeting.status == E.MeetingStatus.CLOSED,
        M.Meeting.deleted_at.is_(None))) > 0


def set_rules(db, competition_id: str, decision_method: str, quorum_rule: str, quorum_fixed=None,
              tie_rule: str = "chair", min_score=None, vote_two_thirds: bool = False,
              chair_casting_vote: bool = False, min_members=5, require_odd: bool = True, min_community=1) -> None:
    """The commission's rules for a competition: how it decides, its quorum,
    ties, the minimum score, and the composition rules that give warnings."""
    require(db, Perm.COMMISSION)
    errors: dict = {}
    try:
        method, qrule = E.DecisionMethod(decision_method), E.QuorumRule(quorum_rule)
    except ValueError:
        errors["decision_method"] = ServiceError("commission.choice", "decision_method")
    if tie_rule not in TIE_RULES:
        errors["tie_rule"] = ServiceError("commission.choice", "tie_rule")
    fixed = F.integer({}, "quorum_fixed", quorum_fixed, lo=1, hi=50, required=False)
    if "decision_method" not in errors and qrule == E.QuorumRule.FIXED and fixed is None:
        errors["quorum_fixed"] = ServiceError("commission.quorum_fixed", "quorum_fixed")
    score = None
    if min_score not in (None, ""):
        try:
            score = Decimal(str(min_score).replace(",", ".").strip())
            if not score.is_finite() or score < 0 or score > 10000:
                raise ValueError
        except (ValueError, ArithmeticError):
            errors["min_score"] = ServiceError("commission.min_score", "min_score")
    mins = F.integer(errors, "min_members", min_members, lo=1, hi=50)
    comm = F.integer(errors, "min_community", min_community, lo=0, hi=50)
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        comp = s.get(M.Competition, competition_id)
        if comp is None or comp.deleted_at is not None:
            raise ServiceError("commission.not_found")
        if _locked(s, competition_id):
            raise ServiceError("commission.rules_locked")
        if method == E.DecisionMethod.VOTE and LQ.is_prize_competition(comp):
            raise ValidationError({"decision_method": ServiceError("competition.prizes_need_scoring",
                                                                   "decision_method")})
        values = dict(decision_method=method, quorum_rule=qrule, quorum_fixed=fixed if qrule == E.QuorumRule.FIXED
                      else None, tie_rule=tie_rule, min_score=score, vote_two_thirds=bool(vote_two_thirds),
                      chair_casting_vote=bool(chair_casting_vote))
        F.set_changed(comp, values)
        c = _commission_of(s, competition_id)
        if c is not None:
            F.set_changed(c, dict(min_members=mins, require_odd=bool(require_odd), min_community=comm))


def _criterion_values(name, max_points, weight) -> tuple[str, int, Decimal]:
    errors: dict = {}
    text = F.text(errors, "name", name, required=True, max_len=300)
    mx = F.integer(errors, "max_points", max_points, lo=1, hi=1000)
    w = None
    try:
        w = Decimal(str(weight if weight not in (None, "") else "1").replace(",", ".").strip())
        if not w.is_finite() or not 0 < w < 100:
            raise ValueError
    except (ValueError, ArithmeticError):
        errors["weight"] = ServiceError("commission.weight", "weight")
    if errors:
        raise ValidationError(errors)
    return text, mx, w


def _criteria_editable(s, competition_id: str) -> None:
    scored = s.scalar(select(func.count()).select_from(M.Score).join(
        M.ScoringCriterion, M.ScoringCriterion.id == M.Score.criterion_id).where(
        M.ScoringCriterion.competition_id == competition_id, M.Score.deleted_at.is_(None)))
    if scored or _locked(s, competition_id):
        raise ServiceError("commission.criteria_locked")


def add_criterion(db, competition_id: str, name, max_points=10, weight="1") -> str:
    require(db, Perm.COMMISSION)
    text, mx, w = _criterion_values(name, max_points, weight)
    with db.session() as s:
        _criteria_editable(s, competition_id)
        position = len(_criteria(s, competition_id))
        row = M.ScoringCriterion(competition_id=competition_id, position=position, name=text, max_points=mx,
                                 weight=w)
        s.add(row)
        s.flush()
        return row.id


def update_criterion(db, criterion_id: str, name, max_points, weight) -> None:
    require(db, Perm.COMMISSION)
    text, mx, w = _criterion_values(name, max_points, weight)
    with db.session() as s:
        row = s.get(M.ScoringCriterion, criterion_id)
        if row is None or row.deleted_at is not None:
            raise ServiceError("commission.not_found")
        _criteria_editable(s, row.competition_id)
        row.name, row.max_points, row.weight = text, mx, w


def remove_criterion(db, criterion_id: str) -> None:
    require(db, Perm.COMMISSION)
    with db.session() as s:
        row = s.get(M.ScoringCriterion, criterion_id)
        if row is None or row.deleted_at is not None:
            raise ServiceError("commission.not_found")
        _criteria_editable(s, row.competition_id)
        row.deleted_at = utcnow()


def add_default_criteria(db, competition_id: str, lang: str | None = None) -> list[str]:
    """The suggested criteria (each 10 points, weight 1), when there are none."""
    require(db, Perm.COMMISSION)  # first: a viewer is refused, not answered "nothing to add"
    with db.reader() as s:
        if _criteria(s, competition_id):
            return []
    return [add_criterion(db, competition_id, name, mx, w)
            for name, mx, w in DEFAULT_CRITERIA.get(lang or i18n.language(), DEFAULT_CRITERIA["ky"])]


def update_member(db, member_id: str, full_name: str, category: str, role: str, position: str | None = None,
                  appointing_document: str | None = None) -> None:
    require(db, Perm.COMMISSION)
    name, cat, rl = _member_values(full_name, category, role)
    with db.session() as s:
        m = s.get(M.CommissionMember, member_id)
        if m is None or m.deleted_at is not None:
            raise ServiceError("commission.not_found")
        F.set_changed(m, dict(full_name=name, category=cat, role=rl, position=(position or "").strip() or None,
                              appointing_document=(appointing_document or "").strip() or None))


@dataclass(frozen=True)
class ApplicationRef:
    id: str
    reg_number: str
    title: str
    requested_tyiyn: int
    applicants: str = ""                          # the lead, with its partners when a consortium
    parties: tuple[tuple[str, str], ...] = ()     # (applicant id, name): the lead first, then the partners
    lot_id: str = ""
    lot_title: str = ""                           # "" when the competition has one lot

    @property
    def label(self) -> str:
        lot = f"[{self.lot_title}] " if self.lot_title else ""
        who = f" — {self.applicants}" if self.applicants else ""
        return f"{lot}{self.reg_number} «{self.title}»{who}"


@dataclass(frozen=True)
class MeetingView:
    id: str
    competition_id: str
    number: int
    held_on: date
    place: str
    agenda: str
    status: str
    content_hash: str
    method: str
    members: tuple[MemberView, ...]
    present: frozenset[str]
    conflicts: tuple[tuple[str, str, str], ...]       # member id, application id, note
    applications: tuple[ApplicationRef, ...]
    criteria: tuple[CriterionView, ...]
    scores: dict                                       # (member, application, criterion) -> points
    votes: dict                                        # (member, application) -> choice
    decisions: tuple[tuple[str, int | None, str, int, str], ...]  # application, rank, outcome, awarded, why
    quorum: QuorumState
    decision_scores: dict = field(default_factory=dict)  # application -> recorded score

    @property
    def closed(self) -> bool:
        return self.status == E.MeetingStatus.CLOSED.value


def meeting_view(db, meeting_id: str) -> MeetingView:
    with db.reader() as s:
        m = _meeting(s, meeting_id)
        comp = _competition_of(s, m)
        members = _members(s, m.commission_id)
        apps = _applications_decided_on(s, comp.id)
        conflicts = tuple((c.member_id, c.application_id, c.note or "") for c in s.scalars(
            select(M.ConflictDeclaration).where(M.ConflictDeclaration.meeting_id == m.id,
                                                M.ConflictDeclaration.deleted_at.is_(None))))
        scores = {(x.member_id, x.application_id, x.criterion_id): x.points for x in s.scalars(
            select(M.Score).where(M.Score.meeting_id == m.id, M.Score.deleted_at.is_(None)))}
        votes = {(v.member_id, v.application_id): v.choice.value for v in s.scalars(
            select(M.Vote).where(M.Vote.meeting_id == m.id, M.Vote.deleted_at.is_(None)))}
        recorded = list(s.scalars(select(M.Decision).where(M.Decision.meeting_id == m.id,
                                                           M.Decision.deleted_at.is_(None))
                                  .order_by(M.Decision.rank)))
        decisions = tuple((d.application_id, d.rank, d.outcome.value, d.awarded_tyiyn, d.justification or "")
                          for d in recorded)
        return MeetingView(
            m.id, comp.id, m.number, m.held_on, m.place or "", m.agenda or "", m.status.value, m.content_hash or "",
            comp.decision_method.value,
            tuple(_member_view(x) for x in members),
            frozenset(_present(s, m.id)), conflicts,
            _application_refs(s, comp, apps),
            tuple(_criterion_view(k) for k in _criteria(s, comp.id)),
            scores, votes, decisions, _quorum(s, m.id, None),
            {d.application_id: d.score for d in recorded if d.score is not None})


def _application_refs(s, comp: M.Competition, apps: list[M.Application]) -> tuple[ApplicationRef, ...]:
    """The meeting's applications, lot by lot, with their lead and partners."""
    lots = LQ.competition_lots(s, comp)
    several = len(lots) > 1
    partners = LQ.partners_of(s, [a.id for a in apps])
    order = {lot.id: lot.number for lot in lots}
    refs = []
    for a in apps:
        lead = s.get(M.Applicant, a.applicant_id)
        mine = partners.get(a.id, [])
        lot = LQ.lot_of(a, lots)
        refs.append((order[lot.id], a.reg_seq, ApplicationRef(
            a.id, a.reg_number, a.title, a.requested_tyiyn, _consortium(lead.name, [n for _i, n in mine]),
            ((lead.id, lead.name), *mine), lot.id if several else "", lot.title if several else "")))
    return tuple(r for _n, _q, r in sorted(refs, key=lambda x: (x[0], x[1])))


def score_differences(first: dict, second: dict) -> list[tuple[str, str]]:
    """The (application, criterion) cells where two entries of a sheet differ."""
    return sorted(k for k in set(first) | set(second) if first.get(k) != second.get(k))


def record_votes(db, meeting_id: str, votes: dict[tuple[str, str], str]) -> None:
    """A whole vote sheet at once ((member, application) -> for/against/abstain),
    all saved or none."""
    require(db, Perm.MEETINGS)
    try:
        cleaned = {k: E.VoteChoice(v) for k, v in votes.items()}
    except ValueError:
        raise ValidationError({"choice": ServiceError("commission.choice", "choice")}) from None
    with db.session() as s:
        _open(s, meeting_id)
        for (member_id, application_id), choice in cleaned.items():
            _check_voter(s, meeting_id, member_id, application_id)
            row = s.scalar(select(M.Vote).where(M.Vote.meeting_id == meeting_id, M.Vote.member_id == member_id,
                                                M.Vote.application_id == application_id))
            if row is None:
                s.add(M.Vote(meeting_id=meeting_id, member_id=member_id, application_id=application_id,
                             choice=choice))
            else:
                if row.deleted_at is not None:
                    row.deleted_at = None
                if row.choice != choice:
                    row.choice = choice


i18n.register({
    "commission.member_in_protocol": {
        "ky": "{name} жабык протоколдо бар; аны комиссиядан өчүрүүгө болбойт.",
        "ru": "{name} есть в закрытом протоколе; исключить из комиссии нельзя.",
        "en": "{name} is in a closed protocol and cannot be removed from the commission.",
    },
})


def remove_member(db, member_id: str) -> None:
    """Take a member off the commission (a mistake, a replacement). Refused
    when the member is in a closed protocol, which must stay as it was."""
    require(db, Perm.COMMISSION)
    with db.session() as s:
        m = s.get(M.CommissionMember, member_id)
        if m is None or m.deleted_at is not None:
            raise ServiceError("commission.not_found")
        closed = s.scalar(select(func.count()).select_from(M.Attendance).join(
            M.Meeting, M.Meeting.id == M.Attendance.meeting_id).where(
            M.Attendance.member_id == m.id, M.Meeting.status == E.MeetingStatus.CLOSED))
        if closed:
            raise ServiceError("commission.member_in_protocol", name=m.full_name)
        now = utcnow()
        for model in (M.Attendance, M.ConflictDeclaration, M.Score, M.Vote):
            for row in s.scalars(select(model).where(model.member_id == m.id, model.deleted_at.is_(None))):
                row.deleted_at = now
        m.deleted_at = now
