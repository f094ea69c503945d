"""Everyday use (issue 17): fresh pages after any action, dates typed the
Kyrgyz/Russian way, errors where the eye is, Kyrgyz everywhere."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.services import browse
from tests.ui.forms import wait_job


def _demo_2021(page):
    return next(i for i in range(page.competition.count()) if "2021" in page.competition.itemText(i))


def test_a_new_competition_reaches_the_commission_page_without_its_neighbours_grid(qtbot, window, data_db):
    window.show_area("commission")
    page = window.page("commission")
    page.competition.setCurrentIndex(_demo_2021(page))
    page.tabs.setCurrentIndex(1)
    assert page.meeting is not None and page.sheet.columnCount() > 0 and page.decision.rowCount() > 0
    before = page.competition.count()

    window.show_area("competitions")
    comps = window.page("competitions")
    dlg = comps.new_competition()
    qtbot.waitExposed(dlg)
    dlg.fields["title"].setText("Сынак 2026")
    dlg.fields["total_allocation_tyiyn"].setText("100000")
    dlg.fields["max_grant_tyiyn"].setText("20000")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert any(r.title == "Сынак 2026" for r in browse.list_competitions(data_db))
    dlg.close()
    qtbot.waitUntil(lambda: not page.loaded)     # one signal: the commission page is stale

    window.show_area("commission")
    assert page.competition.count() == before + 1
    new = next(i for i in range(page.competition.count()) if "Сынак 2026" in page.competition.itemText(i))
    page.competition.setCurrentIndex(new)
    # nothing of the 2021 meeting stays on the meetings tab
    assert page.meeting is None and page.meeting_combo.count() == 0
    assert page.sheet.columnCount() == 0 and page.sheet.rowCount() == 0
    assert page.decision.rowCount() == 0 and page.sheet_member.count() == 0


def test_dates_type_with_dots_and_the_calendar_opens_at_today(qtbot):
    from app.ui.dates import date_edit
    from app.ui.program_dialogs import FormDialog

    dialog = FormDialog("x")
    qtbot.addWidget(dialog)
    edit = dialog.add_date("held_on", "Date")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert edit.text() == "" and dialog.values()["held_on"] is None
    edit.setFocus()
    qtbot.keyClicks(edit, "02.12.2026")
    assert edit.lineEdit().text() == "02.12.2026"
    assert dialog.values()["held_on"] == date(2026, 12, 2)
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "5.3.2025")
    assert dialog.values()["held_on"] == date(2025, 3, 5)

    empty = date_edit(None, "empty")
    qtbot.addWidget(empty)
    empty.resize(160, 30)
    empty.show()
    qtbot.mouseClick(empty, Qt.MouseButton.LeftButton, pos=QPoint(150, 15))
    cal = empty.calendarWidget()
    today = QDate.currentDate()
    assert (cal.yearShown(), cal.monthShown()) == (today.year(), today.month())
    cal.window().hide()
    QApplication.processEvents()


def test_every_date_field_is_the_one_helper(qtbot, window):
    """No bare QDateEdit is left anywhere in the window's pages and forms."""
    from PySide6.QtWidgets import QDateEdit

    from app.ui.dates import DateEdit

    for name in window.area_names():
        window.show_area(name)
    window.page("competitions").new_competition()
    found = [w for w in QApplication.allWidgets() if isinstance(w, QDateEdit)]
    assert found and all(isinstance(w, DateEdit) for w in found), [w.objectName() for w in found
                                                                   if not isinstance(w, DateEdit)]
    window.page("competitions").dialog.close()


def _in_sight(widget, window) -> bool:
    """The widget is shown and its whole height lies inside the visible part
    of the window's page (the scroll area's viewport)."""
    holder = window.holders[window.current_area()]
    viewport = holder.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    bottom = top_left.y() + widget.height()
    return widget.isVisible() and top_left.y() >= 0 and bottom <= viewport.height()


def test_a_refused_participant_count_is_shown_in_sight(qtbot, window, data_db):
    from tests.competition_data import dump
    from tests.ui.test_projects_ui import _col, _page, _type_in_cell

    window.resize(1000, 520)
    page = _page(window)
    page.tabs.setCurrentIndex(1)
    before = dump(data_db)
    _type_in_cell(qtbot, page.grid, 0, _col(page, "girls"), "61")
    qtbot.waitUntil(lambda: page.grid_error.isVisible())
    assert "61" in page.grid_error.text() and "60" in page.grid_error.text()
    qtbot.waitUntil(lambda: _in_sight(page.grid_error, window))
    assert dump(data_db) == before


def _standard_texts():
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    SB = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(SB.Ok | SB.Cancel | SB.Save | SB.Close | SB.Yes | SB.No | SB.Discard)
    texts = {b: box.button(b).text().replace("&", "") for b in (SB.Ok, SB.Cancel, SB.Save, SB.Close, SB.Yes, SB.No,
                                                                 SB.Discard)}
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    menu_texts = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]
    box.deleteLater()
    edit.deleteLater()
    return texts, menu_texts


