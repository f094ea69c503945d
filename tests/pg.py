"""A throw-away PostgreSQL cluster for the tests: Debian's `postgresql`
package (installed by .ci/run), `initdb` into a temporary folder, the server on
a Unix socket only (no TCP), run as the `postgres` user when the tests run as
root (initdb refuses root), stopped at the end of the session.

`Cluster.fresh()` gives a new, empty database migrated to head, copied with
`CREATE DATABASE ... TEMPLATE` (much faster than migrating each time).

Without PostgreSQL on a developer machine the PostgreSQL tests skip with one
line saying why; under CI=true they fail instead (CI must test the server).
"""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ADMIN = "demilge"  # the cluster's superuser (made by initdb -U)
_counter = itertools.count(1)


def find_bindir() -> Path | None:
    """Debian keeps the server programs in /usr/lib/postgresql/<major>/bin."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def unavailable_reason() -> str | None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e .[test])"
    if find_bindir() is None:
        return "PostgreSQL is not installed (apt-get install postgresql)"
    return None


def skip_or_fail(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


class Cluster:
    def __init__(self, bindir: Path, root: Path | None = None):
        """A new cluster's folders, or (`root`) a cluster another test process
        of the run has started (tests/shared.py)."""
        self.bindir = bindir
        self.template = None
        self.made: list[str] = []  # databases made by fresh(), dropped after each test
        self.shared = root is not None
        self.root = root or Path(tempfile.mkdtemp(prefix="demilge-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sock"
        self.log = self.root / "server.log"
        self.user = None
        if os.geteuid() == 0:
            import pwd

            try:
                self.user = pwd.getpwnam("postgres").pw_name
            except KeyError:
                raise RuntimeError("running as root needs a 'postgres' user (Debian's package makes it)")
        if self.shared:
            return
        os.chmod(self.root, 0o755)
        self.sockets.mkdir()
        if self.user:
            shutil.chown(self.root, self.user)
            shutil.chown(self.sockets, self.user)

    def _run(self, *args: str) -> None:
        subprocess.run([str(self.bindir / args[0]), *args[1:]], check=True, user=self.user,
                       cwd=self.root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", ADMIN, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        opts = (f"-k {self.sockets} -h '' -F -c full_page_writes=off -c synchronous_commit=off "
                "-c max_connections=200 -c shared_buffers=32MB")
        self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log), "-o", opts)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "fast", "-w")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres"):
        from sqlalchemy import URL

        return URL.create("postgresql+psycopg", username=ADMIN, database=database,
                          query={"host": str(self.sockets)})

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.sockets), user=ADMIN, dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)

    def create(self, name: str, template: str | None = None) -> str:
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        if name not in ("demilge_template", "demilge_demo"):
            self.made.append(name)
        return name

    def drop(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_made(self) -> None:
        while self.made:
            self.drop(self.made.pop())

    def new_name(self, prefix: str = "t") -> str:
        return f"{prefix}{os.getpid()}_{next(_counter)}"

    def migrated_template(self) -> str:
        """An empty database at head, made once per session; copy it with fresh()."""
        if self.template is None:
            from app.store.db import open_database

            name = self.create("demilge_template")
            database = open_database(self.url(name), migrate=True)
            database.close()
            self.template = name
        return self.template

    def fresh(self, template: str | None = None) -> str:
        """The URL text of a new database copied from `template` (the migrated empty one by default)."""
        name = self.create(self.new_name(), template or self.migrated_template())
        return self.url(name).render_as_string(hide_password=False)


_cluster: Cluster | None = None


def _start() -> Cluster:
    c = Cluster(find_bindir())
    try:
        c.start()
    except (subprocess.CalledProcessError, RuntimeError) as exc:
        out = getattr(exc, "stdout", b"") or b""
        c.stop()
        pytest.fail(f"could not start PostgreSQL: {exc} {out.decode(errors='replace')[-400:]}", pytrace=False)
    return c


def _start_shared(_folder: Path) -> dict:
    c = _start()
    try:
        c.migrated_template()
    except BaseException:
        c.stop()
        raise
    return {"bindir": str(c.bindir), "root": str(c.root), "template": c.template}


def cluster() -> Cluster:
    """The run's cluster, started on first use (one for all the run's worker
    processes, see tests/shared.py); skips or fails without PostgreSQL."""
    global _cluster
    if _cluster is None:
        reason = unavailable_reason()
        if reason:
            skip_or_fail(reason)
        from tests import shared

        if shared.run_folder() is None:
            _cluster = _start()
        else:
            info = shared.once("postgresql", _start_shared)
            _cluster = Cluster(Path(info["bindir"]), Path(info["root"]))
            _cluster.template = info["template"]
    return _cluster


def stop_cluster() -> None:
    """At the end of a process's session: its own cluster (a shared one is
    stopped by stop_shared in the run's first process, after every worker)."""
    global _cluster
    if _cluster is not None and not _cluster.shared:
        _cluster.stop()
    _cluster = None


def stop_shared() -> None:
    from tests import shared

    info = shared.made("postgresql")
    if info:
        Cluster(Path(info["bindir"]), Path(info["root"])).stop()
