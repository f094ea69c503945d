"""Fuzz: random inputs through the services never leave the database
inconsistent; every refusal is a ServiceError and changes nothing."""
from __future__ import annotations

import hashlib
import string

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.services import browse, users
from app.services.errors import ServiceError
from app.services.maintenance import check_database
from app.store.db import Actor

WEIRD_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=string.printable + "ңөүҢӨҮ\x00\x07\x1b\u202e", max_size=50),
    st.sampled_from(["", " ", "a" * 5000, "Баткен шаары", "0", "-1", "1e309", "NaN", "'; DROP TABLE x; --"]),
)
ROLE = st.one_of(st.sampled_from(["admin", "specialist", "secretary", "chair", "viewer"]), st.text(max_size=10))
KIND = st.one_of(st.sampled_from(["city", "ayil_aimak", "town"]), st.text(max_size=10))


def _dump(db) -> str:
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for (t,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            for row in conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1'):
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
        before = _dump(db)
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
            assert _dump(db) == before, f"a refused {action[0]} changed the database"
    db.actor = Actor()
    result = check_database(db.path)
    assert result.ok, result.messages("en")
