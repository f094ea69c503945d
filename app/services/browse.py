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

from sqlalchemy import Enum as SAEnum
from sqlalchemy import String, and_, case, cast, func, or_, select
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


def list_competitions(db, search: str = "", statuses: Iterable[str] | None = None) -> list[CompetitionRow]:
    """Competitions, newest first; `statuses`: only those (e.g. the ones an
    application can be registered in, a few among a district's thousands)."""
    C = M.Competition
    q = _competition_query().order_by(C.year.desc(), C.title, C.id)
    if statuses is not None:
        q = q.where(C.status.in_([E.CompetitionStatus(x) for x in statuses]))
    with db.reader() as s:
        rows = s.execute(q).all()
    return _filter(_make_competitions(s, rows), search)


def commission_competition(db) -> CompetitionRow | None:
    """The competition the commission area opens on, read alone: the newest
    one the commission works on now (under review, or applications closed),
    else the newest of all (the first of list_competitions)."""
    C = M.Competition
    at_commission = C.status.in_([E.CompetitionStatus.UNDER_REVIEW, E.CompetitionStatus.APPLICATIONS_CLOSED])
    with db.reader() as s:
        found = _make_competitions(s, s.execute(
            _competition_query().order_by(case((at_commission, 0), else_=1), C.year.desc(), C.title, C.id).limit(1)))
    return found[0] if found else None


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


# --------------------------------------------------------------------------
# Lazy lists: one page at a time, in SQL
#
# Every list of the main window is a `Listing`: the GUI's lazy table model
# (app.ui.table) asks for a page of rows (`page`), the number of rows
# (`count`), and re-asks with another sort; it never builds SQL. Pages are
# keyset-paginated: the next page starts after the last row's sort key and
# id, so page 1000 costs what page 1 costs, and the first page of a list at
# ten times the data costs what it costs at one time (the default orders and
# the sortable columns are indexed, migration 0045). Searching happens in
# SQL on the folded text (app.domain.kyrgyz_text.search_key: case, no-break
# spaces and the old Kyrgyz fonts' letters folded), through a function the
# SQLite connection gets (`dm_fold`); elsewhere the text is lower-cased.

PAGE_SIZE = 200


@dataclass(frozen=True)
class Page:
    rows: list
    last_key: tuple | None      # give back as `after` for the next page
    more: bool                  # another page may follow


def _fold_sql(text):
    return search_key(text or "")


# Kyrgyz (and Russian) alphabetical order for sorting by a text column; code
# points would put ң ө ү after я (the same order as app.ui.table.collation_key).
_ALPHABET = "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя"
_COLLATE = str.maketrans({ch: chr(0xE000 + i) for i, ch in enumerate(_ALPHABET)})


def _sort_key_sql(text):
    return None if text is None else str(text).casefold().translate(_COLLATE)


def _sqlite_functions(s) -> bool:
    """Give this session's SQLite connection the folding function; False on
    another database."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        return False
    raw = conn.connection.dbapi_connection
    if not getattr(raw, "_dm_fold", False):
        raw.create_function("dm_fold", 1, _fold_sql, deterministic=True)
        raw.create_function("dm_key", 1, _sort_key_sql, deterministic=True)
        try:
            raw._dm_fold = True
        except AttributeError:     # a C connection object without a __dict__
            pass
    return True


def _search_where(s, exprs: list, search: str, codes: dict | None = None, fields: dict | None = None,
                  also=()) -> list:
    """Every word in the folded text of `exprs`, or (`codes`: word -> [(field, codes)]) a code whose shown
    word contains it, or (`also`: functions (matches, word) -> clause) in a related row's text."""
    words = fold(search or "").split()
    if not words:
        return []
    joined = func.coalesce(exprs[0], "")
    for e in exprs[1:]:
        joined = joined.op("||")("\n").op("||")(func.coalesce(e, ""))
    sqlite = _sqlite_functions(s)
    hay = func.dm_fold(joined) if sqlite else func.lower(joined)
    out = []
    for w in words:
        found = [func.instr(hay, w) > 0 if sqlite else hay.contains(w, autoescape=True)]
        for clause in also:
            found.append(clause(lambda e: (func.instr(func.dm_fold(e), w) > 0) if sqlite
                                else func.lower(e).contains(w, autoescape=True), w))
        for field_name, values in (codes or {}).get(w, []):
            if fields and field_name in fields:
                found.append(fields[field_name].in_(values))
        out.append(or_(*found))
    return out


