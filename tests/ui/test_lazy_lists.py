"""Every list is a lazy model: a page at a time, sorted and searched in SQL,
counted with count(*); checked with pytest-qt's qtmodeltester, on the demo
and on a generated district with several pages per list."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.domain.kyrgyz_text import fold
from app.services import browse
from app.ui.table import ListPage, RowTableModel, collation_key

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


@pytest.fixture(scope="module")
def district_path(tmp_path_factory):
    from bench import datagen

    path = tmp_path_factory.mktemp("district") / "district.sqlite3"
    datagen.generate(path, municipalities=2, years=1)      # 20 competitions, 200 applications, 800 events
    return path


@pytest.fixture
def district(district_path):
    from app.store.db import open_database

    db = open_database(district_path, lock=False)
    yield db
    db.close()


def _all_list_pages(win) -> list[ListPage]:
    for name in win.area_names():
        win.show_area(name)
    return win.findChildren(ListPage)


def test_every_list_model_of_the_window_passes_the_model_tester(request, window):
    from pytestqt.modeltest import ModelTester

    pages = _all_list_pages(window)
    assert len(pages) >= 6
    for page in pages:
        assert isinstance(page.model, RowTableModel), page.objectName()
        if page.db is None:
            page.load(window.db)
        for model in (page.model, page.proxy):   # one tester per model: it stays connected to its model
            ModelTester(request.config).check(model, force_py=True)


@pytest.mark.parametrize("area,listing,full", [
    ("events", "events", browse.list_events),
    ("applications", "register", None),
    ("projects", "projects", browse.list_projects),
    ("competitions", "competitions", browse.list_competitions),
])
def test_a_district_list_reads_page_by_page(qtbot, request, district, area, listing, full):
    from pytestqt.modeltest import ModelTester

    from app.ui.areas import make_list_pages

    page = make_list_pages()[area]
    qtbot.addWidget(page)
    page.load(district)
    lst = page.lists()[0] if hasattr(page, "lists") else page
    model = lst.model
    total = browse.listing(listing).count(district)
    assert model.rowCount() == min(total, RowTableModel.PAGE)
    assert lst.total_count() == total
    ModelTester(request.config).check(model, force_py=True)
    seen = [r.id for r in model.rows()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ids = [r.id for r in model.rows()]
    assert ids[:len(seen)] == seen and len(ids) == len(set(ids)) == total     # every row once, none twice
    if full is not None:
        assert set(ids) == {r.id for r in full(district)}
    ModelTester(request.config).check(model, force_py=True)


def test_sorting_requeries_in_the_columns_order(qtbot, district):
    from app.ui.areas import make_list_pages

    page = make_list_pages()["events"]
    qtbot.addWidget(page)
    page.load(district)
    lst = page.list
    column = next(i for i, c in enumerate(lst.model.columns) if c.field == "title")
    lst.proxy.sort(column, Qt.SortOrder.DescendingOrder)
    rows = lst.model.fetch_all()
    titles = [r.title for r in rows]
    assert len(rows) == browse.listing("events").count(district)
    assert titles == sorted(titles, reverse=True, key=lambda t: t)   # SQL's order of the stored text
    lst.proxy.sort(-1, Qt.SortOrder.AscendingOrder)                  # back to the list's own order: newest first
    dates = [r.held_on for r in lst.model.fetch_all()]
    assert dates == sorted(dates, reverse=True)
    assert collation_key("ө") > collation_key("о")


def test_search_runs_in_sql_with_the_folding_of_old_fonts(qtbot, district):
    from app.ui.areas import make_list_pages

    page = make_list_pages()["events"]
    qtbot.addWidget(page)
    page.load(district)
    lst = page.list
    total = lst.total_count()
    lst.search.setText("КӨК-ЖАР")                 # capitals find the lower-case place
    assert lst.model.known_counts()[""] == total  # the whole list is not counted again for a search
    found = lst.model.fetch_all()
    expected = browse.list_events(district, "көк-жар")
    assert found and {r.id for r in found} == {r.id for r in expected}
    assert lst.visible_count() == len(expected) < lst.total_count()
    assert all("көк-жар" in fold(r.place + " " + r.title) for r in found)
    lst.search.setText("")
    assert lst.visible_count() == lst.total_count()


def _events_list_counted_to_300(qtbot, district, monkeypatch) -> ListPage:
    """The events area's list on the district, its line counting to 300 at first."""
    from app.ui.areas import make_list_pages

    monkeypatch.setattr(RowTableModel, "COUNT_LIMIT", 300)
    page = make_list_pages()["events"]
    qtbot.addWidget(page)
    page.show()
    page.load(district)
    return page.list


