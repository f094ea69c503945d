"""Applicants, applications, attachments and the eligibility check.

- Applicants are persons, initiative groups or organisations; typing a name
  that already exists suggests the existing applicant (`suggest_applicants`).
- An application gets its registration number (`ЖД-2021/003`) inside the
  writing transaction (BEGIN IMMEDIATE: one writer at a time), so two offices'
  sessions on one file never get the same number; the unique constraint and a
  retry cover anything else.
- Attachments are copied into the data folder beside the database, named by
  their SHA-256, and opened from there.
"""
from __future__ import annotations

import difflib
import hashlib
import os
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Mapping

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app import i18n, paths
from app.domain import enums as E
from app.domain import lifecycle as LC
from app.domain.money import format_amount
from app.domain.participants import DEFAULT_CATEGORIES, Category, check_counts
from app.services import _input as F
from app.services.auth import Perm, require
from app.services.competitions import _get as _get_competition
from app.services.competitions import _refusal_error
from app.services.errors import ServiceError, ValidationError
from app.store import lot_queries as LQ
from app.store import models as M
from app.store.base import utcnow
from app.store.lot_models import ApplicationPartner

AS = E.ApplicationStatus
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
NUMBER_PREFIX = {E.CompetitionKind.JD: "ЖД", E.CompetitionKind.MSZ: "МСЗ"}
NUMBER_RETRIES = 5

