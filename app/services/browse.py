"""Read-only lists for the main window (and anything else that shows tables).

One function per list: `list_xxx(db, search="")` returns frozen dataclasses
holding plain values (str, int, date, None) -- never ORM objects -- read in
one `db.reader()` unit. Enum fields hold the enum's stored value (e.g.
"announced"); the GUI turns them into words. Money is in tyiyn.

Tombstoned rows (deleted_at set) are left out, and so are rows whose parent
(the competition of an application, the project of an event...) is
tombstoned: such rows cannot be reached from anywhere else in the program.

`search` keeps the rows whose text fields contain every word of the search
text, ignoring case (Python's casefold, so Кыргыз letters ң ө ү match their
capitals too); text typed in an old Kyrgyz font is searched in every reading
of it (app.domain.kyrgyz_text.search_key), so the real word finds it.

Also the municipality: `municipality_summary(db)` for the window title, and
`create_municipality(...)` for the first start of an empty database.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Iterable, TypeVar

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from app import i18n
from app.domain import enums as E
from app.domain.kyrgyz_text import fold, search_key
from app.domain.participants import Category, event_people
from app.services.auth import Perm, require
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store.lot_queries import partners_of

NAME_MAX = 200

i18n.register({
    "municipality.name": {
        "ky": "Муниципалитеттин аталышын жазыңыз (200 белгиге чейин, көзгө көрүнбөгөн белгилерсиз).",
        "ru": "Укажите название муниципалитета (до 200 знаков, без невидимых символов).",
        "en": "Enter the municipality's name (up to 200 characters, no invisible characters).",
    },
    "municipality.kind": {
        "ky": "Муниципалитеттин түрүн тандаңыз: айыл аймагы, шаар же шаарча.",
        "ru": "Выберите вид муниципалитета: айыльный аймак, город или посёлок.",
        "en": "Choose the kind of municipality: ayil aimak, city or town.",
    },
    "municipality.district": {
        "ky": "Райондун аталышы 200 белгиден ашпасын жана көзгө көрүнбөгөн белгилерсиз болсун.",
        "ru": "Название района: до 200 знаков, без невидимых символов.",
        "en": "District: up to 200 characters, no invisible characters.",
    },
    "municipality.region": {
        "ky": "Облустун аталышы 200 белгиден ашпасын жана көзгө көрүнбөгөн белгилерсиз болсун.",
        "ru": "Название области: до 200 знаков, без невидимых символов.",
        "en": "Region: up to 200 characters, no invisible characters.",
    },
    "municipality.exists": {
        "ky": "Мындай муниципалитет мурда эле бар: {name}.",
        "ru": "Такой муниципалитет уже есть: {name}.",
        "en": "This municipality already exists: {name}.",
    },
})


# --------------------------------------------------------------------------
# Rows


@dataclass(frozen=True)
class CompetitionRow:
    id: str
    kind: str                      # CompetitionKind value
    year: int
    title: str
    status: str                    # CompetitionStatus value
    allocation_tyiyn: int
    max_grant_tyiyn: int
    announced_on: date | None
    deadline_on: date | None


@dataclass(frozen=True)
class ApplicationRow:
    id: str
    reg_number: str
    reg_seq: int
    competition_title: str
    applicant_name: str            # the lead, "+ partners: ..." when a consortium
    village: str
    title: str
    requested_tyiyn: int
    status: str                    # ApplicationStatus value
    received_on: date


@dataclass(frozen=True)
class MemberRow:
    id: str
    competition_title: str
    full_name: str
    role: str                      # MemberRole value
    category: str                  # MemberCategory value
    position: str
    organisation: str


@dataclass(frozen=True)
class MeetingRow:
    id: str
    competition_title: str
    number: int
    held_on: date
    place: str
    status: str                    # MeetingStatus value
    short_hash: str                # first characters of the closed protocol's hash, "" while open


@dataclass(frozen=True)
class ProjectRow:
    id: str
    title: str
    executor: str
    awarded_tyiyn: int
    start_on: date | None
    end_on: date | None
    status: str                    # ProjectStatus value
    competition_title: str


@dataclass(frozen=True)
class EventRow:
    id: str
    project_title: str
    held_on: date | None
    place: str
    kind: str                      # EventKind value
    title: str
    participants: int              # grand total, parts never added on top of their whole
    is_planned: bool


@dataclass(frozen=True)
class ProgramItemRow:
    id: str                        # the indicator's id
    program_title: str
    priority_number: int | None
    indicator_name: str
    unit: str
    value_type: str                # IndicatorValueType value; "ratio" 1:x stores x
    baseline: str                  # exact decimal as text ("8371.4"), "" when unknown
    final_target: str


@dataclass(frozen=True)
class MunicipalitySummary:
    id: str
    name: str
    kind: str                      # MunicipalityKind value
    district: str
    region: str
    population: int | None
    competitions: int
    applications: int
    projects: int
    programs: int


SHORT_HASH_LEN = 12

Row = TypeVar("Row")


# --------------------------------------------------------------------------
# Helpers


def _text(value) -> str:
    return "" if value is None else str(value)


def _decimal_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f") if value != 0 else "0"


# Fields that hold stored codes or raw amounts, not words a person would type.
_NOT_SEARCHED = {"id", "kind", "status", "role", "category", "value_type", "reg_seq"}


def _searchable(row) -> str:
    parts = []
    for f in fields(row):
        if f.name in _NOT_SEARCHED or f.name.endswith("_tyiyn"):
            continue
        value = getattr(row, f.name)
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            parts.append(str(value))
    return search_key("\n".join(parts))


def _filter(rows: Iterable[Row], search: str) -> list[Row]:
    words = fold(search or "").split()
    kept = []
    for row in rows:
        text = _searchable(row) if words else ""
        if all(w in text for w in words):
            kept.append(row)
    return kept


def _live(*models):
    """WHERE clauses that leave out tombstoned rows of every model given."""
    return [m.deleted_at.is_(None) for m in models]


# --------------------------------------------------------------------------
# Lists


def list_competitions(db, search: str = "") -> list[CompetitionRow]:
    C = M.Competition
    with db.reader() as s:
        rows = s.execute(
            select(C.id, C.kind, C.year, C.title, C.status, C.total_allocation_tyiyn, C.max_grant_tyiyn,
                   C.announced_on, C.deadline_on)
            .where(*_live(C))
            .order_by(C.year.desc(), C.title)
        ).all()
    return _filter((CompetitionRow(r.id, r.kind.value, r.year, r.title, r.status.value, r.total_allocation_tyiyn,
                                   r.max_grant_tyiyn, r.announced_on, r.deadline_on) for r in rows), search)


def list_applications(db, search: str = "") -> list[ApplicationRow]:
    A, C, P = M.Application, M.Competition, M.Applicant
    with db.reader() as s:
        rows = s.execute(
            select(A.id, A.reg_number, A.reg_seq, C.title.label("competition_title"), P.name.label("applicant_name"),
                   A.village, P.village.label("applicant_village"), A.title, A.requested_tyiyn, A.status,
                   A.received_on)
            .join(C, C.id == A.competition_id)
            .join(P, P.id == A.applicant_id)
            .where(*_live(A, C, P))
            .order_by(C.year.desc(), C.title, A.reg_seq)
        ).all()
        partners = partners_of(s, [r.id for r in rows])
    from app.services.applications import consortium_text

    return _filter((ApplicationRow(r.id, r.reg_number, r.reg_seq, r.competition_title,
                                   consortium_text(r.applicant_name, [n for _i, n in partners.get(r.id, [])]),
                                   _text(r.village or r.applicant_village), r.title, r.requested_tyiyn,
                                   r.status.value, r.received_on) for r in rows), search)


def list_commission_members(db, search: str = "") -> list[MemberRow]:
    CM, K, C = M.CommissionMember, M.Commission, M.Competition
    with db.reader() as s:
        rows = s.execute(
            select(CM.id, C.title.label("competition_title"), CM.full_name, CM.role, CM.category, CM.position,
                   CM.organisation)
            .join(K, K.id == CM.commission_id)
            .join(C, C.id == K.competition_id)
            .where(*_live(CM, K, C))
            .order_by(C.year.desc(), C.title, CM.sort_order, CM.full_name)
        ).all()
    return _filter((MemberRow(r.id, r.competition_title, r.full_name, r.role.value, r.category.value,
                              _text(r.position), _text(r.organisation)) for r in rows), search)


def list_meetings(db, search: str = "") -> list[MeetingRow]:
    MT, K, C = M.Meeting, M.Commission, M.Competition
    with db.reader() as s:
        rows = s.execute(
            select(MT.id, C.title.label("competition_title"), MT.number, MT.held_on, MT.place, MT.status,
                   MT.content_hash)
            .join(K, K.id == MT.commission_id)
            .join(C, C.id == K.competition_id)
            .where(*_live(MT, K, C))
            .order_by(MT.held_on, MT.number)
        ).all()
    return _filter((MeetingRow(r.id, r.competition_title, r.number, r.held_on, _text(r.place), r.status.value,
                               _text(r.content_hash)[:SHORT_HASH_LEN]) for r in rows), search)


def list_projects(db, search: str = "") -> list[ProjectRow]:
    P, C = M.Project, M.Competition
    with db.reader() as s:
        rows = s.execute(
            select(P.id, P.title, P.executor, P.awarded_tyiyn, P.start_on, P.end_on, P.status,
                   C.title.label("competition_title"))
            .outerjoin(C, C.id == P.competition_id)   # a project without a competition has none
            .where(*_live(P), (P.competition_id.is_(None)) | C.deleted_at.is_(None))
            .order_by(P.start_on.is_(None), P.start_on, P.title)
        ).all()
    return _filter((ProjectRow(r.id, r.title, _text(r.executor), r.awarded_tyiyn, r.start_on, r.end_on,
                               r.status.value, _text(r.competition_title)) for r in rows), search)


def _categories(s) -> dict[str, Category]:
    PC = M.ParticipantCategory
    return {
        r.id: Category(r.id, r.parent_id, r.additive)
        for r in s.execute(select(PC.id, PC.parent_id, PC.additive).where(*_live(PC)))
    }


def list_events(db, search: str = "") -> list[EventRow]:
    """Every event of every live project, and the competitions' own events
    (an information meeting, a published announcement) under the
    competition's title."""
    EV, P, C, EP, PC = M.Event, M.Project, M.Competition, M.EventParticipants, M.ParticipantCategory
    owner = func.coalesce(P.title, C.title)
    with db.reader() as s:
        rows = s.execute(
            select(EV.id, owner.label("project_title"), EV.held_on, EV.place, EV.kind, EV.title, EV.is_planned,
                   EV.stated_total)
            .outerjoin(P, P.id == EV.project_id)
            .outerjoin(C, C.id == EV.competition_id)
            .where(*_live(EV), or_(and_(EV.project_id.is_not(None), P.deleted_at.is_(None)),
                                   and_(EV.competition_id.is_not(None), C.deleted_at.is_(None))))
            .order_by(EV.held_on.is_(None), EV.held_on, owner, EV.title)
        ).all()
        categories = _categories(s)
        counts: dict[str, dict[str, int]] = {}
        for event_id, category_id, count in s.execute(
            select(EP.event_id, EP.category_id, EP.count)
            .join(EV, EV.id == EP.event_id)
            .join(PC, PC.id == EP.category_id)
            .where(*_live(EP, EV, PC))
        ):
            counts.setdefault(event_id, {})[category_id] = count
    return _filter((EventRow(r.id, r.project_title, r.held_on, _text(r.place), r.kind.value, r.title,
                             event_people(counts.get(r.id, {}), categories, r.stated_total), r.is_planned)
                    for r in rows), search)


