"""Property: offices that edit offline and exchange packages in any way end
identical, and every closed protocol is the one its winning seal says.

2 or 3 offices with skewed clocks insert, edit and delete rows of every
synced table (worldgen: read from the models, so a new table is covered as
soon as it exists), close protocols (the same one at two offices too), and
edit the same field at the same moment; packages are duplicated, reordered,
dropped and replayed, some go through a district, a few travel as real
files. After everyone has exchanged everything, the canonical dumps are
equal, nothing waits, and each closed protocol equals the snapshot of the
seal with the earliest stamp (app.domain.hlc.seal_wins).

Most packages are handed over in memory, through the same steps as
`import_package` after it has read the file and made its backup (checks of
every change, history, apply in one transaction): that keeps 200 examples
within a few tens of seconds. The file layer, backups and refusals have
their own tests.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st
from sqlalchemy import select, text

from app.domain import enums as E
from app.domain.hlc import seal_wins
from app.services import sync
from app.store import models as M
from app.store.changelog import protocol_snapshot
from app.store.db import open_database
from app.store.models import Site
from app.store.sync_models import ChangeEntry, SyncPackage, SyncPeer
from app.sync.package import check_entries
from tests.sync import worldgen as W
from tests.sync.conftest import Office

EXAMPLES = int(os.environ.get("DEMILGE_SYNC_EXAMPLES", "200"))  # at least 200 in CI, over all tables
MAX_OFFICES = 3
TOUR = 3  # tables each example inserts into, edits and deletes from, from its parameter on
EDITED: dict[str, set[str]] = {}  # table -> kinds of edits made (insert, update, delete)
TRIED: dict[tuple[str, str], int] = {}
WORLDS: dict[str, int] = {}  # first table -> examples run to the end (passed) in this process

# property runs and every-order runs: over pyproject's 60 s per test when the machine is busy
pytestmark = pytest.mark.timeout(600)


class PoolOffice(Office):
    """An office made once per module and put back to its clean state
    (a copy of its file) before each example."""

    def __init__(self, root, name, template):
        self.root = root / name
        self.root.mkdir(parents=True, exist_ok=True)
        self.path = self.root / "office.sqlite3"
        shutil.copy(template, self.path)
        self.db = open_database(self.path, lock=False)
        self.skew = 0
        self.world = [0]
        self.db.info["clock"] = self.now
        sync.init_site(self.db, name)  # a copied file becomes a new office
        self.key = sync.export_key(self.db, self.root / "key.json")
        self.name = name
        self.site_id = sync.site_info(self.db).site_id
        self.public_key = sync.ident_public(self.db)
        self.clean = self.root / "clean.sqlite3"
        self.trusted = self.names = None
        self.n = 0

    def now(self) -> int:
        return self.world[0] + self.skew

    def snapshot_clean(self) -> None:
        self.copy_file(self.path, self.clean)

    def reset(self, world, skew) -> None:
        self.copy_file(self.clean, self.path)
        self.world, self.skew = world, skew


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    # real database files; in memory-backed /dev/shm where there is one, so
    # that thousands of commits do not wait for a disk shared with other jobs
    shm = Path("/dev/shm")
    root = Path(tempfile.mkdtemp(prefix="demilge-pool-", dir=shm)) if shm.is_dir() and os.access(shm, os.W_OK) \
        else tmp_path_factory.mktemp("pool")
    template = root / "template.sqlite3"
    db = open_database(template, lock=False)
    rng = random.Random(7)
    with db.session() as s:  # one row in every synced table, to be edited anywhere
        for table in W.tables():
            for _ in range(20):
                if W.insert_row(s, table, rng):
                    break
            else:
                raise AssertionError(f"worldgen cannot make a row of {table}: add a hint in tests/sync/worldgen.py")
    db.close()
    offices = [PoolOffice(root, f"o{i}", template) for i in range(MAX_OFFICES)]
    for a in offices:
        for b in offices:
            if a is not b:
                sync.trust(a.db, b.key)
    for _ in range(2):  # every office knows what the others have: examples send only their own edits
        for a in offices:
            for b in offices:
                if a is not b:
                    hand_over(b, make_parcel(a, b))
    for o in offices:
        o.snapshot_clean()
    yield offices
    for o in offices:
        o.close()
    shutil.rmtree(root, ignore_errors=True)


@dataclass
class Parcel:
    """A package in flight: what `export_package` would have put in the file."""
    src: PoolOffice
    recipient: str
    vector: dict
    entries: list
    package_id: str = field(default_factory=lambda: str(uuid.uuid4()))


def make_parcel(src: PoolOffice, target: PoolOffice | None) -> Parcel:
    with src.db.reader() as s:
        known = json.loads(s.get(SyncPeer, target.site_id).known_vector or "{}") if target else {}
        vector, entries = sync._collect(s, target.site_id if target else "*", known)
    return Parcel(src, target.site_id if target else "*", vector, entries)


def hand_over(target: PoolOffice, parcel: Parcel) -> None:
    """import_package's steps after reading the file and backing up."""
    if parcel.src is target or parcel.recipient not in ("*", target.site_id) or not parcel.entries:
        return
    with target.db.reader() as s:
        if s.get(SyncPackage, parcel.package_id) is not None:
            return
        if target.trusted is None:  # the offices trust each other from the start to the end
            target.trusted = sync._trusted_keys(s, target.site_id, target.public_key)
            target.names = {x.id: x.name for x in s.scalars(select(Site))}
        trusted, names = target.trusted, target.names
    kept, aside = check_entries(parcel.entries, target.site_id, trusted, already=sync._already(target.db)(
        parcel.entries))
    assert not aside
    sync._apply(target.db, target.site_id, parcel.package_id, parcel.src.site_id, kept, parcel.vector, names,
                target.now())


