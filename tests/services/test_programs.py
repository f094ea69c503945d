"""Program services on a real database: the Kara-Balta case C, aliases,
the target check, half-year monitoring, corrections, annual plan; every
refused input leaves the database unchanged."""
from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal as D

import pytest

from app.domain.enums import MeasureStatus
from app.services import programs as S
from app.services.errors import ServiceError, ValidationError
from app.store.db import Actor
from tests.program_case_c import build_karabalta


def dump(db) -> list[str]:
    conn = sqlite3.connect(db.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def kb(db):
    return build_karabalta(db)


def test_program_tree_and_numbering(db, kb):
    p = S.get_program(db, kb["program"])
    assert (p.title, p.motto, p.resolution_number, p.resolution_date) == (
        "Кара-Балта шаарын өнүктүрүү программасы 2023–2026", "Келечектин жашыл, сарамжалдуу шаары", "05",
        date(2023, 2, 16))
    assert [pr.number for pr in p.priorities] == [1, 2, 3, 4]
    numbers = [(m.number, m.start_year, m.end_year) for _, _, m in p.measures()]
    assert numbers == [("1.1.1", 2023, 2024), ("1.2.1", 2023, 2026), ("3.1.1", 2023, 2026),
                       ("3.1.2", 2023, 2026), ("3.1.3", 2025, 2026)]
    assert p.priorities[0].tasks[0].area_id == kb["area_edu"]


def test_aliases_group_the_same_body(db, kb):
    p = S.get_program(db, kb["program"])
    measures = {m.id: m for _, _, m in p.measures()}
    universal = {b.id for mid in ("m3", "m4", "m5") for b in measures[kb[mid]].responsible if "Универсал" in b.name}
    assert len(universal) == 1          # «МП «Универсал»», «МП Универсал», «Мп «универсал»» are one body
    bodies = {b.name: b for b in S.list_bodies(db)}
    assert set(bodies) == {"МП «Универсал»", "МС и ММ управление", "Шаардын мэриясы", "Шаардык кеңеш"}
    assert bodies["МП «Универсал»"].uses == 3 + 5   # three measures, five indicators


def test_merge_bodies_and_alias_clash(db, kb):
    before = {b.name: b.id for b in S.list_bodies(db)}
    other = S.save_body(db, None, "Муниципалдык ишкана Универсал")
    measure = S.add_measure(db, kb["t3"], title="Жаңы чара", period_text="2024",
                            responsible="Муниципалдык ишкана Универсал")
    S.merge_bodies(db, before["МП «Универсал»"], other)
    p = S.get_program(db, kb["program"])
    m = next(m for _, _, m in p.measures() if m.id == measure)
    assert [b.name for b in m.responsible] == ["МП «Универсал»"]
    assert S.resolve_body(db, "муниципалдык ишкана «Универсал»") == before["МП «Универсал»"]
    state = dump(db)
    with pytest.raises(ValidationError) as exc:
        S.save_body(db, None, "Шаардын мэриясы (жаңы)", "мп универсал")
    assert exc.value.errors["aliases"].key == "programs.alias_taken"
    with pytest.raises(ServiceError):
        S.merge_bodies(db, other, other)
    assert dump(db) == state


def test_indicator_values_and_sum_check(db, kb):
    p = S.get_program(db, kb["program"])
    ind = {i.id: i for i in p.indicators}
    lower = ind[kb["lower_park"]]
    assert lower.targets == tuple((y, D("8371.4")) for y in range(2023, 2027))
    assert lower.final_target == D("33485.9") and lower.cumulative is False
    assert ind[kb["upper_park"]].final_target == D("51130")
    assert ind[kb["irrigation"]].final_target == D("84615.9")
    assert [b.name for b in lower.responsible] == ["МП «Универсал»", "МС и ММ управление"]
    net = ind[kb["network"]]
    assert (net.baseline_value, net.final_target, net.cumulative) == (D(50), D(100), True)
    assert "40 486" in net.footnote
    trees = ind[kb["trees"]]
    assert trees.baseline_value == D(0) and [v for _, v in trees.targets] == [D("0.3"), D("0.8"), D(2), D("2.5")]
    assert trees.fmt(trees.final_target) == "1:3"
    warnings = S.matrix_warnings(db, kb["program"])
    assert [(w.indicator_id, w.code) for w in warnings] == [(kb["lower_park"], "sum_mismatch")]
    assert warnings[0].message("ru") == (
        "Сумма годовых целей 33\u00a0485,6, а итоговая цель 33\u00a0485,9 (разница 0,3).")


def test_half_year_report_figures(db, kb):
    data = S.monitoring_view(db, kb["program"], "2023H1")
    rows = {r.indicator.id: r for r in data.indicators}
    assert (rows[kb["lower_park"]].half_actual, rows[kb["lower_park"]].percent) == (D("4185.7"), D("50.0"))
    assert rows[kb["upper_park"]].percent == D("50.0")
    assert (rows[kb["irrigation"]].target, rows[kb["irrigation"]].to_date) == (D("21153.9"), D("10576.95"))
    assert rows[kb["network"]].percent == D("90.0")
    assert rows[kb["trees"]].percent == D("33.3")
    assert rows[kb["social_order"]].percent == D("72.7")
    assert rows[kb["lower_park"]].comment == "Биринчи кезек"
    status = {r.measure.id: r for r in data.measures}
    assert kb["m5"] not in status     # 2025–2026
    assert status[kb["m4"]].status is MeasureStatus.DROPPED and status[kb["m4"]].reason == "Каржы жок"
    assert data.status_counts() == {MeasureStatus.NOT_STARTED: 0, MeasureStatus.IN_PROGRESS: 2,
                                    MeasureStatus.DONE: 1, MeasureStatus.DROPPED: 1}
    # the second half: additive indicators add up, levels do not
    S.record_half_year(db, kb["program"], "2023H2", actuals={
        kb["lower_park"]: S.ActualInput("4 185,7"), kb["network"]: S.ActualInput("62,5")},
        statuses={kb["m1"]: S.StatusInput("done")})
    h2 = {r.indicator.id: r for r in S.monitoring_view(db, kb["program"], "2023H2").indicators}
    assert (h2[kb["lower_park"]].to_date, h2[kb["lower_park"]].percent) == (D("8371.4"), D("100.0"))
    assert (h2[kb["network"]].to_date, h2[kb["network"]].percent) == (D("62.5"), D("100.0"))
    # clearing a value removes it
    S.record_actual(db, kb["network"], "2023H2", "")
    h2 = {r.indicator.id: r for r in S.monitoring_view(db, kb["program"], "2023H2").indicators}
    assert h2[kb["network"]].half_actual is None and h2[kb["network"]].to_date == D("56.25")


def test_refused_half_year_entries_change_nothing(db, kb):
    state = dump(db)
    with pytest.raises(ValidationError) as exc:
        S.record_half_year(db, kb["program"], "2023H1", actuals={
            kb["lower_park"]: S.ActualInput("5 000"),          # fine, but the batch is refused as a whole
            kb["trees"]: S.ActualInput("1:x"),
            kb["network"]: S.ActualInput("много")},
            statuses={kb["m1"]: S.StatusInput("dropped"),       # no reason
                      kb["m2"]: S.StatusInput("finished")})
    errors = exc.value.errors
    assert errors[f"actual:{kb['trees']}"].key == "programs.value_ratio"
    assert errors[f"actual:{kb['network']}"].key == "programs.value_percent"
    assert errors[f"status:{kb['m1']}"].key == "programs.reason_required"
    assert errors[f"status:{kb['m2']}"].key == "programs.status"
    for half in ("2027H1", "2023H3", "x"):
        with pytest.raises(ServiceError):
            S.record_actual(db, kb["lower_park"], half, "1")
    assert dump(db) == state


def test_refused_program_and_plan_input_changes_nothing(db, kb):
    state = dump(db)
    with pytest.raises(ValidationError) as exc:
        S.create_program(db, title="", start_year="2026", end_year="2023")
    assert set(exc.value.errors) == {"title", "end_year"}
    with pytest.raises(ValidationError) as exc:
        S.add_priority(db, kb["program"], 1, "Кайталанган номер")
    assert exc.value.errors["number"].key == "programs.priority_number"
    with pytest.raises(ValidationError) as exc:
        S.add_measure(db, kb["t1"], title="Чара", period_text="качандыр бир убакта", responsible="Мэрия")
    assert exc.value.errors["period_text"].key == "programs.period_unknown"
    with pytest.raises(ValidationError) as exc:
        S.add_measure(db, kb["t1"], title="Чара", period_text="2030", responsible="")
    assert set(exc.value.errors) == {"period_text", "responsible"}
    with pytest.raises(ValidationError) as exc:
        S.add_indicator(db, kb["program"], name="Сан", value_type="number", targets={2023: "abc", 2031: "1"},
                        final="1:2", parent_id=kb["lower_park"])
    assert set(exc.value.errors) == {"target_2023", "target_2031", "final", "parent_id"}
    viewer = db.actor
    db.actor = Actor("viewer", "viewer")
    try:
        with pytest.raises(ServiceError) as exc:
            S.add_priority(db, kb["program"], 9, "Жок")
        assert exc.value.key == "auth.denied"
    finally:
        db.actor = viewer
    assert dump(db) == state


def test_target_correction_needs_the_approving_decision(db, kb):
    cid = S.propose_correction(db, kb["lower_park"], year=None, new_value="33 485,6",
                               reason="Арифметикалык ката", half="2023H1")
    p = S.get_program(db, kb["program"])
    assert p.indicator(kb["lower_park"]).final_target == D("33485.9")    # not applied before approval
    corr = p.corrections[0]
    assert (corr.old_value, corr.new_value, corr.approved) == (D("33485.9"), D("33485.6"), False)
    state = dump(db)
    with pytest.raises(ValidationError):
        S.approve_correction(db, cid, decision_number="", decision_date=None)
    assert dump(db) == state
    S.approve_correction(db, cid, decision_number="12", decision_date=date(2023, 8, 1),
                         decision_body="Кара-Балта шаардык кеңеши")
    p = S.get_program(db, kb["program"])
    assert p.indicator(kb["lower_park"]).final_target == D("33485.6")
    assert p.corrections[0].approved and p.corrections[0].approved_by == db.actor.name
    assert S.matrix_warnings(db, kb["program"]) == []     # the sum now adds up
    with pytest.raises(ServiceError):
        S.approve_correction(db, cid, decision_number="13", decision_date=date(2023, 9, 1))
    yid = S.propose_correction(db, kb["trees"], year=2024, new_value="1:1")
    S.approve_correction(db, yid, decision_number="14", decision_date=date(2024, 2, 1))
    assert S.get_program(db, kb["program"]).indicator(kb["trees"]).target(2024) == D(1)


def test_monitoring_group(db, kb):
    p = S.get_program(db, kb["program"])
    assert [m.organisation for m in p.members] == ["Шаардын мэриясы", "Шаардык кеңеш", "Бизнес кеңеш",
                                                   "Жарандык кеңеш"]
    S.remove_group_member(db, p.members[-1].id)
    assert len(S.get_program(db, kb["program"]).members) == 3


def test_annual_plan_derived_with_missing_check(db, kb):
    view = S.annual_plan(db, kb["program"], 2024)
    assert view.planned == () and {m.id for m in view.missing} == {kb[m] for m in ("m1", "m2", "m3", "m4")}
    assert S.derive_annual_plan(db, kb["program"], 2024) == 4
    assert S.derive_annual_plan(db, kb["program"], 2024) == 0
    S.set_in_annual_plan(db, kb["m3"], 2024, False)
    S.set_in_annual_plan(db, kb["m5"], 2024, True)        # scheduled for 2025–2026 only
    view = S.annual_plan(db, kb["program"], 2024)
    assert [m.id for m in view.missing] == [kb["m3"]]
    assert [m.id for m in view.outside] == [kb["m5"]]
    S.set_in_annual_plan(db, kb["m3"], 2024, True)        # back in: the tombstoned row comes back
    assert S.annual_plan(db, kb["program"], 2024).missing == ()
    state = dump(db)
    with pytest.raises(ValidationError):
        S.derive_annual_plan(db, kb["program"], 2030)
    assert dump(db) == state


def test_deleting_tombstones_the_subtree(db, kb):
    S.delete_task(db, kb["t3"])
    p = S.get_program(db, kb["program"])
    assert [m.number for _, _, m in p.measures()] == ["1.1.1", "1.2.1"]
    S.delete_indicator(db, kb["irrigation"])
    ids = {i.id for i in S.get_program(db, kb["program"]).indicators}
    assert kb["lower_park"] not in ids and kb["network"] in ids
    S.delete_priority(db, kb["p1"])
    assert [pr.number for pr in S.get_program(db, kb["program"]).priorities] == [2, 3, 4]


def test_kara_balta_from_the_demo_data(demo_db):
    db = demo_db
    programs = S.list_programs(db)
    assert len(programs) == 1
    program_id = programs[0].id
    p = S.get_program(db, program_id)
    assert (p.start_year, p.end_year, p.resolution_number, p.resolution_date) == (2023, 2026, "05", date(2023, 2, 16))
    by_name = {i.name: i for i in p.indicators}
    lower = by_name["анын ичинде төмөнкү парк"]
    assert [v for _, v in lower.targets] == [D("8371.4")] * 4 and lower.final_target == D("33485.9")
    upper = by_name["анын ичинде жогорку парк"]
    assert upper.final_target == D("51130") and lower.final_target + upper.final_target == D("84615.9")
    network = by_name["Сугат тармагын калыбына келтирүү (40 486 п.м. бардыгы)"]
    assert (network.fmt(network.baseline_value), network.fmt(network.final_target)) == ("50\u00a0%", "100\u00a0%")
    trees = by_name["Бар дарактардын жаңы отургузулгандарга катышы"]
    assert [trees.fmt(v) for v in (trees.baseline_value, *[v for _, v in trees.targets], trees.final_target)] == [
        "1:0", "1:0,3", "1:0,8", "1:2", "1:2,5", "1:3"]
    assert [b.name for b in lower.responsible] == ["МП «Универсал»"]
    # the sum check: 4 × 8 371,4 = 33 485,6 (and 4 × 21 153,9 = 84 615,6) against the document's finals
    warnings = {(w.indicator_name, w.code): w.params for w in S.matrix_warnings(db, program_id)}
    assert warnings[("анын ичинде төмөнкү парк", "sum_mismatch")]["difference"] == "0,3"
    assert warnings[("Парктарды автоматтык сугаруу", "sum_mismatch")]["difference"] == "0,3"
    assert len(warnings) == 2
    # half-year figures on the demo program
    S.record_half_year(db, program_id, "2023H1", actuals={
        lower.id: S.ActualInput("4 185,7"), network.id: S.ActualInput("56,25 %"), trees.id: S.ActualInput("1:0,15")})
    rows = {r.indicator.name: r for r in S.monitoring_view(db, program_id, "2023H1").indicators}
    assert rows["анын ичинде төмөнкү парк"].percent == D("50.0")
    assert rows["Сугат тармагын калыбына келтирүү (40 486 п.м. бардыгы)"].percent == D("90.0")
    assert rows["Бар дарактардын жаңы отургузулгандарга катышы"].percent == D("50.0")
    # aliases written in the demo group spellings of the same body
    assert S.resolve_body(db, "МП Универсал") == S.resolve_body(db, "мп «универсал»") == lower.responsible[0].id
