"""This installation's office identity, created on first run: a site row
and an Ed25519 key pair bound to this machine and file location (a server
database: to the database itself, so every PC that opens it is the same office)."""
from __future__ import annotations

import hashlib
import platform
import uuid
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import Site
from app.store.sync_models import SyncIdentity


def machine_fingerprint(db_path: Path) -> str:
    from app.store.db import SERVER_FINGERPRINTS

    server = SERVER_FINGERPRINTS.get(Path(db_path))
    if server:
        return server
    raw = f"{platform.node()}|{uuid.getnode()}|{Path(db_path).resolve()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def new_keypair() -> tuple[str, str]:
    key = Ed25519PrivateKey.generate()
    priv = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption()).hex()
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    return priv, pub


def get_identity(session: Session) -> SyncIdentity | None:
    return session.scalar(select(SyncIdentity))


def ensure_identity(session: Session, db_path: Path) -> SyncIdentity:
    ident = get_identity(session)
    if ident is not None:
        return ident
    site = session.scalar(select(Site).where(Site.is_local.is_(True)))
    priv, pub = new_keypair()
    ident = SyncIdentity(site_id=site.id, private_key=priv, public_key=pub, machine=machine_fingerprint(db_path))
    session.add(ident)
    session.flush()
    return ident
