"""Competitions and applications in the program window, by keyboard only."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox

from app.services import applications as AP
from app.services import browse
from app.services import competitions as C
from tests.competition_data import case_b, municipality
from tests.ui.shots import shot

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


def type_here(text: str) -> None:
    """Type into the focused widget like a keyboard with a Kyrgyz layout
    (QTest.keyClicks knows Latin-1 only)."""
    for ch in text:
        target = focused()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = focused()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, k, modifier)


def back_to(qtbot, window, widget) -> None:
    """After a dialog closes: the main window active again, focus on widget."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(lambda: focused() is widget)


def alt(qtbot, shown: str) -> None:
    """Press Alt with the underlined letter of a label, button or tab text
    (Kyrgyz and Russian texts underline Cyrillic letters)."""
    letter = re.search(r"&(?!&)(\w)", shown).group(1).upper()
    key(qtbot, Qt.Key(ord(letter)), ALT)


def retype(qtbot, label: str, text: str) -> None:
    """Alt+letter to a field, select what is there, type over it."""
    alt(qtbot, label)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_here(text)


@pytest.fixture
def win(qtbot, db, switcher):
    from app.ui.main_window import MainWindow

    municipality(db)
    w = MainWindow(db, switcher)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def wait_dialog(qtbot, dialog):
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_create_announce_and_register_by_keyboard(qtbot, win, db, tmp_path):
    page = win.page("competitions")
    win.show_area("competitions")
    page.table.setFocus()
    key(qtbot, Qt.Key.Key_N, CTRL)
    dlg = wait_dialog(qtbot, page.dialog)

    def label(name):
        return dlg.form_labels[name].text()

    assert focused() is dlg.fields["title"]
    type_here("Жергиликтүү демилгелер 2021")
    retype(qtbot, label("total_allocation_tyiyn"), "23000")
    retype(qtbot, label("max_grant_tyiyn"), "30000")      # too much
    key(qtbot, Qt.Key.Key_Tab)
    error = dlg.errors["max_grant_tyiyn"]
    assert error.isVisible() and "23 000,00" in error.text() and "ашпасын" in error.text()
    retype(qtbot, label("max_grant_tyiyn"), "12 000")
    assert not dlg.errors["max_grant_tyiyn"].isVisible()
    retype(qtbot, label("announced_on"), "01.09.2021")
    retype(qtbot, label("deadline_on"), "01.08.2021")   # before the announcement
    key(qtbot, Qt.Key.Key_Tab)
    assert dlg.errors["deadline_on"].isVisible() and "01.09.2021" in dlg.errors["deadline_on"].text()
    shot(dlg, "ky_competition_errors")
    before = browse.list_competitions(db)
    key(qtbot, Qt.Key.Key_Return)                 # Enter: save, refused
    assert browse.list_competitions(db) == before
    assert focused() is dlg.fields["deadline_on"]
    retype(qtbot, label("deadline_on"), "30.09.2021")
    key(qtbot, Qt.Key.Key_Return)
    rows = browse.list_competitions(db)
    assert len(rows) == 1 and rows[0].title == "Жергиликтүү демилгелер 2021" and rows[0].status == "draft"
    assert rows[0].max_grant_tyiyn == 1_200_000 and rows[0].year == 2021
    cid = rows[0].id
    assert dlg.competition_id == cid and "Даярдалууда" in dlg.status.text()
    shot(dlg, "ky_competition_terms")

    alt(qtbot, dlg.tabs.tabText(1))                # the checklist tab
    assert dlg.tabs.currentWidget() is dlg.checklist and dlg.criteria.count() == 4
    shot(dlg, "ky_competition_checklist")
    alt(qtbot, dlg.tabs.tabText(2))                # the lifecycle tab
    assert dlg.tabs.currentWidget() is dlg.lifecycle
    alt(qtbot, dlg.step_widgets[0].text())         # Announce (clicked after a short animation)
    qtbot.waitUntil(lambda: C.get_competition(db, cid).status == "announced")
    assert dlg.history.rowCount() == 2
    shot(dlg, "ky_competition_lifecycle")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert page.model.rows()[0].status == "announced"

    # --- register an application
    win.show_area("applications")
    apps = win.page("applications")
    back_to(qtbot, win, apps.table)
    key(qtbot, Qt.Key.Key_N, CTRL)
    adlg = wait_dialog(qtbot, apps.dialog)

    def alabel(name):
        return adlg.labels[name].text()

    assert adlg.competition.currentData() == cid
    assert focused() is adlg.applicant_name
    type_here("Кожонова Анаргүл Абдиллаевна")
    retype(qtbot, alabel("applicant_village"), "Орозбеков")
    retype(qtbot, alabel("received_on"), "20.09.2021")
    retype(qtbot, alabel("title"), "Атам, апам жана мен")
    retype(qtbot, alabel("requested_tyiyn"), "15 000")   # above the maximum
    key(qtbot, Qt.Key.Key_Return)
    assert adlg.errors["requested_tyiyn"].isVisible() and "12 000,00" in adlg.errors["requested_tyiyn"].text()
    assert AP.list_register(db).count == 0 and AP.suggest_applicants(db, "Кожонова") == []
    retype(qtbot, alabel("requested_tyiyn"), "12 000")
    alt(qtbot, adlg.tabs.tabText(2))               # participants
    assert adlg.tabs.currentWidget() is adlg.people_page
    adlg.counts["fathers"].setFocus()
    type_here("28")
    adlg.counts["mothers"].setFocus()
    type_here("54")
    shot(adlg, "ky_application_participants")
    key(qtbot, Qt.Key.Key_Return)
    reg = AP.list_register(db)
    assert [(r.reg_number, r.applicant_name, r.requested_tyiyn) for r in reg.rows] == [
        ("ЖД-2021/001", "Кожонова Анаргүл Абдиллаевна", 1_200_000)]
    assert AP.get_application(db, reg.rows[0].id).participants == {"fathers": 28, "mothers": 54}
    assert "ЖД-2021/001" in adlg.windowTitle()
    alt(qtbot, adlg.tabs.tabText(0))
    shot(adlg, "ky_application_saved")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not adlg.isVisible())

    # --- the same applicant again: suggested, taken with Down + Enter
    back_to(qtbot, win, apps.table)
    key(qtbot, Qt.Key.Key_N, CTRL)
    adlg = wait_dialog(qtbot, apps.dialog)
    type_here("кожонова")
    qtbot.waitUntil(adlg.suggestion_list.isVisible)
    shot(adlg, "ky_application_suggestion")
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    assert adlg.applicant_id == AP.suggest_applicants(db, "Кожонова")[0].id
    retype(qtbot, alabel("received_on"), "21.09.2021")
    retype(qtbot, alabel("title"), "Үй-бүлөлүк мелдештер")
    retype(qtbot, alabel("requested_tyiyn"), "5000")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not adlg.isVisible())
    reg = AP.list_register(db)
    assert [r.reg_number for r in reg.rows] == ["ЖД-2021/001", "ЖД-2021/002"]
    assert len({r.applicant_name for r in reg.rows}) == 1
    assert len(AP.suggest_applicants(db, "Кожонова")) == 1

    # --- totals under the table, eligibility by keyboard
    qtbot.waitUntil(lambda: apps.visible_count() == 2)
    assert "17 000,00" in apps.totals.text().replace("\u00a0", " ") and "2" in apps.totals.text()
    back_to(qtbot, win, apps.table)
    apps.table.selectRow(1)
    alt(qtbot, apps.eligibility_button.text())
    qtbot.waitUntil(lambda: apps.dialog is not None and apps.dialog.objectName() == "eligibility_dialog")
    edlg = wait_dialog(qtbot, apps.dialog)
    alt(qtbot, edlg.findChild(QCheckBox, "item_4").text())   # documents complete: untick
    key(qtbot, Qt.Key.Key_Space)
    assert not edlg.all_hold() and edlg.reason.isEnabled()
    key(qtbot, Qt.Key.Key_Return)                 # no reason: refused
    assert edlg.error.isVisible() and AP.get_application(db, reg.rows[1].id).status == "registered"
    assert focused() is edlg.reason
    type_here("Бюджет тиркелген жок")
    shot(edlg, "ky_eligibility")
    alt(qtbot, edlg.save_button.text())
    qtbot.waitUntil(lambda: AP.get_application(db, reg.rows[1].id).status == "ineligible")
    d = AP.get_application(db, reg.rows[1].id)
    assert (d.status, d.status_reason) == ("ineligible", "Бюджет тиркелген жок")
    shot(win, "ky_applications_page")


