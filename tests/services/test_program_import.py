"""Import of an indicator matrix (11 columns) and an action plan (6 columns)
from XLSX: preview saves nothing, broken rows are refused one by one."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from openpyxl import Workbook

from app.domain.enums import IndicatorValueType as VT
from app.services import program_import as I
from app.services import programs as S
from app.services.errors import ServiceError
from tests.program_case_c import build_karabalta
from tests.services.test_programs import dump

MATRIX_HEAD = ["Маселе", "Индикатор", "Өлчөө бирдиги", "Базалык маани (2022)", "2023", "2024", "2025", "2026",
               "Акыркы максат", "Жооптуу орган", "Эскертүү"]


def write_xlsx(path, rows, percent_cells=()):
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for ref in percent_cells:
        ws[ref].number_format = "0%"
    wb.save(path)
    return path


@pytest.fixture
def program(db):
    return build_karabalta(db, with_monitoring=False)["program"]


def kara_balta_matrix(tmp_path, broken=True):
    rows = [
        ["Кара-Балта шаарынын индикаторлорунун матрицасы"],
        MATRIX_HEAD,
        list(range(1, 12)),
        ["Парктарды сугаруу", "Сугарылган парктардын аянты", "м²", 0, None, None, None, None, 84615.9,
         "МП «Универсал», МС и ММ управление", None],
        [None, "анын ичинде төмөнкү парк", "м²", 0, 8371.4, 8371.4, 8371.4, 8371.4, "33 485,9",
         "МП Универсал; МС и ММ управление", None],
        [None, "анын ичинде жогорку парк", "м²", "0", "12 782,5", "12 782,5", "12 782,5", "12 782,5", "51 130",
         "МП «Универсал»", None],
        ["Сугат тармагы", "Калыбына келтирилген тармактын үлүшү", "%", 0.5, "62,5 %", "75 %", "87,5 %", "100 %",
         "100 %", "МП «Универсал»", "Бардыгы 40 486 п.м."],
        ["Жашылдандыруу", "Дарактардын катышы", "катыш", "1:0", "1:0,3", "1:0,8", "1:2", "1:2,5", "1:3",
         "Шаардын мэриясы", None],
    ]
    if broken:
        rows += [
            ["Бузук", "Тексттүү сан", "м²", 0, "көп", 1, 1, 1, 4, "Мэрия", None],          # row 9: E not a number
            [None, None, "м²", 0, 1, 1, 1, 1, 4, "Мэрия", None],                            # row 10: no name
            ["Катыш", "Аралаш катыш", "катыш", "1:0", "1:x", "1:1", "1:1", "1:1", "1:2", None, None],  # row 11
            [None, "анын ичинде бузуктун бөлүгү", "м²", 0, 1, 1, 1, 1, 4, None, None],      # row 12: parent bad
            [],
        ]
    return write_xlsx(tmp_path / "matrix.xlsx", rows, percent_cells=("D7",))


def test_matrix_preview_reads_kara_balta_and_refuses_broken_rows_one_by_one(db, program, tmp_path):
    state = dump(db)
    pv = I.preview_import(db, program, kara_balta_matrix(tmp_path), I.INDICATOR_MATRIX)
    assert dump(db) == state                           # nothing saved by the preview
    assert pv.years == (2023, 2024, 2025, 2026) and pv.baseline_year == 2022
    rows = {r.row: r for r in pv.rows}
    assert sorted(rows) == [4, 5, 6, 7, 8]
    assert rows[5].targets == tuple((y, D("8371.4")) for y in range(2023, 2027))
    assert (rows[5].final, rows[5].cumulative, rows[5].parent_row) == (D("33485.9"), False, 4)
    assert rows[6].final == D("51130") and rows[4].final == D("84615.9")
    assert (rows[7].value_type, rows[7].baseline, rows[7].final, rows[7].cumulative) == (VT.PERCENT, D(50), D(100), True)
    assert rows[7].footnote == "Бардыгы 40 486 п.м."
    assert rows[8].value_type is VT.RATIO and [v for _, v in rows[8].targets] == [D("0.3"), D("0.8"), D(2), D("2.5")]
    assert rows[5].responsible == ("МП Универсал", "МС и ММ управление")
    problems = [(p.row, p.key) for p in pv.problems]
    assert problems == [(9, "import.row.value"), (10, "import.row.name"), (11, "import.row.value"),
                        (12, "import.row.no_parent")]
    assert pv.problems[0].message("ru") == "Столбец E: «көп» — не число."
    assert pv.problems[2].message("en") == "Column E: “1:x” is not a ratio (1:2,5)."
    # with broken rows confirm refuses unless told to skip them; nothing is saved either way until then
    with pytest.raises(ServiceError) as exc:
        I.confirm_import(db, pv)
    assert exc.value.key == "import.has_problems" and exc.value.params == {"count": 4}
    assert dump(db) == state
    before = len(S.get_program(db, program).indicators)
    result = I.confirm_import(db, pv, skip_bad_rows=True)
    assert (result.indicators, result.skipped_rows) == (5, 4)
    p = S.get_program(db, program)
    new = p.indicators[before:]
    assert [i.name for i in new][:3] == ["Сугарылган парктардын аянты", "анын ичинде төмөнкү парк",
                                         "анын ичинде жогорку парк"]
    assert new[1].parent_id == new[0].id and new[2].parent_id == new[0].id
    assert [b.name for b in new[1].responsible] == ["МП «Универсал»", "МС и ММ управление"]  # aliases resolved
    assert new[3].baseline_year == 2022


def test_clean_matrix_imports_without_skipping(db, program, tmp_path):
    pv = I.preview_import(db, program, kara_balta_matrix(tmp_path, broken=False), I.INDICATOR_MATRIX)
    assert pv.problems == ()
    assert I.confirm_import(db, pv).indicators == 5


def test_unreadable_files_are_refused(db, program, tmp_path):
    state = dump(db)
    bad = tmp_path / "not.xlsx"
    bad.write_text("this is not excel", encoding="utf-8")
    with pytest.raises(ServiceError) as exc:
        I.preview_import(db, program, bad, I.INDICATOR_MATRIX)
    assert exc.value.key == "import.file"
    with pytest.raises(ServiceError) as exc:
        I.preview_import(db, program, write_xlsx(tmp_path / "t.xlsx", [["Жалгыз аталыш"], ["a", "b"]]),
                         I.INDICATOR_MATRIX)
    assert exc.value.key == "import.no_header"
    with pytest.raises(ServiceError):
        I.preview_import(db, program, bad, "budget")
    assert dump(db) == state


def test_action_plan_import(db, program, tmp_path):
    path = write_xlsx(tmp_path / "plan.xlsx", [
        ["Иш-чаралардын планы"],
        ["№", "Тапшырма", "Чаралар / иш-аракеттер", "Мөөнөтү", "Күтүлгөн натыйжа", "Жооптуу аткаруучулар"],
        [1, 2, 3, 4, 5, 6],
        ["1-артыкчылык. Социалдык өнүгүү үчүн шарттарды түзүү"],
        ["Саламаттык сактоо"],
        ["1.3", "Медициналык жардамды жакшыртуу", "ҮМБ оңдоо", "2023–2024", "2 ҮМБ оңдолду", "Шаардын мэриясы"],
        [None, None, "Ден соолук күнү", "жыл сайын, жок дегенде 2 иш-чара", "Жылына 2 иш-чара",
         "Шаардын мэриясы, Шаардык кеңеш"],
        [None, None, "Чара мөөнөтсүз", "качан болсо", "—", "Мэрия"],                 # row 8
        [None, None, "Чара 2030", "2030", "—", "Мэрия"],                            # row 9
        [None, None, "Чара жооптуусуз", "2024", "—", None],                          # row 10
        ["Приоритет 5. Туризм"],
        ["5.1", "Туристтик маршруттар", "Маршрут картасы", "2025", "Карта", "МП Универсал"],
    ])
    state = dump(db)
    pv = I.preview_import(db, program, path, I.ACTION_PLAN)
    assert dump(db) == state
    assert [(r.row, r.kind) for r in pv.rows] == [(4, "priority"), (5, "area"), (6, "task"), (6, "measure"),
                                                 (7, "measure"), (11, "priority"), (12, "task"), (12, "measure")]
    assert pv.rows[0].number == 1 and pv.rows[5].number == 5 and pv.rows[5].title == "Туризм"
    assert (pv.rows[4].start_year, pv.rows[4].end_year) == (2023, 2026)
    assert [(p.row, p.key) for p in pv.problems] == [(8, "import.row.period"), (9, "import.row.period_outside"),
                                                     (10, "import.row.responsible")]
    result = I.confirm_import(db, pv, skip_bad_rows=True)
    assert (result.priorities, result.areas, result.tasks, result.measures) == (1, 1, 2, 3)
    p = S.get_program(db, program)
    assert [pr.number for pr in p.priorities] == [1, 2, 3, 4, 5]   # priority 1 reused, 5 added
    tourism = p.priorities[-1].tasks[0].measures[0]
    assert tourism.number == "5.1.1" and [b.name for b in tourism.responsible] == ["МП «Универсал»"]
    health = p.priorities[0].tasks[-1]
    assert health.title == "Медициналык жардамды жакшыртуу" and [m.number for m in health.measures] == [
        "1.3.1", "1.3.2"]


def test_cells_typed_in_an_old_kyrgyz_font_are_converted_and_listed(db, program, tmp_path):
    # the Kyrgyz Encyclopedia font: є=ү, љ=ө, ї=ң; the sheet as a whole tells the font
    rows = [MATRIX_HEAD,
            ["Жашыл шаар", "Жаїы дарактардын саны", "даана", 0, 10, 20, 30, 40, 100, "Шаардын мэриясы", None],
            ["Суу", "Таза суу менен камсыз болгон єй-бєлљлљр", "%", "50 %", "60 %", "70 %", "80 %", "90 %", "90 %",
             "Мэрия", None]]
    preview = I.preview_import(db, program, write_xlsx(tmp_path / "old.xlsx", rows), I.INDICATOR_MATRIX)
    names = [r.name for r in preview.rows]
    assert names == ["Жаңы дарактардын саны", "Таза суу менен камсыз болгон үй-бүлөлөр"]
    notice = preview.conversion_notice("ru")
    assert "«Жаїы» → «Жаңы»" in notice and "«єй» → «үй»" in notice and "«бєлљлљр» → «бүлөлөр»" in notice
    I.confirm_import(db, preview)
    assert "Таза суу менен камсыз болгон үй-бүлөлөр" in [i.name for i in S.get_program(db, program).indicators]
