"""Things made once per test run and shared by every pytest-xdist worker: the
PostgreSQL cluster with its migrated and demo databases, the SQLite
schema-only, empty and demo files.

The run's folder (DEMILGE_TEST_ROOT) is made by the process that starts the
run and inherited by its workers. The first process that asks for a thing
makes it while the others wait, then every process reads where it is. Each
worker used to make its own (a PostgreSQL cluster, a migrated template and a
demo on it, a demo file: about 12 s per worker on two cores).
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Callable

WAIT = 600  # seconds a process waits for another to make a thing (a demo on a busy machine takes ~10)
_here: dict[str, dict] = {}


def run_folder() -> Path | None:
    """The folder shared by the run's processes, when the run made one (its
    first process removes it, and stops what is in it, at the end)."""
    if os.environ.get("DEMILGE_TEST_SHARED") != os.environ.get("DEMILGE_TEST_ROOT"):
        return None
    return Path(os.environ["DEMILGE_TEST_ROOT"]) / "shared"


def once(key: str, make: Callable[[Path], dict]) -> dict:
    """`make(folder)` run by one process of the run, in an empty folder of its
    own for what it writes; every process gets what it returned (a JSON
    object). Without a shared folder, once per process."""
    if key in _here:
        return _here[key]
    base = run_folder()
    if base is None:
        _here[key] = make(Path(tempfile.mkdtemp(prefix=f"{key}-", dir=os.environ["DEMILGE_TEST_ROOT"])))
        return _here[key]
    folder = base / key
    ready, failed = folder / "ready.json", folder / "failed.txt"
    if not ready.exists():
        try:
            folder.mkdir(parents=True)   # atomic: only one process makes it
        except FileExistsError:
            deadline = time.monotonic() + WAIT
            while not ready.exists():
                if failed.exists():
                    raise RuntimeError(f"another test process could not make {key}: "
                                       f"{failed.read_text(encoding='utf-8')}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{key} was not made within {WAIT} s by another test process")
                time.sleep(0.1)
        else:
            try:
                info = make(folder)
            except BaseException as exc:
                failed.write_text(f"{type(exc).__name__}: {exc}", encoding="utf-8")
                raise
            tmp = folder / "ready.tmp"
            tmp.write_text(json.dumps(info), encoding="utf-8")
            os.replace(tmp, ready)
    _here[key] = json.loads(ready.read_text(encoding="utf-8"))
    return _here[key]


def made(key: str) -> dict | None:
    """What was made for `key` in this run, by any process (None if nothing)."""
    base = run_folder()
    if base is None:
        return _here.get(key)
    ready = base / key / "ready.json"
    return json.loads(ready.read_text(encoding="utf-8")) if ready.exists() else None
