"""Trust in what sync applies: changes signed by their author, hostile
packages refused whole (and not blocking later good ones), the order of
changes, ties, and one protocol closed at two offices.

Each test here was checked against a fault put into the code on purpose
(named in its docstring as "Fault:"): with the fault, the test fails.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import struct
import zipfile
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from app import i18n
from app.domain import enums as E
from app.domain.hlc import Stamp
from app.services import backup, sync
from app.services.errors import ServiceError
from app.store import models as M
from app.store.admin_models import AuditEntry, UserAccount
from app.store.sync_models import ChangeEntry
from app.sync.canonical import canonical_dump
from tests.sync import forge
from tests.sync.conftest import Office


def _municipality(office, name="Баткен шаары", population=25024) -> str:
    with office.db.session() as s:
        m = M.Municipality(name=name, kind=E.MunicipalityKind.CITY, population=population)
        s.add(m)
        s.flush()
        return m.id


def _population(office, mid):
    with office.db.reader() as s:
        row = s.get(M.Municipality, mid)
        return None if row is None else row.population


def _set_population(office, mid, value):
    with office.db.session() as s:
        s.get(M.Municipality, mid).population = value


def _copy(path, tmp_path, name):
    target = tmp_path / name
    shutil.copy(path, target)
    return target


def _refused(office, path, tmp_path, name="in.demilge"):
    """Import must refuse with a sync.bad.* message, change nothing, quarantine the file."""
    target = _copy(path, tmp_path, name) if path.name != name else path
    before = office.dump()
    with office.db.reader() as s:
        entries_before = s.scalar(select(ChangeEntry.seq).order_by(ChangeEntry.seq.desc()).limit(1))
        count_before = len(s.scalars(select(ChangeEntry.hash)).all())
    with pytest.raises(ServiceError) as err:
        sync.import_package(office.db, target)
    assert err.value.key.startswith("sync.bad."), err.value.key
    assert "quarantine" in err.value.params
    assert office.dump() == before
    with office.db.reader() as s:
        assert len(s.scalars(select(ChangeEntry.hash)).all()) == count_before  # nothing stored either
        assert s.scalar(select(ChangeEntry.seq).order_by(ChangeEntry.seq.desc()).limit(1)) == entries_before
    assert not target.exists()
    return err.value


def _next(office_or_entries, origin):
    """seq, prev_hash and a later HLC for a change following `origin`'s last."""
    if isinstance(office_or_entries, Office):
        seq, prev = office_or_entries.head()
    else:
        mine = [e for e in office_or_entries if e["origin"] == origin]
        last = max(mine, key=lambda e: e["seq"])
        seq, prev = last["seq"], last["hash"]
    return seq + 1, prev, Stamp(2_000_000_000_000, 0, origin).encode()


# ---------------------------------------------------------------------------
# 4. changes signed by their author


def test_relayed_change_keeps_its_author_signature_and_the_audit_names_the_author(offices):
    a, d, c = offices("village", "district", "other")
    mid = _municipality(a)
    sync.import_package(d.db, a.package_to(d))
    res = sync.import_package(c.db, d.package_to(c))  # relayed: c receives a's change from d
    assert res.applied > 0 and _population(c, mid) == 25024
    with a.db.reader() as s:
        sigs_a = {e.seq: e.sig for e in s.scalars(select(ChangeEntry).where(ChangeEntry.origin == a.site_id))}
    with c.db.reader() as s:
        sigs_c = {e.seq: e.sig for e in s.scalars(select(ChangeEntry).where(ChangeEntry.origin == a.site_id))}
        who = s.execute(select(AuditEntry.site_id, AuditEntry.user_name).where(AuditEntry.row_id == mid)).all()
    assert sigs_c == sigs_a and all(sigs_a.values())
    assert who and all(site == a.site_id and user == "sync:village" for site, user in who)


