"""Competitions: the editor, the lifecycle (one function per step) and the
eligibility checklist.

The rules of the lifecycle are pure functions in app.domain.lifecycle; here
they get their facts from the database, and every step taken is recorded as a
CompetitionTransition with the moment and the user (`db.actor.name`). A
refused step raises ServiceError in the user's language and changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from sqlalchemy import func, select

from app import i18n
from app.domain import enums as E
from app.domain import lifecycle as LC
from app.services import _input as F
from app.services.auth import Perm, require
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store.base import utcnow
from app.store.lot_models import Lot, default_lot_id
from app.terms import term

S = E.CompetitionStatus

i18n.register({
    "competition.no_municipality": {
        "ky": "Адегенде муниципалитетти киргизиңиз (Жөндөөлөр).",
        "ru": "Сначала укажите муниципалитет (Настройки).",
        "en": "Enter the municipality first (Settings).",
    },
    "competition.kind": {
        "ky": "Сынактын түрүн тандаңыз: ЖД же МСЗ.",
        "ru": "Выберите вид конкурса: ЖД (МИ) или ГСЗ.",
        "en": "Choose the kind of competition: LI or SSO.",
    },
    "competition.max_grant": {
        "ky": "Гранттын максималдуу суммасы жалпы каражаттан ({allocation} сом) ашпасын.",
        "ru": "Максимальная сумма гранта не может превышать общий объём средств ({allocation} сом).",
        "en": "The maximum grant cannot exceed the total allocation ({allocation} som).",
    },
    "competition.deadline_order": {
        "ky": "Өтүнмө кабыл алуунун акыркы күнү жарыялангандан ({announced}) кийин болушу керек.",
        "ru": "Срок приёма заявок должен быть позже даты объявления ({announced}).",
        "en": "The application deadline must come after the announcement ({announced}).",
    },
    "competition.decision_order": {
        "ky": "Чечим чыгаруу күнү өтүнмө кабыл алуунун акыркы күнүнөн ({deadline}) эрте болбосун.",
        "ru": "Дата решения не может быть раньше срока приёма заявок ({deadline}).",
        "en": "The decision date cannot be before the application deadline ({deadline}).",
    },
    "competition.applicants": {
        "ky": "Ким катыша аларын белгилеңиз (жок дегенде бирөө).",
        "ru": "Отметьте, кто может подать заявку (хотя бы одну категорию).",
        "en": "Tick who may apply (at least one).",
    },
    "competition.locked_field": {
        "ky": "Сынак «{status}» абалында: бул талааны өзгөртүүгө болбойт.",
        "ru": "Конкурс в состоянии «{status}»: это поле менять нельзя.",
        "en": "The competition is «{status}»: this field cannot be changed.",
    },
    "competition.not_found": {
        "ky": "Сынак табылган жок.",
        "ru": "Конкурс не найден.",
        "en": "Competition not found.",
    },
    "competition.organiser_kind": {
        "ky": "Сынакты ким уюштурарын тизмеден тандаңыз.",
        "ru": "Выберите из списка, кто организует конкурс.",
        "en": "Choose from the list who runs the competition.",
    },
    "competition.organiser_name": {
        "ky": "Уюштуруучунун аталышын жазыңыз (мисалы, мамлекеттик агенттик же донор).",
        "ru": "Укажите название организатора (например, государственное агентство или донор).",
        "en": "Enter the organiser's name (e.g. a state agency or a donor).",
    },
    "competition.award_mode": {
        "ky": "Сынак эмнени берерин тандаңыз: гранттар же сыйлыктар.",
        "ru": "Выберите, что присуждает конкурс: гранты или премии.",
        "en": "Choose what the competition awards: grants or prizes.",
    },
    "competition.prizes_need_scoring": {
        "ky": "Сыйлык сынагында орундар упай боюнча аныкталат: комиссиянын эрежелеринде «критерийлер боюнча баалоону» "
              "тандаңыз.",
        "ru": "В конкурсе с премиями места определяются по баллам: выберите в правилах комиссии «оценку по "
              "критериям».",
        "en": "A prize competition gives places by score: choose scoring by criteria in the commission's rules.",
    },
    "criterion.in_use": {
        "ky": "Бул талап {n} өтүнмөнү текшерүүдө колдонулган; аны өчүрүүгө болбойт.",
        "ru": "Этот пункт уже использован при проверке {n} {n:plural|заявки|заявок|заявок}; удалить его нельзя.",
        "en": "This item was already used to check {n} applications; it cannot be removed.",
    },
    # lifecycle refusals
    "lifecycle.wrong_state": {
        "ky": "Бул кадам үчүн сынак «{needed}» абалында болушу керек; азыр ал «{status}».",
        "ru": "Для этого шага конкурс должен быть в состоянии «{needed}»; сейчас он «{status}».",
        "en": "This step needs the competition to be «{needed}»; it is «{status}» now.",
    },
    "lifecycle.cancelled": {
        "ky": "Сынак жокко чыгарылган; аны улантууга болбойт.",
        "ru": "Конкурс отменён; продолжить его нельзя.",
        "en": "The competition was cancelled; it cannot go on.",
    },
    "lifecycle.already_cancelled": {
        "ky": "Сынак мурда эле жокко чыгарылган.",
        "ru": "Конкурс уже отменён.",
        "en": "The competition is already cancelled.",
    },
    "lifecycle.cancel_too_late": {
        "ky": "Чечим кабыл алынгандан кийин сынакты жокко чыгарууга болбойт (азыр «{status}»).",
        "ru": "После принятия решения конкурс отменить нельзя (сейчас «{status}»).",
        "en": "A competition cannot be cancelled once decided (it is «{status}» now).",
    },
    "lifecycle.cancel_reason": {
        "ky": "Жокко чыгаруунун себебин жазыңыз.",
        "ru": "Укажите причину отмены.",
        "en": "Enter the reason for cancelling.",
    },
    "lifecycle.announce_title": {
        "ky": "Жарыялоодон мурда сынактын аталышын жазыңыз.",
        "ru": "Перед объявлением укажите название конкурса.",
        "en": "Enter the competition's title before announcing it.",
    },
    "lifecycle.announce_dates": {
        "ky": "Жарыялоодон мурда жарыялоо күнүн жана өтүнмө кабыл алуунун акыркы күнүн жазыңыз.",
        "ru": "Перед объявлением укажите дату объявления и срок приёма заявок.",
        "en": "Enter the announcement date and the application deadline before announcing.",
    },
    "lifecycle.announce_deadline_order": {
        "ky": "Өтүнмө кабыл алуунун акыркы күнү жарыялоо күнүнөн кийин болушу керек.",
        "ru": "Срок приёма заявок должен быть позже даты объявления.",
        "en": "The application deadline must come after the announcement date.",
    },
    "lifecycle.announce_amounts": {
        "ky": "Жарыялоодон мурда жалпы каражатты жана гранттын максималдуу суммасын жазыңыз.",
        "ru": "Перед объявлением укажите общий объём средств и максимальную сумму гранта.",
        "en": "Enter the total allocation and the maximum grant before announcing.",
    },
    "lifecycle.announce_max_grant": {
        "ky": "Гранттын максималдуу суммасы жалпы каражаттан ашпасын.",
        "ru": "Максимальная сумма гранта не может превышать общий объём средств.",
        "en": "The maximum grant cannot exceed the total allocation.",
    },
    "lifecycle.announce_applicants": {
        "ky": "Жарыялоодон мурда ким катыша аларын белгилеңиз.",
        "ru": "Перед объявлением отметьте, кто может подать заявку.",
        "en": "Tick who may apply before announcing.",
    },
    "lifecycle.announce_criteria": {
        "ky": "Жарыялоодон мурда талаптардын тизмесине жок дегенде бир пункт кошуңуз.",
        "ru": "Перед объявлением добавьте в перечень требований хотя бы один пункт.",
        "en": "Add at least one item to the eligibility checklist before announcing.",
    },
    "lifecycle.close_before_deadline": {
        "ky": "Өтүнмө кабыл алуу {deadline} чейин уланат; аны мөөнөтүнөн мурда жабууга болбойт.",
        "ru": "Приём заявок идёт до {deadline}; закрыть его раньше срока нельзя.",
        "en": "Applications are accepted until {deadline}; the call cannot close before then.",
    },
    "lifecycle.review_no_applications": {
        "ky": "Кароого өтүнмө жок: бир да өтүнмө катталган эмес.",
        "ru": "Нечего рассматривать: не зарегистрировано ни одной заявки.",
        "en": "Nothing to review: no application has been registered.",
    },
    "lifecycle.decide_unchecked": {
        "ky": "{n} өтүнмө талаптарга текшериле элек; адегенде аларды текшериңиз.",
        "ru": "{n} {n:plural|заявка ещё не проверена|заявки ещё не проверены|заявок ещё не проверены} на соответствие требованиям; сначала проверьте их.",
        "en": "{n} applications have not been checked for eligibility yet; check them first.",
    },
    "lifecycle.decide_no_eligible": {
        "ky": "Талаптарга жооп берген бир да өтүнмө жок; сынакты жокко чыгарса болот.",
        "ru": "Нет ни одной допущенной заявки; конкурс можно отменить.",
        "en": "No application is eligible; the competition can be cancelled instead.",
    },
    "lifecycle.implement_no_winners": {
        "ky": "Жеңүүчүлөр аныктала элек: комиссиянын чечимин киргизиңиз.",
        "ru": "Победители ещё не определены: внесите решение комиссии.",
        "en": "No winners yet: record the commission's decision first.",
    },
    "lifecycle.complete_open_projects": {
        "ky": "{n} долбоор али аяктай элек.",
        "ru": "{n} {n:plural|проект ещё не завершён|проекта ещё не завершены|проектов ещё не завершены}.",
        "en": "{n} projects are not finished yet.",
    },
    "lifecycle.criteria_locked": {
        "ky": "Сынак «{status}» абалында: талаптардын тизмесин өзгөртүүгө болбойт.",
        "ru": "Конкурс в состоянии «{status}»: перечень требований менять нельзя.",
        "en": "The competition is «{status}»: the eligibility checklist cannot change.",
    },
})

DEFAULT_CRITERIA = ("residence", "amount", "cofinancing", "documents")
EDITABLE = frozenset({
    "kind", "year", "title", "theme", "priority_areas", "legal_doc_kind", "legal_doc_number", "legal_doc_date",
    "total_allocation_tyiyn", "max_grant_tyiyn", "duration_months", "cofinancing_share_pct",
    "eligible_applicants", "announced_on", "deadline_on", "decision_on", "contact_person",
    "organiser_kind", "organiser_name", "award_mode", "resolution_id",
})


# --------------------------------------------------------------------------
# Data in and out


@dataclass(frozen=True)
class CompetitionInput:
    """The editor's fields. Money: int = tyiyn, str = som as typed ("23 000").
    Dates: date, or text "28.12.2020"; empty text = not set."""

    kind: str = E.CompetitionKind.JD.value
    year: int | str | None = None
    title: str = ""
    theme: str = ""
    priority_areas: str = ""                       # one per line
    legal_doc_kind: str = ""
    legal_doc_number: str = ""
    legal_doc_date: date | str | None = None
    total_allocation_tyiyn: int | str = 0
    max_grant_tyiyn: int | str = 0
    duration_months: int | str | None = None
    cofinancing_share_pct: int | str = 0
    eligible_applicants: tuple[str, ...] = ("person", "group", "organisation")
    announced_on: date | str | None = None
    deadline_on: date | str | None = None
    decision_on: date | str | None = None
    contact_person: str = ""
    organiser_kind: str = E.OrganiserKind.MUNICIPALITY.value   # issue 15
    organiser_name: str = ""
    award_mode: str = E.AwardMode.GRANTS.value
    resolution_id: str | None = None               # the legal basis from the register (then legal_doc_* follow it)


@dataclass(frozen=True)
class CriterionRow:
    id: str
    position: int
    code: str
    text: str


@dataclass(frozen=True)
class TransitionRow:
    at: datetime
    from_status: str
    to_status: str
    user_name: str
    reason: str


@dataclass(frozen=True)
class StepState:
    step: str                    # lifecycle.Step value
    target: str                  # CompetitionStatus value
    allowed: bool
    refusal: str                 # why not, in the current language ("" when allowed)
    needs_reason: bool


@dataclass(frozen=True)
class CompetitionDetail:
    id: str
    municipality_id: str
    municipality_name: str
    executive_body: str
    kind: str
    year: int
    title: str
    theme: str
    priority_areas: tuple[str, ...]
    legal_doc_kind: str
    legal_doc_number: str
    legal_doc_date: date | None
    total_allocation_tyiyn: int
    max_grant_tyiyn: int
    duration_months: int | None
    cofinancing_share_pct: int
    eligible_applicants: tuple[str, ...]
    announced_on: date | None
    deadline_on: date | None
    decision_on: date | None
    contact_person: str
    status: str
    cancel_reason: str
    criteria: tuple[CriterionRow, ...]
    transitions: tuple[TransitionRow, ...]
    applications: int
    requested_tyiyn: int
    editable: frozenset[str] = field(default_factory=frozenset)
    organiser_kind: str = E.OrganiserKind.MUNICIPALITY.value
    organiser_name: str = ""
    award_mode: str = E.AwardMode.GRANTS.value
    lots: int = 1                  # how many lots (directions); see app.services.lots
    resolution_id: str | None = None

    def as_input(self) -> CompetitionInput:
        """The editor's fields filled from this competition."""
        values = {f.name: getattr(self, f.name) for f in fields(CompetitionInput)}
        values["priority_areas"] = "\n".join(self.priority_areas)
        return CompetitionInput(**values)


