"""The read-only lists of the main window and the municipality service."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from app import i18n
from app.services import browse
from app.services.errors import ServiceError, ValidationError
from app.store import models as M
from app.store.db import Actor
from tests.sample_data import build_sample

LISTS = (
    browse.list_competitions,
    browse.list_applications,
    browse.list_commission_members,
    browse.list_meetings,
    browse.list_projects,
    browse.list_events,
    browse.list_program_items,
)


@pytest.fixture
def sample(db):
    return build_sample(db)


def _plain(value) -> bool:
    return value is None or isinstance(value, (str, int, bool, date))


@pytest.mark.parametrize("list_fn", LISTS, ids=lambda f: f.__name__)
def test_every_list_returns_frozen_rows_of_plain_values(db, sample, list_fn):
    rows = list_fn(db)
    assert rows
    for row in rows:
        assert dataclasses.is_dataclass(row)
        with pytest.raises(dataclasses.FrozenInstanceError):
            row.id = "x"
        assert all(_plain(getattr(row, f.name)) for f in dataclasses.fields(row)), row


@pytest.mark.parametrize("list_fn", LISTS, ids=lambda f: f.__name__)
def test_empty_database_gives_empty_lists(db, list_fn):
    assert list_fn(db) == []
    assert list_fn(db, "анар") == []


def test_competitions(db, sample):
    rows = browse.list_competitions(db)
    assert [(r.kind, r.year, r.title, r.status) for r in rows] == [
        ("jd", 2021, "Жергиликтүү демилгелер сынагы 2021", "in_implementation"),
        ("msz", 2018, "Шаардын тазалыгы", "announced"),
    ]
    jd = rows[0]
    assert (jd.allocation_tyiyn, jd.max_grant_tyiyn) == (2_300_000, 1_200_000)
    assert (jd.announced_on, jd.deadline_on) == (date(2021, 9, 1), date(2021, 9, 30))


def test_applications(db, sample):
    rows = browse.list_applications(db)
    assert [(r.reg_number, r.applicant_name, r.village, r.title, r.requested_tyiyn, r.status) for r in rows] == [
        ("ЖД-2021-001", "Кожонова Анаргүл Абдиллаевна", "Орозбеков", "Атам, апам жана мен", 3_700_000, "winner"),
        ("ЖД-2021-002", "Кулназарова Райма Эркиновна", "Үч-Коргон", "Жомокко саякат", 3_600_000, "winner"),
    ]
    assert {r.competition_title for r in rows} == {"Жергиликтүү демилгелер сынагы 2021"}


def test_commission_members_and_meetings(db, sample):
    members = browse.list_commission_members(db)
    assert [(m.full_name, m.role, m.category) for m in members] == [
        ("Асанов Бакыт", "chair", "lsg_specialist"),
        ("Токтогулова Гүлнара", "secretary", "council_deputy"),
        ("Мамытов Нурлан", "member", "community"),
    ]
    assert members[0].position == "Айыл өкмөтүнүн адиси" and members[2].position == ""
    meetings = browse.list_meetings(db)
    assert [(m.number, m.held_on, m.status, m.short_hash) for m in meetings] == [
        (1, date(2021, 10, 5), "closed", "ab12cd34ef56"),
        (2, date(2021, 10, 20), "open", ""),
    ]


def test_projects(db, sample):
    rows = browse.list_projects(db)
    assert [(r.title, r.executor, r.awarded_tyiyn, r.start_on, r.end_on, r.status) for r in rows] == [
        ("Атам, апам жана мен", "Кожонова Анаргүл Абдиллаевна", 3_700_000, date(2021, 11, 1), date(2021, 12, 31),
         "running"),
        ("Жомокко саякат", "Кулназарова Райма Эркиновна", 3_600_000, date(2021, 12, 1), date(2022, 1, 15),
         "completed"),
    ]


def test_events_count_people_once(db, sample):
    rows = browse.list_events(db)
    assert [(r.project_title, r.kind, r.title, r.participants) for r in rows] == [
        # 28 fathers + 54 mothers + 8 boys + 4 girls
        ("Атам, апам жана мен", "sport", "Аталар менен баскетбол", 94),
        # 290 children; girls, children with disabilities and migrants' children are inside the 290
        ("Жомокко саякат", "performance", "Чоң ата балыкты кантип кармады?", 290),
    ]


def test_program_items(db, sample):
    rows = browse.list_program_items(db)
    assert [(r.priority_number, r.indicator_name, r.unit, r.value_type, r.baseline, r.final_target)
            for r in rows] == [
        (1, "Социалдык заказды каржылоо", "сом", "number", "400000", "1000000"),
        (3, "Парктарды автоматтык сугаруу", "м²", "number", "0", "84615.9"),
        (3, "Жашылдандыруу", "", "ratio", "0", "3"),
    ]
    assert {r.program_title for r in rows} == {"Кара-Балта шаарын өнүктүрүү программасы"}


@pytest.mark.parametrize("list_fn,search,expected", [
    (browse.list_competitions, "ТАЗАЛЫГЫ", ["Шаардын тазалыгы"]),
    (browse.list_competitions, "2021", ["Жергиликтүү демилгелер сынагы 2021"]),
    (browse.list_applications, "үч-коргон", ["Жомокко саякат"]),
    (browse.list_applications, "анаргүл АТАМ", ["Атам, апам жана мен"]),
    (browse.list_applications, "ЖД-2021-002", ["Жомокко саякат"]),
    (browse.list_applications, "анаргүл жомокко", []),
    (browse.list_commission_members, "гүлнара", ["Токтогулова Гүлнара"]),
    (browse.list_meetings, "ab12", [1]),
    (browse.list_projects, "райма", ["Жомокко саякат"]),
    (browse.list_events, "  БАСКЕТБОЛ ", ["Аталар менен баскетбол"]),
    (browse.list_program_items, "м²", ["Парктарды автоматтык сугаруу"]),
    (browse.list_program_items, "жок-мындай-сөз", []),
])
def test_search_keeps_rows_with_every_word(db, sample, list_fn, search, expected):
    rows = list_fn(db, search)
    keys = [getattr(r, "title", None) or getattr(r, "full_name", None) or getattr(r, "indicator_name", None)
            or getattr(r, "number") for r in rows]
    assert keys == expected


def test_search_does_not_match_stored_codes(db, sample):
    assert browse.list_competitions(db, "announced") == []
    assert browse.list_applications(db, "winner") == []


def test_tombstoned_rows_and_their_children_are_hidden(db, sample):
    assert "Өчүрүлгөн сынак" not in {r.title for r in browse.list_competitions(db)}
    titles = {r.title for r in browse.list_applications(db)}
    assert "Тартылып алынган өтүнмө" not in titles            # tombstoned itself
    assert "Өчүрүлгөн сынактын өтүнмөсү" not in titles       # its competition is tombstoned
    assert "Чыгарылган Мүчө" not in {r.full_name for r in browse.list_commission_members(db)}
    assert "Өчүрүлгөн иш-чара" not in {r.title for r in browse.list_events(db)}
    assert "Өчүрүлгөн индикатор" not in {r.indicator_name for r in browse.list_program_items(db)}


def test_tombstoning_a_project_hides_it_and_its_events(db, sample):
    with db.session() as s:
        project = s.get(M.Project, sample["project"])
        project.deleted_at = project.updated_at
    assert sample["project"] not in {r.id for r in browse.list_projects(db)}
    assert sample["event"] not in {r.id for r in browse.list_events(db)}


def test_tombstoned_participant_counts_are_not_counted(db, sample):
    with db.session() as s:
        row = s.scalars(select(M.EventParticipants).where(M.EventParticipants.event_id == sample["event"])).first()
        row.deleted_at = row.updated_at
        removed = row.count
    event = next(r for r in browse.list_events(db) if r.id == sample["event"])
    assert event.participants == 94 - removed


def test_municipality_summary(db, sample):
    summary = browse.municipality_summary(db)
    assert summary.name == "А. Орозбеков айыл аймагы"
    assert (summary.kind, summary.district, summary.region) == ("ayil_aimak", "Кадамжай району", "Баткен облусу")
    assert (summary.competitions, summary.applications, summary.projects, summary.programs) == (2, 2, 2, 1)


def test_no_municipality_yet(db):
    assert browse.municipality_summary(db) is None


def test_create_municipality(db):
    mid = browse.create_municipality(db, "  Баткен шаары ", "city", "Баткен району", "Баткен облусу")
    summary = browse.municipality_summary(db)
    assert summary.id == mid
    assert (summary.name, summary.kind, summary.district, summary.region) == (
        "Баткен шаары", "city", "Баткен району", "Баткен облусу")
    assert summary.competitions == 0
    with db.reader() as s:
        row = s.get(M.Municipality, mid)
        assert row.site_id is not None          # stamped with this office, like every synced row


def test_create_municipality_optional_fields_may_be_empty(db):
    browse.create_municipality(db, "Ак-Суу айыл аймагы", "ayil_aimak", "", None)
    summary = browse.municipality_summary(db)
    assert (summary.district, summary.region) == ("", "")


def _snapshot(db):
    with db.reader() as s:
        return sorted((m.id, m.name, m.kind.value) for m in s.scalars(select(M.Municipality)))


@pytest.mark.parametrize("name,kind,district,region,field", [
    ("", "city", None, None, "name"),
    ("   ", "city", None, None, "name"),
    ("А" * 201, "city", None, None, "name"),
    ("Баткен\x00", "city", None, None, "name"),
    ("Бат\nкен", "city", None, None, "name"),
    ("Баткен\u200b", "city", None, None, "name"),
    ("Баткен", "village", None, None, "kind"),
    ("Баткен", "", None, None, "kind"),
    ("Баткен", "city", "Д" * 201, None, "district"),
    ("Баткен", "city", None, "Облус\x07", "region"),
])
def test_create_municipality_refuses_bad_input_and_changes_nothing(db, name, kind, district, region, field):
    browse.create_municipality(db, "Кара-Балта шаары", "city")
    before = _snapshot(db)
    with pytest.raises(ValidationError) as err:
        browse.create_municipality(db, name, kind, district, region)
    assert field in err.value.errors
    for lang in i18n.LANGUAGES:                  # a real message in every language, not the key
        assert err.value.errors[field].message(lang) != err.value.errors[field].key
    assert _snapshot(db) == before


def test_create_municipality_reports_every_bad_field(db):
    with pytest.raises(ValidationError) as err:
        browse.create_municipality(db, "", "nowhere", "ok", "bad\x01")
    assert set(err.value.errors) == {"name", "kind", "region"}
    assert _snapshot(db) == []


def test_create_municipality_refuses_a_duplicate_name(db):
    browse.create_municipality(db, "Баткен шаары", "city")
    before = _snapshot(db)
    with pytest.raises(ValidationError) as err:
        browse.create_municipality(db, "БАТКЕН ШААРЫ", "city")
    assert err.value.key == "municipality.exists"
    assert "БАТКЕН ШААРЫ" in err.value.message("ky")
    assert _snapshot(db) == before


def test_create_municipality_needs_the_settings_permission(db):
    db.actor = Actor("viewer", "viewer")
    with pytest.raises(ServiceError) as err:
        browse.create_municipality(db, "Баткен шаары", "city")
    assert err.value.key == "auth.denied"
    assert _snapshot(db) == []
