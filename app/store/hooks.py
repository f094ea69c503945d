"""Session hooks, run in the same transaction as every change:
- give new synced rows their UUID at birth and stamp the local office (site);
- write the sync change log (app.store.changelog) with a Hybrid Logical Clock;
- write the audit trail (app.store.audit) field by field;
- at commit, sign the audit chain's new head (app.store.witness).
"""
from __future__ import annotations

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.store import audit, changelog, witness
from app.store.base import Synced, new_id, utcnow
from app.store.changes import pending_changes
from app.store.models import Site
from app.store.sync_models import SyncIdentity

LOCAL_SITE_KEY = "local_site_id"


def local_site_id(session: Session) -> str | None:
    cached = session.info.get(LOCAL_SITE_KEY)
    if cached:
        return cached
    site = session.scalar(select(Site.id).where(Site.is_local.is_(True)))
    if site:
        session.info[LOCAL_SITE_KEY] = site
    return site


def _apply_defaults(obj) -> None:
    """Fill column defaults now, so the change log carries the row exactly
    as it will be stored (other offices must not invent their own)."""
    if obj.id is None:
        obj.id = new_id()
    if obj.created_at is None:
        obj.created_at = utcnow()
    for col in obj.__table__.columns:
        default = col.default
        if default is None or col.key in ("id", "created_at", "updated_at"):
            continue
        key = col.key
        if getattr(obj, key, None) is not None:
            continue
        if getattr(default, "is_scalar", False):
            setattr(obj, key, default.arg)
        elif getattr(default, "is_callable", False):
            # e.g. a transition's moment: filled now, so the audit trail and
            # the change log carry the value that is stored
            setattr(obj, key, default.arg(None))


def _make_before_flush(db):
    def before_flush(session: Session, _ctx, _instances) -> None:
        if any(isinstance(o, SyncIdentity) for o in session.new):
            session.info["identity_changed"] = True  # the witness is signed anew with the new key
        synced_new = [o for o in session.new if isinstance(o, Synced)]
        synced_dirty = [o for o in session.dirty if isinstance(o, Synced) and session.is_modified(o)]
        if not synced_new and not synced_dirty and not any(isinstance(o, Synced) for o in session.deleted):
            return
        for obj in synced_new:
            _apply_defaults(obj)
        with session.no_autoflush:
            site = local_site_id(session)
            changes = pending_changes(session)
            applying = session.info.get("sync_apply")
            clock = db.info.get("clock")  # a simulated clock (tests of skewed offices)
            stamp = None if applying or not site else changelog.capture(
                session, changes, site, clock() if clock else None)
            moment = changelog.stamp_datetime(stamp) if stamp else utcnow()
            if not applying:
                for obj in synced_new:
                    if site:
                        obj.site_id = site
                    obj.updated_at = moment
                for obj in synced_dirty:
                    obj.updated_at = moment
                    if site:
                        obj.site_id = site
                for c in changes:
                    if c.table == "meeting" and c.field == "status" and str(getattr(c.new, "value", c.new)) == "closed":
                        session.info.setdefault("pending_seals", set()).add(c.row_id)
            if session.info.get("no_audit"):
                return
            user = session.info.get("user") or db.actor.name
            audit.write_entries(session, audit.collect_changes(session, changes), user, site)

    return before_flush


def _after_flush_postexec(session: Session, _ctx) -> None:
    seals = session.info.pop("pending_seals", None)
    if not seals:
        return
    site = local_site_id(session)
    if not site:
        return
    clock = session.info.get("clock")
    for meeting_id in sorted(seals):
        changelog.seal(session, site, meeting_id, clock() if clock else None)


def _before_commit(session: Session) -> None:
    session.flush()  # the last changes and their audit entries, before the head is signed
    written = session.info.pop("audit_written", False)
    if session.info.pop("identity_changed", False) or written:
        witness.advance(session)


def install(db) -> None:
    def _on_begin(session, _transaction, _connection) -> None:
        if db.info.get("clock"):
            session.info["clock"] = db.info["clock"]
        # this office's signing key (None when its key file is missing: the
        # changes are then signed at the next export that has the key)
        session.info["signer"] = db.info.get("signer")

    event.listen(db.sessions, "after_begin", _on_begin)
    event.listen(db.sessions, "before_flush", _make_before_flush(db))
    event.listen(db.sessions, "after_flush_postexec", _after_flush_postexec)
    event.listen(db.sessions, "before_commit", _before_commit)


def ensure_local_site(db) -> str:
    """Create this installation's office row and key on first open; load the
    signing key (moving it out of a database made by an older version)."""
    import platform

    from app.store.site_identity import ensure_identity, signer_for

    with db.session() as s:
        existing = local_site_id(s)
        if existing:
            site_id = existing
        else:
            site = Site(name=platform.node() or "office", is_local=True)
            s.add(site)
            s.flush()
            site_id = site.id
        ident = ensure_identity(s, db.path)
        moved = s.info.pop("key_moved", False)
        db.info["signer"] = signer_for(ident)
    if moved and db.engine.dialect.name == "sqlite":
        # the old key's bytes were overwritten in the file; drop them from the WAL too
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return site_id
