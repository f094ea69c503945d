"""Issue 15 through the real widgets: lots and prizes in the competition
editor, the organiser, the lot and the consortium partners of an
application, a conflict of interest with a partner on the commission page,
and the decision per lot. Refusals keep the form open with the message and
change nothing."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QLineEdit

from app.services import applications as AP
from app.services import commission as CM
from app.services import competitions as C
from app.services import lots as LT
from tests.competition_data import CASE_B, dump, municipality
from tests.ui.test_competitions_ui import shot

SHOTS = "/tmp/lots/shots"


def answer(qtbot, dialog, **values) -> bool:
    """Fill a FormDialog's fields and press its real OK button."""
    for key, value in values.items():
        w = dialog.fields[key]
        if isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            assert index >= 0, (key, value)
            w.setCurrentIndex(index)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog.result() == QDialog.DialogCode.Accepted


def _save_shot(widget, name):
    from pathlib import Path

    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(f"{SHOTS}/{name}.png")


@pytest.fixture
def comp_dialog(qtbot, db, switcher):
    from app.ui.competition_dialog import CompetitionDialog

    municipality(db)
    cid = C.create_competition(db, replace(CASE_B, total_allocation_tyiyn=8_000_000, max_grant_tyiyn=5_000_000))
    dlg = CompetitionDialog(db, cid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg, cid
    dlg.close()


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_lots_are_managed_in_the_competition_editor(qtbot, db, switcher, comp_dialog, lang):
    dlg, cid = comp_dialog
    if lang != "ky":
        switcher.apply(lang)
        QApplication.processEvents()
    dlg.tabs.setCurrentWidget(dlg.lots_page)
    assert dlg.lots_table.rowCount() == 1
    assert {"ky": "бир багыты", "ru": "одно направление"}[lang] in dlg.lots_note.text()
    refusals = []

    def first_lot(d):
        return answer(qtbot, d, title="Спорт", allocation_tyiyn="50 000", max_grant_tyiyn="50 000")

    def second_lot(d):
        # too much for the competition: the form stays open with the message, nothing saved
        before = dump(db)
        assert not answer(qtbot, d, title="Маданият", allocation_tyiyn="40 000", max_grant_tyiyn="30 000")
        assert dump(db) == before
        refusals.append(d.general_error.text() + d.errors["allocation_tyiyn"].text())
        return answer(qtbot, d, allocation_tyiyn="30 000")

    dlg.lots_table.setCurrentCell(0, 0)
    dlg.dialog_hook = first_lot
    qtbot.mouseClick(dlg.edit_lot_button, Qt.MouseButton.LeftButton)
    dlg.dialog_hook = second_lot
    qtbot.mouseClick(dlg.add_lot_button, Qt.MouseButton.LeftButton)
    assert "80 000" in refusals[0] and "90 000" in refusals[0]
    view = LT.lots_view(db, cid)
    assert [(x.title, x.allocation_tyiyn) for x in view.lots] == [("Спорт", 5_000_000), ("Маданият", 3_000_000)]
    assert dlg.lots_table.rowCount() == 2 and dlg.lots_table.item(1, 1).text() == "Маданият"
    assert "80 000" in dlg.lots_total.text()
    assert not dlg.prizes_table.isVisibleTo(dlg)
    _save_shot(dlg, f"{lang}_competition_lots")


def test_organiser_and_prizes_in_the_editor(qtbot, db, comp_dialog):
    dlg, cid = comp_dialog
    dlg.organiser_kind.setCurrentIndex(dlg.organiser_kind.findData("donor"))
    before = dump(db)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.errors["organiser_name"].isVisible() and "уюштуруучу" in dlg.errors["organiser_name"].text().lower()
    assert dump(db) == before
    dlg.fields["organiser_name"].setText("Донордук долбоор")
    dlg.award_mode.setCurrentIndex(dlg.award_mode.findData("prizes"))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    d = C.get_competition(db, cid)
    assert (d.organiser_kind, d.organiser_name, d.award_mode) == ("donor", "Донордук долбоор", "prizes")
    dlg.tabs.setCurrentWidget(dlg.lots_page)
    assert dlg.prizes_table.isVisibleTo(dlg)
    lot = LT.lots_view(db, cid).lots[0].id
    answers = iter([dict(lot=lot, place="1", amount_tyiyn="30 000"), dict(lot=lot, place="1", amount_tyiyn="10 000")])
    messages = []

    def hook(d):
        ok = answer(qtbot, d, **next(answers))
        if not ok:
            messages.append(d.errors["place"].text())
            QDialog.reject(d)   # cancelled, without the unsaved-changes question (issue 17)
        return ok

    dlg.dialog_hook = hook
    qtbot.mouseClick(dlg.add_prize_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.add_prize_button, Qt.MouseButton.LeftButton)   # the same place again: refused
    assert messages and "1-орун" in messages[0]
    assert dlg.prizes_table.rowCount() == 1 and dlg.prizes_table.item(0, 2).text().startswith("30")
    _save_shot(dlg, "ky_competition_prizes")


@pytest.fixture
def two_lot_apps(db):
    municipality(db)
    cid = C.create_competition(db, replace(CASE_B, total_allocation_tyiyn=8_000_000, max_grant_tyiyn=5_000_000))
    first = LT.lots_view(db, cid).lots[0].id
    LT.update_lot(db, first, "Спорт", 5_000_000, 5_000_000)
    culture = LT.add_lot(db, cid, "Маданият", 3_000_000, 3_000_000)
    C.announce_competition(db, cid, today=date(2021, 9, 1))
    lead = AP.create_applicant(db, AP.ApplicantInput(kind="group", name="Жаштар бирикмеси", leader_name="Лидер"))
    partner = AP.create_applicant(db, AP.ApplicantInput(kind="organisation", name="Аялдар кеңеши"))
    return {"competition": cid, "sport": first, "culture": culture, "lead": lead, "partner": partner}


def test_an_application_chooses_its_lot_and_partners(qtbot, db, switcher, two_lot_apps):
    from app.ui.application_dialog import ApplicationDialog

    ids = two_lot_apps
    dlg = ApplicationDialog(db, competition_id=ids["competition"], today=date(2021, 9, 10))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.lot.isVisibleTo(dlg) and dlg.lot.count() == 3
    dlg.use_applicant(AP.get_applicant(db, ids["lead"]))
    dlg.fields["title"].setText("Футбол")
    dlg.fields["requested_tyiyn"].setText("10 000")

    def hook(d):
        if d.fields["existing"].findData(ids["lead"]) >= 0:
            raise AssertionError("the lead is offered as its own partner")
        return answer(qtbot, d, existing=ids["partner"])

    dlg.dialog_hook = hook
    qtbot.mouseClick(dlg.add_partner_button, Qt.MouseButton.LeftButton)
    assert dlg.partners.count() == 1 and dlg.partners.item(0).text() == "Аялдар кеңеши"
    before = dump(db)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)      # no lot chosen: refused
    assert dlg.errors["lot"].isVisible() and "багыт" in dlg.errors["lot"].text()
    assert dump(db) == before
    dlg.lot.setCurrentIndex(dlg.lot.findData(ids["culture"]))
    _save_shot(dlg, "ky_application_lot_partners")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    detail = AP.get_application(db, dlg.application_id)
    assert detail.lot_id == ids["culture"] and [p.name for p in detail.partners] == ["Аялдар кеңеши"]

    # a new partner made in the partner form
    def new_partner(d):
        return answer(qtbot, d, existing="", kind="organisation", name="Ардагерлер кеңеши", village="Орозбеков")

    dlg.dialog_hook = new_partner
    qtbot.mouseClick(dlg.add_partner_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in AP.get_application(db, dlg.application_id).partners] == ["Аялдар кеңеши",
                                                                                    "Ардагерлер кеңеши"]
    dlg.close()


