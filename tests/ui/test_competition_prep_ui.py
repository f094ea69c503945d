"""The competition's work plan, own events and media and results, opened
from the Competitions area with the real button; forms filled and their OK
clicked; overdue steps warned; a viewer reads and prints only."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from app.domain.participants import builtin_category_id as cat
from app.services import competition_prep as CP
from tests.competition_data import dump
from tests.ui.test_competitions_ui import shot
from tests.ui.test_project_cycle_ui import _answer, _click


def _open(qtbot, window, year=2021):
    window.show_area("competitions")
    page = window.page("competitions")
    row = next(i for i, r in enumerate(page.model.rows()) if r.year == year)
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    _click(qtbot, page.prep_button)
    dialog = page.prep_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_plan_of_case_b(qtbot, window, tmp_path):
    dialog = _open(qtbot, window)
    assert dialog.tabs.tabText(0) == "Иш планы"
    rows = dialog.steps.model.rows()
    assert rows[0].step == "Жергиликтүү демилгелер боюнча кызматташуу келишимине кол коюу"
    assert {r.state for r in rows} == {"done"} and not dialog.plan_warnings.isVisible()
    shot(dialog, "prep-plan-ky")
    dialog.tabs.setCurrentIndex(1)
    assert [r.kind for r in dialog.events.model.rows()] == ["announcement", "info_meeting"]
    shot(dialog, "prep-events-ky")
    dialog.tabs.setCurrentIndex(2)
    summary = dialog.results_summary.text().replace("\u00a0", " ")
    assert "384" in summary and "190,10" in summary and "59,90" in summary
    assert [r.title for r in dialog.results.model.rows()] == ["Атам, апам жана мен", "Жомокко саякат"]
    shot(dialog, "prep-results-ky")


def test_add_an_overdue_step_then_mark_it_done(qtbot, window, data_db):
    dialog = _open(qtbot, window)
    seen = []
    past = date.today() - timedelta(days=5)
    _answer(dialog, qtbot, seen, step="", deadline_on=past)
    before = dump(data_db)
    _click(qtbot, dialog.add_step_button)
    assert seen[-1][0] is False and seen[-1][1]["step"] == "Бул талааны толтуруңуз."
    assert dump(data_db) == before
    _answer(dialog, qtbot, seen, step="Жыйынтыктарды жарыялоо", responsible="Айыл өкмөтү",
            confirming_document="Маалымат", deadline_on=past)
    _click(qtbot, dialog.add_step_button)
    assert seen[-1][0] is True
    assert dialog.plan_warnings.isVisible() and "Жыйынтыктарды жарыялоо" in dialog.plan_warnings.text()
    assert dialog.steps.model.rows()[-1].state == "overdue"
    dialog.steps.table.selectRow(dialog.steps.proxy.rowCount() - 1)
    _answer(dialog, qtbot, seen, done_on=date.today() + timedelta(days=1))
    _click(qtbot, dialog.done_button)
    assert seen[-1][0] is False and "бүгүндөн" in seen[-1][1]["done_on"]
    _answer(dialog, qtbot, seen, done_on=date.today())
    _click(qtbot, dialog.done_button)
    assert seen[-1][0] is True and dialog.steps.model.rows()[-1].state == "done_late"
    assert not dialog.plan_warnings.isVisible()
    dialog.steps.table.selectRow(dialog.steps.proxy.rowCount() - 1)
    _click(qtbot, dialog.up_button)
    assert dialog.steps.model.rows()[-2].step == "Жыйынтыктарды жарыялоо"


def test_competition_event_with_counts_and_coverage(qtbot, window, data_db, tmp_path):
    dialog = _open(qtbot, window, 2018)
    dialog.tabs.setCurrentIndex(1)
    seen = []
    values = dict(held_on=date(2018, 5, 25), place="Баткен шаары", kind="info_meeting",
                  title="Экинчи маалыматтык жолугушуу")
    _answer(dialog, qtbot, seen, **values, **{cat("men"): "сегиз"})
    before = dump(data_db)
    _click(qtbot, dialog.add_event_button)
    assert seen[-1][0] is False and seen[-1][1][cat("men")] == "0 менен 1000000 ортосундагы бүтүн санды жазыңыз."
    assert dump(data_db) == before
    _answer(dialog, qtbot, seen, **values, **{cat("men"): "8", cat("women"): "12"})
    _click(qtbot, dialog.add_event_button)
    assert seen[-1][0] is True
    added = next(r for r in dialog.events.model.rows() if r.title == "Экинчи маалыматтык жолугушуу")
    assert added.people == 20
    _answer(dialog, qtbot, seen, outlet="«Баткен Таңы»", level="region", published_on=date(2018, 5, 12))
    _click(qtbot, dialog.add_media_button)
    assert seen[-1][0] is True and dialog.media.total_count() == 3
    shot(dialog, "prep-events-added-ky")
    # the Events area lists it under the competition
    window.show_area("events")
    events = window.page("events")
    events.load(data_db)
    assert any(r.title == "Экинчи маалыматтык жолугушуу" and r.project_title.startswith("Мамлекеттик")
               for r in events.list.model.rows())


def test_print_the_plan(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtCore import QUrl  # noqa: F401
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog
    from pypdf import PdfReader

    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    dialog = _open(qtbot, window)
    _click(qtbot, dialog.print_plan_button)
    report = dialog.report_dialog
    report.lang.setCurrentIndex(report.lang.findData("ru"))
    qtbot.mouseClick(report.buttons.button(report.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "ПЛАН РАБОТЫ ПО ПОДГОТОВКЕ И ПРОВЕДЕНИЮ КОНКУРСА" in text


def test_a_viewer_reads_and_prints(qtbot, data_db, switcher):
    from app.store.db import Actor
    from app.ui.main_window import MainWindow

    data_db.actor = Actor("viewer", "viewer")
    win = MainWindow(data_db, switcher)
    qtbot.addWidget(win)
    win.show()
    dialog = _open(qtbot, win)
    for b in (dialog.add_step_button, dialog.edit_step_button, dialog.done_button, dialog.add_event_button,
              dialog.add_media_button, dialog.remove_step_button):
        assert not b.isEnabled()
    assert dialog.print_plan_button.isEnabled() and dialog.print_results_button.isEnabled()
    assert dialog.steps.total_count() == 5 and CP.plan_warnings(data_db, dialog.competition_id) == []


def test_russian(qtbot, window, switcher, tmp_path):
    from PySide6.QtWidgets import QApplication

    switcher.apply("ru")
    QApplication.processEvents()
    dialog = _open(qtbot, window, 2018)
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["План работы", "Мероприятия и СМИ", "Результаты проектов"]
    shot(dialog, "prep-plan-ru")
    dialog.tabs.setCurrentIndex(1)
    shot(dialog, "prep-events-ru")
    dialog.tabs.setCurrentIndex(2)
    assert "Проектов: 1" in dialog.results_summary.text()
    shot(dialog, "prep-results-ru")