def test_a_change_forged_in_another_office_name_refuses_the_whole_package(offices, tmp_path):
    """Office d (trusted by c) writes a change as if office a made it, signed
    with its own key, next to a good change of its own. Fault: entries not
    checked against their author's key (or against the sender's) - "forged
    author accepted"."""
    a, d, c = offices("village", "district", "other")
    mid = _municipality(a)
    sync.import_package(d.db, a.package_to(d))
    sync.import_package(c.db, d.package_to(c))
    _municipality(d, "Кадамжай")  # a good change of the sender in the same package
    pkg = d.package_to(c)

    def add_forgery(entries):
        seq, prev, hlc = _next(a, a.site_id)
        return entries + [forge.make_entry(d.signer_hex, origin=a.site_id, seq=seq, prev_hash=prev, hlc=hlc,
                                           kind="set", table="municipality", row_id=mid, field="population",
                                           value=1)]

    evil = forge.rebuild(pkg, tmp_path / "evil.demilge", signer_hex=d.signer_hex, entries=add_forgery)
    err = _refused(c, evil, tmp_path)
    assert err.key == "sync.bad.forged_change" and err.params["site"] == "village"
    assert _population(c, mid) == 25024
    # the real package of d still goes in
    assert sync.import_package(c.db, pkg).applied > 0


def test_changes_of_an_office_not_trusted_here_are_set_aside_until_it_is(offices, tmp_path):
    a, d = offices("village", "district")
    stranger = Office(tmp_path / "x", "stranger")
    try:
        sync.trust(stranger.db, d.key)
        sync.trust(d.db, stranger.key)
        sid = _municipality(stranger, "Бөтөн")
        sync.import_package(d.db, stranger.package_to(d))
        before = a.dump()
        res = sync.import_package(a.db, d.package_to(a))
        assert res.set_aside > 0 and res.set_aside_offices == ("stranger",)
        assert "stranger" in res.set_aside_text()
        assert a.dump() == before and _population(a, sid) is None
        sync.trust(a.db, stranger.key)
        res = sync.import_package(a.db, d.package_to(a))
        assert res.set_aside == 0 and _population(a, sid) == 25024
    finally:
        stranger.close()


def test_a_changed_manifest_is_refused_even_with_the_file_checksum_recomputed(offices, tmp_path):
    """Fault: "signature check always passing" (identity.verify returns True)."""
    a, b = offices("a", "b")
    _municipality(a)
    pkg = a.package_to(b)
    evil = forge.rebuild(pkg, tmp_path / "evil.demilge", signer_hex=None,
                         manifest=lambda m: m.update(created_at="2030-01-01T00:00:00+00:00"))
    assert _refused(b, evil, tmp_path).key == "sync.bad.bad_signature"


def test_the_changes_file_must_be_exactly_the_one_the_manifest_names(offices, tmp_path):
    """Every change inside is still signed, only the file's bytes differ (a
    blank line, spaces): refused, because the signed manifest names its
    SHA-256. Fault: "the changes file not bound to the signed manifest"."""
    a, b = offices("a", "b")
    _municipality(a)
    pkg = a.package_to(b)
    _m, entries, _parts = forge.unpack(pkg)
    spaced = (forge.body_of(entries).decode().replace('","', '", "') + "\n").encode()
    evil = forge.rebuild(pkg, tmp_path / "evil.demilge", signer_hex=None, describe_parts=False, body=spaced)
    err = _refused(b, evil, tmp_path)
    assert err.key == "sync.bad.hash_mismatch" and err.params["name"] == "changes.jsonl"


# ---------------------------------------------------------------------------
# 5. hostile packages


