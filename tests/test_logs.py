"""The program's log: rotating file in the data folder, native crashes into
crash.log by faulthandler, uncaught exceptions of the command line logged."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

from app import logs, paths


def test_the_log_is_in_the_data_folder_and_rotates(monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 4000)
    try:
        path = logs.setup()
        assert path == paths.data_dir() / "logs" / "demilge.log"
        assert logs.setup() == path            # a second call does not add a second handler
        ours = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path)]
        assert len(ours) == 1
        for i in range(200):
            logging.getLogger("demilge.test").info("line %d: ң ө ү", i)
        assert path.exists() and path.stat().st_size <= 4000
        assert (path.parent / "demilge.log.1").exists()
        assert not (path.parent / f"demilge.log.{logs.BACKUP_COUNT + 1}").exists()
        assert "line 199: ң ө ү" in path.read_text(encoding="utf-8")
    finally:
        logs.shutdown()


def test_a_native_crash_leaves_its_stack_in_crash_log(tmp_path):
    code = textwrap.dedent("""
        import ctypes
        from app import logs
        logs.setup()
        def deep_in_qt_or_sqlite():
            ctypes.string_at(0)          # a segmentation fault, as a broken driver would cause
        deep_in_qt_or_sqlite()
    """)
    env = dict(os.environ, DEMILGE_DATA_DIR=str(tmp_path / "data"))
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode != 0
    crash = (tmp_path / "data" / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "deep_in_qt_or_sqlite" in crash


def test_an_uncaught_error_of_the_command_line_is_logged_and_pointed_to(tmp_path):
    code = textwrap.dedent("""
        from app import logs
        logs.setup()
        logs.install_excepthook()
        raise LookupError("no such thing: Айгүл")
    """)
    env = dict(os.environ, DEMILGE_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, encoding="utf-8",
                       timeout=120)
    assert r.returncode == 1
    log_file = tmp_path / "data" / "logs" / "demilge.log"
    assert "LookupError: no such thing: Айгүл" in log_file.read_text(encoding="utf-8")
    assert "LookupError" in r.stderr and r.stderr.strip().splitlines()[-1] == f"Чоо-жайы журналда: {log_file}"