def test_a_long_list_is_counted_to_a_limit_and_all_of_it_on_request(qtbot, district, monkeypatch):
    """The line under a district's list counts only to COUNT_LIMIT ("300+"),
    so the first page does not wait for a million rows to be counted; "Count
    all" gives the exact number; a search that finds fewer is exact at once."""
    lst = _events_list_counted_to_300(qtbot, district, monkeypatch)
    total = browse.listing("events").count(district)
    assert total == 800
    assert lst.count.text() == lst.tr("Records: %1").replace("%1", "300+")
    assert lst.count_all.isVisible() and "" not in lst.model.known_counts()
    assert lst.model.shown_total("") == (300, False)
    lst.search.setText("көк-жар")
    found = len(browse.list_events(district, "көк-жар"))
    assert 0 < found <= 300
    assert lst.count.text() == lst.tr("Found: %1 of %2").replace("%1", str(found)).replace("%2", "300+")
    qtbot.mouseClick(lst.count_all, Qt.MouseButton.LeftButton)
    assert lst.count.text() == lst.tr("Found: %1 of %2").replace("%1", str(found)).replace("%2", str(total))
    assert not lst.count_all.isVisible()
    lst.search.setText("")                       # the whole count, once made, is kept
    assert lst.count.text() == lst.tr("Records: %1").replace("%1", str(total))
    assert browse.listing("events").count(district, at_most=301) == 301


def test_a_long_registers_sums_and_a_long_periods_people_are_added_up_when_asked(qtbot, district, monkeypatch):
    from app.domain.money import format_amount
    from app.services import projects as PS
    from app.ui.areas import make_area_page
    from app.ui.events_page import EventsPage

    # the applications register: 200 applications read 40 at a time, counted and added up at once only to 50
    monkeypatch.setattr(RowTableModel, "PAGE", 40)
    monkeypatch.setattr(RowTableModel, "COUNT_LIMIT", 50)
    apps = make_area_page("applications")
    qtbot.addWidget(apps)
    apps.show()
    apps.load(district)
    assert apps.count_all.isVisible() and "50+" in apps.totals.text()
    want = browse.register_totals(district)
    assert format_amount(want.requested_tyiyn) not in apps.totals.text()
    qtbot.mouseClick(apps.count_all, Qt.MouseButton.LeftButton)
    assert f" {want.shown} " in apps.totals.text() and format_amount(want.requested_tyiyn) in apps.totals.text()
    # one competition: its ten applications are added up at once
    competition = browse.list_competitions(district)[0]
    apps.competition.setCurrentIndex(apps.competition.findData(competition.id))
    ten = browse.register_totals(district, competition_id=competition.id)
    assert ten.shown == 10 and format_amount(ten.requested_tyiyn) in apps.totals.text()

    # the events area: more than ADD_UP_LIMIT held events in the period wait for "Add up"
    monkeypatch.setattr(EventsPage, "ADD_UP_LIMIT", 300)
    page = make_area_page("events")
    qtbot.addWidget(page)
    page.show()
    page.load(district)
    period = page.date_from.date().toPython(), page.date_to.date().toPython()
    held = PS.count_held_events(district, *period)
    assert held > 300 and PS.count_held_events(district, *period, at_most=301) == 301
    assert page.add_up.isVisible() and "300" in page.summary.text() and page.table.model.rowCount() == 0
    qtbot.mouseClick(page.add_up, Qt.MouseButton.LeftButton)
    t = PS.participant_totals(district, *period)
    assert t.events == held
    assert page.summary.text() == page.tr("%1 people at %2 events.").replace("%1", str(t.reached)) \
        .replace("%2", str(t.events))
    assert len(page.table.model.fetch_all()) == 1 + len(t.by_project) and not page.add_up.isVisible()
    # one village has fewer: added up at once
    page.village.setCurrentIndex(1)
    one = PS.participant_totals(district, *period, village=page.village.currentData())
    assert 0 < one.events <= 300 and not page.add_up.isVisible()
    assert page.summary.text() == page.tr("%1 people at %2 events.").replace("%1", str(one.reached)) \
        .replace("%2", str(one.events))


