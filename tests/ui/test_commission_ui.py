"""The grant commission through the real widgets: composition warnings,
attendance and the live quorum, a conflict, paper score sheets typed in
(twice, with a difference refused), the decision with a hand-made order and
its justification, closing the protocol, and printing it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import commission as C
from app.services.errors import ServiceError
from tests.competition_data import dump
from tests.services.test_commission import setup  # noqa: F401 (a fixture)
from tests.ui.forms import answer, fill_form
from tests.ui.shots import shot


@pytest.fixture
def cwin(qtbot, db, setup, switcher):  # noqa: F811
    from app.ui.main_window import MainWindow

    w = MainWindow(db, switcher)
    qtbot.addWidget(w)
    w.resize(1280, 900)
    w.show()
    qtbot.waitExposed(w)
    w.show_area("commission")
    yield w, w.page("commission"), setup
    w.close()


def _tick(page, member_ids):
    for i in range(page.attendance.count()):
        item = page.attendance.item(i)
        want = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in member_ids else Qt.CheckState.Unchecked
        if item.checkState() != want:
            item.setCheckState(want)


def _type_sheet(page, table):
    """table[app_index] = points per criterion."""
    for i, pts in table.items():
        for j, p in enumerate(pts):
            item = page.sheet.item(i, j)
            if item.flags() & Qt.ItemFlag.ItemIsEditable:
                item.setText(str(p))


def test_composition_rules_and_warnings(cwin, db, tmp_path):
    win, page, ids = cwin
    assert page.members.rowCount() == 5 and not page.warnings.isVisible()
    assert "Quorum" not in page.rules_text.text() and "Кворум" in page.rules_text.text()
    page.dialog_hook = lambda d: fill_form(d, full_name="Жаңы Мүчө", role="member", category="council_deputy")
    page.add_member()
    assert page.members.rowCount() == 6
    assert page.warnings.isVisible() and "жуп" in page.warnings.text()
    shot(win, "commission-members-ky")
    before = dump(db)
    errors = []

    def bad_rules(d):
        ok = fill_form(d, quorum_rule="fixed", quorum_fixed="")
        errors.append(d.errors["quorum_fixed"].text())
        return ok

    page.dialog_hook = bad_rules
    page.edit_rules()
    assert errors and errors[0] and dump(db) == before
    page.dialog_hook = lambda d: fill_form(d, quorum_rule="two_thirds", decision_method="scoring")
    page.edit_rules()
    assert "үчтөн экиси" in page.rules_text.text()


def test_a_meeting_from_attendance_to_closed_protocol(qtbot, cwin, db, tmp_path, monkeypatch):
    win, page, ids = cwin
    page.tabs.setCurrentIndex(1)
    assert page.meeting is not None and page.meeting.number == 1
    members, apps = ids["members"], ids["apps"]

    _tick(page, set(members[:2]))
    assert "2" in page.quorum_label.text() and "3" in page.quorum_label.text()
    assert "Кворум жок" in page.quorum_label.text()
    page.preview_decision()
    assert "Кворум жок" in page.decision_message.text() and "2" in page.decision_message.text()
    _tick(page, set(members))
    assert "Кворум бар" in page.quorum_label.text()

    page.dialog_hook = lambda d: fill_form(d, member=members[4], application=apps[2], note="Тууганы")
    page.declare_conflict()
    assert page.conflicts.rowCount() == 1 and "Тууганы" in page.conflicts.item(0, 2).text()

    # every member's paper sheet; the conflicted member's cells for that application are locked
    table = {0: [9, 9], 1: [8, 8], 2: [5, 5]}
    for k, member in enumerate(members):
        page.sheet_member.setCurrentIndex(page.sheet_member.findData(member))
        if member == members[4]:
            assert not page.sheet.item(2, 0).flags() & Qt.ItemFlag.ItemIsEditable
        _type_sheet(page, table)
        page.save_sheet_button.click()
        assert "сакталды" in page.entry_message.text(), page.entry_message.text()
    assert C.meeting_view(db, ids["meeting"]).scores[(members[0], apps[0], ids["crits"][0])] == 9

    # double entry: the second person types one number differently -> nothing saved
    page.sheet_member.setCurrentIndex(page.sheet_member.findData(members[1]))
    page.double_entry.setChecked(True)
    before = dump(db)
    _type_sheet(page, {0: [7, 7], 1: [8, 8], 2: [5, 5]})
    page.save_sheet_button.click()
    assert page.sheet.item(0, 0).text() == ""  # blank for the second person
    _type_sheet(page, {0: [7, 6], 1: [8, 8], 2: [5, 5]})
    page.save_sheet_button.click()
    assert "айырмаланат" in page.entry_message.text() and dump(db) == before
    page.double_entry.setChecked(False)

    # a letter in the grid is refused, nothing saved
    page.sheet.item(0, 0).setText("тогуз")
    page.save_sheet_button.click()
    assert "Бүтүн сандар" in page.entry_message.text() and dump(db) == before

    page.preview_decision()
    assert page.decision.rowCount() == 3
    assert page.decision.item(0, 1).text().startswith("ЖД-2021/001")
    page.decision.setCurrentCell(1, 1)
    page.down_button.click()
    assert page.manual_order == [apps[0], apps[2], apps[1]]
    page.record_decision()
    assert "негиздеме" in page.decision_message.text() and dump(db) == before
    page.justification.setText("Экинчи өтүнмө башка булактан каржыланат")
    previewed = [page.decision.item(r, 2).text() for r in range(3)]
    page.record_button.click()
    view = C.meeting_view(db, ids["meeting"])
    assert [d[0] for d in view.decisions] == [apps[0], apps[2], apps[1]]
    # the recorded decision keeps its scores (was "—" after recording)
    assert [page.decision.item(r, 2).text() for r in range(3)] == previewed
    assert all(t and t != "—" for t in previewed), previewed
    shot(win, "commission-meeting-ky")

    page.confirm_hook = lambda box: answer(box, "№ 1" in box.text())
    page.close_protocol()
    assert C.meeting_view(db, ids["meeting"]).closed
    # the competition's status follows its protocol, in the competitions list too
    from app.services import competitions as CS
    from app.services import projects as PS

    comps = win.page("competitions")
    qtbot.waitUntil(lambda: not comps.loaded)   # the one "data changed" signal marked it stale
    assert CS.get_competition(db, ids["competition"]).status == "decided"
    win.show_area("competitions")
    row = next(r for r in comps.model.rows() if r.id == ids["competition"])
    assert row.status == "decided"
    win.show_area("commission")
    PS.create_project(db, apps[0], PS.project_defaults(db, apps[0]))
    qtbot.waitUntil(lambda: not comps.loaded)   # the one "data changed" signal marked it stale
    win.show_area("competitions")
    row = next(r for r in comps.model.rows() if r.id == ids["competition"])
    assert row.status == "in_implementation"
    win.show_area("commission")
    assert "SHA-256" in page.decision_message.text()
    assert not page.save_sheet_button.isEnabled() and not page.record_button.isEnabled()
    assert not page.attendance.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not page.rules_button.isEnabled()
    before = dump(db)
    with pytest.raises(ServiceError):
        C.set_attendance(db, ids["meeting"], set())
    assert dump(db) == before
    shot(win, "commission-closed-ky")

    page.protocol_button.click()
    assert win.current_area() == "reports"
    reports = win.page("reports")
    assert reports.current_spec().name == "protocol"
    assert reports.combos["meeting"].currentData() == ids["meeting"]


def test_open_vote(qtbot, cwin, db):
    win, page, ids = cwin
    C.set_rules(db, ids["competition"], "vote", "more_than_half", chair_casting_vote=True)
    page.load(db)
    page.tabs.setCurrentIndex(1)
    _tick(page, set(ids["members"]))
    assert page.sheet.rowCount() == 5 and page.sheet.columnCount() == 3
    for i in range(5):
        for j in range(3):
            combo = page.sheet.cellWidget(i, j)
            combo.setCurrentIndex(combo.findData("for" if j < 2 else "against"))
    page.save_sheet_button.click()
    assert "сакталды" in page.entry_message.text()
    page.preview_decision()
    outcomes = [page.decision.item(r, 3).text() for r in range(page.decision.rowCount())]
    assert outcomes.count("жеңүүчү") == 2


def test_russian_and_a_viewer(qtbot, db, setup, switcher, tmp_path):  # noqa: F811
    from app.store.db import Actor
    from app.ui.main_window import MainWindow

    switcher.apply("ru")
    db.actor = Actor("viewer", "viewer")
    w = MainWindow(db, switcher)
    qtbot.addWidget(w)
    w.resize(1280, 900)
    w.show_area("commission")
    page = w.page("commission")
    assert page.tabs.tabText(0) == "Члены и правила"
    assert not page.add_member_button.isEnabled() and not page.rules_button.isEnabled()
    page.tabs.setCurrentIndex(1)
    assert not page.save_sheet_button.isEnabled() and not page.close_button.isEnabled()
    assert "Присутствуют" in page.quorum_label.text()
    shot(w, "commission-meeting-ru")
    QApplication.processEvents()


def test_demo_commission_is_closed_and_shows_its_decision(window, tmp_path):
    window.show_area("commission")
    page = window.page("commission")
    index = next(i for i in range(page.competition.count()) if "2021" in page.competition.itemText(i))
    page.competition.setCurrentIndex(index)
    page.tabs.setCurrentIndex(1)
    assert page.meeting.closed and page.decision.rowCount() == 3
    assert "23 000,00" in page.decision_message.text().replace("\u00a0", " ")
    shot(window, "commission-demo-ky")


def test_closed_then_open_meeting_sheets(cwin, db):
    """Sheets of a closed protocol can be looked at, not typed in; an
    amending protocol's sheet can be typed in again."""
    from PySide6.QtWidgets import QAbstractItemView

    win, page, ids = cwin
    C.set_attendance(db, ids["meeting"], set(ids["members"]))
    for m in ids["members"]:
        C.record_score_sheet(db, ids["meeting"], m, {(a, k): 5 for a in ids["apps"] for k in ids["crits"]})
    C.record_decision(db, ids["meeting"])
    C.close_protocol(db, ids["meeting"])
    page.load(db)
    page.tabs.setCurrentIndex(1)
    assert page.sheet_member.isEnabled() and page.sheet.item(0, 0).text() == "5"
    assert page.sheet.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    page.dialog_hook = lambda d: fill_form(d, place="Айыл өкмөтү")
    page.amend_meeting()
    assert page.meeting.number == 2 and not page.meeting.closed
    assert page.sheet.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    assert "№ 1" in page.meeting.agenda or "1" in page.meeting.agenda


