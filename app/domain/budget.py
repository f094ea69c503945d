"""A project's budget: lines by funding source (who pays) and channel (how it
is paid), planned and actual, and the warnings an office must see (never
silent, never blocking).

A line may carry the quantity and unit price its source document gives
("15 certificates × 300 som"); their product is kept beside the planned
amount the document states, and a difference is reported, never corrected.

The actual amount of a line is the sum of the expenses booked to it; a line
with no expenses keeps the actual amount typed for it (how in-kind
contributions and summary figures are recorded). Expenses booked to no line
count in their source's total only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from app import i18n
from app.domain.enums import FundingChannel, FundingSource
from app.domain.money import format_amount

SOURCES: tuple[FundingSource, ...] = tuple(FundingSource)
CHANNELS: tuple[str, ...] = tuple(str(c) for c in FundingChannel) + ("",)   # "" = not stated


def effective_channel(source: str, channel: str | None) -> str:
    """The channel of a line: local-budget money is paid through the local
    budget by definition; other sources as recorded ("" when not stated)."""
    if str(source) == str(FundingSource.LOCAL_BUDGET):
        return str(FundingChannel.THROUGH_LOCAL_BUDGET)
    return str(channel) if channel else ""


def line_computed(quantity: Decimal | None, unit_price: int | None) -> int | None:
    """Quantity × unit price in tyiyn (rounded to the tyiyn), or None when
    either is missing."""
    if quantity is None or unit_price is None:
        return None
    return int((Decimal(quantity) * unit_price).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class LineFacts:
    id: str
    category: str
    source: str
    planned: int               # tyiyn
    recorded_actual: int       # tyiyn, typed for the line
    expenses: int = 0          # tyiyn, sum of expenses booked to the line
    expense_count: int = 0
    valuation_note: str | None = None
    description: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    unit_price: int | None = None   # tyiyn
    channel: str | None = None      # as recorded; see `paid_through`

    @property
    def actual(self) -> int:
        return line_actual(self.recorded_actual, self.expenses, self.expense_count)

    @property
    def paid_through(self) -> str:
        return effective_channel(self.source, self.channel)

    @property
    def computed(self) -> int | None:
        """Quantity × unit price, when both are given."""
        return line_computed(self.quantity, self.unit_price)

    @property
    def mismatch(self) -> tuple[int, int] | None:
        """(stated planned amount, quantity × unit price) when they differ."""
        c = self.computed
        return None if c is None or c == self.planned else (self.planned, c)


def line_actual(recorded: int, expenses: int, expense_count: int) -> int:
    """A line's actual amount: its expenses, or what was typed while it has none."""
    return expenses if expense_count else recorded


@dataclass(frozen=True)
class BudgetWarning:
    """A key of app.i18n (budget.warn.*) and its parameters (amounts in tyiyn)."""

    key: str
    params: dict = field(default_factory=dict)


i18n.register({
    "budget.warn.line_over": {
        "ky": "«{line}»: иш жүзүндө {actual} сом, пландалган {planned} сомдон ашты.",
        "ru": "«{line}»: фактически {actual} сом, больше плана {planned} сом.",
        "en": "“{line}”: actual {actual} som exceeds the planned {planned} som.",
    },
    "budget.warn.local_planned_over_award": {
        "ky": "Жергиликтүү бюджеттин пландалган үлүшү ({local} сом) грант суммасынан ({award} сом) ашат.",
        "ru": "Плановая доля местного бюджета ({local} сом) больше суммы гранта ({award} сом).",
        "en": "The planned local-budget part ({local} som) exceeds the award ({award} som).",
    },
    "budget.warn.local_actual_over_award": {
        "ky": "Жергиликтүү бюджеттен иш жүзүндө {local} сом жумшалды, грант суммасы {award} сом.",
        "ru": "Из местного бюджета фактически израсходовано {local} сом при гранте {award} сом.",
        "en": "{local} som actually spent from the local budget against an award of {award} som.",
    },
    "budget.warn.over_allocation": {
        "ky": "Сынактын бардык долбоорлорунун жергиликтүү бюджет үлүшү ({local} сом) бөлүнгөн каражаттан "
              "({allocation} сом) ашат.",
        "ru": "Доля местного бюджета всех проектов конкурса ({local} сом) больше выделенных средств "
              "({allocation} сом).",
        "en": "The local-budget part of all the competition's projects ({local} som) exceeds its allocation "
              "({allocation} som).",
    },
})


def warning_text(w: BudgetWarning, lang: str | None = None) -> str:
    """The warning in words, amounts written 12 000,00."""
    params = {k: (format_amount(v, sep=" ") if isinstance(v, int) else v) for k, v in w.params.items()}
    return i18n.t(w.key, lang, **params)


@dataclass(frozen=True)
class SourceTotal:
    source: str
    planned: int
    actual: int


@dataclass(frozen=True)
class ChannelTotal:
    source: str        # "" in the totals by channel alone
    channel: str       # a FundingChannel value, or "" = not stated
    planned: int
    actual: int


