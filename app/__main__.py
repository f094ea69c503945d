"""Entry point: `demilge` / `python -m app`.

With no command it opens the program window; with a command it runs the
command line (see `demilge --help`).
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app import cli

    args = sys.argv[1:] if argv is None else argv
    parsed = cli.parse(args)
    if parsed.command is None:
        return gui_main(parsed)
    return cli.run(parsed)


def gui_main(parsed=None) -> int:
    from pathlib import Path

    from app import cli

    if parsed is None:
        parsed = cli.parse(sys.argv[1:])
    from app.ui.main import run_gui  # the only import of app.ui outside app.ui

    return run_gui(Path(parsed.db) if parsed.db else None, parsed.lang)


if __name__ == "__main__":
    sys.exit(main())