i18n.register({
    "applicant.kind": {
        "ky": "Өтүнмө берүүчүнүн түрүн тандаңыз.",
        "ru": "Выберите вид заявителя.",
        "en": "Choose the kind of applicant.",
    },
    "applicant.exists": {
        "ky": "Мындай өтүнмө берүүчү бар: {name} ({village}). Аны тизмеден тандаңыз.",
        "ru": "Такой заявитель уже есть: {name} ({village}). Выберите его из списка.",
        "en": "This applicant already exists: {name} ({village}). Choose them from the list.",
    },
    "applicant.leader": {
        "ky": "Демилгелүү топтун лидерин жазыңыз.",
        "ru": "Укажите руководителя инициативной группы.",
        "en": "Enter the initiative group's leader.",
    },
    "applicant.not_found": {
        "ky": "Өтүнмө берүүчүнү тандаңыз же жаңысын киргизиңиз.",
        "ru": "Выберите заявителя или добавьте нового.",
        "en": "Choose an applicant or add a new one.",
    },
    "application.not_found": {
        "ky": "Өтүнмө табылган жок.",
        "ru": "Заявка не найдена.",
        "en": "Application not found.",
    },
    "application.not_announced": {
        "ky": "Сынак али жарыялана элек: өтүнмөлөр жарыялангандан кийин катталат.",
        "ru": "Конкурс ещё не объявлен: заявки регистрируются после объявления.",
        "en": "The competition is not announced yet: applications are registered after the announcement.",
    },
    "application.closed_needs_late": {
        "ky": "Өтүнмө кабыл алуу жабылган: мындан ары өтүнмө кечиккен деп, себеби менен катталат.",
        "ru": "Приём заявок закрыт: теперь заявка регистрируется как опоздавшая, с указанием причины.",
        "en": "The call is closed: an application is now registered as late, with a reason.",
    },
    "application.registration_over": {
        "ky": "Сынак «{status}» абалында: жаңы өтүнмө катталбайт.",
        "ru": "Конкурс в состоянии «{status}»: новые заявки не регистрируются.",
        "en": "The competition is «{status}»: no new applications are registered.",
    },
    "application.locked": {
        "ky": "Сынак «{status}» абалында: өтүнмөнү өзгөртүүгө болбойт.",
        "ru": "Конкурс в состоянии «{status}»: заявку менять нельзя.",
        "en": "The competition is «{status}»: the application cannot change.",
    },
    "application.withdrawn": {
        "ky": "Өтүнмө кайтарылып алынган; аны өзгөртүүгө болбойт.",
        "ru": "Заявка отозвана; менять её нельзя.",
        "en": "The application was withdrawn; it cannot change.",
    },
    "application.decided": {
        "ky": "Өтүнмө боюнча комиссиянын чечими бар; аны өзгөртүүгө болбойт.",
        "ru": "По заявке есть решение комиссии; менять её нельзя.",
        "en": "The commission has decided on this application; it cannot change.",
    },
    "application.received_future": {
        "ky": "Кабыл алынган күн бүгүнкү күндөн кеч болбосун.",
        "ru": "Дата получения не может быть позже сегодняшней.",
        "en": "The date received cannot be later than today.",
    },
    "application.received_before": {
        "ky": "Өтүнмө сынак жарыялангандан ({announced}) мурун кабыл алынбайт.",
        "ru": "Заявка не может быть получена раньше объявления конкурса ({announced}).",
        "en": "An application cannot be received before the announcement ({announced}).",
    },
    "application.late_reason": {
        "ky": "Өтүнмө мөөнөтүнөн ({deadline}) кеч келди: кечигүүнүн себебин жазыңыз.",
        "ru": "Заявка поступила после срока ({deadline}): укажите причину опоздания.",
        "en": "The application came after the deadline ({deadline}): enter the reason it is late.",
    },
    "application.late_reason_flag": {
        "ky": "Кечигүүнүн себебин жазыңыз.",
        "ru": "Укажите причину опоздания.",
        "en": "Enter the reason it is late.",
    },
    "application.requested_zero": {
        "ky": "Суралган сумма нөлдөн чоң болушу керек.",
        "ru": "Запрашиваемая сумма должна быть больше нуля.",
        "en": "The requested amount must be more than zero.",
    },
    "application.lot_required": {
        "ky": "Бул сынакта бир нече багыт (лот) бар: өтүнмөнүн багытын тандаңыз.",
        "ru": "В этом конкурсе несколько направлений (лотов): выберите направление заявки.",
        "en": "This competition has several lots: choose the application's lot.",
    },
    "application.lot_unknown": {
        "ky": "Тандалган багыт бул сынакка таандык эмес.",
        "ru": "Выбранное направление не относится к этому конкурсу.",
        "en": "The chosen lot is not one of this competition's.",
    },
    "application.requested_max_lot": {
        "ky": "Суралган сумма «{lot}» багытынын максималдуу грантынан ({max} сом) ашпасын.",
        "ru": "Запрашиваемая сумма не может превышать максимальный грант направления «{lot}» ({max} сом).",
        "en": "The requested amount cannot exceed the maximum grant of lot «{lot}» ({max} som).",
    },
    "application.prize_no_request": {
        "ky": "Сыйлык сынагында сумма суралбайт: сыйлыктын суммасын сынак номинация жана орун боюнча белгилейт.",
        "ru": "В конкурсе с премиями сумма не запрашивается: премию устанавливает конкурс по номинации и месту.",
        "en": "A prize competition takes no requested amount: the competition sets each prize by nomination and "
              "place.",
    },
    "application.partner_not_found": {
        "ky": "Өнөктөш табылган жок: аны тизмеден тандаңыз же жаңысын киргизиңиз.",
        "ru": "Партнёр не найден: выберите его из списка или добавьте нового.",
        "en": "Partner not found: choose one from the list or add a new one.",
    },
    "application.partner_is_lead": {
        "ky": "{name} — башкы катышуучу; ал өзүнүн өнөктөшү боло албайт.",
        "ru": "{name} — ведущий участник; он не может быть своим партнёром.",
        "en": "{name} is the lead applicant and cannot also be a partner.",
    },
    "application.partner_twice": {
        "ky": "{name} өнөктөштөрдүн тизмесинде эки жолу турат.",
        "ru": "{name} указан(а) в списке партнёров дважды.",
        "en": "{name} is in the list of partners twice.",
    },
    "application.already_funded_lead": {
        "ky": "{name} мурда грант алган: {number} «{title}» ({competition}, {year}).",
        "ru": "{name} уже получал(а) грант: {number} «{title}» ({competition}, {year}).",
        "en": "{name} was funded before: {number} “{title}” ({competition}, {year}).",
    },
    "application.already_funded_partner": {
        "ky": "{name} мурда өнөктөш катары грант алган: {number} «{title}» ({competition}, {year}).",
        "ru": "{name} уже получал(а) грант как партнёр: {number} «{title}» ({competition}, {year}).",
        "en": "{name} was funded before as a partner: {number} “{title}” ({competition}, {year}).",
    },
    "application.requested_max": {
        "ky": "Суралган сумма гранттын максималдуу суммасынан ({max} сом) ашпасын.",
        "ru": "Запрашиваемая сумма не может превышать максимальную сумму гранта ({max} сом).",
        "en": "The requested amount cannot exceed the maximum grant ({max} som).",
    },
    "application.cofinancing_source": {
        "ky": "{row}-сап: каржылоо булагын тандаңыз.",
        "ru": "Строка {row}: выберите источник финансирования.",
        "en": "Row {row}: choose the funding source.",
    },
    "application.cofinancing_amount": {
        "ky": "{row}-сап: сумманы сан менен жазыңыз (терс эмес).",
        "ru": "Строка {row}: введите сумму числом (не отрицательную).",
        "en": "Row {row}: enter the amount as a number (not negative).",
    },
    "application.cofinancing_kind": {
        "ky": "{row}-сап: демилгечинин акчалай салымы заттай боло албайт жана тескерисинче.",
        "ru": "Строка {row}: денежный вклад инициатора не может быть натуральным, и наоборот.",
        "en": "Row {row}: the initiator's cash contribution cannot be in kind, nor the other way round.",
    },
    "application.cofinancing_in_kind": {
        "ky": "{row}-сап: заттай салым эмнеден турарын жазыңыз.",
        "ru": "Строка {row}: опишите, в чём состоит натуральный вклад.",
        "en": "Row {row}: describe what the in-kind contribution is.",
    },
    "application.event": {
        "ky": "{row}-сап: иш-чаранын аталышын жана канча жолу өтөрүн (1–1000) жазыңыз.",
        "ru": "Строка {row}: укажите мероприятие и сколько раз оно пройдёт (1–1000).",
        "en": "Row {row}: enter the event and how many times it is held (1–1000).",
    },
    "application.participants_count": {
        "ky": "Катышуучулардын санын бүтүн сан менен жазыңыз: {category}.",
        "ru": "Введите число участников целым числом: {category}.",
        "en": "Enter the number of participants as a whole number: {category}.",
    },
    "application.participants_part": {
        "ky": "«{part}» ({part_count}) «{whole}» ({whole_count}) санынан ашпасын.",
        "ru": "«{part}» ({part_count}) не может быть больше, чем «{whole}» ({whole_count}).",
        "en": "«{part}» ({part_count}) cannot be more than «{whole}» ({whole_count}).",
    },
    "application.participants_sum": {
        "ky": "«{whole}» бөлүктөрүнүн суммасы ({part_count}) өзүнөн ({whole_count}) ашпасын.",
        "ru": "Сумма частей категории «{whole}» ({part_count}) больше её самой ({whole_count}).",
        "en": "The parts of «{whole}» add up to {part_count}, more than {whole_count}.",
    },
    "application.withdraw_reason": {
        "ky": "Өтүнмө эмне үчүн кайтарылып алынганын жазыңыз.",
        "ru": "Укажите, почему заявка отозвана.",
        "en": "Enter why the application is withdrawn.",
    },
    "eligibility.no_items": {
        "ky": "Бул сынактын талаптар тизмеси бош; адегенде пункттарды кошуңуз.",
        "ru": "Перечень требований этого конкурса пуст; сначала добавьте пункты.",
        "en": "This competition's eligibility checklist is empty; add items first.",
    },
    "eligibility.missing": {
        "ky": "Тизмедеги ар бир пункт боюнча жооп бериңиз.",
        "ru": "Ответьте по каждому пункту перечня.",
        "en": "Answer every item of the checklist.",
    },
    "eligibility.reason": {
        "ky": "Өтүнмө талапка жооп бербейт: себебин жазыңыз.",
        "ru": "Заявка не допущена: укажите причину.",
        "en": "The application is not eligible: enter the reason.",
    },
    "attachment.missing": {
        "ky": "Файл табылган жок же окулбайт: {name}.",
        "ru": "Файл не найден или не читается: {name}.",
        "en": "The file cannot be found or read: {name}.",
    },
    "attachment.empty": {
        "ky": "Файл бош (0 байт): {name}.",
        "ru": "Файл пустой (0 байт): {name}.",
        "en": "The file is empty (0 bytes): {name}.",
    },
    "attachment.too_large": {
        "ky": "Файл өтө чоң: {name} ({size} МБ). Эң көп {limit} МБ.",
        "ru": "Файл слишком большой: {name} ({size} МБ). Не больше {limit} МБ.",
        "en": "The file is too large: {name} ({size} MB). At most {limit} MB.",
    },
    "attachment.not_a_file": {
        "ky": "Бул файл эмес (папка же түзмөк): {name}.",
        "ru": "Это не файл (папка или устройство): {name}.",
        "en": "This is not a file (a folder or a device): {name}.",
    },
    "attachment.damaged": {
        "ky": "Маалымат папкасындагы файл бузулган же жок: {name}. Аны кайра тиркеңиз.",
        "ru": "Файл в папке данных повреждён или отсутствует: {name}. Приложите его заново.",
        "en": "The file in the data folder is damaged or missing: {name}. Attach it again.",
    },
})


# --------------------------------------------------------------------------
# Data in and out


@dataclass(frozen=True)
class ApplicantInput:
    kind: str = E.ApplicantKind.PERSON.value
    name: str = ""
    village: str = ""
    phone: str = ""
    id_document: str = ""
    leader_name: str = ""
    members_count: int | str | None = None
    legal_form: str = ""
    registration_number: str = ""
    address: str = ""


@dataclass(frozen=True)
class ApplicantRow:
    id: str
    kind: str
    name: str
    village: str
    phone: str
    leader_name: str
    members_count: int | None
    legal_form: str
    registration_number: str
    applications: int = 0
    exact: bool = False            # the same name as typed (ignoring case and spaces)
    id_document: str = ""
    address: str = ""

    def as_input(self) -> "ApplicantInput":
        """The applicant's fields, to be edited and saved again."""
        return ApplicantInput(self.kind, self.name, self.village, self.phone, self.id_document, self.leader_name,
                              self.members_count, self.legal_form, self.registration_number, self.address)


@dataclass(frozen=True)
class CofinancingInput:
    source: str
    amount_tyiyn: int | str = 0
    in_kind: bool = False
    description: str = ""
    valuation_note: str = ""


