"""Short id listings for the command line (`demilge competitions` ...)."""
from __future__ import annotations

from sqlalchemy import select

from app.store import models as M
from app.terms import word


def id_listing(db, kind: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(id, one-line description) for competitions, meetings, projects or programs
    (and the registers: resolutions, hearings, needs).
    With `lang`, statuses are words and dates dd.mm.yyyy in that language (the
    GUI's lists); without it, the stored codes (the CLI's machine-readable lines)."""
    from app.services import register_listing

    if kind in register_listing.KINDS:
        return register_listing.register_listing(db, kind, lang=lang)

    def status(group: str, value) -> str:
        return word(group, value, lang) if lang else value.value

    def when(d) -> str:
        return d.strftime("%d.%m.%Y") if lang else d.isoformat()

    with db.reader() as s:
        if kind == "competitions":
            rows = s.execute(
                select(M.Competition.id, M.Competition.kind, M.Competition.year, M.Competition.title,
                       M.Competition.status)
                .where(M.Competition.deleted_at.is_(None))
                .order_by(M.Competition.year, M.Competition.title)
            ).all()
            return [(r.id, f"{word('competition_kind', r.kind, lang) if lang else r.kind.value.upper()} {r.year}\t"
                            f"{status('competition_status', r.status)}\t{r.title}") for r in rows]
        if kind == "meetings":
            rows = s.execute(
                select(M.Meeting.id, M.Meeting.number, M.Meeting.held_on, M.Meeting.status, M.Competition.title)
                .join(M.Commission, M.Commission.id == M.Meeting.commission_id)
                .join(M.Competition, M.Competition.id == M.Commission.competition_id)
                .where(M.Meeting.deleted_at.is_(None))
                .order_by(M.Meeting.held_on, M.Meeting.number)
            ).all()
            return [(r.id, f"№{r.number}\t{when(r.held_on)}\t{status('meeting_status', r.status)}\t{r.title}") for r in rows]
        if kind == "projects":
            rows = s.execute(
                select(M.Project.id, M.Project.title, M.Project.executor, M.Project.status)
                .where(M.Project.deleted_at.is_(None))
                .order_by(M.Project.title)
            ).all()
            return [(r.id, f"{status('project_status', r.status)}\t{r.title}\t{r.executor or ''}") for r in rows]
        if kind == "programs":
            rows = s.execute(
                select(M.DevelopmentProgram.id, M.DevelopmentProgram.title, M.DevelopmentProgram.start_year,
                       M.DevelopmentProgram.end_year)
                .where(M.DevelopmentProgram.deleted_at.is_(None))
                .order_by(M.DevelopmentProgram.start_year)
            ).all()
            return [(r.id, f"{r.start_year}–{r.end_year}\t{r.title}") for r in rows]
    raise ValueError(kind)
