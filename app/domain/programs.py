"""Development programs: pure rules (no SQL, no I/O).

- indicator values: number, percent, ratio ("1:2,5" is stored as 2.5);
- responsible bodies written several ways resolve to one body (aliases);
- the check of yearly targets against the final target;
- half-years ("2023H1"), measure periods, the annual plan check;
- the half-year monitoring figures (plan vs actual, % of target).

The read model of a program (`ProgramData` and its parts) lives here too, so
the services, the reports and the GUI all see the same plain, frozen objects.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP
from typing import Iterable, Iterator

from app.domain.enums import IndicatorValueType, MeasureStatus

NBSP = "\u00a0"
VT = IndicatorValueType

# --------------------------------------------------------------------------
# Values


class ValueError_(ValueError):
    """A text that is not a value of the indicator's type. `code` says why:
    empty | number | ratio | percent."""

    def __init__(self, code: str, text: str = ""):
        self.code = code
        self.text = text
        super().__init__(f"{code}: {text!r}")


_SPACES = (" ", NBSP, "\u202f", "\u2009", "\t")


def parse_number(text: str | int | float | Decimal | None) -> Decimal:
    """"8 371,4" / "8371.4" / 8371.4 -> Decimal('8371.4')."""
    if text is None:
        raise ValueError_("empty")
    if isinstance(text, Decimal):
        return text
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float):
        return Decimal(repr(text))
    cleaned = str(text).strip()
    for sp in _SPACES:
        cleaned = cleaned.replace(sp, "")
    cleaned = cleaned.replace("\u2212", "-").replace(",", ".")
    if not cleaned:
        raise ValueError_("empty", str(text))
    if cleaned.count(".") > 1 or not re.fullmatch(r"-?(\d+(\.\d*)?|\.\d+)", cleaned):
        raise ValueError_("number", str(text))
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError_("number", str(text)) from None


def parse_ratio(text) -> Decimal:
    """"1:2,5" -> 2.5 (the x of 1:x); "2:5" -> 2.5; a bare number is x itself."""
    if isinstance(text, (int, float, Decimal)):
        return parse_number(text)
    if text is None or not str(text).strip():
        raise ValueError_("empty", "" if text is None else str(text))
    raw = str(text).strip()
    if ":" not in raw:
        try:
            return parse_number(raw)
        except ValueError_:
            raise ValueError_("ratio", raw) from None
    left, _, right = raw.partition(":")
    try:
        a, b = parse_number(left), parse_number(right)
    except ValueError_:
        raise ValueError_("ratio", raw) from None
    if a <= 0 or b < 0:
        raise ValueError_("ratio", raw)
    return b if a == 1 else b / a


def parse_percent(text) -> Decimal:
    """"50 %" / "50%" / "50" / 50 -> 50."""
    if isinstance(text, (int, float, Decimal)):
        return parse_number(text)
    if text is None or not str(text).strip():
        raise ValueError_("empty", "" if text is None else str(text))
    raw = str(text).strip()
    body = raw[:-1] if raw.endswith("%") else raw
    try:
        return parse_number(body)
    except ValueError_:
        raise ValueError_("percent", raw) from None


def parse_value(text, value_type: IndicatorValueType | str) -> Decimal:
    vt = VT(value_type)
    if vt is VT.RATIO:
        return parse_ratio(text)
    if vt is VT.PERCENT:
        return parse_percent(text)
    return parse_number(text)


def format_number(value: Decimal | int | None, sep: str = NBSP) -> str:
    """33485.9 -> "33 485,9"; 51130 -> "51 130"; no trailing zeros."""
    if value is None:
        return ""
    d = Decimal(value)
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    else:
        d = d.normalize()
    sign = "-" if d < 0 else ""
    whole, _, frac = format(abs(d), "f").partition(".")
    groups = []
    while whole:
        groups.append(whole[-3:])
        whole = whole[:-3]
    text = sep.join(reversed(groups)) or "0"
    return sign + text + ("," + frac if frac else "")


def format_value(value: Decimal | None, value_type: IndicatorValueType | str, sep: str = NBSP) -> str:
    """The value as written in the program: "8 371,4", "50 %", "1:2,5"."""
    if value is None:
        return ""
    vt = VT(value_type)
    if vt is VT.RATIO:
        return "1:" + format_number(value, sep)
    if vt is VT.PERCENT:
        return format_number(value, sep) + NBSP + "%"
    return format_number(value, sep)


def guess_value_type(unit: str | None, texts: Iterable[str | None]) -> IndicatorValueType:
    """Ratio if any value is written "a:b"; percent if the unit or a value
    says "%"; otherwise a number."""
    texts = [str(t) for t in texts if t is not None and str(t).strip()]
    if any(":" in t for t in texts):
        return VT.RATIO
    if (unit or "").strip() in ("%", "пайыз", "процент", "проценттер", "percent") or any(
        t.strip().endswith("%") for t in texts
    ):
        return VT.PERCENT
    return VT.NUMBER


def percent_of(actual: Decimal | None, target: Decimal | None) -> Decimal | None:
    """actual / target × 100 to one decimal; None when there is no target."""
    if actual is None or target is None or target == 0:
        return None
    return (Decimal(actual) * 100 / Decimal(target)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------
# Responsible bodies and their aliases

_QUOTES = "«»“”„\"'‘’`"


def normalise_name(text: str | None) -> str:
    """The key two spellings of one body share: case, quotes, ё/е, spaces
    and a final full stop do not matter."""
    if not text:
        return ""
    s = str(text).casefold().replace("ё", "е")
    for q in _QUOTES:
        s = s.replace(q, " ")
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\s+", " ", s).strip(" .;,")
    return s


def split_bodies(text: str | None) -> list[str]:
    """A "responsible executors" cell -> the names in it. Names are separated
    by new lines, ";" or "," (a comma inside quotes or brackets does not
    split)."""
    if not text:
        return []
    out: list[str] = []
    buf: list[str] = []
    depth = 0
    in_quote = False
    for ch in str(text):
        if ch in "«(":
            depth += 1
        elif ch in "»)":
            depth = max(0, depth - 1)
        elif ch == '"':
            in_quote = not in_quote
        if ch in "\n;" or (ch == "," and depth == 0 and not in_quote):
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    out.append("".join(buf))
    names = []
    seen = set()
    for name in out:
        name = re.sub(r"\s+", " ", name).strip(" .-–•")
        key = normalise_name(name)
        if name and key not in seen:
            seen.add(key)
            names.append(name)
    return names


@dataclass(frozen=True)
class BodyEntry:
    id: str
    name: str
    aliases: tuple[str, ...] = ()


def parse_aliases(text: str | None) -> tuple[str, ...]:
    """The stored aliases (one per line) as a tuple, without blanks or repeats."""
    out: list[str] = []
    seen: set[str] = set()
    for line in (text or "").splitlines():
        line = line.strip()
        if line and normalise_name(line) not in seen:
            seen.add(normalise_name(line))
            out.append(line)
    return tuple(out)


class BodyDirectory:
    """Finds the one body meant by any of its spellings."""

    def __init__(self, entries: Iterable[BodyEntry]):
        self.entries = list(entries)
        self._by_key: dict[str, str] = {}
        self.clashes: list[tuple[str, str, str]] = []  # (spelling, body id, other body id)
        for e in self.entries:
            for spelling in (e.name, *e.aliases):
                key = normalise_name(spelling)
                if not key:
                    continue
                other = self._by_key.get(key)
                if other is not None and other != e.id:
                    self.clashes.append((spelling, other, e.id))
                    continue
                self._by_key[key] = e.id

    def resolve(self, text: str | None) -> str | None:
        return self._by_key.get(normalise_name(text))


# --------------------------------------------------------------------------
# Half-years and periods

_HALF = re.compile(r"^(\d{4})H([12])$")


class HalfError(ValueError):
    pass


def parse_half(text: str) -> tuple[int, int]:
    """"2023H1" -> (2023, 1)."""
    m = _HALF.match((text or "").strip().upper())
    if not m:
        raise HalfError(text)
    return int(m.group(1)), int(m.group(2))


def half_code(year: int, half: int) -> str:
    return f"{year}H{half}"


def halves(start_year: int, end_year: int) -> list[str]:
    return [half_code(y, h) for y in range(start_year, end_year + 1) for h in (1, 2)]


def half_end(text: str) -> date:
    year, half = parse_half(text)
    return date(year, 6, 30) if half == 1 else date(year, 12, 31)


def current_half(today: date) -> str:
    return half_code(today.year, 1 if today.month <= 6 else 2)


_EVERY_YEAR = ("every year", "each year", "annually", "ongoing", "continuously", "жыл сайын", "ар жыл",
               "туруктуу", "дайыма", "үзгүлтүксүз", "ежегодно", "каждый год", "постоянно", "в течение")


def parse_period(text: str | None, program_start: int, program_end: int) -> tuple[int, int] | None:
    """The years a measure's period covers: "2023–2026" -> (2023, 2026);
    "2024" -> (2024, 2024); "every year, at least 2 events" -> the program's
    years; None when the text names no year."""
    if text is None:
        return None
    s = str(text)
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", s)]
    if years:
        return min(years), max(years)
    low = s.casefold()
    if any(word in low for word in _EVERY_YEAR):
        return program_start, program_end
    return None


def measure_in_year(start_year: int | None, end_year: int | None, year: int) -> bool:
    """Whether a measure runs in `year` (a measure with no years runs every year)."""
    if start_year is not None and year < start_year:
        return False
    if end_year is not None and year > end_year:
        return False
    return True


# --------------------------------------------------------------------------
# The read model of a program


@dataclass(frozen=True)
class BodyRef:
    id: str
    name: str


@dataclass(frozen=True)
class MeasureData:
    id: str
    task_id: str
    number: str  # 1.2.3
    position: int
    title: str
    period_text: str | None
    start_year: int | None
    end_year: int | None
    expected_result: str | None
    responsible: tuple[BodyRef, ...] = ()

    @property
    def responsible_text(self) -> str:
        return ", ".join(b.name for b in self.responsible)


@dataclass(frozen=True)
class TaskData:
    id: str
    number: str  # 1.2
    position: int
    title: str
    area_id: str | None
    measures: tuple[MeasureData, ...] = ()


@dataclass(frozen=True)
class AreaData:
    id: str
    position: int
    title: str


@dataclass(frozen=True)
class PriorityData:
    id: str
    number: int
    title: str
    areas: tuple[AreaData, ...] = ()
    tasks: tuple[TaskData, ...] = ()


@dataclass(frozen=True)
class ActualData:
    period: str
    value: Decimal
    comment: str | None = None


@dataclass(frozen=True)
class IndicatorData:
    id: str
    parent_id: str | None
    priority_id: str | None
    position: int
    issue: str | None
    name: str
    unit: str | None
    value_type: IndicatorValueType
    baseline_year: int | None
    baseline_value: Decimal | None
    targets: tuple[tuple[int, Decimal], ...]  # (year, value), by year
    final_target: Decimal | None
    cumulative: bool
    responsible: tuple[BodyRef, ...]
    footnote: str | None
    actuals: tuple[ActualData, ...] = ()

    @property
    def responsible_text(self) -> str:
        return ", ".join(b.name for b in self.responsible)

    def target(self, year: int) -> Decimal | None:
        return dict(self.targets).get(year)

    def actual(self, period: str) -> ActualData | None:
        for a in self.actuals:
            if a.period == period:
                return a
        return None

    def fmt(self, value: Decimal | None) -> str:
        return format_value(value, self.value_type)


@dataclass(frozen=True)
class ProgressData:
    measure_id: str
    period: str
    status: MeasureStatus
    reason: str | None
    comment: str | None


@dataclass(frozen=True)
class CorrectionData:
    id: str
    indicator_id: str
    year: int | None  # None: the final target
    old_value: Decimal | None
    new_value: Decimal
    reason: str | None
    proposed_period: str | None
    decision_body: str | None
    decision_number: str | None
    decision_date: date | None
    approved_by: str | None

    @property
    def approved(self) -> bool:
        return self.decision_number is not None and self.decision_date is not None


@dataclass(frozen=True)
class MemberData:
    id: str
    full_name: str
    organisation: str | None
    role: str | None


@dataclass(frozen=True)
class ProgramData:
    id: str
    title: str
    motto: str | None
    start_year: int
    end_year: int
    resolution_body: str | None
    resolution_number: str | None
    resolution_date: date | None
    municipality_name: str | None
    priorities: tuple[PriorityData, ...] = ()
    indicators: tuple[IndicatorData, ...] = ()
    progress: tuple[ProgressData, ...] = ()
    corrections: tuple[CorrectionData, ...] = ()
    members: tuple[MemberData, ...] = ()
    annual_plan: tuple[tuple[int, str], ...] = ()  # (year, measure id)
    monitoring_note: str | None = None

    @property
    def years(self) -> list[int]:
        return list(range(self.start_year, self.end_year + 1))

    def measures(self) -> Iterator[tuple[PriorityData, TaskData, MeasureData]]:
        for p in self.priorities:
            for t in p.tasks:
                for m in t.measures:
                    yield p, t, m

    def indicator(self, indicator_id: str) -> IndicatorData | None:
        for i in self.indicators:
            if i.id == indicator_id:
                return i
        return None

    def children(self, indicator_id: str) -> list[IndicatorData]:
        return [i for i in self.indicators if i.parent_id == indicator_id]

    def ordered_indicators(self) -> list[tuple[IndicatorData, int]]:
        """Top-level indicators, each followed by its sub-indicators: (indicator, depth)."""
        out: list[tuple[IndicatorData, int]] = []
        for top in (i for i in self.indicators if i.parent_id is None):
            out.append((top, 0))
            out.extend((c, 1) for c in self.children(top.id))
        return out


# --------------------------------------------------------------------------
# The check of targets


@dataclass(frozen=True)
class TargetIssue:
    """A warning about an indicator's targets. `code`:
    sum_mismatch   — additive: yearly targets add up to `total`, not to `final`;
    beyond_final   — cumulative: the target of `year` goes past the final target;
    not_monotonic  — cumulative: the target of `year` steps back;
    missing_years  — some program years have no target (`years`);
    children_exceed — the sub-indicators' final targets add up to more than
                      the indicator's own (`total`, `final`).
    Values are formatted for the indicator's type."""

    indicator_id: str
    code: str
    params: dict = field(default_factory=dict, compare=False)