@dataclass(frozen=True)
class EventInput:
    description: str
    kind: str = E.EventKind.OTHER.value
    times: int | str = 1


@dataclass(frozen=True)
class ApplicationInput:
    applicant_id: str
    received_on: date | str
    title: str
    requested_tyiyn: int | str
    is_late: bool = False
    late_reason: str = ""
    goal: str = ""
    target_groups: str = ""
    village: str = ""
    cofinancing: tuple[CofinancingInput, ...] = ()
    events: tuple[EventInput, ...] = ()
    participants: Mapping[str, int | str] = field(default_factory=dict)   # category code -> count
    lot_id: str | None = None           # the lot (direction); may stay None when the competition has one
    partner_ids: tuple[str, ...] = ()   # consortium partners (applicant ids); the lead is applicant_id


@dataclass(frozen=True)
class FundedRecord:
    """An earlier winning application of the lead or of a partner."""
    applicant_name: str
    role: str                      # "lead" | "partner": the applicant's role in that earlier application
    competition_title: str
    year: int
    reg_number: str
    title: str
    awarded_tyiyn: int


@dataclass(frozen=True)
class Registered:
    id: str
    reg_number: str
    is_late: bool


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    filename: str
    size_bytes: int
    sha256: str
    note: str
    added_at: date


@dataclass(frozen=True)
class CategoryRow:
    id: str
    code: str
    name: str                      # in the asked language
    parent_code: str
    additive: bool


@dataclass(frozen=True)
class ApplicationDetail:
    id: str
    competition_id: str
    competition_title: str
    competition_status: str
    reg_number: str
    reg_seq: int
    received_on: date
    is_late: bool
    late_reason: str
    applicant: ApplicantRow
    title: str
    goal: str
    target_groups: str
    village: str
    requested_tyiyn: int
    status: str
    status_reason: str
    cofinancing: tuple[CofinancingInput, ...]
    events: tuple[EventInput, ...]
    participants: dict[str, int]                 # category code -> count
    attachments: tuple[AttachmentRow, ...]
    cofinancing_tyiyn: int
    editable: bool
    lot_id: str = ""
    lot_title: str = ""
    partners: tuple[ApplicantRow, ...] = ()
    already_funded: tuple[FundedRecord, ...] = ()
    award_mode: str = E.AwardMode.GRANTS.value
    competition_kind: str = ""          # with competition_year: the competition as a drop-down shows it
    competition_year: int = 0

    def as_input(self) -> ApplicationInput:
        return ApplicationInput(
            applicant_id=self.applicant.id, received_on=self.received_on, title=self.title,
            requested_tyiyn=self.requested_tyiyn, is_late=self.is_late, late_reason=self.late_reason,
            goal=self.goal, target_groups=self.target_groups, village=self.village,
            cofinancing=self.cofinancing, events=self.events, participants=dict(self.participants),
            lot_id=self.lot_id or None, partner_ids=tuple(p.id for p in self.partners))


@dataclass(frozen=True)
class RegisterRow:
    id: str
    competition_id: str
    competition_title: str
    reg_number: str
    reg_seq: int
    received_on: date
    is_late: bool
    applicant_name: str
    applicant_kind: str
    village: str
    title: str
    requested_tyiyn: int
    cofinancing_tyiyn: int
    status: str
    status_reason: str
    partner_names: tuple[str, ...] = ()   # consortium partners, in order
    lot_title: str = ""                   # "" when the competition has one lot

    @property
    def applicants_text(self) -> str:
        """The lead, and its partners when it is a consortium."""
        return consortium_text(self.applicant_name, self.partner_names)


@dataclass(frozen=True)
class RegisterResult:
    rows: tuple[RegisterRow, ...]
    count: int
    requested_tyiyn: int


@dataclass(frozen=True)
class EligibilityItem:
    criterion_id: str
    code: str
    text: str
    passed: bool | None            # recorded answer, None when not checked yet
    note: str
    suggested: bool | None         # what the figures say, for amount and co-financing


@dataclass(frozen=True)
class EligibilitySheet:
    application_id: str
    reg_number: str
    title: str
    applicant_name: str
    status: str
    status_reason: str
    items: tuple[EligibilityItem, ...]
    editable: bool
    already_funded: tuple[FundedRecord, ...] = ()
    partner_names: tuple[str, ...] = ()


consortium_text = LQ.consortium_text


# --------------------------------------------------------------------------
# Applicants


def _norm_name(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().replace("ё", "е").split())


def _applicant_row(a: M.Applicant, applications: int = 0, exact: bool = False) -> ApplicantRow:
    return ApplicantRow(a.id, a.kind.value, a.name, a.village or "", a.phone or "", a.leader_name or "",
                        a.members_count, a.legal_form or "", a.registration_number or "", applications, exact,
                        a.id_document or "", a.address or "")


def validate_applicant(data: ApplicantInput) -> dict:
    errors: dict[str, ServiceError] = {}
    out: dict = {}
    try:
        out["kind"] = E.ApplicantKind(data.kind)
    except ValueError:
        errors["kind"] = ServiceError("applicant.kind", "kind")
    out["name"] = F.text(errors, "name", data.name, required=True, max_len=300)
    out["village"] = F.text(errors, "village", data.village, max_len=200)
    out["phone"] = F.text(errors, "phone", data.phone, max_len=50)
    out["id_document"] = F.text(errors, "id_document", data.id_document, max_len=100)
    out["leader_name"] = F.text(errors, "leader_name", data.leader_name, max_len=300)
    out["members_count"] = F.integer(errors, "members_count", data.members_count, lo=1, hi=100000, required=False)
    out["legal_form"] = F.text(errors, "legal_form", data.legal_form, max_len=100)
    out["registration_number"] = F.text(errors, "registration_number", data.registration_number, max_len=100)
    out["address"] = F.text(errors, "address", data.address, max_len=1000, multiline=True)
    if out.get("kind") == E.ApplicantKind.GROUP and not out["leader_name"] and "leader_name" not in errors:
        errors["leader_name"] = ServiceError("applicant.leader", "leader_name")
    if errors:
        raise ValidationError(errors)
    return out


def suggest_applicants(db, text: str, limit: int = 8) -> list[ApplicantRow]:
    """Existing applicants whose name looks like `text`: the same name first
    (ignoring case, spaces and ё/е), then names starting with it, containing
    all its words, or nearly equal (a typo)."""
    typed = _norm_name(text)
    if len(typed) < 2:
        return []
    words = typed.split()
    A, AP = M.Applicant, M.Application
    with db.reader() as s:
        rows = s.execute(
            select(A, func.count(AP.id))
            .outerjoin(AP, (AP.applicant_id == A.id) & AP.deleted_at.is_(None))
            .where(A.deleted_at.is_(None))
            .group_by(A.id)
        ).all()
    scored = []
    for a, n in rows:
        name = _norm_name(a.name)
        if name == typed:
            rank = 0
        elif name.startswith(typed):
            rank = 1
        elif all(w in name for w in words):
            rank = 2
        elif difflib.SequenceMatcher(None, name, typed).ratio() >= 0.85:
            rank = 3
        else:
            continue
        scored.append((rank, _norm_name(a.name), a, n))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [_applicant_row(a, n, exact=rank == 0) for rank, _k, a, n in scored[:limit]]