def test_filters_and_totals(qtbot, win, db):
    ids = case_b(db)
    apps = win.page("applications")
    win.show_area("applications")
    win.refresh()
    assert apps.visible_count() == 2
    assert "23 000,00" in apps.totals.text().replace("\u00a0", " ")
    apps.village.setCurrentIndex(apps.village.findData("Үч-Коргон"))
    assert [r.reg_number for r in apps.shown_rows()] == ["ЖД-2021/002"]
    assert "11 000,00" in apps.totals.text().replace("\u00a0", " ")
    apps.village.setCurrentIndex(0)
    apps.min_amount.setText("11 500")
    apps.min_amount.editingFinished.emit()
    assert [r.reg_number for r in apps.shown_rows()] == ["ЖД-2021/001"]
    apps.min_amount.setText("abc")
    apps.min_amount.editingFinished.emit()
    assert apps.amount_error.isVisible() and apps.visible_count() == 2
    apps.min_amount.clear()
    apps.min_amount.editingFinished.emit()
    AP.withdraw_application(db, ids["app2"], "баш тартты")
    apps.load(db)
    apps.status.setCurrentIndex(apps.status.findData("withdrawn"))
    assert [r.reg_number for r in apps.shown_rows()] == ["ЖД-2021/002"]
    assert "0,00" in apps.totals.text()
    apps.status.setCurrentIndex(0)
    apps.competition.setCurrentIndex(apps.competition.findData(ids["competition"]))
    assert apps.visible_count() == 2 and apps.print_button.isEnabled()


