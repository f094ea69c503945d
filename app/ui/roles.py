"""Hide nothing the user may read, disable what the user's role may not do.
(The services refuse those actions anyway; this keeps the GUI honest.)"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.auth import Perm, allowed


def restrict(db, perm: Perm, *widgets) -> bool:
    """Disable `widgets` when the current user's role lacks `perm`; returns
    whether the role has it."""
    ok = db is not None and allowed(db.actor.role, perm)
    if not ok:
        note = QCoreApplication.translate("Roles", "Your role does not allow this.")
        for w in widgets:
            w.setEnabled(False)
            w.setToolTip(note)
    return ok
