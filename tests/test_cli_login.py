"""The command line asks who you are once a database has users, and applies
the same roles as the window.

Faults these tests catch (each introduced once, the test failed): a command
that opens the database without the login (sync, user, report, check);
`user add` on an empty database making a non-administrator; a role check
missing in a service the command line calls (the demo, reports)."""
from __future__ import annotations

import shutil

import pytest

from app.cli import parse, run
from app.services import users
from app.store.db import open_database
from tests.tamper import query

ADMIN_PW, SPEC_PW, SEC_PW, VIEW_PW = "admin-pass-1", "spec-pass-12", "secr-pass-12", "view-pass-12"


def _cli(*args, password=None, new_password=None, monkeypatch=None):
    if password is None:
        monkeypatch.delenv("DEMILGE_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("DEMILGE_PASSWORD", password)
    if new_password is None:
        monkeypatch.delenv("DEMILGE_NEW_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("DEMILGE_NEW_PASSWORD", new_password)
    return run(parse([*args, "--lang", "en"]))


@pytest.fixture
def office(demo_template, tmp_path, monkeypatch):
    """The demo with four users; the terminal is not interactive."""
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    path = tmp_path / "office.sqlite3"
    shutil.copy(demo_template, path)
    db = open_database(path)
    users.create_first_admin(db, "admin", "Асанова Айгүл", ADMIN_PW)
    users.login(db, "admin", ADMIN_PW)
    users.create_user(db, "spec", "Адис", "specialist", SPEC_PW)
    users.create_user(db, "sec", "Катчы", "secretary", SEC_PW)
    users.create_user(db, "view", "Көрүүчү", "viewer", VIEW_PW)
    from app.services import sync

    sync.export_key(db, tmp_path / "own-key.json")
    db.close()
    return path


def _state(path):
    """What a refused command must leave as it was."""
    return (query(path, "SELECT count(*), max(seq) FROM audit_entry"),
            query(path, "SELECT key, value FROM setting WHERE key != 'hlc_last' ORDER BY key"),
            query(path, "SELECT username, role, active FROM user_account ORDER BY username"),
            query(path, "SELECT site_id, name, revoked_at FROM sync_peer ORDER BY site_id"),
            query(path, "SELECT id, name, is_local FROM site ORDER BY id"))


def _data_changing(path, tmp_path):
    key = tmp_path / "own-key.json"
    return {
        "demo": ["demo", "--db", str(path)],
        "sync init-site": ["sync", "init-site", "--name", "Башка", "--db", str(path)],
        "sync trust": ["sync", "trust", str(key), "--db", str(path)],
        "sync revoke": ["sync", "revoke", "00000000-0000-0000-0000-000000000000", "--db", str(path)],
        "sync export": ["sync", "export", "--all", "--out", str(tmp_path / "p.demilge"), "--db", str(path)],
        "sync import": ["sync", "import", str(tmp_path / "nothing.demilge"), "--db", str(path)],
        "user add": ["user", "add", "newbie", "--role", "viewer", "--db", str(path)],
    }


def _read_only(path, tmp_path):
    return {
        "check": ["check", "--db", str(path)],
        "meetings": ["meetings", "--db", str(path)],
        "competitions": ["competitions", "--db", str(path)],
        "report": ["report", "register", "--competition", "X", "--out", str(tmp_path / "r.pdf"), "--db", str(path)],
        "sync status": ["sync", "status", "--db", str(path)],
        "sync key": ["sync", "key", "--out", str(tmp_path / "k.json"), "--db", str(path)],
        "user list": ["user", "list", "--db", str(path)],
    }


@pytest.mark.parametrize("which", ["demo", "sync init-site", "sync trust", "sync revoke", "sync export",
                                   "sync import", "user add", "check", "meetings", "competitions", "report",
                                   "sync status", "sync key", "user list"])
def test_every_command_on_a_database_with_users_refuses_without_a_login(office, tmp_path, monkeypatch, capsys,
                                                                         which):
    commands = {**_data_changing(office, tmp_path), **_read_only(office, tmp_path)}
    before = _state(office)
    assert _cli(*commands[which], new_password="whatever-1", monkeypatch=monkeypatch) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["This database has users: log in with --user NAME (the password in DEMILGE_PASSWORD or typed "
                   "when asked)."]
    assert _state(office) == before
    assert not (tmp_path / "p.demilge").exists() and not (tmp_path / "r.pdf").exists()


def test_a_wrong_password_or_no_password_is_refused(office, tmp_path, monkeypatch, capsys):
    args = _data_changing(office, tmp_path)["sync export"]
    before = _state(office)
    assert _cli(*args, "--user", "spec", password="not-the-one", monkeypatch=monkeypatch) == 2
    assert capsys.readouterr().err.strip() == "Wrong user name or password."
    assert _cli(*args, "--user", "spec", monkeypatch=monkeypatch) == 2  # no DEMILGE_PASSWORD, no terminal
    assert capsys.readouterr().err.strip() == "No password: set DEMILGE_PASSWORD or run the command in a terminal."
    assert _state(office)[:2] == before[:2] and not (tmp_path / "p.demilge").exists()
    assert query(office, "SELECT failed_logins FROM user_account WHERE username = 'spec'") == [(1,)]


@pytest.mark.parametrize("which", ["demo", "sync init-site", "sync trust", "sync revoke", "sync export",
                                   "sync import", "user add"])
def test_a_viewer_is_refused_what_changes_data(office, tmp_path, monkeypatch, capsys, which):
    before = _state(office)
    args = _data_changing(office, tmp_path)[which]
    assert _cli(*args, "--user", "view", password=VIEW_PW, new_password="whatever-1", monkeypatch=monkeypatch) == 2
    assert capsys.readouterr().err.strip() == "Your role (viewer) does not allow this action."
    assert _state(office)[1:] == before[1:]


def test_a_viewer_may_read_check_list_and_print(office, tmp_path, monkeypatch, capsys):
    from app.services.listing import id_listing

    db = open_database(office)
    competition = next(r[0] for r in id_listing(db, "competitions") if "2021" in r[1])
    db.close()
    for which, args in _read_only(office, tmp_path).items():
        if which == "report":
            args = ["report", "register", "--competition", competition, "--out", str(tmp_path / "r.pdf"),
                    "--db", str(office)]
        if which == "user list":
            continue
        assert _cli(*args, "--user", "view", password=VIEW_PW, monkeypatch=monkeypatch) == 0, which
    assert (tmp_path / "r.pdf").exists()
    # the user list is the administrator's, as in the window
    assert _cli("user", "list", "--db", str(office), "--user", "view", password=VIEW_PW, monkeypatch=monkeypatch) == 2
    capsys.readouterr()
    assert _cli("--user", "admin", "user", "list", "--db", str(office), password=ADMIN_PW, monkeypatch=monkeypatch) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "view\tviewer\tКөрүүчү\tactive" in lines and len(lines) == 4


def test_roles_as_in_the_window(office, tmp_path, monkeypatch, capsys):
    export = _data_changing(office, tmp_path)["sync export"]
    assert _cli(*export, "--user", "sec", password=SEC_PW, monkeypatch=monkeypatch) == 2
    assert "secretary" in capsys.readouterr().err
    init = _data_changing(office, tmp_path)["sync init-site"]   # the copied file becomes this office
    assert _cli(*init, "--user", "spec", password=SPEC_PW, monkeypatch=monkeypatch) == 0
    assert _cli(*export, "--user", "spec", password=SPEC_PW, monkeypatch=monkeypatch) == 0
    assert (tmp_path / "p.demilge").exists()
    add = _data_changing(office, tmp_path)["user add"]
    assert _cli(*add, "--user", "spec", password=SPEC_PW, new_password="newbie-pass", monkeypatch=monkeypatch) == 2
    assert _cli(*add, "--user", "admin", password=ADMIN_PW, new_password="newbie-pass", monkeypatch=monkeypatch) == 0
    assert query(office, "SELECT role FROM user_account WHERE username = 'newbie'") == [("viewer",)]
    assert _cli(*export[:-2], "--user", "newbie", "--db", str(office), password="newbie-pass",
                monkeypatch=monkeypatch) == 2


def test_user_add_on_an_empty_database_makes_the_first_administrator(tmp_path, monkeypatch, capsys):
    path = tmp_path / "new.sqlite3"
    assert _cli("user", "add", "Aigul", "--role", "viewer", "--db", str(path), new_password="first-pass",
                monkeypatch=monkeypatch) == 2
    assert capsys.readouterr().err.strip() == "The first user of a database is its administrator: use --role admin."
    assert _cli("user", "add", "Aigul", "--role", "admin", "--db", str(path), new_password="short",
                monkeypatch=monkeypatch) == 2
    assert "at least 8 characters" in capsys.readouterr().err
    assert _cli("user", "add", "Aigul", "--role", "admin", "--full-name", "Асанова Айгүл", "--db", str(path),
                new_password="first-pass", monkeypatch=monkeypatch) == 0
    assert query(path, "SELECT username, full_name, role FROM user_account") == [("aigul", "Асанова Айгүл", "admin")]
    # now the database has users: the next one needs the administrator's login
    assert _cli("user", "add", "bakyt", "--role", "specialist", "--db", str(path), new_password="second-pass",
                monkeypatch=monkeypatch) == 2


def test_passwords_are_asked_on_a_terminal(tmp_path, monkeypatch, capsys):
    import getpass

    path = tmp_path / "new.sqlite3"
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["first-pass", "first-pasz"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert _cli("user", "add", "aigul", "--role", "admin", "--db", str(path), monkeypatch=monkeypatch) == 2
    assert capsys.readouterr().err.strip() == "The two passwords differ; no user was added."
    answers = iter(["first-pass", "first-pass"])
    assert _cli("user", "add", "aigul", "--role", "admin", "--db", str(path), monkeypatch=monkeypatch) == 0
    prompts = []

    def ask(prompt=""):
        prompts.append(prompt)
        return "first-pass"

    monkeypatch.setattr(getpass, "getpass", ask)
    assert _cli("--user", "aigul", "sync", "status", "--db", str(path), monkeypatch=monkeypatch) == 0
    assert prompts == ["Password of aigul: "]


def test_a_database_without_users_works_as_before(tmp_path, monkeypatch):
    path = tmp_path / "solo.sqlite3"
    assert _cli("demo", "--db", str(path), monkeypatch=monkeypatch) == 0
    assert _cli("check", "--db", str(path), monkeypatch=monkeypatch) == 0
    assert _cli("sync", "init-site", "--name", "Баткен", "--db", str(path), monkeypatch=monkeypatch) == 0
