"""The development program page driven through its widgets: the tree, the
matrix with its check, half-year entry, dialogs and the Excel import."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services import programs as S
from app.ui.program_dialogs import FormDialog, ImportDialog
from app.ui.program_page import ProgramPage
from tests.program_case_c import build_karabalta
from tests.services.test_program_import import kara_balta_matrix
from tests.services.test_programs import dump
from tests.ui.forms import answer, fill_form
from tests.ui.shots import shot


@pytest.fixture
def kb(db):
    return build_karabalta(db)


@pytest.fixture
def page(qtbot, db, kb, switcher):
    w = ProgramPage(db)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def edit_cell(qtbot, table, row: int, col: int, text: str) -> None:
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def row_of(table, text: str) -> int:
    for r in range(table.rowCount()):
        if table.item(r, 0) and table.item(r, 0).text().strip() == text:
            return r
        if table.item(r, 1) and table.item(r, 1).text().strip() == text:
            return r
    raise AssertionError(text)


def test_tree_matrix_and_check(page, kb, tmp_path, switcher):
    tree = page.tree
    assert tree.topLevelItemCount() == 4
    third = tree.topLevelItem(2)
    assert third.text(0) == "3"
    task = third.child(0)
    assert [task.child(i).text(0) for i in range(task.childCount())] == ["3.1.1", "3.1.2", "3.1.3"]
    assert task.child(0).text(4) == "МП «Универсал», МС и ММ управление"
    matrix = page.matrix
    assert matrix.rowCount() == 6
    r = row_of(matrix, "анын ичинде төмөнкү парк")
    assert [matrix.item(r, c).text() for c in (4, 8)] == ["8\u00a0371,4", "33\u00a0485,9"]
    assert "33\u00a0485,6" in page.warnings.text() and "0,3" in page.warnings.text()
    for lang in ("ky", "ru"):
        switcher.apply(lang)
        QApplication.processEvents()
        for index, name in enumerate(("plan", "matrix", "monitoring", "annual")):
            page.tabs.setCurrentIndex(index)
            shot(page, f"program_{name}_{lang}")
    switcher.apply("ru")
    QApplication.processEvents()
    assert page.tabs.tabText(1) == "Матрица индикаторов"
    assert "Сумма годовых целей" in page.warnings.text()


def test_half_year_entry(qtbot, page, db, kb):
    page.tabs.setCurrentWidget(page.monitor_tab)
    page.half_combo.setCurrentIndex(page.half_combo.findData("2023H2"))
    table = page.actuals
    edit_cell(qtbot, table, row_of(table, "Калыбына келтирилген сугат тармагынын үлүшү"), 3, "62,5")
    edit_cell(qtbot, table, row_of(table, "анын ичинде төмөнкү парк"), 3, "4185,7")
    statuses = page.statuses
    r = row_of(statuses, "1.1.1")
    statuses.cellWidget(r, 2).setCurrentIndex(statuses.cellWidget(r, 2).findData("done"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.monitor_error.text() == ""
    data = S.monitoring_view(db, kb["program"], "2023H2")
    rows = {x.indicator.id: x for x in data.indicators}
    assert rows[kb["network"]].half_actual == D("62.5") and rows[kb["network"]].percent == D("100.0")
    assert rows[kb["lower_park"]].to_date == D("8371.4")
    assert {m.measure.id: m.status.value for m in data.measures}[kb["m1"]] == "done"
    # the table shows what was saved, % included
    r = row_of(page.actuals, "анын ичинде төмөнкү парк")
    assert page.actuals.item(r, 5).text() == "100 %"

    # a dropped measure without a reason and a bad value: refused, nothing saved, messages shown
    state = dump(db)
    r = row_of(page.statuses, "1.2.1")
    page.statuses.cellWidget(r, 2).setCurrentIndex(page.statuses.cellWidget(r, 2).findData("dropped"))
    edit_cell(qtbot, page.actuals, row_of(page.actuals, "Бар дарактардын жаңы отургузулгандарга катышы"), 3, "1:x")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.monitor_error.text()
    assert "1.2.1" in error and "1:x" in error
    assert dump(db) == state


def test_add_priority_through_its_dialog(qtbot, page, db, kb):
    def fill(dialog):
        assert isinstance(dialog, FormDialog) and dialog is QApplication.activeModalWidget()
        number = dialog.fields["number"]
        number.selectAll()
        qtbot.keyClicks(number, "2")            # taken: the dialog stays open with the message
        qtbot.keyClicks(dialog.fields["title"], "T")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.errors["number"].isVisible()
        number.selectAll()
        qtbot.keyClicks(number, "5")
        qtbot.keyClicks(dialog.fields["title"], "ourism")
        qtbot.keyClick(dialog.fields["title"], Qt.Key.Key_Return)

    page.dialog_hook = fill
    page.add_priority()
    assert [p.number for p in S.get_program(db, kb["program"]).priorities] == [1, 2, 3, 4, 5]
    assert page.tree.topLevelItem(4).text(1) == "Tourism"


def test_import_dialog_preview_and_confirm(qtbot, db, kb, tmp_path, switcher):
    dialog = ImportDialog(db, kb["program"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    state = dump(db)
    qtbot.keyClicks(dialog.path, str(kara_balta_matrix(tmp_path)))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.rows.rowCount() == 5 and dialog.problems.rowCount() == 4
    assert dialog.problems.item(0, 0).text() == "9"
    assert "көп" in dialog.problems.item(0, 1).text()
    assert not dialog.ok.isEnabled()
    assert dump(db) == state                  # the preview saved nothing
    shot(dialog, "program_import_ky")
    switcher.apply("ru")
    QApplication.processEvents()
    shot(dialog, "program_import_ru")
    dialog.skip.setFocus()
    qtbot.keyClick(dialog.skip, Qt.Key.Key_Space)
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and dialog.result.indicators == 5
    assert dialog.result.skipped_rows == 4
    assert len(S.get_program(db, kb["program"]).indicators) == 6 + 5


def test_empty_database_shows_how_to_start(qtbot, db, switcher):
    w = ProgramPage(db)
    qtbot.addWidget(w)
    assert w.program_combo.count() == 0 and not w.tabs.isEnabled()
    assert w.info.text()


def test_edit_measure_and_indicator(page, db, kb, tmp_path):
    task = page.tree.topLevelItem(2).child(0)
    page.tree.setCurrentItem(task.child(0))
    page.dialog_hook = lambda d: fill_form(d, expected_result="Сугарылган аянт", responsible="МП Универсал; Мэрия")
    page.edit_selected()
    measure = page.tree.topLevelItem(2).child(0).child(0)
    assert measure.text(3) == "Сугарылган аянт" and "Мэрия" in measure.text(4)

    r = row_of(page.matrix, "анын ичинде төмөнкү парк")
    page.matrix.selectRow(r)
    before = dump(db)
    errors = []

    def bad(d):
        ok = fill_form(d, final="көп")
        errors.append(d.errors["final"].text())
        return ok

    page.dialog_hook = bad
    page.edit_indicator()
    assert errors[0] and dump(db) == before
    page.matrix.selectRow(r)
    page.dialog_hook = lambda d: fill_form(d, final="33 485,6")
    page.edit_indicator()
    r = row_of(page.matrix, "анын ичинде төмөнкү парк")
    assert page.matrix.item(r, page.matrix.columnCount() - 2).text() == "33\u00a0485,6"
    shot(page, "program_matrix_edited_ky")


def test_correction_proposed_then_approved(page, db, kb, tmp_path):
    r = row_of(page.matrix, "анын ичинде төмөнкү парк")
    page.matrix.selectRow(r)
    page.dialog_hook = lambda d: fill_form(d, year=2024, new_value="9 000", reason="Аянт чоңойду")
    page.propose_correction()
    assert page.tabs.currentWidget() is page.group_tab
    row = next(i for i in range(page.corrections.rowCount()) if page.corrections.item(i, 4).text() == "Аянт чоңойду")
    assert page.corrections.item(row, 5).text() == "сунушталды, бекитиле элек"
    page.corrections.selectRow(row)
    from datetime import date

    before = dump(db)
    page.dialog_hook = lambda d: fill_form(d, decision_body="Шаардык кеңеш", decision_number="12")
    page.approve_correction()  # no date of the decision: refused, nothing changes
    assert dump(db) == before
    page.corrections.selectRow(row)
    page.dialog_hook = lambda d: fill_form(d, decision_body="Шаардык кеңеш", decision_number="12",
                                         decision_date=date(2024, 3, 1))
    page.approve_correction()
    row = next(i for i in range(page.corrections.rowCount()) if page.corrections.item(i, 4).text() == "Аянт чоңойду")
    assert page.corrections.item(row, 5).text().startswith("№ 12")
    r = row_of(page.matrix, "анын ичинде төмөнкү парк")
    assert page.matrix.item(r, 5).text() == "9\u00a0000"  # the 2024 target, changed by the approved decision
    shot(page, "program_group_ky")


def test_group_members_and_bodies(page, db, kb):
    n = page.group.rowCount()
    page.dialog_hook = lambda d: fill_form(d, full_name="Токтосунова Айгүл", organisation="Жарандык кеңеш")
    page.add_group_member()
    assert page.group.rowCount() == n + 1
    page.group.selectRow(n)
    page.confirm_hook = lambda box: answer(box, True)
    page.remove_group_member()
    assert page.group.rowCount() == n
    names = [page.bodies.item(i, 0).text() for i in range(page.bodies.rowCount())]
    row = names.index(next(x for x in names if "Универсал" in x))
    page.bodies.selectRow(row)
    page.dialog_hook = lambda d: fill_form(d, aliases="Универсал МП; «Универсал» муниципалдык ишкана")
    page.edit_body()
    row = [page.bodies.item(i, 0).text() for i in range(page.bodies.rowCount())].index(names[row])
    assert "муниципалдык ишкана" in page.bodies.item(row, 1).text()
    assert S.resolve_body(db, "«Универсал» муниципалдык ишкана") is not None


def test_the_program_takes_its_approving_resolution_from_the_register(qtbot, page, db, kb):
    from app.services import resolutions as RS
    from tests.services.registers_data import RES_05

    rid = RS.create_resolution(db, RES_05)
    assert RS.basis_of(db, "program", kb["program"]) is None

    def choose():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FormDialog)
        combo = dialog.fields["resolution_id"]
        combo.setCurrentIndex(combo.findData(rid))
        assert "№05" in combo.currentText() and "16.02.2023" in combo.currentText()
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(page.edit_program, Qt.MouseButton.LeftButton)
    assert RS.basis_of(db, "program", kb["program"]) == rid
    p = S.get_program(db, kb["program"])
    assert (p.resolution_body, p.resolution_number, p.resolution_date) == \
        ("Кара-Балта шаардык кеңеши", "05", RES_05.adopted_on)
