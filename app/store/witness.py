"""A signed witness of the audit chain's head, kept in this database.

After every transaction that adds audit entries, the new head (seq, hash) is
signed with this office's private key and stored (setting `audit_witness`).
`demilge check` then finds a chain that was cut short (the witnessed entry is
gone), rewritten and re-chained (the witnessed entry's hash differs), or
extended outside the program (entries after the witness). The program never
re-signs over a chain that no longer contains the last witness, so editing
the file and then working on does not launder the edit.

Limits (README says so too): whoever can sign with the office's key can
forge a witness; the key is read through `signing_key()` only, so where it is
kept (today: in the database; to be moved out by the key-storage work) can
change without touching this module. A person who deletes the newest entries
and puts back an older genuine witness is found only by witnesses kept
outside this file: the head printed in every PDF footer (and, once the sync
manifest carries `audit_head`, the one in every signed package).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import text

from app.store.audit import GENESIS, entry_hash

SETTING_KEY = "audit_witness"
FORMAT = "demilge-audit-witness-1"


def signing_key(conn) -> tuple[Ed25519PrivateKey, str] | None:
    """This office's private key and its public key (hex), or None when it
    cannot be used now (no identity yet, or the key file is missing or holds
    another key). The key lives in the office's key file, outside the
    database (site_identity); an older file may still hold it in its column."""
    row = conn.execute(text("SELECT site_id, private_key, public_key FROM sync_identity LIMIT 1")).first()
    if row is None:
        return None
    from app.store.site_identity import load_private_key, public_of
    private_hex = load_private_key(row[0], row[2])
    if private_hex is None and row[1]:
        try:
            private_hex = row[1] if public_of(row[1]) == row[2] else None
        except ValueError:
            private_hex = None
    if not private_hex:
        return None
    try:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex)), row[2]
    except ValueError:
        return None


def office_public_key(conn) -> str | None:
    row = conn.execute(text("SELECT public_key FROM sync_identity LIMIT 1")).first()
    return row[0] if row else None


def _payload(seq: int, head_hash: str, public_key: str) -> bytes:
    return f"{FORMAT}|{public_key}|{seq}|{head_hash}".encode("ascii")


@dataclass(frozen=True)
class Witness:
    seq: int
    hash: str
    public_key: str
    signature: str
    at: str

    def signature_ok(self) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(self.public_key)).verify(
                bytes.fromhex(self.signature), _payload(self.seq, self.hash, self.public_key))
            return True
        except (InvalidSignature, ValueError):
            return False


def read(conn) -> Witness | None:
    row = conn.execute(text("SELECT value FROM setting WHERE key = :k"), {"k": SETTING_KEY}).first()
    if row is None:
        return None
    try:
        d = json.loads(row[0])
        return Witness(int(d["seq"]), str(d["hash"]), str(d["public_key"]), str(d["signature"]), str(d["at"]))
    except (ValueError, KeyError, TypeError):
        return Witness(-1, "", "", "", "")


def _head(conn) -> tuple[int, str]:
    row = conn.execute(text("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def _follow(conn, w: Witness) -> tuple[int, str] | None:
    """The head reached from the witnessed entry, or None when the chain no
    longer holds that entry or a later entry does not link to it (one query
    over the witnessed entry and those after it)."""
    from datetime import datetime, timezone

    if w.seq < 0 or (w.seq == 0 and w.hash != GENESIS):
        return None
    rows = conn.execute(text(
        "SELECT seq, at, user_name, site_id, action, table_name, row_id, field, old_value, new_value, "
        "prev_hash, hash FROM audit_entry WHERE seq >= :s ORDER BY seq"), {"s": max(w.seq, 1)})
    prev, expected = GENESIS, 1
    for seq, at, user, site, action, table, row_id, fld, old, new, prev_hash, h in rows:
        if seq == w.seq and w.seq > 0:
            if h != w.hash:
                return None
            prev, expected = h, seq + 1
            continue
        if w.seq > 0 and expected == 1:
            return None  # the witnessed entry is gone
        if seq != expected or prev_hash != prev:
            return None
        at_dt = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        if at_dt.tzinfo is None:
            at_dt = at_dt.replace(tzinfo=timezone.utc)
        if entry_hash(prev, seq, at_dt, user, site, action, table, row_id, fld, old, new) != h:
            return None
        prev, expected = h, seq + 1
    if w.seq > 0 and expected == 1:
        return None
    return expected - 1, prev


def chain_holds(conn, w: Witness) -> bool:
    """The chain still holds the witnessed entry, and every later entry links
    to it correctly (only the entries from the witness on are read)."""
    return _follow(conn, w) is not None


def _write(conn, key: tuple[Ed25519PrivateKey, str], seq: int, head_hash: str) -> None:
    from app.store.base import utcnow

    private, public = key
    value = json.dumps({"seq": seq, "hash": head_hash, "public_key": public,
                        "signature": private.sign(_payload(seq, head_hash, public)).hex(),
                        "at": utcnow().isoformat()}, sort_keys=True)
    conn.execute(text("INSERT INTO setting (key, value) VALUES (:k, :v) "
                      "ON CONFLICT(key) DO UPDATE SET value = :v"), {"k": SETTING_KEY, "v": value})


def advance(conn, *, only_user_prefix: str | None = None) -> bool:
    """Sign the current head, but only over a chain that still holds the last
    witness (called by the session hook at the end of every writing
    transaction). With `only_user_prefix`, only when every entry after the
    witness was written under that name (after an upgrade: the migrations').
    Returns whether a witness was written."""
    w = read(conn)
    if w is None:
        return False
    head = _follow(conn, w)
    if head is None:
        return False
    if only_user_prefix is not None and conn.execute(text(
            "SELECT 1 FROM audit_entry WHERE seq > :s AND user_name NOT LIKE :p LIMIT 1"),
            {"s": w.seq, "p": only_user_prefix + "%"}).first():
        return False
    key = signing_key(conn)
    if key is None:
        return False
    if head == (w.seq, w.hash) and w.public_key == key[1]:
        return False
    _write(conn, key, *head)
    return True


def start(conn) -> bool:
    """The first witness of a file: made right after the program itself
    created or upgraded it (app.store.db.open_database), never later."""
    if read(conn) is not None:
        return False
    key = signing_key(conn)
    if key is None:
        return False
    _write(conn, key, *_head(conn))
    return True


@dataclass(frozen=True)
class WitnessProblem:
    kind: str            # "none" | "signature" | "other_key" | "broken" | "beyond"
    seq: int | None = None
    hash: str | None = None
    head_seq: int | None = None


def verify(conn) -> WitnessProblem | None:
    """What `demilge check` reports about the witness, or None when it holds."""
    head = _head(conn)
    w = read(conn)
    if w is None:
        return WitnessProblem("none", head_seq=head[0])
    if not w.signature_ok():
        return WitnessProblem("signature", w.seq, w.hash, head[0])
    public = office_public_key(conn)
    if public is not None and w.public_key != public:
        return WitnessProblem("other_key", w.seq, w.hash, head[0])
    if not chain_holds(conn, w):
        return WitnessProblem("broken", w.seq, w.hash, head[0])
    if head[0] != w.seq:
        return WitnessProblem("beyond", w.seq, w.hash, head[0])
    return None


def holds_paper_witness(conn, seq: int, hash_prefix: str) -> bool:
    """A head printed on paper ("#seq hash…") is in the chain."""
    if seq == 0:
        return GENESIS.startswith(hash_prefix.lower())
    row = conn.execute(text("SELECT hash FROM audit_entry WHERE seq = :s"), {"s": seq}).first()
    return row is not None and len(hash_prefix) >= 6 and row[0].startswith(hash_prefix.lower())