@dataclass(frozen=True)
class SortKey:
    expr: object
    descending: bool = False

    def ordered(self):
        return (self.expr.desc().nulls_last() if self.descending else self.expr.asc().nulls_first())

    def after(self, value):
        """Rows strictly after `value` in this key's order (NULLs first going up, last going down)."""
        if self.descending:
            return (self.expr < value) | self.expr.is_(None) if value is not None else None
        return self.expr > value if value is not None else self.expr.is_not(None)

    def equal(self, value):
        return self.expr.is_(None) if value is None else self.expr == value


def _keyset(keys: list[SortKey], values: tuple):
    """WHERE for the rows after `values` in the order of `keys`."""
    ors = []
    for i, key in enumerate(keys):
        after = key.after(values[i])
        if after is None:
            continue
        ors.append(and_(*[keys[j].equal(values[j]) for j in range(i)], after))
    return or_(*ors) if ors else (keys[0].expr != keys[0].expr)


class Listing:
    """One list: its select (`query(**filters)` -> Select with the row's
    columns), how rows are made from a page of results (`make(s, results)`),
    its default order, the row fields one may sort by (each an indexed
    column, or at least a column of the listed table), and the expressions
    searched."""

    def __init__(self, name, query, make, order, sortable: dict, searched, id_column, search_also=()):
        self.search_also = search_also  # functions (matches, word) -> clause: a word found in related rows
        self.name = name
        self.query = query
        self.make = make
        self.order = order             # list of (expr, descending)
        self.sortable = sortable       # row field -> expr
        self.searched = searched       # list of exprs, or callable(**filters) -> list
        self.id_column = id_column

    def can_sort(self, field: str) -> bool:
        return field in self.sortable

    def _keys(self, sort: str | None, descending: bool, filters: dict, sqlite: bool = False) -> list[SortKey]:
        if sort and sort in self.sortable:
            expr = self.sortable[sort]
            if sqlite and isinstance(expr.type, String) and not isinstance(expr.type, SAEnum):
                expr = func.dm_key(expr)      # alphabetical order of the language, not of code points
            return [SortKey(expr, descending), SortKey(self.id_column, descending)]
        order = self.order(**filters) if callable(self.order) else self.order
        return [SortKey(e, d) for e, d in order] + [SortKey(self.id_column)]

    def _where(self, s, q, search: str, codes: dict | None = None):
        return q.where(*_search_where(s, self.searched, search, codes, self.sortable, self.search_also)) \
            if search else q

    def _query(self, s, filters: dict):
        return self.query(s, **filters) if getattr(self.query, "wants_session", False) else self.query(**filters)

    def page(self, db, search: str = "", sort: str | None = None, descending: bool = False,
             after: tuple | None = None, limit: int = PAGE_SIZE, codes: dict | None = None, **filters) -> Page:
        """`limit` rows after the row whose key is `after`, in the order of `sort` (a row field) or the
        list's own; `search`: every word in the row's text (or, by `codes`, in a code's shown word)."""
        with db.reader() as s:
            keys = self._keys(sort, descending, filters, _sqlite_functions(s))
            q = self._where(s, self._query(s, filters), search, codes)
            q = q.add_columns(*[k.expr.label(f"_k{i}") for i, k in enumerate(keys)])
            if after is not None:
                q = q.where(_keyset(keys, after))
            results = s.execute(q.order_by(*[k.ordered() for k in keys]).limit(limit + 1)).all()
            more = len(results) > limit
            results = results[:limit]
            rows = self.make(s, results)
        last = tuple(getattr(results[-1], f"_k{i}") for i in range(len(keys))) if results else None
        return Page(rows, last, more)

    def count(self, db, search: str = "", codes: dict | None = None, at_most: int | None = None,
              **filters) -> int:
        """SELECT count(*) of the list; with `at_most`, counting stops there (a district's long list
        counted only as far as the line under it needs)."""
        with db.reader() as s:
            q = self._where(s, self._query(s, filters), search, codes)
            if at_most is not None:
                q = q.limit(at_most)
            return s.scalar(select(func.count()).select_from(q.subquery())) or 0


def _competition_query():
    C = M.Competition
    return (select(C.id, C.kind, C.year, C.title, C.status, C.total_allocation_tyiyn, C.max_grant_tyiyn,
                   C.announced_on, C.deadline_on).where(*_live(C)))


def _make_competitions(s, results):
    return [CompetitionRow(r.id, r.kind.value, r.year, r.title, r.status.value, r.total_allocation_tyiyn,
                           r.max_grant_tyiyn, r.announced_on, r.deadline_on) for r in results]


