"""The competition announcement and the application register, read back."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import parse, run
from app.services import applications as AP
from app.services.errors import ServiceError
from app.services.reporting import ReportParams, build_report, get_report, list_reports
from tests.competition_data import case_b
from tests.reports.pdf_grid import Table, beside, pieces


@pytest.fixture
def b(db):
    ids = case_b(db)
    AP.withdraw_application(db, ids["app2"], "Демилгечи баш тартты")
    AP.register_application(db, ids["competition"], AP.ApplicationInput(
        applicant_id=ids["kulnazarova"], received_on=date(2021, 10, 2), title="Кечиккен өтүнмө",
        requested_tyiyn="5 000", late_reason="Почта кечикти"), today=date(2021, 10, 2))
    return ids


def pdf_text(path) -> str:
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")
    return " ".join(text.split())          # lines wrapped inside table cells join again


def embedded_fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font \
                else font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def test_both_reports_are_registered():
    names = {s.name: s for s in list_reports()}
    assert names["announcement"].needs == ("competition",) and names["announcement"].formats == ("pdf",)
    assert names["register"].needs == ("competition",) and names["register"].formats == ("pdf", "xlsx")
    assert get_report("register").title["ru"] == "Реестр заявок"


@pytest.mark.parametrize("lang, words", [
    ("ky", ["КУЛАКТАНДЫРУУ", "жергиликтүү демилгелердин сынагы", "Гранттын максималдуу суммасы",
            "Өтүнмө берүүчү муниципалитеттин аймагында жашайт же иштейт", "жеке адам, демилгелүү топ"]),
    ("ru", ["ОБЪЯВЛЕНИЕ", "конкурса местных инициатив", "Максимальная сумма гранта",
            "Заявитель проживает или работает на территории муниципалитета", "физическое лицо, инициативная группа"]),
])
def test_announcement_pdf(db, b, tmp_path, lang, words):
    out = build_report(db, "announcement", ReportParams(lang=lang, competition=b["competition"]), "pdf",
                       tmp_path / f"announcement_{lang}.pdf")
    text = pdf_text(out)
    for w in words + ["Жергиликтүү демилгелердин сынагы 2021", "28.12.2020", "Абдыкадыров Бакыт",
                      "Үй-бүлөлүк зомбулуктан коргоо"]:
        assert w in text, w
    found = pieces(out)
    grant = "Он эки миң сом 00 тыйын" if lang == "ky" else "Двенадцать тысяч сом 00 тыйын"
    assert beside(found, words[2]) == f"12 000,00 сом ({grant})"    # the figure beside its label
    if lang == "ru":
        for label, value in (("Общий объём средств", "23 000,00 сом (Двадцать три тысячи сом 00 тыйын)"),
                             ("Софинансирование", "не менее 50 % стоимости проекта"),
                             ("Дата объявления", "01.09.2021"), ("Срок приёма заявок", "30.09.2021"),
                             ("Подведение итогов", "15.10.2021"),
                             ("Правовое основание", "Айыл кеңешинин токтому № 226 от 28.12.2020")):
            assert beside(found, label) == value, label
    assert embedded_fonts(out) and all("DemilgeSans" in f or "Noto" in f for f in embedded_fonts(out))
    reader = PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)          # A4
    assert reader.metadata.title.endswith("Жергиликтүү демилгелердин сынагы 2021")
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("lang, words", [
    ("ky", ["ӨТҮНМӨЛӨРДҮН РЕЕСТРИ", "Бардык өтүнмөлөр: 3", "катталды (кечиккен)", "кайтарылып алынды"]),
    ("ru", ["РЕЕСТР ЗАЯВОК", "Итого заявок: 3", "зарегистрирована (с опозданием)", "отозвана"]),
])
def test_register_pdf(db, b, tmp_path, lang, words):
    out = build_report(db, "register", ReportParams(lang=lang, competition=b["competition"]), "pdf",
                       tmp_path / f"register_{lang}.pdf")
    text = pdf_text(out)
    for w in words + ["ЖД-2021/001", "ЖД-2021/002", "ЖД-2021/003", "Кожонова Анаргүл", "Атам, апам жана мен",
                      "Демилгечи баш тартты"]:
        assert w in text, w
    if lang == "ru":   # each figure in its application's row and its column
        table = Table(pieces(out), ["Рег. №", "Дата поступления", "Заявитель", "Село", "Название проекта",
                                    "Запрошено, сом", "Софинансирование, сом", "Статус"])
        got = {reg: tuple(table.row(reg)[c] for c in ("Дата поступления", "Запрошено, сом",
                                                      "Софинансирование, сом"))
               for reg in ("ЖД-2021/001", "ЖД-2021/002", "ЖД-2021/003")}
        assert got == {"ЖД-2021/001": ("20.09.2021", "12 000,00", "25 000,00"),
                       "ЖД-2021/002": ("21.09.2021", "11 000,00", "25 000,00"),
                       "ЖД-2021/003": ("02.10.2021", "5 000,00", "0,00")}
        total = table.row("Итого заявок: 3", 2)          # the withdrawn one is not in the sums
        assert (total["Запрошено, сом"], total["Софинансирование, сом"]) == ("17 000,00", "25 000,00")
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)          # A4 landscape


def test_register_pdf_repeats_the_header_on_every_page(db, b, tmp_path):
    from dataclasses import replace

    from tests.competition_data import winner_1

    for i in range(45):
        AP.register_application(db, b["competition"], replace(winner_1(b["kozhonova"]), title=f"Өтүнмө {i}",
                                                              late_reason="кеч", received_on=date(2021, 10, 2)),
                                today=date(2021, 10, 2))
    out = build_report(db, "register", ReportParams(lang="ru", competition=b["competition"]), "pdf",
                       tmp_path / "long.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    for n, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "Рег. №" in text and f"Стр. {n} из {len(reader.pages)}" in text


def test_register_xlsx_has_numbers_and_dates(db, b, tmp_path):
    out = build_report(db, "register", ReportParams(lang="ru", competition=b["competition"]), "xlsx",
                       tmp_path / "register.xlsx")
    ws = load_workbook(out).active
    assert ws["A1"].value == "РЕЕСТР ЗАЯВОК"
    header = [c.value for c in ws[5]]
    assert header[:3] == ["Рег. №", "Дата поступления", "Заявитель"] and header[5] == "Запрошено, сом"
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=6, max_row=8)]
    assert [r[0] for r in rows] == ["ЖД-2021/001", "ЖД-2021/002", "ЖД-2021/003"]
    assert rows[0][1].date() == date(2021, 9, 20) and ws["B6"].is_date
    assert [r[5] for r in rows] == [12000, 11000, 5000]
    assert all(isinstance(r[5], (int, float)) and isinstance(r[6], (int, float)) for r in rows)
    assert rows[0][6] == 25000 and ws["F6"].number_format == "#,##0.00"
    total = [c.value for c in ws[9]]
    assert total[2] == "Итого заявок: 3" and total[5] == 17000 and total[6] == 25000
    assert rows[2][7] == "зарегистрирована (с опозданием)"


def test_refusals(db, b, tmp_path):
    with pytest.raises(ServiceError) as info:
        build_report(db, "register", ReportParams(lang="ru"), "pdf", tmp_path / "x.pdf")
    assert info.value.key == "report.param_missing"
    with pytest.raises(ServiceError) as info:
        build_report(db, "register", ReportParams(lang="ru", competition="nope"), "pdf", tmp_path / "x.pdf")
    assert info.value.key == "report.not_found" and "demilge competitions" in info.value.message("ru")
    with pytest.raises(ServiceError) as info:
        build_report(db, "announcement", ReportParams(competition=b["competition"]), "xlsx", tmp_path / "x.xlsx")
    assert info.value.key == "report.format"
    assert not list(tmp_path.glob("x.*"))


def test_command_line(db, b, tmp_path, capsys):
    path = str(db.path)
    db.close()
    out = tmp_path / "a.pdf"
    assert run(parse(["report", "announcement", "--competition", b["competition"], "--lang", "ru", "--format",
                      "pdf", "--out", str(out), "--db", path])) == 0
    assert "ОБЪЯВЛЕНИЕ" in pdf_text(out)
    out = tmp_path / "r.xlsx"
    assert run(parse(["report", "register", "--competition", b["competition"], "--lang", "ky", "--format", "xlsx",
                      "--out", str(out), "--db", path])) == 0
    assert load_workbook(out).active["A1"].value == "ӨТҮНМӨЛӨРДҮН РЕЕСТРИ"
    assert run(parse(["report", "register", "--competition", "nope", "--lang", "ru", "--out", str(out),
                      "--db", path])) == 2
    assert "Нет записи" in capsys.readouterr().err


def test_both_documents_on_the_demo_database(demo_db, tmp_path):
    from app.services import browse

    for comp in browse.list_competitions(demo_db):
        for lang in ("ky", "ru"):
            params = ReportParams(lang=lang, competition=comp.id)
            ann = build_report(demo_db, "announcement", params, "pdf", tmp_path / f"a_{comp.kind}_{lang}.pdf")
            assert comp.title.split()[0] in pdf_text(ann)
            reg = build_report(demo_db, "register", params, "pdf", tmp_path / f"r_{comp.kind}_{lang}.pdf")
            numbers = [r.reg_number for r in AP.list_register(demo_db, comp.id).rows]
            assert numbers and all(n in pdf_text(reg) for n in numbers)
        xlsx = build_report(demo_db, "register", ReportParams(lang="ru", competition=comp.id), "xlsx",
                            tmp_path / f"r_{comp.kind}.xlsx")
        ws = load_workbook(xlsx).active
        amounts = [ws.cell(r, 6).value for r in range(6, ws.max_row + 1) if ws.cell(r, 1).value in numbers]
        assert amounts == [r.requested_tyiyn / 100 for r in AP.list_register(demo_db, comp.id).rows]
