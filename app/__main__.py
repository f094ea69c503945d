"""Entry point: `demilge` / `python -m app` (and the frozen Demilge.exe / demilge-cli.exe).

With no command it opens the program window; with a command it runs the
command line (see `demilge --help`).
"""
from __future__ import annotations

import sys


def utf8_streams() -> None:
    """Console output in UTF-8 on every platform: on Windows a pipe or a file
    gets the ANSI code page (cp1251), which has no ү ө ң."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue          # the windowed program on Windows has no console
        if (stream.encoding or "").replace("-", "").replace("_", "").lower() != "utf8":
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    utf8_streams()
    from app import cli

    args = sys.argv[1:] if argv is None else argv
    parsed = cli.parse(args)
    if parsed.command is None:
        return gui_main(parsed)
    from app import __version__, logs

    logs.setup()
    logs.install_excepthook()
    logs.log.info("demilge %s: %s", __version__, parsed.command)
    return cli.run(parsed)


def gui_main(parsed=None) -> int:
    from pathlib import Path

    from app import cli, logs

    utf8_streams()
    if parsed is None:
        parsed = cli.parse(sys.argv[1:])
    logs.setup()
    logs.log.info("demilge %s: window", __import__("app").__version__)
    from app.ui.main import run_gui  # the only import of app.ui outside app.ui

    return run_gui(Path(parsed.db) if parsed.db else None, parsed.lang)


if __name__ == "__main__":
    sys.exit(main())