@pytest.mark.parametrize("table,field,value,code", [
    ("user_account", "role", "admin", "sync.bad.unknown_table"),          # a real table, never synced
    ("sqlite_master", "sql", "x", "sync.bad.unknown_table"),
    ("no_such_table", "x", 1, "sync.bad.unknown_table"),
    ("municipality", "password_hash", "x", "sync.bad.unknown_field"),
    ("municipality", "id", "x", "sync.bad.unknown_field"),
    ("municipality", "population", "many", "sync.bad.bad_value"),
    ("municipality", "population", [1, 2], "sync.bad.bad_value"),
    ("municipality", "kind", "castle", "sync.bad.bad_value"),
    ("municipality", "name", {"a": 1}, "sync.bad.bad_value"),
    ("municipality", "deleted_at", "yesterday", "sync.bad.bad_value"),
])
def test_a_change_outside_the_synced_tables_and_fields_refuses_the_package(offices, tmp_path, table, field, value,
                                                                          code):
    """Signed by the office it names (its key was stolen, or its program is
    broken), yet refused with a message, quarantined, nothing applied; the
    office's later good packages still go in. Fault: "unknown table applied"
    (the allow-list check in app.sync.validate removed)."""
    a, b = offices("a", "b")
    mid = _municipality(a)
    pkg = a.package_to(b)
    row_id = mid if table == "municipality" else "8d4b8f8e-0000-4000-8000-000000000001"

    def add(entries):
        seq, prev, hlc = _next(entries, a.site_id)
        kind = "ins" if table != "municipality" else "set"
        return entries + [forge.make_entry(a.signer_hex, origin=a.site_id, seq=seq, prev_hash=prev, hlc=hlc,
                                           kind=kind, table=table, row_id=row_id, field=field,
                                           value=json.dumps(value))]

    evil = forge.rebuild(pkg, tmp_path / "evil.demilge", signer_hex=a.signer_hex, entries=add)
    err = _refused(b, evil, tmp_path)
    assert err.key == code
    for lang in ("ky", "ru", "en"):
        text = i18n.t(err.key, lang=lang, **{k: v for k, v in err.params.items() if k != "quarantine"})
        assert text and "{" not in text and "sync.bad" not in text
    with b.db.reader() as s:
        assert s.scalar(select(UserAccount.id).where(UserAccount.role == "admin")) is None
    sync.import_package(b.db, pkg)  # the good package from the same office is not blocked
    assert _population(b, mid) == 25024


def test_a_seal_naming_an_unknown_table_is_refused(offices, tmp_path):
    a, b = offices("a", "b")
    mid = _municipality(a)
    pkg = a.package_to(b)

    def add(entries):
        seq, prev, hlc = _next(entries, a.site_id)
        snap = {"meeting": [{"id": mid}], "user_account": [{"id": "u", "role": "admin"}]}
        return entries + [forge.make_entry(a.signer_hex, origin=a.site_id, seq=seq, prev_hash=prev, hlc=hlc,
                                           kind="seal", table="meeting", row_id=mid, field="__seal__",
                                           value=json.dumps(snap))]

    evil = forge.rebuild(pkg, tmp_path / "evil.demilge", signer_hex=a.signer_hex, entries=add)
    assert _refused(b, evil, tmp_path).key in ("sync.bad.unknown_table", "sync.bad.bad_value")


