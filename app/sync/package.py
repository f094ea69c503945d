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
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from app.sync import identity
from app.sync.validate import EntryError, check_entry, check_shape

FORMAT = 2  # 2: every change carries its origin office's signature
MAX_TOTAL_BYTES = 512 * 1024 * 1024      # the file, and all its parts unpacked
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024  # one attached file (the program takes up to 20 MB)
MAX_ENTRIES = 2_000_000
MAX_MEMBERS = 20_000
SIGNATURE_BYTES = 64
FILE_SEAL_PREFIX = b"demilge-sha256:"
MEMBER_RE = re.compile(r"^(manifest\.json|manifest\.sig|changes\.jsonl|attachments/[0-9a-f]{64})$")
ENTRY_FIELDS = ("origin", "seq", "hlc", "kind", "table_name", "row_id", "field", "value", "base_hlc",
                "prev_hash", "hash", "sig")


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
    # changes by offices the receiver does not trust (unknown or revoked):
    # left out, never stored or applied; origin -> how many
    set_aside: dict[str, int] = field(default_factory=dict)
    # imported here before: its parts are the signed ones, its changes were
    # not read again (entries is empty; entry_count says how many it holds)
    applied_before: bool = False
    entry_count: int = 0


def write_package(out: Path, *, sender: dict, signer, recipient: str, schema: str,
                  vector: dict[str, int], entries: list[dict], attachments: dict[str, bytes],
                  audit_head: dict | None = None, origins: dict[str, str] | None = None) -> dict:
    """Write atomically: temp file, fsync, rename. Returns the manifest.

    The manifest names the SHA-256 of every other part (the changes file and
    each attachment) and is signed by the sending office; each change carries
    the signature of the office that made it."""
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
        "audit_head": audit_head,
        "origins": origins or {},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    signature = signer.sign(manifest_bytes)
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


