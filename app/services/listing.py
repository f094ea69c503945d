"""Short id listings for the command line (`demilge competitions` ...)."""
from __future__ import annotations

from sqlalchemy import select

from app.store import models as M


def id_listing(db, kind: str) -> list[tuple[str, str]]:
    """(id, one-line description) for competitions, meetings, projects or programs
    (and the registers: resolutions, hearings, needs)."""
    from app.services import register_listing

    if kind in register_listing.KINDS:
        return register_listing.register_listing(db, kind)
    with db.reader() as s:
        if kind == "competitions":
            rows = s.execute(
                select(M.Competition.id, M.Competition.kind, M.Competition.year, M.Competition.title,
                       M.Competition.status)
                .where(M.Competition.deleted_at.is_(None))
                .order_by(M.Competition.year, M.Competition.title)
            ).all()
            return [(r.id, f"{r.kind.value.upper()} {r.year}\t{r.status.value}\t{r.title}") for r in rows]
        if kind == "meetings":
            rows = s.execute(
                select(M.Meeting.id, M.Meeting.number, M.Meeting.held_on, M.Meeting.status, M.Competition.title)
                .join(M.Commission, M.Commission.id == M.Meeting.commission_id)
                .join(M.Competition, M.Competition.id == M.Commission.competition_id)
                .where(M.Meeting.deleted_at.is_(None))
                .order_by(M.Meeting.held_on, M.Meeting.number)
            ).all()
            return [(r.id, f"№{r.number}\t{r.held_on.isoformat()}\t{r.status.value}\t{r.title}") for r in rows]
        if kind == "projects":
            rows = s.execute(
                select(M.Project.id, M.Project.title, M.Project.executor, M.Project.status)
                .where(M.Project.deleted_at.is_(None))
                .order_by(M.Project.title)
            ).all()
            return [(r.id, f"{r.status.value}\t{r.title}\t{r.executor or ''}") for r in rows]
        if kind == "programs":
            rows = s.execute(
                select(M.DevelopmentProgram.id, M.DevelopmentProgram.title, M.DevelopmentProgram.start_year,
                       M.DevelopmentProgram.end_year)
                .where(M.DevelopmentProgram.deleted_at.is_(None))
                .order_by(M.DevelopmentProgram.start_year)
            ).all()
            return [(r.id, f"{r.start_year}–{r.end_year}\t{r.title}") for r in rows]
    raise ValueError(kind)