def test_qt_own_buttons_and_menus_speak_kyrgyz_and_russian(qtbot, switcher):
    from PySide6.QtWidgets import QDialogButtonBox

    SB = QDialogButtonBox.StandardButton
    texts, menu = _standard_texts()
    assert texts[SB.Yes] == "Ооба" and texts[SB.No] == "Жок" and texts[SB.Ok] == "Макул"
    assert texts[SB.Cancel] == "Жокко чыгаруу" and texts[SB.Save] == "Сактоо" and texts[SB.Close] == "Жабуу"
    assert "Көчүрүү" in menu and "Коюу" in menu and "Баарын белгилөө" in menu
    for text in list(texts.values()) + menu:
        assert not any("a" <= ch.lower() <= "z" for ch in text), text   # no English letter left
    switcher.apply("ru")
    texts, menu = _standard_texts()
    assert texts[SB.Yes] == "Да" and texts[SB.Cancel] == "Отмена" and "Копировать" in menu


def test_backups_and_report_lists_in_words_and_our_dates(qtbot, window, data_db):
    import re

    from app.services import backup

    backup.backup_now(data_db.path, "start")
    window.admin_panel.load(data_db)
    table = window.admin_panel.backups_table
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
    assert "Иштетүүдө" in cells and any(c.endswith("КБ") for c in cells)
    assert not any(c in ("start", "manual") or "KB" in c for c in cells)

    window.show_area("reports")
    reports = window.page("reports")
    shown = [combo.itemText(i) for combo in reports.combos.values() for i in range(combo.count())]
    assert shown
    for text in shown:
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text
        assert not re.search(r"\b(closed|open|completed|planned|running|announced|draft|decided)\b", text), text
    assert any("протокол жабылды" in t for t in shown)


def _parent_before(names: list[str], part: str, whole: str) -> None:
    """`part` stands right under its own whole (among the whole's parts), not under another."""
    i, j = names.index(part), names.index(whole)
    assert j < i and all(n.startswith((" ", "\u00a0")) for n in names[j + 1:i + 1]), names


