"""The generic table: how values are shown, sorted and searched."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt

from app.ui import labels as L
from app.ui.table import DATE, ENUM, INT, MONEY, NUMBER, TEXT, Column, ListPage, collation_key, format_number


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    amount: int
    day: date | None
    status: str
    value: str
    value_type: str = "number"


ROWS = [
    Row("1", "Өмүрбек", 1_000_000, date(2021, 9, 20), "winner", "84615.9"),
    Row("2", "Нурлан", 900_000, None, "rejected", "400000"),
    Row("3", "Ңаал", 25_000_000, date(2020, 1, 2), "registered", "0.3", "ratio"),
    Row("4", "Орозбек", 5, date(2022, 12, 31), "winner", ""),
    Row("5", "Абай", 900_000, date(2019, 5, 5), "reserve", "-12.5"),
]
COLUMNS = (
    Column("name", "Applicant", TEXT),
    Column("amount", "Requested, som", MONEY),
    Column("day", "Date", DATE),
    Column("status", "Status", ENUM, L.APPLICATION_STATUS),
    Column("value", "Baseline", NUMBER),
    Column("id", "No.", INT),
)


def make_page(qtbot) -> ListPage:
    page = ListPage("probe", COLUMNS, lambda _db: ROWS)
    qtbot.addWidget(page)
    page.load(None)
    return page


def shown(page: ListPage, column: int) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_kyrgyz_alphabetical_order():
    words = ["Үч-Коргон", "Абай", "Өмүрбек", "Орозбек", "Нурлан", "Ңаал", "Ысык-Көл", "Яссы", "Уулу", "Пакет"]
    assert sorted(words, key=collation_key) == ["Абай", "Нурлан", "Ңаал", "Орозбек", "Өмүрбек", "Пакет", "Уулу",
                                                "Үч-Коргон", "Ысык-Көл", "Яссы"]
    assert collation_key("ӨТҮНМӨ") == collation_key("өтүнмө")


def test_numbers_are_shown_the_kyrgyz_way():
    assert format_number("84615.9") == "84\u00a0615,9"
    assert format_number("1000000") == "1\u00a0000\u00a0000"
    assert format_number("0.3", "ratio") == "1:0,3"
    assert format_number("-12.5") == "-12,5"
    assert format_number("") == ""


def test_cells(qtbot, switcher):
    page = make_page(qtbot)
    m = page.model
    assert m.index(0, 1).data() == "10\u00a0000,00"
    assert m.index(2, 1).data() == "250\u00a0000,00"
    assert m.index(0, 2).data() == "20.09.2021" and m.index(1, 2).data() == ""
    assert m.index(0, 3).data() == "Жеңүүчү"
    assert m.index(2, 4).data() == "1:0,3"
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Өтүнмө берүүчү"
    assert m.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert m.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignLeft)


def test_sorting_uses_values_not_text(qtbot, switcher):
    page = make_page(qtbot)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    # as text "9 000,00" > "10 000,00"; as numbers it is the other way round
    assert shown(page, 1) == ["0,05", "9\u00a0000,00", "9\u00a0000,00", "10\u00a0000,00", "250\u00a0000,00"]
    assert shown(page, 0)[1:3] == ["Нурлан", "Абай"]            # equal amounts keep the service's order
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert shown(page, 2) == ["", "05.05.2019", "02.01.2020", "20.09.2021", "31.12.2022"]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(page, 0) == ["Абай", "Нурлан", "Ңаал", "Орозбек", "Өмүрбек"]
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert shown(page, 4) == ["400\u00a0000", "84\u00a0615,9", "1:0,3", "-12,5", ""]


def test_search_every_word_any_case_in_shown_text(qtbot, switcher):
    page = make_page(qtbot)
    page.proxy.set_search("ЖЕҢҮҮЧҮ")                   # a shown word, not the stored code "winner"
    assert shown(page, 0) == ["Өмүрбек", "Орозбек"]
    page.proxy.set_search("жеңүүчү 2022")
    assert shown(page, 0) == ["Орозбек"]
    page.proxy.set_search("10 000,00")                 # typed with a plain space, shown with a no-break space
    assert shown(page, 0) == ["Өмүрбек"]
    page.proxy.set_search("winner")
    assert shown(page, 0) == []
    assert page.count.text() == "Табылды: 5 ичинен 0"
    page.proxy.set_search("")
    assert page.visible_count() == 5 and page.count.text() == "Жазуулар: 5"


def test_empty_list_says_so(qtbot, switcher):
    page = ListPage("empty", COLUMNS, lambda _db: [])
    qtbot.addWidget(page)
    page.load(None)
    assert page.count.text() == "Азырынча жазуулар жок"


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, switcher):
    page = make_page(qtbot)
    qtmodeltester.check(page.model)
    page.proxy.set_search("бек")
    qtmodeltester.check(page.proxy)
