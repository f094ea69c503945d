"""Screenshots for people to look at, never a test: `shot(widget, name)`
saves the widget's picture into $DEMILGE_SCREENSHOT_DIR when that is set
(tests/screenshots.py sets it) and does nothing otherwise. No test asserts
anything about a picture."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication


def shot(widget, name: str, size: tuple[int, int] | None = None) -> None:
    if size is not None:
        widget.resize(*size)
    folder = os.environ.get("DEMILGE_SCREENSHOT_DIR")
    if not folder:
        return
    QApplication.processEvents()
    Path(folder).mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(Path(folder) / f"{name}.png"))
