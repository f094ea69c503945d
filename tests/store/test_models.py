"""Model round-trips and constraints that live in the schema."""
from __future__ import annotations

import hashlib
import uuid
from datetime import date, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, StatementError

from app.domain import enums as E
from app.domain.money import som
from app.store import models as M
from tests.conftest import both_backends

pytestmark = both_backends  # the schema's constraints on SQLite and PostgreSQL


def _dump(db) -> str:
    """A hash of every row of every table: 'nothing changed' means equal."""
    h = hashlib.sha256()
    from sqlalchemy import inspect

    with db.engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())
        for t in tables:
            for row in conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1'):
                h.update(repr((t, tuple(row))).encode())
    return h.hexdigest()


def _municipality(s) -> M.Municipality:
    m = M.Municipality(name="Баткен шаары", kind=E.MunicipalityKind.CITY, population=25024,
                       households=6597, men=12604, women=12420, schoolchildren=5648)
    s.add(m)
    s.flush()
    return m


def _competition(s, m, **kw) -> M.Competition:
    values = dict(municipality_id=m.id, kind=E.CompetitionKind.JD, year=2021, title="ЖД 2021",
                  total_allocation_tyiyn=som(23000), max_grant_tyiyn=som(12000),
                  announced_on=date(2021, 9, 1), deadline_on=date(2021, 9, 30))
    values.update(kw)
    c = M.Competition(**values)
    s.add(c)
    s.flush()
    return c


def test_round_trip_keeps_values_types_and_stamps(db):
    with db.session() as s:
        m = _municipality(s)
        c = _competition(s, m, legal_doc_date=date(2020, 12, 28), legal_doc_number="226",
                         min_score=Decimal("7.5"))
        cid, mid = c.id, m.id
    with db.reader() as s:
        c = s.get(M.Competition, cid)
        assert uuid.UUID(c.id)
        assert c.total_allocation_tyiyn == 2_300_000 and isinstance(c.total_allocation_tyiyn, int)
        assert c.kind is E.CompetitionKind.JD and c.status is E.CompetitionStatus.DRAFT
        assert c.legal_doc_date == date(2020, 12, 28)
        assert c.min_score == Decimal("7.5")
        assert c.created_at.tzinfo == timezone.utc
        local_site = s.scalar(select(M.Site.id).where(M.Site.is_local.is_(True)))
        assert c.site_id == local_site
        m = s.get(M.Municipality, mid)
        assert (m.population, m.households, m.men, m.women, m.schoolchildren) == (25024, 6597, 12604, 12420, 5648)


def test_update_moves_updated_at(db):
    with db.session() as s:
        c = _competition(s, _municipality(s))
        cid, created, updated = c.id, c.created_at, c.updated_at
    with db.session() as s:
        s.get(M.Competition, cid).title = "Жаңы аталыш"
    with db.reader() as s:
        c = s.get(M.Competition, cid)
        assert c.created_at == created and c.updated_at > updated


def test_indicator_decimals_are_exact(db):
    with db.session() as s:
        m = _municipality(s)
        p = M.DevelopmentProgram(municipality_id=m.id, title="П", start_year=2023, end_year=2026)
        s.add(p)
        s.flush()
        i = M.Indicator(program_id=p.id, name="Сугат", baseline_value=Decimal("0"),
                        final_target=Decimal("33485.9"))
        s.add(i)
        s.flush()
        s.add(M.IndicatorTarget(indicator_id=i.id, year=2023, value=Decimal("8371.4")))
        iid = i.id
    with db.reader() as s:
        i = s.get(M.Indicator, iid)
        assert i.final_target == Decimal("33485.9")
        t = s.scalar(select(M.IndicatorTarget.value).where(M.IndicatorTarget.indicator_id == iid))
        assert t == Decimal("8371.4")


BAD_COMPETITIONS = [
    dict(total_allocation_tyiyn=-1),
    dict(max_grant_tyiyn=-100),
    dict(max_grant_tyiyn=som(30000)),  # more than the allocation
    dict(deadline_on=date(2021, 8, 1)),  # before the announcement
    dict(cofinancing_share_pct=101),
    dict(duration_months=-3),
    dict(municipality_id=str(uuid.uuid4())),  # no such municipality
]


@pytest.mark.parametrize("bad", BAD_COMPETITIONS)
def test_competition_constraints_reject_and_write_nothing(db, bad):
    with db.session() as s:
        m = _municipality(s)
        mid = m.id
    before = _dump(db)
    with pytest.raises(IntegrityError):
        with db.session() as s:
            _competition(s, s.get(M.Municipality, mid), **bad)
    assert _dump(db) == before