def list_program_items(db, search: str = "") -> list[ProgramItemRow]:
    I, DP = M.Indicator, M.DevelopmentProgram
    PR = aliased(M.ProgramPriority)
    with db.reader() as s:
        rows = s.execute(
            select(I.id, DP.title.label("program_title"), PR.number.label("priority_number"),
                   PR.deleted_at.label("priority_deleted"), I.name, I.unit, I.value_type, I.baseline_value,
                   I.final_target)
            .join(DP, DP.id == I.program_id)
            .outerjoin(PR, PR.id == I.priority_id)
            .where(*_live(I, DP))
            .order_by(DP.start_year, DP.title, PR.number.is_(None), PR.number, I.position)
        ).all()
    return _filter((ProgramItemRow(r.id, r.program_title, r.priority_number, r.name, _text(r.unit),
                                   r.value_type.value, _decimal_text(r.baseline_value), _decimal_text(r.final_target))
                    for r in rows if r.priority_deleted is None), search)


# --------------------------------------------------------------------------
# Municipality


def municipality_summary(db) -> MunicipalitySummary | None:
    """The (first) municipality of this database with a few counts, or None."""
    Mu = M.Municipality
    with db.reader() as s:
        m = s.execute(
            select(Mu.id, Mu.name, Mu.kind, Mu.district, Mu.region, Mu.population)
            .where(*_live(Mu))
            .order_by(Mu.created_at, Mu.name)
            .limit(1)
        ).first()
        if m is None:
            return None

        def count(model, *where) -> int:
            return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)) or 0

        return MunicipalitySummary(
            id=m.id,
            name=m.name,
            kind=m.kind.value,
            district=_text(m.district),
            region=_text(m.region),
            population=m.population,
            competitions=count(M.Competition, M.Competition.municipality_id == m.id),
            applications=s.scalar(
                select(func.count()).select_from(M.Application)
                .join(M.Competition, M.Competition.id == M.Application.competition_id)
                .where(M.Competition.municipality_id == m.id, *_live(M.Application, M.Competition))
            ) or 0,
            projects=s.scalar(   # a project without a competition names its municipality itself
                select(func.count()).select_from(M.Project)
                .outerjoin(M.Competition, M.Competition.id == M.Project.competition_id)
                .where(*_live(M.Project), ((M.Competition.municipality_id == m.id) & M.Competition.deleted_at.is_(None))
                       | (M.Project.competition_id.is_(None) & (M.Project.municipality_id == m.id)))
            ) or 0,
            programs=count(M.DevelopmentProgram, M.DevelopmentProgram.municipality_id == m.id),
        )


