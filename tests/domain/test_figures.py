"""Stated figures beside computed ones: people reached with a category used as
the whole, an event's stated total, a budget line's quantity × unit price,
funding channels and the checks of indicator actual values."""
from __future__ import annotations

from decimal import Decimal

from app.domain import budget as B
from app.domain import figures as FG
from app.domain import programs as P
from app.domain.enums import IndicatorValueType
from app.domain.participants import (
    Category, builtin_category_id, event_people, event_totals, grand_total, people_by_category, stated_mismatch,
)
from tests.domain.test_participants import CATS, ids

# an office's own "all participants" at the top, with its own men and women under it
TOTAL = Category("total", None, False)
OWN_MEN = Category("own_men", "total", True)
OWN_WOMEN = Category("own_women", "total", True)
WITH_TOTAL = {**CATS, "total": TOTAL, "own_men": OWN_MEN, "own_women": OWN_WOMEN}


def test_a_category_used_as_the_whole_counts_its_people():
    assert grand_total({"total": 150, "own_women": 83, "own_men": 61}, WITH_TOTAL) == 150
    assert grand_total({"own_women": 83, "own_men": 61}, WITH_TOTAL) == 144    # the whole from its parts
    # beside the builtin men and women it is never added to them
    assert grand_total({"total": 150, **ids(men=61, women=83)}, WITH_TOTAL) == 150


def test_people_reached_is_at_least_any_single_group():
    # 19 children with disabilities and no children given: 19 were there, not 0
    assert grand_total(ids(children_disabilities=19), CATS) == 19
    # the real cases do not move
    assert grand_total(ids(fathers=28, mothers=54, boys=8, girls=4), CATS) == 94
    assert grand_total(ids(children=290, girls=114, children_disabilities=19, migrant_children=89), CATS) == 290


def test_totals_over_events_compute_each_events_wholes_first():
    events = [ids(children=290, girls=114), ids(boys=8, girls=4)]
    totals = people_by_category(events, CATS)
    assert totals[builtin_category_id("children")] == 302       # adding raw counts first gave 290
    assert totals[builtin_category_id("girls")] == 118
    raw = {}
    for e in events:
        for k, v in e.items():
            raw[k] = raw.get(k, 0) + v
    assert event_totals(raw, CATS)[builtin_category_id("children")] == 290   # the old, wrong way


def test_stated_total_beside_the_counts():
    counts = ids(women=83, men=61)
    assert stated_mismatch(counts, CATS, 150) == (150, 144)
    assert stated_mismatch(counts, CATS, 144) is None
    assert stated_mismatch({}, CATS, 150) is None             # nothing to compare with
    assert event_people(counts, CATS, 150) == 144             # computed, the stated one kept beside
    assert event_people({}, CATS, 150) == 150                 # only the stated one is known
    assert event_people({}, CATS, None) == 0


def _line(**kw):
    base = dict(id="l1", category="Сертификаттар", source="donor", planned=600000, recorded_actual=0)
    base.update(kw)
    return B.LineFacts(**base)


def test_quantity_times_unit_price_beside_the_amount():
    line = _line(quantity=Decimal(15), unit="сертификат", unit_price=30000)
    assert line.computed == 450000 and line.mismatch == (600000, 450000)
    check = FG.line_check("p", "Долбоор", line)
    text = check.text("ru").replace("\u00a0", " ")
    assert "15 сертификат × 300,00 сом = 4 500,00 сом" in text and "6 000,00" in text and "-1 500,00" in text
    assert _line(quantity=Decimal(20), unit_price=75000, planned=1500000).mismatch is None
    assert _line().computed is None and _line().mismatch is None
    assert B.line_computed(Decimal("2.5"), 33) == 83          # half a tyiyn rounds up


def test_channel_and_totals_by_source_and_channel():
    lines = [
        _line(id="a", source="donor", planned=1500000, recorded_actual=1500000, channel="through_local_budget"),
        _line(id="b", source="donor", planned=500000, recorded_actual=0, channel="direct"),
        _line(id="c", source="local_budget", planned=900000, recorded_actual=900000, channel=None),
        _line(id="d", source="initiator_in_kind", planned=0, recorded_actual=0, channel=None),
    ]
    assert lines[2].paid_through == "through_local_budget"   # local budget money always is
    b = B.summarize(lines, {}, 3000000, 0, 0)
    assert b.channel("through_local_budget").planned == 2400000
    assert b.channel("direct").planned == 500000
    assert b.channel("").planned == 0
    pairs = {(t.source, t.channel): t.planned for t in b.by_source_channel}
    assert pairs == {("local_budget", "through_local_budget"): 900000, ("donor", "through_local_budget"): 1500000,
                     ("donor", "direct"): 500000}
    assert sum(t.planned for t in b.by_channel) == b.planned


def _indicator(iid, parent=None, cumulative=False, actuals=(), baseline=None, final=None, unit="м²"):
    return P.IndicatorData(iid, parent, None, 0, None, iid, unit, IndicatorValueType.NUMBER, 2022, baseline, (),
                           final, cumulative, (), None, tuple(P.ActualData(p, Decimal(v)) for p, v in actuals))


def _program(*indicators):
    return P.ProgramData("prog", "Программа", None, 2023, 2026, None, None, None, None, (), tuple(indicators))


def test_actual_values_checked_like_targets():
    whole = _indicator("irrigation", actuals=[("2023H1", "10000")])
    park1 = _indicator("lower park", parent="irrigation", actuals=[("2023H1", "8371.4")])
    park2 = _indicator("upper park", parent="irrigation", actuals=[("2023H1", "3000")])
    level = _indicator("network", cumulative=True, baseline=Decimal(50), final=Decimal(100),
                       actuals=[("2023H1", "60"), ("2023H2", "55")], unit="%")
    issues = P.check_actuals(_program(whole, park1, park2, level))
    codes = {(i.indicator_id, i.code) for i in issues}
    assert codes == {("irrigation", "actual_children_exceed"), ("network", "actual_not_monotonic")}
    exceed = next(i for i in issues if i.code == "actual_children_exceed")
    assert exceed.params["total"] == "11\u00a0371,4" and exceed.params["value"] == "10\u00a0000"
    assert P.check_actuals(_program(_indicator("irrigation", actuals=[("2023H1", "20000")]), park1, park2)) == []