@dataclass(frozen=True)
class BudgetSummary:
    lines: tuple[LineFacts, ...]
    by_source: tuple[SourceTotal, ...]     # every source, in the fixed order
    planned: int
    actual: int
    award: int
    allocation: int
    local_planned: int
    local_actual: int
    competition_local_planned: int        # all projects of the competition
    warnings: tuple[BudgetWarning, ...]
    by_channel: tuple[ChannelTotal, ...] = ()          # every channel, in the fixed order
    by_source_channel: tuple[ChannelTotal, ...] = ()   # the pairs that hold money

    def source(self, source: str) -> SourceTotal:
        return next(t for t in self.by_source if t.source == str(source))

    def channel(self, channel: str) -> ChannelTotal:
        return next(t for t in self.by_channel if t.channel == str(channel))

    def mismatches(self) -> list[LineFacts]:
        return [ln for ln in self.lines if ln.mismatch]


def summarize(lines: list[LineFacts], unassigned: dict[str, int], award: int, allocation: int,
              competition_local_planned: int) -> BudgetSummary:
    """Totals per source and overall, with the warnings.

    `unassigned`: source -> expenses booked to no line. `competition_local_planned`:
    the local-budget part planned by every project of the same competition
    (this one included), compared with the competition's allocation.
    """
    planned = {str(s): 0 for s in SOURCES}
    actual = {str(s): 0 for s in SOURCES}
    pairs: dict[tuple[str, str], list[int]] = {}
    warnings: list[BudgetWarning] = []
    for line in lines:
        planned[str(line.source)] += line.planned
        actual[str(line.source)] += line.actual
        pair = pairs.setdefault((str(line.source), line.paid_through), [0, 0])
        pair[0] += line.planned
        pair[1] += line.actual
        if line.actual > line.planned:
            warnings.append(BudgetWarning("budget.warn.line_over", {
                "line": line.category, "actual": line.actual, "planned": line.planned}))
    for src, amount in unassigned.items():
        actual[str(src)] += amount
        pairs.setdefault((str(src), effective_channel(str(src), None)), [0, 0])[1] += amount
    local = str(FundingSource.LOCAL_BUDGET)
    if planned[local] > award:
        warnings.append(BudgetWarning("budget.warn.local_planned_over_award",
                                      {"local": planned[local], "award": award}))
    if actual[local] > award:
        warnings.append(BudgetWarning("budget.warn.local_actual_over_award",
                                      {"local": actual[local], "award": award}))
    if allocation and competition_local_planned > allocation:
        warnings.append(BudgetWarning("budget.warn.over_allocation",
                                      {"local": competition_local_planned, "allocation": allocation}))
    by_source = tuple(SourceTotal(str(s), planned[str(s)], actual[str(s)]) for s in SOURCES)
    order = {str(s): i for i, s in enumerate(SOURCES)}
    by_source_channel = tuple(ChannelTotal(src, ch, p, a) for (src, ch), (p, a) in sorted(
        pairs.items(), key=lambda kv: (order[kv[0][0]], CHANNELS.index(kv[0][1]))) if p or a)
    by_channel = tuple(ChannelTotal("", ch, sum(t.planned for t in by_source_channel if t.channel == ch),
                                    sum(t.actual for t in by_source_channel if t.channel == ch)) for ch in CHANNELS)
    return BudgetSummary(tuple(lines), by_source, sum(planned.values()), sum(actual.values()), award, allocation,
                         planned[local], actual[local], competition_local_planned, tuple(warnings), by_channel,
                         by_source_channel)


class GridError(ValueError):
    """A pasted grid that cannot be read: row and column (1-based) and the text."""

    def __init__(self, row: int, column: int, text: str, reason: str):
        self.row, self.column, self.text, self.reason = row, column, text, reason
        super().__init__(f"{reason} at {row}:{column}: {text!r}")


MAX_COUNT = 1_000_000


def parse_count_grid(text: str, rows: int, columns: int) -> list[list[int | None]]:
    """A block copied from a spreadsheet (tab-separated lines) into whole
    counts; an empty cell is None. The block must fit in rows x columns.
    Numbers may carry thousands spaces ("1 200"); anything else is refused."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise GridError(1, 1, "", "empty")
    if len(lines) > rows:
        raise GridError(len(lines), 1, lines[-1][:40], "too_many_rows")
    grid: list[list[int | None]] = []
    for i, line in enumerate(lines, start=1):
        cells = line.split("\t")
        if len(cells) > columns:
            raise GridError(i, len(cells), cells[-1][:40], "too_many_columns")
        row: list[int | None] = []
        for j, cell in enumerate(cells, start=1):
            s = cell.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
            if s == "" or s == "-" or s == "—":
                row.append(None)
                continue
            if s.endswith((",0", ".0")):  # Excel may copy 12 as "12,0"
                s = s[:-2]
            if not s.isdigit():
                raise GridError(i, j, cell.strip()[:40], "not_a_count")
            n = int(s)
            if n > MAX_COUNT:
                raise GridError(i, j, cell.strip()[:40], "too_large")
            row.append(n)
        grid.append(row)
    return grid
