"""Measure: every single-byte change and every truncation of a package is refused.

    python bench/package_mutations.py

Builds a small real package (one office's new municipality, with an attached
file), then
1. changes each byte in turn (XOR 0x01 and XOR 0xFF) and truncates the file
   at every length, and counts how many of these files the receiving office
   refuses (read_package, the check import_package runs before anything);
2. does the same with the file's outer SHA-256 (the zip comment) recomputed
   after each change, as a careful forger would, so that only the inner
   checks (signatures, the manifest's hashes, the zip structure) are left:
   a change there is either refused or did not alter anything the program
   reads (zip header fields it ignores, such as a file's time stamp).
Prints the counts (the README quotes them).
"""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TMP = Path(tempfile.mkdtemp(prefix="demilge-mutations-"))
os.environ.setdefault("DEMILGE_DATA_DIR", str(TMP / "data"))
os.environ.setdefault("DEMILGE_KEY_DIR", str(TMP / "keys"))

from app.services import sync  # noqa: E402
from app.store import db as store_db  # noqa: E402
from app.store.db import open_database  # noqa: E402
from app.sync.package import FILE_SEAL_PREFIX, PackageError, add_file_seal, read_package  # noqa: E402


def main() -> None:
    offices = {}
    for name in ("village", "district"):
        db = open_database(TMP / f"{name}.sqlite3", lock=False)
        sync.init_site(db, name)
        sync.export_key(db, TMP / f"{name}.json")
        offices[name] = db
    village, district = offices["village"], offices["district"]
    sync.trust(district, TMP / "village.json")
    sync.trust(village, TMP / "district.json")
    from tests import competition_data as CD
    from app.services import applications as AP

    scan = TMP / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of an application " * 8)
    comp = CD.case_b(village)
    AP.add_attachment(village, comp["app1"], scan)
    to = sync.site_info(district).site_id
    pkg = sync.export_package(village, TMP / "small.demilge", to=to).path
    data = pkg.read_bytes()
    with district.reader() as s:
        from sqlalchemy import select

        from app.store.sync_models import SyncPeer
        keys = {p.site_id: (p.public_key, False) for p in s.scalars(select(SyncPeer))}
    known = store_db.known_revisions()
    probe = TMP / "probe.demilge"
    original = read_package(pkg, local_site=to, trusted_key_for=lambda x: keys.get(x, (None, False)),
                            known_schemas=known)

    def outcome(raw: bytes) -> str:
        probe.write_bytes(raw)
        try:
            got = read_package(probe, local_site=to, trusted_key_for=lambda x: keys.get(x, (None, False)),
                               known_schemas=known)
        except PackageError:
            return "refused"
        same = (got.manifest == original.manifest and got.entries == original.entries
                and got.attachments == original.attachments)
        return "accepted, same content" if same else "ACCEPTED CHANGED"

    def reseal(raw: bytes) -> bytes:
        if len(raw) < 64 + len(FILE_SEAL_PREFIX) or raw[-64 - len(FILE_SEAL_PREFIX):-64] != FILE_SEAL_PREFIX:
            return raw
        return add_file_seal(raw)

    started = time.time()
    print(f"package: {len(data)} bytes, {len(original.entries)} changes, {len(original.attachments)} file(s); "
          f"sha256 {hashlib.sha256(data).hexdigest()[:16]}")
    for label, fix in (("as changed", lambda raw: raw), ("outer checksum recomputed", reseal)):
        for mask in (0x01, 0xFF):
            counts: dict[str, int] = {}
            for i in range(len(data)):
                raw = bytearray(data)
                raw[i] ^= mask
                result = outcome(fix(bytes(raw)))
                counts[result] = counts.get(result, 0) + 1
            print(f"single-byte changes (xor {mask:#04x}), {label}: {len(data)} tried, {counts}")
        counts = {}
        for n in range(len(data)):
            result = outcome(fix(data[:n]))
            counts[result] = counts.get(result, 0) + 1
        print(f"truncations, {label}: {len(data)} tried, {counts}")
    print(f"({time.time() - started:.0f} s)")
    for db in offices.values():
        db.close()


if __name__ == "__main__":
    main()
