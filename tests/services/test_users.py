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
