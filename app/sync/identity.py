"""This office's identity: site id and Ed25519 key pair."""
from __future__ import annotations

import hashlib
import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.store.site_identity import ensure_identity, get_identity, machine_fingerprint, new_keypair  # noqa: F401
from app.store.sync_models import SyncIdentity


def key_fingerprint(public_hex: str) -> str:
    """16 hex digits in groups of four, to read out by phone."""
    d = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def sign(private_hex: str, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex)).sign(data)


def verify(public_hex: str, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, data)
        return True
    except (InvalidSignature, ValueError):
        return False


def key_file_content(ident: SyncIdentity, site_name: str) -> str:
    return json.dumps({"format": "demilge-key-1", "site_id": ident.site_id, "name": site_name,
                       "public_key": ident.public_key}, ensure_ascii=False, indent=1)
