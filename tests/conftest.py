"""Shared fixtures. Every test runs with its user folders pointed at a temporary path."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

import innovis

RELEASE = """\
3 March 2023
Acme Robotics Opens a Drone Lab at Science Park
(Hong Kong, 3 March 2023) – Acme Robotics Ltd. today opened a drone laboratory at Science Park.
The laboratory will test delivery drones for hospitals. It cost HK$20 million to build.
Dr. Chan Tai-man, the lab's director, said the first flights will take place in June.
"""


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("INNOVIS_CORPUS", raising=False)
    # Flushing every index file to disk is slow on a busy machine and proves nothing here;
    # test_index_output.py checks that it happens.
    monkeypatch.setattr("innovis.index.folders.DURABLE", False)


@pytest.fixture
def release() -> str:
    """A small plain-text press release, in the seed's layout."""
    return RELEASE


@pytest.fixture(scope="session")
def assistant() -> innovis.Assistant:
    """The assistant over the bundled corpus (immutable, so shared)."""
    return innovis.Assistant()


@pytest.fixture
def write_corpus(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Return a function that writes {relative path: text} into a fresh corpus folder."""

    def write(files: dict[str, str]) -> Path:
        folder = tmp_path / "corpus"
        for name, text in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return folder

    return write


class _Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class CliRun(NamedTuple):
    """What one run of the command line did: its exit status and what it printed."""

    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., CliRun]:
    """Return a function that runs the `innovis` command line in this process (a subprocess
    costs a second on a busy machine): `run_cli(*args, stdin=None, tty=False)`, where `stdin`
    is the text piped in (None: a terminal) and `tty` whether standard output is a terminal."""
    from innovis.terminal import cli

    def run(*args: str, stdin: str | None = None, tty: bool = False) -> CliRun:
        out, err = _Terminal() if tty else io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        monkeypatch.setattr(sys, "stdin", _Terminal() if stdin is None else io.StringIO(stdin))
        monkeypatch.setenv("COLUMNS", "100")
        try:
            code = cli.main(list(args))
        except SystemExit as stopped:  # argparse's usage errors
            code = stopped.code if isinstance(stopped.code, int) else 2
        return CliRun(code, out.getvalue(), err.getvalue())

    return run