def by_file(src: PoolOffice, target: PoolOffice) -> None:
    """The whole way: a package file written, read back, imported."""
    out = src.package_to(target)
    sync.import_package(target.db, out, now_ms=target.now())


def _note(table: str, kind: str) -> None:
    EDITED.setdefault(table, set()).add(kind)


def local_step(o: PoolOffice, op: str, rng: random.Random, table: str | None = None) -> None:
    """One user action at office `o` (a refused one changes nothing)."""
    table = table or rng.choice(W.tables())
    TRIED[(table, op)] = TRIED.get((table, op), 0) + 1
    try:
        with o.db.session() as s:
            if op == "insert":
                if W.insert_row(s, table, rng):
                    _note(table, "insert")
                return
            ids = W.live_ids(s, table)
            if not ids:
                return
            row = rng.choice(ids)
            if op == "delete" and W.delete_row(s, table, row):
                _note(table, "delete")
            elif op == "edit" and W.edit_row(s, table, row, rng):
                s.flush()
                _note(table, "update")
    except Exception as exc:  # a local rule refused it (a check, a closed protocol): nothing happened
        if "IntegrityError" not in type(exc).__name__:
            raise


def close_meeting(o: PoolOffice, rng: random.Random) -> None:
    with o.db.session() as s:
        open_ones = list(s.scalars(select(M.Meeting.id).where(M.Meeting.status == E.MeetingStatus.OPEN,
                                                               M.Meeting.deleted_at.is_(None))
                                   .order_by(M.Meeting.id)))
        if not open_ones:
            return
        meet = s.get(M.Meeting, rng.choice(open_ones))
        meet.status = E.MeetingStatus.CLOSED
        meet.closed_at = datetime.now(timezone.utc).replace(microsecond=0)
        meet.content_hash = f"{rng.getrandbits(256):064x}"


