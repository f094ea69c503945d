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
    text = pdf_text(build(db, "indicator-matrix", ids["program"], "pdf", "ru", tmp_path))
    for needle in ("Матрица индикаторов", "Базовое значение", "Итоговая цель", "Ответственный орган",
                   "Проверка целей", "разница 0,3", "40 486"):
        assert needle in text.replace(nb, " "), needle


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
    text = pdf_text(build(db, "monitoring", ids["program"], "pdf", "ky", tmp_path, half="2023H1"))
    flat = text.replace(nb, " ")
    for needle in ("Өнүктүрүү программасынын аткарылышы жөнүндө маалымат", "2023-жылдын I жарым жылдыгы",
                   "4 185,7", "90 %", "33,3 %", "токтотулду", "Мониторинг тобу", "Асанова Г.", "Жарандык кеңеш",
                   "сунушталды, бекитиле элек", "1-бет / 2", "2-бет / 2"):
        assert needle in flat, needle


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
    text = pdf_text(build(demo_db, "indicator-matrix", program_id, "pdf", "ky", tmp_path))
    for needle in ("8 371,4", "33 485,9", "51 130", "84 615,9", "50 %", "100 %", "1:0,3", "1:3",
                   "Максаттарды текшерүү", "айырма 0,3"):
        assert needle in text, needle
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
