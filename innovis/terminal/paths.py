"""Where INNOVIS keeps a user's files: the chat history in the user data folder, indexes in the
user cache folder, as each platform names them."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _user_dir(windows: tuple[str, str], macos: str, xdg: tuple[str, str]) -> Path:
    """Return INNOVIS's folder under the platform's base folder of one kind.

    `windows` and `xdg` name the environment variable that sets the base, and the folder under
    the home directory used when it is not set; `macos` is that folder on macOS.
    """
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get(windows[0]) or home / windows[1])
    elif sys.platform == "darwin":
        base = home / macos
    else:
        base = Path(os.environ.get(xdg[0]) or home / xdg[1])
    return base / "innovis"


def user_data_dir() -> Path:
    """Return INNOVIS's folder in the user's data directory (it may not exist yet)."""
    return _user_dir(
        ("APPDATA", "AppData/Roaming"),
        "Library/Application Support",
        ("XDG_DATA_HOME", ".local/share"),
    )


def user_cache_dir() -> Path:
    """Return INNOVIS's folder in the user's cache directory (it may not exist yet)."""
    return _user_dir(
        ("LOCALAPPDATA", "AppData/Local"), "Library/Caches", ("XDG_CACHE_HOME", ".cache")
    )
