"""Every file of a saved index damaged every way: truncated, bytes flipped, an array of the same
size swapped in, a value out of range with the manifest written again to vouch for it. A saved
index must give IndexFormatError, a cached one must be rebuilt with a warning, and the answers
must stay what they were: never a traceback, an allocation without bound or a wrong answer."""

from __future__ import annotations

import json
import shutil
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest

import innovis
from innovis import IndexFormatError
from innovis.index.cache import cached_index
from innovis.index.store import MANIFEST
from innovis.index.verified import manifest_checksum

DRONE = """\
3 March 2023
Acme Robotics Opens a Drone Lab at Science Park
(Hong Kong, 3 March 2023) – Acme Robotics Ltd. today opened a drone laboratory at Science Park.
The laboratory will test delivery drones for hospitals. It cost HK$20 million to build.
Dr. Chan Tai-man, the lab's director, said the first flights will take place in June.
"""
RELEASES = {
    "drone.txt": DRONE,
    "park.txt": DRONE.replace("drone", "robot").replace("June", "May"),
}
QUESTIONS = ["When will the first flights take place?", "labratory director", "HK$ cost", "hi"]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in RELEASES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    folder = tmp_path_factory.mktemp("saved") / "index"
    innovis.Assistant.from_path(corpus).save(folder)
    return folder


@pytest.fixture(scope="module")
def answers(pristine: Path) -> list[innovis.Reply]:
    assistant = innovis.Assistant.load(pristine)
    return [assistant.ask(question) for question in QUESTIONS]


def index_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def flipper(where: float) -> Callable[[bytes], bytes]:
    def flip(data: bytes) -> bytes:
        damaged = bytearray(data)
        damaged[min(int(len(data) * where), len(data) - 1)] ^= 0xFF
        return bytes(damaged)

    flip.__name__ = f"flip_at_{where:.0%}"
    return flip


def swap(data: bytes) -> bytes:
    """Return other content of the same size: an array of the same type and length with other
    values, or text with two different bytes exchanged."""
    if data.startswith(b"\x93NUMPY"):
        import io

        array = np.load(io.BytesIO(data), allow_pickle=False)
        other = array[::-1] + 1 if array.size else array
        written = io.BytesIO()
        np.save(written, other.astype(array.dtype), allow_pickle=False)
        assert len(written.getvalue()) == len(data)
        return written.getvalue()
    for at in range(len(data) - 1):
        if data[at] != data[at + 1]:
            return data[:at] + data[at + 1 : at + 2] + data[at : at + 1] + data[at + 2 :]
    return data + b" "


DAMAGES = [truncate, flipper(0.0), flipper(0.5), flipper(0.999), swap]


@contextmanager
def damaged(folder: Path, name: str, damage: Callable[[bytes], bytes]) -> Iterator[None]:
    """Damage the file `name` of `folder` for the time of the block."""
    path = folder / name
    original = path.read_bytes()
    path.unlink()  # a new file, as an editor would write it
    path.write_bytes(damage(original))
    try:
        yield
    finally:
        path.unlink()
        path.write_bytes(original)


