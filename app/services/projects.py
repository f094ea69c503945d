"""Projects: the grant agreement made with a winner, the budget by funding
source with its expenses, events with participant counts, materials and media.

One function per user action; every change calls `require(db, Perm.PROJECTS)`
and runs in one transaction, so a refused action changes nothing."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from app import i18n
from app.domain import budget as B
from app.domain import enums as E
from app.domain.money import format_amount
from app.domain.participants import Category, check_counts
from app.domain.projects import CategoryInfo, ProjectData
from app.services import _input as F
from app.services.auth import Perm, require
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store.base import utcnow
from app.store.project_queries import decided_award, load_categories, load_project

i18n.register({
    "project.not_winner": {
        "ky": "Долбоорду жеңүүчү өтүнмөдөн гана түзүүгө болот.",
        "ru": "Проект создаётся только из заявки-победителя.",
        "en": "A project can only be made from a winning application.",
    },
    "project.exists": {
        "ky": "Бул өтүнмө боюнча долбоор мурунтан эле бар: «{title}».",
        "ru": "По этой заявке проект уже есть: «{title}».",
        "en": "This application already has a project: “{title}”.",
    },
    "project.end_before_start": {
        "ky": "Аяктоо күнү башталыш күнүнөн ({start}) кийин болушу керек.",
        "ru": "Дата окончания должна быть позже даты начала ({start}).",
        "en": "The end date must come after the start date ({start}).",
    },
    "project.status_step": {
        "ky": "Абалды «{old}» → «{new}» өзгөртүүгө болбойт.",
        "ru": "Нельзя изменить статус «{old}» → «{new}».",
        "en": "The status cannot go from “{old}” to “{new}”.",
    },
    "project.reason": {
        "ky": "Долбоор эмне үчүн токтотулганын жазыңыз.",
        "ru": "Укажите причину прекращения проекта.",
        "en": "Write why the project was terminated.",
    },
    "project.source": {
        "ky": "Каржылоо булагын тандаңыз.", "ru": "Выберите источник финансирования.",
        "en": "Choose the funding source.",
    },
    "project.kind": {"ky": "Түрүн тандаңыз.", "ru": "Выберите вид.", "en": "Choose the kind."},
    "project.line_other_project": {
        "ky": "Бул бюджеттин беренеси башка долбоорго тиешелүү.", "ru": "Эта статья бюджета относится к другому проекту.",
        "en": "This budget line belongs to another project.",
    },
    "project.line_has_expenses": {
        "ky": "Бул сапка {n} чыгым катталган; адегенде аларды өчүрүңүз.",
        "ru": "По этой строке проведено расходов: {n}; сначала удалите их.",
        "en": "{n} expenses are booked to this line; remove them first.",
    },
    "project.expense_zero": {
        "ky": "Чыгымдын суммасы нөлдөн чоң болушу керек.", "ru": "Сумма расхода должна быть больше нуля.",
        "en": "The expense must be more than zero.",
    },
    "project.part_exceeds": {
        "ky": "«{part}» ({part_count}) «{whole}» ({whole_count}) санынан ашпашы керек.",
        "ru": "«{part}» ({part_count}) не может быть больше, чем «{whole}» ({whole_count}).",
        "en": "“{part}” ({part_count}) cannot be more than “{whole}” ({whole_count}).",
    },
    "project.parts_sum_exceeds": {
        "ky": "«{whole}» бөлүктөрүнүн суммасы ({part_count}) анын өзүнөн ({whole_count}) ашпашы керек.",
        "ru": "Сумма частей категории «{whole}» ({part_count}) больше её самой ({whole_count}).",
        "en": "The parts of “{whole}” add up to {part_count}, more than {whole_count}.",
    },
    "project.in_event": {
        "ky": "{event}: {message}", "ru": "{event}: {message}", "en": "{event}: {message}",
    },
    "project.grid": {
        "ky": "Чапталган таблицаны окуй албадым: {row}-сап, {column}-тилке «{text}» — {reason}. Эч нерсе өзгөргөн жок.",
        "ru": "Не удалось прочитать вставленную таблицу: строка {row}, столбец {column} «{text}» — {reason}. "
              "Ничего не изменено.",
        "en": "Could not read the pasted table: row {row}, column {column} “{text}” — {reason}. Nothing changed.",
    },
    "project.grid.empty": {"ky": "бош", "ru": "пусто", "en": "empty"},
    "project.grid.too_many_rows": {"ky": "саптар иш-чаралардан көп", "ru": "строк больше, чем мероприятий",
                                   "en": "more rows than events"},
    "project.grid.too_many_columns": {"ky": "тилкелер категориялардан көп", "ru": "столбцов больше, чем категорий",
                                      "en": "more columns than categories"},
    "project.grid.not_a_count": {"ky": "бүтүн сан эмес", "ru": "не целое число", "en": "not a whole number"},
    "project.grid.too_large": {"ky": "өтө чоң", "ru": "слишком большое", "en": "too large"},
    "project.category_parent": {
        "ky": "Мындай негизги категория жок.", "ru": "Нет такой родительской категории.",
        "en": "There is no such parent category.",
    },
    "project.category_exists": {
        "ky": "Мындай аталыштагы категория бар.", "ru": "Категория с таким названием уже есть.",
        "en": "A category with this name exists.",
    },
    "project.award_excess.decision": {
        "ky": "Келишимдеги грант {award} сом комиссия чечкен суммадан ({decided} сом) ашат. Бул туура болсо, "
              "себебин жазыңыз: ал грант суммасынын жанына басылат.",
        "ru": "Сумма гранта по соглашению {award} сом больше суммы, решённой комиссией ({decided} сом). Если это "
              "верно, укажите причину: она печатается рядом с суммой гранта.",
        "en": "The agreement's award of {award} som is above the award the commission decided ({decided} som). "
              "If this is right, write the reason: it is printed next to the award.",
    },
    "project.award_excess.max": {
        "ky": "Келишимдеги грант {award} сом гранттын максималдуу суммасынан ({max} сом) ашат. Бул туура болсо, "
              "себебин жазыңыз: ал грант суммасынын жанына басылат.",
        "ru": "Сумма гранта по соглашению {award} сом больше максимальной суммы гранта ({max} сом). Если это "
              "верно, укажите причину: она печатается рядом с суммой гранта.",
        "en": "The agreement's award of {award} som is above the maximum grant ({max} som). If this is right, "
              "write the reason: it is printed next to the award.",
    },
    "project.award_excess.both": {
        "ky": "Келишимдеги грант {award} сом комиссия чечкен суммадан ({decided} сом) жана гранттын максималдуу "
              "суммасынан ({max} сом) ашат. Бул туура болсо, себебин жазыңыз: ал грант суммасынын жанына басылат.",
        "ru": "Сумма гранта по соглашению {award} сом больше суммы, решённой комиссией ({decided} сом), и "
              "максимальной суммы гранта ({max} сом). Если это верно, укажите причину: она печатается рядом с "
              "суммой гранта.",
        "en": "The agreement's award of {award} som is above the award the commission decided ({decided} som) "
              "and the maximum grant ({max} som). If this is right, write the reason: it is printed next to the "
              "award.",
    },
    "project.award_not_confirmed": {
        "ky": "Сакталган жок: грант суммасын ырастаңыз же оңдоңуз.",
        "ru": "Не сохранено: подтвердите сумму гранта или исправьте её.",
        "en": "Not saved: confirm the award or correct it.",
    },
    "project.direct_kind": {
        "ky": "Долбоордун түрүн тандаңыз: түз грант же субсидия.",
        "ru": "Выберите вид проекта: прямой грант или субсидия.",
        "en": "Choose what the project is: a direct grant or a subsidy.",
    },
    "project.legal_basis": {
        "ky": "Сынаксыз долбоордун укуктук негизин жазыңыз (токтом, буйрук же келишим, анын номери).",
        "ru": "Укажите правовое основание проекта без конкурса (постановление, приказ или договор, его номер).",
        "en": "Write the legal basis of a project without a competition (resolution, order or agreement, its number).",
    },
    "project.municipality": {
        "ky": "Муниципалитетти тандаңыз.", "ru": "Выберите муниципалитет.", "en": "Choose the municipality.",
    },
    "project.recipients_sum": {
        "ky": "Алуучулардын суммасы {total} сом, ал эми грант {award} сом (айырма {difference} сом). Эч нерсе "
              "сакталган жок.",
        "ru": "Получатели вместе получают {total} сом, а грант {award} сом (разница {difference} сом). Ничего не "
              "сохранено.",
        "en": "The recipients add up to {total} som, the grant is {award} som (difference {difference} som). "
              "Nothing was saved.",
    },
    "project.recipients_award": {
        "ky": "Грант {award} сом болсо, алуучулардын суммасы ({total} сом) менен дал келбейт. Адегенде алуучуларды "
              "оңдоңуз.",
        "ru": "Грант {award} сом не совпадёт с суммой получателей ({total} сом). Сначала исправьте получателей.",
        "en": "A grant of {award} som would not match the recipients' total ({total} som). Correct the recipients "
              "first.",
    },
    "project.recipient_name": {
        "ky": "{row}-алуучунун атын жазыңыз.", "ru": "Укажите имя получателя в строке {row}.",
        "en": "Write the name of recipient {row}.",
    },
    "project.quantity": {
        "ky": "Санын оң сан менен жазыңыз, мисалы 15 же 2,5.", "ru": "Введите количество положительным числом, "
              "например 15 или 2,5.", "en": "Enter the quantity as a positive number, e.g. 15 or 2,5.",
    },
    "project.quantity_price_pair": {
        "ky": "Саны менен бирдигинин баасын экөөнү тең жазыңыз (же экөөнү тең бош калтырыңыз).",
        "ru": "Укажите и количество, и цену за единицу (или оставьте оба поля пустыми).",
        "en": "Give both the quantity and the unit price (or leave both empty).",
    },
    "project.channel": {
        "ky": "Каржылоо жолун тандаңыз.", "ru": "Выберите канал финансирования.", "en": "Choose the funding channel.",
    },
    "project.local_channel": {
        "ky": "Жергиликтүү бюджеттин каражаты жергиликтүү бюджет аркылуу гана төлөнөт.",
        "ru": "Средства местного бюджета выплачиваются только через местный бюджет.",
        "en": "Local-budget money is paid through the local budget only.",
    },
})

P = Perm.PROJECTS
_STEPS = {
    (E.ProjectStatus.PLANNED, E.ProjectStatus.RUNNING), (E.ProjectStatus.RUNNING, E.ProjectStatus.COMPLETED),
    (E.ProjectStatus.PLANNED, E.ProjectStatus.COMPLETED), (E.ProjectStatus.RUNNING, E.ProjectStatus.PLANNED),
    (E.ProjectStatus.PLANNED, E.ProjectStatus.TERMINATED), (E.ProjectStatus.RUNNING, E.ProjectStatus.TERMINATED),
    (E.ProjectStatus.COMPLETED, E.ProjectStatus.RUNNING),
}


warning_text = B.warning_text


# --------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class WinnerRow:
    application_id: str
    competition_id: str
    competition_title: str
    reg_number: str
    title: str
    applicant: str
    awarded_tyiyn: int


def get_project(db, project_id: str) -> ProjectData:
    with db.reader() as s:
        data = load_project(s, project_id)
    if data is None:
        raise F.not_found()
    return data


def list_categories(db) -> tuple[CategoryInfo, ...]:
    with db.reader() as s:
        return load_categories(s)


def _winner_awards(s, competition_id: str | None = None) -> dict[str, int]:
    """application id -> awarded amount, from the latest decision of each."""
    D, MT, C, CM = M.Decision, M.Meeting, M.Competition, M.Commission
    q = (select(D.application_id, D.awarded_tyiyn, MT.held_on, MT.number)
         .join(MT, MT.id == D.meeting_id).join(CM, CM.id == MT.commission_id).join(C, C.id == CM.competition_id)
         .where(D.deleted_at.is_(None), MT.deleted_at.is_(None), D.outcome == E.DecisionOutcome.WINNER)
         .order_by(MT.held_on, MT.number))
    if competition_id:
        q = q.where(C.id == competition_id)
    return {app_id: awarded for app_id, awarded, _h, _n in s.execute(q)}


def winners_without_project(db, competition_id: str | None = None) -> list[WinnerRow]:
    """Winning applications that have no project yet."""
    A, AP, C, PR = M.Application, M.Applicant, M.Competition, M.Project
    with db.reader() as s:
        awards = _winner_awards(s, competition_id)
        have = set(s.scalars(select(PR.application_id).where(PR.deleted_at.is_(None),
                                                             PR.application_id.is_not(None))))
        q = (select(A, AP.name, C.title).join(AP, AP.id == A.applicant_id).join(C, C.id == A.competition_id)
             .where(A.deleted_at.is_(None), C.deleted_at.is_(None)).order_by(C.year, A.reg_seq))
        if competition_id:
            q = q.where(C.id == competition_id)
        out = []
        for a, name, ctitle in s.execute(q):
            if a.id in have or (a.id not in awards and a.status != E.ApplicationStatus.WINNER):
                continue
            out.append(WinnerRow(a.id, a.competition_id, ctitle, a.reg_number, a.title, name,
                                 awards.get(a.id, a.requested_tyiyn)))
        return out


@dataclass
class ProjectInput:
    """The grant agreement's fields as a form gives them (text or typed)."""

    title: object = ""
    goal: object = ""
    agreement_number: object = ""
    agreement_date: object = None
    customer: object = ""
    executor: object = ""
    awarded: object = 0          # tyiyn (int) or som text
    start_on: object = None
    end_on: object = None
    results: object = ""
    excess_reason: object = ""   # why the award is above the decision or the maximum grant
    # a project without a competition
    direct_kind: object = None   # DirectKind value
    legal_basis: object = ""
    legal_basis_date: object = None
    municipality_id: str | None = None


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def project_defaults(db, application_id: str, today: date | None = None) -> ProjectInput:
    """What the agreement form suggests for a winner: its title and goal, the
    applicant as executor, the office as customer, the award, and dates from
    the competition's duration."""
    with db.reader() as s:
        a = s.get(M.Application, application_id)
        if a is None or a.deleted_at is not None:
            raise F.not_found()
        comp = s.get(M.Competition, a.competition_id)
        mun = s.get(M.Municipality, comp.municipality_id)
        applicant = s.get(M.Applicant, a.applicant_id)
        award = _winner_awards(s, comp.id).get(a.id, a.requested_tyiyn)
    start = today or date.today()
    end = _add_months(start, comp.duration_months) - timedelta(days=1) if comp.duration_months else None
    return ProjectInput(title=a.title, goal=a.goal or "", customer=(mun.executive_body or mun.name) if mun else "",
                        executor=applicant.name if applicant else "", awarded=award, agreement_date=start,
                        start_on=start, end_on=end)


