"""An ambiguous amount typed in the program ("37.000": 37 000 som or 37 som?)
is refused at its field with both readings, in the user's language, and
nothing is saved; the same amount written plainly is taken."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from tests.competition_data import dump
from tests.ui.forms import fill_form

READINGS = {"ky": ("37 000 сомбу же 37 сомбу?", "37 000"), "ru": ("37 000 сом или 37 сом?", "37 000")}


def _page(window, title="Атам, апам жана мен"):
    window.show_area("projects")
    page = window.page("projects")
    page._select(next(r.id for r in page.list.model.rows() if r.title == title))
    return page


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_ambiguous_expense_amount_is_refused_at_its_field(window, data_db, switcher, lang):
    switcher.apply(lang)
    QApplication.processEvents()
    page = _page(window)
    before = dump(data_db)
    seen = []

    def typed(text):
        def hook(dialog):
            seen.append((fill_form(dialog, spent_on=date(2021, 11, 15), source="donor", amount=text),
                         dialog.errors["amount"].text(), dialog.errors["amount"].isVisible()))
        return hook

    page.dialog_hook = typed("37.000")
    page.add_expense()
    accepted, message, shown = seen[-1]
    assert not accepted and shown and READINGS[lang][0] in message and "«37.000»" in message
    assert dump(data_db) == before and page.expenses.rowCount() == 0

    page.dialog_hook = typed("37 000")
    page.add_expense()
    assert seen[-1][0] and page.expenses.rowCount() == 1
    cells = [page.expenses.item(0, c).text().replace("\u00a0", " ") for c in range(page.expenses.columnCount())]
    assert "37 000,00" in cells


def test_ambiguous_bound_of_the_register_filter_names_both_readings(window, data_db):
    window.show_area("applications")
    page = window.page("applications")
    page.min_amount.setText("12,000")
    page.min_amount.editingFinished.emit()
    message = page.amount_error.text()
    assert page.amount_error.isVisible() and "12 000 сомбу же 12 сомбу?" in message
    page.min_amount.setText("12 000")
    page.min_amount.editingFinished.emit()
    assert not page.amount_error.isVisible()
