"""The registers' reports on the demo database, read back: the control of
resolutions (overdue first), a hearing's protocol with signature lines, the
needs register grouped by village and status, the year's local budget with
its reserve fund and year-on-year allocations, and the hearings section of
the council summary."""
from __future__ import annotations

import re
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.services import hearings as H
from app.services import reporting
from app.services.errors import ServiceError


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages).replace("\u00a0", " ")


def _build(db, tmp_path, name, fmt="pdf", lang="ru", **params):
    out = tmp_path / f"{name}-{lang}.{fmt}"
    reporting.build_report(db, name, reporting.ReportParams(lang=lang, **params), fmt, out)
    return out


@pytest.mark.parametrize("lang,words", [
    ("ky", ["Токтомдордун аткарылышын көзөмөлдөө", "мөөнөтү өткөн", "аткарылды", "Көзөмөлдөөчү"]),
    ("ru", ["Контроль исполнения постановлений", "просрочено", "исполнено", "Контролирующий"]),
])
def test_resolution_control_overdue_first(demo_db, tmp_path, lang, words):
    text = _text(_build(demo_db, tmp_path, "resolution-control", lang=lang))
    for w in words:
        assert w in text
    flat = " ".join(text.split())
    # the overdue point of No. 05 (due 31.12.2023) comes before the ones done (by due date)
    assert flat.index("31.12.2023") < flat.index("31.12.2021") < flat.index("28.02.2023")
    assert "Джекшенов" in flat
    counts = re.search(r"(Пунктов на контроле|Көзөмөлдөгү пункттар): 3", flat)
    assert counts, flat[-400:]


def test_resolution_control_xlsx(demo_db, tmp_path):
    ws = load_workbook(_build(demo_db, tmp_path, "resolution-control", "xlsx")).worksheets[0]
    first = [c.value for c in ws[2]]
    assert first[6] == "просрочено" and first[5].date() == date(2023, 12, 31) and isinstance(first[7], int)
    assert ws["F2"].number_format == "DD.MM.YYYY"
    assert [ws.cell(r, 7).value for r in range(2, 5)] == ["просрочено", "исполнено", "исполнено"]


def test_hearing_protocol_with_attendance_answers_and_signatures(demo_db, tmp_path):
    [row] = H.list_hearings(demo_db)
    text = _text(_build(demo_db, tmp_path, "hearing-protocol", hearing=row.id))
    flat = " ".join(text.split())
    assert "ПРОТОКОЛ ПУБЛИЧНЫХ СЛУШАНИЙ" in flat and "проект бюджета" in flat and "04.12.2020" in flat
    assert "20.11.2020, Айыл өкмөтүнүн маалымат тактасы" in flat
    for figure in ("38", "47", "3"):
        assert figure in flat
    assert "Всего участников (без повторов): 85" in flat
    assert "Всего предложений: 3; принято: 1; частично: 1; отклонено: 1; на рассмотрении: 0." in flat
    assert "№ 226 от 28.12.2020" in flat and "2021 · Жергиликтүү демилгелер" in flat
    assert "Председатель слушаний" in flat and "Секретарь" in flat and flat.count("(подпись)") == 2
    ky = " ".join(_text(_build(demo_db, tmp_path, "hearing-protocol", lang="ky", hearing=row.id)).split())
    assert "КООМДУК УГУУНУН ПРОТОКОЛУ" in ky and "(кол тамгасы)" in ky and "Бардык катышуучулар (кайталанбай): 85" in ky
    wb = load_workbook(_build(demo_db, tmp_path, "hearing-protocol", "xlsx", hearing=row.id))
    assert wb.worksheets[0]["F2"].value == 85 and wb.worksheets[0]["C2"].is_date
    assert [c.value for c in wb.worksheets[2]["D"]][1:] == ["принято", "принято частично", "отклонено"]


def test_hearing_protocol_refuses_an_unknown_hearing(demo_db, tmp_path):
    with pytest.raises(ServiceError) as err:
        _build(demo_db, tmp_path, "hearing-protocol", hearing="nope")
    assert err.value.key == "report.not_found" and "demilge hearings" in err.value.message()
    with pytest.raises(ServiceError) as err:
        _build(demo_db, tmp_path, "hearing-protocol")
    assert err.value.key == "report.param_missing"
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.part"))