# --------------------------------------------------------------------------
# Validation


def _fmt_som(tyiyn: int) -> str:
    from app.domain.money import format_amount

    return format_amount(tyiyn, sep=" ")


def validate_competition(data: CompetitionInput) -> dict:
    """Check every field without touching a database; return the cleaned
    values (model column -> value) or raise ValidationError naming each bad
    field. The editor calls this as the user types."""
    errors: dict[str, ServiceError] = {}
    out: dict = {}
    try:
        out["kind"] = E.CompetitionKind(data.kind)
    except ValueError:
        errors["kind"] = ServiceError("competition.kind", "kind")
    out["title"] = F.text(errors, "title", data.title, required=True, max_len=500)
    out["theme"] = F.text(errors, "theme", data.theme, max_len=4000, multiline=True)
    areas = F.text(errors, "priority_areas", data.priority_areas, max_len=4000, multiline=True)
    out["priority_areas"] = "\n".join(a.strip() for a in areas.split("\n") if a.strip()) if areas else None
    out["legal_doc_kind"] = F.text(errors, "legal_doc_kind", data.legal_doc_kind, max_len=200)
    out["legal_doc_number"] = F.text(errors, "legal_doc_number", data.legal_doc_number, max_len=50)
    out["legal_doc_date"] = F.a_date(errors, "legal_doc_date", data.legal_doc_date)
    out["total_allocation_tyiyn"] = F.money(errors, "total_allocation_tyiyn", data.total_allocation_tyiyn)
    out["max_grant_tyiyn"] = F.money(errors, "max_grant_tyiyn", data.max_grant_tyiyn)
    out["duration_months"] = F.integer(errors, "duration_months", data.duration_months, lo=1, hi=120,
                                       required=False)
    out["cofinancing_share_pct"] = F.integer(errors, "cofinancing_share_pct",
                                             data.cofinancing_share_pct if data.cofinancing_share_pct not in
                                             (None, "") else 0, lo=0, hi=100)
    kinds = []
    for k in data.eligible_applicants or ():
        try:
            kinds.append(E.ApplicantKind(k).value)
        except ValueError:
            errors["eligible_applicants"] = ServiceError("competition.applicants", "eligible_applicants")
    if not kinds and "eligible_applicants" not in errors:
        errors["eligible_applicants"] = ServiceError("competition.applicants", "eligible_applicants")
    out["eligible_applicants"] = ",".join(k.value for k in E.ApplicantKind if k.value in kinds)
    out["announced_on"] = F.a_date(errors, "announced_on", data.announced_on)
    out["deadline_on"] = F.a_date(errors, "deadline_on", data.deadline_on)
    out["decision_on"] = F.a_date(errors, "decision_on", data.decision_on)
    out["contact_person"] = F.text(errors, "contact_person", data.contact_person, max_len=300)
    _validate_organiser(errors, out, data)
    year_default = (out["announced_on"] or date.today()).year
    out["year"] = F.integer(errors, "year", data.year if data.year not in (None, "") else year_default,
                            lo=1990, hi=2100)

    alloc, grant = out["total_allocation_tyiyn"], out["max_grant_tyiyn"]
    if alloc is not None and grant is not None and grant > alloc:
        errors["max_grant_tyiyn"] = ServiceError("competition.max_grant", "max_grant_tyiyn",
                                                 allocation=_fmt_som(alloc))
    ann, dl, dec = out["announced_on"], out["deadline_on"], out["decision_on"]
    if ann and dl and dl <= ann:
        errors["deadline_on"] = ServiceError("competition.deadline_order", "deadline_on",
                                             announced=F.show_date(ann))
    if dl and dec and dec < dl:
        errors["decision_on"] = ServiceError("competition.decision_order", "decision_on",
                                             deadline=F.show_date(dl))
    if errors:
        raise ValidationError(errors)
    return out