def validate_project(data: ProjectInput) -> dict:
    errors: dict[str, ServiceError] = {}
    out = {
        "title": F.text(errors, "title", data.title, required=True, max_len=500),
        "goal": F.text(errors, "goal", data.goal, max_len=4000, multiline=True),
        "agreement_number": F.text(errors, "agreement_number", data.agreement_number, max_len=100),
        "agreement_date": F.a_date(errors, "agreement_date", data.agreement_date),
        "customer": F.text(errors, "customer", data.customer, max_len=300),
        "executor": F.text(errors, "executor", data.executor, max_len=300),
        "awarded_tyiyn": F.money(errors, "awarded", data.awarded),
        "start_on": F.a_date(errors, "start_on", data.start_on),
        "end_on": F.a_date(errors, "end_on", data.end_on),
        "results": F.text(errors, "results", data.results, max_len=8000, multiline=True),
        "award_excess_reason": F.text(errors, "excess_reason", data.excess_reason, max_len=2000, multiline=True),
    }
    if out["start_on"] and out["end_on"] and out["end_on"] < out["start_on"]:
        errors["end_on"] = ServiceError("project.end_before_start", "end_on", start=F.show_date(out["start_on"]))
    if errors:
        raise ValidationError(errors)
    return out


def _direct_values(data: ProjectInput) -> dict:
    """The kind and legal basis of a project without a competition."""
    errors: dict[str, ServiceError] = {}
    out = {
        "legal_basis": F.text(errors, "legal_basis", data.legal_basis, max_len=2000, multiline=True),
        "legal_basis_date": F.a_date(errors, "legal_basis_date", data.legal_basis_date),
    }
    try:
        out["direct_kind"] = E.DirectKind(data.direct_kind)
    except ValueError:
        errors["direct_kind"] = ServiceError("project.direct_kind", "direct_kind")
    if not out["legal_basis"] and "legal_basis" not in errors:
        errors["legal_basis"] = ServiceError("project.legal_basis", "legal_basis")
    if errors:
        raise ValidationError(errors)
    return out


