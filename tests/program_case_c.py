"""Case C (shared/domain/cases.md): the Kara-Balta development program
2023–2026, entered through the program services, with the matrix figures
of the source document and a first half-year of monitoring.

`build_karabalta(db)` returns the ids tests refer to.
"""
from __future__ import annotations

from datetime import date

from app.services import programs as S
from app.services.browse import create_municipality

UNIVERSAL = "МП «Универсал»"
MS_MM = "МС и ММ управление"


def build_karabalta(db, *, with_monitoring: bool = True) -> dict[str, str]:
    ids: dict[str, str] = {}
    if not S.list_programs(db):
        try:
            create_municipality(db, "Кара-Балта шаары", "city", "Жайыл району", "Чүй облусу")
        except Exception:
            pass
    pid = S.create_program(
        db, title="Кара-Балта шаарын өнүктүрүү программасы 2023–2026", motto="Келечектин жашыл, сарамжалдуу шаары",
        start_year=2023, end_year=2026, resolution_body="Кара-Балта шаардык кеңеши", resolution_number="05",
        resolution_date=date(2023, 2, 16))
    ids["program"] = pid
    titles = [
        "Социалдык өнүгүү үчүн шарттарды түзүү",
        "Бизнести өнүктүрүү жана инвестиция",
        "Климатка ыңгайлашуу, таза суу, коммуналдык кызматтар, санариптештирүү",
        "Шаарды башкаруунун заманбап системасы",
    ]
    for n, title in enumerate(titles, start=1):
        ids[f"p{n}"] = S.add_priority(db, pid, n, title)
    ids["area_edu"] = S.add_area(db, ids["p1"], "Билим берүү")
    ids["t1"] = S.add_task(db, ids["p1"], "Мектепке чейинки билим берүүнү кеңейтүү", area_id=ids["area_edu"])
    ids["m1"] = S.add_measure(db, ids["t1"], title="Жаңы бала бакча куруу", period_text="2023–2024",
                              expected_result="120 орундуу бала бакча", responsible="Шаардын мэриясы")
    ids["t2"] = S.add_task(db, ids["p1"], "Социалдык заказды өнүктүрүү")
    ids["m2"] = S.add_measure(db, ids["t2"], title="Социалдык заказ боюнча сынак өткөрүү",
                              period_text="жыл сайын, жок дегенде 2 иш-чара",
                              expected_result="Жылына 400 000 сомдон 1 000 000 сомго чейин",
                              responsible="Шаардын мэриясы; Шаардык кеңеш")
    ids["t3"] = S.add_task(db, ids["p3"], "Шаардын парктарын жашылдандыруу жана сугаруу")
    ids["m3"] = S.add_measure(db, ids["t3"], title="Парктарда автоматтык сугаруу системасын орнотуу",
                              period_text="2023–2026", expected_result="84 615,9 м² сугарылат",
                              responsible=f"{UNIVERSAL}, {MS_MM}")
    ids["m4"] = S.add_measure(db, ids["t3"], title="Сугат тармагын калыбына келтирүү", period_text="2023-2026",
                              expected_result="40 486 п.м. калыбына келтирилет",
                              responsible="МП Универсал")  # the same body, written without quotes
    ids["m5"] = S.add_measure(db, ids["t3"], title="Дарак отургузуу", period_text="2025–2026",
                              expected_result="Дарактардын катышы 1:3", responsible="Мп «универсал»")

    ids["irrigation"] = S.add_indicator(
        db, pid, issue="Парктарды сугаруу", name="Автоматтык сугаруу менен камсыз болгон парктардын аянты",
        unit="м²", value_type="number", baseline_year=2022, baseline="0", final="84 615,9",
        responsible=f"{UNIVERSAL}, {MS_MM}", priority_id=ids["p3"])
    ids["lower_park"] = S.add_indicator(
        db, pid, issue="Парктарды сугаруу", name="анын ичинде төмөнкү парк", unit="м²", value_type="number",
        baseline_year=2022, baseline="0", targets={y: "8 371,4" for y in range(2023, 2027)}, final="33 485,9",
        responsible=f"{UNIVERSAL}, {MS_MM}", parent_id=ids["irrigation"], priority_id=ids["p3"])
    ids["upper_park"] = S.add_indicator(
        db, pid, issue="Парктарды сугаруу", name="анын ичинде жогорку парк", unit="м²", value_type="number",
        baseline_year=2022, baseline="0", targets={y: "12 782,5" for y in range(2023, 2027)}, final="51 130",
        responsible=f"{UNIVERSAL}, {MS_MM}", parent_id=ids["irrigation"], priority_id=ids["p3"])
    ids["network"] = S.add_indicator(
        db, pid, issue="Сугат тармагы", name="Калыбына келтирилген сугат тармагынын үлүшү", unit="%",
        value_type="percent", baseline_year=2022, baseline="50 %",
        targets={2023: "62,5 %", 2024: "75 %", 2025: "87,5 %", 2026: "100 %"}, final="100 %",
        responsible=UNIVERSAL, priority_id=ids["p3"],
        footnote="Бардыгы 40 486 п.м.; 2022-ж. 20 243 п.м. (50 %); жылына 5 061 п.м.")
    ids["trees"] = S.add_indicator(
        db, pid, issue="Жашылдандыруу", name="Бар дарактардын жаңы отургузулгандарга катышы", unit="катыш",
        value_type="ratio", baseline_year=2022, baseline="1:0",
        targets={2023: "1:0,3", 2024: "1:0,8", 2025: "1:2", 2026: "1:2,5"}, final="1:3",
        responsible="Мп Универсал", priority_id=ids["p3"])
    ids["social_order"] = S.add_indicator(
        db, pid, issue="Социалдык заказ", name="Социалдык заказды каржылоо", unit="сом", value_type="number",
        baseline_year=2022, baseline="400 000",
        targets={2023: "550 000", 2024: "700 000", 2025: "850 000", 2026: "1 000 000"}, final="1 000 000",
        responsible="Шаардын мэриясы", priority_id=ids["p1"])

    S.add_group_member(db, pid, full_name="Асанова Г.", organisation="Шаардын мэриясы", role="Төрага")
    S.add_group_member(db, pid, full_name="Токтогулов Н.", organisation="Шаардык кеңеш", role="Мүчө")
    S.add_group_member(db, pid, full_name="Ким Е.", organisation="Бизнес кеңеш", role="Мүчө")
    S.add_group_member(db, pid, full_name="Садыкова А.", organisation="Жарандык кеңеш", role="Мүчө")

    if with_monitoring:
        S.record_half_year(db, pid, "2023H1", actuals={
            ids["lower_park"]: S.ActualInput("4 185,7", "Биринчи кезек"),
            ids["upper_park"]: S.ActualInput("6 391,25"),
            ids["network"]: S.ActualInput("56,25 %"),
            ids["trees"]: S.ActualInput("1:0,1"),
            ids["social_order"]: S.ActualInput("400 000"),
        }, statuses={
            ids["m1"]: S.StatusInput("in_progress", comment="Долбоор даярдалды"),
            ids["m2"]: S.StatusInput("done", comment="2 сынак өттү"),
            ids["m3"]: S.StatusInput("in_progress"),
            ids["m4"]: S.StatusInput("dropped", reason="Каржы жок", comment="2024-жылга которулат"),
        })
    return ids
