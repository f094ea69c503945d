"""The command line for the registers: lists with ids, the registers'
reports, and one-line refusals with a non-zero exit."""
from __future__ import annotations

from app.cli import parse, run


def _close(db) -> str:
    path = str(db.path)
    db.close()
    return path


def test_lists_with_ids(demo_db, capsys):
    path = _close(demo_db)
    assert run(parse(["resolutions", "--db", path])) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and all(len(line.split("\t")[0]) == 36 for line in out)
    assert "№05\t2023-02-16\tКара-Балта шаардык кеңеши" in out[0] and "overdue: 1" in out[0]
    assert "№226\t2020-12-28" in out[1]
    assert run(parse(["hearings", "--db", path])) == 0
    hearing = capsys.readouterr().out.splitlines()
    assert len(hearing) == 1 and "2020-12-04\tbudget_draft" in hearing[0]
    assert run(parse(["needs", "--db", path])) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5


def test_register_reports_from_the_command_line(demo_db, capsys, tmp_path):
    path = _close(demo_db)
    assert run(parse(["hearings", "--db", path])) == 0
    hid = capsys.readouterr().out.split("\t")[0]
    for args in (["resolution-control", "--format", "xlsx"], ["needs-register"], ["hearing-protocol", "--hearing", hid],
                 ["local-budget", "--year", "2021", "--lang", "ru"]):
        out = tmp_path / f"{args[0]}.{'xlsx' if 'xlsx' in args else 'pdf'}"
        assert run(parse(["report", *args, "--out", str(out), "--db", path])) == 0
        assert out.stat().st_size > 1000
    capsys.readouterr()
    assert run(parse(["report", "local-budget", "--year", "1999", "--out", str(tmp_path / "x.pdf"), "--db", path,
                      "--lang", "ru"])) == 2
    err = capsys.readouterr().err.strip()
    assert err == "Местный бюджет на 1999 год не записан." and not (tmp_path / "x.pdf").exists()
    assert run(parse(["report", "hearing-protocol", "--hearing", "nope", "--out", str(tmp_path / "y.pdf"),
                      "--db", path])) == 2
    assert "demilge hearings" in capsys.readouterr().err
