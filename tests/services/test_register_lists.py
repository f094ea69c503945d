"""The registers' lazy lists (app.services.register_lists) give, page by page,
exactly the rows and order of the registers' own list functions, count with
count(*), search and sort in SQL."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services import hearings as HS
from app.services import local_budgets as LB
from app.services import needs as NS
from app.services import register_lists as LISTS
from app.services import resolutions as RS
from app.ui.table import collation_key

FULL = {
    "resolutions": lambda db, search="": RS.list_resolutions(db, search),
    "hearings": HS.list_hearings,
    "needs": NS.list_needs,
    "budgets": LB.list_budgets,
}


@pytest.fixture
def registers_db(demo_db):
    """The demo's registers and a few more resolutions (with an overdue point) and needs."""
    first = RS.list_resolutions(demo_db)[0]
    mid = RS.get_resolution(demo_db, first.id).municipality_id
    for i in range(5):
        rid = RS.create_resolution(demo_db, RS.ResolutionInput(
            body_kind="ayil_kenesh", body_name="Айылдык кеңеш", number=f"1{i}", adopted_on=date(2024, 3, 1 + i),
            title=f"Өңүт {i} боюнча чечим", municipality_id=mid))
        RS.add_point(demo_db, rid, RS.PointInput(text="Аткаруу", due_on=date(2024, 6, 1)))
    for i in range(4):
        NS.create_need(demo_db, NS.NeedInput(source="survey", received_on=date(2025, 1, 1) + timedelta(days=i),
                                             village="Үч-Коргон", problem=f"Суу түтүгү {i}", municipality_id=mid))
    return demo_db


def _pages(db, name, limit=2, **kw):
    lst = LISTS.listing(name)
    rows, after = [], None
    while True:
        page = lst.page(db, after=after, limit=limit, **kw)
        rows += page.rows
        if not page.more:
            return rows
        after = page.last_key


@pytest.mark.parametrize("name", sorted(FULL))
def test_pages_hold_the_registers_rows_in_its_order(registers_db, name):
    full = FULL[name](registers_db)
    assert full, name
    paged = _pages(registers_db, name)
    assert paged == full                        # every field of every row, in the register's order
    assert LISTS.listing(name).count(registers_db) == len(full)


def test_a_page_counts_the_points_of_its_resolutions(registers_db):
    rows = _pages(registers_db, "resolutions", limit=3)
    mine = [r for r in rows if r.title.startswith("Өңүт")]
    assert len(mine) == 5 and all(r.points == 1 and r.overdue == 1 for r in mine)


@pytest.mark.parametrize("name,word", [("resolutions", "ӨҢҮТ"), ("needs", "суу"), ("hearings", "бюджет"),
                                       ("budgets", "кара-балта")])
def test_search_in_sql_finds_what_the_register_finds(registers_db, name, word):
    expected = [r.id for r in FULL[name](registers_db, word)]
    found = [r.id for r in _pages(registers_db, name, search=word)]
    assert expected and found == expected
    assert LISTS.listing(name).count(registers_db, search=word) == len(expected)
    assert len(expected) < LISTS.listing(name).count(registers_db) or name == "hearings"


def test_sorting_by_title_follows_the_alphabet(registers_db):
    rows = _pages(registers_db, "resolutions", sort="title")
    titles = [r.title for r in rows]
    assert titles == sorted(titles, key=collation_key)
    down = _pages(registers_db, "resolutions", sort="title", descending=True)
    assert [r.id for r in down] == [r.id for r in reversed(rows)]


def test_the_application_register_pages_carry_partners_and_lots(demo_db):
    """The applications area's register (app.services.browse.listing("register")) gives the rows of
    applications.list_register: consortium partners and lot titles included; a partner's name finds them."""
    from app.services import applications as AP
    from app.services import browse

    full = list(AP.list_register(demo_db).rows)
    assert any(r.partner_names for r in full) and any(r.lot_title for r in full)
    reg = browse.listing("register")
    rows, after = [], None
    while True:
        page = reg.page(demo_db, after=after, limit=4)
        rows += page.rows
        if not page.more:
            break
        after = page.last_key
    assert rows == full
    partner = next(r for r in full if r.partner_names).partner_names[0]
    word = partner.split()[0]
    expected = [r.id for r in AP.list_register(demo_db, search=word).rows]
    assert expected and [r.id for r in reg.page(demo_db, search=word).rows] == expected
    apps = browse.listing("applications").page(demo_db, limit=100).rows
    assert any(partner in r.applicant_name for r in apps)      # the applications list names the partners too
