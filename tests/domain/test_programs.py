"""Pure program rules: values, aliases, the target check, half-years, monitoring figures."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.domain import programs as P
from app.domain.enums import IndicatorValueType as VT, MeasureStatus


@pytest.mark.parametrize("text, vt, value", [
    ("8 371,4", VT.NUMBER, D("8371.4")), ("33\u00a0485,9", VT.NUMBER, D("33485.9")), (8371.4, VT.NUMBER, D("8371.4")),
    ("40486", VT.NUMBER, D(40486)), ("50 %", VT.PERCENT, D(50)), ("62,5%", VT.PERCENT, D("62.5")),
    ("100", VT.PERCENT, D(100)), ("1:2,5", VT.RATIO, D("2.5")), ("1:0", VT.RATIO, D(0)), ("1 : 3", VT.RATIO, D(3)),
    ("2:5", VT.RATIO, D("2.5")), ("0,3", VT.RATIO, D("0.3")),
])
def test_parse_values(text, vt, value):
    assert P.parse_value(text, vt) == value


@pytest.mark.parametrize("text, vt, code", [
    ("", VT.NUMBER, "empty"), ("abc", VT.NUMBER, "number"), ("1,2,3", VT.NUMBER, "number"),
    ("50 % %", VT.PERCENT, "percent"), ("1:x", VT.RATIO, "ratio"), ("0:2", VT.RATIO, "ratio"),
    ("1:-2", VT.RATIO, "ratio"), ("1:2:3", VT.RATIO, "ratio"),
])
def test_refused_values(text, vt, code):
    with pytest.raises(P.ValueError_) as exc:
        P.parse_value(text, vt)
    assert exc.value.code == code


def test_format_values():
    nb = "\u00a0"
    assert P.format_value(D("33485.9"), VT.NUMBER) == f"33{nb}485,9"
    assert P.format_value(D("51130"), VT.NUMBER) == f"51{nb}130"
    assert P.format_value(D("51130.00"), VT.NUMBER) == f"51{nb}130"
    assert P.format_value(D("84615.9"), VT.NUMBER, sep=" ") == "84 615,9"
    assert P.format_value(D(50), VT.PERCENT) == f"50{nb}%"
    assert P.format_value(D("2.5"), VT.RATIO) == "1:2,5"
    assert P.format_value(D(0), VT.RATIO) == "1:0"
    assert P.format_value(None, VT.RATIO) == ""
    for text in ("1:2,5", "1:0,3", "1:3"):
        assert P.format_value(P.parse_ratio(text), VT.RATIO) == text


def test_guess_value_type():
    assert P.guess_value_type("катыш", ["1:0", "1:0,3"]) is VT.RATIO
    assert P.guess_value_type("%", ["50", "62,5"]) is VT.PERCENT
    assert P.guess_value_type("п.м.", ["50 %"]) is VT.PERCENT
    assert P.guess_value_type("м²", ["8 371,4"]) is VT.NUMBER


def test_alias_normalisation_groups_spellings():
    directory = P.BodyDirectory([
        P.BodyEntry("u", "МП «Универсал»", ("Муниципалдык ишкана Универсал",)),
        P.BodyEntry("m", "МС и ММ управление"),
    ])
    for spelling in ("МП «Универсал»", "МП Универсал", "мп \"универсал\".", "  МП   «УНИВЕРСАЛ» ",
                     "муниципалдык ишкана «Универсал»"):
        assert directory.resolve(spelling) == "u", spelling
    assert directory.resolve("мс и мм управление") == "m"
    assert directory.resolve("Мэрия") is None
    assert P.normalise_name("Шаардык  кеңеш.") == P.normalise_name("шаардык кеңеш")
    clash = P.BodyDirectory([P.BodyEntry("a", "Мэрия"), P.BodyEntry("b", "Шаардын мэриясы", ("мэрия",))])
    assert clash.resolve("Мэрия") == "a" and clash.clashes


def test_split_bodies():
    assert P.split_bodies("МП «Универсал», МС и ММ управление") == ["МП «Универсал»", "МС и ММ управление"]
    assert P.split_bodies("Мэрия; Кеңеш\nМэрия") == ["Мэрия", "Кеңеш"]
    assert P.split_bodies("ОсОО «Суу, жарык» (Кара-Балта, Жайыл)") == ["ОсОО «Суу, жарык» (Кара-Балта, Жайыл)"]
    assert P.split_bodies("") == [] and P.split_bodies(None) == []


def test_periods_and_halves():
    assert P.parse_period("2023–2026", 2023, 2026) == (2023, 2026)
    assert P.parse_period("2024-ж. IV чейрек", 2023, 2026) == (2024, 2024)
    assert P.parse_period("жыл сайын, жок дегенде 2 иш-чара", 2023, 2026) == (2023, 2026)
    assert P.parse_period("every year, at least 2 events", 2023, 2026) == (2023, 2026)
    assert P.parse_period("ежегодно", 2023, 2026) == (2023, 2026)
    assert P.parse_period("качан болсо", 2023, 2026) is None
    assert P.parse_half("2023h1") == (2023, 1)
    with pytest.raises(P.HalfError):
        P.parse_half("2023H3")
    assert P.halves(2023, 2024) == ["2023H1", "2023H2", "2024H1", "2024H2"]
    assert P.measure_in_year(2025, 2026, 2024) is False and P.measure_in_year(None, None, 2024) is True


def _ind(id_, vt, targets, final, cumulative, baseline=D(0), parent=None, actuals=(), unit="м²"):
    return P.IndicatorData(
        id=id_, parent_id=parent, priority_id=None, position=0, issue=None, name=id_, unit=unit, value_type=vt,
        baseline_year=2022, baseline_value=baseline, targets=tuple((2023 + i, D(v)) for i, v in enumerate(targets)),
        final_target=None if final is None else D(final), cumulative=cumulative, responsible=(), footnote=None,
        actuals=tuple(P.ActualData(p, D(v)) for p, v in actuals))


LOWER = _ind("lower", VT.NUMBER, ["8371.4"] * 4, "33485.9", False, parent="irr")
UPPER = _ind("upper", VT.NUMBER, ["12782.5"] * 4, "51130", False, parent="irr")
IRR = _ind("irr", VT.NUMBER, [], "84615.9", False)
NETWORK = _ind("network", VT.PERCENT, ["62.5", "75", "87.5", "100"], "100", True, baseline=D(50), unit="%")
TREES = _ind("trees", VT.RATIO, ["0.3", "0.8", "2", "2.5"], "3", True, unit="катыш")


def test_sum_check_on_the_kara_balta_matrix():
    # 8 371,4 × 4 = 33 485,6, but the document's final target is 33 485,9
    issues = P.check_targets(LOWER, [2023, 2024, 2025, 2026])
    assert [i.code for i in issues] == ["sum_mismatch"]
    assert issues[0].params == {"total": "33\u00a0485,6", "final": "33\u00a0485,9", "difference": "0,3"}
    assert P.check_targets(UPPER, [2023, 2024, 2025, 2026]) == []      # 12 782,5 × 4 = 51 130
    assert P.check_targets(NETWORK, [2023, 2024, 2025, 2026]) == []    # 50 % -> 100 %
    assert P.check_targets(TREES, [2023, 2024, 2025, 2026]) == []      # 1:0 -> 1:3, levels not sums
    assert D("33485.9") + D("51130") == D("84615.9")
    program = P.ProgramData("p", "KB", None, 2023, 2026, None, None, None, None,
                            indicators=(IRR, LOWER, UPPER, NETWORK, TREES))
    assert [(i.indicator_id, i.code) for i in P.check_matrix(program)] == [("lower", "sum_mismatch")]


def test_cumulative_checks_catch_steps_back_and_overshoot():
    bad = _ind("bad", VT.PERCENT, ["60", "55", "110", "100"], "100", True, baseline=D(50), unit="%")
    codes = [(i.code, i.params.get("year")) for i in P.check_targets(bad, [2023, 2024, 2025, 2026])]
    assert ("not_monotonic", "2024") in codes and ("beyond_final", "2025") in codes
    gap = _ind("gap", VT.NUMBER, ["1", "1"], "2", False)
    assert [i.code for i in P.check_targets(gap, [2023, 2024, 2025, 2026])] == ["missing_years"]
    fixed = _ind("fixed", VT.NUMBER, ["8371.4"] * 4, "33485.6", False)
    assert P.check_targets(fixed, [2023, 2024, 2025, 2026]) == []


def test_children_exceeding_parent_are_reported():
    big = _ind("big", VT.NUMBER, ["50000"] * 4, "200000", False, parent="irr")
    program = P.ProgramData("p", "KB", None, 2023, 2026, None, None, None, None, indicators=(IRR, big, UPPER))
    assert ("irr", "children_exceed") in [(i.indicator_id, i.code) for i in P.check_matrix(program)]


def test_guess_cumulative():
    assert P.guess_cumulative(VT.NUMBER, [D("8371.4")] * 4, D("33485.9")) is False
    assert P.guess_cumulative(VT.NUMBER, [D(550000), D(700000), D(850000), D(1000000)], D(1000000)) is True
    assert P.guess_cumulative(VT.RATIO, [], None) is True


def test_half_year_figures():
    lower = _ind("lower", VT.NUMBER, ["8371.4"] * 4, "33485.9", False, parent="irr",
                 actuals=[("2023H1", "4185.7"), ("2023H2", "4185.7"), ("2024H1", "1000")])
    network = _ind("network", VT.PERCENT, ["62.5", "75", "87.5", "100"], "100", True, baseline=D(50), unit="%",
                   actuals=[("2023H1", "56.25"), ("2023H2", "62.5")])
    trees = _ind("trees", VT.RATIO, ["0.3", "0.8", "2", "2.5"], "3", True, unit="катыш", actuals=[("2023H1", "0.1")])
    m1 = P.MeasureData("m1", "t", "1.1.1", 1, "a", None, 2023, 2026, None)
    m2 = P.MeasureData("m2", "t", "1.1.2", 2, "b", None, 2025, 2026, None)
    m3 = P.MeasureData("m3", "t", "1.1.3", 3, "c", None, 2023, 2024, None)
    task = P.TaskData("t", "1.1", 1, "T", None, (m1, m2, m3))
    program = P.ProgramData(
        "p", "KB", None, 2023, 2026, None, None, None, None,
        priorities=(P.PriorityData("pr", 1, "P", (), (task,)),), indicators=(IRR, lower, UPPER, network, trees),
        progress=(P.ProgressData("m1", "2023H1", MeasureStatus.IN_PROGRESS, None, "x"),
                  P.ProgressData("m3", "2023H1", MeasureStatus.DROPPED, "no money", None)))
    h1 = P.monitoring(program, "2023H1")
    rows = {r.indicator.id: r for r in h1.indicators}
    assert (rows["lower"].target, rows["lower"].to_date, rows["lower"].percent) == (D("8371.4"), D("4185.7"), D("50.0"))
    assert rows["network"].percent == D("90.0")   # 56,25 of 62,5
    assert rows["trees"].percent == D("33.3")     # 1:0,1 of 1:0,3
    assert rows["irr"].target == D("21153.9") and rows["irr"].to_date == D("4185.7")
    h2 = P.monitoring(program, "2023H2")
    rows = {r.indicator.id: r for r in h2.indicators}
    assert rows["lower"].half_actual == D("4185.7") and rows["lower"].to_date == D("8371.4")
    assert rows["lower"].percent == D("100.0")
    assert rows["network"].to_date == D("62.5") and rows["network"].percent == D("100.0")  # a level, not a sum
    assert [m.measure.id for m in h2.measures] == ["m1", "m3"]   # m2 starts in 2025
    status = {m.measure.id: m for m in h2.measures}
    assert status["m1"].status is MeasureStatus.IN_PROGRESS and status["m1"].recorded_period == "2023H1"
    assert status["m1"].comment is None       # comments belong to their own half-year
    assert status["m3"].reason == "no money"
    assert h2.status_counts()[MeasureStatus.DROPPED] == 1


def test_annual_plan_check():
    m1 = P.MeasureData("m1", "t", "1.1.1", 1, "a", None, 2023, 2026, None)
    m2 = P.MeasureData("m2", "t", "1.1.2", 2, "b", None, 2025, 2026, None)
    task = P.TaskData("t", "1.1", 1, "T", None, (m1, m2))
    program = P.ProgramData("p", "KB", None, 2023, 2026, None, None, None, None,
                            priorities=(P.PriorityData("pr", 1, "P", (), (task,)),),
                            annual_plan=((2024, "m2"),))
    assert [m.id for m in P.missing_from_annual_plan(program, 2024)] == ["m1"]
    assert [m.id for m in P.outside_period_in_annual_plan(program, 2024)] == ["m2"]
    assert [m.id for m in P.missing_from_annual_plan(program, 2025)] == ["m1", "m2"]