def test_needs_register_grouped_by_village_and_status(demo_db, tmp_path):
    flat = " ".join(_text(_build(demo_db, tmp_path, "needs-register")).split())
    assert "Реестр потребностей населения и предложений граждан" in flat
    # village groups with their counts, statuses within
    assert "Баткен — 2" in flat and "Кызыл-Топу — 1" in flat and "Келечек кварталы — 1" in flat
    assert "Кара-Дөбө — 1" in flat
    assert "решено: 1" in flat and "рассматривается: 1" in flat
    assert flat.index("Баткен — 2") < flat.index("Кара-Дөбө — 1") < flat.index("Кызыл-Топу — 1")
    assert "Количество по сёлам и статусам" in flat
    wb = load_workbook(_build(demo_db, tmp_path, "needs-register", "xlsx"))
    counts = wb.worksheets[1]
    header = [c.value for c in counts[1]]
    total = [c.value for c in counts[counts.max_row]]
    assert total[0] == "Итого" and total[-1] == 5
    assert total[header.index("решено")] == 3 and total[header.index("рассматривается")] == 2
    assert wb.worksheets[0]["C2"].is_date


def test_local_budget_2021_reserve_fund_and_allocation(demo_db, tmp_path):
    flat = " ".join(_text(_build(demo_db, tmp_path, "local-budget", year=2021)).split())
    assert "МЕСТНЫЙ БЮДЖЕТ НА 2021 ГОД" in flat and "А. Орозбеков айыл аймагы" in flat
    assert "9 800 000,00" in flat and "95 000,00" in flat
    # base 9 800 000 - 120 000 - 95 000 = 9 585 000; 1 % = 95 850
    assert "9 585 000,00" in flat and "95 850,00" in flat and "Резервный фонд в пределах 1 %." in flat
    assert "23 000,00" in flat and "Жергиликтүү демилгелердин сынагы 2021 — 23 000,00" in flat
    assert "40 000,00" in flat and "остаток фонда: 55 000,00" in flat
    ky = " ".join(_text(_build(demo_db, tmp_path, "local-budget", lang="ky", year="2021")).split())
    assert "2021-ЖЫЛДЫН ЖЕРГИЛИКТҮҮ БЮДЖЕТИ" in ky and "95 850,00" in ky


def test_local_budget_year_on_year(demo_db, tmp_path):
    flat = " ".join(_text(_build(demo_db, tmp_path, "local-budget", year=2023)).split())
    assert "Кара-Балта шаары" in flat and "Ассигнования по годам" in flat
    assert "400 000,00" in flat and "550 000,00" in flat and "+150 000,00 (+37,5 %)" in flat
    assert "2021 (нет бюджета)" in flat
    wb = load_workbook(_build(demo_db, tmp_path, "local-budget", "xlsx", year=2023))
    yoy = {(r[2].value): (r[3].value, r[4].value, r[5].value) for r in wb.worksheets[2].iter_rows(min_row=2)}
    assert yoy[2022] == (400000.0, None, None) and yoy[2023] == (550000.0, 150000.0, 37.5)
    assert wb.worksheets[0]["C2"].number_format == "#,##0.00"


def test_local_budget_prints_a_broken_rule(demo_db, tmp_path):
    from sqlalchemy import select

    from app.store import register_models as RM

    with demo_db.session() as s:    # as if two offices' changes had met by sync
        b = s.scalars(select(RM.LocalBudget).where(RM.LocalBudget.year == 2021)).one()
        b.reserve_fund_tyiyn = 200_000_00
    flat = " ".join(_text(_build(demo_db, tmp_path, "local-budget", year=2021)).split())
    assert "Предупреждения" in flat and "200 000,00" in flat and "Резервный фонд в пределах" not in flat


@pytest.mark.parametrize("year,key", [(2019, "lbr.none"), ("20x1", "report.bad_year"), (None, "report.param_missing")])
def test_local_budget_refusals(demo_db, tmp_path, year, key):
    with pytest.raises(ServiceError) as err:
        _build(demo_db, tmp_path, "local-budget", year=year)
    assert err.value.key == key and err.value.message("ky")
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.parametrize("lang,section", [("ky", "8. Коомдук угуулар"), ("ru", "8. Публичные слушания")])
def test_council_summary_has_the_hearings_as_a_separate_section(demo_db, tmp_path, lang, section):
    out = _build(demo_db, tmp_path, "council-summary", lang=lang, date_from=date(2020, 1, 1),
                 date_to=date(2021, 12, 31))
    flat = " ".join(_text(out).split())
    assert section in flat and "04.12.2020" in flat
    after = flat[flat.index(section):]
    assert "85" in after and "1 / 1 / 1 / 0" in after
    out = _build(demo_db, tmp_path, "council-summary", "xlsx", lang=lang, date_from=date(2020, 1, 1),
                 date_to=date(2021, 12, 31))
    ws = load_workbook(out).worksheets[-1]
    assert ws["A2"].is_date and ws["D2"].value == 85 and ws["E2"].value == 3
    none = _build(demo_db, tmp_path, "council-summary", lang=lang, date_from=date(2018, 1, 1),
                  date_to=date(2018, 12, 31))
    assert section in " ".join(_text(none).split())
