"""A project's budget: lines by funding source, planned and actual, and the
warnings an office must see (never silent, never blocking).

The actual amount of a line is the sum of the expenses booked to it; a line
with no expenses keeps the actual amount typed for it (how in-kind
contributions and summary figures are recorded). Expenses booked to no line
count in their source's total only.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.enums import FundingSource

SOURCES: tuple[FundingSource, ...] = tuple(FundingSource)


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

    @property
    def actual(self) -> int:
        return self.expenses if self.expense_count else self.recorded_actual


@dataclass(frozen=True)
class BudgetWarning:
    """A key of app.i18n (budget.warn.*) and its parameters (amounts in tyiyn)."""

    key: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SourceTotal:
    source: str
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

    def source(self, source: str) -> SourceTotal:
        return next(t for t in self.by_source if t.source == str(source))


def summarize(lines: list[LineFacts], unassigned: dict[str, int], award: int, allocation: int,
              competition_local_planned: int) -> BudgetSummary:
    """Totals per source and overall, with the warnings.

    `unassigned`: source -> expenses booked to no line. `competition_local_planned`:
    the local-budget part planned by every project of the same competition
    (this one included), compared with the competition's allocation.
    """
    planned = {str(s): 0 for s in SOURCES}
    actual = {str(s): 0 for s in SOURCES}
    warnings: list[BudgetWarning] = []
    for line in lines:
        planned[str(line.source)] += line.planned
        actual[str(line.source)] += line.actual
        if line.actual > line.planned:
            warnings.append(BudgetWarning("budget.warn.line_over", {
                "line": line.category, "actual": line.actual, "planned": line.planned}))
    for src, amount in unassigned.items():
        actual[str(src)] += amount
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
    return BudgetSummary(tuple(lines), by_source, sum(planned.values()), sum(actual.values()), award, allocation,
                         planned[local], actual[local], competition_local_planned, tuple(warnings))


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
