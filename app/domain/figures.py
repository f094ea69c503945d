"""Figures to check: where a figure stated by a source document and the one
computed from its parts disagree. Nothing is corrected: both figures are
kept, shown where they are typed, listed together and printed as a note.

Three kinds:
- an event's stated number of participants against its counts by category;
- a budget line's planned amount against its quantity × unit price;
- an indicator's actual values, checked the way its targets are (parts
  adding up to more than the whole, a level stepping back).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app import i18n, terms
from app.domain.budget import LineFacts
from app.domain.money import NBSP, format_amount, group_thousands

EVENT, BUDGET_LINE, INDICATOR = "event", "budget_line", "indicator"
KINDS = (EVENT, BUDGET_LINE, INDICATOR)

i18n.register({
    "figures.event": {
        "ky": "{item}: булакта {stated} катышуучу деп көрсөтүлгөн, категориялар боюнча {computed} чыгат "
              "(айырма {difference}).",
        "ru": "{item}: в источнике указано участников: {stated}, по категориям получается {computed} "
              "(разница {difference}).",
        "en": "{item}: the source states {stated} participants, the counts by category give {computed} "
              "(difference {difference}).",
    },
    "figures.budget_line": {
        "ky": "«{item}»: {quantity} × {price} сом = {computed} сом, ал эми сумма {stated} сом деп жазылган "
              "(айырма {difference} сом).",
        "ru": "«{item}»: {quantity} × {price} сом = {computed} сом, а сумма указана {stated} сом "
              "(разница {difference} сом).",
        "en": "“{item}”: {quantity} × {price} som = {computed} som, but the amount is stated as {stated} som "
              "(difference {difference} som).",
    },
    "figures.heading": {"ky": "Текшерүүчү сандар", "ru": "Цифры для проверки", "en": "Figures to check"},
    "figures.note": {
        "ky": "Булактагы сан менен эсептелген сан дал келбейт; экөө тең сакталган, эч бири оңдолгон жок.",
        "ru": "Число из источника и вычисленное число не совпадают; сохранены оба, ни одно не исправлено.",
        "en": "The figure stated by the source and the computed one differ; both are kept, neither was corrected.",
    },
})


@dataclass(frozen=True)
class FigureCheck:
    """One disagreement. `stated`, `computed` and `difference` are already
    written out for the kind (people, som, an indicator's unit)."""

    kind: str
    owner_id: str      # the project or the program
    owner: str
    item_id: str       # the event, budget line or indicator
    item: str
    stated: str
    computed: str
    difference: str
    key: str           # app.i18n key of the note
    params: dict = field(default_factory=dict, compare=False)

    def text(self, lang: str | None = None) -> str:
        return i18n.t(self.key, lang, **self.params)


def _date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def _signed(n: int, fmt) -> str:
    return ("+" if n > 0 else "") + fmt(n)


def event_label(held_on: date | None, title: str) -> str:
    return f"{_date(held_on)} «{title}»".strip()


def event_check(owner_id: str, owner: str, event_id: str, held_on: date | None, title: str, stated: int,
                computed: int) -> FigureCheck:
    item = event_label(held_on, title)
    texts = (group_thousands(stated), group_thousands(computed), _signed(computed - stated, group_thousands))
    return FigureCheck(EVENT, owner_id, owner, event_id, item, *texts, "figures.event",
                       {"item": item, "stated": texts[0], "computed": texts[1], "difference": texts[2]})


def quantity_text(line: LineFacts) -> str:
    if line.quantity is None:
        return ""
    q = line.quantity.normalize()
    text = format(q, "f").replace(".", ",")
    whole, _, frac = text.partition(",")
    text = group_thousands(int(whole)) + ("," + frac if frac else "")
    return f"{text}{NBSP}{line.unit}" if line.unit else text


def line_check(owner_id: str, owner: str, line: LineFacts) -> FigureCheck | None:
    mismatch = line.mismatch
    if mismatch is None:
        return None
    stated, computed = mismatch
    texts = (format_amount(stated), format_amount(computed), _signed(computed - stated, format_amount))
    return FigureCheck(BUDGET_LINE, owner_id, owner, line.id, line.category, *texts, "figures.budget_line",
                       {"item": line.category, "quantity": quantity_text(line),
                        "price": format_amount(line.unit_price or 0), "stated": texts[0], "computed": texts[1],
                        "difference": texts[2]})


def indicator_check(owner_id: str, owner: str, indicator_id: str, name: str, code: str, params: dict,
                    stated: str = "", computed: str = "", difference: str = "") -> FigureCheck:
    """An issue of app.domain.programs.check_actuals (its text key is
    programs.warn.<code>, registered with the program reports)."""
    return FigureCheck(INDICATOR, owner_id, owner, indicator_id, name, stated, computed, difference,
                       f"programs.warn.{code}", dict(params))


def kind_word(kind: str, lang: str | None = None) -> str:
    return terms.word("figures.kind", kind, lang)
