"""Session hooks, run in the same transaction as every change:
- give new synced rows their UUID at birth and stamp the local office (site);
- write the audit trail (app.store.audit) field by field.
"""
from __future__ import annotations

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.store import audit
from app.store.base import Synced, new_id, utcnow
from app.store.models import Site

LOCAL_SITE_KEY = "local_site_id"


def local_site_id(session: Session) -> str | None:
    cached = session.info.get(LOCAL_SITE_KEY)
    if cached:
        return cached
    site = session.scalar(select(Site.id).where(Site.is_local.is_(True)))
    if site:
        session.info[LOCAL_SITE_KEY] = site
    return site


def _make_before_flush(db):
    def before_flush(session: Session, _ctx, _instances) -> None:
        synced_new = [o for o in session.new if isinstance(o, Synced)]
        synced_dirty = [o for o in session.dirty if isinstance(o, Synced) and session.is_modified(o)]
        if not synced_new and not synced_dirty and not any(isinstance(o, Synced) for o in session.deleted):
            return
        with session.no_autoflush:
            site = local_site_id(session)
        now = utcnow()
        for obj in synced_new:
            if obj.id is None:
                obj.id = new_id()
            if site and not session.info.get("keep_origin"):
                obj.site_id = site
        for obj in synced_dirty:
            if not session.info.get("keep_origin"):
                obj.updated_at = now
                if site:
                    obj.site_id = site
        if session.info.get("no_audit"):
            return
        changes = audit.collect_changes(session)
        audit.write_entries(session, changes, session.info.get("user") or db.actor.name, site)

    return before_flush


def install(db) -> None:
    event.listen(db.sessions, "before_flush", _make_before_flush(db))


def ensure_local_site(db) -> str:
    """Create this installation's office row on first open."""
    import platform

    with db.session() as s:
        existing = local_site_id(s)
        if existing:
            return existing
        site = Site(name=platform.node() or "office", is_local=True)
        s.add(site)
        s.flush()
        return site.id
