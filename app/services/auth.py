"""Roles and what each may do. Every service action that changes data calls
`require(db, PERM)` first; the GUI hides or disables what the role lacks.
"""
from __future__ import annotations

from enum import StrEnum

from app import i18n
from app.services.errors import ServiceError


class Role(StrEnum):
    ADMIN = "admin"
    SPECIALIST = "specialist"
    SECRETARY = "secretary"
    CHAIR = "chair"
    VIEWER = "viewer"


class Perm(StrEnum):
    SETTINGS = "settings"            # municipality settings
    USERS = "users"                  # manage users
    COMPETITIONS = "competitions"    # create/edit competitions, lifecycle
    APPLICATIONS = "applications"    # applicants, applications, eligibility
    COMMISSION = "commission"        # composition of the commission
    MEETINGS = "meetings"            # meetings, attendance, scores, votes
    CLOSE_PROTOCOL = "close_protocol"
    PROJECTS = "projects"            # projects, budgets, expenses, events
    PROGRAMS = "programs"            # development programs and monitoring
    REGISTERS = "registers"          # resolutions, hearings, needs, local budgets
    REPORTS = "reports"              # build and print reports
    SYNC = "sync"                    # export/import packages, trust
    SYNC_KEY = "sync_key"            # move the office signing key (export/import it)
    BACKUP = "backup"


ROLE_PERMS: dict[Role, frozenset[Perm]] = {
    Role.ADMIN: frozenset(Perm),
    Role.SPECIALIST: frozenset({Perm.COMPETITIONS, Perm.APPLICATIONS, Perm.COMMISSION, Perm.PROJECTS,
                                Perm.PROGRAMS, Perm.REGISTERS, Perm.REPORTS, Perm.SYNC, Perm.BACKUP}),
    Role.SECRETARY: frozenset({Perm.MEETINGS, Perm.CLOSE_PROTOCOL, Perm.REPORTS}),
    Role.CHAIR: frozenset({Perm.MEETINGS, Perm.CLOSE_PROTOCOL, Perm.REPORTS}),
    Role.VIEWER: frozenset({Perm.REPORTS}),
}

i18n.register({
    "auth.denied": {
        "ky": "Сиздин ролуңуз ({role}) бул аракетке укук бербейт.",
        "ru": "Ваша роль ({role}) не даёт права на это действие.",
        "en": "Your role ({role}) does not allow this action.",
    },
})


def allowed(role: str, perm: Perm) -> bool:
    try:
        return perm in ROLE_PERMS[Role(role)]
    except ValueError:
        return False


def require(db, perm: Perm) -> None:
    """Refuse the action unless the current actor's role allows it."""
    if not allowed(db.actor.role, perm):
        raise ServiceError("auth.denied", role=db.actor.role)