def test_enum_values_checked_by_the_schema(db):
    with db.session() as s:
        mid = _municipality(s).id
    before = _dump(db)
    with pytest.raises(IntegrityError):
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO competition (id, municipality_id, kind, year, title, total_allocation_tyiyn, "
                "max_grant_tyiyn, cofinancing_share_pct, eligible_applicants, status, decision_method, quorum_rule, "
                "vote_two_thirds, chair_casting_vote, tie_rule, created_at, updated_at) VALUES "
                f"('x', '{mid}', 'lottery', 2021, 't', 0, 0, 0, 'person', 'draft', 'scoring', 'more_than_half', "
                "false, false, 'chair', '2026-01-01', '2026-01-01')"
            )
    assert _dump(db) == before
    with pytest.raises(StatementError):
        with db.session() as s:
            _competition(s, s.get(M.Municipality, mid), kind="lottery")
    assert _dump(db) == before


def _application(s, comp, applicant, seq, **kw):
    values = dict(competition_id=comp.id, applicant_id=applicant.id, reg_seq=seq,
                  reg_number=f"ЖД-2021/{seq:03d}", received_on=date(2021, 9, 10), title="Демилге",
                  requested_tyiyn=som(12000))
    values.update(kw)
    a = M.Application(**values)
    s.add(a)
    s.flush()
    return a


def test_application_numbers_unique_per_competition(db):
    with db.session() as s:
        m = _municipality(s)
        c1, c2 = _competition(s, m), _competition(s, m, title="Экинчи")
        who = M.Applicant(kind=E.ApplicantKind.PERSON, name="Кожонова Анаргүл Абдиллаевна")
        s.add(who)
        s.flush()
        _application(s, c1, who, 1)
        _application(s, c2, who, 1)  # same number, other competition: fine
        ids = c1.id, who.id
    before = _dump(db)
    with pytest.raises(IntegrityError):
        with db.session() as s:
            c1, who = s.get(M.Competition, ids[0]), s.get(M.Applicant, ids[1])
            _application(s, c1, who, 2, reg_number="ЖД-2021/001")
    assert _dump(db) == before


@pytest.mark.parametrize("table,values", [
    ("budget_line", dict(planned_tyiyn=-1)),
    ("budget_line", dict(actual_tyiyn=-5)),
    ("event_participants", dict(count=-1)),
    ("material", dict(quantity=-2)),
    ("expense", dict(amount_tyiyn=0)),
])
def test_negative_amounts_and_counts_rejected(db, table, values):
    with db.session() as s:
        m = _municipality(s)
        c = _competition(s, m)
        p = M.Project(competition_id=c.id, title="Атам, апам жана мен", awarded_tyiyn=som(12000))
        s.add(p)
        s.flush()
        e = M.Event(project_id=p.id, kind=E.EventKind.SPORT, title="Баскетбол")
        s.add(e)
        s.flush()
        pid, eid = p.id, e.id
    before = _dump(db)
    from app.domain.participants import builtin_category_id

    with pytest.raises(IntegrityError):
        with db.session() as s:
            if table == "budget_line":
                s.add(M.BudgetLine(project_id=pid, category="Сыйлыктар", source=E.FundingSource.LOCAL_BUDGET,
                                   **values))
            elif table == "event_participants":
                s.add(M.EventParticipants(event_id=eid, category_id=builtin_category_id("fathers"), **values))
            elif table == "material":
                s.add(M.Material(project_id=pid, kind=E.MaterialKind.BANNER, **values))
            else:
                s.add(M.Expense(project_id=pid, spent_on=date(2021, 10, 1), source=E.FundingSource.DONOR,
                                **values))
    assert _dump(db) == before


def test_one_count_per_event_and_category(db):
    from app.domain.participants import builtin_category_id

    with db.session() as s:
        m = _municipality(s)
        p = M.Project(competition_id=_competition(s, m).id, title="Жомокко саякат")
        s.add(p)
        s.flush()
        e = M.Event(project_id=p.id, kind=E.EventKind.PERFORMANCE, title="Жаңы жыл")
        s.add(e)
        s.flush()
        s.add(M.EventParticipants(event_id=e.id, category_id=builtin_category_id("children"), count=60))
        eid = e.id
    before = _dump(db)
    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(M.EventParticipants(event_id=eid, category_id=builtin_category_id("children"), count=1))
    assert _dump(db) == before


def test_failed_action_rolls_back_everything(db):
    """One user action is one transaction: an error in the middle leaves nothing."""
    before = _dump(db)
    with pytest.raises(IntegrityError):
        with db.session() as s:
            m = _municipality(s)
            _competition(s, m)
            _competition(s, m, max_grant_tyiyn=-1)
    assert _dump(db) == before
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(M.Municipality)) == 0


def test_every_synced_table_has_sync_columns(db):
    for model in M.SYNCED_MODELS:
        cols = set(model.__table__.columns.keys())
        assert {"id", "created_at", "updated_at", "site_id", "deleted_at"} <= cols, model.__tablename__