def _validate_organiser(errors: dict, out: dict, data: CompetitionInput) -> None:
    """Who runs it (issue 15): a body other than the municipality is named."""
    try:
        out["organiser_kind"] = E.OrganiserKind(data.organiser_kind or E.OrganiserKind.MUNICIPALITY.value)
    except ValueError:
        errors["organiser_kind"] = ServiceError("competition.organiser_kind", "organiser_kind")
    out["organiser_name"] = F.text(errors, "organiser_name", data.organiser_name, max_len=300)
    if (out.get("organiser_kind") not in (None, E.OrganiserKind.MUNICIPALITY) and not out["organiser_name"]
            and "organiser_name" not in errors):
        errors["organiser_name"] = ServiceError("competition.organiser_name", "organiser_name")
    try:
        out["award_mode"] = E.AwardMode(data.award_mode or E.AwardMode.GRANTS.value)
    except ValueError:
        errors["award_mode"] = ServiceError("competition.award_mode", "award_mode")


def _refusal_error(refusal: LC.Refusal, field_name: str | None = None) -> ServiceError:
    params = {}
    for k, v in refusal.params.items():
        if k in ("status", "needed", "target"):
            params[k] = term("competition_status", v)
        elif isinstance(v, date):
            params[k] = F.show_date(v)
        else:
            params[k] = v
    return ServiceError(refusal.key, field_name, **params)


