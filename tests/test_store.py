"""Saved indexes and the automatic cache: same answers, safe writes, damage detected, fast path."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from rich.console import Console

import innovis
from innovis import IndexFormatError
from innovis.index import cache
from innovis.index.cache import cached_index
from innovis.index.ranking import RankingConfig
from innovis.index.store import MANIFEST
from innovis.index.verified import manifest_checksum
from innovis.terminal import progress

QUESTIONS = ["What is the San Tin Technopole?", "scince park", "GBA", "capital of France", "hi"]


@pytest.fixture
def saved(assistant: innovis.Assistant, tmp_path: Path) -> Path:
    folder = tmp_path / "index"
    assistant.save(folder)
    return folder


def test_saved_index_gives_the_same_replies(assistant: innovis.Assistant, saved: Path) -> None:
    loaded = innovis.Assistant.load(saved)
    assert [loaded.ask(q) for q in QUESTIONS] == [assistant.ask(q) for q in QUESTIONS]
    assert loaded.documents == assistant.documents


def test_saved_index_is_plain_files(saved: Path) -> None:
    suffixes = {path.suffix for path in saved.iterdir()}
    assert suffixes <= {".json", ".npy", ".utf8"}
    manifest = json.loads((saved / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["format"] == "innovis-index" and manifest["version"] >= 1


def test_saving_again_replaces_the_folder_whole(assistant: innovis.Assistant, saved: Path) -> None:
    assistant.save(saved)
    assert innovis.Assistant.load(saved).ask("GBA").kind == "answer"
    assert not [p.name for p in saved.parent.iterdir() if p.name.startswith(".")]  # no leftovers


def damage_truncate(folder: Path) -> None:
    path = folder / "sentences.impacts.npy"
    path.write_bytes(path.read_bytes()[:-8])


def damage_manifest(folder: Path) -> None:
    (folder / MANIFEST).write_text("{not json", encoding="utf-8")


def damage_version(folder: Path) -> None:
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    manifest["version"] = 0
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def sign(folder: Path, name: str) -> None:
    """Write the manifest again so that it vouches for the file `name` as it now is."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    data = (folder / name).read_bytes()
    manifest["files"][name] = {"size": len(data), "crc32": zlib.crc32(data)}
    manifest["checksum"] = manifest_checksum(manifest)
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def damage_foreign_array(folder: Path) -> None:
    import numpy as np

    path = folder / "sentences.postings.npy"
    path.unlink()
    np.save(path, np.array(["a", "b"], dtype=object), allow_pickle=True)
    sign(folder, path.name)


def damage_header(folder: Path) -> None:
    path = folder / "sentences.postings.npy"
    data = path.read_bytes()
    path.write_bytes(data.replace(b"'fortran_order'", b"'fortran_ordxr'", 1))
    sign(folder, path.name)


def damage_flip(folder: Path) -> None:
    path = folder / "texts.utf8"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def damage_manifest_shape(folder: Path) -> None:
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"] = []
    manifest["checksum"] = manifest_checksum(manifest)
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def damage_manifest_config(folder: Path) -> None:
    text = (folder / MANIFEST).read_text(encoding="utf-8")
    (folder / MANIFEST).write_text(text.replace('"title_weight": 1.5', '"title_weight": 9.5'))


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (damage_truncate, "changed since it was written"),
        (damage_manifest, "no readable INNOVIS index"),
        (damage_version, "build it again"),
        (damage_foreign_array, "not an INNOVIS index array"),
        (damage_header, "damaged header"),
        (damage_flip, "checksum does not match"),
        (damage_manifest_shape, "does not list the index's files"),
        (damage_manifest_config, "checksum does not match"),
    ],
)
def test_damaged_index_is_refused(saved: Path, damage, words: str) -> None:
    damage(saved)
    with pytest.raises(IndexFormatError, match=words):
        innovis.Assistant.load(saved)


def test_cache_reuses_an_unchanged_corpus(write_corpus, release: str, tmp_path, monkeypatch):
    folder = write_corpus({"drone.txt": release})
    first = cached_index(folder, tmp_path / "cache")

    def no_reading(*args, **kwargs):
        raise AssertionError("the corpus was read again")

    monkeypatch.setattr("innovis.reading.readers.read_corpus", no_reading)
    again = cached_index(folder, tmp_path / "cache")
    assert again.documents.infos == first.documents.infos


