"""Making hostile packages for tests: take a real package apart, change it,
and put it together again, re-signing with whatever key an attacker has."""
from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
from pathlib import Path

from app.store.changelog import entry_hash
from app.store.site_identity import Signer
from app.sync.package import ENTRY_FIELDS, FILE_SEAL_PREFIX, add_file_seal, canonical_line


def unpack(path: Path) -> tuple[dict, list[dict], dict[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(members["manifest.json"])
    entries = [dict(zip(ENTRY_FIELDS, json.loads(line))) for line in members["changes.jsonl"].decode().splitlines()
               if line]
    return manifest, entries, members


def body_of(entries: list[dict]) -> bytes:
    entries = sorted(entries, key=lambda e: (e["origin"], e["seq"]))
    lines = [canonical_line(e) for e in entries]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


def describe(manifest: dict, entries: list[dict], members: dict[str, bytes], body: bytes) -> None:
    """Make the manifest describe the parts exactly (what a sender's program does)."""
    ranges, tables, digests = {}, {}, {}
    for e in sorted(entries, key=lambda e: (e["origin"], e["seq"])):
        r = ranges.setdefault(e["origin"], [e["seq"], e["seq"]])
        r[0], r[1] = min(r[0], e["seq"]), max(r[1], e["seq"])
        tables.setdefault(e["table_name"], {"entries": 0})["entries"] += 1
        digests.setdefault(e["table_name"], hashlib.sha256()).update(canonical_line(e).encode("utf-8"))
    for name, d in digests.items():
        tables[name]["digest"] = d.hexdigest()
    manifest["ranges"], manifest["tables"] = ranges, tables
    manifest["members"] = {"changes.jsonl": hashlib.sha256(body).hexdigest()}
    for name, data in members.items():
        if name.startswith("attachments/"):
            manifest["members"][name] = hashlib.sha256(data).hexdigest()


def pack(out: Path, members: dict[str, bytes], *, compress=zipfile.ZIP_DEFLATED) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compress) as z:
        for name, data in members.items():
            z.writestr(name, data)
        z.comment = FILE_SEAL_PREFIX + b"0" * 64
    out = Path(out)
    out.write_bytes(add_file_seal(buffer.getvalue()))  # anyone can recompute the outer checksum
    return out


def rebuild(src: Path, out: Path, *, signer_hex: str | None, entries=None, manifest=None, members=None,
            describe_parts: bool = True, body: bytes | None = None, fresh_id: bool = False) -> Path:
    """Change a package. `entries(list) -> list`, `manifest(dict) -> None`,
    `members(dict) -> None` edit it; the manifest is re-signed with
    `signer_hex` (None keeps the old signature)."""
    m, es, parts = unpack(src)
    if entries is not None:
        es = entries(es)
    if body is None:
        body = body_of(es)
    parts["changes.jsonl"] = body
    if members is not None:
        members(parts)
    if describe_parts:
        describe(m, es, parts, body)
    if fresh_id:
        m["package_id"] = str(uuid.uuid4())
    if manifest is not None:
        manifest(m)
    raw = json.dumps(m, ensure_ascii=False, sort_keys=True, indent=1).encode()
    parts["manifest.json"] = raw
    if signer_hex is not None:
        parts["manifest.sig"] = Signer("", signer_hex).sign(raw)
    return pack(out, parts)


def make_entry(signer_hex: str | None, *, origin: str, seq: int, prev_hash: str, hlc: str, kind: str, table: str,
               row_id: str, field: str, value, base_hlc: str = "") -> dict:
    """A change as an office makes it, signed by `signer_hex` (any key)."""
    text = value if isinstance(value, str) or value is None else json.dumps(value, ensure_ascii=False)
    h = entry_hash(origin, seq, hlc, kind, table, row_id, field, text, base_hlc, prev_hash)
    sig = Signer("", signer_hex).sign_entry(h) if signer_hex else "0" * 128
    return {"origin": origin, "seq": seq, "hlc": hlc, "kind": kind, "table_name": table, "row_id": row_id,
            "field": field, "value": text, "base_hlc": base_hlc, "prev_hash": prev_hash, "hash": h, "sig": sig}
