"""The import applies new rows in batches: the number of SQL statements it
runs does not grow with the number of rows (IN queries per table,
executemany per table, one pass over the clocks and the audit trail), and the
result is the same as the rows the sending office has, audit trail included."""
from __future__ import annotations

from datetime import date

from sqlalchemy import event

from app.domain import enums as E
from app.domain.participants import builtin_category_id as cat
from app.services import sync
from app.store import models as M
from app.store.audit import verify_chain


def _events(office, n: int) -> None:
    with office.db.session() as s:
        mun = M.Municipality(name=f"Айыл {n}", kind=E.MunicipalityKind.AYIL_AIMAK)
        s.add(mun)
        s.flush()
        comp = M.Competition(municipality_id=mun.id, kind=E.CompetitionKind.JD, year=2024, title=f"Сынак {n}",
                             total_allocation_tyiyn=100_000_00, max_grant_tyiyn=20_000_00,
                             status=E.CompetitionStatus.COMPLETED)
        s.add(comp)
        s.flush()
        project = M.Project(competition_id=comp.id, title=f"Долбоор {n}", awarded_tyiyn=20_000_00)
        s.add(project)
        s.flush()
        for i in range(n):
            ev = M.Event(project_id=project.id, held_on=date(2024, 5, 1), place="Ак-Суу", kind=E.EventKind.OTHER,
                         title=f"Жолугушуу {i}")
            s.add(ev)
            s.flush()
            s.add(M.EventParticipants(event_id=ev.id, category_id=cat("women"), count=10 + i))


def _statements_to_import(office, package) -> int:
    count = [0]

    def counter(*_args):
        count[0] += 1

    event.listen(office.db.engine, "before_cursor_execute", counter)
    try:
        sync.import_package(office.db, package)
    finally:
        event.remove(office.db.engine, "before_cursor_execute", counter)
    return count[0]


def test_import_statements_do_not_grow_with_the_rows(offices):
    small_from, big_from, small_to, big_to = offices("a", "b", "c", "d")
    _events(small_from, 20)
    _events(big_from, 200)
    small = _statements_to_import(small_to, small_from.package_to(small_to))
    big = _statements_to_import(big_to, big_from.package_to(big_to))
    assert big - small < 40, (small, big)          # 360 more rows, not 360 more statements
    for sender, receiver in ((small_from, small_to), (big_from, big_to)):
        with receiver.db.reader() as s:
            assert s.query(M.Event).count() == s.query(M.EventParticipants).count() == \
                (20 if sender is small_from else 200)
            assert s.execute(__import__("sqlalchemy").text("SELECT count(*) FROM audit_entry WHERE table_name = 'event'")).scalar() >= 1
        raw = receiver.db.engine.raw_connection()
        try:
            assert verify_chain(raw.cursor()).ok
        finally:
            raw.close()
    again = _statements_to_import(big_to, big_from.package_to(big_to))
    assert again < big
