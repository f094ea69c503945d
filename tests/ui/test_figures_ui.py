"""Through the real widgets on the demo data: the figures-to-check area, a
budget line's quantity × unit price beside its amount, an event's stated
participants, an award above the decision (asked and reasoned), a grant split
among recipients, a project without a competition, text pasted from an old
Kyrgyz font, and the actual-value checks of the monitoring tab. Screenshots
of each screen in Kyrgyz and Russian go to tmp (DEMILGE_SCREENSHOT_DIR too)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from app.domain.money import som
from app.services import programs as S
from app.services import projects as PS
from app.store import models as M
from tests.competition_data import dump
from tests.ui.forms import answer
from tests.ui.test_competitions_ui import shot

SUBSIDY = "Демилгелүү топторго спорттук субсидия (иллюстрация)"


def _page(window, title=SUBSIDY):
    window.show_area("projects")
    page = window.page("projects")
    page._select(next(r.id for r in page.list.model.rows() if r.title == title))
    return page


def _shot(dialog, tmp_path, name):
    """A dialog as the user sees it: shown and laid out, then grabbed."""
    dialog.show()
    dialog.adjustSize()
    QApplication.processEvents()
    shot(dialog, name)


def _ok(qtbot, dialog) -> bool:
    """Press the dialog's OK button; whether it closed accepted."""
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog.result() == dialog.DialogCode.Accepted


def test_figures_area_lists_every_mismatch(window, switcher, tmp_path):
    window.show_area("figures")
    page = window.page("figures")
    rows = page.model.rows()
    assert [r.kind for r in rows] == ["event", "budget_line"]
    assert page.model.index(0, 0).data() == "Иш-чара"
    assert "150" in rows[0].note and "144" in rows[0].note and "булакта" in rows[0].note
    shot(window, "figures-ky")
    switcher.apply("ru")
    QApplication.processEvents()
    rows = page.model.rows()
    assert page.model.index(0, 0).data() == "Мероприятие" and "указано участников" in rows[0].note
    shot(window, "figures-ru")


def test_budget_line_quantity_times_price_shown_where_typed(qtbot, window, data_db, tmp_path):
    page = _page(window)
    seen = []

    def hook(dialog):
        dialog.fields["category"].setText("Медалдар")
        dialog.fields["source"].setCurrentIndex(dialog.fields["source"].findData("donor"))
        dialog.fields["channel"].setCurrentIndex(dialog.fields["channel"].findData("through_local_budget"))
        qtbot.keyClicks(dialog.fields["quantity"], "15")
        dialog.fields["unit"].setText("дана")
        qtbot.keyClicks(dialog.fields["unit_price"], "300")
        seen.append(dialog.product_label.text())
        qtbot.keyClicks(dialog.fields["planned"], "6 000")
        seen.append(dialog.product_label.text())
        _shot(dialog, tmp_path, "budget-line-dialog-ky")
        return _ok(qtbot, dialog)

    page.dialog_hook = hook
    page.add_line()
    assert "4 500,00" in seen[0] and "пландалган сумма катары" in seen[0]
    assert "≠" in seen[1] and "6 000,00" in seen[1]
    line = next(ln for ln in page.project.budget.lines if ln.category == "Медалдар")
    assert line.planned == som(6000) and line.computed == som(4500) and line.paid_through == "through_local_budget"
    row = next(r for r in range(page.lines.rowCount()) if page.lines.item(r, 0).text() == "Медалдар")
    assert page.lines.item(row, 2).foreground().color() == QColor("#B00020")
    assert page.lines.item(row, 6).text() == "Жергиликтүү бюджет аркылуу"
    assert "Медалдар" in page.budget_warnings.text()
    shot(window, "budget-subsidy-ky")


def test_stated_participants_in_the_grid_and_the_event_form(qtbot, window, tmp_path, switcher):
    page = _page(window)
    page.tabs.setCurrentIndex(1)
    stated_col = page.grid.FIXED - 1
    assert page.grid.horizontalHeaderItem(stated_col).text() == "Көрсөтүлгөн"
    cell = page.grid.item(0, stated_col)
    assert cell.text() == "150" and cell.foreground().color() == QColor("#B00020") and "144" in cell.toolTip()
    assert page.event_figures.isVisible() and "150" in page.event_figures.text()
    shot(window, "events-stated-ky")
    texts = []

    def hook(dialog):
        texts.append(dialog.findChild(type(page.reach), "event_counted").text())
        dialog.fields["stated_total"].setText("144")
        texts.append(dialog.findChild(type(page.reach), "event_counted").text())
        return _ok(qtbot, dialog)

    page.grid.setCurrentCell(0, 3)
    page.dialog_hook = hook
    page.edit_event()
    assert "144" in texts[0] and "айырмаланат" in texts[0] and "айырмаланат" not in texts[1]
    assert not page.event_figures.isVisible()
    switcher.apply("ru")
    QApplication.processEvents()
    assert page.grid.horizontalHeaderItem(stated_col).text() == "Указано"
    shot(window, "events-stated-ru")