def test_a_register_tab_reads_page_by_page_and_finds_a_record_further_down(qtbot, request, window, monkeypatch):
    """The registers' lists are read in SQL a page at a time (app.services.register_lists);
    choosing a record not yet read (after a save) reads on until it is shown."""
    from pytestqt.modeltest import ModelTester

    from app.services import needs as NS
    from app.ui.table import ServiceSource

    monkeypatch.setattr(RowTableModel, "PAGE", 2)
    window.show_area("registers")
    tab = window.page("registers").needs
    tab.load(window.db)
    model = tab.list.model
    assert isinstance(model.source, ServiceSource)
    total = len(NS.list_needs(window.db))
    assert total > 2 and model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    assert tab.list.total_count() == total
    last = NS.list_needs(window.db)[-1]
    tab.select(last.id)
    assert tab.current_id() == last.id and model.rowCount() == total
    ModelTester(request.config).check(model, force_py=True)


def test_the_registers_filters_read_their_choices_only_when_opened(qtbot, district):
    """The competition and village filters of the applications area hold
    only "all" and the chosen one until someone opens them (a district has
    thousands of competitions); the chosen one stays chosen and filters."""
    from PySide6.QtWidgets import QComboBox

    from app.services import applications as AP
    from app.ui.areas import make_list_pages

    page = make_list_pages()["applications"]
    qtbot.addWidget(page)
    page.show()
    page.load(district)
    combo = page.competition
    assert QComboBox.count(combo) == 1 and QComboBox.count(page.village) == 1     # not read yet
    competitions = browse.list_competitions(district)
    combo.fill()                          # what opening it does (LazyCombo.showPopup)
    assert QComboBox.count(combo) == 1 + len(competitions) == 21
    chosen = competitions[3]
    combo.setCurrentIndex(combo.findData(chosen.id))
    in_it = {r.id for r in browse.list_applications(district) if r.competition_title == chosen.title}
    assert {r.id for r in page.model.fetch_all()} == in_it and len(in_it) == 10
    # read again (another area changed data): only "all" and the chosen one, still chosen and filtering
    page.load(district)
    assert QComboBox.count(combo) == 2 and combo.currentData() == chosen.id
    assert {r.id for r in page.model.fetch_all()} == in_it
    # a key on the village filter reads its choices too
    page.village.setFocus()
    qtbot.keyClick(page.village, Qt.Key.Key_Down)
    assert QComboBox.count(page.village) == 1 + len(AP.villages(district))
    assert page.village.currentIndex() == 1 and page.village.currentData() == AP.villages(district)[0]
    assert combo.currentData() == chosen.id