def _with_compression_method(raw: bytes, name: bytes, method: int) -> bytes:
    """Set a member's compression method in both zip headers (as a rare tool would write)."""
    data = bytearray(raw)
    for sig, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            name_at = i + (30 if sig == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                data[i + offset:i + offset + 2] = struct.pack("<H", method)
            start = i + 4
    return bytes(data)


def _sealed(raw: bytes) -> bytes:
    from app.sync.package import add_file_seal

    return add_file_seal(raw)


def test_every_failure_of_the_zip_layer_is_a_refusal_not_a_traceback(offices, tmp_path):
    a, b = offices("a", "b")
    _municipality(a)
    pkg = a.package_to(b)
    _m, _e, parts = forge.unpack(pkg)
    cases = {}
    # an unknown compression method: zipfile raises NotImplementedError
    stored = forge.pack(tmp_path / "stored.demilge", parts, compress=zipfile.ZIP_STORED).read_bytes()
    cases["method"] = _sealed(_with_compression_method(stored, b"changes.jsonl", 99))
    # encrypted flag
    enc = bytearray(stored)
    i = enc.find(b"PK\x01\x02")
    enc[i + 8] |= 1
    cases["encrypted"] = _sealed(bytes(enc))
    # a zip bomb, signed by its sender: a few hundred kilobytes that unpack
    # into more than an attached file may be (refused before unpacking)
    zeros = b"\0" * (80 << 20)
    name = "attachments/" + hashlib.sha256(zeros).hexdigest()
    cases["bomb"] = forge.rebuild(pkg, tmp_path / "bomb.demilge", signer_hex=a.signer_hex,
                                  members=lambda p: p.update({name: zeros})).read_bytes()
    assert len(cases["bomb"]) < 1 << 20
    # a header that lies about the size it unpacks to
    lie = bytearray(stored)
    for sig, offset, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (j := lie.find(sig, start)) >= 0:
            if lie[j + name_at:j + name_at + 13] == b"changes.jsonl":
                lie[j + offset:j + offset + 4] = struct.pack("<I", 3)
            start = j + 4
    cases["lying_size"] = _sealed(bytes(lie))
    # manifests that are not what they should be
    for label, manifest in {"not_json": b"{", "list": b"[]", "deep": b"[" * 100000,
                            "types": json.dumps({"sender": {"site_id": 5}}).encode(),
                            "utf": b"\xff\xfe"}.items():
        cases[label] = forge.pack(tmp_path / f"{label}.demilge", {**parts, "manifest.json": manifest}).read_bytes()
    cases["empty"] = b""
    cases["garbage"] = b"PK\x03\x04" + b"\0" * 300
    for label, raw in cases.items():
        p = tmp_path / f"case-{label}.demilge"
        p.write_bytes(raw)
        err = _refused(b, p, tmp_path, p.name)
        assert err.key in ("sync.bad.not_zip", "sync.bad.too_large", "sync.bad.bad_manifest",
                           "sync.bad.hash_mismatch", "sync.bad.bad_signature"), (label, err.key)


def test_a_second_history_of_an_office_is_refused_and_stores_nothing(offices, tmp_path):
    """The same change number with other content (a forged or forked
    history): refused whole, and the office's true history still goes in."""
    a, b = offices("a", "b")
    mid = _municipality(a)
    sync.import_package(b.db, a.package_to(b))
    _set_population(a, mid, 30000)
    good = a.package_to(b)

    with b.db.reader() as s:
        have = s.scalar(select(ChangeEntry.seq).where(ChangeEntry.origin == a.site_id)
                        .order_by(ChangeEntry.seq.desc()).limit(1))
        prev = s.scalar(select(ChangeEntry.hash).where(ChangeEntry.origin == a.site_id,
                                                       ChangeEntry.seq == have - 1))
    other = forge.make_entry(a.signer_hex, origin=a.site_id, seq=have, prev_hash=prev,
                             hlc=Stamp(2_000_000_000_000, 0, a.site_id).encode(), kind="set",
                             table="municipality", row_id=mid, field="population", value=1)
    evil = forge.rebuild(good, tmp_path / "fork.demilge", signer_hex=a.signer_hex, entries=lambda es: [other])
    assert _refused(b, evil, tmp_path).key == "sync.bad.chain"
    sync.import_package(b.db, good)
    assert _population(b, mid) == 30000


# ---------------------------------------------------------------------------
# order, sealed protocols, backups


def test_changes_wait_for_the_ones_before_them(offices, tmp_path):
    """A package whose changes follow ones not yet here applies nothing; when
    the missing ones come, all are applied. Fault: "entries applied without
    waiting for gaps"."""
    a, b = offices("a", "b")
    first = _municipality(a, "Биринчи")
    seq_first, _ = a.head()
    _set_population(a, first, 7)
    second = _municipality(a, "Экинчи")
    full = a.package_to(b)
    later = forge.rebuild(full, tmp_path / "later.demilge", signer_hex=a.signer_hex, fresh_id=True,
                          entries=lambda es: [e for e in es if e["origin"] != a.site_id or e["seq"] > seq_first])
    early = forge.rebuild(full, tmp_path / "early.demilge", signer_hex=a.signer_hex, fresh_id=True,
                          entries=lambda es: [e for e in es if e["origin"] != a.site_id or e["seq"] <= seq_first])
    before = b.dump()
    res = sync.import_package(b.db, later)
    assert res.applied == 0 and res.waiting > 0
    assert b.dump() == before and _population(b, second) is None
    res = sync.import_package(b.db, early)
    assert res.waiting == 0
    assert _population(b, first) == 7 and _population(b, second) == 25024
    assert b.dump() == a.dump()


def _meeting(office) -> dict[str, str]:
    with office.db.session() as s:
        mun = M.Municipality(name="Баткен", kind=E.MunicipalityKind.CITY)
        s.add(mun)
        s.flush()
        comp = M.Competition(municipality_id=mun.id, kind=E.CompetitionKind.MSZ, year=2018, title="МСЗ",
                             total_allocation_tyiyn=5_000_000, max_grant_tyiyn=5_000_000)
        s.add(comp)
        s.flush()
        com = M.Commission(competition_id=comp.id, name="Комиссия")
        s.add(com)
        s.flush()
        member = M.CommissionMember(commission_id=com.id, full_name="Ташиев Нурлан", role=E.MemberRole.CHAIR,
                                    category=E.MemberCategory.COMMUNITY)
        s.add(member)
        s.flush()
        meet = M.Meeting(commission_id=com.id, number=1, held_on=date(2018, 6, 20), place="Мэрия")
        s.add(meet)
        s.flush()
        att = M.Attendance(meeting_id=meet.id, member_id=member.id, present=True)
        s.add(att)
        s.flush()
        return {"meeting": meet.id, "attendance": att.id, "member": member.id}


def _close(office, meeting_id, content_hash="a" * 64):
    with office.db.session() as s:
        meet = s.get(M.Meeting, meeting_id)
        meet.status = E.MeetingStatus.CLOSED
        meet.closed_at = datetime(2018, 6, 20, 12, 0, tzinfo=timezone.utc)
        meet.content_hash = content_hash


def _protocol(office, meeting_id):
    from app.store.changelog import protocol_snapshot

    with office.db.reader() as s:
        return protocol_snapshot(s, meeting_id)


def test_an_edit_to_a_closed_protocol_is_refused_and_listed(offices):
    """Office c edits the attendance of a protocol that a closed meanwhile.
    Fault: "sync no longer refusing edits to a sealed protocol"."""
    a, b, c = offices("a", "b", "c")
    ids = _meeting(a)
    pkg = a.package_to(None)
    sync.import_package(b.db, _copy(pkg, a.root, "p1.demilge"))
    sync.import_package(c.db, _copy(pkg, a.root, "p2.demilge"))
    with c.db.session() as s:  # c has it open still
        s.get(M.Attendance, ids["attendance"]).present = False
        s.get(M.Meeting, ids["meeting"]).place = "Айыл өкмөтү"
    _close(a, ids["meeting"])
    sync.import_package(b.db, a.package_to(b))
    sealed = _protocol(b, ids["meeting"])
    sync.import_package(b.db, c.package_to(b))
    assert _protocol(b, ids["meeting"]) == sealed == _protocol(a, ids["meeting"])
    refused = [x for x in sync.list_conflicts(b.db) if x.kind == "hard"]
    assert {x.table_name for x in refused} >= {"attendance", "meeting"}


def test_edits_to_a_row_refused_with_a_closed_protocol_do_not_wait_for_ever(offices):
    """Office c adds an attendance row to a protocol that a closed meanwhile,
    then edits it: the insert is refused at b, and so is the edit, instead of
    waiting for a row that will never come. Fault: "a set-change for a row
    that will never arrive waits" (Applier._never_here always False)."""
    a, b, c = offices("a", "b", "c")
    ids = _meeting(a)
    pkg = a.package_to(None)
    sync.import_package(b.db, _copy(pkg, a.root, "p1.demilge"))
    sync.import_package(c.db, _copy(pkg, a.root, "p2.demilge"))
    with c.db.session() as s:  # c has it open still
        with s.no_autoflush:
            com = s.get(M.Meeting, ids["meeting"]).commission_id
        member = M.CommissionMember(commission_id=com, full_name="Осмонова Айгүл", role=E.MemberRole.MEMBER,
                                    category=E.MemberCategory.COMMUNITY)
        s.add(member)
        s.flush()
        att = M.Attendance(meeting_id=ids["meeting"], member_id=member.id, present=True)
        s.add(att)
        s.flush()
        att_id = att.id
    with c.db.session() as s:
        s.get(M.Attendance, att_id).present = False
    _close(a, ids["meeting"])
    sync.import_package(b.db, a.package_to(b))
    sealed = _protocol(b, ids["meeting"])
    result = sync.import_package(b.db, c.package_to(b))
    assert result.waiting == 0
    assert _protocol(b, ids["meeting"]) == sealed
    with b.db.reader() as s:
        states = s.execute(select(ChangeEntry.kind, ChangeEntry.state).where(
            ChangeEntry.row_id == att_id)).all()
        assert s.get(M.Attendance, att_id) is None
    assert states and {st for _, st in states} == {"refused"}, states


def test_import_makes_a_backup_of_the_database_as_it_was(offices):
    """Fault: "no backup before import"."""
    a, b = offices("a", "b")
    _municipality(a)
    before = b.dump()
    sync.import_package(b.db, a.package_to(b))
    copies = [x for x in backup.list_backups(b.path) if x.reason == "before-import"]
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0].path)
    try:
        assert canonical_dump(conn) == before
    finally:
        conn.close()


