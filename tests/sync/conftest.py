"""Several offices, each with its own database file, trusting each other."""
from __future__ import annotations

import sqlite3

import pytest

from app.services import sync
from app.store.db import open_database
from app.sync.canonical import canonical_dump


class Office:
    def __init__(self, root, name):
        self.root = root / name
        self.root.mkdir(parents=True, exist_ok=True)
        self.path = self.root / "office.sqlite3"
        self.db = open_database(self.path, lock=False)
        sync.init_site(self.db, name)
        self.key = sync.export_key(self.db, self.root / "key.json")
        self.name = name
        self.site_id = sync.site_info(self.db).site_id
        self.n = 0

    def package_to(self, other=None):
        self.n += 1
        out = self.root / f"to-{other.name if other else 'all'}-{self.n}.demilge"
        sync.export_package(self.db, out, to=other.site_id if other else None)
        return out

    @property
    def signer_hex(self) -> str:
        """This office's private key (what a thief of its key file would have)."""
        return self.db.info["signer"].private_hex

    def head(self) -> tuple[int, str]:
        """(seq, hash) of this office's last change."""
        from app.store.changelog import last_of_origin

        with self.db.reader() as s:
            return last_of_origin(s, self.site_id)

    def dump(self) -> str:
        conn = sqlite3.connect(self.path)
        try:
            return canonical_dump(conn)
        finally:
            conn.close()

    def close(self):
        self.db.close()


def make_offices(root, names):
    offices = [Office(root, n) for n in names]
    for a in offices:
        for b in offices:
            if a is not b:
                sync.trust(a.db, b.key)
    return offices


@pytest.fixture
def offices(tmp_path):
    created = []

    def factory(*names):
        made = make_offices(tmp_path, names)
        created.extend(made)
        return made

    yield factory
    for o in created:
        o.close()
