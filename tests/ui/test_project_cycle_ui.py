"""The project page's cycle tabs through the real widgets on the demo data:
the agreement's tranches and payments, monitoring visits and reports,
results and the acceptance act, attachments; buttons are pressed, forms
filled and their OK button clicked; a refused form stays open with its
message and nothing changes; a viewer may only read and print."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QLineEdit

from app.services import project_cycle as PC
from app.services import projects as PS
from tests.ui.forms import answer
from tests.competition_data import dump
from tests.ui.test_competitions_ui import shot


def _page(window, title="Атам, апам жана мен"):
    window.show_area("projects")
    page = window.page("projects")
    page._select(next(r.id for r in page.list.model.rows() if r.title == title))
    return page


def _tab(page, name):
    tab = next(t for t in page.cycle_tabs if t.objectName() == name)
    page.tabs.setCurrentWidget(tab)
    return tab


def press_ok(qtbot, dialog, **values) -> bool:
    """Fill the form as a person does and click its OK button."""
    for key, value in values.items():
        w = dialog.fields[key]
        if isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            assert index >= 0, (key, value)
            w.setCurrentIndex(index)
        elif isinstance(w, QDateEdit):
            w.setDate(QDate(value.year, value.month, value.day) if value else w.minimumDate())
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog.result() == QDialog.DialogCode.Accepted


def _answer(page, qtbot, seen: list, **values):
    def hook(dialog):
        ok = press_ok(qtbot, dialog, **values)
        seen.append((ok, {k: e.text() for k, e in dialog.errors.items() if e.text()}, dialog.general_error.text()))
        return ok
    page.dialog_hook = hook


def _click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_agreement_tab_shows_the_schedule_and_payments(window, tmp_path):
    page = _page(window)
    tab = _tab(page, "cycle_agreement")
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Келишим"
    assert [(r.number, r.amount, r.paid) for r in tab.tranches.model.rows()] == [(1, 600000, 600000),
                                                                               (2, 600000, 600000)]
    assert tab.payments.total_count() == 2
    assert "12 000,00" in tab.summary.text().replace("\u00a0", " ")
    assert not tab.warnings.isVisible() or "аз" in tab.warnings.text()   # only the results' warnings
    shot(window, "cycle-agreement-ky")


def test_a_bad_tranche_keeps_the_form_open_and_changes_nothing(qtbot, window, data_db):
    page = _page(window)
    tab = _tab(page, "cycle_agreement")
    PC.cancel_acceptance(data_db, page.project.id, "Текшерүү")
    page.reload()
    before = dump(data_db)
    seen = []
    _answer(page, qtbot, seen, due_on=date(2022, 1, 10), amount="нөл", condition="Кошумча")
    _click(qtbot, tab.add_button)
    assert seen[-1][0] is False and "Сумманы сан менен жазыңыз" in seen[-1][1]["amount"]
    assert dump(data_db) == before
    _answer(page, qtbot, seen, due_on=date(2022, 1, 10), amount="1 000", condition="Кошумча")
    _click(qtbot, tab.add_button)
    assert seen[-1][0] is True and tab.tranches.total_count() == 3
    assert "Транштардын суммасы 13 000,00 сом" in tab.warnings.text().replace("\u00a0", " ")
    # a payment larger than what is left of the tranche is refused at the amount
    tab.tranches.table.selectRow(2)
    third = tab.tranches.selected_row().id
    _answer(page, qtbot, seen, tranche=third, paid_on=date(2022, 1, 11), amount="1 500")
    _click(qtbot, tab.pay_button)
    assert seen[-1][0] is False and "1 000,00 сом гана калды" in seen[-1][1]["amount"].replace("\u00a0", " ")
    _answer(page, qtbot, seen, tranche=third, paid_on=date(2022, 1, 11), amount="1 000", document_number="№ 9")
    _click(qtbot, tab.pay_button)
    assert seen[-1][0] is True and tab.payments.total_count() == 3


def test_monitoring_visit_and_report(qtbot, window, data_db, tmp_path):
    page = _page(window)
    tab = _tab(page, "cycle_monitoring")
    assert tab.reports.total_count() == 2 and tab.visits.total_count() == 1
    seen = []
    _answer(page, qtbot, seen, kind="interim", due_on=date(2021, 12, 31), status="received")
    before = dump(data_db)
    _click(qtbot, tab.add_report_button)
    assert seen[-1][0] is False and "келген күндү жазыңыз" in seen[-1][1]["received_on"]
    assert dump(data_db) == before
    _answer(page, qtbot, seen, visited_on=date(2021, 12, 4), visitors="Маматов Улан",
            checked="Үй-бүлөлүк мелдеш", findings="Жакшы өттү", follow_up="Сүрөттөрдү берүү",
            follow_up_due_on=date(2021, 12, 1))
    _click(qtbot, tab.add_visit_button)
    assert seen[-1][0] is False and "баруудан" in seen[-1][1]["follow_up_due_on"]
    _answer(page, qtbot, seen, visited_on=date(2021, 12, 4), visitors="Маматов Улан",
            checked="Үй-бүлөлүк мелдеш", findings="Жакшы өттү", follow_up="Сүрөттөрдү берүү",
            follow_up_due_on=date(2021, 12, 10))
    _click(qtbot, tab.add_visit_button)
    assert seen[-1][0] is True and tab.visits.total_count() == 2
    shot(window, "cycle-monitoring-ky")


def test_results_and_the_acceptance_act(qtbot, window, data_db, tmp_path):
    page = _page(window)
    tab = _tab(page, "cycle_results")
    people = tab.people
    last = people.rowCount() - 1
    assert [people.item(last, j).text() for j in range(1, 4)] == ["100", "94", "94,0"]
    figures = tab.figures.text().replace("\u00a0", " ")
    assert "393,62" in figures and "127,66" in figures and "67,6" in figures and "37 из 40" not in figures
    assert "37" in figures and "92,5" in figures
    assert "кабыл алынды" in tab.act_state.text() and not tab.accept_button.isEnabled()
    shot(window, "cycle-results-ky")
    # the acceptance is cancelled with a reason, and the project runs again
    seen = []
    _answer(page, qtbot, seen, reason="")
    _click(qtbot, tab.cancel_button)
    assert seen[-1][0] is False and page.project.status == "completed"
    _answer(page, qtbot, seen, reason="Отчетто ката табылды")
    _click(qtbot, tab.cancel_button)
    assert seen[-1][0] is True and page.project.status == "running"
    assert "Отчетто ката табылды" in tab.act_state.text() and tab.accept_button.isEnabled()
    # without the final report's arrival the result cannot be accepted: said on the tab
    final = next(r for r in PC.get_cycle(data_db, page.project.id).reports if r.kind == "final")
    PC.update_report(data_db, final.id, PC.ReportInput("final", final.due_on))
    page.reload()
    page.confirm_hook = lambda box: answer(box, True)
    before = dump(data_db)
    _click(qtbot, tab.accept_button)
    assert tab.act_error.isVisible() and "акыркы отчету" in tab.act_error.text()
    assert dump(data_db) == before
    PC.update_report(data_db, final.id, PC.ReportInput("final", final.due_on, received_on=date(2022, 1, 17),
                                                       status="received"))
    page.reload()
    _click(qtbot, tab.accept_button)
    assert page.project.status == "completed" and "кабыл алынды" in tab.act_state.text()


def test_survey_refused_then_added(qtbot, window, data_db):
    page = _page(window)
    tab = _tab(page, "cycle_results")
    seen = []
    _answer(page, qtbot, seen, asked="10", satisfied="12")
    _click(qtbot, tab.add_survey_button)
    assert seen[-1][0] is False and "(12)" in seen[-1][1]["satisfied"] and "(10)" in seen[-1][1]["satisfied"]
    _answer(page, qtbot, seen, asked="10", satisfied="9", method="Анкета")
    _click(qtbot, tab.add_survey_button)
    assert seen[-1][0] is True and tab.surveys.total_count() == 2
    assert "46" in tab.figures.text() and "50" in tab.figures.text()


def test_attachments_tab(qtbot, window, data_db, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page = _page(window)
    tab = _tab(page, "cycle_attachments")
    seen = []
    _answer(page, qtbot, seen, file="", kind="agreement")
    _click(qtbot, tab.add_button)
    assert seen[-1][0] is False and seen[-1][1]["file"] == "Бул талааны толтуруңуз."
    scan = tmp_path / "келишим-скан.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed agreement")
    visit = PC.get_cycle(data_db, page.project.id).visits[0].id
    _answer(page, qtbot, seen, file=str(scan), kind="photo", link="visit:" + visit, note="Волейбол")
    _click(qtbot, tab.add_button)
    assert seen[-1][0] is True
    rows = tab.files.model.rows()
    assert [(r.filename, r.kind, r.belongs_to) for r in rows] == [("келишим-скан.pdf", "photo", "13.11.2021 мониторинг")]
    tab.files.table.selectRow(0)
    path = tab.open_attachment()
    assert opened == [str(path)] and path.read_bytes() == scan.read_bytes()
    shot(window, "cycle-attachments-ky")
    page.confirm_hook = lambda box: answer(box, True)
    _click(qtbot, tab.remove_button)
    assert tab.files.total_count() == 0


def test_print_buttons_open_the_reports_area(qtbot, window):
    page = _page(window)
    for tab_name, button, report in (("cycle_agreement", "print_button", "grant-agreement"),
                                     ("cycle_results", "print_act_button", "acceptance-act"),
                                     ("cycle_results", "print_results_button", "project-results")):
        window.show_area("projects")
        tab = _tab(page, tab_name)
        _click(qtbot, getattr(tab, button))
        assert window.current_area() == "reports"
        reports = window.page("reports")
        assert reports.current_spec().name == report
        assert reports.combos["project"].currentData() == page.project.id


def test_a_viewer_reads_and_prints_only(qtbot, data_db, switcher):
    from app.store.db import Actor
    from app.ui.main_window import MainWindow

    data_db.actor = Actor("viewer", "viewer")
    win = MainWindow(data_db, switcher)
    qtbot.addWidget(win)
    page = _page(win)
    for tab in page.cycle_tabs:
        for b in tab.editing_buttons():
            assert not b.isEnabled(), b.objectName()
    agreement, _monitoring, results, attachments = page.cycle_tabs
    assert agreement.print_button.isEnabled() and results.print_act_button.isEnabled()
    assert agreement.tranches.total_count() == 2 and results.people.rowCount() > 1
    assert attachments.open_button.isEnabled()


def test_russian_screens(window, switcher, tmp_path):
    from PySide6.QtWidgets import QApplication

    switcher.apply("ru")
    QApplication.processEvents()
    page = _page(window)
    names = ["Соглашение", "Мониторинг", "Результаты, акт", "Вложения"]
    assert [page.tabs.tabText(page.tabs.indexOf(t)) for t in page.cycle_tabs] == names
    window.resize(1280, 1150)
    page.splitter.setSizes([150, 900])
    for tab, name in zip(page.cycle_tabs, ("cycle-agreement-ru", "cycle-monitoring-ru", "cycle-results-ru",
                                           "cycle-attachments-ru")):
        page.tabs.setCurrentWidget(tab)
        shot(window, name)
    results = page.cycle_tabs[2]
    assert "На одного участника" in results.figures.text()


def test_status_dialog_cannot_complete_a_project(qtbot, window, data_db):
    page = _page(window, "Жомокко саякат")
    PC.cancel_acceptance(data_db, page.project.id, "Текшерүү")
    page.reload()
    seen = []
    _answer(page, qtbot, seen, status="completed")
    _click(qtbot, page.status_button)
    assert seen[-1][0] is False and "акт" in (seen[-1][2] + " ".join(seen[-1][1].values()))
    assert PS.get_project(data_db, page.project.id).status == "running"


def test_kyrgyz_screens_whole(window, tmp_path):
    page = _page(window)
    window.resize(1280, 1150)
    page.splitter.setSizes([150, 900])
    for tab, name in zip(page.cycle_tabs, ("cycle-agreement-ky-tall", "cycle-monitoring-ky-tall",
                                           "cycle-results-ky-tall", "cycle-attachments-ky-tall")):
        page.tabs.setCurrentWidget(tab)
        shot(window, name)
    assert page.tabs.tabText(page.tabs.indexOf(page.cycle_tabs[2])) == "Натыйжалар, акт"