def _application_query():
    A, C, P = M.Application, M.Competition, M.Applicant
    return (select(A.id, A.reg_number, A.reg_seq, C.title.label("competition_title"), P.name.label("applicant_name"),
                   A.village, P.village.label("applicant_village"), A.title, A.requested_tyiyn, A.status,
                   A.received_on)
            .join(C, C.id == A.competition_id).join(P, P.id == A.applicant_id).where(*_live(A, C, P)))


def _make_applications(s, results):
    from app.services.applications import consortium_text

    partners = partners_of(s, [r.id for r in results])      # the page's consortia only
    return [ApplicationRow(r.id, r.reg_number, r.reg_seq, r.competition_title,
                           consortium_text(r.applicant_name, [n for _i, n in partners.get(r.id, [])]),
                           _text(r.village or r.applicant_village), r.title, r.requested_tyiyn, r.status.value,
                           r.received_on) for r in results]


def _member_query():
    CM, K, C = M.CommissionMember, M.Commission, M.Competition
    return (select(CM.id, C.title.label("competition_title"), CM.full_name, CM.role, CM.category, CM.position,
                   CM.organisation).join(K, K.id == CM.commission_id).join(C, C.id == K.competition_id)
            .where(*_live(CM, K, C)))


def _make_members(s, results):
    return [MemberRow(r.id, r.competition_title, r.full_name, r.role.value, r.category.value, _text(r.position),
                      _text(r.organisation)) for r in results]


def _meeting_query():
    MT, K, C = M.Meeting, M.Commission, M.Competition
    return (select(MT.id, C.title.label("competition_title"), MT.number, MT.held_on, MT.place, MT.status,
                   MT.content_hash).join(K, K.id == MT.commission_id).join(C, C.id == K.competition_id)
            .where(*_live(MT, K, C)))


def _make_meetings(s, results):
    return [MeetingRow(r.id, r.competition_title, r.number, r.held_on, _text(r.place), r.status.value,
                       _text(r.content_hash)[:SHORT_HASH_LEN]) for r in results]


def _project_query():
    P, C = M.Project, M.Competition
    return (select(P.id, P.title, P.executor, P.awarded_tyiyn, P.start_on, P.end_on, P.status,
                   C.title.label("competition_title"))
            .outerjoin(C, C.id == P.competition_id)
            .where(*_live(P), (P.competition_id.is_(None)) | C.deleted_at.is_(None)))


def _make_projects(s, results):
    return [ProjectRow(r.id, r.title, _text(r.executor), r.awarded_tyiyn, r.start_on, r.end_on, r.status.value,
                       _text(r.competition_title)) for r in results]


def _event_query():
    EV, P, C = M.Event, M.Project, M.Competition
    owner = func.coalesce(P.title, C.title)
    return (select(EV.id, owner.label("project_title"), EV.held_on, EV.place, EV.kind, EV.title, EV.is_planned,
                   EV.stated_total)
            .outerjoin(P, P.id == EV.project_id).outerjoin(C, C.id == EV.competition_id)
            .where(*_live(EV), or_(and_(EV.project_id.is_not(None), P.deleted_at.is_(None)),
                                   and_(EV.competition_id.is_not(None), C.deleted_at.is_(None)))))


def _make_events(s, results):
    """The page's events with their people: the counts of these events only
    (one IN query), the category tree read once."""
    EP = M.EventParticipants
    ids = [r.id for r in results]
    counts: dict[str, dict[str, int]] = {}
    if ids:
        categories = _categories(s)
        for event_id, category_id, count in s.execute(
                select(EP.event_id, EP.category_id, EP.count).where(EP.event_id.in_(ids), *_live(EP))):
            if category_id in categories:
                counts.setdefault(event_id, {})[category_id] = count
    else:
        categories = {}
    return [EventRow(r.id, r.project_title, r.held_on, _text(r.place), r.kind.value, r.title,
                     event_people(counts.get(r.id, {}), categories, r.stated_total), r.is_planned) for r in results]


def _program_query():
    I, DP = M.Indicator, M.DevelopmentProgram
    PR = aliased(M.ProgramPriority, name="priority")
    return (select(I.id, DP.title.label("program_title"), PR.number.label("priority_number"), I.name, I.unit,
                   I.value_type, I.baseline_value, I.final_target)
            .join(DP, DP.id == I.program_id).outerjoin(PR, PR.id == I.priority_id)
            .where(*_live(I, DP), or_(I.priority_id.is_(None), PR.deleted_at.is_(None))))


