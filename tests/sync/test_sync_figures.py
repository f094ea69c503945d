"""The new columns and the recipients table are on Synced models, so the
change log, sync packages and the audit trail carry them with nothing added:
a subsidy without a competition, its recipients, lines with quantity, unit
price and channel, an event's stated total and an award's reason travel to
another office and are in the audit trail."""
from __future__ import annotations

import json

from sqlalchemy import select

from app.domain.money import som
from app.services import demo, sync
from app.services import projects as PS
from app.store import models as M
from app.store.admin_models import AuditEntry


def test_new_figures_travel_and_are_audited(offices):
    a, b = offices("village", "district")
    summary = demo.build_demo(a.db)
    pid = summary.projects["subsidy"]
    atam = summary.projects["atam_apam"]
    d = PS.get_project(a.db, atam)
    PS.update_project(a.db, atam, PS.ProjectInput(d.title, d.goal, d.agreement_number, d.agreement_date, d.customer,
                                                  d.executor, "13 000", d.start_on, d.end_on, d.results,
                                                  "Кеңештин токтому № 7"))
    res = sync.import_package(b.db, a.package_to(b))
    assert res.conflicts == 0
    assert a.dump() == b.dump()
    there = PS.get_project(b.db, pid)
    assert there.competition_id is None and there.direct_kind == "subsidy"
    assert [r.amount for r in there.recipients] == [som(12000), som(10000), som(8000)]
    assert [(c.kind, c.stated) for c in there.figure_checks()] == [("event", "150"),
                                                                   ("budget_line", "6\u00a0000,00")]
    assert {ln.paid_through for ln in there.budget.lines} == {"through_local_budget"}
    assert PS.get_project(b.db, atam).award_excess_reason == "Кеңештин токтому № 7"

    # a change on the district's side comes back to the village
    PS.set_recipients(b.db, pid, [PS.RecipientInput("Бир алуучу", "30 000")])
    sync.import_package(a.db, b.package_to(a))
    assert [r.name for r in PS.get_project(a.db, pid).recipients] == ["Бир алуучу"]
    assert a.dump() == b.dump()

    with a.db.reader() as s:
        fields = {(e.table_name, e.field) for e in s.scalars(select(AuditEntry))}
        reason = s.scalars(select(AuditEntry).where(AuditEntry.field == "award_excess_reason",
                                                    AuditEntry.row_id == atam)).all()
    for table, field in [("event", "stated_total"), ("budget_line", "quantity"), ("budget_line", "unit_price_tyiyn"),
                         ("budget_line", "channel"), ("project", "direct_kind"), ("project", "legal_basis"),
                         ("grant_recipient", "amount_tyiyn"), ("grant_recipient", "name")]:
        assert (table, field) in fields, (table, field)
    assert json.loads(reason[-1].new_value) == "Кеңештин токтому № 7"
