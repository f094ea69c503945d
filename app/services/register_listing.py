"""Short id listings of the registers for the command line
(`demilge resolutions`, `demilge hearings`, `demilge needs`) and the GUI's
report parameter lists."""
from __future__ import annotations

from datetime import date

from app.services import hearings, needs, resolutions
from app.terms import word

KINDS = ("resolutions", "hearings", "needs")


def register_listing(db, kind: str, today: date | None = None,
                     lang: str | None = None) -> list[tuple[str, str]]:
    """(id, one-line description) of every live entry of a register. With
    `lang`, kinds and statuses are words and dates dd.mm.yyyy in that language
    (the GUI); without it, the stored codes and ISO dates (the CLI)."""
    def when(d: date | None) -> str:
        if d is None:
            return ""
        return d.strftime("%d.%m.%Y") if lang else d.isoformat()

    def code(group: str, value: str) -> str:
        return word(group, value, lang) if lang else value

    if kind == "resolutions":
        return [(r.id, f"№{r.number}\t{when(r.adopted_on)}\t{r.body}\t{r.title}"
                       + ((f"\t{word('point_state', 'overdue', lang)}: {r.overdue}" if lang
                           else f"\toverdue: {r.overdue}") if r.overdue else ""))
                for r in resolutions.list_resolutions(db, today=today)]
    if kind == "hearings":
        return [(h.id, f"{when(h.held_on)}\t{code('hearing_kind', h.kind)}\t{h.title}")
                for h in hearings.list_hearings(db)]
    if kind == "needs":
        return [(n.id, f"{when(n.received_on)}\t{code('need_source', n.source)}\t{code('need_status', n.status)}"
                       f"\t{n.village}\t{n.problem}")
                for n in needs.list_needs(db)]
    raise ValueError(kind)