def test_the_commission_area_reads_the_competitions_only_when_its_choice_is_opened(qtbot, district):
    from PySide6.QtWidgets import QComboBox

    from app.ui.areas import make_area_page

    page = make_area_page("commission")
    qtbot.addWidget(page)
    page.show()
    page.load(district)
    competitions = browse.list_competitions(district)
    # the newest competition at the commission is shown first (else the newest); it alone is read
    at_commission = [c for c in competitions if c.status in ("under_review", "applications_closed")]
    first = (at_commission or competitions)[0]
    assert QComboBox.count(page.competition) == 1 and page.competition.currentData() == first.id
    assert browse.commission_competition(district) == first
    assert page.view is not None and page.view.competition_id == first.id
    page.competition.fill()               # what opening it does (LazyCombo.showPopup)
    assert QComboBox.count(page.competition) == len(competitions)
    assert page.competition.currentData() == first.id


def _answer_busy_later(qtbot, seen: list, cancel: bool, gate=None, after_ms: int = 600):
    """While run_busy waits (its own event loop), look at its window and
    press Cancel on it, or open the gate the slow work waits on."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    def answer():
        modal = QApplication.activeModalWidget()
        seen.append((type(modal).__name__, modal.labelText() if isinstance(modal, QProgressDialog) else None,
                     modal.isVisible() if modal else False))
        if cancel and isinstance(modal, QProgressDialog):
            button = next(b for b in modal.findChildren(QPushButton) if b.isVisible())
            seen.append(button.text())
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)   # as the user does
        if gate is not None:
            gate.set()

    QTimer.singleShot(after_ms, answer)


def test_count_all_and_add_up_work_off_the_gui_thread_with_a_busy_window_and_cancel(qtbot, district, monkeypatch,
                                                                                    switcher):
    """A district's Count all and Add up do not freeze the window: after a
    moment a busy window with Cancel shows; Cancel leaves the page as it was
    (still "300+", the button still there), and the work asked again gives the
    figures. The database work runs in a worker thread."""
    import threading

    from app.services import projects as PS
    from app.ui.areas import make_area_page
    from app.ui.events_page import EventsPage

    gate = threading.Event()
    threads: list[str] = []
    listing = browse.listing("events")
    count = type(listing).count

    def slow_count(self, *args, **kwargs):             # the real count, held until the test lets it go
        threads.append(threading.current_thread().name)
        if kwargs.get("at_most") is None:
            gate.wait(10)
        return count(self, *args, **kwargs)

    monkeypatch.setattr(type(listing), "count", slow_count)
    lst = _events_list_counted_to_300(qtbot, district, monkeypatch)
    before = lst.count.text()
    assert before == lst.tr("Records: %1").replace("%1", "300+")
    seen: list = []
    _answer_busy_later(qtbot, seen, cancel=True)
    assert lst.count_everything() is False
    from PySide6.QtCore import QCoreApplication
    assert seen == [("QProgressDialog", lst.tr("Counting the records…"), True),
                    QCoreApplication.translate("Busy", "Cancel")]
    assert lst.count.text() == before and lst.count_all.isVisible() and "" not in lst.model.known_counts()
    assert threading.main_thread().name not in threads[-1:]
    gate.set()                                          # the cancelled count ends in the background, unused
    seen.clear()
    gate2 = threading.Event()
    monkeypatch.setattr(gate, "wait", lambda _t: gate2.wait(10))
    _answer_busy_later(qtbot, seen, cancel=False, gate=gate2)
    assert lst.count_everything() is True
    assert lst.count.text() == lst.tr("Records: %1").replace("%1", "800") and not lst.count_all.isVisible()

    # Add up: cancelled, the period's line and button stay; asked again, the totals come
    monkeypatch.setattr(EventsPage, "ADD_UP_LIMIT", 300)
    totals = PS.participant_totals
    hold = threading.Event()

    def slow_totals(*args, **kwargs):
        hold.wait(10)
        return totals(*args, **kwargs)

    monkeypatch.setattr(PS, "participant_totals", slow_totals)
    area = make_area_page("events")
    qtbot.addWidget(area)
    area.resize(1100, 700)
    area.show()
    area.load(district)
    switcher.apply("ru")            # the one-column table of the waiting line is fitted again (it stretches)
    qtbot.wait(50)
    waiting = area.summary.text()
    seen.clear()
    _answer_busy_later(qtbot, seen, cancel=True)
    area.add_up.click()
    assert seen and seen[0][:2] == ("QProgressDialog", area.tr("Adding up the people reached…"))
    assert area.summary.text() == waiting and area.add_up.isVisible() and area.table.model.rowCount() == 0
    hold.set()
    seen.clear()
    area.add_up.click()                                 # the work ends at once now: no window is shown
    assert not seen and not area.add_up.isVisible() and area.table.model.rowCount() > 1
    # a column per category is wider than the page: the project names keep their width (no "Ба…")
    view = area.table.table
    qtbot.wait(50)                                      # the header lays its sections out
    names = [area.table.model.row_at(r).name for r in range(area.table.model.rowCount())]
    assert view.columnWidth(0) >= max(view.fontMetrics().horizontalAdvance(n) for n in names)
    assert view.horizontalHeader().length() > view.viewport().width()
    # another language: the figures added up on request stay (not "more than…, Add up" again)
    rows = area.table.model.rowCount()
    reached = area.summary.text().split()[0]
    switcher.apply("en")
    qtbot.wait(50)
    assert area.summary.text().startswith(reached + " people at ") and not area.add_up.isVisible()
    assert area.table.model.rowCount() == rows


def test_run_busy_gives_the_error_of_the_work_on_the_gui_thread(qtbot):
    from PySide6.QtWidgets import QWidget

    from app.services.errors import ServiceError
    from app.ui.jobs import run_busy

    parent = QWidget()
    qtbot.addWidget(parent)

    def refuse():
        raise ServiceError("refused")

    with pytest.raises(ServiceError, match="refused"):
        run_busy(parent, "…", refuse)
    assert run_busy(parent, "…", lambda a, b=0: a + b, 2, b=3).result == 5


def test_the_application_form_reads_only_the_competitions_it_can_offer(qtbot, district, monkeypatch):
    """A new application offers the competitions open for registration, read
    alone; a registered one shows its own competition (locked) without
    reading a district's whole list of competitions."""
    from app.services import applications as AP
    from app.ui.application_dialog import REGISTRATION_OPEN, ApplicationDialog
    from app.ui.form_helpers import competition_choice

    everything = browse.list_competitions(district)
    open_ones = [c for c in everything if c.status in REGISTRATION_OPEN]
    calls: list = []
    real = browse.list_competitions

    def spy(db, search="", statuses=None):
        calls.append(statuses)
        return real(db, search, statuses)

    monkeypatch.setattr(browse, "list_competitions", spy)
    new = ApplicationDialog(district)
    qtbot.addWidget(new)
    assert calls == [REGISTRATION_OPEN]
    assert [new.competition.itemData(i) for i in range(new.competition.count())] == [c.id for c in open_ones]
    calls.clear()
    row = browse.list_applications(district)[0]
    old = ApplicationDialog(district, row.id)
    qtbot.addWidget(old)
    d = AP.get_application(district, row.id)
    comp = next(c for c in everything if c.id == d.competition_id)
    assert calls == [] and old.competition.count() == 1 and not old.competition.isEnabled()
    assert old.competition.currentData() == comp.id and old.competition.currentText() == competition_choice(comp)


def test_a_job_given_up_on_ends_quietly_after_its_signals_are_gone(qtbot):
    """A cancelled Add up may end after the window closed (at exit): its
    report goes nowhere, without a traceback, and the job counts as ended."""
    import shiboken6

    from app.ui.jobs import Job

    job = Job(lambda: 42)
    shiboken6.delete(job.signals)
    job.run()                       # as the worker thread runs it
    assert job.done.is_set() and job.result == 42