@dataclass(frozen=True)
class AwardLimits:
    decided: int | None     # the commission's award (None: no decision)
    max_grant: int          # the competition's maximum grant (0: none)

    def exceeded(self, award: int) -> dict[str, int]:
        """{"decision": decided, "max": maximum} for each limit the award is above."""
        out = {}
        if self.decided is not None and award > self.decided:
            out["decision"] = self.decided
        if self.max_grant and award > self.max_grant:
            out["max"] = self.max_grant
        return out

    def refusal(self, award: int) -> ServiceError | None:
        """The refusal of an award above a limit without a reason (also the
        question the window asks before saving one with a reason)."""
        over = self.exceeded(award)
        if not over:
            return None
        key = "both" if len(over) == 2 else next(iter(over))
        return ServiceError(f"project.award_excess.{key}", "excess_reason", award=format_amount(award),
                            decided=format_amount(over.get("decision", 0)), max=format_amount(over.get("max", 0)))


def _limits(s, application_id: str | None, competition_id: str | None) -> AwardLimits:
    comp = s.get(M.Competition, competition_id) if competition_id else None
    return AwardLimits(decided_award(s, application_id), comp.max_grant_tyiyn if comp else 0)


def award_limits(db, application_id: str | None = None, project_id: str | None = None) -> AwardLimits:
    """What an agreement's award is compared with: the decided award and
    the competition's maximum grant (of a winner, or of a project)."""
    with db.reader() as s:
        if project_id:
            p = _project(s, project_id)
            return _limits(s, p.application_id, p.competition_id)
        a = s.get(M.Application, application_id) if application_id else None
        if a is None or a.deleted_at is not None:
            raise F.not_found()
        return _limits(s, a.id, a.competition_id)