# ---------------------------------------------------------------------------
# 6. which side wins


def _at(office, wall_ms):
    office.db.info["clock"] = lambda: wall_ms


def test_which_edit_wins_a_later_time_then_on_an_exact_tie_the_higher_office_id(offices):
    """Fault: "equal-time tie-break reversed" (app.domain.hlc.later)."""
    a, b = offices("a", "b")
    mid = _municipality(a)
    sync.import_package(b.db, a.package_to(b))
    t = 2_000_000_000_000
    # later wall time wins, whichever office it is
    low, high = sorted((a, b), key=lambda o: o.site_id)
    _at(high, t)
    _at(low, t + 5)
    _set_population(high, mid, 111)
    _set_population(low, mid, 222)
    sync.import_package(a.db, b.package_to(a))
    sync.import_package(b.db, a.package_to(b))
    assert _population(a, mid) == _population(b, mid) == 222
    # an exact tie (same wall time and counter at both): the higher site id wins
    t2 = t + 60_000
    _at(a, t2)
    _at(b, t2)
    _set_population(a, mid, 1000)
    _set_population(b, mid, 2000)
    with a.db.reader() as s:
        stamp_a = s.scalar(select(ChangeEntry.hlc).where(ChangeEntry.origin == a.site_id)
                           .order_by(ChangeEntry.seq.desc()).limit(1))
    with b.db.reader() as s:
        stamp_b = s.scalar(select(ChangeEntry.hlc).where(ChangeEntry.origin == b.site_id)
                           .order_by(ChangeEntry.seq.desc()).limit(1))
    sa, sb = Stamp.decode(stamp_a), Stamp.decode(stamp_b)
    assert (sa.wall_ms, sa.counter) == (sb.wall_ms, sb.counter)  # really a tie
    sync.import_package(a.db, b.package_to(a))
    sync.import_package(b.db, a.package_to(b))
    expected = 1000 if a.site_id > b.site_id else 2000
    assert _population(a, mid) == _population(b, mid) == expected
    assert a.dump() == b.dump()
    assert any(x.kind == "concurrent" and x.field == "population" for x in sync.list_conflicts(a.db))


