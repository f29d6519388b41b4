"""Running the `innovis` command in a process of its own, as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys


def run_innovis(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Return the finished `python -m innovis ARGS` run, its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "innovis", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