def award_question(db, awarded, application_id: str | None = None, project_id: str | None = None,
                   lang: str | None = None) -> str:
    """What the window asks before saving an award above the decision or the
    maximum grant ("" when the award is within them or cannot be read)."""
    errors: dict = {}
    award = F.money(errors, "awarded", awarded)
    if award is None:
        return ""
    refusal = award_limits(db, application_id, project_id).refusal(award)
    return refusal.message(lang) if refusal else ""


def _check_award(values: dict, limits: AwardLimits) -> None:
    """An award above the decision or the maximum grant needs a written
    reason; an award within them keeps none."""
    refusal = limits.refusal(values["awarded_tyiyn"])
    if refusal is None:
        values["award_excess_reason"] = None
    elif not values["award_excess_reason"]:
        raise refusal


def create_project(db, application_id: str, data: ProjectInput) -> str:
    """The project of a winning application, planned, with its agreement. An
    award above the decided award or the maximum grant needs a reason."""
    require(db, P)
    values = validate_project(data)
    with db.session() as s:
        a = s.get(M.Application, application_id)
        if a is None or a.deleted_at is not None:
            raise F.not_found()
        if a.id not in _winner_awards(s, a.competition_id) and a.status != E.ApplicationStatus.WINNER:
            raise ServiceError("project.not_winner")
        existing = s.scalar(select(M.Project).where(M.Project.application_id == a.id, M.Project.deleted_at.is_(None)))
        if existing is not None:
            raise ServiceError("project.exists", title=existing.title)
        _check_award(values, _limits(s, a.id, a.competition_id))
        project = M.Project(competition_id=a.competition_id, application_id=a.id, status=E.ProjectStatus.PLANNED,
                            **values)
        s.add(project)
        s.flush()
        comp = s.get(M.Competition, a.competition_id)
        if comp is not None and comp.status == E.CompetitionStatus.DECIDED:  # the first project starts the work
            from app.services.competitions import _advance

            _advance(s, db, comp, E.CompetitionStatus.IN_IMPLEMENTATION)
        return project.id


def _municipality(s, municipality_id: str | None) -> str:
    """The chosen municipality, or the only one there is."""
    live = list(s.scalars(select(M.Municipality.id).where(M.Municipality.deleted_at.is_(None))))
    if municipality_id:
        if municipality_id not in live:
            raise ServiceError("project.municipality", "municipality_id")
        return municipality_id
    if len(live) != 1:
        raise ServiceError("project.municipality", "municipality_id")
    return live[0]


def municipality_choices(db) -> list[tuple[str, str]]:
    """(id, name) of the live municipalities, for a project without a competition."""
    with db.reader() as s:
        return [(m.id, m.name) for m in s.scalars(select(M.Municipality).where(M.Municipality.deleted_at.is_(None))
                                                 .order_by(M.Municipality.name))]


def create_direct_project(db, data: ProjectInput) -> str:
    """A project without a competition: a direct grant or a subsidy, on its
    legal basis (text and date), with the agreement's fields."""
    require(db, P)
    values = validate_project(data)
    direct = _direct_values(data)
    values["award_excess_reason"] = None   # no decision and no maximum to exceed
    with db.session() as s:
        mun = _municipality(s, data.municipality_id)
        project = M.Project(competition_id=None, application_id=None, municipality_id=mun,
                            status=E.ProjectStatus.PLANNED, **values, **direct)
        s.add(project)
        s.flush()
        return project.id


