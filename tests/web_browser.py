"""Helpers for the browser tests: a real `innovis serve` on loopback and headless Chromium.

The browser is Debian's `chromium` with its `chromium-driver` (a browser build cannot be
downloaded here); where either is missing, the tests that need it skip with the reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
_URL = re.compile(r"at (http://\S+/) ")


def browser_missing() -> str | None:
    """Return why the browser tests cannot run here, or None when they can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (os.access(path, os.X_OK) or shutil.which(Path(path).name)):
            return f"{path} is not installed (apt-get install chromium chromium-driver)"
    return None


@contextmanager
def running_server(corpus: Path, home: Path, *extra: str) -> Iterator[str]:
    """Run `innovis serve` over `corpus` on a free loopback port; yield its URL; stop it by pid."""
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    env.pop("INNOVIS_SECRET", None)
    command = [sys.executable, "-m", "innovis", "serve", "--corpus", str(corpus), "--port", "0"]
    server = subprocess.Popen(
        [*command, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        match = _URL.search(line)
        if not match:
            server.kill()
            raise RuntimeError(f"innovis serve did not start: {line}{server.communicate()[1]}")
        url = match.group(1)
        _wait_until_up(url)
        yield url
    finally:
        server.terminate()  # by its pid: uvicorn stops its workers and exits
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        for stream in (server.stdout, server.stderr):
            if stream:
                stream.close()


def _wait_until_up(url: str) -> None:
    import urllib.request

    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(url + "healthz", timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def chromium(profile: Path, width: int = 1280, height: int = 900) -> Any:
    """Return a headless Chromium driven by selenium, with a fresh profile in `profile`."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
