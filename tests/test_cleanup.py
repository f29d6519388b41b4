"""A build killed with SIGKILL leaves no process running, and its scratch folder goes at the
next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from innovis.text import splitting

# Enough text that splitting it is still under way when the test kills it.
BUILD = """
from innovis.text.splitting import split_documents
sentence = "The drone laboratory at Science Park will test delivery drones for hospitals. "
split_documents([sentence * 40] * 3000, parallel=True)
"""


def children_of(parent: int) -> list[int]:
    """Return the processes whose parent is `parent` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(entry.name))
    return found


def running(process: int) -> bool:
    """Return whether `process` exists and is not a zombie waiting to be reaped."""
    try:
        state = (Path("/proc") / str(process) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_a_killed_build_leaves_nothing_behind(tmp_path, write_corpus, release) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    build = subprocess.Popen([sys.executable, "-c", BUILD], env=env)
    try:
        started = wait_for(
            lambda: children_of(build.pid) and list(scratch.glob("innovis-split-*")), 60
        )
        assert started, "the build never forked its splitter"
        (child,) = children_of(build.pid)
        build.send_signal(signal.SIGKILL)
        build.wait()
    finally:
        build.kill()
    assert wait_for(lambda: not running(child), 10), "the splitter outlived its parent"
    assert list(scratch.glob("innovis-split-*"))  # what the killed run could not clean up
    corpus = write_corpus({"drone.txt": release})
    asked = subprocess.run(
        [sys.executable, "-m", "innovis", "ask", "--corpus", str(corpus), "Who is the director?"],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert asked.returncode == 0
    assert not list(scratch.glob("innovis-split-*"))


def test_scratch_folders_of_running_builds_are_kept(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    mine = tmp_path / f"innovis-split-{os.getpid()}-abc"
    dead = tmp_path / "innovis-split-99999999-abc"
    someone_elses = tmp_path / "innovis-splitter-notes"
    for folder in (mine, dead, someone_elses):
        folder.mkdir()
    splitting.remove_leftovers()
    assert mine.is_dir() and someone_elses.is_dir() and not dead.exists()