def _project(s, project_id: str) -> M.Project:
    p = s.get(M.Project, project_id) if project_id else None
    if p is None or p.deleted_at is not None:
        raise F.not_found()
    return p


def _recipients(s, project_id: str) -> list[M.GrantRecipient]:
    return list(s.scalars(select(M.GrantRecipient).where(M.GrantRecipient.project_id == project_id,
                                                         M.GrantRecipient.deleted_at.is_(None))
                          .order_by(M.GrantRecipient.position, M.GrantRecipient.created_at)))


def update_project(db, project_id: str, data: ProjectInput) -> None:
    """The agreement's fields (and, without a competition, its kind and legal
    basis). The award must stay what the recipients add up to, if the grant
    is split; above the decision or the maximum it needs a reason."""
    require(db, P)
    values = validate_project(data)
    with db.session() as s:
        p = _project(s, project_id)
        if p.competition_id is None:
            values.update(_direct_values(data))
        _check_award(values, _limits(s, p.application_id, p.competition_id))
        recipients = _recipients(s, p.id)
        total = sum(r.amount_tyiyn for r in recipients)
        if recipients and total != values["awarded_tyiyn"]:
            raise ServiceError("project.recipients_award", "awarded", award=format_amount(values["awarded_tyiyn"]),
                               total=format_amount(total))
        F.set_changed(p, values)


@dataclass
class RecipientInput:
    name: object = ""
    amount: object = 0     # tyiyn (int) or som text
    note: object = ""


def set_recipients(db, project_id: str, recipients: list[RecipientInput]) -> None:
    """Split the grant among recipients (the whole list at once; an empty
    list: not split). Their amounts must add up to the award exactly; when
    they do not, the refusal names both sums and nothing is saved."""
    require(db, P)
    errors: dict[str, ServiceError] = {}
    rows = []
    for i, r in enumerate(recipients, start=1):
        name = F.text(errors, f"recipient:{i}", r.name, max_len=300)
        if not name and f"recipient:{i}" not in errors:
            errors[f"recipient:{i}"] = ServiceError("project.recipient_name", f"recipient:{i}", row=i)
        amount = F.money(errors, f"amount:{i}", r.amount)
        note = F.text(errors, f"note:{i}", r.note, max_len=1000)
        rows.append((name, amount, note))
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        p = _project(s, project_id)
        total = sum(a for _n, a, _t in rows)
        if rows and total != p.awarded_tyiyn:
            raise ServiceError("project.recipients_sum", "recipients", total=format_amount(total),
                               award=format_amount(p.awarded_tyiyn), difference=format_amount(total - p.awarded_tyiyn))
        existing = _recipients(s, p.id)
        for i, (name, amount, note) in enumerate(rows):
            values = {"position": i, "name": name, "amount_tyiyn": amount, "note": note}
            if i < len(existing):
                F.set_changed(existing[i], values)
            else:
                s.add(M.GrantRecipient(project_id=p.id, **values))
        now = utcnow()
        for row in existing[len(rows):]:
            row.deleted_at = now


def set_project_status(db, project_id: str, status: str, reason: str | None = None) -> None:
    """planned -> running -> completed; terminated (with a reason) from
    planned or running; a completed project may be reopened."""
    require(db, P)
    try:
        new = E.ProjectStatus(status)
    except ValueError:
        raise ServiceError("project.kind", "status") from None
    errors: dict = {}
    why = F.text(errors, "reason", reason, max_len=2000, multiline=True)
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        p = _project(s, project_id)
        if p.status == new:
            return
        if (p.status, new) not in _STEPS:
            from app.terms import word
            raise ServiceError("project.status_step", "status", old=word("project_status", p.status),
                               new=word("project_status", new))
        from app.services.project_cycle import completion_refusal

        refusal = completion_refusal(s, p, new)   # completed only by an accepted act
        if refusal is not None:
            raise refusal
        if new == E.ProjectStatus.TERMINATED and not why:
            raise ServiceError("project.reason", "reason")
        p.status = new
        p.status_reason = why if new == E.ProjectStatus.TERMINATED else None


# --------------------------------------------------------------------------
# Budget and expenses


def _source(errors: dict, value) -> E.FundingSource | None:
    try:
        return E.FundingSource(value)
    except ValueError:
        errors["source"] = ServiceError("project.source", "source")
        return None


def _line_values(category, source, planned, actual, valuation_note, description, channel=None, quantity=None,
                 unit=None, unit_price=None) -> dict:
    """A line's fields. Quantity and unit price come together; with them and
    no planned amount, the planned amount is their product; with both, the
    planned amount is kept as the document states it (a difference is shown,
    never corrected)."""
    errors: dict = {}
    out = {
        "category": F.text(errors, "category", category, required=True, max_len=300),
        "source": _source(errors, source),
        "actual_tyiyn": F.money(errors, "actual", actual if actual not in (None, "") else 0),
        "valuation_note": F.text(errors, "valuation_note", valuation_note, max_len=2000, multiline=True),
        "description": F.text(errors, "description", description, max_len=2000, multiline=True),
        "unit": F.text(errors, "unit", unit, max_len=50),
        "unit_price_tyiyn": F.money(errors, "unit_price", unit_price, required=False),
        "quantity": _quantity(errors, quantity),
    }
    given = {k for k in ("quantity", "unit_price_tyiyn") if out[k] is not None}
    if len(given) == 1 and not {"quantity", "unit_price"} & set(errors):
        missing = "unit_price" if "quantity" in given else "quantity"
        errors[missing] = ServiceError("project.quantity_price_pair", missing)
    if planned in (None, "") and len(given) == 2:
        out["planned_tyiyn"] = B.line_computed(out["quantity"], out["unit_price_tyiyn"])
        if out["planned_tyiyn"] > F.MAX_TYIYN:
            errors["planned"] = ServiceError("input.money_too_large", "planned")
    else:
        out["planned_tyiyn"] = F.money(errors, "planned", planned if planned not in (None, "") else 0)
    if channel in (None, ""):
        out["channel"] = None
    else:
        try:
            out["channel"] = E.FundingChannel(channel)
        except ValueError:
            errors["channel"] = ServiceError("project.channel", "channel")
    if out["source"] == E.FundingSource.LOCAL_BUDGET and "channel" not in errors:
        if out["channel"] == E.FundingChannel.DIRECT:
            errors["channel"] = ServiceError("project.local_channel", "channel")
        out["channel"] = E.FundingChannel.THROUGH_LOCAL_BUDGET
    if errors:
        raise ValidationError(errors)
    return out


