"""The registers travel between offices like the rest: a resolution with its
points, a hearing with attendance and proposals, a need, a budget with its
line and reserve decision arrive whole, a removal arrives as a tombstone,
and every change is in the audit trail."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.participants import builtin_category_id as cat
from app.services import browse, hearings as H, local_budgets as LB, needs as N, resolutions as RS, sync
from app.store.admin_models import AuditEntry
from app.store.register_models import REGISTER_MODELS
from tests.services.registers_data import RES_05


def test_registers_sync_with_tombstones_and_audit(offices):
    a, b = offices("village", "district")
    mid = browse.create_municipality(a.db, "Кара-Балта шаары", "city")
    rid = RS.create_resolution(a.db, RES_05)
    pid = RS.add_point(a.db, rid, RS.PointInput("Юстицияга жөнөтүү", due_on="28.02.2023"))
    hid = H.create_hearing(a.db, H.HearingInput(title="Бюджеттин долбоору", held_on="04.12.2022"))
    H.set_attendance(a.db, hid, {cat("men"): 12, cat("women"): 20})
    prop = H.add_proposal(a.db, hid, H.ProposalInput("Жаштар", "Спорт аянтчасы"))
    nid = H.proposal_to_need(a.db, prop)
    bid = LB.create_budget(a.db, LB.BudgetInput(2023, "195 000 000", "2 100 000", "1 800 000", rid))
    LB.add_allocation(a.db, bid, LB.AllocationInput("social_order", "Социалдык заказ", "550 000"))
    LB.add_reserve_decision(a.db, bid, LB.DecisionInput("10.03.2023", "№ 4", "100 000", "Суу түтүгү"))
    sync.import_package(b.db, a.package_to(b))
    assert a.dump() == b.dump()
    assert RS.get_resolution(b.db, rid).points[0].id == pid
    assert H.get_hearing(b.db, hid).participants == 32 and N.get_need(b.db, nid).hearing_id == hid
    assert LB.get_budget(b.db, bid).decided_tyiyn == 100_000_00
    dumped = {line.split('"')[1] for line in a.dump().splitlines()}
    assert {m.__tablename__ for m in REGISTER_MODELS} - {"resolution_link", "allocation_competition"} <= dumped

    # the district marks the point done; the village removes the need: both arrive
    RS.mark_point_done(b.db, pid, "24.02.2023", "Кат № 12", today=date(2026, 12, 2))
    N.remove_need(a.db, nid)
    sync.import_package(a.db, b.package_to(a))
    sync.import_package(b.db, a.package_to(b))
    assert a.dump() == b.dump()
    assert RS.get_resolution(a.db, rid).points[0].status == "done"
    assert N.list_needs(b.db) == []
    with b.db.reader() as s:
        from app.store.register_models import Need

        assert s.get(Need, nid).deleted_at is not None          # a tombstone, not a DELETE
    with a.db.reader() as s:
        tables = set(s.scalars(select(AuditEntry.table_name)))
    assert {"resolution", "resolution_point", "hearing", "hearing_attendance", "hearing_proposal", "need",
            "local_budget", "local_budget_allocation", "reserve_decision"} <= tables
    assert mid
