"""The Registers area on the demo database, driven through its buttons:
resolutions and the control list, a hearing's attendance (part <= whole),
a competition started from needs, a budget's reserve rule, the legal basis
in the competition editor, printing, roles; screenshots in ky and ru."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QLineEdit
from PySide6.QtWidgets import QPlainTextEdit

from app.domain.participants import builtin_category_id as cat
from app.services import competitions as C
from app.services import hearings as HS
from app.services import local_budgets as LB
from app.services import needs as NS
from app.services import resolutions as RS
from app.store.db import Actor
from tests.services.registers_data import snapshot
from tests.ui.shots import shot


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot, **values):
    """A dialog_hook: show the form, fill it, press OK; say if it was accepted."""

    def hook(dialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        for key, value in values.items():
            w = dialog.fields[key]
            if isinstance(w, QLineEdit):
                w.setText(value)
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value)
            elif isinstance(w, QCheckBox):
                w.setChecked(value)
            elif isinstance(w, QComboBox):
                index = w.findData(value)
                assert index >= 0, (key, value)
                w.setCurrentIndex(index)
            elif isinstance(w, QDateEdit):
                w.setDate(QDate(value.year, value.month, value.day))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        hook.dialog = dialog
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        if not accepted:
            hook.errors = {k: e.text() for k, e in dialog.errors.items() if e.isVisible()}
            hook.errors["_"] = dialog.general_error.text() if dialog.general_error.isVisible() else ""
            QDialog.reject(dialog)   # cancelled, without the unsaved-changes question (issue 17)
        return accepted

    hook.errors = {}
    return hook


@pytest.fixture
def page(qtbot, window):
    window.show_area("registers")
    p = window.page("registers")
    assert p.loaded
    return p


def _row_of(tab, **where) -> int:
    for r in range(tab.list.proxy.rowCount()):
        row = tab.list.model.row_at(tab.list.proxy.mapToSource(tab.list.proxy.index(r, 0)).row())
        if all(getattr(row, k) == v for k, v in where.items()):
            return r
    raise AssertionError(where)


def test_every_tab_lists_the_demo_registers(page):
    counts = {t.objectName(): t.list.total_count() for t in page.all_tabs()}
    assert counts == {"resolutions_tab": 2, "control_tab": 1, "hearings_tab": 1, "needs_tab": 5, "budgets_tab": 3}


def test_a_new_resolution_refused_then_saved_and_a_point_marked_done(qtbot, page, data_db, tmp_path):
    tab = page.resolutions
    page.tabs.setCurrentWidget(tab)
    before = snapshot(data_db)
    bad = answer(qtbot, body_kind="executive", body_name="А. Орозбеков айыл өкмөтү", number="",
                 title="Резервдик фондду пайдалануу жөнүндө")
    page.dialog_hook = bad
    click(qtbot, tab.new_button)
    assert "number" in bad.errors and "adopted_on" in bad.errors
    assert snapshot(data_db) == before and tab.list.total_count() == 2
    page.dialog_hook = answer(qtbot, body_kind="executive", body_name="А. Орозбеков айыл өкмөтү", act_kind="order",
                              number="7", adopted_on=date(2021, 4, 12), title="Резервдик фондду пайдалануу жөнүндө")
    click(qtbot, tab.new_button)
    assert tab.list.total_count() == 3
    tab.list.table.selectRow(_row_of(tab, number="7"))
    assert "№7" in tab.title.text()
    page.dialog_hook = answer(qtbot, text="Каражатты арыкты тазалоого бөлүү", due_on=date(2021, 5, 1))
    click(qtbot, tab.add_point_button)
    assert tab.points.rowCount() == 1
    tab.points.selectRow(0)
    assert page.control.list.total_count() == 2           # overdue since 01.05.2021
    done = answer(qtbot, done_on=date(2021, 4, 30), done_document="")
    page.dialog_hook = done
    click(qtbot, tab.done_button)
    assert "done_document" in done.errors                 # the document is needed
    page.dialog_hook = answer(qtbot, done_on=date(2021, 4, 30), done_document="Кат № 3")
    click(qtbot, tab.done_button)
    assert tab.points.item(0, 4).text() == "Аткарылды" and "Кат № 3" in tab.points.item(0, 5).text()
    assert page.control.list.total_count() == 1
    shot(page.window(), "ky_registers_resolutions")


def test_the_control_list_and_marking_done_there(qtbot, page, data_db):
    tab = page.control
    page.tabs.setCurrentWidget(tab)
    row = tab.list.model.row_at(0)
    assert row.state == "overdue" and row.due_on == date(2023, 12, 31)
    assert tab.list.proxy.index(0, 0).data() == "Мөөнөтү өткөн"
    click(qtbot, tab.show_all)
    assert tab.list.total_count() == 3
    click(qtbot, tab.show_all)
    tab.list.table.selectRow(0)
    page.dialog_hook = answer(qtbot, done_on=date(2024, 1, 20), done_document="Мэриянын маалымкаты № 5")
    click(qtbot, tab.done_button)
    assert tab.list.total_count() == 0 and tab.list.count.text()
    assert page.resolutions.list.model.row_at(0).overdue == 0


def test_hearing_attendance_part_larger_than_whole_is_refused(qtbot, page, data_db, tmp_path):
    tab = page.hearings
    page.tabs.setCurrentWidget(tab)
    tab.list.table.selectRow(0)
    ids = [tab.attendance.item(r, 1).data(Qt.ItemDataRole.UserRole) for r in range(tab.attendance.rowCount())]
    children, girls = ids.index(cat("children")), ids.index(cat("girls"))
    tab.attendance.item(children, 1).setText("10")
    tab.attendance.item(girls, 1).setText("12")
    before = snapshot(data_db)
    click(qtbot, tab.save_attendance_button)
    assert tab.message.isVisible() and "12" in tab.message.text() and "10" in tab.message.text()
    assert snapshot(data_db) == before
    shot(page.window(), "ky_registers_hearing_refused")
    tab.attendance.item(girls, 1).setText("6")
    click(qtbot, tab.save_attendance_button)
    assert not tab.message.isVisible()
    assert "95" in tab.total.text()                      # 38 + 47 + 10 children
    # a rejection without its reason is refused and the answer stays as it was
    tab.proposals.selectRow(0)
    page.dialog_hook = answer(qtbot, status="rejected", answer="")
    click(qtbot, tab.answer_button)
    assert HS.get_hearing(data_db, tab.hearing.id).proposals[0].status == "accepted"   # refused: kept


def test_a_competition_from_selected_needs(qtbot, page, data_db, tmp_path):
    tab = page.needs
    page.tabs.setCurrentWidget(tab)
    tab.list.table.clearSelection()
    sel = tab.list.table.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    for village in ("Кызыл-Топу", "Келечек кварталы"):
        r = _row_of(tab, village=village)
        sel.select(tab.list.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    assert len(tab.selected_ids()) == 2
    click(qtbot, tab.competition_button)
    dlg = tab.competition_dialog
    qtbot.waitExposed(dlg)
    assert "Окуучулар арасында тазалык боюнча сынак" in dlg.fields["theme"].toPlainText()
    assert "Квартал тургундары" in dlg.fields["priority_areas"].toPlainText()
    shot(dlg, "ky_competition_from_needs")
    dlg.kind.setCurrentIndex(dlg.kind.findData("msz"))
    dlg.fields["title"].setText("Тазалык 2026")
    dlg.fields["total_allocation_tyiyn"].setText("50 000")
    dlg.fields["max_grant_tyiyn"].setText("50 000")
    before = snapshot(data_db)
    dlg.fields["max_grant_tyiyn"].setText("60 000")           # more than the allocation: refused
    click(qtbot, dlg.save_button)
    assert snapshot(data_db) == before and dlg.errors["max_grant_tyiyn"].isVisible()
    dlg.fields["max_grant_tyiyn"].setText("50 000")
    click(qtbot, dlg.save_button)
    from app.services import browse

    new = [c for c in browse.list_competitions(data_db) if c.title == "Тазалык 2026"]
    assert len(new) == 1, (dlg.general_error.text(), {k: e.text() for k, e in dlg.errors.items() if e.text()})
    rows = [r for r in NS.list_needs(data_db) if r.village in ("Кызыл-Топу", "Келечек кварталы")]
    assert len(rows) == 2 and all("Тазалык 2026" in r.answered_by for r in rows), rows
    assert {NS.get_need(data_db, r.id).competition_id for r in rows} == {new[0].id}
    shown = {tab.list.model.row_at(i).answered_by for i in range(tab.list.model.rowCount())}
    assert any("Тазалык 2026" in x for x in shown)           # the list was read again


def test_budget_reserve_over_one_percent_is_refused_in_the_form(qtbot, page, data_db, tmp_path):
    tab = page.budgets
    page.tabs.setCurrentWidget(tab)
    tab.list.table.selectRow(_row_of(tab, year=2021))
    assert "95 850,00" in tab.summary.text() or "95\u00a0850,00" in tab.summary.text()
    before = snapshot(data_db)
    hook = answer(qtbot, reserve_fund_tyiyn="100 000")
    page.dialog_hook = hook
    click(qtbot, tab.edit_button)
    text = hook.errors["reserve_fund_tyiyn"]
    assert "100 000,00" in text and "9 580 000,00" in text and "95 800,00" in text
    assert snapshot(data_db) == before
    hook = answer(qtbot, decided_on=date(2021, 6, 1), document="№ 9", amount_tyiyn="55 000,01", purpose="Көпүрө")
    page.dialog_hook = hook
    click(qtbot, tab.add_decision_button)
    assert "95 000,00" in hook.errors["amount_tyiyn"] and "95 000,01" in hook.errors["amount_tyiyn"]
    assert snapshot(data_db) == before
    page.dialog_hook = answer(qtbot, decided_on=date(2021, 6, 1), document="№ 9", amount_tyiyn="55 000",
                              purpose="Көпүрөнү оңдоо")
    click(qtbot, tab.add_decision_button)
    assert tab.decisions.rowCount() == 2 and tab.list.model.row_at(tab.list.proxy.mapToSource(
        tab.list.table.currentIndex()).row()).decided_tyiyn == 95_000_00
    shot(page.window(), "ky_registers_budget")


def test_the_competition_editor_takes_its_legal_basis_from_the_register(qtbot, window, data_db):
    window.show_area("competitions")
    comps = window.page("competitions")
    comps.new_competition()
    dlg = comps.dialog
    qtbot.waitExposed(dlg)
    r05 = next(r for r in RS.list_resolutions(data_db) if r.number == "05")
    dlg.fields["title"].setText("Жаңы сынак")
    dlg.fields["total_allocation_tyiyn"].setText("50 000")
    dlg.fields["max_grant_tyiyn"].setText("50 000")
    # a new competition belongs to the first municipality (Batken): Kara-Balta's resolution is not
    # offered (the service would refuse it), Batken's are
    offered = [dlg.resolution.itemData(i) for i in range(1, dlg.resolution.count())]
    assert r05.id not in offered
    assert offered == [r.id for r in RS.resolution_choices(data_db, owner=("competition", None))]
    # enter Batken's order into the register from the editor and choose it
    dlg.dialog_hook = answer(qtbot, body_kind="executive", body_name="Баткен шаарынын мэриясы", act_kind="order",
                             number="41", adopted_on=date(2026, 3, 2), title="Социалдык заказдын сынагы жөнүндө")
    click(qtbot, dlg.new_resolution)
    assert "№41" in dlg.resolution.currentText()
    click(qtbot, dlg.save_button)
    assert dlg.competition_id, {k: e.text() for k, e in dlg.errors.items() if e.text()}
    d = C.get_competition(data_db, dlg.competition_id)
    assert d.resolution_id == dlg.resolution.currentData()
    assert (d.legal_doc_kind, d.legal_doc_number) == ("Баткен шаарынын мэриясы, буйрук", "41")


def test_an_older_competition_shows_the_basis_it_had_as_text(qtbot, window, data_db):
    from app.services import browse

    batken = next(c for c in browse.list_competitions(data_db) if c.kind == "msz" and "2018" in c.title)
    window.show_area("competitions")
    comps = window.page("competitions")
    comps.select_id(batken.id)
    comps.open_current()
    dlg = comps.dialog
    qtbot.waitExposed(dlg)
    assert dlg.resolution.currentData() is None
    assert dlg.legacy_basis.isVisible() and "Баткен шаарынын мэриясынын буйругу" in dlg.legacy_basis.text()


def test_print_buttons_open_the_reports_with_their_parameters(qtbot, window, page):
    page.tabs.setCurrentWidget(page.hearings)
    page.hearings.list.table.selectRow(0)
    click(qtbot, page.hearings.print_button)
    reports = window.page("reports")
    assert window.current_area() == "reports" and reports.current_spec().name == "hearing-protocol"
    assert reports.params().hearing == page.hearings.hearing.id
    window.show_area("registers")
    page.tabs.setCurrentWidget(page.budgets)
    page.budgets.list.table.selectRow(_row_of(page.budgets, year=2021))
    click(qtbot, page.budgets.print_button)
    assert reports.current_spec().name == "local-budget" and reports.params().year == 2021
    window.show_area("registers")
    page.tabs.setCurrentWidget(page.control)
    click(qtbot, page.control.print_button)
    assert reports.current_spec().name == "resolution-control"


def test_a_viewer_reads_and_prints_but_changes_nothing(qtbot, data_db, switcher):
    from app.ui.main_window import MainWindow

    data_db.actor = Actor("viewer", "viewer")
    win = MainWindow(data_db, switcher)
    qtbot.addWidget(win)
    win.show()
    win.show_area("registers")
    page = win.page("registers")
    for tab in page.all_tabs():
        tab.list.table.selectRow(0)
        assert tab.changes and not any(b.isEnabled() for b in tab.changes), tab.objectName()
    assert page.resolutions.print_button.isEnabled() and page.hearings.print_button.isEnabled()
    assert not page.needs.competition_button.isEnabled()
    win.close()


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_screenshots_of_every_tab(qtbot, window, page, switcher, tmp_path, lang):
    switcher.apply(lang)
    QApplication.processEvents()
    window.resize(1280, 860)
    words = {"ky": ("Токтомдор", "Коомдук угуулар"), "ru": ("Постановления", "Публичные слушания")}[lang]
    assert page.tabs.tabText(0).replace("&", "") == words[0] and page.tabs.tabText(2).replace("&", "") == words[1]
    for i, tab in enumerate(page.all_tabs()):
        page.tabs.setCurrentIndex(i)
        tab.list.table.selectRow(0)
        QApplication.processEvents()
        shot(window, f"{lang}_registers_{i}_{tab.objectName()}")
        assert page.tabs.currentWidget() is tab and tab.list.total_count() > 0 and tab.isVisible()
