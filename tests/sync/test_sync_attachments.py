"""Attachments travel with their records and arrive intact."""
from __future__ import annotations

import pytest

from app import paths
from app.services import applications as AP
from app.services import sync
from app.services.errors import ServiceError
from app.sync.validate import attachment_tables
from tests import competition_data as CD
from tests.sync import forge


def _attach(office, tmp_path, content: bytes, name="Арыз скан.PDF"):
    ids = CD.case_b(office.db)
    source = tmp_path / name
    source.write_bytes(content)
    row = AP.add_attachment(office.db, ids["app1"], source, note="скан")
    return ids, row


def test_an_attachment_arrives_with_its_application_and_opens_intact(offices, tmp_path):
    a, b = offices("village", "district")
    content = "Кожонова А. — арыз ң ө ү".encode() * 500
    _ids, row = _attach(a, tmp_path, content)
    res = sync.export_package(a.db, tmp_path / "p.demilge", to=b.site_id)
    assert res.attachments == 1 and res.missing_attachments == 0
    sync.import_package(b.db, res.path)
    path = AP.attachment_file(b.db, row.id)  # checked against its hash
    assert path.read_bytes() == content
    assert path == paths.attachment_blob(b.path, row.sha256, row.filename)
    assert a.dump() == b.dump()
    # and onwards from the district to a third office, with the same file
    c = offices("third")[0]
    for x, y in ((b, c), (c, b), (a, c), (c, a)):
        sync.trust(x.db, y.key)
    sync.import_package(c.db, b.package_to(c))
    assert AP.attachment_file(c.db, row.id).read_bytes() == content


def test_an_attachment_whose_file_is_not_what_its_name_says_is_refused(offices, tmp_path):
    """The sender (its key stolen, or its disk damaged) re-signs a package
    whose attached file is not the one its hash names. Fault: "attachment
    hash not checked"."""
    a, b = offices("village", "district")
    _ids, row = _attach(a, tmp_path, b"%PDF-1.4 the real scan" * 100)
    pkg = a.package_to(b)
    name = f"attachments/{row.sha256}"
    evil = forge.rebuild(pkg, tmp_path / "evil.demilge", signer_hex=a.signer_hex,
                         members=lambda parts: parts.update({name: b"%PDF-1.4 something else"}))
    before = b.dump()
    with pytest.raises(ServiceError) as err:
        sync.import_package(b.db, evil)
    assert err.value.key == "sync.bad.hash_mismatch"
    assert b.dump() == before
    blob = paths.attachment_blob(b.path, row.sha256, row.filename)
    assert not blob.exists()


def test_a_missing_file_at_the_sender_is_counted_and_the_row_still_travels(offices, tmp_path):
    a, b = offices("village", "district")
    _ids, row = _attach(a, tmp_path, b"scan" * 50)
    paths.attachment_blob(a.path, row.sha256, row.filename).unlink()
    res = sync.export_package(a.db, tmp_path / "p.demilge", to=b.site_id)
    assert res.attachments == 0 and res.missing_attachments == 1
    sync.import_package(b.db, res.path)
    with pytest.raises(ServiceError) as err:
        AP.attachment_file(b.db, row.id)
    assert err.value.key == "attachment.damaged"


def test_every_table_shaped_like_an_attachment_travels_the_same_way():
    """Found by shape (a sha256 and a filename column), not by name: a table
    for project attachments added later is carried the same way."""
    from app.store.base import Base
    from app.sync.canonical import synced_tables

    found = set(attachment_tables())
    assert "attachment" in found
    for name in synced_tables():
        cols = set(Base.metadata.tables[name].c.keys())
        assert (name in found) == ({"sha256", "filename"} <= cols)
