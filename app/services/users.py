"""User accounts and login.

Passwords are hashed with scrypt (memory-hard, in Python's standard library):
`scrypt$n$r$p$salt_hex$hash_hex`.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select

from app import i18n
from app.services.auth import Perm, Role, require
from app.services.errors import ServiceError, ValidationError
from app.store.admin_models import UserAccount
from app.store.base import utcnow
from app.store.db import Actor

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD = 6

i18n.register({
    "users.bad_login": {
        "ky": "Колдонуучунун аты же сырсөз туура эмес.",
        "ru": "Неверное имя пользователя или пароль.",
        "en": "Wrong user name or password.",
    },
    "users.exists": {
        "ky": "Мындай колдонуучу бар: {username}.",
        "ru": "Такой пользователь уже есть: {username}.",
        "en": "This user already exists: {username}.",
    },
    "users.username": {
        "ky": "Колдонуучунун аты 2–64 белгиден турсун: тамгалар, сандар, . _ -",
        "ru": "Имя пользователя: 2–64 знака — буквы, цифры, . _ -",
        "en": "User name: 2–64 characters — letters, digits, . _ -",
    },
    "users.full_name": {
        "ky": "Аты-жөнүн жазыңыз (200 белгиге чейин).",
        "ru": "Укажите ФИО (до 200 знаков).",
        "en": "Enter the full name (up to 200 characters).",
    },
    "users.password_short": {
        "ky": "Сырсөз кеминде {n} белгиден турсун.",
        "ru": "Пароль должен быть не короче {n} знаков.",
        "en": "The password must have at least {n} characters.",
    },
    "users.role": {
        "ky": "Белгисиз роль: {role}.",
        "ru": "Неизвестная роль: {role}.",
        "en": "Unknown role: {role}.",
    },
    "users.first_exists": {
        "ky": "Администратор мурда эле түзүлгөн.",
        "ru": "Администратор уже создан.",
        "en": "The administrator already exists.",
    },
    "users.last_admin": {
        "ky": "Акыркы администраторду өчүрүүгө болбойт.",
        "ru": "Нельзя отключить последнего администратора.",
        "en": "The last administrator cannot be disabled.",
    },
    "users.not_found": {
        "ky": "Колдонуучу табылган жок.",
        "ru": "Пользователь не найден.",
        "en": "User not found.",
    },
})


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=64 * 1024 * 1024, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r),
                                p=int(p), maxmem=64 * 1024 * 1024, dklen=len(hash_hex) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), hash_hex)


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    full_name: str
    role: str
    active: bool


def _clean_username(username: str) -> str:
    u = unicodedata.normalize("NFC", (username or "").strip()).lower()
    if not 2 <= len(u) <= 64 or not all(ch.isalnum() or ch in "._-" for ch in u):
        raise ValidationError({"username": ServiceError("users.username", "username")})
    return u


def _validate(username: str, full_name: str, role: str, password: str | None) -> tuple[str, str]:
    errors: dict[str, ServiceError] = {}
    try:
        u = _clean_username(username)
    except ValidationError as exc:
        errors.update(exc.errors)
        u = ""
    name = (full_name or "").strip()
    if not name or len(name) > 200 or any(unicodedata.category(c) == "Cc" for c in name):
        errors["full_name"] = ServiceError("users.full_name", "full_name")
    if role not in {r.value for r in Role}:
        errors["role"] = ServiceError("users.role", "role", role=role)
    if password is not None and len(password) < MIN_PASSWORD:
        errors["password"] = ServiceError("users.password_short", "password", n=MIN_PASSWORD)
    if errors:
        raise ValidationError(errors)
    return u, name


def has_users(db) -> bool:
    with db.reader() as s:
        return (s.scalar(select(func.count()).select_from(UserAccount)) or 0) > 0


def create_first_admin(db, username: str, full_name: str, password: str) -> UserRow:
    """The first-run wizard: only when there are no users at all."""
    u, name = _validate(username, full_name, Role.ADMIN.value, password)
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(UserAccount)):
            raise ServiceError("users.first_exists")
        acc = UserAccount(username=u, full_name=name, role=Role.ADMIN.value, password_hash=hash_password(password))
        s.add(acc)
        s.flush()
        return UserRow(acc.id, acc.username, acc.full_name, acc.role, acc.active)


def create_user(db, username: str, full_name: str, role: str, password: str) -> UserRow:
    require(db, Perm.USERS)
    u, name = _validate(username, full_name, role, password)
    with db.session() as s:
        if s.scalar(select(UserAccount.id).where(UserAccount.username == u)):
            raise ServiceError("users.exists", "username", username=u)
        acc = UserAccount(username=u, full_name=name, role=role, password_hash=hash_password(password))
        s.add(acc)
        s.flush()
        return UserRow(acc.id, acc.username, acc.full_name, acc.role, acc.active)


def list_users(db) -> list[UserRow]:
    with db.reader() as s:
        return [UserRow(a.id, a.username, a.full_name, a.role, a.active)
                for a in s.scalars(select(UserAccount).order_by(UserAccount.username))]


def set_active(db, user_id: str, active: bool) -> None:
    require(db, Perm.USERS)
    with db.session() as s:
        acc = s.get(UserAccount, user_id)
        if acc is None:
            raise ServiceError("users.not_found")
        if not active and acc.role == Role.ADMIN.value:
            admins = s.scalar(select(func.count()).select_from(UserAccount).where(
                UserAccount.role == Role.ADMIN.value, UserAccount.active.is_(True)))
            if admins <= 1:
                raise ServiceError("users.last_admin")
        acc.active = active


def set_password(db, user_id: str, password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError({"password": ServiceError("users.password_short", "password", n=MIN_PASSWORD)})
    with db.session() as s:
        acc = s.get(UserAccount, user_id)
        if acc is None:
            raise ServiceError("users.not_found")
        if acc.username != db.actor.name:
            require(db, Perm.USERS)
        acc.password_hash = hash_password(password)


def login(db, username: str, password: str) -> Actor:
    """Check the password; on success the database acts as that user."""
    try:
        u = _clean_username(username)
    except ValidationError:
        raise ServiceError("users.bad_login") from None
    with db.session() as s:
        acc = s.scalar(select(UserAccount).where(UserAccount.username == u))
        if acc is None or not acc.active or not verify_password(password or "", acc.password_hash):
            raise ServiceError("users.bad_login")
        acc.last_login_at = utcnow()
        actor = Actor(name=acc.username, role=acc.role)
    db.actor = actor
    return actor
