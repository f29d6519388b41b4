"""Odd files and paths in a corpus: reported and skipped, or a clear error; never a hang."""

from __future__ import annotations

import importlib
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import innovis
from innovis.reading import files, readers
from innovis.reading.readers import load_corpus

GOOD = "3 Mar 2023\nDrone Lab Opens\n\nThe drone lab opened in May at the park.\n"


def loaded(folder: Path) -> tuple[list[str], list[str]]:
    """Return the ids read from `folder` and what was warned."""
    warnings: list[str] = []
    documents = load_corpus(folder, warnings.append)
    return [d.id for d in documents], warnings


@pytest.mark.parametrize("make", ["fifo", "socket"])
def test_fifos_and_sockets_in_a_folder_are_skipped_with_a_message(
    tmp_path: Path, make: str
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    odd = tmp_path / "odd.txt"
    if make == "fifo":
        os.mkfifo(odd)
        ids, warnings = loaded(tmp_path)
    else:
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(odd))
            ids, warnings = loaded(tmp_path)
    assert ids == ["good"]
    assert any(
        str(odd) in w and f"a {make.upper() if make == 'fifo' else make}" in w for w in warnings
    )


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_fifo_or_a_device_as_the_corpus_is_a_clear_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "pipe.txt"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    result = subprocess.run(
        [sys.executable, "-m", "innovis", "ask", "--corpus", str(path), "drones?"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"{path} is a {'FIFO' if kind == 'fifo' else 'device'}" in result.stderr


def test_a_file_name_that_is_not_utf8_is_skipped_and_named(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "w") as file:
        file.write(GOOD)
    ids, warnings = loaded(tmp_path)
    assert ids == ["good"]
    assert any("caf\\xe9.txt: its name is not UTF-8" in w for w in warnings)
    result = subprocess.run(  # through the cache as well
        [sys.executable, "-m", "innovis", "ask", "--corpus", str(tmp_path), "When did it open?"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr
    assert "caf\\xe9.txt: its name is not UTF-8" in result.stderr


def test_an_over_long_path_is_a_clear_error() -> None:
    with pytest.raises(innovis.CorpusReadError, match=r"Cannot open the corpus at .*too long"):
        load_corpus("/tmp/" + "x" * 5000)
    result = subprocess.run(
        [sys.executable, "-m", "innovis", "ask", "--corpus", "/tmp/" + "x" * 5000, "drones?"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "File name too long" in result.stderr and len(result.stderr) < 400


def test_a_file_that_vanishes_before_it_is_read_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    real: Callable[[Path], bytes] = files.read_bytes

    def vanishing(path: Path) -> bytes:
        if path.name == "a.txt":
            path.unlink()
        return real(path)

    monkeypatch.setattr(readers, "read_bytes", vanishing)
    ids, warnings = loaded(tmp_path)
    assert ids == ["b"]
    assert any("a.txt" in w and "No such file" in w for w in warnings)
    assert any("dangling.txt" in w for w in warnings)


def test_an_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text(GOOD, encoding="utf-8")
    real = os.scandir

    def scandir(path: str) -> object:  # as chmod 000 would, even for root
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    ids, warnings = loaded(tmp_path)
    assert ids == ["good"]
    assert any("locked: Permission denied" in w for w in warnings)
    with pytest.raises(innovis.CorpusReadError, match="Cannot read the folder"):
        load_corpus(tmp_path / "locked")


def test_reading_a_fifo_put_in_a_files_place_does_not_block(tmp_path: Path) -> None:
    pipe = tmp_path / "release.txt"
    os.mkfifo(pipe)
    with pytest.raises(innovis.CorpusReadError, match="it is a FIFO"):
        files.read_bytes(pipe)


def corpus_of_two(folder: Path) -> Path:
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(GOOD.replace("Drone Lab", f"Drone Lab {name[0]}"), "utf-8")
    return folder


@pytest.mark.parametrize(
    "step",
    [
        "innovis.index.cache.Stamp",  # just after the folder was listed
        "innovis.index.freshness.read_bytes",  # as the corpus is hashed
        "innovis.reading.readers.read_bytes",  # as it is read, after hashing
    ],
)
def test_a_release_that_vanishes_during_a_cached_ask_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Any], step: str
) -> None:
    folder = corpus_of_two(tmp_path / "corpus")
    module, _, name = step.rpartition(".")
    real = getattr(importlib.import_module(module), name)

    def vanishing(*args: Any) -> Any:
        (folder / "a.txt").unlink(missing_ok=True)
        return real(*args)

    monkeypatch.setattr(step, vanishing)
    result = run_cli("ask", "--corpus", str(folder), "When did the drone lab open?")
    assert result.code == 0, result.err
    assert "Drone Lab b" in result.out and "Drone Lab a" not in result.out
    assert f"skipped: Cannot read {folder / 'a.txt'}: No such file or directory." in result.err
    assert "Traceback" not in result.err
    again = run_cli("ask", "--corpus", str(folder), "When did the drone lab open?")
    assert again.code == 0 and "Drone Lab b" in again.out and again.err == ""


def test_a_release_that_vanishes_and_comes_back_during_a_build_is_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Any]
) -> None:
    folder = corpus_of_two(tmp_path / "corpus")
    content = (folder / "a.txt").read_bytes()
    real = readers.read_bytes

    def vanishing(path: Path) -> bytes:
        if path.name == "a.txt" and path.exists():
            path.unlink()
            try:
                return real(path)
            finally:
                path.write_bytes(content)  # back, with the same bytes, once it failed
        return real(path)

    monkeypatch.setattr(readers, "read_bytes", vanishing)
    result = run_cli("docs", "--corpus", str(folder))
    assert result.out.count("Drone Lab") == 1
    assert "changed while it was read" in result.err
    monkeypatch.setattr(readers, "read_bytes", real)
    again = run_cli("docs", "--corpus", str(folder))
    assert again.out.count("Drone Lab") == 2, again.err


def test_the_summary_counts_what_the_listing_skipped(tmp_path: Path) -> None:
    """A FIFO and a name that is not UTF-8 are told one line each and counted in the summary,
    on the first ask and on one answered from the cache alike."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(corpus / "pipe.txt")
    with open(os.path.join(os.fsencode(corpus), b"caf\xe9.txt"), "w") as file:
        file.write(GOOD)
    _, warnings = loaded(corpus)
    assert warnings[-1] == "read 1 release; skipped 2: 2 that could not be read."
    env = {"HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for _ in range(2):  # built, then from the cache
        result = subprocess.run(
            [sys.executable, "-m", "innovis", "ask", "--corpus", str(corpus), "When did it open?"],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, **env},
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr.splitlines()[-1] == (
            "innovis: read 1 release; skipped 2: 2 that could not be read."
        )