def list_applicants(db) -> list[ApplicantRow]:
    """Every live applicant, by name (to choose a consortium partner)."""
    with db.reader() as s:
        rows = s.scalars(select(M.Applicant).where(M.Applicant.deleted_at.is_(None))).all()
        return sorted((_applicant_row(a) for a in rows), key=lambda r: _norm_name(r.name))


def get_applicant(db, applicant_id: str) -> ApplicantRow:
    with db.reader() as s:
        a = s.get(M.Applicant, applicant_id) if applicant_id else None
        if a is None or a.deleted_at is not None:
            raise ServiceError("applicant.not_found", "applicant")
        return _applicant_row(a)


def _same_name(s, values: dict) -> M.Applicant | None:
    """A live applicant of the same kind with the same name (case, spaces, ё/е aside)."""
    typed = _norm_name(values["name"])
    A = M.Applicant
    for a in s.scalars(select(A).where(A.deleted_at.is_(None), A.kind == values["kind"])):
        if _norm_name(a.name) == typed:
            return a
    return None


def create_applicant(db, data: ApplicantInput, allow_same_name: bool = False) -> str:
    """A new applicant. Refused when one of the same kind and name exists,
    unless `allow_same_name` (a namesake, confirmed by the user)."""
    require(db, Perm.APPLICATIONS)
    values = validate_applicant(data)
    with db.session() as s:
        same = None if allow_same_name else _same_name(s, values)
        if same is not None:
            raise ValidationError({"name": ServiceError("applicant.exists", "name", name=same.name,
                                                        village=same.village or "—")})
        row = M.Applicant(**values)
        s.add(row)
        s.flush()
        return row.id


def update_applicant(db, applicant_id: str, data: ApplicantInput) -> None:
    require(db, Perm.APPLICATIONS)
    values = validate_applicant(data)
    with db.session() as s:
        a = s.get(M.Applicant, applicant_id) if applicant_id else None
        if a is None or a.deleted_at is not None:
            raise ServiceError("applicant.not_found", "applicant")
        F.set_changed(a, values)


# --------------------------------------------------------------------------
# Participant categories


def participant_categories(db, lang: str | None = None) -> list[CategoryRow]:
    lang = lang or i18n.language()
    PC = M.ParticipantCategory
    with db.reader() as s:
        cats = s.scalars(select(PC).where(PC.deleted_at.is_(None)).order_by(PC.position, PC.code)).all()
        by_id = {c.id: c for c in cats}
        return [CategoryRow(c.id, c.code, getattr(c, f"name_{lang}", None) or c.name_en,
                            by_id[c.parent_id].code if c.parent_id in by_id else "", c.additive) for c in cats]


def _category_maps(s) -> tuple[dict[str, M.ParticipantCategory], dict[str, Category]]:
    PC = M.ParticipantCategory
    cats = s.scalars(select(PC).where(PC.deleted_at.is_(None))).all()
    return {c.code: c for c in cats}, {c.id: Category(c.id, c.parent_id, c.additive) for c in cats}


# --------------------------------------------------------------------------
# Validation of an application


def _validate_application(s, comp: M.Competition, data: ApplicationInput, today: date,
                          new_applicant: ApplicantInput | None = None, allow_same_name: bool = False) -> dict:
    """Check the application (and the new applicant given with it, whose
    field errors are named "applicant_<field>"); all problems at once."""
    errors: dict[str, ServiceError] = {}
    out: dict = {}
    applicant = None
    if new_applicant is not None:
        try:
            out["new_applicant"] = validate_applicant(new_applicant)
        except ValidationError as exc:
            errors.update({f"applicant_{k}": v for k, v in exc.errors.items()})
        else:
            same = None if allow_same_name else _same_name(s, out["new_applicant"])
            if same is not None:
                errors["applicant_name"] = ServiceError("applicant.exists", "applicant_name", name=same.name,
                                                        village=same.village or "—")
            applicant = M.Applicant(**out["new_applicant"])
    else:
        applicant = s.get(M.Applicant, data.applicant_id) if data.applicant_id else None
        if applicant is None or applicant.deleted_at is not None:
            errors["applicant"] = ServiceError("applicant.not_found", "applicant")
            applicant = None
        out["applicant_id"] = data.applicant_id
    received = F.a_date(errors, "received_on", data.received_on, required=True)
    if received:
        if received > today:
            errors["received_on"] = ServiceError("application.received_future", "received_on")
        elif comp.announced_on and received < comp.announced_on:
            errors["received_on"] = ServiceError("application.received_before", "received_on",
                                                 announced=F.show_date(comp.announced_on))
    out["received_on"] = received
    late = bool(data.is_late) or (received is not None and LC.is_late(received, comp.deadline_on))
    out["is_late"] = late
    out["late_reason"] = F.text(errors, "late_reason", data.late_reason, max_len=2000, multiline=True)
    if late and not out["late_reason"] and "late_reason" not in errors:
        if comp.deadline_on and received and received > comp.deadline_on:
            errors["late_reason"] = ServiceError("application.late_reason", "late_reason",
                                                 deadline=F.show_date(comp.deadline_on))
        else:
            errors["late_reason"] = ServiceError("application.late_reason_flag", "late_reason")
    if not late:
        out["late_reason"] = None
    out["title"] = F.text(errors, "title", data.title, required=True, max_len=500)
    out["goal"] = F.text(errors, "goal", data.goal, max_len=4000, multiline=True)
    out["target_groups"] = F.text(errors, "target_groups", data.target_groups, max_len=2000, multiline=True)
    out["village"] = F.text(errors, "village", data.village, max_len=200) or (
        applicant.village if applicant is not None else None)
    prizes = comp.award_mode == E.AwardMode.PRIZES
    requested = F.money(errors, "requested_tyiyn", data.requested_tyiyn if not (
        prizes and data.requested_tyiyn in (None, "")) else 0)
    if requested is not None and prizes:
        if requested:
            errors["requested_tyiyn"] = ServiceError("application.prize_no_request", "requested_tyiyn")
    elif requested is not None:
        if requested == 0:
            errors["requested_tyiyn"] = ServiceError("application.requested_zero", "requested_tyiyn")
        elif comp.max_grant_tyiyn and requested > comp.max_grant_tyiyn:
            errors["requested_tyiyn"] = ServiceError("application.requested_max", "requested_tyiyn",
                                                     max=_som(comp.max_grant_tyiyn))
    out["requested_tyiyn"] = requested
    _validate_lot_and_partners(s, comp, data, errors, out, applicant)

    cofin = []
    for i, c in enumerate(data.cofinancing, start=1):
        try:
            source = E.FundingSource(c.source)
        except ValueError:
            errors.setdefault("cofinancing", ServiceError("application.cofinancing_source", "cofinancing", row=i))
            continue
        sub: dict = {}
        amount = F.money(sub, "amount", c.amount_tyiyn if c.amount_tyiyn not in (None, "") else 0)
        desc = F.text(sub, "description", c.description, max_len=2000)
        note = F.text(sub, "valuation_note", c.valuation_note, max_len=2000)
        in_kind = bool(c.in_kind) or source == E.FundingSource.INITIATOR_IN_KIND
        if "amount" in sub:
            errors.setdefault("cofinancing", ServiceError("application.cofinancing_amount", "cofinancing", row=i))
            continue
        if sub:
            errors.setdefault("cofinancing", next(iter(sub.values())))
            continue
        if source == E.FundingSource.INITIATOR_CASH and c.in_kind:
            errors.setdefault("cofinancing", ServiceError("application.cofinancing_kind", "cofinancing", row=i))
            continue
        if in_kind and not desc:
            errors.setdefault("cofinancing", ServiceError("application.cofinancing_in_kind", "cofinancing", row=i))
            continue
        cofin.append(dict(source=source, in_kind=in_kind, amount_tyiyn=amount, description=desc,
                          valuation_note=note))
    out["cofinancing"] = cofin

    events = []
    for i, ev in enumerate(data.events, start=1):
        sub = {}
        desc = F.text(sub, "description", ev.description, required=True, max_len=2000)
        times = F.integer(sub, "times", ev.times if ev.times not in (None, "") else 1, lo=1, hi=1000)
        try:
            kind = E.EventKind(ev.kind or E.EventKind.OTHER.value)
        except ValueError:
            sub["kind"] = True
        if sub:
            errors.setdefault("events", ServiceError("application.event", "events", row=i))
            continue
        events.append(dict(description=desc, kind=kind, times=times))
    out["events"] = events

    by_code, categories = _category_maps(s)
    counts: dict[str, int] = {}
    for code, value in (data.participants or {}).items():
        cat = by_code.get(code)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        sub = {}
        n = F.integer(sub, "n", value, lo=0, hi=10_000_000)
        if cat is None or sub:
            name = getattr(cat, f"name_{i18n.language()}", code) if cat else code
            errors.setdefault("participants", ServiceError("application.participants_count", "participants",
                                                           category=name))
            continue
        counts[cat.id] = n
    if "participants" not in errors:
        problems = check_counts(counts, categories)
        if problems:
            p = problems[0]
            by_id = {c.id: c for c in by_code.values()}
            whole = by_id[p.whole_id]
            names = {"whole": _category_word(whole)}
            if p.parts_sum:
                errors["participants"] = ServiceError("application.participants_sum", "participants",
                                                      part_count=p.part_count, whole_count=p.whole_count, **names)
            else:
                names["part"] = _category_word(by_id[p.part_id])
                errors["participants"] = ServiceError("application.participants_part", "participants",
                                                      part_count=p.part_count, whole_count=p.whole_count, **names)
    out["participants"] = counts
    if errors:
        raise ValidationError(errors)
    return out