def run_world(data, n: int, pool, first_table: str | None = None):
    world = [1_800_000_000_000]
    # values, tables and rows come from a generator Hypothesis seeds (a drawn
    # integer seed repeats too often to reach every table)
    rng = data.draw(st.randoms(use_true_random=True), label="rng")
    offices = pool[:n]
    for i, o in enumerate(offices):
        skew = data.draw(st.sampled_from([0, 0, 0, 5, -5, 60_000, -3_600_000, 90_000_000]), label=f"skew{i}")
        o.reset(world, skew)
    district = offices[0]
    in_flight: list[tuple[PoolOffice, Parcel]] = []
    # a stretch of the synced tables, each inserted into, edited and deleted
    # from at some office: over the run every table is (see the test after)
    tables = W.tables()
    start = tables.index(first_table) if first_table else rng.randrange(len(tables))
    for k in range(TOUR):
        table = tables[(start + k) % len(tables)]
        for op in ("insert", "edit", "delete"):
            local_step(offices[rng.randrange(n)], op, rng, table)

    def sync_all():
        # a day when every office exchanged through the district: their
        # clocks meet, so the next edits carry equal wall times (ties to break)
        for a in offices[1:]:
            hand_over(district, make_parcel(a, district))
        for b in offices[1:]:
            hand_over(b, make_parcel(district, b))

    def race(first, second):
        """Two offices edit the same field at the same moment, offline."""
        if first is second:
            return
        with first.db.reader() as s:
            ids = W.live_ids(s, "municipality")
        if not ids:
            return
        mid = rng.choice(ids)
        for who in (first, second):
            with who.db.session() as s:
                row = s.get(M.Municipality, mid)
                if row is not None:
                    row.population = rng.randrange(10_000)

    steps = data.draw(st.integers(2, 10), label="steps")
    for _ in range(steps):
        world[0] += data.draw(st.sampled_from([0, 0, 1, 7, 1000]), label="tick")
        o = offices[data.draw(st.integers(0, n - 1), label="office")]
        op = data.draw(st.sampled_from(["insert", "edit", "edit", "edit", "delete", "close", "send", "send",
                                        "deliver", "sync_all", "race", "close_both"]), label="op")
        if op in ("insert", "edit", "delete"):
            for _ in range(rng.randint(1, 3)):
                local_step(o, op, rng)
        elif op == "close":
            close_meeting(o, rng)
        elif op == "close_both":
            # the same open protocol closed at two offices before they meet
            sync_all()
            other = offices[(offices.index(o) + 1) % n]
            seed = rng.getrandbits(32)
            close_meeting(o, random.Random(seed))
            close_meeting(other, random.Random(seed))
        elif op == "send":
            target = offices[data.draw(st.integers(0, n - 1), label="to")]
            if target is o:
                continue
            fate = data.draw(st.sampled_from(["now", "later", "dup", "drop", "via", "file"]), label="fate")
            if fate == "file" and rng.random() < 0.3:
                by_file(o, target)
                continue
            parcel = make_parcel(o, target if rng.random() < 0.5 else None)
            if fate == "now":
                hand_over(target, parcel)
            elif fate == "later":
                in_flight.append((target, parcel))
            elif fate == "dup":
                hand_over(target, parcel)
                in_flight.append((target, parcel))
            elif fate == "via" and o is not district and target is not district:
                hand_over(district, make_parcel(o, None))
                in_flight.append((target, make_parcel(district, target)))
        elif op in ("sync_all", "race"):
            sync_all()
            if op == "race":
                race(o, offices[data.draw(st.integers(0, n - 1), label="rival")])
        elif op == "deliver" and in_flight:
            idx = data.draw(st.integers(0, len(in_flight) - 1), label="which")
            target, parcel = in_flight.pop(idx)
            hand_over(target, parcel)

    # replay whatever is still travelling, in a random order, then full exchange
    rng.shuffle(in_flight)
    for target, parcel in in_flight:
        hand_over(target, parcel)
    sync_all()
    race(offices[data.draw(st.integers(0, n - 1), label="racer")], offices[-1])
    sync_all()
    return offices


def winning_seals(office) -> dict[str, dict]:
    with office.db.reader() as s:
        rows = s.execute(select(ChangeEntry.row_id, ChangeEntry.hlc, ChangeEntry.value)
                         .where(ChangeEntry.kind == "seal")).all()
    best: dict[str, tuple[str, str]] = {}
    for mid, hlc, value in rows:
        if mid not in best or seal_wins(hlc, best[mid][0]):
            best[mid] = (hlc, value)
    return {mid: json.loads(value) for mid, (hlc, value) in best.items()}


DONE: set[str] = set()   # the tables whose property case finished in this process


def _shared_folder() -> Path | None:
    """Under pytest-xdist the cases run in several processes: each writes what
    it edited here, and the coverage test below reads them all."""
    uid = os.environ.get("PYTEST_XDIST_TESTRUNUID")  # the run's folder is removed at its end
    return Path(os.environ["DEMILGE_TEST_ROOT"]) / f"sync-property-{uid}" if uid else None


