"""Fuzz: random inputs through the services never leave the database
inconsistent; every refusal is a ServiceError and changes nothing."""
from __future__ import annotations

import hashlib
import sqlite3
import string

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.services import browse, users
from app.services.errors import ServiceError
from app.services.maintenance import check_database
from app.store.db import Actor

# 40 random examples each: well over pyproject's 60 s per test when the machine is busy
pytestmark = pytest.mark.timeout(600)

WEIRD_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=string.printable + "ңөүҢӨҮ\x00\x07\x1b\u202e", max_size=50),
    st.sampled_from(["", " ", "a" * 5000, "Баткен шаары", "0", "-1", "1e309", "NaN", "'; DROP TABLE x; --"]),
)
ROLE = st.one_of(st.sampled_from(["admin", "specialist", "secretary", "chair", "viewer"]), st.text(max_size=10))
KIND = st.one_of(st.sampled_from(["city", "ayil_aimak", "town"]), st.text(max_size=10))


class Snapshot:
    """What the file held before an action, cheaply: SQLite's data_version seen
    by a connection of our own changes only when some other connection
    commits, so an unchanged version proves nothing was written; only then is
    the whole content (a page copy taken before) compared row by row."""

    def __init__(self, db):
        self.path = db.path
        self.watch = sqlite3.connect(str(db.path))
        self.version = self.watch.execute("PRAGMA data_version").fetchone()[0]
        self.copy = sqlite3.connect(":memory:")
        self.watch.backup(self.copy)

    def unchanged(self) -> bool:
        if self.watch.execute("PRAGMA data_version").fetchone()[0] == self.version:
            return True
        now = sqlite3.connect(str(self.path))
        try:
            return _rows(self.copy) == _rows(now)
        finally:
            now.close()

    def close(self) -> None:
        self.watch.close()
        self.copy.close()


def _rows(conn) -> str:
    h = hashlib.sha256()
    for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall():
        for row in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1'):
            h.update(repr((t, tuple(row))).encode())
    return h.hexdigest()


ACTIONS = st.lists(st.one_of(
    st.tuples(st.just("municipality"), WEIRD_TEXT, KIND, st.one_of(st.none(), WEIRD_TEXT)),
    st.tuples(st.just("user"), WEIRD_TEXT, WEIRD_TEXT, ROLE, WEIRD_TEXT),
    st.tuples(st.just("login"), WEIRD_TEXT, WEIRD_TEXT),
    st.tuples(st.just("as"), ROLE),
), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_random_inputs_keep_the_database_consistent(db, actions):
    if not users.has_users(db):
        users.create_first_admin(db, "admin", "Админ", "secret12")
    for action in actions:
        before = Snapshot(db)
        try:
            if action[0] == "municipality":
                browse.create_municipality(db, action[1], action[2], action[3])
            elif action[0] == "user":
                users.create_user(db, action[1], action[2], action[3], action[4])
            elif action[0] == "login":
                users.login(db, action[1], action[2])
            else:
                db.actor = Actor("fuzz", action[1])
        except ServiceError:
            assert before.unchanged(), f"a refused {action[0]} changed the database"
        finally:
            before.close()
    db.actor = Actor()
    result = check_database(db.path)
    assert result.ok, result.messages("en")


AMOUNT = st.one_of(WEIRD_TEXT, st.integers(-10**16, 10**16), st.sampled_from(["12 000", "0,5", "1e5", "١٢"]))
COUNT = st.one_of(st.none(), st.integers(-5, 10**7), WEIRD_TEXT)
PROJECT_ACTIONS = st.lists(st.one_of(
    st.tuples(st.just("expense"), WEIRD_TEXT, AMOUNT, st.one_of(st.none(), WEIRD_TEXT), WEIRD_TEXT),
    st.tuples(st.just("line"), WEIRD_TEXT, st.sampled_from(["local_budget", "donor", "x"]), AMOUNT, AMOUNT),
    st.tuples(st.just("counts"), st.integers(0, 4), st.sampled_from(["children", "girls", "boys", "fathers"]),
              COUNT),
    st.tuples(st.just("paste"), WEIRD_TEXT),
    st.tuples(st.just("event"), WEIRD_TEXT, WEIRD_TEXT, st.sampled_from(["sport", "other", "?"]), WEIRD_TEXT),
    st.tuples(st.just("material"), st.sampled_from(["banner", "poster", "x"]), COUNT, WEIRD_TEXT),
), min_size=1, max_size=10)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=PROJECT_ACTIONS)
def test_random_project_inputs_keep_the_database_consistent(demo_db, actions):
    from app.domain.participants import builtin_category_id
    from app.services import projects as PS

    pid = next(p.id for p in browse.list_projects(demo_db) if p.title == "Жомокко саякат")
    for action in actions:
        events = [e.id for e in PS.get_project(demo_db, pid).events]
        before = Snapshot(demo_db)
        try:
            if action[0] == "expense":
                PS.add_expense(demo_db, pid, action[1], action[2], action[3], None, action[4])
            elif action[0] == "line":
                PS.add_budget_line(demo_db, pid, action[1], action[2], action[3], action[4])
            elif action[0] == "counts":
                PS.set_counts(demo_db, events[action[1] % len(events)], {builtin_category_id(action[2]): action[3]})
            elif action[0] == "paste":
                cats = [builtin_category_id(c) for c in ("children", "girls", "boys")]
                PS.paste_counts(demo_db, events, cats, action[1])
            elif action[0] == "event":
                PS.add_event(demo_db, pid, PS.EventInput(action[1], action[2], action[3], action[4]))
            else:
                PS.add_material(demo_db, pid, action[1], action[2], action[3])
        except ServiceError:
            assert before.unchanged(), f"a refused {action[0]} changed the database"
        finally:
            before.close()
    d = PS.get_project(demo_db, pid)
    from app.domain.participants import check_counts

    assert all(check_counts(e.counts, d.rules) == [] for e in d.events)
    result = check_database(demo_db.path)
    assert result.ok, result.messages("en")