def test_fathers_and_mothers_stand_under_men_and_women(qtbot, window, data_db, tmp_path):
    from openpyxl import load_workbook

    from app.services import reporting

    pid = next(p for p in browse.list_projects(data_db) if p.title == "Атам, апам жана мен").id
    out = tmp_path / "p.xlsx"
    reporting.build_report(data_db, "participants", reporting.ReportParams(lang="ru", project=pid), "xlsx", out)
    names = [r[0].value for r in load_workbook(out).worksheets[1].iter_rows(min_row=2)]
    assert names.index("Отцы") == names.index("Мужчины") + 1
    assert names.index("Матери") == names.index("Женщины") + 1
    assert names.index("Мальчики") > names.index("Дети") > names.index("Матери")

    window.show_area("events")
    events = window.page("events")
    events.date_from.set_value(date(2021, 1, 1))
    events.date_to.set_value(date(2021, 12, 31))
    # the totals are a lazy table: a row per project, a column per category (parts marked "· ")
    model = events.table.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    names = [model.headerData(j, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
             for j in range(model.columnCount())]
    names = [" " + n[2:] if n.startswith("· ") else n for n in names]
    _parent_before(names, " Аталар", "Эркектер")
    _parent_before(names, " Энелер", "Аялдар")


def test_preview_zooms_prints_landscape_and_clears_for_another_report(qtbot, demo_db, switcher, tmp_path):
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtPrintSupport import QPrinter
    from pypdf import PdfReader

    from app.ui.reports_page import ReportsPage

    page = ReportsPage()
    qtbot.addWidget(page)
    page.load(demo_db)
    page.resize(1280, 800)
    page.show()
    page.choose("register")     # A4 landscape
    wait_job(qtbot, page.preview())
    qtbot.waitUntil(lambda: page.document.pageCount() >= 1, timeout=5000)
    size = page.document.pagePointSize(0)
    assert size.width() > size.height()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert page.print_document(printer) == page.document.pageCount()
    box = PdfReader(str(printed)).pages[0].mediabox
    assert float(box.width) > float(box.height)       # printed landscape, not shrunk on a portrait page

    assert page.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert page.view.zoomMode() == QPdfView.ZoomMode.Custom
    bigger = page.view.zoomFactor()
    qtbot.mouseClick(page.zoom_out_button, Qt.MouseButton.LeftButton)
    assert page.view.zoomFactor() < bigger and "%" in page.zoom_label.text()
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert page.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    page.grab().save(str(tmp_path / "preview.png"))

    page.choose("council-summary")
    assert page.document.pageCount() == 0               # the register's preview is gone


def _answer_question(qtbot, which):
    """Press a button of the question box once it is up (a real click)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen = []

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)
    return seen


def test_a_filled_form_asks_before_closing(qtbot, window, data_db):
    from PySide6.QtWidgets import QMessageBox

    SB = QMessageBox.StandardButton
    comps = window.page("competitions")
    window.show_area("competitions")
    dlg = comps.new_competition()
    qtbot.waitExposed(dlg)
    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)     # nothing typed: closes at once
    assert not dlg.isVisible()

    dlg = comps.new_competition()
    qtbot.waitExposed(dlg)
    dlg.fields["title"].setText("Жаңы сынак")
    seen = _answer_question(qtbot, SB.Cancel)
    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)
    assert seen and "сакталбаган" in seen[0] and dlg.isVisible()     # asked, kept open
    seen = _answer_question(qtbot, SB.Discard)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert seen and not dlg.isVisible()
    assert not any(r.title == "Жаңы сынак" for r in browse.list_competitions(data_db))


def test_buttons_stay_put_when_an_error_appears(qtbot, window, data_db):
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.ui.test_projects_ui import _page

    page = _page(window)
    dialog = page._event_dialog("x")
    dialog.submit = lambda v: __import__("app.services.projects", fromlist=["x"]).add_event(
        data_db, page.project.id, page._event_input(dialog, v))
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    where = ok.mapTo(dialog, ok.rect().topLeft())
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)                 # no date, no title: refused
    assert any(not e.isHidden() for e in dialog.errors.values())
    QApplication.processEvents()
    assert ok.mapTo(dialog, ok.rect().topLeft()) == where
    dialog.discard_hook = lambda: True
    dialog.reject()


def test_the_demo_has_a_practice_competition_ready_for_a_meeting(qtbot, window, data_db):
    from tests.ui.forms import fill_form

    window.show_area("commission")
    page = window.page("commission")
    # a new user opening the area lands on the competition under review, not on an old finished one
    assert "МАШЫГУУ" in page.competition.currentText()
    v = page.view
    assert v is not None and len(v.members) == 5 and len(v.criteria) == 3 and not v.warnings
    assert "чыныгы эмес" in page.competition.currentText()
    row = next(r for r in browse.list_competitions(data_db) if r.id == page.competition.currentData())
    assert row.status == "under_review"
    assert page.new_meeting_button.isEnabled()
    page.tabs.setCurrentIndex(1)
    page.dialog_hook = lambda d: fill_form(d, held_on=date(2026, 3, 16), place="Айыл өкмөтү")
    qtbot.mouseClick(page.new_meeting_button, Qt.MouseButton.LeftButton)
    assert page.meeting is not None and page.attendance.count() == 5 and len(page.meeting.applications) == 3


def test_locked_fields_look_locked_and_a_correction_is_recorded_and_printed(qtbot, window, data_db, tmp_path):
    import re

    from pypdf import PdfReader

    from app.services import competitions as CS
    from app.services import reporting
    from app.ui.competition_dialog import CompetitionDialog
    from tests.competition_data import dump
    from tests.ui.forms import fill_form

    cid = next(r.id for r in browse.list_competitions(data_db) if "МАШЫГУУ" in r.title)
    dlg = CompetitionDialog(data_db, cid, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    title = dlg.fields["title"]
    assert title.isReadOnly() and title.property("locked") and "background" in title.styleSheet()
    assert "оңдоо" in title.toolTip() and dlg.locked_note.isVisible() and dlg.amend_button.isVisible()
    assert not dlg.fields["contact_person"].property("locked")     # still editable after announcing
    dlg.grab().save(str(tmp_path / "locked-ky.png"))

    before = dump(data_db)
    dlg.dialog_hook = lambda d: fill_form(d, field="title", value="МАШЫГУУ: оңдолгон аталыш", reason="")
    qtbot.mouseClick(dlg.amend_button, Qt.MouseButton.LeftButton)
    assert dump(data_db) == before                                   # no reason: refused, nothing changed
    assert not dlg.amend_dialog.errors["reason"].isHidden()
    dlg.dialog_hook = lambda d: fill_form(d, field="title", value="МАШЫГУУ: оңдолгон аталыш",
                                          reason="Аталыштагы ката")
    qtbot.mouseClick(dlg.amend_button, Qt.MouseButton.LeftButton)
    assert CS.get_competition(data_db, cid).title == "МАШЫГУУ: оңдолгон аталыш"
    (amendment,) = CS.amendments(data_db, cid)
    assert amendment.user_name == data_db.actor.name and "Аталыштагы ката" in amendment.text
    assert "(чыныгы эмес)" in amendment.text                         # the old value is kept in the record

    out = tmp_path / "announcement.pdf"
    reporting.build_report(data_db, "announcement", reporting.ReportParams(lang="ru", competition=cid), "pdf", out)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert "Исправления после объявления" in text and "Аталыштагы ката" in text
