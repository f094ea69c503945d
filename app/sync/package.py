"""Package files: one zip with a signed manifest, the change entries as
canonical JSON lines, and attachment files by hash."""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import uuid
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.sync import identity

FORMAT = 1
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 2_000_000
MAX_MEMBERS = 20_000
FILE_SEAL_PREFIX = b"demilge-sha256:"
MEMBER_RE = re.compile(r"^(manifest\.json|manifest\.sig|changes\.jsonl|attachments/[0-9a-f]{64})$")
ENTRY_FIELDS = ("origin", "seq", "hlc", "kind", "table_name", "row_id", "field", "value", "base_hlc",
                "prev_hash", "hash")


class PackageError(Exception):
    """A refused package; `code` selects the message (sync.bad.<code>)."""

    def __init__(self, code: str, **details):
        self.code = code
        self.details = details
        super().__init__(code)


def canonical_line(entry: dict) -> str:
    return json.dumps([entry[k] for k in ENTRY_FIELDS], ensure_ascii=False, separators=(",", ":"))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Package:
    manifest: dict
    entries: list[dict]
    attachments: dict[str, bytes]


def write_package(out: Path, *, sender: dict, private_key: str, recipient: str, schema: str,
                  vector: dict[str, int], entries: list[dict], attachments: dict[str, bytes]) -> dict:
    """Write atomically: temp file, fsync, rename. Returns the manifest."""
    entries = sorted(entries, key=lambda e: (e["origin"], e["seq"]))
    lines = [canonical_line(e) for e in entries]
    body = ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")
    ranges: dict[str, list[int]] = {}
    tables: dict[str, dict] = {}
    digests: dict[str, hashlib._Hash] = {}
    for e, line in zip(entries, lines):
        r = ranges.setdefault(e["origin"], [e["seq"], e["seq"]])
        r[0] = min(r[0], e["seq"])
        r[1] = max(r[1], e["seq"])
        t = tables.setdefault(e["table_name"], {"entries": 0})
        t["entries"] += 1
        digests.setdefault(e["table_name"], hashlib.sha256()).update(line.encode("utf-8"))
    for name, d in digests.items():
        tables[name]["digest"] = d.hexdigest()
    members = {"changes.jsonl": _sha(body)}
    for h, data in attachments.items():
        members[f"attachments/{h}"] = _sha(data)
    manifest = {
        "format": FORMAT,
        "schema": schema,
        "package_id": str(uuid.uuid4()),
        "sender": sender,
        "recipient": recipient,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "vector": vector,
        "ranges": ranges,
        "tables": tables,
        "members": members,
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    signature = identity.sign(private_key, manifest_bytes)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest_bytes)
        z.writestr("manifest.sig", signature)
        z.writestr("changes.jsonl", body)
        for h, data in sorted(attachments.items()):
            z.writestr(f"attachments/{h}", data)
        z.comment = FILE_SEAL_PREFIX + b"0" * 64
    raw = add_file_seal(buffer.getvalue())
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(raw)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, out)
    return manifest


def add_file_seal(raw: bytes) -> bytes:
    """The zip comment ends with the SHA-256 of every byte before it, so that
    any changed byte of the file is noticed, even where zip would not look.
    (A checksum against damage; authenticity comes from the signature.)"""
    return raw[:-64] + hashlib.sha256(raw[:-64]).hexdigest().encode("ascii")


def _read(z: zipfile.ZipFile, name: str) -> bytes:
    try:
        return z.read(name)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError, KeyError,
            NotImplementedError):
        raise PackageError("not_zip") from None


