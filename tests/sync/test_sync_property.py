"""Property: offices that edit offline and exchange packages in any way end
identical, and no closed protocol ever changes.

3 to 6 offices with skewed clocks make random edits, deletes and protocol
closings; packages are duplicated, reordered, dropped and replayed, some go
through a district; after everyone has exchanged everything, the canonical
dumps are equal.
"""
from __future__ import annotations

import random
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st
from sqlalchemy import text

from app.domain import enums as E
from app.domain.money import som
from app.services import sync
from app.store import models as M
from app.store.base import utcnow
from app.store.changelog import protocol_snapshot
from app.store.db import open_database
from tests.sync.conftest import Office

# property runs and every-order runs: over pyproject's 60 s per test when the machine is busy
pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("tpl") / "template.sqlite3"
    open_database(path, lock=False).close()
    return path


class SimOffice(Office):
    def __init__(self, root, name, template, skew_ms, clock):
        self.root = root / name
        self.root.mkdir(parents=True, exist_ok=True)
        self.path = self.root / "office.sqlite3"
        shutil.copy(template, self.path)
        self.db = open_database(self.path, lock=False)
        self.skew = skew_ms
        self.world = clock
        self.db.info["clock"] = self.now
        sync.init_site(self.db, name)  # a copied file becomes a new office
        self.key = sync.export_key(self.db, self.root / "key.json")
        self.name = name
        self.site_id = sync.site_info(self.db).site_id
        self.n = 0

    def now(self) -> int:
        return self.world[0] + self.skew


def _rows(office, model):
    with office.db.reader() as s:
        return sorted(x.id for x in s.query(model).filter(model.deleted_at.is_(None)))


def _meeting_open(office, mid) -> bool:
    with office.db.reader() as s:
        m = s.get(M.Meeting, mid)
        return m is not None and m.status == E.MeetingStatus.OPEN