def _validate_lot_and_partners(s, comp: M.Competition, data: ApplicationInput, errors: dict, out: dict,
                               applicant: M.Applicant | None) -> None:
    """The lot (required when the competition has several) and the
    consortium partners: real applicants, none twice, none the lead."""
    lots = LQ.competition_lots(s, comp)
    lot = None
    if data.lot_id:
        lot = next((x for x in lots if x.id == data.lot_id), None)
        if lot is None:
            errors["lot"] = ServiceError("application.lot_unknown", "lot")
    elif len(lots) > 1:
        errors["lot"] = ServiceError("application.lot_required", "lot")
    else:
        lot = lots[0]
    out["lot_id"] = lot.id if lot is not None and lot.id != comp.id else None
    requested = out.get("requested_tyiyn")
    if (lot is not None and len(lots) > 1 and requested and lot.max_grant_tyiyn and requested > lot.max_grant_tyiyn
            and "requested_tyiyn" not in errors):
        errors["requested_tyiyn"] = ServiceError("application.requested_max_lot", "requested_tyiyn", lot=lot.title,
                                                 max=_som(lot.max_grant_tyiyn))
    partners: list[str] = []
    for pid in data.partner_ids or ():
        row = s.get(M.Applicant, pid) if pid else None
        if row is None or row.deleted_at is not None:
            errors.setdefault("partners", ServiceError("application.partner_not_found", "partners"))
            continue
        if applicant is not None and (pid == applicant.id or (applicant.id is None and _norm_name(row.name) ==
                                                              _norm_name(applicant.name)
                                                              and row.kind == applicant.kind)):
            errors.setdefault("partners", ServiceError("application.partner_is_lead", "partners", name=row.name))
            continue
        if pid in partners:
            errors.setdefault("partners", ServiceError("application.partner_twice", "partners", name=row.name))
            continue
        partners.append(pid)
    out["partner_ids"] = partners


def _write_partners(s, app_id: str, partner_ids: list[str]) -> None:
    """Set the application's partners: new ones added (a removed one comes
    back), dropped ones tombstoned, the order kept."""
    AP = ApplicationPartner
    existing = {p.applicant_id: p for p in s.scalars(select(AP).where(AP.application_id == app_id))}
    now = utcnow()
    for position, pid in enumerate(partner_ids):
        row = existing.get(pid)
        if row is None:
            s.add(AP(application_id=app_id, applicant_id=pid, position=position))
        else:
            F.set_changed(row, {"position": position, "deleted_at": None})
    for pid, row in existing.items():
        if pid not in partner_ids and row.deleted_at is None:
            row.deleted_at = now


def _already_funded(s, application: M.Application) -> tuple[FundedRecord, ...]:
    """Earlier winning applications (other than this one) of the lead and of
    every partner, whether they were lead or partner there."""
    people = [application.applicant_id] + [pid for pid, _n in LQ.partners_of(s, [application.id]).get(
        application.id, [])]
    out, seen = [], set()
    for pid in people:
        who = s.get(M.Applicant, pid)
        for other in LQ.applications_of_applicant(s, pid):
            if other.id == application.id or other.status != AS.WINNER or (pid, other.id) in seen:
                continue
            seen.add((pid, other.id))
            comp = s.get(M.Competition, other.competition_id)
            if comp is None or comp.deleted_at is not None:
                continue
            awarded = s.scalar(select(M.Decision.awarded_tyiyn).join(  # the latest protocol's decision
                M.Meeting, M.Meeting.id == M.Decision.meeting_id).where(
                M.Decision.application_id == other.id, M.Decision.deleted_at.is_(None))
                .order_by(M.Meeting.number.desc()).limit(1)) or 0
            out.append(FundedRecord(who.name, "lead" if other.applicant_id == pid else "partner", comp.title,
                                    comp.year, other.reg_number, other.title, int(awarded)))
    return tuple(out)


def funded_text(r: FundedRecord, lang: str | None = None) -> str:
    """One line of the "already funded" check, in the user's language."""
    return i18n.t("application.already_funded_" + r.role, lang, name=r.applicant_name, number=r.reg_number,
                  title=r.title, competition=r.competition_title, year=r.year)


def _category_word(cat: M.ParticipantCategory) -> str:
    key = f"participant_category.{cat.code}"
    return i18n.Term(key) if key in i18n.MESSAGES else getattr(cat, f"name_{i18n.language()}", cat.name_en)


def _som(tyiyn: int) -> str:
    return format_amount(tyiyn, sep=" ")


def _register_category_words() -> None:
    """Participant category names for messages, from the builtin definitions."""
    i18n.register({f"participant_category.{c.code}": {"ky": c.name_ky, "ru": c.name_ru, "en": c.name_en}
                   for c in DEFAULT_CATEGORIES})


_register_category_words()


# --------------------------------------------------------------------------
# Registering and editing


