"""Users, passwords and role permissions at the service level."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.services import auth, users
from app.services.auth import Perm, Role
from app.services.errors import ServiceError, ValidationError
from app.store.admin_models import UserAccount
from app.store.db import Actor


def test_first_admin_then_login(db):
    assert not users.has_users(db)
    users.create_first_admin(db, "Admin", "Асанова Айгүл", "secret12")
    assert users.has_users(db)
    with pytest.raises(ServiceError) as err:
        users.create_first_admin(db, "admin2", "Башка", "secret12")
    assert err.value.key == "users.first_exists"
    actor = users.login(db, "admin", "secret12")
    assert actor == Actor("admin", "admin") and db.actor == actor
    with pytest.raises(ServiceError) as err:
        users.login(db, "admin", "wrong-password")
    assert err.value.key == "users.bad_login"


def test_password_is_stored_hashed_with_scrypt(db):
    users.create_first_admin(db, "admin", "Асанова Айгүл", "secret12")
    with db.reader() as s:
        stored = s.scalar(select(UserAccount.password_hash))
    assert stored.startswith("scrypt$") and "secret12" not in stored
    assert users.verify_password("secret12", stored) and not users.verify_password("secret13", stored)


@pytest.mark.parametrize("username,full_name,role,password,field", [
    ("a", "Аты", "viewer", "secret12", "username"),
    ("bad name", "Аты", "viewer", "secret12", "username"),
    ("good", "", "viewer", "secret12", "full_name"),
    ("good", "Аты\x07", "viewer", "secret12", "full_name"),
    ("good", "Аты", "king", "secret12", "role"),
    ("good", "Аты", "viewer", "123", "password"),
])
def test_bad_user_input_is_refused_and_nothing_saved(db, username, full_name, role, password, field):
    users.create_first_admin(db, "admin", "Админ", "secret12")
    before = users.list_users(db)
    with pytest.raises(ValidationError) as err:
        users.create_user(db, username, full_name, role, password)
    assert field in err.value.errors
    assert users.list_users(db) == before


def test_only_admin_manages_users(db):
    users.create_first_admin(db, "admin", "Админ", "secret12")
    db.actor = Actor("spec", Role.SPECIALIST)
    with pytest.raises(ServiceError) as err:
        users.create_user(db, "viewer1", "Көрүүчү", "viewer", "secret12")
    assert err.value.key == "auth.denied"
    db.actor = Actor("admin", Role.ADMIN)
    users.create_user(db, "viewer1", "Көрүүчү", "viewer", "secret12")
    with pytest.raises(ServiceError):
        users.create_user(db, "Viewer1", "Көрүүчү", "viewer", "secret12")  # same name, other case


def test_last_admin_cannot_be_disabled(db):
    admin = users.create_first_admin(db, "admin", "Админ", "secret12")
    with pytest.raises(ServiceError) as err:
        users.set_active(db, admin.id, False)
    assert err.value.key == "users.last_admin"


def test_disabled_user_cannot_log_in(db):
    users.create_first_admin(db, "admin", "Админ", "secret12")
    v = users.create_user(db, "viewer1", "Көрүүчү", "viewer", "secret12")
    users.set_active(db, v.id, False)
    with pytest.raises(ServiceError):
        users.login(db, "viewer1", "secret12")


@pytest.mark.parametrize("role", list(Role))
def test_role_matrix(role):
    perms = auth.ROLE_PERMS[role]
    if role is Role.ADMIN:
        assert perms == frozenset(Perm)
    if role is Role.VIEWER:
        assert perms == {Perm.REPORTS}
    if role in (Role.CHAIR, Role.SECRETARY):
        assert Perm.CLOSE_PROTOCOL in perms and Perm.COMPETITIONS not in perms
    if role is Role.SPECIALIST:
        assert Perm.CLOSE_PROTOCOL not in perms and Perm.USERS not in perms


def test_unknown_role_has_no_rights():
    assert not auth.allowed("king", Perm.REPORTS)


# --------------------------------------------------------------------------
# Passwords: a current KDF, re-hashing, length, pauses after failed logins,
# changing one's own password.
#
# Faults these tests catch (each introduced once, the test failed): the
# default scrypt cost lowered to 2^14; an old hash not made anew at login;
# the minimum length back at 6; the pause kept in memory instead of the
# database (a restart resets it); a password checked while paused; one's own
# password changed without the old one.

def test_the_default_password_hash_is_strong(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    assert users.DEFAULT_KDF.n >= 2**17 and users.DEFAULT_KDF.r == 8
    # a fresh process, without the tests' cheaper setting
    out = subprocess.run([sys.executable, "-c", "from app.services import users; print(users.hash_password('abcdefgh'))"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    scheme, n, r, p, salt, digest = out.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**17, 8, 1) and len(salt) == 32 and len(digest) == 64
    assert users.verify_password("abcdefgh", out) and not users.verify_password("abcdefgi", out)


def test_a_password_needs_eight_characters(db):
    with pytest.raises(ValidationError) as err:
        users.create_first_admin(db, "admin", "Админ", "1234567")
    assert err.value.errors["password"].params["n"] == 8
    assert "8" in err.value.errors["password"].message()
    users.create_first_admin(db, "admin", "Админ", "12345678")


def _stored(db, username="admin"):
    with db.reader() as s:
        return s.scalar(select(UserAccount.password_hash).where(UserAccount.username == username))


def _set_stored(db, value, username="admin"):
    with db.session() as s:
        s.scalar(select(UserAccount).where(UserAccount.username == username)).password_hash = value


def test_an_older_weaker_hash_is_made_anew_at_login(db, monkeypatch):
    users.create_first_admin(db, "admin", "Админ", "secret12")
    old = users.hash_password("secret12", users.Kdf(n=2**14))   # what versions before 0014 stored
    _set_stored(db, old)
    monkeypatch.setattr(users, "_kdf", users.DEFAULT_KDF)          # the program's own setting
    users.login(db, "admin", "secret12")
    new = _stored(db)
    assert new != old and new.split("$")[1:4] == [str(2**17), "8", "1"]
    assert users.verify_password("secret12", new)
    users.login(db, "admin", "secret12")
    assert _stored(db) == new   # a current hash is left as it is


def test_failed_logins_pause_the_account_and_the_pause_survives_a_restart(db_path):
    from datetime import timedelta

    from app.store.base import utcnow
    from app.store.db import open_database

    db = open_database(db_path)
    users.create_first_admin(db, "admin", "Админ", "secret12")
    t0 = utcnow()
    for i in range(users.LOCKOUT.free - 1):
        with pytest.raises(ServiceError) as err:
            users.login(db, "admin", "wrong-one", now=t0)
        assert err.value.key == "users.bad_login"
    with pytest.raises(ServiceError) as err:
        users.login(db, "admin", "wrong-one", now=t0)
    assert err.value.key == "users.bad_login"      # this failure starts the pause
    db.close()
    db = open_database(db_path)                      # a restart does not reset it
    try:
        with pytest.raises(ServiceError) as err:
            users.login(db, "admin", "secret12", now=t0 + timedelta(seconds=1))
        assert err.value.key == "users.paused" and err.value.params["seconds"] == 1
        # after the pause the right password works, and the count starts again
        users.login(db, "admin", "secret12", now=t0 + timedelta(seconds=3))
        with db.reader() as s:
            assert s.scalar(select(UserAccount.failed_logins)) == 0
        # the pause grows with each further failure
        pauses = []
        t = t0 + timedelta(seconds=10)
        for i in range(users.LOCKOUT.free + 3):
            with pytest.raises(ServiceError):
                users.login(db, "admin", "wrong-one", now=t)
            with db.reader() as s:
                until = s.scalar(select(UserAccount.paused_until))
            if until is not None:
                pauses.append((until - t).total_seconds())
                t = until
        assert pauses == [2, 4, 8, 16]
    finally:
        db.close()


def test_changing_ones_own_password_asks_for_the_old_one(db):
    users.create_first_admin(db, "admin", "Админ", "secret12")
    users.create_user(db, "aigul", "Айгүл", "specialist", "first-pass")
    users.login(db, "aigul", "first-pass")
    with pytest.raises(ServiceError) as err:
        users.change_own_password(db, "not-it-at-all", "second-pass")
    assert err.value.key == "users.old_password"
    with pytest.raises(ValidationError):
        users.change_own_password(db, "first-pass", "short")
    users.change_own_password(db, "first-pass", "second-pass")
    users.login(db, "aigul", "second-pass")
    with pytest.raises(ServiceError) as err:
        users.login(db, "aigul", "first-pass")
    assert err.value.key == "users.bad_login"
    # the administrator resets another user's password, but not their own this way
    users.login(db, "admin", "secret12")
    aigul = next(u for u in users.list_users(db) if u.username == "aigul")
    users.set_password(db, aigul.id, "third-pass")
    users.login(db, "aigul", "third-pass")
    users.login(db, "admin", "secret12")
    me = next(u for u in users.list_users(db) if u.username == "admin")
    with pytest.raises(ServiceError) as err:
        users.set_password(db, me.id, "new-admin-pass")
    assert err.value.key == "users.own_password"