def _close_both(a, b, ids, wall_a, wall_b):
    """a and b close the same open protocol, each with its own attendance."""
    with a.db.session() as s:
        s.get(M.Attendance, ids["attendance"]).present = True
    with b.db.session() as s:
        s.get(M.Attendance, ids["attendance"]).present = False
    _at(a, wall_a)
    _at(b, wall_b)
    _close(a, ids["meeting"], "a" * 64)
    _close(b, ids["meeting"], "b" * 64)


def _seal_stamp(office, meeting_id):
    with office.db.reader() as s:
        return s.scalar(select(ChangeEntry.hlc).where(ChangeEntry.kind == "seal", ChangeEntry.row_id == meeting_id,
                                                      ChangeEntry.origin == office.site_id))


@pytest.mark.parametrize("order", ["a-first", "b-first"])
def test_a_protocol_closed_at_two_offices_becomes_the_earlier_seal_everywhere(offices, tmp_path, order):
    a, b, c = offices("a", "b", "c")
    ids = _meeting(a)
    pkg = a.package_to(None)
    for o in (b, c):
        sync.import_package(o.db, _copy(pkg, tmp_path, f"seed-{o.name}.demilge"))
    t = 2_000_000_000_000
    _close_both(a, b, ids, t, t + 1000)  # a closed one second earlier
    winner = _protocol(a, ids["meeting"])
    pa, pb = a.package_to(None), b.package_to(None)
    first, second = (pa, pb) if order == "a-first" else (pb, pa)
    sync.import_package(c.db, _copy(first, tmp_path, "c1.demilge"))
    sync.import_package(c.db, _copy(second, tmp_path, "c2.demilge"))
    sync.import_package(b.db, _copy(pa, tmp_path, "b.demilge"))
    sync.import_package(a.db, _copy(pb, tmp_path, "a.demilge"))
    for o in (a, b, c):
        assert _protocol(o, ids["meeting"]) == winner, o.name
        seals = [x for x in sync.list_conflicts(o.db) if x.kind == "seal"]
        assert len(seals) == 1, o.name
        assert seals[0].kept_hlc == _seal_stamp(a, ids["meeting"])
        assert seals[0].other_hlc == _seal_stamp(b, ids["meeting"])
        assert "a" in seals[0].kept_value and "b" in seals[0].other_value  # the offices, in words
    assert a.dump() == b.dump() == c.dump()
    with b.db.reader() as s:  # b's audit trail says who replaced its protocol
        who = s.execute(select(AuditEntry.site_id).where(AuditEntry.row_id == ids["attendance"],
                                                         AuditEntry.field == "present")).scalars().all()
    assert a.site_id in who
    # the closed protocol still refuses edits at the office that lost
    with pytest.raises(Exception):
        with b.db.session() as s:
            s.get(M.Attendance, ids["attendance"]).present = False


def test_two_seals_with_the_same_stamp_go_to_the_lower_office_id(offices, tmp_path):
    """Fault: "equal-time tie-break reversed" for seals (app.domain.hlc.seal_wins)."""
    a, b = offices("a", "b")
    ids = _meeting(a)
    sync.import_package(b.db, a.package_to(b))
    t = 2_000_000_000_000
    _close_both(a, b, ids, t, t)
    sa, sb = Stamp.decode(_seal_stamp(a, ids["meeting"])), Stamp.decode(_seal_stamp(b, ids["meeting"]))
    assert (sa.wall_ms, sa.counter) == (sb.wall_ms, sb.counter)
    low = a if a.site_id < b.site_id else b
    expected = _protocol(low, ids["meeting"])
    sync.import_package(b.db, a.package_to(b))
    sync.import_package(a.db, b.package_to(a))
    assert _protocol(a, ids["meeting"]) == _protocol(b, ids["meeting"]) == expected