def _write_children(s, app_id: str, values: dict) -> None:
    """Replace co-financing rows and planned events (old ones tombstoned when
    they differ) and set participant counts (one row per category)."""
    CF, PE, PP = M.ApplicationCofinancing, M.PlannedEvent, M.PlannedParticipants
    now = utcnow()

    def key_cf(r):
        return (r["source"], r["in_kind"], r["amount_tyiyn"], r["description"], r["valuation_note"])

    old_cf = list(s.scalars(select(CF).where(CF.application_id == app_id, CF.deleted_at.is_(None))
                            .order_by(CF.created_at)))
    if [key_cf(dict(source=o.source, in_kind=o.in_kind, amount_tyiyn=o.amount_tyiyn, description=o.description,
                    valuation_note=o.valuation_note)) for o in old_cf] != [key_cf(r) for r in values["cofinancing"]]:
        for o in old_cf:
            o.deleted_at = now
        s.flush()
        for r in values["cofinancing"]:
            s.add(CF(application_id=app_id, **r))

    old_ev = list(s.scalars(select(PE).where(PE.application_id == app_id, PE.deleted_at.is_(None))
                            .order_by(PE.created_at)))
    if [(o.description, o.kind, o.times) for o in old_ev] != [(r["description"], r["kind"], r["times"])
                                                               for r in values["events"]]:
        for o in old_ev:
            o.deleted_at = now
        s.flush()
        for r in values["events"]:
            s.add(PE(application_id=app_id, **r))

    existing = {p.category_id: p for p in s.scalars(select(PP).where(PP.application_id == app_id))}
    for cat_id, n in values["participants"].items():
        row = existing.get(cat_id)
        if row is None:
            s.add(PP(application_id=app_id, category_id=cat_id, count=n))
        else:
            if row.count != n:
                row.count = n
            if row.deleted_at is not None:
                row.deleted_at = None
    for cat_id, row in existing.items():
        if cat_id not in values["participants"] and row.deleted_at is None:
            row.deleted_at = now


def format_reg_number(kind: E.CompetitionKind, year: int, seq: int) -> str:
    return f"{NUMBER_PREFIX[E.CompetitionKind(kind)]}-{year}/{seq:03d}"


def register_application(db, competition_id: str, data: ApplicationInput, today: date | None = None,
                         new_applicant: ApplicantInput | None = None, allow_same_name: bool = False) -> Registered:
    """Register a received application and give it the competition's next
    number. Late (after the deadline) needs a reason; refused in a draft or
    once the review has started. With `new_applicant` the applicant is
    created in the same transaction (data.applicant_id is then ignored)."""
    require(db, Perm.APPLICATIONS)
    today = today or date.today()
    for attempt in range(NUMBER_RETRIES):
        try:
            with db.session() as s:
                comp = _get_competition(s, competition_id)
                values = _validate_application(s, comp, data, today, new_applicant, allow_same_name)
                refusal = LC.check_registration(comp.status, values["is_late"])
                if refusal:
                    raise _refusal_error(refusal, "is_late" if refusal.key == "application.closed_needs_late"
                                         else None)
                A = M.Application
                # tombstoned applications keep their numbers: never reuse one
                seq = (s.scalar(select(func.max(A.reg_seq)).where(A.competition_id == comp.id)) or 0) + 1
                children = {k: values.pop(k) for k in ("cofinancing", "events", "participants")}
                partner_ids = values.pop("partner_ids")
                if new_applicant is not None:
                    applicant = M.Applicant(**values.pop("new_applicant"))
                    s.add(applicant)
                    s.flush()
                    values["applicant_id"] = applicant.id
                app = A(competition_id=comp.id, reg_seq=seq, reg_number=format_reg_number(comp.kind, comp.year, seq),
                        status=AS.REGISTERED, **values)
                s.add(app)
                s.flush()
                _write_children(s, app.id, children)
                _write_partners(s, app.id, partner_ids)
                return Registered(app.id, app.reg_number, app.is_late)
        except IntegrityError as exc:
            if "reg_" not in str(exc.orig) or attempt == NUMBER_RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _get_app(s, application_id: str) -> M.Application:
    app = s.get(M.Application, application_id) if application_id else None
    if app is None or app.deleted_at is not None:
        raise ServiceError("application.not_found")
    return app


def _check_change(comp: M.Competition, app: M.Application) -> None:
    refusal = LC.check_application_change(comp.status, app.status)
    if refusal:
        raise _refusal_error(refusal)


def update_application(db, application_id: str, data: ApplicationInput, today: date | None = None) -> None:
    """Save changes to an application (its number stays)."""
    require(db, Perm.APPLICATIONS)
    today = today or date.today()
    with db.session() as s:
        app = _get_app(s, application_id)
        comp = _get_competition(s, app.competition_id)
        _check_change(comp, app)
        values = _validate_application(s, comp, data, today)
        children = {k: values.pop(k) for k in ("cofinancing", "events", "participants")}
        partner_ids = values.pop("partner_ids")
        F.set_changed(app, values)
        _write_children(s, app.id, children)
        _write_partners(s, app.id, partner_ids)


def withdraw_application(db, application_id: str, reason: str) -> None:
    """The applicant takes the application back; the number stays used."""
    require(db, Perm.APPLICATIONS)
    errors: dict = {}
    clean = F.text(errors, "reason", reason, max_len=2000, multiline=True)
    if not clean and not errors:
        errors["reason"] = ServiceError("application.withdraw_reason", "reason")
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        app = _get_app(s, application_id)
        comp = _get_competition(s, app.competition_id)
        _check_change(comp, app)
        app.status = AS.WITHDRAWN
        app.status_reason = clean


# --------------------------------------------------------------------------
# Reading


def _cofinancing_totals(s, app_ids: list[str]) -> dict[str, int]:
    CF = M.ApplicationCofinancing
    if not app_ids:
        return {}
    return dict(s.execute(select(CF.application_id, func.sum(CF.amount_tyiyn))
                          .where(CF.application_id.in_(app_ids), CF.deleted_at.is_(None))
                          .group_by(CF.application_id)).all())


def get_application(db, application_id: str) -> ApplicationDetail:
    with db.reader() as s:
        app = _get_app(s, application_id)
        comp = _get_competition(s, app.competition_id)
        applicant = s.get(M.Applicant, app.applicant_id)
        lots = LQ.competition_lots(s, comp)
        lot = LQ.lot_of(app, lots)
        CF, PE, PP, PC, AT = (M.ApplicationCofinancing, M.PlannedEvent, M.PlannedParticipants,
                              M.ParticipantCategory, M.Attachment)
        cofin = tuple(CofinancingInput(c.source.value, c.amount_tyiyn, c.in_kind, c.description or "",
                                       c.valuation_note or "")
                      for c in s.scalars(select(CF).where(CF.application_id == app.id, CF.deleted_at.is_(None))
                                         .order_by(CF.created_at)))
        events = tuple(EventInput(e.description, e.kind.value, e.times)
                       for e in s.scalars(select(PE).where(PE.application_id == app.id, PE.deleted_at.is_(None))
                                          .order_by(PE.created_at)))
        participants = dict(s.execute(select(PC.code, PP.count).join(PC, PC.id == PP.category_id)
                                      .where(PP.application_id == app.id, PP.deleted_at.is_(None))).all())
        attachments = tuple(
            AttachmentRow(a.id, a.filename, a.size_bytes, a.sha256, a.note or "", a.created_at.date())
            for a in s.scalars(select(AT).where(AT.application_id == app.id, AT.deleted_at.is_(None))
                               .order_by(AT.created_at)))
        return ApplicationDetail(
            id=app.id, competition_id=comp.id, competition_title=comp.title, competition_status=comp.status.value,
            competition_kind=comp.kind.value, competition_year=comp.year,
            reg_number=app.reg_number, reg_seq=app.reg_seq, received_on=app.received_on, is_late=app.is_late,
            late_reason=app.late_reason or "", applicant=_applicant_row(applicant), title=app.title,
            goal=app.goal or "", target_groups=app.target_groups or "", village=app.village or "",
            requested_tyiyn=app.requested_tyiyn, status=app.status.value, status_reason=app.status_reason or "",
            cofinancing=cofin, events=events, participants=participants, attachments=attachments,
            cofinancing_tyiyn=sum(c.amount_tyiyn for c in cofin),
            editable=LC.check_application_change(comp.status, app.status) is None,
            lot_id=lot.id if lot.id != comp.id else "", lot_title=lot.title if len(lots) > 1 else "",
            partners=tuple(_applicant_row(s.get(M.Applicant, pid)) for pid, _n in
                           LQ.partners_of(s, [app.id]).get(app.id, [])),
            already_funded=_already_funded(s, app), award_mode=comp.award_mode.value,
        )


