"""Where the program keeps its window and language settings (QSettings).

Normally the user's settings of organisation "Demilge", application
"Demilge". When DEMILGE_DATA_DIR is set (a portable copy, or a test) the
settings are an ini file in that folder instead, so they travel with the data
and a test never touches the real user's settings.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from app import APP_AUTHOR, APP_NAME, paths

SETTINGS_FILE = "settings.ini"


def open_settings() -> QSettings:
    if os.environ.get("DEMILGE_DATA_DIR"):
        return QSettings(str(paths.data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(APP_AUTHOR, APP_NAME)