def run_world(data, n_offices: int, template, tmp_path):
    world = [1_800_000_000_000]
    rng = random.Random(data.draw(st.integers(0, 2**32 - 1), label="seed"))
    offices = []
    for i in range(n_offices):
        skew = data.draw(st.sampled_from([0, 0, 0, 5, -5, 60_000, -3_600_000, 90_000_000]), label=f"skew{i}")
        offices.append(SimOffice(tmp_path, f"o{i}", template, skew, world))
    for a in offices:
        for b in offices:
            if a is not b:
                sync.trust(a.db, b.key)
    district = offices[0]
    owned_meetings: dict[str, SimOffice] = {}
    sealed: dict[str, dict] = {}
    in_flight: list[tuple[SimOffice, object]] = []

    def deliver(target, pkg):
        copy = target.root / f"in-{rng.randrange(10**9)}.demilge"
        shutil.copy(pkg, copy)
        sync.import_package(target.db, copy, now_ms=target.now())

    def sync_all():
        # a day when every office exchanged with every other: their clocks
        # meet, so the next edits carry equal wall times (ties to break)
        for a in offices:
            for b in offices:
                if a is not b:
                    deliver(b, a.package_to(b))

    def race(first, second):
        """Two offices edit the same field at the same moment, offline."""
        ids = _rows(first, M.Municipality)
        if not ids or first is second:
            return
        mid = rng.choice(ids)
        for who in (first, second):
            with who.db.session() as s:
                row = s.get(M.Municipality, mid)
                if row is not None:
                    row.population = rng.randrange(10_000)

    steps = data.draw(st.integers(5, 25), label="steps")
    for _ in range(steps):
        world[0] += data.draw(st.sampled_from([0, 0, 1, 7, 1000]), label="tick")
        o = offices[data.draw(st.integers(0, n_offices - 1), label="office")]
        op = data.draw(st.sampled_from(["new", "edit", "edit", "edit", "delete", "meeting", "attend", "close",
                                        "send", "send", "send", "deliver", "sync_all", "race"]), label="op")
        if op == "new":
            with o.db.session() as s:
                s.add(M.Municipality(name=f"M{rng.randrange(1000)}", kind=E.MunicipalityKind.AYIL_AIMAK,
                                     population=rng.randrange(10_000)))
        elif op in ("edit", "delete"):
            ids = _rows(o, M.Municipality)
            if ids:
                mid = rng.choice(ids)
                with o.db.session() as s:
                    m = s.get(M.Municipality, mid)
                    if op == "delete":
                        m.deleted_at = utcnow()
                    elif rng.random() < 0.5:
                        m.population = rng.randrange(10_000)
                    else:
                        m.name = f"N{rng.randrange(1000)}"
        elif op == "meeting":
            with o.db.session() as s:
                mun = M.Municipality(name="Баткен", kind=E.MunicipalityKind.CITY)
                s.add(mun)
                s.flush()
                comp = M.Competition(municipality_id=mun.id, kind=E.CompetitionKind.MSZ, year=2018, title="МСЗ",
                                     total_allocation_tyiyn=som(50000), max_grant_tyiyn=som(50000))
                s.add(comp)
                s.flush()
                com = M.Commission(competition_id=comp.id, name="Комиссия")
                s.add(com)
                s.flush()
                member = M.CommissionMember(commission_id=com.id, full_name="Мүчө", role=E.MemberRole.CHAIR,
                                            category=E.MemberCategory.COMMUNITY)
                s.add(member)
                s.flush()
                meet = M.Meeting(commission_id=com.id, number=1, held_on=date(2018, 6, 20), place="Мэрия")
                s.add(meet)
                s.flush()
                s.add(M.Attendance(meeting_id=meet.id, member_id=member.id, present=True))
                owned_meetings[meet.id] = o
        elif op == "attend":
            # any office may edit a protocol while it is open where it stands
            with o.db.reader() as s:
                rows = [(a.id, a.meeting_id) for a in s.query(M.Attendance)]
            rows = [r for r in rows if _meeting_open(o, r[1])]
            if rows:
                aid, mid = rng.choice(rows)
                with o.db.session() as s:
                    a = s.get(M.Attendance, aid)
                    a.present = not a.present
                    s.get(M.Meeting, mid).place = f"Зал {rng.randrange(10)}"
        elif op == "close":
            mine = [m for m, owner in owned_meetings.items() if owner is o and _meeting_open(o, m)]
            if mine:
                mid = rng.choice(mine)
                with o.db.session() as s:
                    meet = s.get(M.Meeting, mid)
                    meet.status = E.MeetingStatus.CLOSED
                    meet.closed_at = utcnow()
                    meet.content_hash = "x" * 64
                with o.db.reader() as s:
                    sealed[mid] = protocol_snapshot(s, mid)
        elif op == "send":
            target = offices[data.draw(st.integers(0, n_offices - 1), label="to")]
            if target is o:
                continue
            pkg = o.package_to(target if rng.random() < 0.5 else None)
            fate = data.draw(st.sampled_from(["now", "later", "dup", "drop", "via"]), label="fate")
            if fate == "now":
                deliver(target, pkg)
            elif fate == "later":
                in_flight.append((target, pkg))
            elif fate == "dup":
                deliver(target, pkg)
                in_flight.append((target, pkg))
            elif fate == "via" and o is not district and target is not district:
                deliver(district, o.package_to(None))
                in_flight.append((target, district.package_to(target)))
        elif op in ("sync_all", "race"):
            sync_all()
            if op == "race":
                race(o, offices[data.draw(st.integers(0, n_offices - 1), label="rival")])
        elif op == "deliver" and in_flight:
            idx = data.draw(st.integers(0, len(in_flight) - 1), label="which")
            target, pkg = in_flight.pop(idx)
            deliver(target, pkg)

    # replay whatever is still travelling, in a random order, then full exchange
    rng.shuffle(in_flight)
    for target, pkg in in_flight:
        deliver(target, pkg)
    sync_all()
    with offices[0].db.session() as s:
        s.add(M.Municipality(name="Акыркы", kind=E.MunicipalityKind.CITY, population=1))
    sync_all()
    race(offices[data.draw(st.integers(0, n_offices - 1), label="racer")], offices[-1] if n_offices else None)
    sync_all()
    sync_all()
    return offices, sealed


@settings(max_examples=10, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), n=st.integers(3, 6))
def test_offices_converge_and_closed_protocols_never_change(data, n, template, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("world")
    offices, sealed = run_world(data, n, template, tmp)
    try:
        dumps = [o.dump() for o in offices]
        assert all(d == dumps[0] for d in dumps[1:]), "offices did not converge"
        for mid, snap in sealed.items():
            for o in offices:
                with o.db.reader() as s:
                    assert protocol_snapshot(s, mid) == snap, "a closed protocol changed"
        for o in offices:
            with o.db.reader() as s:
                waiting = s.execute(text("SELECT count(*) FROM change_entry WHERE state = 'waiting'")).scalar()
            assert waiting == 0
    finally:
        for o in offices:
            o.close()