def _quantity(errors: dict, value):
    """A positive quantity (up to three decimals), or None when empty."""
    from decimal import Decimal

    from app.domain.programs import ValueError_, parse_number

    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        q = parse_number(value)
    except ValueError_:
        q = None
    if q is None or q <= 0 or q > B.MAX_COUNT or q != q.quantize(Decimal("0.001")):
        errors["quantity"] = ServiceError("project.quantity", "quantity")
        return None
    return q


def add_budget_line(db, project_id: str, category, source, planned, actual=None, valuation_note=None,
                    description=None, *, channel=None, quantity=None, unit=None, unit_price=None) -> str:
    """A budget line: category, who pays (source) and how (channel), planned
    (or quantity × unit price), and a typed actual, used while no expense is
    booked to it (e.g. an in-kind contribution)."""
    require(db, P)
    values = _line_values(category, source, planned, actual, valuation_note, description, channel, quantity, unit,
                          unit_price)
    with db.session() as s:
        _project(s, project_id)
        position = len(list(s.scalars(select(M.BudgetLine.id).where(M.BudgetLine.project_id == project_id))))
        line = M.BudgetLine(project_id=project_id, position=position, **values)
        s.add(line)
        s.flush()
        return line.id


def _line(s, line_id: str) -> M.BudgetLine:
    line = s.get(M.BudgetLine, line_id) if line_id else None
    if line is None or line.deleted_at is not None:
        raise F.not_found("line")
    _project(s, line.project_id)
    return line


def update_budget_line(db, line_id: str, category, source, planned, actual=None, valuation_note=None,
                       description=None, *, channel=None, quantity=None, unit=None, unit_price=None) -> None:
    require(db, P)
    values = _line_values(category, source, planned, actual, valuation_note, description, channel, quantity, unit,
                          unit_price)
    with db.session() as s:
        line = _line(s, line_id)
        F.set_changed(line, values)


def remove_budget_line(db, line_id: str) -> None:
    require(db, P)
    with db.session() as s:
        line = _line(s, line_id)
        n = len(list(s.scalars(select(M.Expense.id).where(M.Expense.budget_line_id == line.id,
                                                          M.Expense.deleted_at.is_(None)))))
        if n:
            raise ServiceError("project.line_has_expenses", n=n)
        line.deleted_at = utcnow()


def add_expense(db, project_id: str, spent_on, amount, source=None, line_id: str | None = None,
                document_number=None, note=None) -> str:
    """An expense: date, document, amount and source, booked to a budget line
    (the line's source is taken when none is given) or to none."""
    require(db, P)
    errors: dict = {}
    when = F.a_date(errors, "spent_on", spent_on, required=True)
    tyiyn = F.money(errors, "amount", amount)
    doc = F.text(errors, "document_number", document_number, max_len=100)
    text = F.text(errors, "note", note, max_len=2000, multiline=True)
    if tyiyn == 0:
        errors["amount"] = ServiceError("project.expense_zero", "amount")
    with db.session() as s:
        _project(s, project_id)
        line = None
        if line_id:
            line = _line(s, line_id)
            if line.project_id != project_id:
                errors["line"] = ServiceError("project.line_other_project", "line")
        src = _source(errors, source if source not in (None, "") else (line.source if line else None))
        if errors:
            raise ValidationError(errors)
        exp = M.Expense(project_id=project_id, budget_line_id=line.id if line else None, spent_on=when,
                        amount_tyiyn=tyiyn, source=src, document_number=doc, note=text)
        s.add(exp)
        s.flush()
        return exp.id


def remove_expense(db, expense_id: str) -> None:
    _remove(db, M.Expense, expense_id)


def budget_warnings(db, project_id: str, lang: str | None = None) -> list[str]:
    return [warning_text(w, lang) for w in get_project(db, project_id).budget.warnings]


# --------------------------------------------------------------------------
# Events and participant counts


@dataclass
class EventInput:
    held_on: object = None
    place: object = ""
    kind: object = E.EventKind.OTHER.value
    title: object = ""
    description: object = ""
    is_planned: bool = False
    stated_total: object = None   # participants as the source document states them