# --------------------------------------------------------------------------
# Reading


def _get(s, competition_id: str) -> M.Competition:
    comp = s.get(M.Competition, competition_id) if competition_id else None
    if comp is None or comp.deleted_at is not None:
        raise ServiceError("competition.not_found")
    return comp


def _criteria(s, competition_id: str) -> list[M.EligibilityCriterion]:
    EC = M.EligibilityCriterion
    return list(s.scalars(select(EC).where(EC.competition_id == competition_id, EC.deleted_at.is_(None))
                          .order_by(EC.position, EC.created_at)))


def _facts(s, comp: M.Competition) -> LC.CompetitionFacts:
    A = M.Application
    counts = dict(s.execute(
        select(A.status, func.count()).where(A.competition_id == comp.id, A.deleted_at.is_(None))
        .group_by(A.status)).all())
    P = M.Project
    open_projects = s.scalar(select(func.count()).select_from(P).where(
        P.competition_id == comp.id, P.deleted_at.is_(None),
        P.status.in_([E.ProjectStatus.PLANNED, E.ProjectStatus.RUNNING]))) or 0
    AS = E.ApplicationStatus
    return LC.CompetitionFacts(
        status=comp.status,
        title=comp.title or "",
        announced_on=comp.announced_on,
        deadline_on=comp.deadline_on,
        total_allocation_tyiyn=comp.total_allocation_tyiyn or 0,
        max_grant_tyiyn=comp.max_grant_tyiyn or 0,
        eligible_applicant_kinds=len([k for k in (comp.eligible_applicants or "").split(",") if k]),
        criteria=len(_criteria(s, comp.id)),
        applications=sum(n for st, n in counts.items() if st != AS.WITHDRAWN),
        unchecked=counts.get(AS.REGISTERED, 0),
        eligible=sum(counts.get(st, 0) for st in (AS.ELIGIBLE, AS.WINNER, AS.RESERVE, AS.REJECTED)),
        winners=counts.get(AS.WINNER, 0),
        open_projects=open_projects,
    )