def test_a_conflict_with_a_partner_and_the_decision_per_lot(qtbot, db, switcher, two_lot_apps):
    from app.ui.main_window import MainWindow

    ids = two_lot_apps
    today = date(2021, 9, 10)

    def app(who, title, amount, lot, partners=()):
        return AP.register_application(db, ids["competition"], AP.ApplicationInput(
            applicant_id=who, received_on=today, title=title, requested_tyiyn=amount, lot_id=lot,
            partner_ids=tuple(partners)), today=today).id

    other = AP.create_applicant(db, AP.ApplicantInput(kind="person", name="Осмонов Талант"))
    a1 = app(ids["lead"], "Футбол", 5_000_000, ids["sport"])
    a2 = app(other, "Театр", 3_000_000, ids["culture"], [ids["partner"]])
    a3 = app(ids["partner"], "Ыр кечеси", 2_000_000, ids["culture"])
    from app.store import models as M
    from app.domain import enums as E

    with db.session() as s:
        s.get(M.Competition, ids["competition"]).status = E.CompetitionStatus.UNDER_REVIEW
        s.get(M.Competition, ids["competition"]).tie_rule = "earlier_registration"
        for a in (a1, a2, a3):
            s.get(M.Application, a).status = E.ApplicationStatus.ELIGIBLE
    commission = CM.ensure_commission(db, ids["competition"])
    members = [CM.add_member(db, commission, f"Мүчө {i}", "community", "chair" if i == 0 else "member")
               for i in range(3)]
    crit = CM.add_criterion(db, ids["competition"], "Пайдасы", 10, "1,5")
    meeting = CM.create_meeting(db, commission, date(2021, 10, 22))
    CM.set_attendance(db, meeting, set(members))
    w = MainWindow(db, switcher)
    qtbot.addWidget(w)
    w.resize(1280, 900)
    w.show()
    qtbot.waitExposed(w)
    w.show_area("commission")
    page = w.page("commission")
    page.competition.setCurrentIndex(page.competition.findData(ids["competition"]))
    page.tabs.setCurrentIndex(1)
    page.meeting_combo.setCurrentIndex(page.meeting_combo.findData(meeting))

    def hook(d):
        items = [d.fields["application"].itemText(i) for i in range(d.fields["application"].count())]
        assert any("Аялдар кеңеши" in t and "Театр" in t for t in items)   # the partner is named
        return answer(qtbot, d, member=members[1], applicant=ids["partner"], note="туугандык")

    page.dialog_hook = hook
    qtbot.mouseClick(page.conflict_button, Qt.MouseButton.LeftButton)
    assert {aid for _m, aid, _n in CM.meeting_view(db, meeting).conflicts} == {a2, a3}
    assert page.conflicts.rowCount() == 2
    assert "1,5" in page.sheet.horizontalHeaderItem(0).text()
    for m in members:
        points = {(a1, crit): 7, (a2, crit): 8, (a3, crit): 10}
        if m == members[1]:
            points = {(a1, crit): 7}
        CM.record_score_sheet(db, meeting, m, points)
    page.meeting = CM.meeting_view(db, meeting)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    rows = {page.decision.item(i, 1).text(): (page.decision.item(i, 5).text(), page.decision.item(i, 6).text())
            for i in range(page.decision.rowCount())}
    assert rows["ЖД-2021/001 «Футбол»"][1] == "Спорт" and rows["ЖД-2021/001 «Футбол»"][0].startswith("50")
    assert rows["ЖД-2021/003 «Ыр кечеси»"][0].startswith("20")
    assert rows["ЖД-2021/002 «Театр»"][0].startswith("10")
    _save_shot(w, "ky_commission_lots")
    w.close()