def test_award_above_the_decision_asks_and_needs_a_reason(qtbot, window, data_db, tmp_path):
    page = _page(window, "Атам, апам жана мен")
    before = dump(data_db)
    asked, errors = [], []
    answers = [False, True]
    page.confirm_hook = lambda box: (asked.append(box.text()), answer(box, answers.pop(0)))

    def hook(dialog):
        dialog.fields["awarded"].setText("120 000")
        assert not _ok(qtbot, dialog)               # no reason: refused at the reason field
        errors.append(dialog.errors["excess_reason"].text())
        _shot(dialog, tmp_path, "award-excess-ky")
        assert dump(data_db) == before
        dialog.fields["excess_reason"].setText("Айылдык кеңештин токтому № 7")
        assert not _ok(qtbot, dialog)               # the question answered "no": still not saved
        errors.append(dialog.errors["excess_reason"].text())
        assert dump(data_db) == before
        return _ok(qtbot, dialog)                   # answered "yes"

    page.dialog_hook = hook
    page.edit_project()
    assert "120 000,00" in errors[0].replace("\u00a0", " ") and "12 000,00" in errors[0].replace("\u00a0", " ")
    assert errors[1] == "Сакталган жок: грант суммасын ырастаңыз же оңдоңуз."
    assert len(asked) == 2 and "себебин" in asked[0]
    d = PS.get_project(data_db, page.project.id)
    assert d.award == som(120000) and d.award_excess_reason == "Айылдык кеңештин токтому № 7"
    assert "Айылдык кеңештин токтому № 7" in page.info.text()


def test_recipients_must_add_up(qtbot, window, data_db, tmp_path, switcher):
    page = _page(window)
    page.tabs.setCurrentIndex(3)
    assert page.recipients.rowCount() == 3 and "30 000,00" in page.recipients_total.text().replace("\u00a0", " ")
    shot(window, "recipients-ky")
    before = dump(data_db)
    texts = []

    def hook(dialog):
        dialog.table.item(2, 1).setText("9 000")
        texts.append(dialog.sum_label.text())
        assert not _ok(qtbot, dialog)
        texts.append(dialog.error.text())
        _shot(dialog, tmp_path, "recipients-dialog-refused-ky")
        assert dump(data_db) == before
        dialog.table.item(2, 1).setText("8 000")
        qtbot.mouseClick(dialog.add_row_button, Qt.MouseButton.LeftButton)
        dialog.table.item(3, 0).setText("Бош сап")
        dialog.table.setCurrentCell(3, 0)
        qtbot.mouseClick(dialog.remove_row_button, Qt.MouseButton.LeftButton)
        return _ok(qtbot, dialog)

    page.dialog_hook = hook
    page.edit_recipients()
    assert "так барабар" in texts[0]
    assert "31 000,00" in texts[1].replace("\u00a0", " ") and "30 000,00" in texts[1].replace("\u00a0", " ")
    assert [r.amount for r in page.project.recipients] == [som(12000), som(10000), som(8000)]
    switcher.apply("ru")
    QApplication.processEvents()
    shot(window, "recipients-ru")


def test_a_project_without_a_competition(qtbot, window, data_db, tmp_path):
    page = _page(window)

    def hook(dialog):
        names = [dialog.fields["municipality_id"].itemText(i) for i in range(dialog.fields["municipality_id"].count())]
        assert "Баткен шаары" in names
        dialog.fields["municipality_id"].setCurrentIndex(names.index("Баткен шаары"))
        dialog.fields["direct_kind"].setCurrentIndex(dialog.fields["direct_kind"].findData("direct_grant"))
        dialog.fields["title"].setText("Паркты жашылдандыруу (иллюстрация)")
        dialog.fields["awarded"].setText("40 000")
        assert not _ok(qtbot, dialog)                 # no legal basis: refused at its field
        assert not dialog.errors["legal_basis"].isHidden()
        dialog.fields["legal_basis"].setText("Донордук келишим № 4")
        _shot(dialog, tmp_path, "direct-project-dialog-ky")
        return _ok(qtbot, dialog)

    page.dialog_hook = hook
    page.new_direct_project()
    d = page.project
    assert d.title == "Паркты жашылдандыруу (иллюстрация)" and d.competition_id is None
    assert d.municipality == "Баткен шаары" and "Түз грант (сынаксыз): Донордук келишим № 4" in page.info.text()


def test_text_pasted_from_an_old_font_is_converted_with_a_notice(qtbot, window, data_db, tmp_path):
    page = _page(window, "Атам, апам жана мен")
    notices = []

    def hook(dialog):
        from datetime import date

        from PySide6.QtCore import QDate

        dialog.fields["held_on"].setDate(QDate(2021, 12, 18))
        title = dialog.fields["title"]
        title.setFocus()
        QGuiApplication.clipboard().setText("Айыл љкмљтєнєн мелдеши")
        qtbot.keySequence(title, QKeySequence.StandardKey.Paste)
        assert title.text() == "Айыл өкмөтүнүн мелдеши"
        notices.append(dialog.notice.text())
        assert not dialog.notice.isHidden()
        _shot(dialog, tmp_path, "oldfont-paste-ky")
        return _ok(qtbot, dialog)

    page.dialog_hook = hook
    page.add_event()
    assert notices == ["Эски кыргыз шрифтинен которулду: «љкмљтєнєн» → «өкмөтүнүн»."]
    with data_db.reader() as s:
        assert s.scalar(select(M.Event.id).where(M.Event.title == "Айыл өкмөтүнүн мелдеши")) is not None


def test_monitoring_tab_checks_the_actual_values(qtbot, window, data_db, tmp_path):
    with data_db.reader() as s:
        pid = s.scalar(select(M.DevelopmentProgram.id))
    program = S.get_program(data_db, pid)
    parent = next(i for i, depth in program.ordered_indicators() if depth == 0 and program.children(i.id))
    actuals = {parent.id: S.ActualInput("100", None)}
    actuals.update({k.id: S.ActualInput("80", None) for k in program.children(parent.id)})
    S.record_half_year(data_db, pid, "2023H1", actuals=actuals)
    window.show_area("program")
    page = window.page("program")
    page.load(data_db)
    page.tabs.setCurrentIndex(2)
    page.half_combo.setCurrentIndex(page.half_combo.findData("2023H1"))
    QApplication.processEvents()
    assert page.actual_checks.isVisible() and parent.name in page.actual_checks.text()
    shot(window, "monitoring-checks-ky")