def test_remove_a_member_added_by_mistake(cwin, db):
    win, page, ids = cwin
    page.dialog_hook = lambda d: fill_form(d, full_name="Ката Мүчө", role="member", category="community")
    page.add_member()
    assert page.members.rowCount() == 6
    page.members.selectRow(5)
    page.confirm_hook = lambda box: answer(box, "Ката Мүчө" in box.text())
    page.remove_member()
    assert page.members.rowCount() == 5
    assert [m.full_name for m in C.commission_view(db, ids["competition"]).members] == \
        [f"Мүчө {i}" for i in range(5)]


def test_the_chair_settles_a_tie_without_a_justification(qtbot, cwin, db):
    win, page, ids = cwin
    C.set_rules(db, ids["competition"], "scoring", "more_than_half", tie_rule="chair")
    C.set_attendance(db, ids["meeting"], set(ids["members"]))
    for m in ids["members"]:
        C.record_score_sheet(db, ids["meeting"], m, {(a, k): p for a, p in zip(ids["apps"], (8, 8, 5))
                                                      for k in ids["crits"]})
    page.load(db)
    page.tabs.setCurrentIndex(1)
    page.preview_decision()
    assert [page.decision.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(3)][:2] == ids["apps"][:2]
    page.decision.setCurrentCell(1, 1)
    page.up_button.click()
    assert page.chair_order and page.manual_order is None
    page.record_decision()
    view = C.meeting_view(db, ids["meeting"])
    assert [d[0] for d in view.decisions][:2] == [ids["apps"][1], ids["apps"][0]]
    assert all(not d[4] for d in view.decisions)  # no justification asked or stored


