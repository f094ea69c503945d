"""Benchmark: the council summary on a district-size database
(50 municipalities x 10 years of competitions, projects and events).

    python bench/council_summary.py [MUNICIPALITIES] [YEARS]

Prints the time and peak memory of building the PDF and the XLSX, against a
plain baseline in the same process: reading every row of the same tables
with sqlite3.
"""
from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain import enums as E  # noqa: E402
from app.domain.money import som  # noqa: E402
from app.domain.participants import builtin_category_id as cat  # noqa: E402
from app.services import reporting  # noqa: E402
from app.store import models as M  # noqa: E402
from app.store.db import open_database  # noqa: E402


def generate(db, municipalities: int, years: int) -> None:
    rng = random.Random(2026)
    with db.session() as s:
        s.info["no_audit"] = True
        for m in range(municipalities):
            mun = M.Municipality(name=f"Айыл аймагы {m + 1}", kind=E.MunicipalityKind.AYIL_AIMAK)
            s.add(mun)
            s.flush()
            for y in range(2016, 2016 + years):
                comp = M.Competition(municipality_id=mun.id, kind=E.CompetitionKind.JD, year=y, title=f"ЖД {y}",
                                     total_allocation_tyiyn=som(23000), max_grant_tyiyn=som(12000),
                                     announced_on=date(y, 3, 1), deadline_on=date(y, 4, 1),
                                     decision_on=date(y, 4, 20), status=E.CompetitionStatus.COMPLETED)
                s.add(comp)
                s.flush()
                for a in range(3):
                    who = M.Applicant(kind=E.ApplicantKind.PERSON, name=f"Демилгечи {m}-{y}-{a}")
                    s.add(who)
                    s.flush()
                    app = M.Application(competition_id=comp.id, applicant_id=who.id, reg_seq=a + 1,
                                        reg_number=f"ЖД-{y}/{a + 1:03d}", received_on=date(y, 3, 20),
                                        title=f"Демилге {a}", requested_tyiyn=som(11000),
                                        status=E.ApplicationStatus.WINNER if a < 2 else E.ApplicationStatus.RESERVE)
                    s.add(app)
                    s.flush()
                    if a < 2:
                        p = M.Project(competition_id=comp.id, application_id=app.id, title=app.title,
                                      awarded_tyiyn=som(11000), start_on=date(y, 5, 1), end_on=date(y, 8, 1))
                        s.add(p)
                        s.flush()
                        for src, amount in ((E.FundingSource.LOCAL_BUDGET, 11000), (E.FundingSource.DONOR, 25000)):
                            s.add(M.BudgetLine(project_id=p.id, category="x", source=src, planned_tyiyn=som(amount),
                                               actual_tyiyn=som(amount)))
                        for e in range(5):
                            ev = M.Event(project_id=p.id, held_on=date(y, 6, 1 + e), place=f"Айыл {e}",
                                         kind=E.EventKind.SPORT, title=f"Иш-чара {e}")
                            s.add(ev)
                            s.flush()
                            children = rng.randint(20, 80)
                            s.add(M.EventParticipants(event_id=ev.id, category_id=cat("children"), count=children))
                            s.add(M.EventParticipants(event_id=ev.id, category_id=cat("girls"),
                                                      count=rng.randint(0, children)))
            s.flush()


def measure(fn):
    tracemalloc.start()
    t0 = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak


def main(municipalities: int, years: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="demilge-bench-"))
    db = open_database(tmp / "district.sqlite3", lock=False)
    t0 = time.perf_counter()
    generate(db, municipalities, years)
    print(f"generated {municipalities} municipalities x {years} years in {time.perf_counter() - t0:.1f} s")
    params = reporting.ReportParams(lang="ru", date_from=date(2016, 1, 1), date_to=date(2016 + years - 1, 12, 31))

    def baseline():
        conn = sqlite3.connect(db.path)
        for table in ("competition", "application", "project", "budget_line", "event", "event_participants"):
            conn.execute(f"SELECT * FROM {table}").fetchall()
        conn.close()

    base_t, base_m = measure(baseline)
    print(f"baseline (read the same tables with sqlite3): {base_t:.3f} s, peak {base_m / 1e6:.1f} MB")
    for fmt in ("pdf", "xlsx"):
        out = tmp / f"summary.{fmt}"
        t, m = measure(lambda: reporting.build_report(db, "council-summary", params, fmt, out))
        print(f"council summary {fmt}: {t:.2f} s ({t / base_t:.0f}x baseline), peak {m / 1e6:.1f} MB "
              f"({m / max(base_m, 1):.1f}x), file {out.stat().st_size / 1e6:.1f} MB")
    db.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50, int(sys.argv[2]) if len(sys.argv) > 2 else 10)
