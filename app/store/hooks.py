"""Session hooks: stamp every synced row with the local office (site)."""
from __future__ import annotations

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.store.base import Synced, utcnow
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


def _before_flush(session: Session, _ctx, _instances) -> None:
    site = None
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Synced):
            if site is None:
                with session.no_autoflush:
                    site = local_site_id(session) or ""
            if site:
                obj.site_id = site
            if obj in session.dirty and session.is_modified(obj):
                obj.updated_at = utcnow()


def install(db) -> None:
    event.listen(db.sessions, "before_flush", _before_flush)


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
