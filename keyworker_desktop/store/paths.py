"""Where the store lives by default: one answer for the desktop app and the command line."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "KEYWORKER_DATA_DIR"


def default_data_dir() -> Path:
    """``KEYWORKER_DATA_DIR`` (``~`` expanded) when set, else the user's data folder."""
    configured = os.environ.get(DATA_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("keyworker-desktop", "Keyworker"))
