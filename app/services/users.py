"""User accounts and login.

Passwords are hashed with scrypt (memory-hard, in Python's standard library)
at N = 2^17, r = 8, p = 1 (128 MiB, about a second on an old PC):
`scrypt$n$r$p$salt_hex$hash_hex`. A hash made with weaker parameters is made
anew at the next successful login. After a few failed logins an account is
paused for a growing time (kept in the database, so restarting the program
does not reset it). Changing one's own password asks for the old one.

Tests may use a cheaper cost only by calling `use_weak_kdf_for_tests()`;
the default is the strong one.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app import i18n
from app.services.auth import Perm, Role, require
from app.services.errors import ServiceError, ValidationError
from app.store.admin_models import UserAccount
from app.store.base import utcnow
from app.store.db import Actor

MIN_PASSWORD = 8


@dataclass(frozen=True)
class Kdf:
    n: int
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        return 2 * 128 * self.r * self.n * self.p + (1 << 20)  # scrypt needs 128·r·N bytes; room to spare


DEFAULT_KDF = Kdf(n=2**17, r=8, p=1)
MAX_N = 2**20  # a stored hash asking for more memory than this is refused, not computed
_kdf = DEFAULT_KDF


def use_weak_kdf_for_tests(n: int = 2**8) -> None:
    """Tests only: hash new passwords at a low cost so the suite stays fast."""
    global _kdf
    _kdf = Kdf(n=n, r=8, p=1)


def current_kdf() -> Kdf:
    return _kdf


@dataclass(frozen=True)
class Lockout:
    """After `free` failed logins in a row, each further failure pauses the
    account for `base` seconds, doubling up to `most`."""
    free: int = 3
    base: int = 2
    most: int = 15 * 60

    def pause(self, failures: int) -> timedelta:
        if failures < self.free:
            return timedelta(0)
        return timedelta(seconds=min(self.most, self.base * 2 ** (failures - self.free)))


LOCKOUT = Lockout()

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
        "ru": "Пароль должен быть не короче {n} {n:plural|знака|знаков|знаков}.",
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
    "users.paused": {
        "ky": "Сырсөз бир нече жолу туура эмес терилди: {seconds} секунддан кийин кайра аракет кылыңыз.",
        "ru": "Пароль несколько раз введён неверно: попробуйте снова через {seconds} с.",
        "en": "The password was wrong several times: try again in {seconds} s.",
    },
    "users.old_password": {
        "ky": "Учурдагы сырсөз туура эмес.",
        "ru": "Текущий пароль указан неверно.",
        "en": "The current password is wrong.",
    },
    "users.own_password": {
        "ky": "Өзүңүздүн сырсөзүңүздү «Сырсөздү өзгөртүү» аркылуу, эскисин жазып өзгөртүңүз.",
        "ru": "Свой пароль меняйте через «Сменить пароль», указав текущий.",
        "en": "Change your own password with “Change my password”, giving the current one.",
    },
})


def hash_password(password: str, kdf: Kdf | None = None) -> str:
    kdf = kdf or _kdf
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=kdf.n, r=kdf.r, p=kdf.p, maxmem=kdf.maxmem,
                            dklen=32)
    return f"scrypt${kdf.n}${kdf.r}${kdf.p}${salt.hex()}${digest.hex()}"


def _params(stored: str) -> Kdf | None:
    try:
        scheme, n, r, p, _salt, _hash = stored.split("$")
        return Kdf(int(n), int(r), int(p)) if scheme == "scrypt" else None
    except (ValueError, AttributeError):
        return None


def verify_password(password: str, stored: str) -> bool:
    kdf = _params(stored)
    if kdf is None or not 1 < kdf.n <= MAX_N or not 0 < kdf.r <= 32 or not 0 < kdf.p <= 4:
        return False
    try:
        _scheme, _n, _r, _p, salt_hex, hash_hex = stored.split("$")
        digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=kdf.n, r=kdf.r, p=kdf.p,
                                maxmem=kdf.maxmem, dklen=len(hash_hex) // 2)
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(digest.hex(), hash_hex)


def needs_rehash(stored: str) -> bool:
    """Made with weaker parameters than the current ones (or another scheme)."""
    kdf = _params(stored)
    return kdf is None or kdf.n < _kdf.n or kdf.r < _kdf.r


def _check_new_password(password: str | None) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError({"password": ServiceError("users.password_short", "password", n=MIN_PASSWORD)})


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
    require(db, Perm.USERS)
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
    """The administrator sets another user's password (one's own is changed
    with change_own_password, which asks for the current one)."""
    require(db, Perm.USERS)
    _check_new_password(password)
    with db.session() as s:
        acc = s.get(UserAccount, user_id)
        if acc is None:
            raise ServiceError("users.not_found")
        if acc.username == db.actor.name:
            raise ServiceError("users.own_password")
        acc.password_hash = hash_password(password)
        acc.failed_logins, acc.paused_until = 0, None


def change_own_password(db, old_password: str, new_password: str, now: datetime | None = None) -> None:
    """The logged-in user changes their password, giving the current one (a
    wrong one counts as a failed login)."""
    _check_new_password(new_password)
    now = now or utcnow()
    with db.session() as s:
        acc = s.scalar(select(UserAccount).where(UserAccount.username == db.actor.name))
        if acc is None or not acc.active:
            raise ServiceError("users.not_found")
        _refuse_if_paused(acc, now)
        if not verify_password(old_password or "", acc.password_hash):
            _failed(acc, now)
            error = ServiceError("users.old_password", "old_password")
        else:
            acc.password_hash = hash_password(new_password)
            acc.failed_logins, acc.paused_until = 0, None
            return
    raise error


def _refuse_if_paused(acc: UserAccount, now: datetime) -> None:
    if acc.paused_until is not None and acc.paused_until > now:
        seconds = int((acc.paused_until - now).total_seconds() + 0.999)
        raise ServiceError("users.paused", seconds=max(1, seconds))


def _failed(acc: UserAccount, now: datetime) -> None:
    acc.failed_logins = (acc.failed_logins or 0) + 1
    pause = LOCKOUT.pause(acc.failed_logins)
    acc.paused_until = now + pause if pause else None


def login(db, username: str, password: str, now: datetime | None = None) -> Actor:
    """Check the password; on success the database acts as that user.

    While an account is paused after failed logins, the password is not even
    checked. `now` can be given (tests); the pause is kept in the database."""
    try:
        u = _clean_username(username)
    except ValidationError:
        raise ServiceError("users.bad_login") from None
    now = now or utcnow()
    with db.session() as s:
        acc = s.scalar(select(UserAccount).where(UserAccount.username == u))
        if acc is None:
            raise ServiceError("users.bad_login")
        _refuse_if_paused(acc, now)
        if not acc.active or not verify_password(password or "", acc.password_hash):
            _failed(acc, now)
            error = ServiceError("users.bad_login")
        else:
            acc.failed_logins, acc.paused_until = 0, None
            acc.last_login_at = now
            if needs_rehash(acc.password_hash):
                acc.password_hash = hash_password(password)  # an older, weaker hash made anew
            actor = Actor(name=acc.username, role=acc.role)
            error = None
    if error is not None:
        raise error  # after the commit: the failure is counted
    db.actor = actor
    return actor