def check_targets(ind: IndicatorData, years: list[int] | None = None) -> list[TargetIssue]:
    issues: list[TargetIssue] = []
    targets = sorted(ind.targets)
    final = ind.final_target
    if years and targets:
        missing = [y for y in years if y not in dict(targets)]
        if missing:
            issues.append(TargetIssue(ind.id, "missing_years", {"years": ", ".join(map(str, missing))}))
    if not targets or final is None:
        return issues
    if not ind.cumulative:
        total = sum((v for _, v in targets), Decimal(0))
        if total != final:
            issues.append(TargetIssue(ind.id, "sum_mismatch", {
                "total": ind.fmt(total), "final": ind.fmt(final), "difference": ind.fmt(final - total)}))
        return issues
    start = ind.baseline_value if ind.baseline_value is not None else targets[0][1]
    rising = final >= start
    previous = start
    for year, value in targets:
        if (rising and value < previous) or (not rising and value > previous):
            issues.append(TargetIssue(ind.id, "not_monotonic", {
                "year": str(year), "value": ind.fmt(value), "previous": ind.fmt(previous)}))
        if (rising and value > final) or (not rising and value < final):
            issues.append(TargetIssue(ind.id, "beyond_final", {
                "year": str(year), "value": ind.fmt(value), "final": ind.fmt(final)}))
        previous = value
    return issues


