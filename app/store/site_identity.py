"""This installation's office identity, created on first run: a site row
and an Ed25519 key pair bound to this machine and file location.

The private key is not stored in the database (so it is in no backup and no
copy of the file): it lives in a key file of its own in the user's data
folder (`app.paths.keys_dir()`), one file per office. The database keeps the
public key only. A database made by an older version kept the private key in
`sync_identity.private_key`; opening it moves the key out into the key file
and blanks the column (`move_key_out`).
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import uuid
from functools import lru_cache
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from app import paths
from app.store.models import Site
from app.store.sync_models import ChangeEntry, SyncIdentity

KEY_FILE_FORMAT = "demilge-signing-key-1"
# what an office signs for each change: a fixed prefix (so the signature can
# never be taken for a signature of something else) and the entry's hash,
# which covers every field of the change and the hash of the one before it
ENTRY_CONTEXT = b"demilge-change-1:"


def machine_fingerprint(db_path: Path) -> str:
    raw = f"{platform.node()}|{uuid.getnode()}|{Path(db_path).resolve()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def new_keypair() -> tuple[str, str]:
    key = Ed25519PrivateKey.generate()
    priv = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption()).hex()
    return priv, public_of(priv)


def public_of(private_hex: str) -> str:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


# ---------------------------------------------------------------------------
# signing and checking


class Signer:
    """An office's private key, loaded once."""

    def __init__(self, site_id: str, private_hex: str):
        self._key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
        self.site_id = site_id
        self.private_hex = private_hex

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)

    def sign_entry(self, entry_hash: str) -> str:
        return self._key.sign(ENTRY_CONTEXT + entry_hash.encode("ascii")).hex()


@lru_cache(maxsize=256)
def _public_key(public_hex: str) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
    except ValueError:
        return None


def verify(public_hex: str, signature: bytes, data: bytes) -> bool:
    key = _public_key(public_hex)
    if key is None:
        return False
    try:
        key.verify(signature, data)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def verify_entry(public_hex: str, entry_hash: str, sig_hex: str | None) -> bool:
    """True when `sig_hex` is the office's signature of this change."""
    if not isinstance(sig_hex, str) or len(sig_hex) != 128:
        return False
    try:
        signature = bytes.fromhex(sig_hex)
    except ValueError:
        return False
    return verify(public_hex, signature, ENTRY_CONTEXT + entry_hash.encode("ascii"))


# ---------------------------------------------------------------------------
# the key file


def key_file(site_id: str) -> Path:
    return paths.keys_dir() / f"{site_id}.key"


def save_private_key(site_id: str, private_hex: str) -> Path:
    """Write the office's key file (readable by this user only), atomically."""
    target = key_file(site_id)
    content = json.dumps({"format": KEY_FILE_FORMAT, "site_id": site_id, "public_key": public_of(private_hex),
                          "private_key": private_hex}, indent=1)
    tmp = target.with_name(target.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(content)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target


def load_private_key(site_id: str, public_hex: str) -> str | None:
    """The office's private key from its key file, or None when the file is
    missing, unreadable or holds a key that does not match `public_hex`."""
    try:
        data = json.loads(key_file(site_id).read_text(encoding="utf-8"))
        private_hex = data["private_key"]
        if data.get("format") != KEY_FILE_FORMAT or data.get("site_id") != site_id:
            return None
        if public_of(private_hex) != public_hex:
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return private_hex


def signer_for(ident: SyncIdentity | None) -> Signer | None:
    if ident is None:
        return None
    private_hex = load_private_key(ident.site_id, ident.public_key)
    return Signer(ident.site_id, private_hex) if private_hex else None


# ---------------------------------------------------------------------------
# the identity row


def get_identity(session: Session) -> SyncIdentity | None:
    return session.scalar(select(SyncIdentity))


def ensure_identity(session: Session, db_path: Path) -> SyncIdentity:
    ident = get_identity(session)
    if ident is not None:
        move_key_out(session, ident)
        return ident
    site = session.scalar(select(Site).where(Site.is_local.is_(True)))
    priv, pub = new_keypair()
    save_private_key(site.id, priv)
    ident = SyncIdentity(site_id=site.id, private_key="", public_key=pub, machine=machine_fingerprint(db_path))
    session.add(ident)
    session.flush()
    return ident


def sign_own_entries(session: Session, site_id: str, signer: Signer) -> int:
    """Sign this office's changes that carry no signature yet (made before
    signing existed, or while the key file was missing). Returns how many."""
    rows = session.execute(select(ChangeEntry.seq, ChangeEntry.hash).where(
        ChangeEntry.origin == site_id, ChangeEntry.sig.is_(None))).all()
    for seq, h in rows:
        session.execute(update(ChangeEntry).where(ChangeEntry.origin == site_id, ChangeEntry.seq == seq)
                        .values(sig=signer.sign_entry(h)))
    return len(rows)


def move_key_out(session: Session, ident: SyncIdentity) -> bool:
    """A database from an older version holds the private key in plain text:
    write it to the key file, sign the office's earlier changes with it, and
    blank the column (overwriting the freed bytes). True if a key was moved."""
    if not ident.private_key:
        return False
    private_hex = ident.private_key
    if public_of(private_hex) != ident.public_key:
        return False
    existing = load_private_key(ident.site_id, ident.public_key)
    if existing is None:
        save_private_key(ident.site_id, private_hex)
    sign_own_entries(session, ident.site_id, Signer(ident.site_id, private_hex))
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete=ON"))
    ident.private_key = ""
    session.flush()
    session.info["key_moved"] = True
    return True
