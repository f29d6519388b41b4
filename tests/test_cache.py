"""The automatic index cache: changes seen by content, one index per corpus, a size limit,
leftovers of killed runs removed, and an index that outlives its folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import innovis
from innovis.index import freshness
from innovis.index.cache import cached_index
from innovis.index.store import MANIFEST

# Far above any process id a system hands out (Linux's largest is 2**22).
DEAD_PROCESS = 99_999_999


def entries(cache_dir: Path) -> list[Path]:
    return sorted(p for p in cache_dir.iterdir() if (p / MANIFEST).is_file())


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat files written a moment ago as settled, as files written long ago are."""
    monkeypatch.setattr(freshness, "RACY_NS", 0)


@pytest.mark.usefixtures("settled")
def test_an_edit_that_keeps_size_and_mtime_is_seen(write_corpus, release, tmp_path) -> None:
    folder = write_corpus({"drone.txt": release})
    cache_dir = tmp_path / "cache"
    assistant = innovis.Assistant.from_path(folder, cache_dir=cache_dir)
    assert "June" in assistant.ask("When will the first flights take place?").text
    assert list((cache_dir / "notes").glob("*.json"))  # the fast path is in use
    path = folder / "drone.txt"
    status = path.stat()
    path.write_text(release.replace("June", "Sept"), encoding="utf-8")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert path.stat().st_size == status.st_size
    assert path.stat().st_mtime_ns == status.st_mtime_ns
    again = innovis.Assistant.from_path(folder, cache_dir=cache_dir)
    assert "Sept" in again.ask("When will the first flights take place?").text


def test_files_changed_a_moment_ago_are_hashed_again(write_corpus, release, tmp_path) -> None:
    folder = write_corpus({"drone.txt": release})
    cache_dir = tmp_path / "cache"
    cached_index(folder, cache_dir)
    assert not list((cache_dir / "notes").glob("*.json"))  # racy: no note trusted yet


@pytest.mark.usefixtures("settled")
def test_the_cache_keeps_only_the_newest_index_of_a_corpus(write_corpus, release, tmp_path):
    folder = write_corpus({"drone.txt": release})
    cache_dir = tmp_path / "cache"
    for month in ("July", "August", "September", "October"):
        (folder / "drone.txt").write_text(release.replace("June", month), encoding="utf-8")
        cached_index(folder, cache_dir)
    (kept,) = entries(cache_dir)
    assert "October" in innovis.Assistant.load(kept).ask("When are the first flights?").text
    assert len(list((cache_dir / "notes").glob("*.json"))) == 1


def test_the_cache_stays_under_its_size_limit(write_corpus, release, tmp_path) -> None:
    cache_dir = tmp_path / "cache"
    first = write_corpus({"drone.txt": release})
    cached_index(first, cache_dir)
    second = tmp_path / "other"
    second.mkdir()
    (second / "lab.txt").write_text(release.replace("drone", "robot"), encoding="utf-8")
    cached_index(second, cache_dir, limit=1)
    (kept,) = entries(cache_dir)
    assert "robot" in innovis.Assistant.load(kept).ask("What will the laboratory test?").text


def test_leftovers_of_killed_runs_are_removed(write_corpus, release, tmp_path) -> None:
    cache_dir = tmp_path / "cache"
    (cache_dir / "notes").mkdir(parents=True)
    dead = cache_dir / f".0123abcd.{DEAD_PROCESS}.x1y2"
    dead.mkdir()
    (dead / "texts.utf8").write_bytes(b"half")
    dead_note = cache_dir / "notes" / f"0a1b2c3d.{DEAD_PROCESS}.tmp"
    dead_note.write_text("{", encoding="utf-8")
    running = cache_dir / f".0123abcd.{os.getppid()}.z9"  # a process that is still running
    running.mkdir()
    cached_index(write_corpus({"drone.txt": release}), cache_dir)
    assert not dead.exists() and not dead_note.exists()
    assert running.is_dir()


def test_an_assistant_outlives_its_cache_folder(write_corpus, release, tmp_path) -> None:
    folder = write_corpus({"drone.txt": release})
    cache_dir = tmp_path / "cache"
    innovis.Assistant.from_path(folder, cache_dir=cache_dir)  # fills the cache
    assistant = innovis.Assistant.from_path(folder, cache_dir=cache_dir)  # loads it
    shutil.rmtree(cache_dir)
    reply = assistant.ask("Who is the labratory's director?")  # misspelt: reads the word table
    assert reply.kind == "answer" and "director" in reply.text
    chat = assistant.conversation()
    assert chat.ask("How much did the drone lab cost?").kind == "answer"
    assert [d.id for d in assistant.documents] == ["drone"]