SORTS = ("reg", "received", "applicant", "amount", "amount_desc", "status", "village")


def amount_bound(text: str) -> int | None:
    """A bound of the register's amount filter as typed ("10 000"), in tyiyn;
    None when empty. A text that is not an amount raises the ServiceError a
    form field would get (an ambiguous "10.000" names both readings)."""
    errors: dict = {}
    value = F.money(errors, "amount", text, required=False)
    if errors:
        raise errors["amount"]
    return value


def list_register(db, competition_id: str | None = None, search: str = "", status: str | None = None,
                  village: str | None = None, min_tyiyn: int | None = None, max_tyiyn: int | None = None,
                  sort: str = "reg") -> RegisterResult:
    """The application register: filtered by competition, status, village and
    requested amount (inclusive), searched by words, sorted; with totals."""
    A, C, P = M.Application, M.Competition, M.Applicant
    q = (select(A, C.title.label("competition_title"), C.year, P.name.label("applicant_name"),
                P.kind.label("applicant_kind"), P.village.label("applicant_village"))
         .join(C, C.id == A.competition_id).join(P, P.id == A.applicant_id)
         .where(A.deleted_at.is_(None), C.deleted_at.is_(None), P.deleted_at.is_(None)))
    if competition_id:
        q = q.where(A.competition_id == competition_id)
    if status:
        q = q.where(A.status == E.ApplicationStatus(status))
    if min_tyiyn is not None:
        q = q.where(A.requested_tyiyn >= min_tyiyn)
    if max_tyiyn is not None:
        q = q.where(A.requested_tyiyn <= max_tyiyn)
    with db.reader() as s:
        rows = s.execute(q.order_by(C.year.desc(), C.title, A.reg_seq)).all()
        cofin = _cofinancing_totals(s, [r.Application.id for r in rows])
        partners = LQ.partners_of(s, [r.Application.id for r in rows])
        lot_titles = _lot_titles(s, {r.Application.competition_id for r in rows})
    out = []
    words = _norm_name(search).split()
    wanted_village = _norm_name(village) if village else None
    for r in rows:
        a = r.Application
        v = a.village or r.applicant_village or ""
        if wanted_village is not None and _norm_name(v) != wanted_village:
            continue
        row = RegisterRow(a.id, a.competition_id, r.competition_title, a.reg_number, a.reg_seq, a.received_on,
                          a.is_late, r.applicant_name, r.applicant_kind.value, v, a.title, a.requested_tyiyn,
                          cofin.get(a.id, 0), a.status.value, a.status_reason or "",
                          tuple(n for _i, n in partners.get(a.id, [])), lot_titles.get((a.competition_id, a.lot_id), ""))
        if words:
            hay = _norm_name(" ".join((row.reg_number, row.applicant_name, row.village, row.title,
                                       row.competition_title, row.lot_title, *row.partner_names)))
            if not all(w in hay for w in words):
                continue
        out.append(row)
    keys = {
        "reg": None,
        "received": lambda r: (r.received_on, r.reg_seq),
        "applicant": lambda r: _norm_name(r.applicant_name),
        "amount": lambda r: (r.requested_tyiyn, r.reg_seq),
        "amount_desc": lambda r: (-r.requested_tyiyn, r.reg_seq),
        "status": lambda r: (r.status, r.reg_seq),
        "village": lambda r: (_norm_name(r.village), r.reg_seq),
    }
    if keys.get(sort):
        out.sort(key=keys[sort])
    counted = [r for r in out if r.status != AS.WITHDRAWN.value]
    return RegisterResult(tuple(out), len(out), sum(r.requested_tyiyn for r in counted))


def _lot_titles(s, competition_ids) -> dict[tuple[str, str | None], str]:
    """(competition, lot id) -> the lot's title, for competitions with several
    lots (an unset lot id is the first lot)."""
    out = {}
    for cid in competition_ids:
        comp = s.get(M.Competition, cid)
        lots = LQ.competition_lots(s, comp)
        if len(lots) > 1:
            for lot in lots:
                out[(cid, lot.id)] = lot.title
            out[(cid, None)] = lots[0].title
    return out


def villages(db, competition_id: str | None = None) -> list[str]:
    """Villages for the register's filter: those of the municipality and those
    named in applications."""
    names: dict[str, str] = {}
    with db.reader() as s:
        for text in s.scalars(select(M.Municipality.villages).where(M.Municipality.deleted_at.is_(None))):
            for line in (text or "").split("\n"):
                if line.strip():
                    names.setdefault(_norm_name(line), line.strip())
        # the villages named in live applications: one DISTINCT query, not the whole register
        A, C, P = M.Application, M.Competition, M.Applicant
        q = (select(func.coalesce(func.nullif(A.village, ""), P.village)).select_from(A)
             .join(C, C.id == A.competition_id)
             .join(P, P.id == A.applicant_id)
             .where(A.deleted_at.is_(None), C.deleted_at.is_(None), P.deleted_at.is_(None)).distinct())
        if competition_id:
            q = q.where(A.competition_id == competition_id)
        for village in s.scalars(q):
            if village:
                names.setdefault(_norm_name(village), village)
    return sorted(names.values(), key=_norm_name)


# --------------------------------------------------------------------------
# Eligibility


def _suggestions(s, comp: M.Competition, app: M.Application) -> dict[str, bool | None]:
    cofin = _cofinancing_totals(s, [app.id]).get(app.id, 0)
    applicant = s.get(M.Applicant, app.applicant_id)
    allowed_kinds = set((comp.eligible_applicants or "").split(","))
    mun = s.get(M.Municipality, comp.municipality_id)
    known = {_norm_name(v) for v in (mun.villages or "").split("\n") if v.strip()} if mun else set()
    village = _norm_name(app.village or applicant.village or "")
    residence = None
    if applicant.kind.value not in allowed_kinds:
        residence = False
    elif known and village:
        residence = village in known
    lot = LQ.lot_of(app, LQ.competition_lots(s, comp))
    limit = min(x for x in (comp.max_grant_tyiyn, lot.max_grant_tyiyn) if x > 0) if (
        comp.max_grant_tyiyn > 0 or lot.max_grant_tyiyn > 0) else 0
    return {
        "amount": None if comp.award_mode == E.AwardMode.PRIZES else (limit <= 0 or app.requested_tyiyn <= limit),
        "cofinancing": LC.cofinancing_met(app.requested_tyiyn, cofin, comp.cofinancing_share_pct),
        "residence": residence,
        "documents": None,
    }