def test_cache_key_follows_the_content(write_corpus, release: str) -> None:
    folder = write_corpus({"drone.txt": release})
    key = cache.corpus_key(folder, RankingConfig())
    assert cache.corpus_key(folder, RankingConfig()) == key
    (folder / "drone.txt").write_text(release.replace("June", "July"), encoding="utf-8")
    assert cache.corpus_key(folder, RankingConfig()) != key
    assert cache.corpus_key(folder, RankingConfig(title_weight=0.5)) != key


def test_damaged_cache_is_rebuilt_with_a_warning(write_corpus, release: str, tmp_path) -> None:
    folder = write_corpus({"drone.txt": release})
    cached_index(folder, tmp_path / "cache")
    (saved,) = [p for p in (tmp_path / "cache").iterdir() if (p / MANIFEST).exists()]
    damage_truncate(saved)
    warnings: list[str] = []
    index = cached_index(folder, tmp_path / "cache", warn=warnings.append)
    assert "building it again" in warnings[0]
    assert len(index.documents) == 1
    assert innovis.Assistant.load(saved).ask("drone laboratory").kind == "answer"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_index_command_writes_a_folder_ask_can_use(write_corpus, release: str, tmp_path) -> None:
    folder = write_corpus({"drone.txt": release})
    output = tmp_path / "drone-index"
    made = run("-m", "innovis", "index", str(folder), "-o", str(output))
    assert made.returncode == 0, made.stderr
    assert "Indexed 1 release, 4 sentences" in made.stdout
    asked = run("-m", "innovis", "ask", "--corpus", str(output), "Who is the lab's director?")
    assert asked.returncode == 0 and "the lab's director" in asked.stdout


def test_index_command_will_not_overwrite_other_files(write_corpus, release, tmp_path) -> None:
    folder = write_corpus({"drone.txt": release})
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me", encoding="utf-8")
    (precious / "manifest.json").write_text('{"format": "innovis-index"}', encoding="utf-8")
    (precious / "important.txt").write_text("and me", encoding="utf-8")
    (precious / "src").mkdir()
    (precious / "src" / "main.js").write_text("and me too", encoding="utf-8")
    result = run("-m", "innovis", "index", str(folder), "-o", str(precious))
    assert result.returncode == 2 and "other files in it" in result.stderr
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert (precious / "manifest.json").read_text(encoding="utf-8") == '{"format": "innovis-index"}'
    assert (precious / "important.txt").read_text(encoding="utf-8") == "and me"
    assert (precious / "src" / "main.js").read_text(encoding="utf-8") == "and me too"


def test_asking_from_the_cache_imports_neither_numpy_nor_nltk_nor_rich() -> None:
    question = "What is the San Tin Technopole?"
    assert run("-m", "innovis", "ask", question).returncode == 0  # fills the cache
    assert list(
        (Path(os.environ["XDG_CACHE_HOME"]) / "innovis" / "indexes").glob("*/manifest.json")
    )
    result = run("-X", "importtime", "-m", "innovis", "ask", question)
    assert result.returncode == 0
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert "innovis.answering.ranking.retrieval" in imported
    assert not {"numpy", "nltk", "rich", "prompt_toolkit"} & imported
    # Nor the English word list (msgpack), ~40 ms: every word of this question is the corpus's.
    assert "msgpack" not in imported
    # Nor the clean-up's evidence, whose patterns cost ~13 ms to compile: it serves indexing.
    assert "innovis.cleaning.kinds" not in imported


def test_progress_bar_shows_on_a_terminal_after_a_delay(monkeypatch) -> None:
    monkeypatch.setattr(progress, "DELAY_SECONDS", 0.0)
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100)
    with progress.IndexingProgress(console) as bar:
        bar(5, 10, 1234)
    assert "Indexing releases" in screen.getvalue() or "1,234 sentences" in screen.getvalue()


def test_progress_bar_stays_silent_when_piped(monkeypatch) -> None:
    monkeypatch.setattr(progress, "DELAY_SECONDS", 0.0)
    screen = io.StringIO()
    with progress.IndexingProgress(Console(file=screen, force_terminal=False)) as bar:
        bar(5, 10, 1234)
    assert screen.getvalue() == ""


def test_a_corpus_folder_with_its_own_manifest_is_read_as_releases(write_corpus, release):
    folder = write_corpus({"drone.txt": release, "manifest.json": '{"name": "press room"}'})
    assistant = innovis.Assistant.from_path(folder)
    assert assistant.ask("Who is the lab's director?").kind == "answer"
