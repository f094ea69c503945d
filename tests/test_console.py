"""The command line as a Windows office meets it: output to a pipe in the ANSI
code page (cp1251 has no ү ө ң) and a database folder whose name holds '#',
'%' (and '?' where the system allows it). Output stays UTF-8, the file is the
one named, nothing stray appears beside it, and check/report work on it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from app.store import db as store_db

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str, env: dict, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, cwd=cwd, capture_output=True,
                          timeout=300)


def _cp1251_env(data: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONUTF8", "DEMILGE"))}
    env["PYTHONIOENCODING"] = "cp1251"          # what a pipe gets on a Russian-locale Windows
    env["DEMILGE_DATA_DIR"] = str(data)
    return env


def test_cli_prints_utf8_under_cp1251_and_a_hash_in_the_path_is_kept(tmp_path, demo_template):
    odd = "офис #2 50%" + ("" if os.name == "nt" else " ?x")
    folder = tmp_path / odd
    folder.mkdir()
    env = _cp1251_env(tmp_path / "data")
    work = tmp_path / "work"
    work.mkdir()

    # demo: prints Kyrgyz (ү) to a cp1251 pipe and writes exactly the file named
    built = folder / "demo.sqlite3"
    r = _cli("demo", "--db", str(built), env=env, cwd=work)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    out = r.stdout.decode("utf-8")
    assert "Демо маалымат базасы түзүлдү" in out and odd in out
    assert built.exists() and built.stat().st_size > 100_000
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["data", "work", odd]), "a stray file appeared"
    assert not any(p.is_file() for p in work.iterdir())
    assert ": demo" in (tmp_path / "data" / "logs" / "demilge.log").read_text(encoding="utf-8")   # the CLI logs

    # check on a file with a '#' in its folder: schema version found, chain intact
    r = _cli("check", "--db", str(built), env=env, cwd=work)
    assert r.returncode == 0, r.stderr.decode("utf-8")
    assert str(built) in r.stdout.decode("utf-8")

    # a report from the demo database (the session's copy), PDF into the odd folder
    db_path = folder / "копия.sqlite3"
    shutil.copy(demo_template, db_path)
    r = _cli("competitions", "--db", str(db_path), "--lang", "ru", env=env, cwd=work)
    assert r.returncode == 0, r.stderr.decode("utf-8")
    competition = next(line.split("\t")[0] for line in r.stdout.decode("utf-8").splitlines() if "2021" in line)
    pdf = folder / "реестр #1.pdf"
    r = _cli("report", "register", "--competition", competition, "--lang", "ky", "--format", "pdf",
             "--out", str(pdf), "--db", str(db_path), env=env, cwd=work)
    assert r.returncode == 0, r.stderr.decode("utf-8")
    assert "Отчет сакталды" in r.stdout.decode("utf-8")
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "ЖД-2021/001" in text and "Кожонова Анаргүл" in text


def test_a_refusal_in_cp1251_is_one_readable_utf8_line(tmp_path):
    env = _cp1251_env(tmp_path / "data")
    missing = tmp_path / "жок #1" / "demo.sqlite3"
    r = _cli("check", "--db", str(missing), env=env, cwd=tmp_path)
    assert r.returncode != 0
    lines = r.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0]


def test_engine_url_and_sqlite_uri_keep_the_whole_path(tmp_path):
    path = tmp_path / "a#b" / "50%" / "q?x" / "f.sqlite3"
    url = store_db.engine_url(path)
    assert url.database == str(path) and url.drivername == "sqlite"
    uri = store_db.sqlite_uri(path, mode="ro")
    assert "#" not in uri and "%23" in uri and "%25" in uri and "%3F" in uri and uri.endswith("?mode=ro")
    path.parent.mkdir(parents=True)
    database = store_db.open_database(path)
    database.close()
    assert store_db.current_revision(path) == store_db.head_revision()
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix == ".sqlite3") == ["f.sqlite3"]