def get_competition(db, competition_id: str) -> CompetitionDetail:
    with db.reader() as s:
        comp = _get(s, competition_id)
        mun = s.get(M.Municipality, comp.municipality_id)
        CT = M.CompetitionTransition
        transitions = s.scalars(select(CT).where(CT.competition_id == comp.id, CT.deleted_at.is_(None))
                                .order_by(CT.at, CT.created_at)).all()
        A = M.Application
        n, total = s.execute(select(func.count(), func.coalesce(func.sum(A.requested_tyiyn), 0)).where(
            A.competition_id == comp.id, A.deleted_at.is_(None), A.status != E.ApplicationStatus.WITHDRAWN)).one()
        return CompetitionDetail(
            id=comp.id, municipality_id=comp.municipality_id, municipality_name=mun.name if mun else "",
            executive_body=(mun.executive_body or "") if mun else "",
            kind=comp.kind.value, year=comp.year, title=comp.title, theme=comp.theme or "",
            priority_areas=tuple(a for a in (comp.priority_areas or "").split("\n") if a.strip()),
            legal_doc_kind=comp.legal_doc_kind or "", legal_doc_number=comp.legal_doc_number or "",
            legal_doc_date=comp.legal_doc_date, total_allocation_tyiyn=comp.total_allocation_tyiyn,
            max_grant_tyiyn=comp.max_grant_tyiyn, duration_months=comp.duration_months,
            cofinancing_share_pct=comp.cofinancing_share_pct,
            eligible_applicants=tuple(k for k in (comp.eligible_applicants or "").split(",") if k),
            announced_on=comp.announced_on, deadline_on=comp.deadline_on, decision_on=comp.decision_on,
            contact_person=comp.contact_person or "", status=comp.status.value,
            cancel_reason=comp.cancel_reason or "",
            criteria=tuple(CriterionRow(c.id, c.position, c.code or "", c.text) for c in _criteria(s, comp.id)),
            transitions=tuple(TransitionRow(t.at, t.from_status.value if t.from_status else "", t.to_status.value,
                                            t.user_name or "", t.reason or "") for t in transitions),
            applications=n, requested_tyiyn=total,
            editable=LC.editable_fields(comp.status, EDITABLE),
            organiser_kind=comp.organiser_kind.value, organiser_name=comp.organiser_name or "",
            award_mode=comp.award_mode.value,
            lots=s.scalar(select(func.count()).select_from(Lot).where(Lot.competition_id == comp.id,
                                                                       Lot.deleted_at.is_(None))) or 1,
            resolution_id=comp.resolution_id,
        )