def _make_program_items(s, results):
    return [ProgramItemRow(r.id, r.program_title, r.priority_number, r.name, _text(r.unit), r.value_type.value,
                           _decimal_text(r.baseline_value), _decimal_text(r.final_target)) for r in results]


def _partner_named(matches, _word):
    """An application with a consortium partner whose name holds the word."""
    from app.store.lot_models import ApplicationPartner as AP2

    P2 = aliased(M.Applicant, name="partner")
    return (select(AP2.id).join(P2, P2.id == AP2.applicant_id)
            .where(AP2.application_id == M.Application.id, AP2.deleted_at.is_(None), matches(P2.name)).exists())


def _listings() -> dict[str, Listing]:
    C, A, P, EV = M.Competition, M.Application, M.Project, M.Event
    CM, MT, I, DP = M.CommissionMember, M.Meeting, M.Indicator, M.DevelopmentProgram
    AP, K = M.Applicant, M.Commission
    return {
        "competitions": Listing(
            "competitions", _competition_query, _make_competitions, [(C.year, True), (C.title, False)],
            {"year": C.year, "title": C.title, "kind": C.kind, "status": C.status,
             "allocation_tyiyn": C.total_allocation_tyiyn, "max_grant_tyiyn": C.max_grant_tyiyn,
             "announced_on": C.announced_on, "deadline_on": C.deadline_on},
            [C.title, cast(C.year, String)], C.id),
        "applications": Listing(
            "applications", _application_query, _make_applications, _register_order,
            {"reg_number": A.reg_number, "title": A.title, "requested_tyiyn": A.requested_tyiyn,
             "status": A.status, "received_on": A.received_on, "competition_title": C.title,
             "applicant_name": AP.name, "village": func.coalesce(func.nullif(A.village, ""), AP.village)},
            [A.reg_number, C.title, AP.name, A.village, AP.village, A.title], A.id, (_partner_named,)),
        "members": Listing(
            "members", _member_query, _make_members, [(C.year, True), (C.title, False), (CM.sort_order, False)],
            {"full_name": CM.full_name, "role": CM.role, "category": CM.category, "position": CM.position,
             "organisation": CM.organisation, "competition_title": C.title},
            [C.title, CM.full_name, CM.position, CM.organisation], CM.id),
        "meetings": Listing(
            "meetings", _meeting_query, _make_meetings, [(MT.held_on, False), (MT.number, False)],
            {"number": MT.number, "held_on": MT.held_on, "place": MT.place, "status": MT.status,
             "competition_title": C.title},
            [C.title, cast(MT.number, String), MT.place, MT.content_hash], MT.id),
        "projects": Listing(
            "projects", _project_query, _make_projects, [(P.start_on, True), (P.title, False)],
            {"title": P.title, "executor": P.executor, "awarded_tyiyn": P.awarded_tyiyn, "start_on": P.start_on,
             "end_on": P.end_on, "status": P.status, "competition_title": C.title},
            [P.title, P.executor, C.title], P.id),
        "events": Listing(
            "events", _event_query, _make_events, [(EV.held_on, True), (EV.title, False)],
            {"held_on": EV.held_on, "place": EV.place, "kind": EV.kind, "title": EV.title,
             "is_planned": EV.is_planned, "project_title": func.coalesce(M.Project.title, C.title)},
            [M.Project.title, C.title, EV.place, EV.title], EV.id),
        "register": Listing(
            "register", _register_query, _make_register, _register_order,
            {"reg_number": A.reg_number, "title": A.title, "requested_tyiyn": A.requested_tyiyn,
             "status": A.status, "received_on": A.received_on, "competition_title": C.title,
             "applicant_name": AP.name, "applicants_text": AP.name,      # the lead first, its partners after
             "village": func.coalesce(func.nullif(A.village, ""), AP.village)},
            [A.reg_number, AP.name, A.village, AP.village, A.title, C.title], A.id, (_partner_named,)),
        "program": Listing(
            "program", _program_query, _make_program_items, [(DP.start_year, False), (DP.title, False),
                                                              (I.position, False)],
            {"indicator_name": I.name, "unit": I.unit, "program_title": DP.title},
            [DP.title, I.name, I.unit], I.id),
    }


def _norm_sql(text):
    from app.services.applications import _norm_name

    return _norm_name(text or "")