@pytest.fixture
def record_case(request):
    yield
    DONE.add(request.node.callspec.params["first_table"])
    folder = _shared_folder()
    if folder is not None:
        folder.mkdir(exist_ok=True)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        tmp = folder / f"{worker}.tmp"
        tmp.write_text(json.dumps({"edited": {t: sorted(k) for t, k in EDITED.items()},
                                   "tried": [[t, op, n] for (t, op), n in TRIED.items()],
                                   "done": sorted(DONE), "worlds": WORLDS}), encoding="utf-8")
        os.replace(tmp, folder / f"{worker}.json")


def examples_for(first_table: str) -> int:
    """EXAMPLES shared out over the tables (at least 2 each): 200 over 66
    tables is 3 each and one more for the first 2."""
    tables = W.tables()
    per, extra = divmod(EXAMPLES, len(tables))
    return max(2, per + (tables.index(first_table) < extra))


@pytest.mark.parametrize("first_table", W.tables())
def test_offices_converge_and_closed_protocols_are_the_winning_seal(pool, first_table, record_case):
    """One run per synced table (so every table is inserted into, edited and
    deleted from in a known number of examples), EXAMPLES in all."""

    @settings(max_examples=examples_for(first_table), deadline=None,
              phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                     HealthCheck.data_too_large])
    @given(data=st.data(), n=st.integers(2, MAX_OFFICES))
    def one_world(data, n):
        check_world(data, n, pool, first_table)

    one_world()


def check_world(data, n, pool, first_table) -> None:
    offices = run_world(data, n, pool, first_table)
    dumps = [o.dump() for o in offices]
    assert all(d == dumps[0] for d in dumps[1:]), "offices did not converge"
    seals = winning_seals(offices[0])
    for o in offices:
        assert winning_seals(o).keys() == seals.keys()
        with o.db.reader() as s:
            for mid, snap in seals.items():
                assert protocol_snapshot(s, mid) == snap, "a closed protocol is not its winning seal"
            waiting = s.execute(text("SELECT count(*) FROM change_entry WHERE state = 'waiting'")).scalar()
        assert waiting == 0
    WORLDS[first_table] = WORLDS.get(first_table, 0) + 1


def test_the_property_test_edited_every_synced_table():
    """Runs after the property test (same module): every synced table had rows
    inserted, changed and deleted at some office. Under pytest-xdist it waits
    for the cases of the other processes and adds up what each recorded."""
    import time

    edited = {t: set(k) for t, k in EDITED.items()}
    tried = dict(TRIED)
    worlds = dict(WORLDS)
    done = set(DONE)
    folder = _shared_folder()
    if folder is not None:
        deadline = time.monotonic() + 540
        while True:
            parts = [json.loads(f.read_text(encoding="utf-8")) for f in folder.glob("*.json")] \
                if folder.exists() else []
            done = set(DONE).union(*(set(x["done"]) for x in parts)) if parts else set(DONE)
            if done >= set(W.tables()) or time.monotonic() > deadline:
                break
            time.sleep(1)
        for x in parts:
            for t, kinds in x["edited"].items():
                edited.setdefault(t, set()).update(kinds)
            for t, op, n in x["tried"]:
                tried[(t, op)] = max(tried.get((t, op), 0), n)
            for t, n in x.get("worlds", {}).items():
                worlds[t] = max(worlds.get(t, 0), n)    # each table's case runs in one process
        assert done >= set(W.tables()), f"property cases not run: {sorted(set(W.tables()) - done)}"
    if not edited:
        pytest.skip("the property test did not run in this session")
    if done >= set(W.tables()):     # the whole property test ran: as many examples as asked for
        assert sum(worlds.values()) >= EXAMPLES, (sum(worlds.values()), EXAMPLES)
    EDITED_ALL, TRIED_ALL = edited, tried
    missing = [t for t in W.tables() if EDITED_ALL.get(t, set()) != {"insert", "update", "delete"}
               and not (EDITED_ALL.get(t, set()) >= {"insert", "delete"} and not W.editable(t))]
    report = [(t, EDITED_ALL.get(t), [TRIED_ALL.get((t, k)) for k in ("insert", "edit", "delete")])
              for t in missing]
    assert not missing, f"not edited in every way (table, done, tries): {report}"
