"""Several offices, each with its own database file, trusting each other.
On the postgresql backend every second office (the district in a pair) works on
a PostgreSQL database and the others on files: every package crosses backends."""
from __future__ import annotations

import pytest

from app.services import sync
from app.store.db import open_database
from app.sync.canonical import canonical_dump
from tests.conftest import open_new_office_file


class Office:
    def __init__(self, root, name, url=None):
        self.root = root / name
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / "office.sqlite3"
        self.db = open_database(url, lock=False) if url else open_new_office_file(path, lock=False)
        self.path = self.db.path
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
        with self.db.engine.connect() as conn:
            return canonical_dump(conn)

    def copy_file(self, src, dst) -> None:
        """Copy one SQLite file onto another with the online backup API, the
        office's pooled connections dropped first (to save a clean state of
        the office's file, or to put it back)."""
        import sqlite3

        self.db.engine.dispose()
        a, b = sqlite3.connect(str(src)), sqlite3.connect(str(dst))
        try:
            a.backup(b)
        finally:
            a.close()
            b.close()

    def close(self):
        self.db.close()


def make_offices(root, names, server=None):
    """server: a function giving a fresh PostgreSQL URL, for every second office."""
    offices = [Office(root, n, server() if server and i % 2 == 1 else None) for i, n in enumerate(names)]
    for a in offices:
        for b in offices:
            if a is not b:
                sync.trust(a.db, b.key)
    return offices


@pytest.fixture
def offices(tmp_path, backend, request):
    created = []
    server = request.getfixturevalue("pg_cluster").fresh if backend == "postgresql" else None

    def factory(*names):
        made = make_offices(tmp_path, names, server)
        created.extend(made)
        return made

    yield factory
    for o in created:
        o.close()
