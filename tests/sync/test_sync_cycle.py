"""The project cycle travels between offices: tranches, payments, reports,
visits, the accepted act, surveys, the competition's own events (no project)
and media, and a project's attached files with their bytes."""
from __future__ import annotations

from datetime import date

import pytest

from app.domain.participants import builtin_category_id as cat
from app.services import browse
from app.services import competition_prep as CP
from app.services import demo
from app.services import project_cycle as PC
from app.services import projects as PS
from app.services import sync

from tests.conftest import both_backends

pytestmark = both_backends  # villages on files, the district on PostgreSQL too


def _atam(db):
    return next(p for p in browse.list_projects(db) if p.title == "Атам, апам жана мен").id


def _with_cycle(office, tmp_path):
    demo.build_demo(office.db)
    pid = _atam(office.db)
    comp = next(c for c in browse.list_competitions(office.db) if c.year == 2021).id
    PC.add_visit(office.db, pid, PC.VisitInput(date(2021, 12, 4), "Маматов Улан", "Мелдеш", "Жакшы"))
    CP.add_competition_event(office.db, comp, PS.EventInput(date(2021, 9, 20), "Кара-Дөбө", "candidates_call",
                                                            "Комиссияга талапкерлерди чакыруу"),
                             {cat("men"): 3, cat("women"): 5})
    CP.add_competition_media(office.db, comp, "«Кызыл Туу»", "district", "16.09.2021")
    photo = tmp_path / "visit-photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff the visit's photo")
    aid = PC.add_attachment(office.db, pid, photo, "photo", "Мелдеш")
    return pid, comp, aid, photo.read_bytes()


def test_the_cycle_rows_travel(offices, tmp_path):
    a, b = offices("village", "district")
    pid, comp, aid, blob = _with_cycle(a, tmp_path)
    res = sync.import_package(b.db, a.package_to(b))
    assert res.conflicts == 0
    assert a.dump() == b.dump()
    assert PC.attachment_file(b.db, aid).read_bytes() == blob  # the attached file came with its bytes
    cycle = PC.get_cycle(b.db, pid)
    assert cycle.act.accepted and cycle.paid == cycle.award and len(cycle.visits) == 2
    assert [r.filename for r in PC.list_attachments(b.db, pid)] == ["visit-photo.jpg"]
    assert PC.get_results(b.db, pid).reached == 94
    own = CP.list_competition_events(b.db, comp)
    assert [(e.kind, e.people) for e in own] == [("announcement", 0), ("candidates_call", 8), ("info_meeting", 33)]
    assert [m.outlet for m in CP.list_competition_media(b.db, comp)][-1] == "«Кызыл Туу»"
    # and back: the district accepts nothing new, the village sees the district's visit
    PC.add_visit(b.db, pid, PC.VisitInput(date(2022, 1, 5), "Райондун адиси", "Отчет", "Туура"))
    sync.import_package(a.db, b.package_to(a))
    assert len(PC.get_cycle(a.db, pid).visits) == 3 and a.dump() == b.dump()