def step_states(db, competition_id: str, today: date | None = None) -> list[StepState]:
    """The steps out of the current state, each with whether it is allowed
    now and, if not, why (for the editor's buttons)."""
    today = today or date.today()
    with db.reader() as s:
        comp = _get(s, competition_id)
        facts = _facts(s, comp)
    out = []
    for step in LC.next_steps(facts.status):
        refusal = LC.check_step(step, facts, today, reason="-" if step == LC.Step.CANCEL else None)
        out.append(StepState(step.value, LC.target_of(step).value, refusal is None,
                             _refusal_error(refusal).message() if refusal else "", step == LC.Step.CANCEL))
    return out


# --------------------------------------------------------------------------
# Creating and editing


def _municipality_id(s, municipality_id: str | None) -> str:
    Mu = M.Municipality
    if municipality_id:
        mun = s.get(Mu, municipality_id)
        if mun is not None and mun.deleted_at is None:
            return mun.id
    else:
        first = s.scalar(select(Mu.id).where(Mu.deleted_at.is_(None)).order_by(Mu.created_at, Mu.name).limit(1))
        if first:
            return first
    raise ServiceError("competition.no_municipality")


def _record(s, db, comp_id: str, old: E.CompetitionStatus | None, new: E.CompetitionStatus,
            reason: str | None = None) -> None:
    s.add(M.CompetitionTransition(competition_id=comp_id, from_status=old, to_status=new, at=utcnow(),
                                  user_name=db.actor.name, reason=reason))


# Published terms that may be corrected after the announcement by a recorded
# amendment (a typo in the title...): who, when and why are kept in the
# competition's history and printed on the announcement.
# the legal basis is a resolution of the register (a typo in it is corrected there)
AMENDABLE = ("title", "theme", "priority_areas")

i18n.register({
    "competition.amend_reason": {"ky": "Оңдоонун себебин жазыңыз.", "ru": "Укажите причину исправления.",
                                 "en": "Write why the correction is made."},
    "competition.amend_field": {"ky": "Бул талааны оңдоо менен өзгөртүүгө болбойт.",
                                "ru": "Это поле нельзя изменить исправлением.",
                                "en": "This field cannot be changed by a correction."},
    "competition.amend_draft": {"ky": "Даярдалып жаткан сынак түздөн-түз оңдолот.",
                                "ru": "Черновик конкурса исправляется напрямую.",
                                "en": "A draft competition is edited directly."},
    "competition.amend_same": {"ky": "Жаңы маани мурункусундай эле.", "ru": "Новое значение совпадает с прежним.",
                               "en": "The new value is the same as the old one."},
    "competition.amendment": {"ky": "Оңдоо: {field}: «{old}» → «{new}». Себеби: {reason}",
                              "ru": "Исправление: {field}: «{old}» → «{new}». Причина: {reason}",
                              "en": "Correction: {field}: «{old}» → «{new}». Why: {reason}"},
    "competition.field.title": {"ky": "аталышы", "ru": "название", "en": "title"},
    "competition.field.theme": {"ky": "темасы", "ru": "тема", "en": "theme"},
    "competition.field.priority_areas": {"ky": "артыкчылыктуу багыттар", "ru": "приоритетные направления",
                                         "en": "priority areas"},
})


@dataclass(frozen=True)
class Amendment:
    at: datetime
    user_name: str
    text: str


def amend_competition(db, competition_id: str, field_name: str, value: str, reason: str) -> None:
    """Correct a published term after the announcement: the value changes and
    the correction (field, old and new value, why; who and when) is recorded in
    the competition's history."""
    require(db, Perm.COMPETITIONS)
    reason = (reason or "").strip()
    if field_name not in AMENDABLE:
        raise ValidationError({"field": ServiceError("competition.amend_field", "field")})
    if not reason:
        raise ValidationError({"reason": ServiceError("competition.amend_reason", "reason")})
    current = get_competition(db, competition_id)
    if current.status == S.DRAFT.value:
        raise ServiceError("competition.amend_draft")
    if current.status in (S.COMPLETED.value, S.CANCELLED.value):
        raise ServiceError("competition.locked_field", field_name, status=term("competition_status", current.status))
    data = current.as_input()
    values = validate_competition(CompetitionInput(**{**{f.name: getattr(data, f.name) for f in fields(data)},
                                                      field_name: value}))
    with db.session() as s:
        comp = _get(s, competition_id)
        old, new = getattr(comp, field_name) or "", values[field_name] or ""
        if old == new:
            raise ValidationError({"value": ServiceError("competition.amend_same", "value")})
        F.set_changed(comp, {field_name: values[field_name]})
        text = i18n.t("competition.amendment", field=i18n.t(f"competition.field.{field_name}"),
                      old=old.replace("\n", "; "), new=new.replace("\n", "; "), reason=reason)
        s.add(M.CompetitionTransition(competition_id=comp.id, from_status=comp.status, to_status=comp.status,
                                      at=utcnow(), user_name=db.actor.name, reason=text))