def read_package(path: Path, *, local_site: str, trusted_key_for, known_schemas: set[str]) -> Package:
    """Open and check everything; raise PackageError on the first problem.

    trusted_key_for(site_id) -> (public_key_hex | None, revoked: bool)
    """
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise PackageError("unreadable") from None
    if len(data) > MAX_TOTAL_BYTES:
        raise PackageError("too_large")
    if len(data) < 64 + len(FILE_SEAL_PREFIX) or data[-64 - len(FILE_SEAL_PREFIX):-64] != FILE_SEAL_PREFIX:
        raise PackageError("not_zip")
    if hashlib.sha256(data[:-64]).hexdigest().encode("ascii") != data[-64:]:
        raise PackageError("hash_mismatch", name="file")
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise PackageError("not_zip") from None
    if len(infos) > MAX_MEMBERS:
        raise PackageError("too_large")
    names = []
    total = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.split("/") or "\\" in name or re.match(r"^[A-Za-z]:", name):
            raise PackageError("unsafe_path", name=name)
        if not MEMBER_RE.match(name):
            raise PackageError("unexpected_member", name=name)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageError("too_large")
        names.append(name)
    if len(set(names)) != len(names):
        raise PackageError("unexpected_member", name="duplicate")
    for required in ("manifest.json", "manifest.sig", "changes.jsonl"):
        if required not in names:
            raise PackageError("missing_member", name=required)
    try:
        manifest_bytes = _read(z, "manifest.json")
        signature = _read(z, "manifest.sig")
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        sender = manifest["sender"]["site_id"]
        if not isinstance(sender, str):
            raise TypeError
    except PackageError:
        raise
    except Exception:
        raise PackageError("bad_manifest") from None
    public_key, revoked = trusted_key_for(sender)
    if public_key is None:
        raise PackageError("unknown_sender", site=manifest["sender"].get("name", sender))
    if revoked:
        raise PackageError("revoked_sender", site=manifest["sender"].get("name", sender))
    if not identity.verify(public_key, signature, manifest_bytes):
        raise PackageError("bad_signature")
    if manifest.get("format") != FORMAT:
        raise PackageError("format", version=manifest.get("format"))
    if manifest.get("schema") not in known_schemas:
        raise PackageError("newer_schema", revision=manifest.get("schema"))
    if manifest.get("recipient") not in ("*", local_site):
        raise PackageError("wrong_recipient")
    if sender == local_site:
        raise PackageError("own_package")
    members = manifest.get("members", {})
    if set(members) != set(names) - {"manifest.json", "manifest.sig"}:
        raise PackageError("missing_member", name="members")
    contents = {}
    for name, digest in members.items():
        blob = _read(z, name)
        if _sha(blob) != digest:
            raise PackageError("hash_mismatch", name=name)
        contents[name] = blob
    entries = []
    try:
        for line in contents["changes.jsonl"].decode("utf-8").splitlines():
            if not line:
                continue
            values = json.loads(line)
            if len(values) != len(ENTRY_FIELDS):
                raise ValueError
            entry = dict(zip(ENTRY_FIELDS, values))
            if not isinstance(entry["seq"], int) or entry["seq"] < 1:
                raise ValueError
            entries.append(entry)
    except (ValueError, UnicodeDecodeError, TypeError):
        raise PackageError("bad_manifest") from None
    if len(entries) > MAX_ENTRIES:
        raise PackageError("too_large")
    # the manifest's ranges and table digests must describe the lines exactly
    ranges: dict[str, list[int]] = {}
    for e in entries:
        r = ranges.setdefault(e["origin"], [e["seq"], e["seq"]])
        r[0], r[1] = min(r[0], e["seq"]), max(r[1], e["seq"])
    if ranges != {k: list(v) for k, v in manifest.get("ranges", {}).items()}:
        raise PackageError("bad_manifest")
    from app.store.changelog import entry_hash

    for origin, (first, last) in ranges.items():
        mine = sorted((e for e in entries if e["origin"] == origin), key=lambda e: e["seq"])
        seqs = [e["seq"] for e in mine]
        if len(seqs) != last - first + 1 or len(set(seqs)) != len(seqs):
            raise PackageError("chain")
        prev = None
        for e in mine:
            if entry_hash(e["origin"], e["seq"], e["hlc"], e["kind"], e["table_name"], e["row_id"], e["field"],
                          e["value"], e["base_hlc"], e["prev_hash"]) != e["hash"]:
                raise PackageError("chain")
            if prev is not None and e["prev_hash"] != prev:
                raise PackageError("chain")
            prev = e["hash"]
    attachments = {n.split("/", 1)[1]: b for n, b in contents.items() if n.startswith("attachments/")}
    for h, blob in attachments.items():
        if _sha(blob) != h:
            raise PackageError("hash_mismatch", name=h)
    return Package(manifest, entries, attachments)