def test_refused_step_says_why_and_cancel_asks_a_reason(qtbot, win, db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    ids = case_b(db, announce=False)
    page = win.page("competitions")
    win.refresh()
    page.table.setFocus()
    page.table.selectRow(0)
    dlg = page.open_current()
    wait_dialog(qtbot, dlg)
    C.update_competition(db, ids["competition"], C.CompetitionInput(**{**C.get_competition(
        db, ids["competition"]).as_input().__dict__, "deadline_on": None}))
    dlg.load()
    button = next(b for b in dlg.step_widgets if b.objectName() == "step_announce")
    assert not button.isEnabled() and "жарыялоо күнүн" in button.toolTip()
    assert "жарыялоо күнүн" in dlg.step_note.text()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    cancel = next(b for b in dlg.step_widgets if b.objectName() == "step_cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert shown == ["Жокко чыгаруунун себебин жазыңыз."]
    assert C.get_competition(db, ids["competition"]).status == "draft"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Каражат жок", True))
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert C.get_competition(db, ids["competition"]).status == "cancelled"
    assert "Каражат жок" in dlg.status.text()
    assert not dlg.save_button.isEnabled()


def test_attachments_from_the_dialog(qtbot, win, db, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    ids = case_b(db)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    apps = win.page("applications")
    win.show_area("applications")
    win.refresh()
    apps.select_id(ids["app1"])
    dlg = wait_dialog(qtbot, apps.open_current())
    assert dlg.tabs.isTabEnabled(3)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert not dlg.attach(empty)
    assert dlg.errors["file"].isVisible() and "бош" in dlg.errors["file"].text()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    assert dlg.attach(scan)
    assert dlg.attachments.count() == 1
    dlg.attachments.setCurrentRow(0)
    path = dlg.open_attachment()
    assert opened == [str(path)] and path.read_bytes() == b"%PDF-1.4 scan"


def test_print_register_from_the_page(qtbot, win, db, tmp_path):
    from openpyxl import load_workbook

    ids = case_b(db)
    apps = win.page("applications")
    win.show_area("applications")
    win.refresh()
    apps.competition.setCurrentIndex(apps.competition.findData(ids["competition"]))
    rd = apps.print_register()
    rd.lang.setCurrentIndex(rd.lang.findData("ru"))
    rd.format.setCurrentIndex(rd.format.findData("xlsx"))
    assert rd.write(tmp_path / "реестр")
    assert rd.saved_to.suffix == ".xlsx" and load_workbook(rd.saved_to).active["A1"].value == "РЕЕСТР ЗАЯВОК"


def test_edit_the_applicant_of_an_application(qtbot, window, data_db):
    from PySide6.QtWidgets import QDialog

    from app.services import applications as AP
    from tests.competition_data import dump
    from tests.ui.forms import ok_button, press

    window.show_area("applications")
    page = window.page("applications")
    page.table.selectRow(0)
    row = page.current_row()
    applicant = AP.get_application(data_db, row.id).applicant
    assert page.applicant_button.isEnabled()

    def bad(d):
        d.fields["phone"].setText("0555\x07123456")
        press(ok_button(d))
        assert d.errors["phone"].text()
        return d.result() == QDialog.DialogCode.Accepted

    before = dump(data_db)
    page.dialog_hook = bad
    assert not page.edit_applicant()
    assert dump(data_db) == before

    def good(d):
        d.fields["phone"].setText("0555 123 456")
        d.fields["village"].setText("Кара-Дөбө")
        press(ok_button(d))
        return d.result() == QDialog.DialogCode.Accepted

    page.dialog_hook = good
    assert page.edit_applicant()
    after = AP.get_applicant(data_db, applicant.id)
    assert (after.phone, after.village, after.name) == ("0555 123 456", "Кара-Дөбө", applicant.name)
    assert after.id_document == applicant.id_document  # fields not shown are kept
