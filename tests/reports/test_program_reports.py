"""The three program reports, built through the registry and the command
line, read back from PDF and XLSX."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import parse, run
from app.services.errors import ServiceError
from app.services.reporting import ReportParams, build_report, list_reports
from tests.program_case_c import build_karabalta
from tests.reports.pdf_grid import Table, line_with, pieces


@pytest.fixture(scope="module")
def kb_db(tmp_path_factory):
    from app.store.db import open_database

    path = tmp_path_factory.mktemp("kb") / "kb.sqlite3"
    database = open_database(path)
    ids = build_karabalta(database)
    from app.services import programs as S

    cid = S.propose_correction(database, ids["lower_park"], year=None, new_value="33 485,6",
                               reason="Арифметикалык ката", half="2023H1")
    yield database, ids, cid
    database.close()


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height   # landscape
    # words only: line breaks of wrapped cells and no-break spaces become plain spaces
    return " ".join("\n".join(page.extract_text() for page in reader.pages).split())


def _shown(cell) -> str:
    """A cell as a person reads it: numbers (real number cells) in the local format."""
    from decimal import Decimal

    from app.domain.money import group_thousands

    value = cell.value
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return str(value)
    percent = cell.number_format.endswith("%")
    number = Decimal(str(value * 100 if percent else value)).quantize(Decimal("0.0001")).normalize()
    whole, _, frac = format(number, "f").partition(".")
    text = group_thousands(int(whole)) + ("," + frac if frac else "")
    return text + "\u00a0%" if percent else text


def xlsx_cells(path: Path) -> list[str]:
    """Every shown value, sheet after sheet."""
    cells = []
    for ws in load_workbook(path).worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert ws.freeze_panes is None or ws.freeze_panes != "A1"
        cells += [_shown(c) for row in ws.iter_rows() for c in row if c.value is not None]
    return cells


def keep(path: Path) -> None:
    target = os.environ.get("DEMILGE_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)


def build(db, name, program, fmt, lang, tmp_path, half=None) -> Path:
    out = tmp_path / f"{name}-{lang}.{fmt}"
    build_report(db, name, ReportParams(lang=lang, program=program, half=half), fmt, out)
    keep(out)
    return out


def test_registered_with_their_needs():
    specs = {s.name: s for s in list_reports()}
    assert specs["action-plan"].needs == ("program",)
    assert specs["indicator-matrix"].needs == ("program",)
    assert specs["monitoring"].needs == ("program", "half")
    for name in ("action-plan", "indicator-matrix", "monitoring"):
        assert specs[name].formats == ("pdf", "xlsx")
        assert set(specs[name].title) == {"ky", "ru", "en"}


def test_action_plan_six_columns(kb_db, tmp_path):
    db, ids, _ = kb_db
    text = pdf_text(build(db, "action-plan", ids["program"], "pdf", "ky", tmp_path))
    for needle in ("Иш-чаралардын планы", "Тапшырма", "Чаралар / иш-аракеттер", "Мөөнөтү",
                   "Күтүлгөн натыйжа (продукт)", "Жооптуу аткаруучулар", "1-артыкчылык", "3.1.2",
                   "жыл сайын, жок дегенде 2", "МП «Универсал», МС и ММ", "№ 05", "16.02.2023"):
        assert needle in text, needle
    cells = xlsx_cells(build(db, "action-plan", ids["program"], "xlsx", "ru", tmp_path))
    header = cells.index("№")
    assert cells[header:header + 6] == ["№", "Задача", "Меры / действия", "Срок", "Ожидаемый результат (продукт)",
                                        "Ответственные исполнители"]
    assert "Приоритет 3. Климатка ыңгайлашуу, таза суу, коммуналдык кызматтар, санариптештирүү" in cells
    assert "МП «Универсал»" in cells       # «МП Универсал» of the input grouped under one name


def test_indicator_matrix(kb_db, tmp_path):
    db, ids, _ = kb_db
    nb = "\u00a0"
    cells = xlsx_cells(build(db, "indicator-matrix", ids["program"], "xlsx", "ky", tmp_path))
    head = cells.index("Маселе")
    assert cells[head:head + 10] == ["Маселе", "Индикатор", "Өлчөө бирдиги", "Базалык маани (2022)", "2023", "2024",
                                     "2025", "2026", "Акыркы максат", "Жооптуу орган"]
    for value in (f"8{nb}371,4", f"33{nb}485,9", f"51{nb}130", f"84{nb}615,9", f"50{nb}%", f"100{nb}%", "1:0",
                  "1:0,3", "1:2,5", "1:3", f"400{nb}000", f"1{nb}000{nb}000"):
        assert value in cells, value
    assert any("33\u00a0485,6" in c and "33\u00a0485,9" in c for c in cells)    # the sum check
    out = build(db, "indicator-matrix", ids["program"], "pdf", "ru", tmp_path)
    text = pdf_text(out)
    for needle in ("Матрица индикаторов", "Базовое значение", "Итоговая цель", "Ответственный орган",
                   "Проверка целей"):
        assert needle in text.replace(nb, " "), needle
    found = pieces(out)
    matrix = Table(found, MATRIX_RU)
    assert [matrix.row("анын ичинде төмөнкү парк", 1)[c] for c in MATRIX_RU[3:9]] == [
        "0", "8 371,4", "8 371,4", "8 371,4", "8 371,4", "33 485,9"]
    assert [matrix.row("Калыбына келтирилген сугат", 1)[c] for c in MATRIX_RU[3:9]] == [
        "50 %", "62,5 %", "75 %", "87,5 %", "100 %", "100 %"]
    assert line_with(found, "разница").endswith("Сумма годовых целей 33 485,6, а итоговая цель 33 485,9 "
                                                 "(разница 0,3).")
    assert "Бардыгы 40 486 п.м." in line_with(found, "40 486")


def test_monitoring_half_year(kb_db, tmp_path):
    db, ids, _ = kb_db
    nb = "\u00a0"
    cells = xlsx_cells(build(db, "monitoring", ids["program"], "xlsx", "ru", tmp_path, half="2023H1"))
    assert "Период: I полугодие 2023 г." in cells
    row = cells.index("анын ичинде төмөнкү парк")
    assert cells[row:row + 7] == ["анын ичинде төмөнкү парк", "м²", f"8{nb}371,4", f"4{nb}185,7", f"4{nb}185,7",
                                  f"50{nb}%", "Биринчи кезек"]
    row = cells.index("Калыбына келтирилген сугат тармагынын үлүшү")
    assert cells[row + 2:row + 6] == [f"62,5{nb}%", f"56,25{nb}%", f"56,25{nb}%", f"90{nb}%"]
    row = cells.index("Бар дарактардын жаңы отургузулгандарга катышы")
    assert cells[row + 2:row + 6] == ["1:0,3", "1:0,1", "1:0,1", f"33,3{nb}%"]
    assert "Всего мероприятий 4: выполнено 1, выполняется 2, не начато 0, отменено 1." in cells
    assert "отменено" in cells and "Причина: Каржы жок\n2024-жылга которулат" in cells
    assert "предложено, не утверждено" in cells
    out = build(db, "monitoring", ids["program"], "pdf", "ky", tmp_path, half="2023H1")
    flat = pdf_text(out).replace(nb, " ")
    for needle in ("Өнүктүрүү программасынын аткарылышы жөнүндө маалымат", "2023-жылдын I жарым жылдыгы",
                   "токтотулду", "Мониторинг тобу", "Асанова Г.", "Жарандык кеңеш",
                   "сунушталды, бекитиле элек", "1-бет / 2", "2-бет / 2"):
        assert needle in flat, needle
    found = pieces(out)
    plan = Table(found, MONITORING_KY)
    rows = {label: [plan.row(label)[c] for c in MONITORING_KY[2:6]] for label in (
        "анын ичинде төмөнкү парк", "Калыбына келтирилген сугат тармагынын үлүшү",
        "Бар дарактардын жаңы отургузулгандарга катышы")}
    assert rows == {"анын ичинде төмөнкү парк": ["8 371,4", "4 185,7", "4 185,7", "50 %"],
                    "Калыбына келтирилген сугат тармагынын үлүшү": ["62,5 %", "56,25 %", "56,25 %", "90 %"],
                    "Бар дарактардын жаңы отургузулгандарга катышы": ["1:0,3", "1:0,1", "1:0,1", "33,3 %"]}
    assert Table(found, ["№", "Иш-чара", "Жооптуу аткаруучулар", "Абалы", "Түшүндүрмө"],
                 row_gap=20).row("3.1.2")["Абалы"] \
        == "токтотулду"


MATRIX_RU = ["Проблема", "Индикатор", "Ед. изм.", "Базовое значение (2022)", "2023", "2024", "2025", "2026",
             "Итоговая цель", "Ответственный орган"]
MATRIX_KY = ["Маселе", "Индикатор", "Өлчөө бирдиги", "Базалык маани (2022)", "2023", "2024", "2025", "2026",
             "Акыркы максат", "Жооптуу орган"]
MONITORING_KY = ["Индикатор", "Өлчөө бирдиги", "2023-жылдын максаты", "Факт (жарым жыл)", "Факт (жыл башынан)",
                 "Максаттын %", "Түшүндүрмө"]


def test_refusals(kb_db, tmp_path):
    db, ids, _ = kb_db
    with pytest.raises(ServiceError) as exc:
        build(db, "monitoring", ids["program"], "pdf", "ky", tmp_path)
    assert exc.value.key == "report.param_missing"
    for half in ("2030H1", "2023H5"):
        with pytest.raises(ServiceError) as exc:
            build(db, "monitoring", ids["program"], "pdf", "ky", tmp_path, half=half)
        assert exc.value.key == "preport.half_bad"
    with pytest.raises(ServiceError) as exc:
        build(db, "action-plan", "no-such-id", "pdf", "ky", tmp_path)
    assert exc.value.key == "report.not_found"  # checked by build_report for every report
    assert not list(tmp_path.glob("*.part"))


def test_cli(kb_db, tmp_path, capsys):
    db, ids, _ = kb_db
    copy = tmp_path / "copy.sqlite3"
    import sqlite3

    src = sqlite3.connect(db.path)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    out = tmp_path / "m.pdf"
    code = run(parse(["report", "monitoring", "--program", ids["program"], "--half", "2023H1", "--lang", "ru",
                      "--format", "pdf", "--out", str(out), "--db", str(copy)]))
    assert code == 0 and out.exists()
    code = run(parse(["report", "monitoring", "--program", ids["program"], "--out", str(out), "--db", str(copy),
                      "--lang", "en"]))
    assert code == 2 and "--half" in capsys.readouterr().err


def test_demo_program_reports(demo_db, tmp_path):
    from app.services import programs as S

    program_id = S.list_programs(demo_db)[0].id
    out = build(demo_db, "indicator-matrix", program_id, "pdf", "ky", tmp_path)
    found = pieces(out)
    matrix = Table(found, MATRIX_KY)
    final = MATRIX_KY[8]
    got = {label: (matrix.row(label, 1)[MATRIX_KY[4]], matrix.row(label, 1)[final]) for label in (
        "анын ичинде төмөнкү парк", "анын ичинде жогорку парк", "Парктарды автоматтык сугаруу",
        "Сугат тармагын калыбына келтирүү", "Бар дарактардын жаңы")}
    assert got == {"анын ичинде төмөнкү парк": ("8 371,4", "33 485,9"),
                   "анын ичинде жогорку парк": ("12 782,5", "51 130"),
                   "Парктарды автоматтык сугаруу": ("21 153,9", "84 615,9"),
                   "Сугат тармагын калыбына келтирүү": ("62,5 %", "100 %"), "Бар дарактардын жаңы": ("1:0,3", "1:3")}
    assert line_with(found, "• анын ичинде төмөнкү парк:").endswith("33 485,6, акыркы максат 33 485,9 (айырма 0,3).")
    assert "Максаттарды текшерүү" in pdf_text(out)
    text = pdf_text(build(demo_db, "monitoring", program_id, "pdf", "ru", tmp_path, half="2024H2"))
    assert "II полугодие 2024 г." in text and "не начато" in text
    cells = xlsx_cells(build(demo_db, "action-plan", program_id, "xlsx", "ky", tmp_path))
    assert "жыл сайын, кеминде 2 иш-чара" in cells


def test_xlsx_has_one_sheet_per_priority_with_frozen_headers(demo_db, tmp_path):
    from app.services.listing import id_listing

    program_id = id_listing(demo_db, "programs")[0][0]
    wb = load_workbook(build(demo_db, "action-plan", program_id, "xlsx", "ky", tmp_path))
    sheets = [ws for ws in wb.worksheets if ws.title.split(".")[0].endswith("-артыкчылык")]
    assert len(sheets) == 4 and sheets[0].title.startswith("1-артыкчылык")
    for ws in sheets:
        header_row = int(ws.freeze_panes[1:]) - 1
        assert [c.value for c in ws[header_row]][:2] == ["№", "Тапшырма"]
        assert len(ws.title) <= 31 and ws.title == ws.title.strip()
    wb = load_workbook(build(demo_db, "indicator-matrix", program_id, "xlsx", "ru", tmp_path))
    matrix = wb.worksheets[0]
    assert matrix.freeze_panes is not None
    numbers = [c.value for row in matrix.iter_rows() for c in row if isinstance(c.value, (int, float))]
    assert 8371.4 in numbers and 33485.9 in numbers


def test_xlsx_number_formats_show_the_printed_digits():
    from app.reports._program_common import _xlsx_value

    assert _xlsx_value("8\u00a0371,4") == (8371.4, "#,##0.0")
    assert _xlsx_value("40\u00a0486") == (40486, "#,##0")
    assert _xlsx_value("50\u00a0%") == (0.5, "0%")
    assert _xlsx_value("56,25\u00a0%") == (0.5625, "0.00%")
    assert _xlsx_value("1:0,3") == ("1:0,3", None)