def sign(folder: Path, name: str) -> None:
    """Write the manifest again so that it vouches for the file `name` as it now is."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    data = (folder / name).read_bytes()
    manifest["files"][name] = {"size": len(data), "crc32": zlib.crc32(data)}
    manifest["checksum"] = manifest_checksum(manifest)
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_every_damage_to_every_file_of_a_saved_index_is_refused(pristine, tmp_path) -> None:
    target = tmp_path / "index"
    shutil.copytree(pristine, target)
    tried = 0
    for name in index_files(pristine):
        for damage in DAMAGES:
            with damaged(target, name, damage), pytest.raises(IndexFormatError) as caught:
                innovis.Assistant.load(target)
            assert str(caught.value), (name, damage.__name__)
            tried += 1
    assert tried == len(DAMAGES) * len(index_files(pristine)) > 100


def out_of_range(array: np.ndarray) -> list[np.ndarray]:
    """Return copies of `array` with one value no valid index has there."""
    if array.dtype.kind == "f":
        return [_with(array, np.nan), _with(array, np.inf)]
    return [_with(array, np.iinfo(array.dtype).max), _with(array, -7)]


def _with(array: np.ndarray, value: float) -> np.ndarray:
    copy = array.copy()
    copy[len(copy) // 2] = value
    return copy


def test_arrays_out_of_range_are_refused_even_when_the_manifest_vouches(pristine, tmp_path):
    target = tmp_path / "index"
    shutil.copytree(pristine, target)
    manifest = (target / MANIFEST).read_bytes()
    arrays = [name for name in index_files(pristine) if name.endswith(".npy")]
    tried = 0
    for name in arrays:
        original = np.load(pristine / name, allow_pickle=False)
        for bad in out_of_range(original):
            with damaged(target, name, lambda data, bad=bad: npy_bytes(bad)):
                sign(target, name)
                with pytest.raises(IndexFormatError):
                    innovis.Assistant.load(target)
            (target / MANIFEST).write_bytes(manifest)
            tried += 1
    assert tried == 2 * len(arrays)


def npy_bytes(array: np.ndarray) -> bytes:
    import io

    written = io.BytesIO()
    np.save(written, array, allow_pickle=False)
    return written.getvalue()


def test_a_manifest_of_the_wrong_shape_is_refused(pristine, tmp_path) -> None:
    for number, change in enumerate(
        [
            lambda m: m.update(files=[]),
            lambda m: m.update(sizes=[]),
            lambda m: m.update(sentences="many"),
            lambda m: m["files"]["texts.utf8"].update(size=-1),
            lambda m: m.update(config={"title_weight": 1}),
            lambda m: m.update(documents=10**12),
        ]
    ):
        target = tmp_path / f"manifest-{number}"
        shutil.copytree(pristine, target)
        manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
        change(manifest)
        manifest["checksum"] = manifest_checksum(manifest)
        (target / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        if number == 1:  # an entry this version does not read changes nothing
            innovis.Assistant.load(target)
            continue
        with pytest.raises(IndexFormatError):
            innovis.Assistant.load(target)


def test_a_damaged_cache_is_rebuilt_with_the_same_answers(
    pristine, answers, tmp_path, write_corpus
) -> None:
    corpus = write_corpus(RELEASES)
    cache_dir = tmp_path / "cache"
    cached_index(corpus, cache_dir)
    (entry,) = [p for p in cache_dir.iterdir() if (p / MANIFEST).is_file()]
    good = tmp_path / "good"
    shutil.copytree(entry, good)
    # Each file damaged one way (every way is refused above; the cache treats them alike).
    for number, name in enumerate(index_files(good)):
        damage = DAMAGES[number % len(DAMAGES)]
        (entry / name).unlink()  # the entry is written afresh by each rebuild
        (entry / name).write_bytes(damage((good / name).read_bytes()))
        warnings: list[str] = []
        index = cached_index(corpus, cache_dir, warn=warnings.append)
        assert len(warnings) == 1 and "building it again" in warnings[0], name
        assistant = innovis.Assistant._over(index, None)
        assert [assistant.ask(q) for q in QUESTIONS] == answers, name


def test_a_table_damaged_after_loading_gives_a_clear_error(pristine, tmp_path) -> None:
    target = tmp_path / "index"
    shutil.copytree(pristine, target)
    assistant = innovis.Assistant.load(target)
    words = target / "words.json"
    with words.open("r+b") as file:  # the same file, changed in place under the assistant
        file.seek(words.stat().st_size // 2)
        file.write(b"\xff")
    with pytest.raises(IndexFormatError, match="changed since it was written"):
        assistant.ask("labratory director")


def test_a_saved_index_with_a_damaged_manifest_is_still_known_as_one(pristine, tmp_path):
    target = tmp_path / "index"
    shutil.copytree(pristine, target)
    for damage in DAMAGES:
        with damaged(target, MANIFEST, damage), pytest.raises(IndexFormatError):
            innovis.Assistant.from_path(target)  # not read as a folder of releases