def _event_values(data: EventInput) -> dict:
    errors: dict = {}
    out = {
        "held_on": F.a_date(errors, "held_on", data.held_on, required=not data.is_planned),
        "place": F.text(errors, "place", data.place, max_len=300),
        "title": F.text(errors, "title", data.title, required=True, max_len=500),
        "description": F.text(errors, "description", data.description, max_len=4000, multiline=True),
        "is_planned": bool(data.is_planned),
        "stated_total": F.integer(errors, "stated_total", data.stated_total, lo=0, hi=B.MAX_COUNT, required=False),
    }
    try:
        out["kind"] = E.EventKind(data.kind)
    except ValueError:
        errors["kind"] = ServiceError("project.kind", "kind")
    if errors:
        raise ValidationError(errors)
    return out


def add_event(db, project_id: str, data: EventInput) -> str:
    require(db, P)
    values = _event_values(data)
    with db.session() as s:
        _project(s, project_id)
        ev = M.Event(project_id=project_id, **values)
        s.add(ev)
        s.flush()
        return ev.id


def _event(s, event_id: str) -> M.Event:
    ev = s.get(M.Event, event_id) if event_id else None
    if ev is None or ev.deleted_at is not None:
        raise F.not_found()
    _project(s, ev.project_id)
    return ev


def update_event(db, event_id: str, data: EventInput) -> None:
    require(db, P)
    values = _event_values(data)
    with db.session() as s:
        ev = _event(s, event_id)
        F.set_changed(ev, values)


def remove_event(db, event_id: str) -> None:
    require(db, P)
    with db.session() as s:
        ev = _event(s, event_id)
        now = utcnow()
        for row in s.scalars(select(M.EventParticipants).where(M.EventParticipants.event_id == ev.id,
                                                               M.EventParticipants.deleted_at.is_(None))):
            row.deleted_at = now
        ev.deleted_at = now


def _category_maps(s, lang: str | None) -> tuple[dict[str, Category], dict[str, str]]:
    cats = load_categories(s)
    return {c.id: c.rule for c in cats}, {c.id: c.name(lang or i18n.language()) for c in cats}


def _check(counts: dict[str, int], rules: dict[str, Category], names: dict[str, str]) -> ServiceError | None:
    problems = check_counts(counts, rules)
    if not problems:
        return None
    pr = problems[0]
    if pr.parts_sum:
        return ServiceError("project.parts_sum_exceeds", whole=names.get(pr.whole_id, "?"),
                            part_count=pr.part_count, whole_count=pr.whole_count)
    return ServiceError("project.part_exceeds", part=names.get(pr.part_id, "?"), part_count=pr.part_count,
                        whole=names.get(pr.whole_id, "?"), whole_count=pr.whole_count)


def _clean_counts(values: dict, rules: dict[str, Category]) -> dict[str, int | None]:
    errors: dict = {}
    out: dict[str, int | None] = {}
    for cid, value in values.items():
        if cid not in rules:
            raise F.not_found("category")
        out[cid] = F.integer(errors, cid, value, lo=0, hi=B.MAX_COUNT, required=False)
    if errors:
        raise ValidationError(errors)
    return out


def _write_counts(s, event_id: str, counts: dict[str, int | None]) -> None:
    existing = {r.category_id: r for r in s.scalars(select(M.EventParticipants).where(
        M.EventParticipants.event_id == event_id))}
    now = utcnow()
    for cid, n in counts.items():
        row = existing.get(cid)
        if n is None:
            if row is not None and row.deleted_at is None:
                row.deleted_at = now
        elif row is None:
            s.add(M.EventParticipants(event_id=event_id, category_id=cid, count=n))
        else:  # the unique (event, category) row is reused, tombstoned or not
            if row.deleted_at is not None:
                row.deleted_at = None
            if row.count != n:
                row.count = n


def _current_counts(s, event_id: str) -> dict[str, int]:
    return {r.category_id: r.count for r in s.scalars(select(M.EventParticipants).where(
        M.EventParticipants.event_id == event_id, M.EventParticipants.deleted_at.is_(None)))}


def set_counts(db, event_id: str, counts: dict, lang: str | None = None) -> None:
    """Participants of one event by category (id -> count; None or "" clears
    it). A part larger than its whole is refused, naming both numbers."""
    set_count_grid(db, {event_id: counts}, lang)


def set_count_grid(db, grid: dict[str, dict], lang: str | None = None) -> None:
    """Counts of several events at once (event id -> category id -> count),
    all saved or none."""
    require(db, P)
    with db.session() as s:
        rules, names = _category_maps(s, lang)
        for event_id, values in grid.items():
            ev = _event(s, event_id)
            cleaned = _clean_counts(values, rules)
            merged = _current_counts(s, ev.id)
            for cid, n in cleaned.items():
                if n is None:
                    merged.pop(cid, None)
                else:
                    merged[cid] = n
            problem = _check(merged, rules, names)
            if problem is not None:
                label = f"{F.show_date(ev.held_on)} {ev.title}".strip()
                raise ServiceError("project.in_event", event_id, event=label, message=problem.message(lang))
            _write_counts(s, ev.id, cleaned)


def parse_pasted_counts(text: str, rows: int, columns: int, lang: str | None = None) -> list[list[int | None]]:
    """A block pasted from Excel into whole counts, or a ServiceError that
    says which cell could not be read."""
    try:
        return B.parse_count_grid(text, rows, columns)
    except B.GridError as exc:
        raise ServiceError("project.grid", row=exc.row, column=exc.column, text=exc.text,
                           reason=i18n.t(f"project.grid.{exc.reason}", lang)) from None


def paste_counts(db, event_ids: list[str], category_ids: list[str], text: str, lang: str | None = None) -> None:
    """Paste a spreadsheet block whose top-left cell lands on (event_ids[0],
    category_ids[0]); empty cells clear. Refused whole if any cell or any
    event is wrong."""
    require(db, P)
    grid = parse_pasted_counts(text, len(event_ids), len(category_ids), lang)
    changes: dict[str, dict] = {}
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            changes.setdefault(event_ids[i], {})[category_ids[j]] = value
    set_count_grid(db, changes, lang)