def _clean_name(value: str | None, *, required: bool) -> str | None:
    text = unicodedata.normalize("NFC", value or "").strip()
    if not text:
        return "" if required else None
    if len(text) > NAME_MAX or any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text):
        raise ValueError(text)
    return text


def validate_municipality(name: str, kind: str, district: str | None = None,
                          region: str | None = None) -> dict[str, str | None]:
    """Check the fields of a new municipality without touching any database.

    Returns the cleaned fields (name, kind, district, region); raises
    ValidationError naming every bad field. The first-start dialog calls this
    before a database file is created.
    """
    errors: dict[str, ServiceError] = {}
    clean: dict[str, str | None] = {}
    for field_name, value, required in (("name", name, True), ("district", district, False),
                                        ("region", region, False)):
        try:
            clean[field_name] = _clean_name(value, required=required)
        except ValueError:
            errors[field_name] = ServiceError(f"municipality.{field_name}", field_name)
    if "name" not in errors and not clean["name"]:
        errors["name"] = ServiceError("municipality.name", "name")
    try:
        clean["kind"] = E.MunicipalityKind(kind).value
    except ValueError:
        errors["kind"] = ServiceError("municipality.kind", "kind")
    if errors:
        raise ValidationError(errors)
    return clean


def create_municipality(db, name: str, kind: str, district: str | None = None, region: str | None = None) -> str:
    """Add the municipality this office works for; returns its id.

    Refuses (ValidationError, nothing saved) an empty or over-long name, a
    name with control characters, an unknown kind, a bad district/region, or
    a name that another municipality in this database already has.
    """
    require(db, Perm.SETTINGS)
    clean = validate_municipality(name, kind, district, region)
    with db.session() as s:
        existing = s.scalars(select(M.Municipality.name).where(M.Municipality.deleted_at.is_(None))).all()
        if any(n.casefold() == clean["name"].casefold() for n in existing):
            raise ValidationError({"name": ServiceError("municipality.exists", "name", name=clean["name"])})
        row = M.Municipality(name=clean["name"], kind=E.MunicipalityKind(clean["kind"]), district=clean["district"],
                             region=clean["region"])
        s.add(row)
        s.flush()
        return row.id
