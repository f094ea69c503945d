"""The Projects area through the real widgets on the demo data: budget by
source with its chart, the participant grid (typing, paste from Excel,
refusals that leave everything as it was), dialogs, roles, screenshots."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.participants import builtin_category_id as cat
from app.services import projects as PS
from tests.competition_data import dump
from tests.ui.forms import fill_form
from tests.ui.shots import shot


def _page(window, title="Жомокко саякат"):
    window.show_area("projects")
    page = window.page("projects")
    rows = page.list.model.rows()
    page._select(next(r.id for r in rows if r.title == title))
    return page


def _col(page, code):
    return page.grid.FIXED + page.grid.category_ids.index(cat(code))


def _wait_saved(qtbot, window, check):
    qtbot.waitUntil(lambda: check(), timeout=3000)


def _type_in_cell(qtbot, grid, row, col, text):
    """Type over a cell as a person does: the first key opens the editor,
    the rest go into it, Return saves."""
    from PySide6.QtWidgets import QLineEdit

    grid.setCurrentCell(row, col)
    qtbot.keyClick(grid, text[0])
    editors = [e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert editors, "the cell editor did not open"
    editor = editors[0]
    if text[1:]:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_budget_tab_shows_sources_and_totals(window, tmp_path):
    page = _page(window)
    assert page.title.text() == "«Жомокко саякат»"
    summary = page.budget_summary.text().replace("\u00a0", " ")
    assert "36 000,00" in summary and "23 000,00" in summary
    assert not page.budget_warnings.isVisible()
    assert [(label, planned) for label, planned, _a in page.chart.bars] == [
        ("Жергиликтүү бюджет", 1100000), ("Донордук долбоор", 2500000)]
    last = page.lines.rowCount() - 1
    assert page.lines.item(last, 2).text() == "36 000,00"
    shot(window, "projects-budget-ky")


def test_grid_shows_counts_and_running_totals(window, tmp_path):
    page = _page(window)
    page.tabs.setCurrentIndex(1)
    grid = page.grid
    assert grid.rowCount() == 6  # five events and the total row
    total = grid.rowCount() - 1
    assert grid.item(total, _col(page, "children")).text() == "290"
    assert grid.item(total, _col(page, "girls")).text() == "114"
    assert grid.item(total, _col(page, "children_disabilities")).text() == "19"
    assert grid.item(total, _col(page, "migrant_children")).text() == "89"
    assert grid.item(total, grid.columnCount() - 1).text() == "290"
    assert "290" in page.reach.text()
    shot(window, "projects-grid-ky")


def test_typing_a_count_saves_it_and_updates_the_total(qtbot, window, data_db):
    page = _page(window)
    page.tabs.setCurrentIndex(1)
    grid = page.grid
    col = _col(page, "girls")
    _type_in_cell(qtbot, grid, 0, col, "30")
    event_id = grid.event_ids[0]
    _wait_saved(qtbot, window, lambda: next(e for e in PS.get_project(data_db, page.project.id).events
                                            if e.id == event_id).counts[cat("girls")] == 30)
    qtbot.waitUntil(lambda: page.grid.item(page.grid.rowCount() - 1, col).text() == "120")


def test_part_over_whole_in_the_grid_is_refused_with_both_numbers(qtbot, window, data_db):
    page = _page(window)
    page.tabs.setCurrentIndex(1)
    grid = page.grid
    before = dump(data_db)
    _type_in_cell(qtbot, grid, 0, _col(page, "girls"), "61")
    qtbot.waitUntil(lambda: page.grid_error.isVisible())
    text = page.grid_error.text()
    assert "61" in text and "60" in text and "Кыз балдар" in text
    assert grid.item(0, _col(page, "girls")).text() == "24"  # the saved value is shown again
    assert dump(data_db) == before


def test_paste_from_excel_and_malformed_paste(qtbot, window, data_db):
    page = _page(window, "Атам, апам жана мен")
    page.tabs.setCurrentIndex(1)
    grid = page.grid
    grid.setFocus()
    grid.setCurrentCell(0, _col(page, "fathers"))
    clipboard = QApplication.clipboard()
    clipboard.setText("15\t28\n13\t27\n")  # fathers, mothers for the first two events
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: grid.item(1, _col(page, "mothers")).text() == "27")
    counts = [e.counts for e in PS.get_project(data_db, page.project.id).events[:2]]
    assert counts[0][cat("fathers")] == 15 and counts[0][cat("mothers")] == 28
    assert counts[1][cat("fathers")] == 13
    before = dump(data_db)
    grid.setCurrentCell(0, _col(page, "fathers"))
    clipboard.setText("15\tбеш\n")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.grid_error.isVisible() and "«беш»" in page.grid_error.text()
    assert dump(data_db) == before


def test_delete_clears_selected_counts(qtbot, window, data_db):
    page = _page(window, "Атам, апам жана мен")
    page.tabs.setCurrentIndex(1)
    grid = page.grid
    grid.setFocus()
    grid.setCurrentCell(0, _col(page, "boys"))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: grid.item(0, _col(page, "boys")).text() == "")
    assert cat("boys") not in PS.get_project(data_db, page.project.id).events[0].counts


def test_expense_dialog_books_to_a_line_and_warns(window, data_db, tmp_path):
    page = _page(window, "Атам, апам жана мен")
    local = next(ln for ln in page.project.budget.lines if ln.source == "local_budget")
    seen = []

    def hook(dialog):
        seen.append(dialog)
        shot(dialog, "projects-expense-dialog-ky")
        return fill_form(dialog, spent_on=date(2021, 11, 15), document_number="№ 12", line=local.id,
                     amount="12 800")

    page.dialog_hook = hook
    page.add_expense()
    assert seen and page.expenses.rowCount() == 1
    assert page.budget_warnings.isVisible() and "12 800,00" in page.budget_warnings.text().replace("\u00a0", " ")
    shot(window, "projects-budget-warning-ky")


def test_bad_expense_keeps_the_dialog_open_and_nothing_changes(window, data_db):
    page = _page(window, "Атам, апам жана мен")
    before = dump(data_db)
    errors = []

    def hook(dialog):
        accepted = fill_form(dialog, spent_on=date(2021, 11, 15), source="donor", amount="-5")
        errors.append(dialog.errors["amount"].text())
        return accepted

    page.dialog_hook = hook
    page.add_expense()
    assert errors and errors[0] and "терс" in errors[0]
    assert dump(data_db) == before


def test_add_event_then_counts(qtbot, window, data_db):
    page = _page(window, "Атам, апам жана мен")
    page.dialog_hook = lambda d: fill_form(d, held_on=date(2021, 12, 18), place="Орозбеков", kind="sport",
                                       title="Үй-бүлөлүк эстафета")
    page.add_event()
    assert page.grid.rowCount() == 8
    titles = [page.grid.item(r, 2).text() for r in range(page.grid.rowCount() - 1)]
    assert "Үй-бүлөлүк эстафета" in titles


def test_status_terminated_needs_a_reason(window, data_db):
    page = _page(window)
    from app.services import project_cycle

    project_cycle.cancel_acceptance(data_db, page.project.id, "Текшерүү")   # the demo's act is accepted
    page.reload()
    before = dump(data_db)
    messages = []

    def hook(dialog):
        ok = fill_form(dialog, status="terminated", reason="")
        messages.append(dialog.general_error.text() + dialog.errors["reason"].text())
        return ok

    page.dialog_hook = hook
    page.change_status()
    assert messages == ["Долбоор эмне үчүн токтотулганын жазыңыз."]
    assert dump(data_db) == before


def test_new_project_when_every_winner_has_one(window, data_db, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    # the demo's illustrative competitions (issue 15) are decided but have no projects yet
    for w in PS.winners_without_project(data_db):
        PS.create_project(data_db, w.application_id, PS.project_defaults(data_db, w.application_id))
    assert PS.winners_without_project(data_db) == []
    page = _page(window)
    page.new_project()
    assert shown and "долбоор" in shown[0].lower()


def test_viewer_cannot_edit(qtbot, data_db, switcher):
    from app.store.db import Actor
    from app.ui.main_window import MainWindow

    data_db.actor = Actor("viewer", "viewer")
    win = MainWindow(data_db, switcher)
    qtbot.addWidget(win)
    page = _page(win)
    assert not page.add_expense_button.isEnabled() and not page.new_button.isEnabled()
    item = page.grid.item(0, _col(page, "girls"))
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable


def test_russian_screens(window, switcher, tmp_path):
    switcher.apply("ru")
    page = _page(window)
    assert page.tabs.tabText(0) == "Бюджет" and "Охвачено" in page.reach.text()
    QApplication.processEvents()
    # the language changed while the page was hidden: the buttons still fit their new words
    for b in (page.new_button, page.edit_button, *page.report_buttons.values()):
        assert b.width() >= b.sizeHint().width(), b.text()
    shot(window, "projects-budget-ru")
    page.tabs.setCurrentIndex(1)
    shot(window, "projects-grid-ru")


def test_events_area_totals_by_period_and_village(qtbot, window, tmp_path):
    from PySide6.QtCore import QDate

    window.show_area("events")
    page = window.page("events")
    assert page.list.total_count() >= 20
    page.date_from.setDate(QDate(2021, 12, 20))
    page.date_to.setDate(QDate(2021, 12, 31))
    table = page.table
    rows = {table.item(r, 0).text().strip(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Балдар"] == "290" and rows["Кыз балдар"] == "114" and rows["ДМЧ балдар"] == "19"
    assert "290" in page.summary.text() and "5" in page.summary.text()
    page.village.setCurrentIndex(page.village.findData("Жаңы-Жол"))
    rows = {table.item(r, 0).text().strip(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Балдар"] == "60"
    shot(window, "events-totals-ky")


def test_report_buttons_open_the_reports_area(window):
    page = _page(window)
    page.report_buttons["participants"].click()
    assert window.current_area() == "reports"
    reports = window.page("reports")
    assert reports.current_spec().name == "participants"
    assert reports.combos["project"].currentData() == page.project.id