def check_matrix(program: ProgramData) -> list[TargetIssue]:
    """Every warning about the program's indicator matrix, in matrix order."""
    issues: list[TargetIssue] = []
    for ind, depth in program.ordered_indicators():
        issues.extend(check_targets(ind, program.years))
        if depth == 0 and ind.value_type is VT.NUMBER and ind.final_target is not None:
            kids = [c for c in program.children(ind.id)
                    if c.value_type is VT.NUMBER and c.final_target is not None and c.unit == ind.unit]
            total = sum((c.final_target for c in kids), Decimal(0))
            if kids and total > ind.final_target:
                issues.append(TargetIssue(ind.id, "children_exceed", {
                    "total": ind.fmt(total), "final": ind.fmt(ind.final_target)}))
    return issues


def check_actuals(program: ProgramData) -> list[TargetIssue]:
    """The actual values checked the way the targets are, half-year by
    half-year. `code`:
    actual_children_exceed — the sub-indicators' actuals for a half-year add
                             up to `total`, more than the indicator's own `value`;
    actual_not_monotonic   — cumulative: the actual of a half-year steps back
                             from the previous one (or the baseline).
    Params hold `year` and `half` ("I"/"II") and formatted values."""
    issues: list[TargetIssue] = []
    for ind, depth in program.ordered_indicators():
        actuals = sorted(ind.actuals, key=lambda a: parse_half(a.period))
        if ind.cumulative and actuals:
            previous = ind.baseline_value
            end = ind.final_target if ind.final_target is not None else (ind.targets[-1][1] if ind.targets else None)
            rising = end is None or previous is None or end >= previous
            for a in actuals:
                if previous is not None and ((rising and a.value < previous) or (not rising and a.value > previous)):
                    year, h = parse_half(a.period)
                    issues.append(TargetIssue(ind.id, "actual_not_monotonic", {
                        "year": str(year), "half": "I" if h == 1 else "II", "value": ind.fmt(a.value),
                        "previous": ind.fmt(previous)}))
                previous = a.value
        if depth == 0 and ind.value_type is VT.NUMBER:
            kids = [c for c in program.children(ind.id) if c.value_type is VT.NUMBER and c.unit == ind.unit]
            for a in actuals:
                parts = [k.actual(a.period) for k in kids]
                known = [x.value for x in parts if x is not None]
                total = sum(known, Decimal(0))
                if known and total > a.value:
                    year, h = parse_half(a.period)
                    issues.append(TargetIssue(ind.id, "actual_children_exceed", {
                        "year": str(year), "half": "I" if h == 1 else "II", "total": ind.fmt(total),
                        "value": ind.fmt(a.value)}))
    return issues


