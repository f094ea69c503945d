"""The main window on a real database file, driven like a user would."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app import i18n
from app.domain.money import NBSP
from app.ui.areas import AREAS
from app.ui.language import SETTINGS_KEY
from app.ui.main_window import MainWindow
from app.ui.settings import open_settings
from app.ui.table import ListPage, collation_key

SIDEBAR = {
    "ky": ["Сынактар", "Өтүнмөлөр", "Гранттык комиссия", "Долбоорлор", "Иш-чаралар", "Өнүктүрүү программасы",
           "Текшерүүчү сандар", "Реестрлер", "Отчеттор", "Шайкештештирүү", "Жөндөөлөр"],
    "ru": ["Конкурсы", "Заявки", "Грантовая комиссия", "Проекты", "Мероприятия", "Программа развития",
           "Цифры для проверки", "Реестры", "Отчёты", "Синхронизация", "Настройки"],
    "en": ["Competitions", "Applications", "Grant commission", "Projects", "Events", "Development program",
           "Figures to check", "Registers", "Reports", "Synchronisation", "Settings"],
}
TITLE_HEADER = {"ky": "Аталышы", "ru": "Название", "en": "Title"}
DATA_AREAS = ("competitions", "applications", "commission", "projects", "events", "program", "registers")


def sidebar_texts(win: MainWindow) -> list[str]:
    return [win.sidebar.item(i).text() for i in range(win.sidebar.count())]


def column_texts(page: ListPage, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def click_header(qtbot, page: ListPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def type_text(widget, text: str) -> None:
    """Type like a keyboard with a Kyrgyz layout (QTest.keyClicks knows Latin-1 only)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def switch_language(qtbot, win: MainWindow, lang: str) -> None:
    combo = win.settings_page.language
    combo.setCurrentIndex(combo.findData(lang))
    qtbot.waitUntil(lambda: sidebar_texts(win) == SIDEBAR[lang])


# --------------------------------------------------------------------------


def test_window_opens_in_kyrgyz_with_municipality_and_file_in_title(window, data_db):
    assert sidebar_texts(window) == SIDEBAR["ky"]
    title = window.windowTitle()
    assert window.summary.name in title and data_db.path.name in title
    assert str(data_db.path) in window.db_label.text()
    assert window.current_area() == "competitions"


def test_every_area_by_keyboard_and_every_list_has_rows(qtbot, window):
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Home)
    visited = []
    for i, (name, _title) in enumerate(AREAS):
        assert window.current_area() == name
        assert window.stack.currentWidget().widget() is window.page(name)
        visited.append(name)
        if i < len(AREAS) - 1:
            qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert visited == [name for name, _ in AREAS]
    for page in window.list_pages():
        assert page.loaded, page.objectName()
        assert page.total_count() > 0, page.objectName()
        assert page.visible_count() == page.total_count()
        assert re.search(rf"\b{page.total_count()}\b", page.count.text())
    reports = window.page("reports")
    assert reports.loaded and reports.reports.count() >= 6   # every registered report is listed


def test_every_area_by_mouse(qtbot, window):
    for i, (name, _title) in enumerate(reversed(AREAS)):
        row = len(AREAS) - 1 - i
        rect = window.sidebar.visualItemRect(window.sidebar.item(row))
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_area() == name
        assert window.stack.currentWidget().widget() is window.page(name)


