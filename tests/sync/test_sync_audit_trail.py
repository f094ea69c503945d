"""Sync import leaves an audit trail from which every row can be replayed,
so `demilge check` passes at every office after an exchange, sealed
protocols included, and still finds a direct edit there.

Fault caught (introduced once, the test failed): the seal applied without
field entries in the audit trail (the sealed rows could not be replayed)."""
from __future__ import annotations

from app.domain import enums as E
from app.services import demo, sync
from app.services.listing import id_listing
from app.services.maintenance import check_database
from app.store import models as M
from tests.tamper import edit_directly


def test_sync_of_a_sealed_protocol_leaves_a_replayable_trail(offices, tmp_path):
    a, b = offices("Баткен", "Район")
    demo.build_demo(a.db)
    pkg = a.package_to(b)
    sync.import_package(b.db, pkg)
    meeting = next(r[0] for r in id_listing(b.db, "meetings") if "2021" in r[1])
    with b.db.reader() as s:
        assert s.get(M.Meeting, meeting).status == E.MeetingStatus.CLOSED
    for office in (a, b):
        result = check_database(office.path)
        assert result.ok, (office.name, result.messages("en")[:5])
    # and a direct edit at the receiving office is found there
    edit_directly(b.path, "UPDATE applicant SET name = 'Башка' WHERE name LIKE 'Кожонова%'")
    assert not check_database(b.path).ok