def guess_cumulative(value_type: IndicatorValueType, targets: list[Decimal], final: Decimal | None) -> bool:
    """Percent and ratio targets are levels; a number is a level when the
    last yearly target equals the final target, otherwise a yearly amount."""
    if VT(value_type) is not VT.NUMBER:
        return True
    if len(targets) < 2 or final is None:
        return False
    return targets[-1] == final and len(set(targets)) > 1


# --------------------------------------------------------------------------
# Half-year monitoring


@dataclass(frozen=True)
class IndicatorHalfRow:
    indicator: IndicatorData
    depth: int
    year: int
    target: Decimal | None  # for the year
    half_actual: Decimal | None  # recorded for this half-year
    to_date: Decimal | None  # the year so far (additive: H1 + H2; cumulative: latest)
    percent: Decimal | None  # to_date / target × 100
    comment: str | None


@dataclass(frozen=True)
class MeasureHalfRow:
    priority: PriorityData
    task: TaskData
    measure: MeasureData
    status: MeasureStatus
    recorded_period: str | None  # where the status comes from (None: nothing recorded yet)
    reason: str | None
    comment: str | None


@dataclass(frozen=True)
class MonitoringData:
    program: ProgramData
    half: str
    indicators: tuple[IndicatorHalfRow, ...]
    measures: tuple[MeasureHalfRow, ...]
    corrections: tuple[CorrectionData, ...]

    def status_counts(self) -> dict[MeasureStatus, int]:
        counts = {s: 0 for s in MeasureStatus}
        for row in self.measures:
            counts[row.status] += 1
        return counts