def test_cells_show_money_dates_and_words(window, data_db):
    from app.services import browse

    page = window.page("competitions")
    first = browse.list_competitions(data_db)[0]
    model = page.model
    row = model.rows().index(first)
    cols = [c.field for c in model.columns]
    shown = {f: model.index(row, cols.index(f)).data() for f in cols}
    assert re.fullmatch(r"\d{1,3}(\u00a0\d{3})*,\d\d", shown["allocation_tyiyn"])
    whole, frac = divmod(first.allocation_tyiyn, 100)
    assert shown["allocation_tyiyn"].replace(NBSP, "") == f"{whole},{frac:02d}"
    if first.announced_on:
        assert shown["announced_on"] == first.announced_on.strftime("%d.%m.%Y")
    assert shown["kind"] in ("ЖД", "МСЗ")
    assert shown["status"] != first.status            # a word, not the stored code
    money = model.index(row, cols.index("allocation_tyiyn")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert money & int(Qt.AlignmentFlag.AlignRight)


def test_sort_by_clicking_headers(qtbot, window):
    page = window.page("competitions")
    year = [c.field for c in page.model.columns].index("year")
    click_header(qtbot, page, year)
    years = [int(t) for t in column_texts(page, year)]
    assert years == sorted(years)
    click_header(qtbot, page, year)
    years = [int(t) for t in column_texts(page, year)]
    assert years == sorted(years, reverse=True)

    window.show_area("applications")
    page = window.page("applications")
    fields = [c.field for c in page.model.columns]
    money = fields.index("requested_tyiyn")
    click_header(qtbot, page, money)
    amounts = [int(t.replace(NBSP, "").replace(",", "")) for t in column_texts(page, money)]
    assert amounts == sorted(amounts)                   # by the number, not by the text
    name = fields.index("applicants_text")
    click_header(qtbot, page, name)
    names = column_texts(page, name)
    assert names == sorted(names, key=collation_key)


def test_search_filters_across_columns(qtbot, window):
    window.show_area("applications")
    page = window.page("applications")
    total = page.total_count()
    fields = [c.field for c in page.model.columns]
    applicant = column_texts(page, fields.index("applicants_text"))[0]
    word = applicant.split()[0]
    page.search.setFocus()
    type_text(page.search, word.upper())
    assert 0 < page.visible_count() <= total
    for r in range(page.visible_count()):
        texts = " ".join(page.proxy.index(r, c).data() for c in range(len(fields)))
        assert word.casefold() in texts.casefold()
    assert page.count.text().startswith("Табылды")
    assert str(page.visible_count()) in page.count.text() and str(total) in page.count.text()

    # a shown word (a status) is found too, not only stored text
    page.search.clear()
    status = column_texts(page, fields.index("status"))[0]
    type_text(page.search, status)
    assert page.visible_count() >= 1
    assert all(status in (page.proxy.index(r, fields.index("status")).data() or "")
               or status in " ".join(page.proxy.index(r, c).data() for c in range(len(fields)))
               for r in range(page.visible_count()))

    page.search.clear()
    type_text(page.search, "жок-мындай-сөз-999")
    assert page.visible_count() == 0
    page.search.clear()
    assert page.visible_count() == total
    assert page.count.text() == f"Жазуулар: {total}"


def test_language_switches_without_restart(qtbot, window, tmp_path):
    window.show_area("settings")
    competitions = window.page("competitions")
    title_col = [c.field for c in competitions.model.columns].index("title")
    header = competitions.table.horizontalHeader()
    assert header.model().headerData(title_col, Qt.Orientation.Horizontal) == TITLE_HEADER["ky"]
    status_col = [c.field for c in competitions.model.columns].index("status")
    status_ky = competitions.model.index(0, status_col).data()

    seen_status = {"ky": status_ky}
    for lang in ("ru", "en", "ky"):
        switch_language(qtbot, window, lang)
        assert header.model().headerData(title_col, Qt.Orientation.Horizontal) == TITLE_HEADER[lang]
        seen_status[lang] = competitions.model.index(0, status_col).data()
        assert i18n.language() == lang
        assert open_settings().value(SETTINGS_KEY) == lang
        assert window.settings_page.language.currentData() == lang
        assert window.page("settings").heading.text() == SIDEBAR[lang][-1]
        assert competitions.heading.text() == SIDEBAR[lang][0]
    assert seen_status["ky"] == status_ky
    assert len({seen_status["ky"], seen_status["ru"], seen_status["en"]}) == 3
    assert "Демилге" in window.windowTitle()


def test_geometry_splitter_and_area_are_saved_and_restored(qtbot, data_db, switcher, tmp_path):
    first = MainWindow(data_db, switcher)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(720, 530)
    first.splitter.setSizes([230, 490])
    first.show_area("events")
    qtbot.waitUntil(lambda: first.size().width() == 720)
    sidebar_width = first.splitter.sizes()[0]
    first.close()

    settings = open_settings()
    assert Path(settings.fileName()).is_relative_to(tmp_path)   # never the real user's settings
    second = MainWindow(data_db, switcher)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (720, 530)
    assert second.current_area() == "events"
    assert second.splitter.sizes()[0] == sidebar_width
    second.close()


def test_refresh_reads_the_lists_again(qtbot, window, data_db):
    from app.services import browse

    before = window.page("competitions").total_count()
    mid = window.summary.id
    from app.store import models as M
    from app.domain import enums as E

    with data_db.session() as s:
        s.add(M.Competition(municipality_id=mid, kind=E.CompetitionKind.JD, year=2030, title="Жаңы сынак"))
    window.refresh_action.trigger()
    assert window.page("competitions").total_count() == before + 1
    assert len(browse.list_competitions(data_db)) == before + 1


def test_a_save_elsewhere_keeps_the_selected_row_of_the_page_on_screen(qtbot, window, data_db):
    """A save anywhere refreshes the page on screen (one deferred "data changed"
    signal); the row the user had selected stays selected and its buttons stay
    enabled. (It was lost: the refresh reset the model, and an Alt+letter pressed
    right after a save did nothing.)"""
    from app.services import applications as AP

    window.show_area("applications")
    page = window.page("applications")
    qtbot.waitUntil(lambda: page.proxy.rowCount() >= 3)
    page.table.selectRow(2)
    chosen = page.current_row()
    assert chosen is not None and page.eligibility_button.isEnabled()
    first = page.model.row_at(0)
    reloads = []
    page.model.modelReset.connect(lambda: reloads.append(1))
    AP.create_applicant(data_db, AP.ApplicantInput(name="Жаңы Өтүнүүчү Тест", village="Орозбеков"))
    qtbot.waitUntil(lambda: bool(reloads))                   # the page was read again ...
    assert page.current_row() is not None and page.current_row().id == chosen.id    # ... the row kept
    assert page.eligibility_button.isEnabled()
    assert page.model.row_at(0).id == first.id


@pytest.mark.parametrize("area", DATA_AREAS)
def test_models_pass_qt_model_tester(qtmodeltester, window, area):
    window.show_area(area)
    page = window.page(area)
    for list_page in (page.lists() if hasattr(page, "lists") else [page]):
        qtmodeltester.check(list_page.model)
        qtmodeltester.check(list_page.proxy)


def test_ctrl_number_jumps_to_an_area(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "commission"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "settings"
    assert window.sidebar.hasFocus()
