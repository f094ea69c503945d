"""This office's identity: site id and Ed25519 key pair (the private key in
a key file outside the database, see app.store.site_identity)."""
from __future__ import annotations

import hashlib
import json

from app.store.site_identity import (  # noqa: F401
    Signer,
    ensure_identity,
    get_identity,
    key_file,
    load_private_key,
    machine_fingerprint,
    new_keypair,
    public_of,
    save_private_key,
    sign_own_entries,
    signer_for,
    verify,
    verify_entry,
)
from app.store.sync_models import SyncIdentity


def key_fingerprint(public_hex: str) -> str:
    """16 hex digits in groups of four, to read out by phone."""
    d = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def sign(private_hex: str, data: bytes) -> bytes:
    return Signer("", private_hex).sign(data)


def key_file_content(ident: SyncIdentity, site_name: str) -> str:
    return json.dumps({"format": "demilge-key-1", "site_id": ident.site_id, "name": site_name,
                       "public_key": ident.public_key}, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------------------
# moving the signing key to another computer: a file protected by a passphrase

SECRET_FORMAT = "demilge-secret-key-1"
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8


class SecretKeyError(Exception):
    """`code`: short | wrong | bad_file."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _aad(site_id: str, public_hex: str) -> bytes:
    return f"{SECRET_FORMAT}|{site_id}|{public_hex}".encode("utf-8")


def seal_secret_key(site_id: str, name: str, private_hex: str, passphrase: str, *, n: int = SCRYPT_N) -> str:
    """The office's private key encrypted (AES-256-GCM) with a key derived
    from the passphrase by scrypt; the office id and public key are bound to
    the ciphertext, so the file cannot be relabelled."""
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(passphrase or "") < MIN_PASSPHRASE:
        raise SecretKeyError("short")
    public_hex = public_of(private_hex)
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _derive(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    ciphertext = AESGCM(key).encrypt(nonce, bytes.fromhex(private_hex), _aad(site_id, public_hex))
    return json.dumps({"format": SECRET_FORMAT, "site_id": site_id, "name": name, "public_key": public_hex,
                       "kdf": {"name": "scrypt", "n": n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex()},
                       "nonce": nonce.hex(), "ciphertext": ciphertext.hex()}, ensure_ascii=False, indent=1)


def open_secret_key(content: str, passphrase: str) -> tuple[str, str, str]:
    """(site_id, public_hex, private_hex) from a file made by seal_secret_key."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        data = json.loads(content)
        kdf = data["kdf"]
        site_id, public_hex = data["site_id"], data["public_key"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if data.get("format") != SECRET_FORMAT or kdf.get("name") != "scrypt" or not (2**14 <= n <= 2**20) \
                or r != SCRYPT_R or p != SCRYPT_P or not isinstance(site_id, str):
            raise ValueError
        salt, nonce, ciphertext = (bytes.fromhex(kdf["salt"]), bytes.fromhex(data["nonce"]),
                                   bytes.fromhex(data["ciphertext"]))
    except (ValueError, KeyError, TypeError):
        raise SecretKeyError("bad_file") from None
    try:
        key = _derive(passphrase or "", salt, n, r, p)
        private = AESGCM(key).decrypt(nonce, ciphertext, _aad(site_id, public_hex))
    except (InvalidTag, ValueError):
        raise SecretKeyError("wrong") from None
    private_hex = private.hex()
    if public_of(private_hex) != public_hex:
        raise SecretKeyError("bad_file")
    return site_id, public_hex, private_hex
