"""Rules of the office's registers (issue 19): council resolutions and the
control of their execution, public hearings, citizens' needs and proposals,
and the year's local budget with its reserve fund.

Pure functions: no database, no Qt. A broken rule comes back as a `Problem`
(a message key of app.i18n, its parameters, and the field it belongs to);
amounts are integer tyiyn and are written "12 000,00" in the messages.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Iterable, Mapping

from app import i18n
from app.domain.enums import CompetitionKind
from app.domain.money import format_amount

# --------------------------------------------------------------------------
# Codes (stored as text)


class BodyKind(StrEnum):
    AYIL_KENESH = "ayil_kenesh"
    CITY_COUNCIL = "city_council"
    EXECUTIVE = "executive"
    OTHER = "other"          # not known (e.g. taken over from a free-text legal basis)


class ActKind(StrEnum):
    RESOLUTION = "resolution"    # токтом / постановление
    ORDER = "order"              # буйрук / распоряжение
    DECISION = "decision"        # чечим / решение


class PointStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    DONE = "done"


class PointState(StrEnum):
    """What the control of a point shows (derived, never stored)."""

    OVERDUE = "overdue"
    DUE_THIS_MONTH = "due_this_month"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DONE_LATE = "done_late"


class LinkRelation(StrEnum):
    APPROVES = "approves"
    CHANGES = "changes"


class LinkTarget(StrEnum):
    COMPETITION = "competition"
    PROGRAM = "program"
    REGULATION = "regulation"
    TARGET_CORRECTION = "target_correction"
    BUDGET = "budget"
    OTHER = "other"


# targets named by a record of the program (the others by their title)
RECORD_TARGETS = frozenset({LinkTarget.COMPETITION, LinkTarget.PROGRAM, LinkTarget.TARGET_CORRECTION,
                            LinkTarget.BUDGET})


class HearingKind(StrEnum):
    BUDGET_DRAFT = "budget_draft"
    BUDGET_EXECUTION = "budget_execution"
    TARIFF = "tariff"
    PROGRAM = "program"
    OTHER = "other"


class ProposalStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    PARTLY = "partly"
    REJECTED = "rejected"


class NeedSource(StrEnum):
    SURVEY = "survey"
    HEARING = "hearing"
    MEETING = "meeting"
    LETTER = "letter"
    ONLINE = "online"


class NeedStatus(StrEnum):
    NEW = "new"
    CONSIDERED = "considered"
    ADDRESSED = "addressed"
    DECLINED = "declined"


class AllocationKind(StrEnum):
    LOCAL_INITIATIVES = "local_initiatives"   # ЖД
    SOCIAL_ORDER = "social_order"             # МСЗ
    OTHER = "other"


# which allocation may fund which kind of competition
FUNDS = {CompetitionKind.JD: AllocationKind.LOCAL_INITIATIVES, CompetitionKind.MSZ: AllocationKind.SOCIAL_ORDER}

RESERVE_PERCENT = 1


@dataclass(frozen=True)
class Problem:
    """A broken rule: message key, parameters (amounts in tyiyn), field."""

    key: str
    params: dict = field(default_factory=dict)
    field: str | None = None

    def shown_params(self) -> dict:
        """The parameters as the message writes them: amounts "12 000,00",
        dates "28.12.2020"."""
        out = {}
        for k, v in self.params.items():
            if k.endswith("_tyiyn"):
                out[k.removesuffix("_tyiyn")] = format_amount(v, sep=" ")
            elif isinstance(v, date):
                out[k] = v.strftime("%d.%m.%Y")
            else:
                out[k] = v
        return out

    def message(self, lang: str | None = None) -> str:
        return i18n.t(self.key, lang, **self.shown_params())


i18n.register({
    # resolutions
    "reg.due_before_adoption": {
        "ky": "Аткаруу мөөнөтү ({due}) токтом кабыл алынган күндөн ({adopted}) эрте болбосун.",
        "ru": "Срок исполнения ({due}) не может быть раньше даты принятия постановления ({adopted}).",
        "en": "The due date ({due}) cannot be before the resolution was adopted ({adopted}).",
    },
    "reg.done_needs_date": {
        "ky": "Аткарылды деп белгилөө үчүн аткарылган күнүн жазыңыз.",
        "ru": "Чтобы отметить исполнение, укажите дату исполнения.",
        "en": "Enter the date it was done to mark it done.",
    },
    "reg.done_needs_document": {
        "ky": "Аткарылганын тастыктаган документти жазыңыз (мисалы, кат же маалымкат №).",
        "ru": "Укажите документ, подтверждающий исполнение (например, письмо или справку №).",
        "en": "Enter the document that confirms it was done (e.g. a letter or report No.).",
    },
    "reg.done_before_adoption": {
        "ky": "Аткарылган күн ({done}) токтом кабыл алынган күндөн ({adopted}) эрте болбосун.",
        "ru": "Дата исполнения ({done}) не может быть раньше даты принятия ({adopted}).",
        "en": "The date done ({done}) cannot be before the adoption ({adopted}).",
    },
    "reg.in_future": {
        "ky": "Бул күн ({day}) али келе элек.",
        "ru": "Эта дата ({day}) ещё не наступила.",
        "en": "This date ({day}) has not come yet.",
    },
    "reg.sent_before_adoption": {
        "ky": "Юстицияга жөнөтүлгөн күн ({sent}) кабыл алынган күндөн ({adopted}) эрте болбосун.",
        "ru": "Дата направления в юстицию ({sent}) не может быть раньше даты принятия ({adopted}).",
        "en": "The date sent to the justice body ({sent}) cannot be before the adoption ({adopted}).",
    },
    "reg.registered_before_sent": {
        "ky": "Реестрге катталган күн ({registered}) юстицияга жөнөтүлгөн күндөн ({sent}) эрте болбосун.",
        "ru": "Дата регистрации в реестре ({registered}) не может быть раньше даты направления ({sent}).",
        "en": "The registration date ({registered}) cannot be before the date sent ({sent}).",
    },
    "reg.registered_needs_sent": {
        "ky": "Катталганга чейин юстицияга жөнөтүлгөн күнүн жазыңыз.",
        "ru": "Перед датой регистрации укажите дату направления в юстицию.",
        "en": "Enter the date sent to the justice body before the registration date.",
    },
    "reg.register_no_needs_date": {
        "ky": "Реестрдеги номер менен бирге катталган күнүн да жазыңыз.",
        "ru": "Вместе с номером в реестре укажите дату регистрации.",
        "en": "Enter the registration date together with the register number.",
    },
    "reg.justice_not_normative": {
        "ky": "Ченемдик эмес токтом ченемдик укуктук актылардын мамлекеттик реестрине катталбайт; "
              "же «ченемдик» деп белгилеңиз, же юстиция талааларын бош калтырыңыз.",
        "ru": "Ненормативное постановление не регистрируется в государственном реестре НПА; "
              "отметьте «нормативный» или оставьте поля юстиции пустыми.",
        "en": "A non-normative act is not registered in the state register of normative acts; tick "
              "“normative” or leave the justice fields empty.",
    },
    # hearings
    "reg.notice_after_hearing": {
        "ky": "Кулактандыруу ({notice}) угуунун күнүнөн ({held}) кеч болбосун.",
        "ru": "Извещение ({notice}) не может быть позже даты слушаний ({held}).",
        "en": "The notice ({notice}) cannot come after the hearing ({held}).",
    },
    "reg.rejected_needs_reason": {
        "ky": "Четке кагылган сунуш үчүн себебин жазыңыз.",
        "ru": "Для отклонённого предложения укажите причину.",
        "en": "Enter the reason for rejecting the proposal.",
    },
    "reg.inclusion_needs_acceptance": {
        "ky": "Токтомго же бюджеттин беренесине кабыл алынган же жарым-жартылай кабыл алынган сунуш гана киргизилет.",
        "ru": "Во включённые в постановление или статью бюджета можно отметить только принятое (полностью или "
              "частично) предложение.",
        "en": "Only an accepted or partly accepted proposal can be included in a resolution or budget line.",
    },
    "reg.answer_needs_status": {
        "ky": "Жоопту жазуу үчүн сунуштун абалын тандаңыз (кабыл алынды, жарым-жартылай, четке кагылды).",
        "ru": "Чтобы записать ответ, выберите статус предложения (принято, частично, отклонено).",
        "en": "Choose the proposal's status (accepted, partly, rejected) to record an answer.",
    },
    # needs
    "reg.addressed_needs_link": {
        "ky": "«Чечилди» деп белгилөө үчүн аны эмне чечкенин тандаңыз: сынак, программанын чарасы же бюджеттин беренеси.",
        "ru": "Чтобы отметить «решено», выберите, что её решило: конкурс, мера программы или статья бюджета.",
        "en": "To mark it addressed, choose what answered it: a competition, a program measure or a budget line.",
    },
    "reg.declined_needs_answer": {
        "ky": "Четке кагуунун себебин (жоопту) жазыңыз.",
        "ru": "Укажите причину отказа (ответ).",
        "en": "Enter the reason (the answer) for declining.",
    },
    "reg.hearing_only_for_hearing_source": {
        "ky": "Угуу булагы «коомдук угуу» болгондо гана тандалат.",
        "ru": "Слушания указываются только при источнике «публичные слушания».",
        "en": "A hearing can be chosen only when the source is “public hearing”.",
    },
    # local budget
    "reg.reserve_over_limit": {
        "ky": "Резервдик фонд {reserve} сом — чыгашалардын 1 %ынан ашат: резервдик фонддон жана акы төлөнүүчү "
              "кызматтардан тышкаркы чыгашалар {base} сом, анын 1 %ы {limit} сом.",
        "ru": "Резервный фонд {reserve} сом превышает 1 % расходов: расходы без резервного фонда и платных услуг "
              "{base} сом, 1 % от них — {limit} сом.",
        "en": "The reserve fund of {reserve} som exceeds 1 % of expenditure: expenditure without the reserve fund "
              "and paid services is {base} som, 1 % of it is {limit} som.",
    },
    "reg.reserve_over_total": {
        "ky": "Резервдик фонд ({reserve} сом) менен акы төлөнүүчү кызматтар ({paid} сом) жалпы чыгашалардан "
              "({total} сом) ашпасын.",
        "ru": "Резервный фонд ({reserve} сом) и платные услуги ({paid} сом) не могут превышать всех расходов "
              "({total} сом).",
        "en": "The reserve fund ({reserve} som) and paid services ({paid} som) cannot exceed total expenditure "
              "({total} som).",
    },
    "reg.allocations_over_total": {
        "ky": "Бөлүнгөн каражаттар ({allocations} сом) менен резервдик фонд ({reserve} сом) жалпы чыгашалардан "
              "({total} сом) ашпасын.",
        "ru": "Ассигнования ({allocations} сом) вместе с резервным фондом ({reserve} сом) не могут превышать всех "
              "расходов ({total} сом).",
        "en": "The allocations ({allocations} som) with the reserve fund ({reserve} som) cannot exceed total "
              "expenditure ({total} som).",
    },
    "reg.decisions_over_fund": {
        "ky": "Резервдик фондду пайдалануу чечимдери бардыгы {decided} сом болот — фонддон ({fund} сом) ашат.",
        "ru": "Решения об использовании резервного фонда составят {decided} сом — больше самого фонда ({fund} сом).",
        "en": "Decisions on using the reserve fund would total {decided} som, more than the fund ({fund} som).",
    },
    "reg.decision_other_year": {
        "ky": "Чечимдин күнү ({day}) {year}-жылдын бюджетине тиешелүү болушу керек.",
        "ru": "Дата решения ({day}) должна относиться к бюджету {year} года.",
        "en": "The decision's date ({day}) must fall in the budget year {year}.",
    },
    "reg.competitions_over_allocation": {
        "ky": "«{allocation}» сабынан каржыланган сынактардын каражаты бардыгы {competitions} сом болот — "
              "бөлүнгөн {amount} сомдон ашат.",
        "ru": "Конкурсы, финансируемые по строке «{allocation}», получат {competitions} сом — больше "
              "выделенных {amount} сом.",
        "en": "The competitions funded from “{allocation}” would total {competitions} som, more than the "
              "{amount} som allocated.",
    },
    "reg.allocation_kind_mismatch": {
        "ky": "{competition_kind} сынагы бул саптан каржыланбайт: ЖД сынагы — жергиликтүү демилгелердин сабынан, "
              "МСЗ сынагы — социалдык заказдын сабынан.",
        "ru": "Конкурс {competition_kind} не финансируется по этой строке: конкурс МИ — по строке местных "
              "инициатив, ГСЗ — по строке социального заказа.",
        "en": "A {competition_kind} competition cannot be funded from this line: LI competitions from the local "
              "initiatives line, SSO competitions from the social order line.",
    },
})


i18n.register({
    # words for the codes, in reports, the command line and messages (the GUI has its own, in Qt)
    "body_kind.ayil_kenesh": {"ky": "айылдык кеңеш", "ru": "айыльный кенеш", "en": "ayil kenesh"},
    "body_kind.city_council": {"ky": "шаардык кеңеш", "ru": "городской кенеш", "en": "city council"},
    "body_kind.executive": {"ky": "аткаруу органы", "ru": "исполнительный орган", "en": "executive body"},
    "body_kind.other": {"ky": "башка орган", "ru": "другой орган", "en": "other body"},
    "act_kind.resolution": {"ky": "токтом", "ru": "постановление", "en": "resolution"},
    "act_kind.order": {"ky": "буйрук", "ru": "распоряжение", "en": "order"},
    "act_kind.decision": {"ky": "чечим", "ru": "решение", "en": "decision"},
    "point_state.overdue": {"ky": "мөөнөтү өткөн", "ru": "просрочено", "en": "overdue"},
    "point_state.due_this_month": {"ky": "мөөнөтү ушул айда", "ru": "срок в этом месяце", "en": "due this month"},
    "point_state.in_progress": {"ky": "аткарылууда", "ru": "на исполнении", "en": "in progress"},
    "point_state.done": {"ky": "аткарылды", "ru": "исполнено", "en": "done"},
    "point_state.done_late": {"ky": "кечигип аткарылды", "ru": "исполнено с опозданием", "en": "done late"},
    "link_relation.approves": {"ky": "бекитет", "ru": "утверждает", "en": "approves"},
    "link_relation.changes": {"ky": "өзгөртөт", "ru": "изменяет", "en": "changes"},
    # links shown on a register's card that are not stored relations (a reverse or derived link)
    "link_relation.basis": {"ky": "укуктук негизи", "ru": "правовое основание", "en": "legal basis of"},
    "link_relation.budget": {"ky": "бюджетти бекитет", "ru": "утверждает бюджет", "en": "approves the budget"},
    "link_relation.decision": {"ky": "резервдик фонддун чечими", "ru": "решение по резервному фонду",
                               "en": "reserve-fund decision"},
    "link_relation.proposal": {"ky": "угуудагы сунушту камтыйт", "ru": "включает предложение слушаний",
                               "en": "includes a hearing proposal"},
    "link_target.competition": {"ky": "сынак", "ru": "конкурс", "en": "competition"},
    "link_target.program": {"ky": "өнүктүрүү программасы", "ru": "программа развития", "en": "development program"},
    "link_target.regulation": {"ky": "жобо", "ru": "положение", "en": "regulation"},
    "link_target.target_correction": {"ky": "индикатордун максатын оңдоо", "ru": "корректировка цели индикатора",
                                      "en": "target correction"},
    "link_target.budget": {"ky": "жергиликтүү бюджет", "ru": "местный бюджет", "en": "local budget"},
    "link_target.other": {"ky": "башка документ", "ru": "другой документ", "en": "other document"},
    "link_target.hearing": {"ky": "коомдук угуу", "ru": "публичные слушания", "en": "public hearing"},
    "hearing_kind.budget_draft": {"ky": "бюджеттин долбоору", "ru": "проект бюджета", "en": "budget draft"},
    "hearing_kind.budget_execution": {"ky": "бюджеттин аткарылышы", "ru": "исполнение бюджета",
                                      "en": "budget execution"},
    "hearing_kind.tariff": {"ky": "тарифтер", "ru": "тарифы", "en": "tariffs"},
    "hearing_kind.program": {"ky": "программа", "ru": "программа", "en": "program"},
    "hearing_kind.other": {"ky": "башка маселе", "ru": "другой вопрос", "en": "other"},
    "proposal_status.pending": {"ky": "каралууда", "ru": "на рассмотрении", "en": "pending"},
    "proposal_status.accepted": {"ky": "кабыл алынды", "ru": "принято", "en": "accepted"},
    "proposal_status.partly": {"ky": "жарым-жартылай кабыл алынды", "ru": "принято частично",
                               "en": "partly accepted"},
    "proposal_status.rejected": {"ky": "четке кагылды", "ru": "отклонено", "en": "rejected"},
    "need_source.survey": {"ky": "сурамжылоо", "ru": "опрос", "en": "survey"},
    "need_source.hearing": {"ky": "коомдук угуу", "ru": "публичные слушания", "en": "public hearing"},
    "need_source.meeting": {"ky": "жыйын", "ru": "собрание", "en": "meeting"},
    "need_source.letter": {"ky": "кат", "ru": "письмо", "en": "letter"},
    "need_source.online": {"ky": "онлайн", "ru": "онлайн", "en": "online"},
    "need_status.new": {"ky": "жаңы", "ru": "новое", "en": "new"},
    "need_status.considered": {"ky": "каралууда", "ru": "рассматривается", "en": "under consideration"},
    "need_status.addressed": {"ky": "чечилди", "ru": "решено", "en": "addressed"},
    "need_status.declined": {"ky": "четке кагылды", "ru": "отклонено", "en": "declined"},
    "allocation_kind.local_initiatives": {"ky": "жергиликтүү демилгелер (ЖД)", "ru": "местные инициативы (МИ)",
                                          "en": "local initiatives (LI)"},
    "allocation_kind.social_order": {"ky": "социалдык заказ (МСЗ)", "ru": "социальный заказ (ГСЗ)",
                                     "en": "social order (SSO)"},
    "allocation_kind.other": {"ky": "башка", "ru": "прочее", "en": "other"},
})


# --------------------------------------------------------------------------
# Resolutions and the control of their execution


def month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def point_state(status: PointStatus | str, due_on: date | None, done_on: date | None, today: date) -> PointState:
    """Overdue: still in progress after its due date. Due this month: in
    progress with the due date between today and the month's end. Done late:
    done after the due date."""
    if PointStatus(status) == PointStatus.DONE:
        if due_on and done_on and done_on > due_on:
            return PointState.DONE_LATE
        return PointState.DONE
    if due_on is not None and due_on < today:
        return PointState.OVERDUE
    if due_on is not None and due_on <= month_end(today):
        return PointState.DUE_THIS_MONTH
    return PointState.IN_PROGRESS


ATTENTION = frozenset({PointState.OVERDUE, PointState.DUE_THIS_MONTH})
_STATE_ORDER = {PointState.OVERDUE: 0, PointState.DUE_THIS_MONTH: 1, PointState.IN_PROGRESS: 2,
                PointState.DONE_LATE: 3, PointState.DONE: 4}


def control_order(state: PointState, due_on: date | None) -> tuple:
    """Sort key of the control list: overdue first (the oldest due date
    first), then due this month, in progress, and done last."""
    return (_STATE_ORDER[state], due_on or date.max)


def days_overdue(due_on: date | None, today: date) -> int:
    return max(0, (today - due_on).days) if due_on else 0


def check_point(adopted_on: date | None, due_on: date | None) -> list[Problem]:
    if adopted_on and due_on and due_on < adopted_on:
        return [Problem("reg.due_before_adoption", {"due": due_on, "adopted": adopted_on}, "due_on")]
    return []


def check_done(adopted_on: date | None, done_on: date | None, document: str | None, today: date) -> list[Problem]:
    out = []
    if done_on is None:
        out.append(Problem("reg.done_needs_date", {}, "done_on"))
    elif done_on > today:
        out.append(Problem("reg.in_future", {"day": done_on}, "done_on"))
    elif adopted_on and done_on < adopted_on:
        out.append(Problem("reg.done_before_adoption", {"done": done_on, "adopted": adopted_on}, "done_on"))
    if not (document or "").strip():
        out.append(Problem("reg.done_needs_document", {}, "done_document"))
    return out


def check_justice(normative: bool, adopted_on: date | None, sent_on: date | None, registered_on: date | None,
                  register_no: str | None) -> list[Problem]:
    out = []
    if not normative and (sent_on or registered_on or register_no):
        out.append(Problem("reg.justice_not_normative", {}, "normative"))
        return out
    if sent_on and adopted_on and sent_on < adopted_on:
        out.append(Problem("reg.sent_before_adoption", {"sent": sent_on, "adopted": adopted_on}, "justice_sent_on"))
    if registered_on and not sent_on:
        out.append(Problem("reg.registered_needs_sent", {}, "justice_sent_on"))
    elif registered_on and sent_on and registered_on < sent_on:
        out.append(Problem("reg.registered_before_sent", {"registered": registered_on, "sent": sent_on},
                           "justice_registered_on"))
    if register_no and not registered_on:
        out.append(Problem("reg.register_no_needs_date", {}, "justice_registered_on"))
    return out


# --------------------------------------------------------------------------
# Public hearings


def check_hearing_dates(notice_on: date | None, held_on: date | None) -> list[Problem]:
    if notice_on and held_on and notice_on > held_on:
        return [Problem("reg.notice_after_hearing", {"notice": notice_on, "held": held_on}, "notice_on")]
    return []


def check_proposal_answer(status: ProposalStatus | str, answer: str | None, included: bool) -> list[Problem]:
    status = ProposalStatus(status)
    out = []
    if status == ProposalStatus.REJECTED and not (answer or "").strip():
        out.append(Problem("reg.rejected_needs_reason", {}, "answer"))
    if included and status not in (ProposalStatus.ACCEPTED, ProposalStatus.PARTLY):
        out.append(Problem("reg.inclusion_needs_acceptance", {}, "included_resolution_id"))
    if status == ProposalStatus.PENDING and (answer or "").strip():
        out.append(Problem("reg.answer_needs_status", {}, "status"))
    return out


def proposal_counts(statuses: Iterable[str]) -> dict[str, int]:
    """How many proposals of each status (every status present, zeros too)."""
    out = {s.value: 0 for s in ProposalStatus}
    for s in statuses:
        out[ProposalStatus(s).value] += 1
    return out


# --------------------------------------------------------------------------
# Needs and proposals of citizens


def check_need(source: NeedSource | str, hearing_linked: bool, status: NeedStatus | str, answer: str | None,
               answered_by: bool) -> list[Problem]:
    out = []
    if hearing_linked and NeedSource(source) != NeedSource.HEARING:
        out.append(Problem("reg.hearing_only_for_hearing_source", {}, "hearing_id"))
    status = NeedStatus(status)
    if status == NeedStatus.ADDRESSED and not answered_by:
        out.append(Problem("reg.addressed_needs_link", {}, "competition_id"))
    if status == NeedStatus.DECLINED and not (answer or "").strip():
        out.append(Problem("reg.declined_needs_answer", {}, "answer"))
    return out


def theme_from_needs(problems: Iterable[tuple[str, str]]) -> str:
    """A competition's theme drafted from needs: each (problem, proposal)
    once, in the order given, proposal preferred."""
    seen: list[str] = []
    for problem, proposal in problems:
        text = (proposal or problem or "").strip()
        if text and text not in seen:
            seen.append(text)
    return "\n".join(seen)


# --------------------------------------------------------------------------
# The year's local budget and its reserve fund


@dataclass(frozen=True)
class ReserveLimit:
    base_tyiyn: int      # expenditure without the reserve fund and paid services
    limit_tyiyn: int     # 1 % of the base, down to the tyiyn


def reserve_limit(total_tyiyn: int, reserve_tyiyn: int, paid_services_tyiyn: int) -> ReserveLimit:
    base = total_tyiyn - reserve_tyiyn - paid_services_tyiyn
    return ReserveLimit(base, max(0, base) * RESERVE_PERCENT // 100)


def check_budget(total_tyiyn: int, reserve_tyiyn: int, paid_services_tyiyn: int,
                 allocations_tyiyn: int = 0) -> list[Problem]:
    """The reserve fund may not exceed 1 % of the local budget's expenditure
    excluding the reserve itself and the executive's paid services; the
    allocations and the reserve fit within the expenditure."""
    if reserve_tyiyn + paid_services_tyiyn > total_tyiyn:
        return [Problem("reg.reserve_over_total", {"reserve_tyiyn": reserve_tyiyn, "paid_tyiyn": paid_services_tyiyn,
                                                   "total_tyiyn": total_tyiyn}, "reserve_fund_tyiyn")]
    out = []
    lim = reserve_limit(total_tyiyn, reserve_tyiyn, paid_services_tyiyn)
    # exact: reserve <= base / 100  <=>  100 * reserve <= base
    if 100 * reserve_tyiyn > RESERVE_PERCENT * lim.base_tyiyn:
        out.append(Problem("reg.reserve_over_limit", {"reserve_tyiyn": reserve_tyiyn, "base_tyiyn": lim.base_tyiyn,
                                                      "limit_tyiyn": lim.limit_tyiyn}, "reserve_fund_tyiyn"))
    if allocations_tyiyn + reserve_tyiyn > total_tyiyn:
        out.append(Problem("reg.allocations_over_total", {"allocations_tyiyn": allocations_tyiyn,
                                                          "reserve_tyiyn": reserve_tyiyn, "total_tyiyn": total_tyiyn},
                           "amount_tyiyn"))
    return out


def check_reserve_use(fund_tyiyn: int, decided_tyiyn: int) -> list[Problem]:
    """Decisions on the use of the reserve fund together within the fund."""
    if decided_tyiyn > fund_tyiyn:
        return [Problem("reg.decisions_over_fund", {"decided_tyiyn": decided_tyiyn, "fund_tyiyn": fund_tyiyn},
                        "amount_tyiyn")]
    return []


def check_decision_year(decided_on: date | None, year: int) -> list[Problem]:
    if decided_on and decided_on.year != year:
        return [Problem("reg.decision_other_year", {"day": decided_on, "year": year}, "decided_on")]
    return []


def check_allocation_fit(title: str, amount_tyiyn: int, competitions_tyiyn: int) -> list[Problem]:
    """The competitions an allocation funds must fit in it."""
    if competitions_tyiyn > amount_tyiyn:
        return [Problem("reg.competitions_over_allocation", {"allocation": title,
                                                             "competitions_tyiyn": competitions_tyiyn,
                                                             "amount_tyiyn": amount_tyiyn}, "competition_id")]
    return []


def check_allocation_kind(kind: AllocationKind | str, competition_kind: CompetitionKind | str,
                          competition_kind_word: str) -> list[Problem]:
    if FUNDS.get(CompetitionKind(competition_kind)) != AllocationKind(kind):
        return [Problem("reg.allocation_kind_mismatch", {"competition_kind": competition_kind_word},
                        "competition_id")]
    return []


@dataclass(frozen=True)
class YearFigure:
    year: int
    amount_tyiyn: int | None          # None: no budget recorded for that year
    change_tyiyn: int | None          # against the year before (None when either is unknown)
    change_percent: str | None        # "+150,0" (one decimal), None when unknown or the year before was 0


def year_on_year(by_year: Mapping[int, int | None], years: Iterable[int]) -> list[YearFigure]:
    """An allocation's amount per year with the change from the year before."""
    out = []
    previous: int | None = None
    for y in years:
        amount = by_year.get(y)
        change = amount - previous if amount is not None and previous is not None else None
        pct = None
        if change is not None and previous:
            tenths = round(change * 1000 / previous)
            sign = "+" if tenths > 0 else ("-" if tenths < 0 else "")
            pct = f"{sign}{abs(tenths) // 10},{abs(tenths) % 10}"
        out.append(YearFigure(y, amount, change, pct))
        previous = amount
    return out