def eligibility_sheet(db, application_id: str) -> EligibilitySheet:
    from app.services.competitions import _criteria

    with db.reader() as s:
        app = _get_app(s, application_id)
        comp = _get_competition(s, app.competition_id)
        EC = M.EligibilityCheck
        checks = {c.criterion_id: c for c in s.scalars(select(EC).where(EC.application_id == app.id,
                                                                        EC.deleted_at.is_(None)))}
        hints = _suggestions(s, comp, app)
        items = tuple(EligibilityItem(c.id, c.code or "", c.text,
                                      checks[c.id].passed if c.id in checks else None,
                                      (checks[c.id].note or "") if c.id in checks else "",
                                      hints.get(c.code or "")) for c in _criteria(s, comp.id))
        applicant = s.get(M.Applicant, app.applicant_id)
        return EligibilitySheet(app.id, app.reg_number, app.title, applicant.name, app.status.value,
                                app.status_reason or "", items,
                                LC.check_application_change(comp.status, app.status) is None,
                                _already_funded(s, app),
                                tuple(n for _i, n in LQ.partners_of(s, [app.id]).get(app.id, [])))


def record_eligibility(db, application_id: str, results: Mapping[str, bool],
                       notes: Mapping[str, str] | None = None, reason: str | None = None) -> str:
    """Record the answer to each checklist item; the application becomes
    eligible when all hold, else ineligible with the reason given."""
    from app.services.competitions import _criteria

    require(db, Perm.APPLICATIONS)
    notes = notes or {}
    errors: dict = {}
    clean_reason = F.text(errors, "reason", reason, max_len=2000, multiline=True)
    clean_notes = {k: F.text(errors, "notes", v, max_len=1000) for k, v in notes.items()}
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        app = _get_app(s, application_id)
        comp = _get_competition(s, app.competition_id)
        _check_change(comp, app)
        criteria = _criteria(s, comp.id)
        if any(c.id not in results or results[c.id] is None for c in criteria) and criteria:
            raise ValidationError({"items": ServiceError("eligibility.missing", "items")})
        answers = {c.id: bool(results[c.id]) for c in criteria}
        status, refusal = LC.eligibility_outcome(answers, clean_reason)
        if refusal:
            raise ValidationError({"reason" if refusal.key == "eligibility.reason" else "items":
                                   _refusal_error(refusal, "reason")})
        EC = M.EligibilityCheck
        existing = {c.criterion_id: c for c in s.scalars(select(EC).where(EC.application_id == app.id))}
        for crit_id, passed in answers.items():
            row = existing.get(crit_id)
            note = clean_notes.get(crit_id)
            if row is None:
                s.add(EC(application_id=app.id, criterion_id=crit_id, passed=passed, note=note))
            else:
                if row.passed != passed:
                    row.passed = passed
                if row.note != note:
                    row.note = note
                if row.deleted_at is not None:
                    row.deleted_at = None
        app.status = status
        app.status_reason = clean_reason if status == AS.INELIGIBLE else None
        return status.value


# --------------------------------------------------------------------------
# Attachments


def _blob_path(db, sha: str, filename: str) -> Path:
    return paths.attachment_blob(db.path, sha, filename)


def _read_source(source: Path, folder: Path) -> tuple[str, int, Path]:
    """Copy the file into a temporary file in the attachments folder while
    hashing it; refuse what cannot be read, empty files and too large ones."""
    name = source.name
    try:
        if not source.exists():
            raise ServiceError("attachment.missing", "file", name=name)
        if not source.is_file():
            raise ServiceError("attachment.not_a_file", "file", name=name)
        size = source.stat().st_size
    except OSError:
        raise ServiceError("attachment.missing", "file", name=name) from None
    limit_mb = MAX_ATTACHMENT_BYTES // (1024 * 1024)
    if size > MAX_ATTACHMENT_BYTES:
        raise ServiceError("attachment.too_large", "file", name=name, size=f"{size / 1024 / 1024:.1f}",
                           limit=limit_mb)
    digest = hashlib.sha256()
    total = 0
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=folder)
    tmp = Path(tmp_name)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while True:
                chunk = src.read(1024 * 1024)
                if not chunk:
                    break
                total += len(chunk)
                if total > MAX_ATTACHMENT_BYTES:
                    raise ServiceError("attachment.too_large", "file", name=name,
                                       size=f"{total / 1024 / 1024:.1f}", limit=limit_mb)
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError:
        tmp.unlink(missing_ok=True)
        raise ServiceError("attachment.missing", "file", name=name) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if total == 0:
        tmp.unlink(missing_ok=True)
        raise ServiceError("attachment.empty", "file", name=name)
    return digest.hexdigest(), total, tmp



def add_attachment(db, application_id: str, source: str | Path, note: str = "") -> AttachmentRow:
    """Copy a scan or document into the data folder (named by its SHA-256)
    and attach it to the application."""
    require(db, Perm.APPLICATIONS)
    errors: dict = {}
    clean_note = F.text(errors, "note", note, max_len=1000)
    if errors:
        raise ValidationError(errors)
    source = Path(source)
    with db.reader() as s:
        _get_app(s, application_id)
    sha, size, tmp = _read_source(source, paths.attachments_dir(db.path))
    target = _blob_path(db, sha, source.name)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and target.stat().st_size == size:
            tmp.unlink()
        else:
            os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    filename = unicodedata.normalize("NFC", source.name)[:300]
    with db.session() as s:
        _get_app(s, application_id)
        row = M.Attachment(application_id=application_id, sha256=sha, filename=filename, size_bytes=size,
                           note=clean_note)
        s.add(row)
        s.flush()
        return AttachmentRow(row.id, row.filename, row.size_bytes, row.sha256, row.note or "", row.created_at.date())


def attachment_file(db, attachment_id: str) -> Path:
    """The stored copy of an attachment, checked against its hash, to open
    with the system's viewer."""
    with db.reader() as s:
        row = s.get(M.Attachment, attachment_id) if attachment_id else None
        if row is None or row.deleted_at is not None:
            raise F.not_found()
        sha, filename = row.sha256, row.filename
    path = _blob_path(db, sha, filename)
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1024 * 1024), b""):
                digest.update(chunk)
    except OSError:
        raise ServiceError("attachment.damaged", name=filename) from None
    if digest.hexdigest() != sha:
        raise ServiceError("attachment.damaged", name=filename)
    return path


def remove_attachment(db, attachment_id: str) -> None:
    """Take an attachment off its application (the row is tombstoned; the
    stored file stays, it may be shared by content)."""
    require(db, Perm.APPLICATIONS)
    with db.session() as s:
        row = s.get(M.Attachment, attachment_id) if attachment_id else None
        if row is None or row.deleted_at is not None:
            raise F.not_found()
        row.deleted_at = utcnow()


def copy_attachment(db, attachment_id: str, target: str | Path) -> Path:
    """Save a copy of an attachment elsewhere (e.g. to print or send it)."""
    src = attachment_file(db, attachment_id)
    return Path(shutil.copyfile(src, target))