def _register_query(s, competition_id=None, status=None, village=None, min_tyiyn=None, max_tyiyn=None):
    """The application register with its filters (as applications.list_register)."""
    A, C, P = M.Application, M.Competition, M.Applicant
    q = (select(A.id, A.competition_id, A.lot_id, C.title.label("competition_title"), A.reg_number, A.reg_seq,
                A.received_on,
                A.is_late, P.name.label("applicant_name"), P.kind.label("applicant_kind"), A.village,
                P.village.label("applicant_village"), A.title, A.requested_tyiyn, A.status, A.status_reason)
         .join(C, C.id == A.competition_id).join(P, P.id == A.applicant_id).where(*_live(A, C, P)))
    if competition_id:
        q = q.where(A.competition_id == competition_id)
    if status:
        q = q.where(A.status == E.ApplicationStatus(status))
    if min_tyiyn is not None:
        q = q.where(A.requested_tyiyn >= min_tyiyn)
    if max_tyiyn is not None:
        q = q.where(A.requested_tyiyn <= max_tyiyn)
    if village:
        place = func.coalesce(func.nullif(A.village, ""), P.village, "")
        if _sqlite_functions(s):
            raw = s.connection().connection.dbapi_connection
            raw.create_function("dm_norm", 1, _norm_sql, deterministic=True)
            q = q.where(func.dm_norm(place) == _norm_sql(village))
        else:
            q = q.where(func.lower(func.trim(place)) == _norm_sql(village))
    return q


_register_query.wants_session = True


def _make_register(s, results):
    from app.services.applications import RegisterRow, _cofinancing_totals, _lot_titles

    ids = [r.id for r in results]
    cofin = _cofinancing_totals(s, ids)
    partners = partners_of(s, ids)                            # the page's consortia and lots only
    lot_titles = _lot_titles(s, {r.competition_id for r in results})
    return [RegisterRow(r.id, r.competition_id, r.competition_title, r.reg_number, r.reg_seq, r.received_on, r.is_late,
                        r.applicant_name, r.applicant_kind.value, r.village or r.applicant_village or "", r.title,
                        r.requested_tyiyn, cofin.get(r.id, 0), r.status.value, r.status_reason or "",
                        tuple(n for _i, n in partners.get(r.id, [])), lot_titles.get((r.competition_id, r.lot_id), ""))
            for r in results]


def _register_order(competition_id=None, **_filters):
    A = M.Application
    C = M.Competition
    # the newest competition first, each in register order; the competitions' index gives
    # that order and each competition's (competition_id, reg_seq) index the rest
    return [(A.reg_seq, False)] if competition_id else [(C.year, True), (C.title, False), (C.id, False),
                                                        (A.reg_seq, False)]


@dataclass(frozen=True)
class RegisterTotals:
    shown: int                    # rows with the filters and search
    requested_tyiyn: int          # their requested amounts, withdrawn ones not counted


def register_totals(db, search: str = "", codes: dict | None = None, **filters) -> RegisterTotals:
    """The register's count and requested sum with its filters: one aggregate query."""
    A = M.Application
    reg = listing("register")
    with db.reader() as s:
        q = reg._where(s, _register_query(s, **filters), search, codes).subquery()
        row = s.execute(select(func.count(), func.coalesce(func.sum(
            case((q.c.status != E.ApplicationStatus.WITHDRAWN.value, q.c.requested_tyiyn), else_=0)), 0))).one()
    del A
    return RegisterTotals(row[0], int(row[1]))


_LISTINGS: dict[str, Listing] = {}


def listing(name: str) -> Listing:
    """The lazy list of that name: competitions, applications, members,
    meetings, projects, events, program."""
    if not _LISTINGS:
        _LISTINGS.update(_listings())
    return _LISTINGS[name]


@dataclass(frozen=True)
class EventSpan:
    first: date | None            # the earliest and latest dated live event
    last: date | None
    places: tuple[str, ...]       # the villages events were held in, sorted


def event_span(db) -> EventSpan:
    """For the events area's totals: its dates and villages, read in SQL
    (min, max, distinct) instead of from every row."""
    EV = M.Event
    live = _event_query()        # the events list's rows: its own and its owner's removal counted
    with db.reader() as s:
        # each an index walk (ix_event_list, ix_event_place_id) to the first live row, not a scan of
        # every event: a district's two million took seconds with min/max/distinct over the join
        def first(column, after=None, descending=False):
            q = live.with_only_columns(column).where(column.is_not(None))
            if after is not None:
                q = q.where(column > after)
            return s.scalar(q.order_by(column.desc() if descending else column).limit(1))

        places, place = [], first(EV.place, "")
        while place is not None:
            places.append(place)
            place = first(EV.place, place)
        return EventSpan(first(EV.held_on), first(EV.held_on, descending=True), tuple(sorted(places)))