def test_a_refused_score_and_a_refused_decision_are_shown_in_sight(qtbot, cwin, db):
    """On a small screen the message under the score grid (and under the
    decision table) is scrolled into view when something is refused
    (issue 17, point 4); nothing is saved."""
    from tests.ui.test_everyday import _in_sight

    win, page, ids = cwin
    win.resize(1000, 520)
    page.tabs.setCurrentIndex(1)
    _tick(page, set(ids["members"]))
    page.sheet_member.setCurrentIndex(page.sheet_member.findData(ids["members"][0]))
    holder = win.holders[win.current_area()]
    holder.verticalScrollBar().setValue(0)
    before = dump(db)
    page.sheet.item(0, 0).setText("тогуз")
    page.save_sheet_button.click()
    assert "Бүтүн сандар" in page.entry_message.text()
    qtbot.waitUntil(lambda: _in_sight(page.entry_message, win))
    shot(win, "commission-refused-score-small-ky", size=(1000, 520))
    assert dump(db) == before

    _tick(page, set(ids["members"][:2]))      # no quorum: the decision is refused
    before = dump(db)                         # (attendance is recorded as ticked)
    holder.verticalScrollBar().setValue(0)
    page.preview_decision()
    assert "Кворум жок" in page.decision_message.text()
    qtbot.waitUntil(lambda: _in_sight(page.decision_message, win))
    assert dump(db) == before