def amendments(db, competition_id: str) -> list[Amendment]:
    """The recorded corrections of a competition, oldest first."""
    CT = M.CompetitionTransition
    with db.reader() as s:
        rows = s.scalars(select(CT).where(CT.competition_id == competition_id, CT.deleted_at.is_(None),
                                          CT.from_status == CT.to_status).order_by(CT.at, CT.created_at)).all()
        return [Amendment(r.at, r.user_name or "", r.reason or "") for r in rows]


def _advance(s, db, comp: M.Competition, target: E.CompetitionStatus) -> None:
    """Move the competition forward to `target` (recording each step passed)
    when its protocol or projects have got there: the status follows the work
    instead of waiting for someone to press the step buttons. Never backwards,
    never out of a cancelled competition."""
    if comp.status not in LC.ORDER or target not in LC.ORDER:
        return
    order = list(LC.ORDER)
    while order.index(comp.status) < order.index(target):
        old = comp.status
        comp.status = order[order.index(old) + 1]
        _record(s, db, comp.id, old, comp.status)


def create_competition(db, data: CompetitionInput, municipality_id: str | None = None) -> str:
    """A new competition in draft, with the default eligibility checklist."""
    require(db, Perm.COMPETITIONS)
    values = validate_competition(data)
    with db.session() as s:
        return insert_competition(s, db, values, data.resolution_id, municipality_id).id


def insert_competition(s, db, values: dict, resolution_id: str | None, municipality_id: str | None) -> M.Competition:
    """The new draft with its default checklist, in the caller's session
    (`values` from validate_competition)."""
    from app.services.resolutions import basis_values

    mid = _municipality_id(s, municipality_id)
    values = {**values, **basis_values(s, resolution_id, mid, "competition")}
    comp = M.Competition(municipality_id=mid, status=S.DRAFT, **values)
    s.add(comp)
    s.flush()
    s.add(Lot(id=default_lot_id(comp.id), competition_id=comp.id, position=0, title="",
              allocation_tyiyn=comp.total_allocation_tyiyn, max_grant_tyiyn=comp.max_grant_tyiyn))
    for i, code in enumerate(DEFAULT_CRITERIA, start=1):
        s.add(M.EligibilityCriterion(competition_id=comp.id, position=i, code=code,
                                     text=i18n.t(f"criterion.{code}")))
    _record(s, db, comp.id, None, S.DRAFT)
    return comp


def update_competition(db, competition_id: str, data: CompetitionInput) -> None:
    """Save the editor. After the announcement the published terms stay as
    they are: changing one of them is refused, naming the field."""
    require(db, Perm.COMPETITIONS)
    values = validate_competition(data)
    with db.session() as s:
        comp = _get(s, competition_id)
        from app.services.resolutions import basis_values

        values.update(basis_values(s, data.resolution_id, comp.municipality_id, "competition"))
        allowed = LC.editable_fields(comp.status, EDITABLE)
        errors = {}
        for name, value in values.items():
            if getattr(comp, name) != value and name not in allowed:
                errors[name] = ServiceError("competition.locked_field", name,
                                            status=term("competition_status", comp.status))
        from app.services.lots import check_competition_figures

        errors.update(check_competition_figures(s, comp, values["total_allocation_tyiyn"],
                                                values["max_grant_tyiyn"]))
        if values["award_mode"] == E.AwardMode.PRIZES and comp.decision_method == E.DecisionMethod.VOTE:
            errors["award_mode"] = ServiceError("competition.prizes_need_scoring", "award_mode")
        if errors:
            raise ValidationError(errors)
        F.set_changed(comp, values)
        lots = list(s.scalars(select(Lot).where(Lot.competition_id == comp.id, Lot.deleted_at.is_(None))))
        if len(lots) == 1 and comp.award_mode == E.AwardMode.GRANTS:
            # with one lot, its money is the competition's
            F.set_changed(lots[0], {"allocation_tyiyn": comp.total_allocation_tyiyn,
                                    "max_grant_tyiyn": comp.max_grant_tyiyn})


# --------------------------------------------------------------------------
# Lifecycle: one function per step


def _take_step(db, competition_id: str, step: LC.Step, today: date | None = None,
               reason: str | None = None) -> str:
    require(db, Perm.COMPETITIONS)
    today = today or date.today()
    with db.session() as s:
        comp = _get(s, competition_id)
        refusal = LC.check_step(step, _facts(s, comp), today, reason)
        if refusal:
            raise _refusal_error(refusal, "reason" if refusal.key == "lifecycle.cancel_reason" else None)
        old = comp.status
        comp.status = LC.target_of(step)
        clean_reason = (reason or "").strip() or None
        if step == LC.Step.CANCEL:
            comp.cancel_reason = clean_reason
        _record(s, db, comp.id, old, comp.status, clean_reason)
        return comp.status.value


