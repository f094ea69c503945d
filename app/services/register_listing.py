"""Short id listings of the registers for the command line
(`demilge resolutions`, `demilge hearings`, `demilge needs`)."""
from __future__ import annotations

from datetime import date

from app.services import hearings, needs, resolutions

KINDS = ("resolutions", "hearings", "needs")


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def register_listing(db, kind: str, today: date | None = None) -> list[tuple[str, str]]:
    """(id, one-line description) of every live entry of a register."""
    if kind == "resolutions":
        return [(r.id, f"№{r.number}\t{_iso(r.adopted_on)}\t{r.body}\t{r.title}"
                       + (f"\toverdue: {r.overdue}" if r.overdue else ""))
                for r in resolutions.list_resolutions(db, today=today)]
    if kind == "hearings":
        return [(h.id, f"{_iso(h.held_on)}\t{h.kind}\t{h.title}") for h in hearings.list_hearings(db)]
    if kind == "needs":
        return [(n.id, f"{_iso(n.received_on)}\t{n.source}\t{n.status}\t{n.village}\t{n.problem}")
                for n in needs.list_needs(db)]
    raise ValueError(kind)