def add_category(db, name_ky, name_ru=None, name_en=None, parent_id: str | None = None,
                 additive: bool = False) -> str:
    """An office's own participant category, optionally part of another."""
    require(db, P)
    errors: dict = {}
    ky = F.text(errors, "name_ky", name_ky, required=True, max_len=200)
    ru = F.text(errors, "name_ru", name_ru, max_len=200) or ky
    en = F.text(errors, "name_en", name_en, max_len=200) or ru
    if errors:
        raise ValidationError(errors)
    import uuid

    with db.session() as s:
        cats = load_categories(s)
        if parent_id and parent_id not in {c.id for c in cats}:
            raise ServiceError("project.category_parent", "parent")
        if any(c.name("ky").casefold() == ky.casefold() for c in cats):
            raise ServiceError("project.category_exists", "name_ky")
        row = M.ParticipantCategory(code=f"office-{uuid.uuid4().hex[:12]}", name_ky=ky, name_ru=ru, name_en=en,
                                    parent_id=parent_id or None, additive=bool(additive) and bool(parent_id),
                                    position=1000 + len(cats), builtin=False)
        s.add(row)
        s.flush()
        return row.id


# --------------------------------------------------------------------------
# Materials and media


def add_material(db, project_id: str, kind, quantity, size=None, description=None) -> str:
    require(db, P)
    errors: dict = {}
    try:
        k = E.MaterialKind(kind)
    except ValueError:
        errors["kind"] = ServiceError("project.kind", "kind")
    qty = F.integer(errors, "quantity", quantity, lo=0, hi=B.MAX_COUNT)
    sz = F.text(errors, "size", size, max_len=100)
    desc = F.text(errors, "description", description, max_len=2000, multiline=True)
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        _project(s, project_id)
        m = M.Material(project_id=project_id, kind=k, quantity=qty, size=sz, description=desc)
        s.add(m)
        s.flush()
        return m.id


def add_media(db, project_id: str, outlet, level, published_on=None, link=None, note=None) -> str:
    require(db, P)
    errors: dict = {}
    name = F.text(errors, "outlet", outlet, required=True, max_len=300)
    try:
        lv = E.MediaLevel(level)
    except ValueError:
        errors["level"] = ServiceError("project.kind", "level")
    when = F.a_date(errors, "published_on", published_on)
    url = F.text(errors, "link", link, max_len=2000)
    text = F.text(errors, "note", note, max_len=2000, multiline=True)
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        _project(s, project_id)
        m = M.MediaCoverage(project_id=project_id, outlet=name, level=lv, published_on=when, link=url, note=text)
        s.add(m)
        s.flush()
        return m.id


def remove_material(db, material_id: str) -> None:
    _remove(db, M.Material, material_id)


def remove_media(db, media_id: str) -> None:
    _remove(db, M.MediaCoverage, media_id)


def _remove(db, model, row_id: str) -> None:
    require(db, P)
    with db.session() as s:
        row = s.get(model, row_id) if row_id else None
        if row is None or row.deleted_at is not None:
            raise F.not_found()
        row.deleted_at = utcnow()


# --------------------------------------------------------------------------
# Totals over projects


@dataclass(frozen=True)
class ParticipantTotals:
    by_category: dict[str, int]              # category id -> people
    by_village: dict[str, dict[str, int]]    # village -> category id -> people
    by_project: dict[str, dict[str, int]]    # project title -> category id -> people
    reached: int
    events: int


def count_held_events(db, date_from: date | None = None, date_to: date | None = None,
                      village: str | None = None, at_most: int | None = None) -> int:
    """The held events participant_totals would add up for this period and
    village; with `at_most`, counting stops there (a district's ten years)."""
    from app.store.project_queries import held_event_count

    with db.reader() as s:
        return held_event_count(s, date_from=date_from, date_to=date_to, village=village, at_most=at_most)


def participant_totals(db, date_from: date | None = None, date_to: date | None = None,
                       project_id: str | None = None, village: str | None = None) -> ParticipantTotals:
    """People reached by held events, by category, village and project; a
    category counted as part of another is never added twice. Without a
    project, the competitions' own events (an information meeting) count
    too, under the competition's title. Added up by the database (a
    district's 200 000 events are not read one by one), by the same rules
    as app.domain.participants (tests/services/test_participant_sums.py
    compares the two)."""
    from app.domain.participants import sum_counts
    from app.store.project_queries import participant_sums

    with db.reader() as s:
        categories = [c.rule for c in load_categories(s)]
        titles = dict(s.execute(select(M.Project.id, M.Project.title)).all())
        titles.update(s.execute(select(M.Competition.id, M.Competition.title)).all())
        rows = participant_sums(s, categories, project_id=project_id, date_from=date_from, date_to=date_to,
                                village=village)
    by_village: dict[str, list] = {}
    by_project: dict[str, list] = {}
    reached = n = 0
    for owner, place, events, people, by_cat in rows:
        by_village.setdefault(place, []).append(by_cat)
        by_project.setdefault(titles[owner], []).append(by_cat)
        reached += people
        n += events
    return ParticipantTotals(sum_counts(r for rows_ in by_village.values() for r in rows_),
                             {v: sum_counts(r) for v, r in by_village.items()},
                             {t: sum_counts(r) for t, r in by_project.items()}, reached, n)