def year_to_date(ind: IndicatorData, half: str) -> Decimal | None:
    year, h = parse_half(half)
    values = [a.value for p in range(1, h + 1) if (a := ind.actual(half_code(year, p))) is not None]
    if not values:
        return None
    if ind.cumulative:
        return values[-1]
    return sum(values, Decimal(0))


def measure_status_at(progress: Iterable[ProgressData], measure_id: str, half: str) -> ProgressData | None:
    """The measure's status recorded for `half`, else the latest one before it."""
    key = parse_half(half)
    best: ProgressData | None = None
    for p in progress:
        if p.measure_id != measure_id:
            continue
        pk = parse_half(p.period)
        if pk <= key and (best is None or pk > parse_half(best.period)):
            best = p
    return best


def monitoring(program: ProgramData, half: str) -> MonitoringData:
    year, _ = parse_half(half)
    rows = []
    for ind, depth in program.ordered_indicators():
        target = ind.target(year)
        actual = ind.actual(half)
        to_date = year_to_date(ind, half)
        kids = program.children(ind.id) if depth == 0 else []
        if kids and not ind.targets and not ind.actuals and all(
                k.unit == ind.unit and k.value_type is ind.value_type is VT.NUMBER and not k.cumulative
                for k in kids):
            # an indicator given only through its parts ("including ..."): their sums
            kid_targets = [k.target(year) for k in kids]
            target = sum(kid_targets, Decimal(0)) if all(t is not None for t in kid_targets) else None
            kid_done = [year_to_date(k, half) for k in kids]
            to_date = sum((v for v in kid_done if v is not None), Decimal(0)) if any(
                v is not None for v in kid_done) else None
        rows.append(IndicatorHalfRow(
            indicator=ind, depth=depth, year=year, target=target,
            half_actual=actual.value if actual else None, to_date=to_date,
            percent=percent_of(to_date, target), comment=actual.comment if actual else None))
    measures = []
    for p, t, m in program.measures():
        if not measure_in_year(m.start_year, m.end_year, year):
            continue
        rec = measure_status_at(program.progress, m.id, half)
        status = rec.status if rec else MeasureStatus.NOT_STARTED
        same = rec is not None and rec.period == half
        measures.append(MeasureHalfRow(
            priority=p, task=t, measure=m, status=status, recorded_period=rec.period if rec else None,
            reason=rec.reason if rec else None, comment=rec.comment if same else None))
    ids = {i.id for i in program.indicators}
    corrections = tuple(c for c in program.corrections if c.indicator_id in ids
                        and (c.proposed_period is None or parse_half(c.proposed_period) <= parse_half(half)))
    return MonitoringData(program, half, tuple(rows), tuple(measures), corrections)


# --------------------------------------------------------------------------
# Annual plan


def measures_for_year(program: ProgramData, year: int) -> list[MeasureData]:
    return [m for _, _, m in program.measures() if measure_in_year(m.start_year, m.end_year, year)]


def annual_plan_ids(program: ProgramData, year: int) -> set[str]:
    return {mid for y, mid in program.annual_plan if y == year}


def missing_from_annual_plan(program: ProgramData, year: int) -> list[MeasureData]:
    """Measures the multi-year plan schedules for `year` that the annual plan lacks."""
    planned = annual_plan_ids(program, year)
    return [m for m in measures_for_year(program, year) if m.id not in planned]


def outside_period_in_annual_plan(program: ProgramData, year: int) -> list[MeasureData]:
    """Measures in the annual plan of `year` whose own period does not include it."""
    planned = annual_plan_ids(program, year)
    return [m for _, _, m in program.measures()
            if m.id in planned and not measure_in_year(m.start_year, m.end_year, year)]


# --------------------------------------------------------------------------
# Measure status rules

STATUSES_NEEDING_REASON = frozenset({MeasureStatus.DROPPED})


def status_needs_reason(status: MeasureStatus | str) -> bool:
    return MeasureStatus(status) in STATUSES_NEEDING_REASON