def announce_competition(db, competition_id: str, today: date | None = None) -> str:
    """draft -> announced (title, dates, amounts, who may apply and a checklist needed)."""
    return _take_step(db, competition_id, LC.Step.ANNOUNCE, today)


def close_applications(db, competition_id: str, today: date | None = None) -> str:
    """announced -> applications closed (not before the deadline)."""
    return _take_step(db, competition_id, LC.Step.CLOSE_APPLICATIONS, today)


def start_review(db, competition_id: str, today: date | None = None) -> str:
    """applications closed -> under review (needs at least one application)."""
    return _take_step(db, competition_id, LC.Step.START_REVIEW, today)


def mark_decided(db, competition_id: str, today: date | None = None) -> str:
    """under review -> decided (every application checked, one eligible)."""
    return _take_step(db, competition_id, LC.Step.DECIDE, today)


def start_implementation(db, competition_id: str, today: date | None = None) -> str:
    """decided -> in implementation (needs a winner)."""
    return _take_step(db, competition_id, LC.Step.START_IMPLEMENTATION, today)


def complete_competition(db, competition_id: str, today: date | None = None) -> str:
    """in implementation -> completed (no project still planned or running)."""
    return _take_step(db, competition_id, LC.Step.COMPLETE, today)


def cancel_competition(db, competition_id: str, reason: str, today: date | None = None) -> str:
    """Any state before decided -> cancelled, with a reason."""
    return _take_step(db, competition_id, LC.Step.CANCEL, today, reason)


STEP_FUNCTIONS = {
    LC.Step.ANNOUNCE.value: announce_competition,
    LC.Step.CLOSE_APPLICATIONS.value: close_applications,
    LC.Step.START_REVIEW.value: start_review,
    LC.Step.DECIDE.value: mark_decided,
    LC.Step.START_IMPLEMENTATION.value: start_implementation,
    LC.Step.COMPLETE.value: complete_competition,
}


# --------------------------------------------------------------------------
# Eligibility checklist


def _criteria_editable(comp: M.Competition) -> None:
    refusal = LC.check_criteria_change(comp.status)
    if refusal:
        raise _refusal_error(refusal)


def add_criterion(db, competition_id: str, text: str) -> str:
    require(db, Perm.COMPETITIONS)
    errors: dict = {}
    clean = F.text(errors, "text", text, required=True, max_len=1000)
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        comp = _get(s, competition_id)
        _criteria_editable(comp)
        last = max((c.position for c in _criteria(s, comp.id)), default=0)
        row = M.EligibilityCriterion(competition_id=comp.id, position=last + 1, text=clean)
        s.add(row)
        s.flush()
        return row.id


def _get_criterion(s, criterion_id: str) -> tuple[M.EligibilityCriterion, M.Competition]:
    row = s.get(M.EligibilityCriterion, criterion_id) if criterion_id else None
    if row is None or row.deleted_at is not None:
        raise F.not_found()
    return row, _get(s, row.competition_id)


def update_criterion(db, criterion_id: str, text: str) -> None:
    require(db, Perm.COMPETITIONS)
    errors: dict = {}
    clean = F.text(errors, "text", text, required=True, max_len=1000)
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        row, comp = _get_criterion(s, criterion_id)
        _criteria_editable(comp)
        if row.text != clean:
            row.text = clean
            row.code = None            # no longer the default wording


def remove_criterion(db, criterion_id: str) -> None:
    """Tombstone an item of the checklist that no application was checked against."""
    require(db, Perm.COMPETITIONS)
    with db.session() as s:
        row, comp = _get_criterion(s, criterion_id)
        _criteria_editable(comp)
        EC = M.EligibilityCheck
        used = s.scalar(select(func.count()).select_from(EC).where(EC.criterion_id == row.id,
                                                                   EC.deleted_at.is_(None))) or 0
        if used:
            raise ServiceError("criterion.in_use", n=used)
        row.deleted_at = utcnow()


def move_criterion(db, criterion_id: str, delta: int) -> None:
    """Move an item up (delta -1) or down (+1) in the checklist."""
    require(db, Perm.COMPETITIONS)
    with db.session() as s:
        row, comp = _get_criterion(s, criterion_id)
        _criteria_editable(comp)
        items = _criteria(s, comp.id)
        i = items.index(row)
        j = i + delta
        if not 0 <= j < len(items):
            return
        items[i], items[j] = items[j], items[i]
        for pos, item in enumerate(items, start=1):
            if item.position != pos:
                item.position = pos