def _read(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """One member, unpacked in a stream that stops past `limit` bytes (a
    small file that unpacks into gigabytes is refused, never unpacked)."""
    if info.file_size > limit:
        raise PackageError("too_large")
    with z.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise PackageError("too_large")
    if len(data) != info.file_size:
        raise PackageError("not_zip")
    return data


def read_package(path: Path, *, local_site: str, trusted_key_for, known_schemas: set[str],
                 already=None, applied=None) -> Package:
    """Open and check everything; raise PackageError on the first problem.

    trusted_key_for(site_id) -> (public_key_hex | None, revoked: bool)
    already(entries) -> {(origin, seq): hash} of those changes stored here
    with their signature (checked when they arrived): not checked again.
    applied(package_id) -> bool: a package imported here before is checked
    as far as its signed manifest and the digests of its parts (the file is
    the one signed), and its changes are not read again (applied_before).

    Whatever goes wrong while reading (a damaged zip, an unsupported
    compression, bad JSON, wrong types, sizes) is a PackageError, never
    another exception."""
    try:
        return _read_package(path, local_site=local_site, trusted_key_for=trusted_key_for,
                             known_schemas=known_schemas, already=already, applied=applied)
    except PackageError:
        raise
    except EntryError as exc:
        raise PackageError(exc.code, **exc.details) from None
    except MemoryError:
        raise PackageError("too_large") from None
    except Exception:  # zipfile, zlib, json, unicode, types: any damage is a refusal
        raise PackageError("not_zip") from None


def _manifest_ok(m) -> bool:
    def ints(d):
        return isinstance(d, dict) and all(isinstance(k, str) and type(v) is int for k, v in d.items())

    return (isinstance(m, dict) and isinstance(m.get("sender"), dict)
            and isinstance(m["sender"].get("site_id"), str)
            and isinstance(m.get("recipient"), str) and isinstance(m.get("package_id"), str)
            and len(m["package_id"]) <= 36 and isinstance(m.get("schema"), str)
            and ints(m.get("vector"))
            and isinstance(m.get("ranges"), dict)
            and all(isinstance(v, list) and len(v) == 2 and all(type(x) is int for x in v)
                    for v in m["ranges"].values())
            and isinstance(m.get("members"), dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in m["members"].items())
            and isinstance(m.get("tables"), dict)
            and isinstance(m.get("origins", {}), dict)
            and (m.get("audit_head") is None or (isinstance(m["audit_head"], dict)
                                                 and type(m["audit_head"].get("seq")) is int
                                                 and isinstance(m["audit_head"].get("hash"), str))))


def _read_package(path: Path, *, local_site: str, trusted_key_for, known_schemas: set[str],
                  already=None, applied=None) -> Package:
    try:
        size = Path(path).stat().st_size
        if size > MAX_TOTAL_BYTES:
            raise PackageError("too_large")
        data = Path(path).read_bytes()
    except OSError:
        raise PackageError("unreadable") from None
    if len(data) > MAX_TOTAL_BYTES:
        raise PackageError("too_large")
    if len(data) < 64 + len(FILE_SEAL_PREFIX) or data[-64 - len(FILE_SEAL_PREFIX):-64] != FILE_SEAL_PREFIX:
        raise PackageError("not_zip")
    if hashlib.sha256(data[:-64]).hexdigest().encode("ascii") != data[-64:]:
        raise PackageError("hash_mismatch", name="file")
    z = zipfile.ZipFile(io.BytesIO(data))
    infos = z.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackageError("too_large")
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.split("/") or "\\" in name or re.match(r"^[A-Za-z]:", name):
            raise PackageError("unsafe_path", name=name)
        if not MEMBER_RE.match(name):
            raise PackageError("unexpected_member", name=name)
        if name in by_name:
            raise PackageError("unexpected_member", name="duplicate")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageError("too_large")
        by_name[name] = info
    for required in ("manifest.json", "manifest.sig", "changes.jsonl"):
        if required not in by_name:
            raise PackageError("missing_member", name=required)
    manifest_bytes = _read(z, by_name["manifest.json"], MAX_MANIFEST_BYTES)
    signature = _read(z, by_name["manifest.sig"], SIGNATURE_BYTES)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise PackageError("bad_manifest") from None
    if not _manifest_ok(manifest):
        raise PackageError("bad_manifest")
    sender = manifest["sender"]["site_id"]
    sender_name = str(manifest["sender"].get("name", sender))[:200]
    public_key, revoked = trusted_key_for(sender)
    if public_key is None:
        raise PackageError("unknown_sender", site=sender_name)
    if revoked:
        raise PackageError("revoked_sender", site=sender_name)
    if not identity.verify(public_key, signature, manifest_bytes):
        raise PackageError("bad_signature")
    if manifest.get("format") != FORMAT:
        raise PackageError("format", version=manifest.get("format"))
    if manifest["schema"] not in known_schemas:
        raise PackageError("newer_schema", revision=manifest["schema"])
    if manifest["recipient"] not in ("*", local_site):
        raise PackageError("wrong_recipient")
    if sender == local_site:
        raise PackageError("own_package")
    members = manifest["members"]
    if set(members) != set(by_name) - {"manifest.json", "manifest.sig"}:
        raise PackageError("missing_member", name="members")
    # every part is exactly the one the signed manifest names
    contents = {}
    for name, digest in members.items():
        limit = MAX_ATTACHMENT_BYTES if name.startswith("attachments/") else MAX_TOTAL_BYTES
        blob = _read(z, by_name[name], limit)
        if _sha(blob) != digest:
            raise PackageError("hash_mismatch", name=name)
        contents[name] = blob
    if applied is not None and applied(manifest["package_id"]):
        count = sum(t.get("entries", 0) for t in manifest["tables"].values() if isinstance(t, dict))
        return Package(manifest, [], {}, applied_before=True, entry_count=count)
    entries = _entries(contents["changes.jsonl"])
    _check_tables(entries, manifest["tables"])
    _check_ranges(entries, manifest["ranges"])
    kept, set_aside = check_entries(entries, local_site, trusted_key_for, manifest.get("origins", {}),
                                    already(entries) if already else None)
    attachments = {n.split("/", 1)[1]: b for n, b in contents.items() if n.startswith("attachments/")}
    for h, blob in attachments.items():
        if _sha(blob) != h:
            raise PackageError("hash_mismatch", name=h)
    return Package(manifest, kept, attachments, set_aside)


def _entries(body: bytes) -> list[dict]:
    entries = []
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise PackageError("bad_manifest") from None
    for line in text.split("\n"):
        if not line:
            continue
        try:
            values = json.loads(line)
        except (ValueError, RecursionError):
            raise PackageError("bad_manifest") from None
        if not isinstance(values, list) or len(values) != len(ENTRY_FIELDS):
            raise PackageError("bad_manifest")
        entry = dict(zip(ENTRY_FIELDS, values))
        try:
            check_shape(entry)
        except EntryError:
            raise PackageError("bad_manifest") from None
        entries.append(entry)
        if len(entries) > MAX_ENTRIES:
            raise PackageError("too_large")
    return entries


def _check_tables(entries: list[dict], tables: dict) -> None:
    """The manifest's per-table counts and digests describe the lines exactly."""
    counts: dict[str, int] = {}
    digests: dict[str, hashlib._Hash] = {}
    for e in sorted(entries, key=lambda e: (e["origin"], e["seq"])):
        counts[e["table_name"]] = counts.get(e["table_name"], 0) + 1
        digests.setdefault(e["table_name"], hashlib.sha256()).update(canonical_line(e).encode("utf-8"))
    expected = {name: {"entries": counts[name], "digest": digests[name].hexdigest()} for name in counts}
    if expected != tables:
        raise PackageError("bad_manifest")


def _check_ranges(entries: list[dict], declared: dict) -> dict[str, list[int]]:
    """The manifest's change ranges per origin describe the lines exactly."""
    ranges: dict[str, list[int]] = {}
    for e in entries:
        r = ranges.setdefault(e["origin"], [e["seq"], e["seq"]])
        r[0], r[1] = min(r[0], e["seq"]), max(r[1], e["seq"])
    if ranges != {k: list(v) for k, v in declared.items()}:
        raise PackageError("bad_manifest")
    return ranges


def check_entries(entries: list[dict], local_site: str, trusted_key_for, origins: dict | None = None,
                  already: dict | None = None) -> tuple[list[dict], dict[str, int]]:
    """Everything a package's changes must satisfy before any is stored:
    the shape of each, one unbroken hash chain per origin, only synced tables
    and fields with fitting values, and the signature of the office each
    names as its author. Returns the changes to apply and the counts set
    aside (offices not trusted here)."""
    try:
        for e in entries:
            check_shape(e)
        _check_chains(entries, already or {})
        for e in entries:
            check_entry(e)
    except EntryError as exc:
        raise PackageError(exc.code, **exc.details) from None
    return _check_authors(entries, local_site, trusted_key_for, origins or {}, already or {})


def _check_chains(entries: list[dict], already: dict) -> None:
    from app.store.changelog import entry_hash

    by_origin: dict[str, list[dict]] = {}
    for e in entries:
        by_origin.setdefault(e["origin"], []).append(e)
    for origin, mine in by_origin.items():
        mine = sorted(mine, key=lambda e: e["seq"])
        seqs = [e["seq"] for e in mine]
        if seqs[-1] - seqs[0] + 1 != len(seqs) or len(set(seqs)) != len(seqs):
            raise PackageError("chain")
        prev = None
        for e in mine:
            if already.get((origin, e["seq"])) != e["hash"] and entry_hash(
                    e["origin"], e["seq"], e["hlc"], e["kind"], e["table_name"], e["row_id"], e["field"], e["value"],
                    e["base_hlc"], e["prev_hash"]) != e["hash"]:
                raise PackageError("chain")
            if prev is not None and e["prev_hash"] != prev:
                raise PackageError("chain")
            prev = e["hash"]


def _check_authors(entries: list[dict], local_site: str, trusted_key_for, origins: dict,
                   already: dict) -> tuple[list[dict], dict[str, int]]:
    """Every change must be signed by the office it names as its origin.

    A change of a trusted office with a wrong signature is a forgery: the
    whole package is refused. Changes of offices this one does not trust
    (never paired, or revoked) cannot be checked: they are set aside, not
    stored, and counted for the import report."""
    kept, set_aside = [], {}
    keys: dict[str, tuple[str | None, bool]] = {}
    for e in entries:
        origin = e["origin"]
        if origin not in keys:
            keys[origin] = trusted_key_for(origin)
        public_key, revoked = keys[origin]
        if already.get((origin, e["seq"])) == e["hash"]:
            kept.append(e)  # the same change is here, checked when it came
            continue
        if public_key is None or revoked:
            set_aside[origin] = set_aside.get(origin, 0) + 1
            continue
        if not identity.verify_entry(public_key, e["hash"], e["sig"]):
            name = origins.get(origin) if isinstance(origins.get(origin), str) else origin
            raise PackageError("forged_change", site=str(name)[:200])
        kept.append(e)
    return kept, set_aside
